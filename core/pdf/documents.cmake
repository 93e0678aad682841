# core/pdf, producing documents (issue 7): letters composed from templates, signing with the
# signer's certificate, received stamps and endorsements. The client side (value types, the key
# store, DocumentTools) is in saraban_core with Qt Core only; the work itself (QPdfWriter,
# Poppler, NSS) is in saraban_pdfengine and runs in the saraban-document-worker process
# (app/documentworker), one job per process.
target_sources(saraban_core PRIVATE
    pdf/letter.h pdf/letter.cpp
    pdf/documentprotocol.h
    pdf/keystore.h pdf/keystore.cpp
    pdf/documenttools.h pdf/documenttools.cpp)

target_sources(saraban_pdfengine PRIVATE
    pdf/engine/documentengine.h
    pdf/engine/lettercomposer.cpp
    pdf/engine/documentsigner.cpp
    pdf/engine/documentstamper.cpp
    pdf/engine/numberstamper.cpp)
# NSS's secmodt.h has a struct member named "slots", which Qt's keywords would rewrite.
set_source_files_properties(pdf/engine/documentsigner.cpp PROPERTIES
                            COMPILE_DEFINITIONS QT_NO_KEYWORDS)

# The server side of templates and letter file versions (core/schema/0011_documents.sql).
target_sources(saraban_core PRIVATE services/documentservice.h services/documentservice.cpp)
# The issued letter's number and date stamped onto its PDF (0013_issuing.sql).
target_sources(saraban_core PRIVATE services/numberstamp.h services/numberstamp.cpp)
