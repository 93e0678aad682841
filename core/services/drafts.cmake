# Starting and revising outgoing drafts from the desktop client (issue 5): what the draft
# dialog reads (units, types, templates, the latest version) and the composer's fields as the
# JSON body a draft version keeps.
target_sources(saraban_core PRIVATE services/draftcomposer.h services/draftcomposer.cpp)
