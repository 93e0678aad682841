// bench_register: the correspondence register at a million letters.
//
//   bench_register [--letters N] [--rounds R] [--registrations K] [--psql PATH]
//                  [--plans FILE]   (the plans of the reads, through auto_explain)
//
// Starts a private server of its own (durable settings, as the application runs it) in a
// fresh /tmp directory, migrates it, creates a small organisation through the normal
// functions, and then bulk-generates N letters (default 1,000,000) directly in SQL as the
// superuser: the data set bypasses the register functions (and so has no audit records)
// because a million calls would take an hour. Subjects are Lao, built from the demo's topic
// words; one rare phrase is planted in a few dozen letters.
//
// Then, as the people themselves (a clerk registers, an officer reads), it measures:
//   register one letter      saraban.register_letter(), K times
//   first page               newest 100 letters of the big register
//   deep page                100 letters after the 300,000th of that register (keyset;
//                            30 % of N for other sizes)
//   search rare/medium/common  first 100 matches of a Lao substring
//   register view (built with the UI): what a person waits for in the window, from choosing
//                            a page to seeing it painted: RegisterModel asks its DbWorker,
//                            the rows arrive through the event loop and a 1366x768
//                            QTableView paints them; psql runs the same letters_page()
// each through Saraban's C++ services and through psql (the same SQL, literal values, with
// \timing), in five alternating blocks so that both see the same machine, p50 and p95 in
// milliseconds, and prints a Markdown table.
#include "core/db/database.h"
#include "core/db/localserver.h"
#include "core/db/migrator.h"
#include "core/services/letterquery.h"
#include "core/services/letterservice.h"
#include "core/services/organisationservice.h"
#include "core/services/peopleservice.h"
#include "core/services/registerservice.h"
#include "core/services/serverquery.h"
#include "tests/bench/support/benchkit.h"
#include "tests/support/serverdirectory.h"
#ifdef SARABAN_BENCH_VIEW
#include "core/db/dbworker.h"
#include "core/models/registermodel.h"

#include <QApplication>
#include <QEventLoop>
#include <QTableView>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <limits>
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
#ifdef SARABAN_BENCH_VIEW
    // The view needs a GUI platform; offscreen unless the caller chose one (Xvfb).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    try {
        return run(app);
    } catch (const Failure &failure) {
        QTextStream(stderr) << "bench_register: " << failure.message << Qt::endl;
        return 1;
    }
}

int run(const QCoreApplication &app)
{
    qint64 letters = 1000000;
    int rounds = 50;
    int registrations = 200;
    QString psql = QStringLiteral("psql");
    QString plansFile;
    const QStringList arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--letters"))
            letters = arguments.at(i + 1).toLongLong();
        else if (arguments.at(i) == QLatin1String("--rounds"))
            rounds = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--registrations"))
            registrations = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--psql"))
            psql = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--plans"))
            plansFile = arguments.at(i + 1);
    }

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

    // A small organisation, through the normal functions.
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
               QStringLiteral("Department of Posts and Telecommunications"), QStringLiteral("ປທສ")},
              {QStringLiteral("EDU"), QStringLiteral("PROV"), QStringLiteral("department"),
               QStringLiteral("ພະແນກ ສຶກສາທິການ ແລະ ກິລາ"), QStringLiteral("Department of Education"),
               QStringLiteral("ສສ")}}),
         QStringLiteral("units"));
    PeopleService people(admin);
    need(people.addPerson({QStringLiteral("bench_clerk"), QStringLiteral("ນາງ ສົມພອນ ແກ້ວມະນີ"),
                           QString(), 2, QStringLiteral("DEPT"), MemberRole::Clerk},
                          password),
         QStringLiteral("clerk"));
    need(people.addPerson({QStringLiteral("bench_officer"), QStringLiteral("ທ້າວ ວິໄລ ສຸລິຍາ"),
                           QString(), 2, QStringLiteral("DEPT"), MemberRole::Officer},
                          password),
         QStringLiteral("officer"));
    RegisterService registers(admin);
    const int incoming = need(registers.addRegister({QStringLiteral("DEPT"),
                                                     QStringLiteral("IN"),
                                                     Direction::Incoming,
                                                     QStringLiteral("ຂາເຂົ້າ"),
                                                     {},
                                                     {},
                                                     true}),
                              QStringLiteral("register"));
    const int outgoing = need(registers.addRegister({QStringLiteral("DEPT"),
                                                     QStringLiteral("OUT"),
                                                     Direction::Outgoing,
                                                     QStringLiteral("ຂາອອກ"),
                                                     {},
                                                     {},
                                                     true}),
                              QStringLiteral("register"));
    const int other = need(registers.addRegister({QStringLiteral("EDU"),
                                                  QStringLiteral("IN"),
                                                  Direction::Incoming,
                                                  QStringLiteral("ຂາເຂົ້າ"),
                                                  {},
                                                  {},
                                                  true}),
                           QStringLiteral("register"));
    const int organisationId =
        need(organisation.addOrganisation(
                 QStringLiteral("ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ"),
                 QStringLiteral("Ministry of Technology and Communications"), QStringLiteral("ຕສ")),
             QStringLiteral("organisation"));

    // The data set: Lao subjects from the demo's topic words.
    QFile topicsFile(QStringLiteral(":/demo/topics.tsv"));
    if (!topicsFile.open(QIODevice::ReadOnly))
        die(QStringLiteral("topics"), Error{QStringLiteral("io"), topicsFile.errorString(), {}});
    QStringList topics;
    for (const QString &line : QString::fromUtf8(topicsFile.readAll()).split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            topics << line.section(QLatin1Char('\t'), 0, 0).remove(QLatin1Char('+'));
    }
    const QStringList frames = {
        QStringLiteral("ແຈ້ງການ ວ່າດ້ວຍ {t} ແລະ {u}"),
        QStringLiteral("ເຊີນເຂົ້າຮ່ວມ ກອງປະຊຸມ ກ່ຽວກັບ {t}"),
        QStringLiteral("ຂໍ້ຕົກລົງ ວ່າດ້ວຍ ການຄຸ້ມຄອງ {t}"),
        QStringLiteral("ໜັງສືສະເໜີ ຂໍອະນຸມັດ {t} ຢູ່ ເມືອງໂພນໂຮງ"),
        QStringLiteral("ບົດລາຍງານ ຜົນການຈັດຕັ້ງປະຕິບັດ ວຽກງານ {t} ໄຕມາດ 3"),
        QStringLiteral("ຕອບໜັງສື ກ່ຽວກັບ {t} ແລະ {u}"),
        QStringLiteral("ລາຍງານ ສະພາບ {t} ປະຈຳເດືອນ ມີນາ"),
        QStringLiteral("ຄຳແນະນຳ ກ່ຽວກັບ ການນຳໃຊ້ {t}"),
    };
    const QStringList correspondents = {QStringLiteral("ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ"),
                                        QStringLiteral("ຫ້ອງວ່າການ ແຂວງວຽງຈັນ"),
                                        QStringLiteral("ພະແນກ ການເງິນ ແຂວງວຽງຈັນ"),
                                        QStringLiteral("ລັດວິສາຫະກິດ ໄປສະນີລາວ"),
                                        QStringLiteral("ລາວໂທລະຄົມ"),
                                        QStringLiteral("ຫ້ອງການ ປທສ ເມືອງວັງວຽງ"),
                                        QStringLiteral("ທະນາຄານ ການຄ້າຕ່າງປະເທດລາວ"),
                                        QStringLiteral("ພະແນກ ແຜນການ ແລະ ການລົງທຶນ")};
    const QString rare = QStringLiteral("ສະຖານີວິທະຍຸດາວທຽມ"); // planted in 1 of 25,000 letters

    QTextStream(stderr) << "bench_register: generating " << letters << " letters..." << Qt::endl;
    const double loadMs = timed([&] {
        const auto arrayLiteral = [](const QStringList &items) {
            QStringList quoted;
            for (const QString &item : items)
                quoted << QLatin1Char('"') + item + QLatin1Char('"');
            return sqlText(QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}'));
        };
        const QString generate =
            // One row per letter; the subject frame, topics and correspondent at random.
            QStringLiteral(
                "CREATE TEMP TABLE generated AS SELECT g, "
                "CASE WHEN g % 10 < 6 THEN %1 WHEN g % 10 < 9 THEN %2 ELSE %3 END AS register_id, "
                "date_trunc('milliseconds', now() - make_interval(secs => (%4 - g) * "
                "(5 * 365 * 86400.0 / %4))) AS registered_at, "
                "replace(replace((%5::text[])[1 + (random() * 7)::int], '{t}', "
                "(%6::text[])[1 + (random() * (cardinality(%6::text[]) - 1))::int]), '{u}', "
                "(%6::text[])[1 + (random() * (cardinality(%6::text[]) - 1))::int]) "
                "|| CASE WHEN g % 25000 = 7 THEN ' ' || %7 ELSE '' END AS subject, "
                "(%8::text[])[1 + (random() * 7)::int] AS correspondent, "
                "(random() * 100)::int AS dice FROM generate_series(1, %4) g")
                .arg(incoming)
                .arg(outgoing)
                .arg(other)
                .arg(letters)
                .arg(arrayLiteral(frames))
                .arg(arrayLiteral(topics))
                .arg(sqlText(rare))
                .arg(arrayLiteral(correspondents));
        // Numbers run 1, 2, 3... per register and year, as the counters would have given them.
        const QStringList steps = {
            QStringLiteral("SET maintenance_work_mem = '512MB'"),
            QStringLiteral("BEGIN"),
            QStringLiteral("DROP INDEX saraban.letters_search"),
            QStringLiteral("SELECT setseed(0.42)"),
            generate,
            QStringLiteral(
                "CREATE TEMP TABLE numbered AS SELECT g.*, r.direction, "
                "(g.registered_at AT TIME ZONE 'Asia/Vientiane')::date AS day, "
                "extract(year FROM g.registered_at AT TIME ZONE 'Asia/Vientiane')::smallint AS "
                "year, "
                "row_number() OVER (PARTITION BY g.register_id, extract(year FROM "
                "g.registered_at AT TIME ZONE 'Asia/Vientiane') ORDER BY g.g)::int AS seq, "
                "u.abbreviation FROM generated g JOIN saraban.registers r ON r.id = g.register_id "
                "JOIN saraban.units u ON u.id = r.unit_id"),
            QStringLiteral(
                "INSERT INTO saraban.letters (register_id, direction, year, seq, number_text, "
                "number_norm, registered_at, registered_on, registered_by, letter_date, "
                "received_on, sent_on, subject, letter_type_id, urgency, confidentiality, "
                "correspondents, search_text) "
                "SELECT register_id, direction, year, seq, seq || '/' || abbreviation, "
                "saraban.normalize_search(seq || '/' || abbreviation), registered_at, day, "
                "(SELECT id FROM saraban.people WHERE login = 'bench_clerk'), day, "
                "CASE WHEN direction = 'incoming' THEN day END, "
                "CASE WHEN direction = 'outgoing' THEN day END, subject, 1 + dice % 10, "
                "CASE WHEN dice < 70 THEN 0 WHEN dice < 92 THEN 1 ELSE 2 END, "
                "CASE WHEN dice < 85 THEN 0 WHEN dice < 97 THEN 1 ELSE 2 END, correspondent, "
                "concat_ws(chr(31), saraban.normalize_search(seq || '/' || abbreviation), "
                "saraban.normalize_search(subject), saraban.normalize_search(correspondent)) "
                "FROM numbered ORDER BY g"),
            QStringLiteral("INSERT INTO saraban.number_counters (register_id, year, last_seq) "
                           "SELECT register_id, year, max(seq) FROM saraban.letters "
                           "GROUP BY register_id, year"),
            QStringLiteral("CREATE INDEX letters_search ON saraban.letters USING gin "
                           "(search_text gin_trgm_ops)"),
            QStringLiteral("COMMIT"),
            QStringLiteral("VACUUM ANALYZE saraban.letters"),
        };
        for (const QString &step : steps) {
            ServerQuery query(admin, step);
            need(query.exec(), step.left(60));
        }
    });
    QTextStream(stderr) << "bench_register: generated in " << qRound(loadMs / 1000) << " s"
                        << Qt::endl;
    // A deep keyset position in the big register, and how common each search term is.
    // 300,000 at a million letters.
    const qint64 deepOffset = letters * 3 / 10;
    QString deepAt;
    qint64 deepId = 0;
    {
        ServerQuery query(admin, QStringLiteral("SELECT to_char(registered_at AT TIME ZONE 'UTC', "
                                                "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), id FROM "
                                                "saraban.letters WHERE register_id = %1 ORDER BY "
                                                "registered_at DESC, id DESC OFFSET %2 LIMIT 1")
                                     .arg(incoming)
                                     .arg(deepOffset));
        need(query.exec(), QStringLiteral("deep key"));
        query.next();
        deepAt = query.value(0).toString();
        deepId = query.value(1).toLongLong();
    }
    const QString medium = topics.value(40); // one of 108 topics
    const QString common = QStringLiteral("ກອງປະຊຸມ");
    const auto countOf = [&](const QString &term) {
        ServerQuery query(admin,
                          QStringLiteral("SELECT count(*) FROM saraban.letters WHERE "
                                         "search_text LIKE '%' || "
                                         "saraban.normalize_search(CAST(:term AS text)) || '%'"));
        query.bind(QStringLiteral(":term"), term);
        need(query.exec(), QStringLiteral("count"));
        query.next();
        return query.value(0).toLongLong();
    };
    const qint64 rareCount = countOf(rare);
    const qint64 mediumCount = countOf(medium);
    const qint64 commonCount = countOf(common);
    qint64 totalLetters = 0;
    QString databaseSize;
    {
        ServerQuery query(admin, QStringLiteral("SELECT count(*), pg_size_pretty(pg_database_size("
                                                "current_database())) FROM saraban.letters"));
        need(query.exec(), QStringLiteral("size"));
        query.next();
        totalLetters = query.value(0).toLongLong();
        databaseSize = query.value(1).toString();
    }

    const ConnectionProfile clerkProfile = superuser.withUser(QStringLiteral("bench_clerk"))
                                               .withParameter(QStringLiteral("password"), password);
    const ConnectionProfile officerProfile =
        superuser.withUser(QStringLiteral("bench_officer"))
            .withParameter(QStringLiteral("password"), password);
    QSqlDatabase clerk = need(db::open(clerkProfile, QStringLiteral("bench-clerk")),
                              QStringLiteral("clerk connects"));
    QSqlDatabase officer = need(db::open(officerProfile, QStringLiteral("bench-officer")),
                                QStringLiteral("officer connects"));

    std::vector<Row> rows;
    // Registering one letter.
    {
        Row row{QStringLiteral("register one letter (register_letter)"), {}, {}, {}};
        LetterService service(clerk);
        LetterDraft draft;
        draft.registerId = incoming;
        draft.letterDate = QDate::currentDate();
        draft.receivedOn = QDate::currentDate();
        draft.parties << LetterParty{LetterParty::Role::From, organisationId, {}};
        draft.letterTypeId = 1;
        // In blocks, Saraban and psql taking turns, so that whatever else the machine does
        // weighs on both alike.
        constexpr int blocks = 5;
        int serial = 0;
        for (int block = 0; block < blocks; ++block) {
            for (int i = 0; i < registrations / blocks + 1; ++i) {
                draft.subject = QStringLiteral("ແຈ້ງການ ວ່າດ້ວຍ ກອງປະຊຸມ ສະບັບທີ %1").arg(++serial);
                const double ms =
                    timed([&] { need(service.registerLetter(draft), QStringLiteral("register")); });
                if (i > 0)
                    row.saraban.ms.push_back(ms);
            }
            QStringList statements;
            for (int i = 0; i < registrations / blocks + 1; ++i) {
                statements << QStringLiteral(
                                  "SELECT * FROM saraban.register_letter(p_register_id => %1, "
                                  "p_subject => 'ແຈ້ງການ ວ່າດ້ວຍ ກອງປະຊຸມ psql %2', "
                                  "p_letter_date => current_date, p_received_on => current_date, "
                                  "p_parties => '[{\"role\":\"from\",\"organisation_id\":%3}]', "
                                  "p_letter_type_id => 1)")
                                  .arg(incoming)
                                  .arg(++serial)
                                  .arg(organisationId);
            }
            const Samples times =
                psqlTimes(psql, clerkProfile, password, statements.mid(0, 1), statements.mid(1));
            row.psql.ms.insert(row.psql.ms.end(), times.ms.begin(), times.ms.end());
        }
        row.note = QStringLiteral("%1 calls, each its own transaction").arg(registrations);
        rows.push_back(row);
    }

    // Reading, as an officer of the unit.
    LetterQuery query(officer);
    QStringList plans; // the read statements, for --plans
    const auto measure = [&](const QString &name, const LetterFilter &filter, const PageKey &after,
                             const QString &sql, const QString &note) {
        Row row{name, {}, {}, note};
        int found = 0;
        constexpr int blocks = 5;
        for (int block = 0; block < blocks; ++block) {
            for (int i = 0; i < rounds / blocks + 1; ++i) {
                const double ms = timed([&] {
                    found = static_cast<int>(need(query.page(filter, after, 100), name).size());
                });
                if (i > 0)
                    row.saraban.ms.push_back(ms);
            }
            QStringList statements;
            for (int i = 0; i < rounds / blocks + 1; ++i)
                statements << sql;
            const Samples times =
                psqlTimes(psql, officerProfile, password, statements.mid(0, 1), statements.mid(1));
            row.psql.ms.insert(row.psql.ms.end(), times.ms.begin(), times.ms.end());
        }
        plans << QStringLiteral("-- ") + name + QLatin1Char('\n') + sql + QStringLiteral(";\n");
        row.note += QStringLiteral(" (%1 rows returned)").arg(found);
        rows.push_back(row);
    };
    LetterFilter registerPage;
    registerPage.registerId = incoming;
    measure(
        QStringLiteral("open a register: first page"), registerPage, PageKey{},
        QStringLiteral("SELECT * FROM saraban.letters_page(p_register_id => %1, p_limit => 100)")
            .arg(incoming),
        QStringLiteral("newest 100 of the big register"));
    PageKey deep{QDateTime::fromString(deepAt, Qt::ISODateWithMs), deepId};
    measure(QStringLiteral("open a register: deep page"), registerPage, deep,
            QStringLiteral("SELECT * FROM saraban.letters_page(p_register_id => %1, p_after_at => "
                           "'%2', p_after_id => %3, p_limit => 100)")
                .arg(incoming)
                .arg(deepAt)
                .arg(deepId),
            QStringLiteral("100 letters after the %1th").arg(deepOffset));
    for (const auto &[label, term, count] :
         {std::tuple{QStringLiteral("rare"), rare, rareCount},
          std::tuple{QStringLiteral("medium"), medium, mediumCount},
          std::tuple{QStringLiteral("common"), common, commonCount}}) {
        LetterFilter search;
        search.text = term;
        measure(QStringLiteral("Lao substring search, %1 term").arg(label), search, PageKey{},
                QStringLiteral("SELECT * FROM saraban.letters_page(p_text => %1, p_limit => 100)")
                    .arg(sqlText(term)),
                QStringLiteral("\"%1\" in %2 letters").arg(term).arg(count));
    }

#ifdef SARABAN_BENCH_VIEW
    // The register in the window: choosing a page until it is painted. A deep page is what a
    // clerk gets by asking for letters registered on or before a date far back (the keyset
    // starts there); the same letters_page() call in psql is the baseline.
    {
        DbWorker worker(officerProfile);
        {
            QEventLoop wait;
            QObject::connect(&worker, &DbWorker::connected, &wait, &QEventLoop::quit);
            QObject::connect(&worker, &DbWorker::connectionLost, &wait, &QEventLoop::quit);
            if (worker.state() != DbWorker::State::Connected)
                wait.exec();
            if (worker.state() != DbWorker::State::Connected)
                die(QStringLiteral("worker"),
                    Error{QStringLiteral("db"), QStringLiteral("no connection"), {}});
        }
        RegisterModel model(&worker);
        model.setPageSize(100);
        QTableView view;
        view.resize(1366, 768);
        view.setModel(&model);
        view.show();
        const auto shown = [&](const LetterFilter &filter) {
            return timed([&] {
                QEventLoop wait;
                const auto loaded =
                    QObject::connect(&model, &RegisterModel::pageLoaded, &wait, &QEventLoop::quit);
                const auto failed =
                    QObject::connect(&model, &RegisterModel::loadFailed, &wait, &QEventLoop::quit);
                model.setFilter(filter);
                wait.exec();
                QObject::disconnect(loaded);
                QObject::disconnect(failed);
                if (model.lastError())
                    die(QStringLiteral("register view"), *model.lastError());
                view.grab(); // paints every visible row now, as the next frame would
            });
        };
        QDate deepDate;
        {
            ServerQuery day(admin, QStringLiteral("SELECT registered_on FROM saraban.letters "
                                                  "WHERE id = %1")
                                       .arg(deepId));
            need(day.exec(), QStringLiteral("deep date"));
            day.next();
            deepDate = day.value(0).toDate();
        }
        for (const auto &[name, to] :
             {std::pair{QStringLiteral("register view: first page shown"), QDate()},
              std::pair{QStringLiteral("register view: deep page shown"), deepDate}}) {
            LetterFilter filter = registerPage;
            filter.to = to;
            Row row{name, {}, {}, {}};
            constexpr int blocks = 5;
            for (int block = 0; block < blocks; ++block) {
                for (int i = 0; i < rounds / blocks + 1; ++i) {
                    // Alternate with another filter so that every round really reloads.
                    LetterFilter elsewhere = filter;
                    elsewhere.letterTypeId = 1 + i % 10;
                    shown(elsewhere);
                    const double ms = shown(filter);
                    if (i > 0)
                        row.saraban.ms.push_back(ms);
                }
                QStringList statements;
                for (int i = 0; i < rounds / blocks + 1; ++i) {
                    // The call RegisterModel makes: a date bound also starts the keyset walk
                    // after that day (LetterQuery).
                    statements << (to.isValid()
                                       ? QStringLiteral("SELECT * FROM saraban.letters_page("
                                                        "p_register_id => %1, p_date_to => '%2', "
                                                        "p_after_at => '%3T00:00:00.000Z', "
                                                        "p_after_id => %4, p_limit => 100)")
                                             .arg(incoming)
                                             .arg(to.toString(Qt::ISODate))
                                             .arg(to.addDays(2).toString(Qt::ISODate))
                                             .arg(std::numeric_limits<qint64>::max())
                                       : QStringLiteral("SELECT * FROM saraban.letters_page("
                                                        "p_register_id => %1, p_limit => 100)")
                                             .arg(incoming));
                }
                const Samples times = psqlTimes(psql, officerProfile, password,
                                                statements.mid(0, 1), statements.mid(1));
                row.psql.ms.insert(row.psql.ms.end(), times.ms.begin(), times.ms.end());
            }
            row.note = to.isValid()
                           ? QStringLiteral("100 rows registered on or before %1, about the "
                                            "%2th letter, painted in a 1366x768 table")
                                 .arg(to.toString(Qt::ISODate))
                                 .arg(deepOffset)
                           : QStringLiteral("newest 100 rows painted in a 1366x768 table");
            rows.push_back(row);
        }
    }
#endif

    out() << "Letters: " << totalLetters << ", database " << databaseSize << ", generated in "
          << qRound(loadMs / 1000) << " s. Rounds: " << rounds << " per read, " << registrations
          << " registrations.\n\n"
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

    // How the server ran each read: auto_explain shows the plans inside letters_page().
    if (!plansFile.isEmpty()) {
        QTemporaryFile script(QStringLiteral("/tmp/bench-register-plans-XXXXXX.sql"));
        if (script.open()) {
            QTextStream stream(&script);
            stream << "LOAD 'auto_explain';\nSET auto_explain.log_min_duration = 0;\n"
                      "SET auto_explain.log_nested_statements = on;\n"
                      "SET auto_explain.log_analyze = on;\nSET auto_explain.log_buffers = on;\n"
                      "SET auto_explain.log_level = notice;\n"
                      "SET SESSION AUTHORIZATION bench_officer;\n\\o /dev/null\n"
                   << plans.join(QLatin1Char('\n'));
            stream.flush();
            QProcess process;
            process.setStandardOutputFile(plansFile);
            process.setStandardErrorFile(plansFile, QIODevice::Append);
            process.start(psql, {QStringLiteral("-X"), QStringLiteral("-e"), QStringLiteral("-h"),
                                 superuser.host(), QStringLiteral("-p"),
                                 QString::number(superuser.port()), QStringLiteral("-U"),
                                 superuser.user(), QStringLiteral("-d"), superuser.database(),
                                 QStringLiteral("-f"), script.fileName()});
            process.waitForFinished(600000);
        }
    }

    // Every handle must be gone before its connection is closed.
    clerk = QSqlDatabase();
    officer = QSqlDatabase();
    query = LetterQuery(QSqlDatabase());
    db::close(QStringLiteral("bench-clerk"));
    db::close(QStringLiteral("bench-officer"));
    organisation = OrganisationService(QSqlDatabase());
    people = PeopleService(QSqlDatabase());
    registers = RegisterService(QSqlDatabase());
    admin = QSqlDatabase();
    db::close(QStringLiteral("bench-admin"));
    need(server.stop(), QStringLiteral("stop the server"));
    return 0;
}
