# core/pdf: PDF viewing and signature verification.
#
# The client side is part of saraban_core and needs Qt Core only: documents, signatures and
# their verdicts, coverage computed from the file's bytes, the trust store (certutil), and
# PdfDocument, which talks to the helper process. Poppler and NSS are used only by
# saraban_pdfengine (pdf/engine/), which only the helper process saraban-pdf-worker links, so
# a crash or hang inside Poppler never takes the client down and saraban-admin needs no QtGui.
target_sources(saraban_core PRIVATE
    pdf/pdflogging.h pdf/pdflogging.cpp
    pdf/pageinfo.h
    pdf/pdfdocumentinfo.h
    pdf/certificateinfo.h pdf/certificateinfo.cpp
    pdf/signaturecoverage.h pdf/signaturecoverage.cpp
    pdf/signatureinfo.h pdf/signatureinfo.cpp
    pdf/signatureverdict.h pdf/signatureverdict.cpp
    pdf/documentsummary.h pdf/documentsummary.cpp
    pdf/signaturetext.h pdf/signaturetext.cpp
    pdf/coverageanalyzer.h pdf/coverageanalyzer.cpp
    pdf/signaturedictionary.h pdf/signaturedictionary.cpp
    pdf/renderedpage.h
    pdf/pagetext.h pdf/pagetext.cpp
    pdf/workerprotocol.h pdf/workerprotocol.cpp
    pdf/pdfoptions.h pdf/pdfoptions.cpp
    pdf/trustedcertificate.h
    pdf/truststore.h pdf/truststore.cpp
    pdf/pdfdocument.h pdf/pdfdocument.cpp
    pdf/verificationreport.h
    pdf/signatureverifier.h pdf/signatureverifier.cpp
    pdf/signaturemodel.h pdf/signaturemodel.cpp
    pdf/pagesearch.h pdf/pagesearch.cpp)

# The engine: Poppler-Qt6 (which brings Qt Gui for QImage) and NSS.
find_package(Qt6 REQUIRED COMPONENTS Gui)
pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6)
pkg_check_modules(NSS REQUIRED IMPORTED_TARGET nss)
add_library(saraban_pdfengine STATIC
    pdf/engine/popplerengine.h pdf/engine/popplerengine.cpp
    pdf/engine/popplerlog.h pdf/engine/popplerlog.cpp
    pdf/engine/nsscertificatechecker.h pdf/engine/nsscertificatechecker.cpp
    pdf/engine/workerserver.h pdf/engine/workerserver.cpp)
target_link_libraries(saraban_pdfengine
    PUBLIC saraban_policy saraban_core Qt6::Gui
    PRIVATE PkgConfig::POPPLER_QT6 PkgConfig::NSS)
# NSS's secmodt.h has a struct member named "slots", which Qt's keywords would rewrite.
set_source_files_properties(pdf/engine/nsscertificatechecker.cpp PROPERTIES
                            COMPILE_DEFINITIONS QT_NO_KEYWORDS)
