# C++ faces of the server functions. Each service runs the server's functions on a connection
# it is given (on the calling thread) and returns typed outcomes; nothing above core does SQL.
target_sources(saraban_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/servererror.h ${CMAKE_CURRENT_LIST_DIR}/servererror.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serverquery.h ${CMAKE_CURRENT_LIST_DIR}/serverquery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csvreader.h ${CMAKE_CURRENT_LIST_DIR}/csvreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/minimalpdf.h ${CMAKE_CURRENT_LIST_DIR}/minimalpdf.cpp
    ${CMAKE_CURRENT_LIST_DIR}/organisationservice.h ${CMAKE_CURRENT_LIST_DIR}/organisationservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peopleservice.h ${CMAKE_CURRENT_LIST_DIR}/peopleservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/registerservice.h ${CMAKE_CURRENT_LIST_DIR}/registerservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/letterservice.h ${CMAKE_CURRENT_LIST_DIR}/letterservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/letterquery.h ${CMAKE_CURRENT_LIST_DIR}/letterquery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditservice.h ${CMAKE_CURRENT_LIST_DIR}/auditservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demobuilder.h ${CMAKE_CURRENT_LIST_DIR}/demobuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/routingservice.h ${CMAKE_CURRENT_LIST_DIR}/routingservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/routingdemo.h ${CMAKE_CURRENT_LIST_DIR}/routingdemo.cpp)

# The demo province's data travels inside the binary (demo/README.md says where it comes from).
qt_add_resources(saraban_core "saraban_demo" PREFIX "/demo" BASE ${CMAKE_CURRENT_LIST_DIR}/demo
                 FILES ${CMAKE_CURRENT_LIST_DIR}/demo/province.json
                       ${CMAKE_CURRENT_LIST_DIR}/demo/topics.tsv)
# What the register-a-letter dialog asks while it is filled in (0012_client.sql).
target_sources(saraban_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/intakeservice.h ${CMAKE_CURRENT_LIST_DIR}/intakeservice.cpp)
