# Lao text: search normalisation (ICU, when needed, stays in this folder).
target_sources(saraban_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/searchtext.h ${CMAKE_CURRENT_LIST_DIR}/searchtext.cpp)
# Lao and English dates for letters and lists.
target_sources(saraban_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/laodate.h ${CMAKE_CURRENT_LIST_DIR}/laodate.cpp)
