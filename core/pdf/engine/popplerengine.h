#pragma once

// The only class that talks to Poppler: one document, loaded from bytes, rendered, read as text
// and verified. It runs inside saraban-pdf-worker only, one call at a time on one thread; the
// client never links it. Poppler types stay in the .cpp (forward declaration below).
#include "core/pdf/pagetext.h"
#include "core/pdf/pdfdocumentinfo.h"
#include "core/pdf/renderedpage.h"
#include "core/pdf/signatureinfo.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>

namespace Poppler {
class Document;
}

namespace saraban::pdf::engine {

// Asked now and then during long work; true stops it.
using AbortCheck = std::function<bool()>;

class PopplerEngine
{
public:
    PopplerEngine();
    ~PopplerEngine();
    PopplerEngine(const PopplerEngine &) = delete;
    PopplerEngine &operator=(const PopplerEngine &) = delete;

    Result<PdfDocumentInfo> open(const QByteArray &data, const QByteArray &password);
    // Very large pages are rendered at a lower resolution so that they stay under maxPixels.
    Result<RenderedPage> render(int page, double dpi, int rotation, qint64 maxPixels,
                                const AbortCheck &shouldAbort);
    Result<PageText> text(int page, const AbortCheck &shouldAbort);
    // nssDirectory: the trust store ("sql:/path"), given to Poppler before its first signature
    // call and never changed afterwards.
    Result<QList<SignatureInfo>> signatures(const QString &nssDirectory);

private:
    QByteArray m_data; // Poppler reads from it for the document's whole life
    std::unique_ptr<Poppler::Document> m_document;
};

} // namespace saraban::pdf::engine
