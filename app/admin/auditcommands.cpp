// saraban-admin audit verify: recomputes the audit chain; exit 1 naming the first broken
// record when any record was changed, deleted or inserted out of the chain.
#include "app/admin/commandline.h"
#include "core/services/auditservice.h"

namespace saraban::admin {

namespace {

const QString auditUsage = QStringLiteral("audit verify");

int audit(Context &context)
{
    if (context.arguments != QStringList{QStringLiteral("verify")})
        return usageError(context, Text::tr("audit needs: verify"), auditUsage);
    auto connection = connectReady(context);
    if (!connection)
        return context.fail(connection.error(), UsageOrConnection);
    auto report = AuditService((*connection)->session->database()).verify();
    if (!report)
        return context.fail(report.error(), UsageOrConnection);
    if (!report->ok()) {
        context.err << "saraban-admin: " << AuditService::describe(*report) << Qt::endl;
        return CheckFailed;
    }
    context.out << AuditService::describe(*report) << Qt::endl;
    return Success;
}

const Registration auditCommand(
    {QStringLiteral("audit"), auditUsage,
     [] { return Text::tr("Check that no audit record was changed, deleted or inserted."); },
     audit});

} // namespace

} // namespace saraban::admin
