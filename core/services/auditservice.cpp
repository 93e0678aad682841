#include "core/services/auditservice.h"

#include "core/db/transaction.h"
#include "core/services/serverquery.h"

#include <QCryptographicHash>

namespace saraban {

namespace {

constexpr int pageSize = 5000;
// The canonical time format of 0003_audit.sql, bound as a value.
constexpr char timeFormat[] = "YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"";
const QString genesisHash = QString(64, QLatin1Char('0'));

} // namespace

AuditService::AuditService(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<AuditReport> AuditService::verify() const
{
    Transaction transaction(m_database);
    {
        // One snapshot for the head and every page, so appends during the check do not look
        // like tampering.
        ServerQuery snapshot(m_database, QStringLiteral("SET TRANSACTION ISOLATION LEVEL "
                                                        "REPEATABLE READ, READ ONLY"));
        if (Status status = snapshot.exec(); !status)
            return status.error();
    }
    ServerQuery head(m_database,
                     QStringLiteral("SELECT last_seq, last_hash FROM saraban.audit_head"));
    if (Status status = head.exec(); !status)
        return status.error();
    if (!head.next()) {
        AuditReport report;
        report.problem = AuditReport::Problem::HeadMismatch;
        return report;
    }
    const qint64 headSeq = head.value(0).toLongLong();
    const QString headHash = head.value(1).toString();

    AuditReport report;
    qint64 previousSeq = 0;
    QString previousHash = genesisHash;
    for (;;) {
        ServerQuery page(m_database,
                         QStringLiteral("SELECT seq, to_char(at AT TIME ZONE 'UTC', :format), "
                                        "actor, action, object_type, object_id, data::text, "
                                        "prev_hash, hash FROM saraban.audit_log "
                                        "WHERE seq > :after ORDER BY seq LIMIT :limit"));
        page.bind(QStringLiteral(":format"), QString::fromLatin1(timeFormat))
            .bind(QStringLiteral(":after"), previousSeq)
            .bind(QStringLiteral(":limit"), pageSize);
        if (Status status = page.exec(); !status)
            return status.error();
        int rows = 0;
        while (page.next()) {
            ++rows;
            const qint64 seq = page.value(0).toLongLong();
            const QString storedHash = page.value(8).toString();
            const QString prevHash = page.value(7).toString();
            const auto broken = [&](AuditReport::Problem problem, qint64 at) {
                report.problem = problem;
                report.brokenSeq = at;
                return report;
            };
            if (seq != previousSeq + 1)
                return broken(AuditReport::Problem::Missing, previousSeq + 1);
            if (seq > headSeq)
                return broken(AuditReport::Problem::BeyondHead, seq);
            const QString canonical =
                QString::number(seq) + QLatin1Char('\n') + page.value(1).toString() +
                QLatin1Char('\n') + page.value(2).toString() + QLatin1Char('\n') +
                page.value(3).toString() + QLatin1Char('\n') + page.value(4).toString() +
                QLatin1Char('\n') + page.value(5).toString() + QLatin1Char('\n') +
                page.value(6).toString() + QLatin1Char('\n') + prevHash;
            const QString computed = QString::fromLatin1(
                QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
            if (computed != storedHash)
                return broken(AuditReport::Problem::Changed, seq);
            if (prevHash != previousHash)
                return broken(AuditReport::Problem::Unlinked, seq);
            ++report.checked;
            previousSeq = seq;
            previousHash = storedHash;
        }
        if (rows < pageSize)
            break;
    }
    if (previousSeq != headSeq || previousHash != headHash) {
        report.problem = AuditReport::Problem::HeadMismatch;
        report.brokenSeq = previousSeq + 1;
    }
    return report;
}

QString AuditService::describe(const AuditReport &report)
{
    const QString seq = report.brokenSeq ? QString::number(*report.brokenSeq) : QString();
    switch (report.problem) {
    case AuditReport::Problem::None:
        return tr("The audit chain is intact: %n record(s) checked.", nullptr,
                  static_cast<int>(report.checked));
    case AuditReport::Problem::Changed:
        return tr("Audit record %1 was changed after it was written.").arg(seq);
    case AuditReport::Problem::Unlinked:
        return tr("Audit record %1 does not follow the record before it: a record was inserted "
                  "out of the chain, or the one before it was rewritten.")
            .arg(seq);
    case AuditReport::Problem::Missing:
        return tr("Audit record %1 is missing: it was deleted.").arg(seq);
    case AuditReport::Problem::BeyondHead:
        return tr("Audit record %1 lies beyond the recorded end of the chain: it was inserted "
                  "out of the chain.")
            .arg(seq);
    case AuditReport::Problem::HeadMismatch:
        break;
    }
    return tr("The audit chain ends before its recorded end: records from %1 on were deleted, "
              "or the end was rewritten.")
        .arg(seq);
}

} // namespace saraban
