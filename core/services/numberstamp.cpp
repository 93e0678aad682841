#include "core/services/numberstamp.h"

#include "core/services/documentservice.h"
#include "core/services/letterdetailservice.h"

namespace saraban {

NumberStamp::NumberStamp(QSqlDatabase database, pdf::DocumentToolsOptions options)
    : m_database(std::move(database))
    , m_options(std::move(options))
{}

Result<int> NumberStamp::stamp(qint64 letterId, const QString &author) const
{
    Result<LetterDetails> details = LetterDetailService(m_database).details(letterId, true);
    if (!details)
        return details.error();
    DocumentService documents(m_database);
    Result<int> latest = documents.latestVersion(letterId);
    if (!latest)
        return latest.error();
    Result<QByteArray> content = documents.versionContent(letterId, *latest);
    if (!content)
        return content.error();
    Result<QByteArray> numbered = pdf::DocumentTools(m_options).stampNumber(
        *content, details->number, details->letterDate, author);
    if (!numbered)
        return numbered.error();
    return documents.addVersion(letterId, *numbered, DocumentService::VersionKind::Number, {});
}

} // namespace saraban
