# Stamping and endorsing onto an incoming letter's file from the client: its versions and
# what the person may add (0011).
target_sources(saraban_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/letterversionservice.h
    ${CMAKE_CURRENT_LIST_DIR}/letterversionservice.cpp)
