// bench_approvals: drafts and approval chains at scale.
//
//   bench_approvals [--drafts N] [--open K] [--rounds R] [--decisions D] [--psql PATH]
//
// Starts a private server of its own in a fresh /tmp directory, migrates it, creates a small
// organisation through the normal functions (a department with a head, a deputy head named
// acting for the head, a reviewer and a drafter), then bulk-generates N drafts (default
// 100,000) with their versions and two-step chains directly in SQL as the superuser (N calls
// of the functions would take far longer; the data set therefore has no audit records). K of
// the drafts (default 10,000) wait at the head's signature, D at the reviewer; the rest were
// approved long ago. Then, as the people themselves, through Saraban's C++ services:
//   to_approve, first page   the head's 50 newest open steps (saraban.approvals_page)
//   to_approve, acting       the same folder for the deputy acting for the head
//   counts                   saraban.approval_counts() for the head, and for a clerk
//   to_issue, first page     the clerk's 50 newest drafts waiting to be issued (every
//                            approved draft of the department)
//   drafter sees (RLS)       SELECT count(*) FROM saraban.drafts as the drafter: the
//                            row-level security policy over every draft
//   steps of one draft       ApprovalService::steps() (what ApprovalModel shows)
//   decide one step          the reviewer approves (lock, checks, update, next stage, audit,
//                            notify), D times
// p50 and p95 in milliseconds, as a Markdown table, each beside psql running the same SQL as the
// same person with literal values (\timing, in the same run); for the decisions psql approves
// review steps of its own, so each side decides D/2 distinct steps. Steps of one draft have no
// psql column: its statement lives inside ApprovalService.
#include "core/db/database.h"
#include "core/db/localserver.h"
#include "core/db/migrator.h"
#include "core/services/approvalservice.h"
#include "core/services/organisationservice.h"
#include "core/services/peopleservice.h"
#include "core/services/serverquery.h"
#include "tests/bench/support/benchkit.h"
#include "tests/support/serverdirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace saraban;
using namespace saraban::bench;

int run(const QCoreApplication &app);

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    try {
        return run(app);
    } catch (const Failure &failure) {
        QTextStream(stderr) << "bench_approvals: " << failure.message << Qt::endl;
        return 1;
    }
}

int run(const QCoreApplication &app)
{
    qint64 drafts = 100000;
    int open = 10000;
    int rounds = 50;
    QString psql = QStringLiteral("psql");
    int decisions = 100;
    const QStringList arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--drafts"))
            drafts = arguments.at(i + 1).toLongLong();
        else if (arguments.at(i) == QLatin1String("--open"))
            open = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--rounds"))
            rounds = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--psql"))
            psql = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--decisions"))
            decisions = arguments.at(i + 1).toInt();
    }
    drafts = std::max<qint64>(drafts, open + decisions + 1);

    test::ServerDirectory directory;
    if (!directory.isValid())
        die(QStringLiteral("directory"), Error{QStringLiteral("io"), directory.errorString(), {}});
    LocalServerOptions options;
    options.baseDirectory = directory.path();
    options.port = QRandomGenerator::global()->bounded(20000, 60001);
    LocalServer server(options);
    need(server.start(), QStringLiteral("start the server"));
    const ConnectionProfile superuser = server.profile();
    QSqlDatabase admin =
        need(db::open(superuser, QStringLiteral("bench-admin")), QStringLiteral("connect"));
    need(Migrator(admin).migrate(), QStringLiteral("migrate"));

    const QString password = QStringLiteral("bench-password");
    need(OrganisationService(admin).importUnits(
             {{QStringLiteral("PROV"),
               {},
               QStringLiteral("province"),
               QStringLiteral("ແຂວງ ວຽງຈັນ"),
               QStringLiteral("Vientiane Province"),
               QStringLiteral("ວຈ")},
              {QStringLiteral("DEPT"), QStringLiteral("PROV"), QStringLiteral("department"),
               QStringLiteral("ພະແນກ ໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ"),
               QStringLiteral("Department of Posts and Telecommunications"),
               QStringLiteral("ປທສ")}}),
         QStringLiteral("units"));
    PeopleService people(admin);
    const struct
    {
        const char *login;
        const char *name;
        MemberRole role;
    } staff[] = {{"bench_head", "ທ້າວ ບຸນມີ ພົມມະຈັນ", MemberRole::Head},
                 {"bench_deputy", "ທ້າວ ວິໄລ ສຸລິຍາ", MemberRole::Head},
                 {"bench_reviewer", "ທ້າວ ແສງເພັດ ວົງສາ", MemberRole::Officer},
                 {"bench_drafter", "ນາງ ດາລາວັນ ສີຫາລາດ", MemberRole::Officer},
                 {"bench_clerk", "ນາງ ສົມພອນ ແກ້ວມະນີ", MemberRole::Clerk}};
    for (const auto &person : staff) {
        need(people.addPerson({QString::fromLatin1(person.login), QString::fromUtf8(person.name),
                               QString(), 2, QStringLiteral("DEPT"), person.role},
                              password),
             QString::fromLatin1(person.login));
    }
    const int unit =
        scalar(admin, QStringLiteral("SELECT id FROM saraban.units WHERE code = 'DEPT'")).toInt();
    const auto profileOf = [&](const char *login) {
        return superuser.withUser(QString::fromLatin1(login))
            .withParameter(QStringLiteral("password"), password);
    };
    {
        QSqlDatabase head = need(db::open(profileOf("bench_head"), QStringLiteral("bench-appoint")),
                                 QStringLiteral("head connects"));
        ServerQuery appoint(head, QStringLiteral("SELECT saraban.acting_appoint(CAST(:unit AS "
                                                 "integer), 'bench_deputy', current_date, "
                                                 "current_date + 6, '')"));
        appoint.bind(QStringLiteral(":unit"), unit);
        need(appoint.exec(), QStringLiteral("appoint the deputy"));
        head = QSqlDatabase();
        db::close(QStringLiteral("bench-appoint"));
    }

    QTextStream(stderr) << "bench_approvals: generating " << drafts << " drafts..." << Qt::endl;
    // Draft g: the newest `open` wait at the head's signature, the next `decisions` at the
    // reviewer, the rest were approved.
    const double loadMs = timed([&] {
        const QString ids = QStringLiteral(
            "(SELECT id FROM saraban.people WHERE login = 'bench_drafter') AS drafter, "
            "(SELECT id FROM saraban.people WHERE login = 'bench_reviewer') AS reviewer, "
            "(SELECT id FROM saraban.people WHERE login = 'bench_head') AS head");
        const QStringList steps = {
            QStringLiteral("BEGIN"),
            QStringLiteral("INSERT INTO saraban.drafts (unit_id, subject, drafter_id, state, "
                           "state_since, round, approved_on) SELECT %1, 'ຮ່າງໜັງສື ສະບັບທີ ' || "
                           "g, p.drafter, CASE WHEN g > %2 - %3 - %4 THEN 'in_approval' ELSE "
                           "'approved' END, date_trunc('milliseconds', now() - make_interval(secs "
                           "=> (%2 - g) * 60.0)), 1, CASE WHEN g <= %2 - %3 - %4 THEN "
                           "current_date END FROM generate_series(1, %2) g, (SELECT %5) p")
                .arg(unit)
                .arg(drafts)
                .arg(open)
                .arg(decisions)
                .arg(ids),
            QStringLiteral("INSERT INTO saraban.draft_versions (draft_id, version, kind, body, "
                           "created_by) SELECT id, 1, 'draft', jsonb_build_object('text', "
                           "subject), drafter_id FROM saraban.drafts"),
            // Stage 1, the review: open for the `decisions` drafts below the newest `open`.
            QStringLiteral(
                "INSERT INTO saraban.approval_steps (draft_id, round, stage, kind, assignee_id, "
                "state, activated_at, decision, decided_by, decided_at, decided_version) SELECT "
                "d.id, 1, 1, 'review', p.reviewer, CASE WHEN rn > %1 AND rn <= %1 + %2 THEN "
                "'active' ELSE 'approved' END, d.state_since, CASE WHEN rn > %1 AND rn <= %1 + "
                "%2 THEN NULL ELSE 'approved' END, CASE WHEN rn > %1 AND rn <= %1 + %2 THEN NULL "
                "ELSE p.reviewer END, CASE WHEN rn > %1 AND rn <= %1 + %2 THEN NULL ELSE "
                "d.state_since END, 1 FROM (SELECT *, row_number() OVER (ORDER BY id DESC) rn "
                "FROM saraban.drafts) d, (SELECT %3) p")
                .arg(open)
                .arg(decisions)
                .arg(ids),
            // Stage 2, the signature of "the head of DEPT": open for the newest `open`.
            QStringLiteral(
                "INSERT INTO saraban.approval_steps (draft_id, round, stage, kind, assignee_id, "
                "head_unit_id, state, activated_at, decision, decided_by, decided_at, "
                "decided_version) SELECT d.id, 1, 2, 'sign', p.head, %1, CASE WHEN rn <= %2 THEN "
                "'active' WHEN rn <= %2 + %3 THEN 'pending' ELSE 'approved' END, CASE WHEN rn <= "
                "%2 + %3 AND rn > %2 THEN NULL ELSE d.state_since END, CASE WHEN rn <= %2 + %3 "
                "THEN NULL ELSE 'approved' END, CASE WHEN rn <= %2 + %3 THEN NULL ELSE p.head "
                "END, CASE WHEN rn <= %2 + %3 THEN NULL ELSE d.state_since END, CASE WHEN rn <= "
                "%2 + %3 THEN NULL ELSE 1 END FROM (SELECT *, row_number() OVER (ORDER BY id "
                "DESC) rn FROM saraban.drafts) d, (SELECT %4) p")
                .arg(unit)
                .arg(open)
                .arg(decisions)
                .arg(ids),
            QStringLiteral("COMMIT"),
            QStringLiteral("VACUUM ANALYZE saraban.drafts"),
            QStringLiteral("VACUUM ANALYZE saraban.draft_versions"),
            QStringLiteral("VACUUM ANALYZE saraban.approval_steps"),
        };
        for (const QString &step : steps) {
            ServerQuery query(admin, step);
            need(query.exec(), step.left(60));
        }
    });
    const QString databaseSize =
        scalar(admin, QStringLiteral("SELECT pg_size_pretty(pg_database_size(current_database()))"))
            .toString();
    QList<qint64> reviewSteps;
    {
        ServerQuery query(admin, QStringLiteral("SELECT id FROM saraban.approval_steps WHERE "
                                                "kind = 'review' AND state = 'active' ORDER BY "
                                                "id"));
        need(query.exec(), QStringLiteral("review steps"));
        while (query.next())
            reviewSteps << query.value(0).toLongLong();
    }
    const qint64 someDraft =
        scalar(admin, QStringLiteral("SELECT max(id) FROM saraban.drafts")).toLongLong();

    QSqlDatabase head = need(db::open(profileOf("bench_head"), QStringLiteral("bench-head")),
                             QStringLiteral("head connects"));
    QSqlDatabase deputy = need(db::open(profileOf("bench_deputy"), QStringLiteral("bench-deputy")),
                               QStringLiteral("deputy connects"));
    QSqlDatabase drafter =
        need(db::open(profileOf("bench_drafter"), QStringLiteral("bench-drafter")),
             QStringLiteral("drafter connects"));
    QSqlDatabase reviewer =
        need(db::open(profileOf("bench_reviewer"), QStringLiteral("bench-reviewer")),
             QStringLiteral("reviewer connects"));
    QSqlDatabase clerk = need(db::open(profileOf("bench_clerk"), QStringLiteral("bench-clerk")),
                              QStringLiteral("clerk connects"));

    struct Row
    {
        QString operation;
        Samples samples;
        Samples psql;
    };
    std::vector<Row> rows;
    // sql: the same statement with literal values, run by psql as who; empty for none.
    const auto measure = [&](const QString &operation, int times, const std::function<void()> &work,
                             const char *who = nullptr, const QString &sql = QString()) {
        work(); // warm-up
        Row row{operation, {}, {}};
        for (int i = 0; i < times; ++i)
            row.samples.ms.push_back(timed(work));
        if (who && !sql.isEmpty())
            row.psql = psqlTimes(psql, profileOf(who), password, {sql}, QStringList(times, sql));
        rows.push_back(row);
    };
    const QString pageSql = QStringLiteral("SELECT item_id, subject, counterpart FROM "
                                           "saraban.approvals_page(%1, NULL, NULL, 50)");
    const auto page = [&](const QSqlDatabase &database, const QString &folder) {
        ServerQuery query(database, QStringLiteral("SELECT item_id, subject, counterpart FROM "
                                                   "saraban.approvals_page(CAST(:folder AS "
                                                   "text), NULL, NULL, 50)"));
        query.bind(QStringLiteral(":folder"), folder);
        need(query.exec(), folder);
        int count = 0;
        while (query.next())
            ++count;
        if (count != 50)
            die(folder, Error{QStringLiteral("bench.rows"), QStringLiteral("short page"), {}});
    };
    const QString toApprove = pageSql.arg(sqlText(QStringLiteral("to_approve")));
    measure(
        QStringLiteral("to_approve, first page (head)"), rounds,
        [&] { page(head, QStringLiteral("to_approve")); }, "bench_head", toApprove);
    measure(
        QStringLiteral("to_approve, first page (acting deputy)"), rounds,
        [&] { page(deputy, QStringLiteral("to_approve")); }, "bench_deputy", toApprove);
    measure(
        QStringLiteral("my_drafts, first page (drafter)"), rounds,
        [&] { page(drafter, QStringLiteral("my_drafts")); }, "bench_drafter",
        pageSql.arg(sqlText(QStringLiteral("my_drafts"))));
    // Every approved draft waits to be issued: the clerk's folder holds all of them.
    measure(
        QStringLiteral("to_issue, first page (clerk)"), rounds,
        [&] { page(clerk, QStringLiteral("to_issue")); }, "bench_clerk",
        pageSql.arg(sqlText(QStringLiteral("to_issue"))));
    const QString countsSql = QStringLiteral("SELECT sum(total) FROM saraban.approval_counts()");
    measure(
        QStringLiteral("approval_counts() (clerk)"), rounds, [&] { scalar(clerk, countsSql); },
        "bench_clerk", countsSql);
    measure(
        QStringLiteral("approval_counts() (head)"), rounds, [&] { scalar(head, countsSql); },
        "bench_head", countsSql);
    const QString rlsSql = QStringLiteral("SELECT count(*) FROM saraban.drafts");
    measure(
        QStringLiteral("count(*) of drafts through RLS (drafter)"), rounds,
        [&] { scalar(drafter, rlsSql); }, "bench_drafter", rlsSql);
    ApprovalService drafterApprovals(drafter);
    measure(QStringLiteral("steps of one draft (ApprovalService::steps)"), rounds,
            [&] { need(drafterApprovals.steps(someDraft), QStringLiteral("steps")); });
    ApprovalService reviewerApprovals(reviewer);
    // Half the review steps for Saraban, the other half for psql: a step is decided once.
    const qsizetype half = reviewSteps.size() / 2;
    qsizetype next = 0;
    QStringList psqlDecisions;
    for (qsizetype i = half; i < reviewSteps.size(); ++i)
        psqlDecisions << QStringLiteral("SELECT saraban.approval_decide(%1, 'approve', NULL)")
                             .arg(reviewSteps.at(i));
    {
        Row row{QStringLiteral("decide one step (reviewer approves)"), {}, {}};
        for (; next < half; ++next) {
            const qint64 step = reviewSteps.at(next);
            row.samples.ms.push_back(timed([&] {
                need(reviewerApprovals.decide(step, ApprovalDecision::Approve, QString()),
                     QStringLiteral("decide"));
            }));
        }
        // The first of each is the warm-up.
        if (!row.samples.ms.empty())
            row.samples.ms.erase(row.samples.ms.begin());
        if (psqlDecisions.size() > 1)
            row.psql = psqlTimes(psql, profileOf("bench_reviewer"), password,
                                 {psqlDecisions.constFirst()}, psqlDecisions.mid(1));
        rows.push_back(row);
    }

    QTextStream out(stdout);
    out << "Drafts: " << drafts << " (" << open << " at the head's signature, "
        << reviewSteps.size() << " at review), database " << databaseSize << ", generated in "
        << qRound(loadMs / 1000) << " s. Rounds: " << rounds << " per read.\n\n"
        << "| operation | Saraban p50 / p95 | psql, same SQL, p50 / p95 |\n|---|---:|---:|\n";
    const auto cell = [](const Samples &samples) -> QString {
        if (samples.ms.empty())
            return QStringLiteral("—");
        return QString::number(samples.percentile(0.5), 'f', 2) + QStringLiteral(" / ") +
               QString::number(samples.percentile(0.95), 'f', 2);
    };
    for (const Row &row : rows)
        out << "| " << row.operation << " | " << cell(row.samples) << " | " << cell(row.psql)
            << " |\n";
    out << "\n(milliseconds)" << Qt::endl;

    drafterApprovals = ApprovalService(QSqlDatabase());
    reviewerApprovals = ApprovalService(QSqlDatabase());
    head = deputy = drafter = reviewer = clerk = QSqlDatabase();
    for (const char *name :
         {"bench-head", "bench-deputy", "bench-drafter", "bench-reviewer", "bench-clerk"})
        db::close(QString::fromLatin1(name));
    people = PeopleService(QSqlDatabase());
    admin = QSqlDatabase();
    db::close(QStringLiteral("bench-admin"));
    need(server.stop(), QStringLiteral("stop the server"));
    return 0;
}
