# GUI-free item models over the server's keyset-paginated queries.
target_sources(saraban_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/registermodel.h ${CMAKE_CURRENT_LIST_DIR}/registermodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inboxmodel.h ${CMAKE_CURRENT_LIST_DIR}/inboxmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timelinemodel.h ${CMAKE_CURRENT_LIST_DIR}/timelinemodel.cpp)
