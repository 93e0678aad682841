# The daily work area's core side: acting appointments (0008), the organisation chart for
# choosing recipients, and one letter's details for the inbox's detail pane.
target_sources(saraban_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../domain/directory.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/actingappointment.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/letterdetails.h
    ${CMAKE_CURRENT_LIST_DIR}/actingservice.h ${CMAKE_CURRENT_LIST_DIR}/actingservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/directoryservice.h ${CMAKE_CURRENT_LIST_DIR}/directoryservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/letterdetailservice.h
    ${CMAKE_CURRENT_LIST_DIR}/letterdetailservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/foldercounts.h ${CMAKE_CURRENT_LIST_DIR}/foldercounts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/liveupdates.h ${CMAKE_CURRENT_LIST_DIR}/liveupdates.cpp)
