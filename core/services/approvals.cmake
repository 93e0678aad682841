# Drafts and approval chains (core/schema/0010_approvals.sql): their value types, the service
# and the model of a draft's steps, and the demo drafts. One list, owned by this area.
target_sources(saraban_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../domain/approvaltypes.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/approvaltypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../domain/approvalstep.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/chainstep.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/newdraft.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/draftissue.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/draftevent.h
    ${CMAKE_CURRENT_LIST_DIR}/approvalservice.h ${CMAKE_CURRENT_LIST_DIR}/approvalservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/approvaldemo.h ${CMAKE_CURRENT_LIST_DIR}/approvaldemo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../models/approvalmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/../models/approvalmodel.cpp)
