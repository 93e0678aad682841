# Value types of the correspondence register: what services take and return.
target_sources(saraban_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/direction.h ${CMAKE_CURRENT_LIST_DIR}/direction.cpp
    ${CMAKE_CURRENT_LIST_DIR}/memberrole.h ${CMAKE_CURRENT_LIST_DIR}/memberrole.cpp
    ${CMAKE_CURRENT_LIST_DIR}/unitrecord.h
    ${CMAKE_CURRENT_LIST_DIR}/newperson.h
    ${CMAKE_CURRENT_LIST_DIR}/newregister.h
    ${CMAKE_CURRENT_LIST_DIR}/registerinfo.h
    ${CMAKE_CURRENT_LIST_DIR}/letterparty.h
    ${CMAKE_CURRENT_LIST_DIR}/letterdraft.h
    ${CMAKE_CURRENT_LIST_DIR}/duplicatefile.h
    ${CMAKE_CURRENT_LIST_DIR}/registeredletter.h
    ${CMAKE_CURRENT_LIST_DIR}/lettersummary.h
    ${CMAKE_CURRENT_LIST_DIR}/letterfilter.h
    ${CMAKE_CURRENT_LIST_DIR}/pagekey.h
    ${CMAKE_CURRENT_LIST_DIR}/numberreservation.h
    ${CMAKE_CURRENT_LIST_DIR}/auditreport.h
    ${CMAKE_CURRENT_LIST_DIR}/routingrecipient.h
    ${CMAKE_CURRENT_LIST_DIR}/inboxitem.h
    ${CMAKE_CURRENT_LIST_DIR}/timelineevent.h)
