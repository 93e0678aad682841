// bench_routing: routing and the inbox at a million letters.
//
//   bench_routing [--letters N] [--open K] [--rounds R] [--forwards F] [--psql PATH]
//
// Starts a private server of its own in a fresh /tmp directory, migrates it, creates a small
// organisation through the normal functions, then bulk-generates N letters (default
// 1,000,000) and one routing for each directly in SQL as the superuser (a million calls would
// take an hour; the data set therefore has no audit records). K of the routings (default
// 10,000) are open items of the head, half of them unread; the rest went to 200 other people
// and were completed long ago. Then, as the people themselves, it measures:
//   inbox, first page      the head's to_act folder, newest 50 (saraban.inbox_page)
//   inbox, deep page       50 items after the (K/2)th, by keyset
//   inbox counts           saraban.inbox_counts() for the head
//   forward one item       saraban.routing_forward() of an opened item, F times (one
//                          transition: lock, check, insert, update, audit, notify)
//   notification latency   the clerk routes a letter to the officer; from the call until the
//                          officer's NotificationListener (another connection) has the signal
// each through Saraban's C++ services and through psql (the same SQL with literal values,
// \timing), in alternating blocks, p50 and p95 in milliseconds, as a Markdown table. For the
// latency the psql column is the routing statement alone, without delivery.
#include "core/db/database.h"
#include "core/db/localserver.h"
#include "core/db/migrator.h"
#include "core/db/notificationlistener.h"
#include "core/services/organisationservice.h"
#include "core/services/peopleservice.h"
#include "core/services/registerservice.h"
#include "core/services/routingservice.h"
#include "core/services/serverquery.h"
#include "tests/bench/support/benchkit.h"
#include "tests/support/serverdirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

using namespace saraban;
using namespace saraban::bench;

namespace {

struct Row
{
    QString operation;
    Samples saraban;
    Samples psql;
    QString note;
};

} // namespace

int run(const QCoreApplication &app);

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    try {
        return run(app);
    } catch (const Failure &failure) {
        QTextStream(stderr) << "bench_routing: " << failure.message << Qt::endl;
        return 1;
    }
}

int run(const QCoreApplication &app)
{
    qint64 letters = 1000000;
    int open = 10000;
    int rounds = 50;
    int forwards = 100;
    QString psql = QStringLiteral("psql");
    const QStringList arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--letters"))
            letters = arguments.at(i + 1).toLongLong();
        else if (arguments.at(i) == QLatin1String("--open"))
            open = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--rounds"))
            rounds = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--forwards"))
            forwards = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--psql"))
            psql = arguments.at(i + 1);
    }
    constexpr int blocks = 5;
    // Forwards need opened items of their own: Saraban's and psql's, every block.
    const int forwardsPerBlock = forwards / blocks + 1;
    if (open < 4 * blocks * forwardsPerBlock)
        open = 4 * blocks * forwardsPerBlock;

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
    OrganisationService organisation(admin);
    need(organisation.importUnits(
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
    } staff[] = {{"bench_clerk", "ນາງ ສົມພອນ ແກ້ວມະນີ", MemberRole::Clerk},
                 {"bench_head", "ທ້າວ ບຸນມີ ພົມມະຈັນ", MemberRole::Head},
                 {"bench_officer", "ທ້າວ ວິໄລ ສຸລິຍາ", MemberRole::Officer}};
    for (const auto &person : staff) {
        need(people.addPerson({QString::fromLatin1(person.login), QString::fromUtf8(person.name),
                               QString(), 2, QStringLiteral("DEPT"), person.role},
                              password),
             QString::fromLatin1(person.login));
    }
    RegisterService registers(admin);
    const int incoming = need(registers.addRegister({QStringLiteral("DEPT"),
                                                     QStringLiteral("IN"),
                                                     Direction::Incoming,
                                                     QStringLiteral("ຂາເຂົ້າ"),
                                                     {},
                                                     {},
                                                     true}),
                              QStringLiteral("register"));

    QTextStream(stderr) << "bench_routing: generating " << letters << " letters and routings..."
                        << Qt::endl;
    const double loadMs = timed([&] {
        const QStringList steps = {
            QStringLiteral("SET maintenance_work_mem = '512MB'"),
            QStringLiteral("BEGIN"),
            QStringLiteral("DROP INDEX saraban.letters_search"),
            // Two hundred colleagues elsewhere, as people rows only (they never sign in here).
            QStringLiteral("INSERT INTO saraban.people (login, full_name) SELECT 'colleague' || "
                           "g, 'ທ່ານ ວິຊາການ ' || g FROM generate_series(1, 200) g"),
            QStringLiteral(
                "INSERT INTO saraban.letters (register_id, direction, year, seq, number_text, "
                "number_norm, registered_at, registered_on, registered_by, letter_date, "
                "received_on, subject, urgency, confidentiality, status, correspondents, "
                "search_text) SELECT %1, 'incoming', 2026, g, g || '/ປທສ', g || '/ປທສ', "
                "date_trunc('milliseconds', now() - make_interval(secs => (%2 - g) * 60.0)), "
                "current_date, (SELECT id FROM saraban.people WHERE login = 'bench_clerk'), "
                "current_date, current_date, 'ແຈ້ງການ ວ່າດ້ວຍ ກອງປະຊຸມ ສະບັບທີ ' || g, g % 3, 0, "
                "CASE WHEN g > %2 - %3 THEN 'in_progress' ELSE 'closed' END, 'ກະຊວງ', "
                "'ແຈ້ງການ' FROM generate_series(1, %2) g")
                .arg(incoming)
                .arg(letters)
                .arg(open),
            // One routing per letter from the clerk: the newest K open with the head (every
            // other one opened), the rest completed by a colleague.
            QStringLiteral(
                "INSERT INTO saraban.routings (letter_id, from_person_id, to_person_id, role, "
                "instruction, due_on, state, sent_at, received_at, received_by, state_at, "
                "state_by, outcome) "
                "SELECT l.id, c.id, CASE WHEN l.seq > %1 - %2 THEN h.id ELSE "
                "(SELECT min(id) FROM saraban.people WHERE login LIKE 'colleague%%') + l.seq %% "
                "200 END, 'action', 'ພິຈາລະນາ', current_date + (l.seq %% 40) - 10, "
                "CASE WHEN l.seq <= %1 - %2 THEN 'completed' WHEN l.seq %% 2 = 0 THEN 'opened' "
                "ELSE 'sent' END, l.registered_at, "
                "CASE WHEN l.seq > %1 - %2 AND l.seq %% 2 = 1 THEN NULL ELSE l.registered_at + "
                "interval '1 hour' END, "
                "CASE WHEN l.seq > %1 - %2 AND l.seq %% 2 = 1 THEN NULL ELSE c.id END, "
                "l.registered_at + CASE WHEN l.seq > %1 - %2 AND l.seq %% 2 = 1 THEN interval "
                "'0' ELSE interval '1 hour' END, c.id, '' "
                "FROM saraban.letters l, saraban.people c, saraban.people h "
                "WHERE c.login = 'bench_clerk' AND h.login = 'bench_head' ORDER BY l.id")
                .arg(letters)
                .arg(open)
                .replace(QStringLiteral("%%"), QStringLiteral("%")),
            QStringLiteral("INSERT INTO saraban.number_counters (register_id, year, last_seq) "
                           "SELECT register_id, year, max(seq) FROM saraban.letters GROUP BY 1, 2"),
            QStringLiteral("COMMIT"),
            QStringLiteral("VACUUM ANALYZE saraban.letters"),
            QStringLiteral("VACUUM ANALYZE saraban.routings"),
            QStringLiteral("VACUUM ANALYZE saraban.people"),
        };
        for (const QString &step : steps) {
            ServerQuery query(admin, step);
            need(query.exec(), step.left(60));
        }
    });
    QTextStream(stderr) << "bench_routing: generated in " << qRound(loadMs / 1000) << " s"
                        << Qt::endl;
    const qint64 totalLetters =
        scalar(admin, QStringLiteral("SELECT count(*) FROM saraban.letters")).toLongLong();
    const qint64 totalRoutings =
        scalar(admin, QStringLiteral("SELECT count(*) FROM saraban.routings")).toLongLong();
    const QString databaseSize =
        scalar(admin, QStringLiteral("SELECT pg_size_pretty(pg_database_size(current_database()))"))
            .toString();
    // A deep keyset position in the head's to_act folder.
    ServerQuery deepQuery(admin, QStringLiteral("SELECT to_char(state_at AT TIME ZONE 'UTC', "
                                                "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), id FROM "
                                                "saraban.routings WHERE state IN ('sent', "
                                                "'opened') ORDER BY state_at DESC, id DESC "
                                                "OFFSET %1 LIMIT 1")
                                     .arg(open / 2));
    need(deepQuery.exec(), QStringLiteral("deep key"));
    deepQuery.next();
    const QString deepAt = deepQuery.value(0).toString();
    const qint64 deepId = deepQuery.value(1).toLongLong();
    // The oldest opened items of the head, for the forwards.
    QList<qint64> opened;
    {
        ServerQuery query(admin, QStringLiteral("SELECT id FROM saraban.routings WHERE state = "
                                                "'opened' ORDER BY id LIMIT %1")
                                     .arg(2 * blocks * forwardsPerBlock));
        need(query.exec(), QStringLiteral("opened items"));
        while (query.next())
            opened << query.value(0).toLongLong();
    }

    const auto profileOf = [&](const char *login) {
        return superuser.withUser(QString::fromLatin1(login))
            .withParameter(QStringLiteral("password"), password);
    };
    QSqlDatabase head = need(db::open(profileOf("bench_head"), QStringLiteral("bench-head")),
                             QStringLiteral("head connects"));
    QSqlDatabase clerk = need(db::open(profileOf("bench_clerk"), QStringLiteral("bench-clerk")),
                              QStringLiteral("clerk connects"));
    QSqlDatabase officerListen =
        need(db::open(profileOf("bench_officer"), QStringLiteral("bench-officer-listen")),
             QStringLiteral("officer connects"));

    std::vector<Row> rows;
    RoutingService headRouting(head);
    const auto measureRead = [&](const QString &name, const std::function<int()> &read,
                                 const QString &sql, const QString &note) {
        Row row{name, {}, {}, note};
        int found = 0;
        for (int block = 0; block < blocks; ++block) {
            for (int i = 0; i < rounds / blocks + 1; ++i) {
                const double ms = timed([&] { found = read(); });
                if (i > 0)
                    row.saraban.ms.push_back(ms);
            }
            QStringList statements;
            for (int i = 0; i < rounds / blocks + 1; ++i)
                statements << sql;
            const Samples times = psqlTimes(psql, profileOf("bench_head"), password,
                                            statements.mid(0, 1), statements.mid(1));
            row.psql.ms.insert(row.psql.ms.end(), times.ms.begin(), times.ms.end());
        }
        row.note += QStringLiteral(" (%1 rows)").arg(found);
        rows.push_back(row);
    };
    measureRead(
        QStringLiteral("inbox: first page (to_act)"),
        [&] {
            return static_cast<int>(need(headRouting.inboxPage(QStringLiteral("to_act"), {}, 50),
                                         QStringLiteral("page"))
                                        .size());
        },
        QStringLiteral("SELECT * FROM saraban.inbox_page('to_act', NULL, NULL, 50)"),
        QStringLiteral("newest 50 of %1 open items").arg(open));
    const InboxKey deep{QDateTime::fromString(deepAt, Qt::ISODateWithMs), deepId};
    measureRead(
        QStringLiteral("inbox: deep page (to_act)"),
        [&] {
            return static_cast<int>(need(headRouting.inboxPage(QStringLiteral("to_act"), deep, 50),
                                         QStringLiteral("deep page"))
                                        .size());
        },
        QStringLiteral("SELECT * FROM saraban.inbox_page('to_act', '%1', %2, 50)")
            .arg(deepAt)
            .arg(deepId),
        QStringLiteral("50 items after the %1th").arg(open / 2));
    measureRead(
        QStringLiteral("inbox counts"),
        [&] {
            return static_cast<int>(need(headRouting.counts(), QStringLiteral("counts")).size());
        },
        QStringLiteral("SELECT * FROM saraban.inbox_counts()"), QStringLiteral("five folders"));

    // One transition: forwarding an opened item to the officer.
    {
        Row row{QStringLiteral("forward one item (routing_forward)"), {}, {}, {}};
        const QList<RoutingRecipient> to{
            RoutingRecipient::person(QStringLiteral("bench_officer"), RoutingRole::Action,
                                     QStringLiteral("ຄົ້ນຄວ້າ ແລະ ສະເໜີ"))};
        const QString json = RoutingService::recipientsJson(to);
        int next = 0;
        for (int block = 0; block < blocks; ++block) {
            for (int i = 0; i < forwardsPerBlock; ++i) {
                const qint64 id = opened.at(next++);
                const double ms =
                    timed([&] { need(headRouting.forward(id, to), QStringLiteral("forward")); });
                if (i > 0)
                    row.saraban.ms.push_back(ms);
            }
            QStringList statements;
            for (int i = 0; i < forwardsPerBlock; ++i) {
                statements << QStringLiteral("SELECT saraban.routing_forward(%1, '%2')")
                                  .arg(opened.at(next++))
                                  .arg(json);
            }
            const Samples times = psqlTimes(psql, profileOf("bench_head"), password,
                                            statements.mid(0, 1), statements.mid(1));
            row.psql.ms.insert(row.psql.ms.end(), times.ms.begin(), times.ms.end());
        }
        row.note = QStringLiteral("%1 calls, each its own transaction").arg(forwards);
        rows.push_back(row);
    }

    // Notification latency: the clerk routes a letter to the officer, whose listener (its own
    // connection) receives the NOTIFY when the clerk's transaction commits.
    {
        Row row{QStringLiteral("notification latency (route → listener signal)"), {}, {}, {}};
        NotificationListener listener(officerListen);
        need(listener.start(), QStringLiteral("listen"));
        RoutingService clerkRouting(clerk);
        QList<qint64> unrouted;
        {
            ServerQuery query(admin,
                              QStringLiteral("SELECT l.id FROM saraban.letters l WHERE NOT EXISTS "
                                             "(SELECT FROM saraban.routings r WHERE r.letter_id = "
                                             "l.id) ORDER BY l.id LIMIT %1")
                                  .arg(2 * blocks * (rounds / blocks + 1)));
            need(query.exec(), QStringLiteral("letters to route"));
            while (query.next())
                unrouted << query.value(0).toLongLong();
        }
        if (unrouted.size() < 2 * blocks * (rounds / blocks + 1)) {
            // Every letter has a routing: register fresh ones for this measurement.
            ServerQuery fresh(
                admin,
                QStringLiteral(
                    "INSERT INTO saraban.letters (register_id, direction, year, seq, number_text, "
                    "number_norm, registered_on, registered_by, letter_date, received_on, "
                    "subject, search_text) SELECT %1, 'incoming', 2027, g, g || '/ປທສ', "
                    "g || '/ປທສ', current_date, (SELECT id FROM saraban.people WHERE login = "
                    "'bench_clerk'), current_date, current_date, 'ໜັງສືທົດສອບ ' || g, '' "
                    "FROM generate_series(1, %2) g RETURNING id")
                    .arg(incoming)
                    .arg(2 * blocks * (rounds / blocks + 1)));
            need(fresh.exec(), QStringLiteral("fresh letters"));
            unrouted.clear();
            while (fresh.next())
                unrouted << fresh.value(0).toLongLong();
        }
        const QList<RoutingRecipient> to{
            RoutingRecipient::person(QStringLiteral("bench_officer"), RoutingRole::Information)};
        const QString json = RoutingService::recipientsJson(to);
        int next = 0;
        for (int block = 0; block < blocks; ++block) {
            for (int i = 0; i < rounds / blocks + 1; ++i) {
                const qint64 letter = unrouted.at(next++);
                QEventLoop loop;
                qint64 expected = -1;
                bool received = false;
                const auto connection =
                    QObject::connect(&listener, &NotificationListener::inboxChanged, &loop,
                                     [&](const QString &, qint64 id) {
                                         if (id == expected) {
                                             received = true;
                                             loop.quit();
                                         }
                                     });
                QTimer::singleShot(10000, &loop, &QEventLoop::quit);
                QElapsedTimer timer;
                timer.start();
                expected =
                    need(clerkRouting.route(letter, to), QStringLiteral("route")).constFirst();
                if (!received)
                    loop.exec();
                const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                QObject::disconnect(connection);
                if (!received) {
                    die(QStringLiteral("latency"),
                        Error{QStringLiteral("bench.timeout"),
                              QStringLiteral("no notification within 10 s"),
                              {}});
                }
                if (i > 0)
                    row.saraban.ms.push_back(ms);
            }
            QStringList statements;
            for (int i = 0; i < rounds / blocks + 1; ++i) {
                statements << QStringLiteral("SELECT saraban.letter_route(%1, '%2')")
                                  .arg(unrouted.at(next++))
                                  .arg(json);
            }
            const Samples times = psqlTimes(psql, profileOf("bench_clerk"), password,
                                            statements.mid(0, 1), statements.mid(1));
            row.psql.ms.insert(row.psql.ms.end(), times.ms.begin(), times.ms.end());
        }
        row.note = QStringLiteral("psql: the routing statement alone, no delivery");
        rows.push_back(row);
    }

    out() << "Letters: " << totalLetters << ", routings: " << totalRoutings << " (" << open
          << " open with the head), database " << databaseSize << ", generated in "
          << qRound(loadMs / 1000) << " s. Rounds: " << rounds << " per read, " << forwards
          << " forwards.\n\n"
          << "| operation | Saraban p50 | Saraban p95 | psql p50 | psql p95 | notes |\n"
          << "|---|---:|---:|---:|---:|---|\n";
    for (const Row &row : rows) {
        out() << "| " << row.operation << " | "
              << QString::number(row.saraban.percentile(0.5), 'f', 2) << " | "
              << QString::number(row.saraban.percentile(0.95), 'f', 2) << " | "
              << QString::number(row.psql.percentile(0.5), 'f', 2) << " | "
              << QString::number(row.psql.percentile(0.95), 'f', 2) << " | " << row.note << " |\n";
    }
    out() << "\n(milliseconds)" << Qt::endl;

    headRouting = RoutingService(QSqlDatabase());
    head = QSqlDatabase();
    clerk = QSqlDatabase();
    officerListen = QSqlDatabase();
    db::close(QStringLiteral("bench-head"));
    db::close(QStringLiteral("bench-clerk"));
    db::close(QStringLiteral("bench-officer-listen"));
    organisation = OrganisationService(QSqlDatabase());
    people = PeopleService(QSqlDatabase());
    registers = RegisterService(QSqlDatabase());
    admin = QSqlDatabase();
    db::close(QStringLiteral("bench-admin"));
    need(server.stop(), QStringLiteral("stop the server"));
    return 0;
}
