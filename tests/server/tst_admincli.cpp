// saraban-admin's register commands, run as the program itself against a scratch database:
// org import, user add/grant/disable (password from standard input only), register add,
// audit verify (exit 1 naming the broken record) and demo (fast, refuses a second time).
#include "core/domain/newperson.h"
#include "core/pdf/letter.h"
#include "core/services/auditservice.h"
#include "core/services/peopleservice.h"
#include "tests/support/cluster.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace saraban;
using namespace saraban::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
            .arg(exitCode)
            .arg(out, err);
    }
};

} // namespace

class tst_AdminCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void orgImport();
    void userCommands();
    void passwordNeverOnTheCommandLine_data();
    void passwordNeverOnTheCommandLine();
    void registerAdd();
    void letterTemplate();
    void auditVerify();
    void demo();

private:
    // profile: whom to connect as (default: the scratch database's superuser).
    Run admin(const QStringList &arguments, const QByteArray &input = QByteArray(),
              const QString &database = QString(),
              const std::optional<ConnectionProfile> &as = std::nullopt) const;
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<ScratchDatabase> m_database;
    QTemporaryDir m_files;
    QString m_suffix;
};

void tst_AdminCli::initTestCase()
{
    m_database = std::make_unique<ScratchDatabase>(QStringLiteral("admincli"));
    SARABAN_VERIFY_OK(m_database->status());
    QVERIFY(m_files.isValid());
    m_suffix = QString::number(QRandomGenerator::global()->bounded(0x1000000), 16);
    const Run migrated = admin({QStringLiteral("migrate")});
    QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.describe()));
}

void tst_AdminCli::cleanupTestCase()
{
    m_database.reset();
}

Run tst_AdminCli::admin(const QStringList &arguments, const QByteArray &input,
                        const QString &database, const std::optional<ConnectionProfile> &as) const
{
    const ConnectionProfile profile =
        as ? *as
           : (database.isEmpty() ? m_database->profile()
                                 : m_database->profile().withDatabase(database));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SARABAN_DB"));
    // libpq's own variable: the connection string shown in --db never carries a password.
    if (as)
        environment.insert(QStringLiteral("PGPASSWORD"), as->parameter(QStringLiteral("password")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SARABAN_ADMIN_PATH),
                  QStringList{QStringLiteral("--db"), profile.connInfo(), QStringLiteral("--lang"),
                              QStringLiteral("en")} +
                      arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString tst_AdminCli::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(content);
    return file.fileName();
}

void tst_AdminCli::orgImport()
{
    // Children before parents and a quoted name with a comma: the importer sorts it out.
    const QString csv =
        writeFile(QStringLiteral("org.csv"),
                  "\xef\xbb\xbf"
                  "code,parent,kind,name_lo,name_en,abbreviation\r\n"
                  "CLI-DIV,CLI-DEPT,division,ຂະແໜງ ບໍລິຫານ,Administration Division,ບຫ\r\n"
                  "CLI-DEPT,CLI-PROV,department,\"ພະແນກ ໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ\","
                  "\"Department of Posts, Telecommunications and Communications\",ປທສ\r\n"
                  "CLI-PROV,,province,ແຂວງ ຄຳມ່ວນ,Khammouane Province,ຄມ\r\n");
    Run run = admin({QStringLiteral("org"), QStringLiteral("import"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QLatin1String("3 unit(s) added, 0 updated")), qPrintable(run.out));
    run = admin({QStringLiteral("org"), QStringLiteral("import"), csv});
    QVERIFY2(run.out.contains(QLatin1String("0 unit(s) added, 3 updated")), qPrintable(run.out));
    ScopedConnection connection(m_database->profile());
    auto name = connection.value(
        QStringLiteral("SELECT name_lo FROM saraban.units WHERE code = 'CLI-DEPT'"));
    SARABAN_VERIFY_OK(name);
    QCOMPARE(name->toString(), QStringLiteral("ພະແນກ ໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ"));

    // A bad file changes nothing and says which unit.
    const QString bad =
        writeFile(QStringLiteral("bad.csv"), "code,parent,kind,name_lo,name_en,abbreviation\n"
                                             "CLI-OK,CLI-PROV,division,ຂະແໜງ ແຜນການ,Planning,ຜກ\n"
                                             "CLI-BAD,CLI-PROV,team,ທີມ,Team,ທມ\n");
    run = admin({QStringLiteral("org"), QStringLiteral("import"), bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("CLI-BAD")), qPrintable(run.err));
    auto count = connection.value(QStringLiteral("SELECT count(*) FROM saraban.units"));
    SARABAN_VERIFY_OK(count);
    QCOMPARE(count->toInt(), 3);
    run = admin({QStringLiteral("org"), QStringLiteral("import"),
                 writeFile(QStringLiteral("header.csv"), "code;name\nX;Y\n")});
    QCOMPARE(run.exitCode, 1);
    run = admin({QStringLiteral("org"), QStringLiteral("import"),
                 m_files.filePath(QStringLiteral("missing.csv"))});
    QCOMPARE(run.exitCode, 2);
    run = admin({QStringLiteral("org"), QStringLiteral("export")});
    QCOMPARE(run.exitCode, 2);
}

void tst_AdminCli::userCommands()
{
    const QString login = QStringLiteral("cliclerk_") + m_suffix;
    const QString password = QStringLiteral("ລະຫັດຜ່ານ-ຍາວພໍ");
    Run run = admin({QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--name"),
                     QStringLiteral("ນາງ ສົມພອນ ແກ້ວມະນີ"), QStringLiteral("--title"),
                     QStringLiteral("ພະນັກງານສາລະບັນ"), QStringLiteral("--unit"),
                     QStringLiteral("CLI-DEPT"), QStringLiteral("--role"), QStringLiteral("clerk")},
                    password.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // The new person signs in with that password, and only with it.
    const ConnectionProfile asClerk = m_database->profile().withUser(login);
    ScopedConnection clerk(asClerk.withParameter(QStringLiteral("password"), password));
    SARABAN_VERIFY_OK(clerk.status());
    ScopedConnection wrong(
        asClerk.withParameter(QStringLiteral("password"), QStringLiteral("nope-nope")));
    QVERIFY(!wrong.ok());

    run = admin({QStringLiteral("user"), QStringLiteral("grant"), login, QStringLiteral("--unit"),
                 QStringLiteral("CLI-DIV"), QStringLiteral("--role"), QStringLiteral("officer")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // Refused by the server: exit 1 and the server's reason.
    run = admin({QStringLiteral("user"), QStringLiteral("grant"), login, QStringLiteral("--unit"),
                 QStringLiteral("CLI-DIV"), QStringLiteral("--role"), QStringLiteral("officer")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("already has this role")), qPrintable(run.err));
    run = admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Bad-Login"),
                 QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--unit"),
                 QStringLiteral("CLI-DEPT"), QStringLiteral("--role"), QStringLiteral("clerk")},
                "long enough password\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("login name")), qPrintable(run.err));
    run = admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("short_") + m_suffix,
                 QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--unit"),
                 QStringLiteral("CLI-DEPT"), QStringLiteral("--role"), QStringLiteral("clerk")},
                "short\n");
    QCOMPARE(run.exitCode, 1);
    run = admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x_") + m_suffix,
                 QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--unit"),
                 QStringLiteral("CLI-DEPT"), QStringLiteral("--role"), QStringLiteral("minister")},
                "long enough password\n");
    QCOMPARE(run.exitCode, 2);

    run = admin({QStringLiteral("user"), QStringLiteral("disable"), login});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    ScopedConnection disabled(asClerk.withParameter(QStringLiteral("password"), password));
    QVERIFY(!disabled.ok());
    run = admin({QStringLiteral("user"), QStringLiteral("disable"), login});
    QCOMPARE(run.exitCode, 1);
}

void tst_AdminCli::passwordNeverOnTheCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("--password") << QStringList{QStringLiteral("--password"),
                                               QStringLiteral("secret-secret")}
                                << QByteArray("secret-secret\n");
    QTest::newRow("--password=") << QStringList{QStringLiteral("--password=secret-secret")}
                                 << QByteArray("secret-secret\n");
    QTest::newRow("no password on standard input") << QStringList{} << QByteArray();
}

void tst_AdminCli::passwordNeverOnTheCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const QString login = QStringLiteral("nopass_") + m_suffix;
    const Run run = admin(QStringList{QStringLiteral("user"), QStringLiteral("add"), login,
                                      QStringLiteral("--name"), QStringLiteral("x"),
                                      QStringLiteral("--unit"), QStringLiteral("CLI-DEPT"),
                                      QStringLiteral("--role"), QStringLiteral("clerk")} +
                              arguments,
                          input);
    QCOMPARE(run.exitCode, 2);
    ScopedConnection connection(m_database->profile());
    auto exists = connection.value(
        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(login));
    SARABAN_VERIFY_OK(exists);
    QCOMPARE(exists->toInt(), 0);
}

void tst_AdminCli::registerAdd()
{
    Run run = admin({QStringLiteral("register"), QStringLiteral("add"), QStringLiteral("--unit"),
                     QStringLiteral("CLI-DEPT"), QStringLiteral("--code"), QStringLiteral("IN"),
                     QStringLiteral("--direction"), QStringLiteral("incoming"),
                     QStringLiteral("--name"), QStringLiteral("ປຶ້ມທະບຽນ ໜັງສືຂາເຂົ້າ"),
                     QStringLiteral("--template"), QStringLiteral("{seq}/{abbr}.")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run =
        admin({QStringLiteral("register"), QStringLiteral("add"), QStringLiteral("--unit"),
               QStringLiteral("CLI-DEPT"), QStringLiteral("--code"), QStringLiteral("OUT"),
               QStringLiteral("--direction"), QStringLiteral("outgoing"), QStringLiteral("--name"),
               QStringLiteral("ຂາອອກ"), QStringLiteral("--no-yearly-reset")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // The same code again: refused by the server.
    run = admin({QStringLiteral("register"), QStringLiteral("add"), QStringLiteral("--unit"),
                 QStringLiteral("CLI-DEPT"), QStringLiteral("--code"), QStringLiteral("IN"),
                 QStringLiteral("--direction"), QStringLiteral("incoming"),
                 QStringLiteral("--name"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 1);
    run = admin({QStringLiteral("register"), QStringLiteral("add"), QStringLiteral("--unit"),
                 QStringLiteral("CLI-DEPT"), QStringLiteral("--code"), QStringLiteral("X"),
                 QStringLiteral("--direction"), QStringLiteral("upward"), QStringLiteral("--name"),
                 QStringLiteral("x")});
    QCOMPARE(run.exitCode, 2);
    ScopedConnection connection(m_database->profile());
    auto registers = connection.value(QStringLiteral(
        "SELECT string_agg(code || ':' || template || ':' || yearly_reset, ',' ORDER BY code) "
        "FROM saraban.registers"));
    SARABAN_VERIFY_OK(registers);
    QCOMPARE(registers->toString(), QStringLiteral("IN:{seq}/{abbr}.:true,OUT:{seq}/{abbr}:false"));
}

// A unit's administrator changes its letter template; the units below inherit it; a clerk and
// a broken file are refused and change nothing.
void tst_AdminCli::letterTemplate()
{
    ScopedConnection super(m_database->profile());
    SARABAN_VERIFY_OK(super.status());
    const QString password = QStringLiteral("template password");
    const auto addPerson = [&](const QString &login, MemberRole role) {
        NewPerson person;
        person.login = login;
        person.fullName = QStringLiteral("ທ້າວ ທົດສອບ ແບບຟອມ");
        person.unitCode = QStringLiteral("CLI-DEPT");
        person.role = role;
        return PeopleService(super.database()).addPerson(person, password);
    };
    const QString adminLogin = QStringLiteral("tpladmin_") + m_suffix;
    const QString clerkLogin = QStringLiteral("tplclerk_") + m_suffix;
    SARABAN_VERIFY_OK(addPerson(adminLogin, MemberRole::Admin));
    SARABAN_VERIFY_OK(addPerson(clerkLogin, MemberRole::Clerk));
    const auto as = [&](const QString &login) {
        return m_database->profile().withUser(login).withParameter(QStringLiteral("password"),
                                                                   password);
    };
    const QString file = writeFile(QStringLiteral("template.json"), R"({
        "issuer": ["ແຂວງ ຄຳມ່ວນ", "ພະແນກ ໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ"],
        "place": "ທ່າແຂກ",
        "signature": [0.5, 0.72, 0.4, 0.1]
    })");
    QVERIFY(!file.isEmpty());

    Run run = admin({QStringLiteral("template"), QStringLiteral("set"), QStringLiteral("--unit"),
                     QStringLiteral("CLI-DEPT"), file},
                    {}, {}, as(adminLogin));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // The division below has none of its own: it shows its department's, and the fields the
    // file did not name kept the defaults.
    run = admin({QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("--unit"),
                 QStringLiteral("CLI-DIV")},
                {}, {}, as(clerkLogin));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("place")).toString(), QStringLiteral("ທ່າແຂກ"));
    QCOMPARE(shown.value(QStringLiteral("issuer")).toArray().size(), 2);
    QCOMPARE(shown.value(QStringLiteral("stateLine1")).toString(),
             pdf::LetterTemplate{}.stateLine1);
    // Stored as real: compare to its precision.
    QVERIFY(qAbs(shown.value(QStringLiteral("signature")).toArray().at(1).toDouble() - 0.72) <
            1e-6);

    // A clerk may look but not change it: the server says why, naming the rule.
    run = admin({QStringLiteral("template"), QStringLiteral("set"), QStringLiteral("--unit"),
                 QStringLiteral("CLI-DEPT"), file},
                {}, {}, as(clerkLogin));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("not an administrator of this unit")),
             qPrintable(run.describe()));
    // A broken file is refused before anything connects.
    const QString broken =
        writeFile(QStringLiteral("broken.json"), R"({"place": 7, "issuer": "one line"})");
    run = admin({QStringLiteral("template"), QStringLiteral("set"), QStringLiteral("--unit"),
                 QStringLiteral("CLI-DEPT"), broken},
                {}, {}, as(adminLogin));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("\"place\"")), qPrintable(run.describe()));
    auto places = super.value(QStringLiteral(
        "SELECT string_agg(place, ',') FROM saraban.letter_templates t JOIN saraban.units u ON "
        "u.id = t.unit_id WHERE u.code LIKE 'CLI-%'"));
    SARABAN_VERIFY_OK(places);
    QCOMPARE(places->toString(), QStringLiteral("ທ່າແຂກ"));
}

void tst_AdminCli::auditVerify()
{
    Run run = admin({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(QLatin1String("intact")));
    // A superuser edits record 2 behind the chain's back.
    ScopedConnection connection(m_database->profile());
    for (const char *statement :
         {"ALTER TABLE saraban.audit_log DISABLE TRIGGER audit_log_append_only",
          "UPDATE saraban.audit_log SET data = '{}' WHERE seq = 2",
          "ALTER TABLE saraban.audit_log ENABLE ALWAYS TRIGGER audit_log_append_only"})
        SARABAN_VERIFY_OK(connection.execute(QString::fromLatin1(statement)));
    run = admin({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("record 2 was changed")), qPrintable(run.err));
    // In Lao too.
    QProcess process;
    process.start(QStringLiteral(SARABAN_ADMIN_PATH),
                  {QStringLiteral("--db"), m_database->profile().connInfo(),
                   QStringLiteral("--lang"), QStringLiteral("lo"), QStringLiteral("audit"),
                   QStringLiteral("verify")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1Char('2')));
    run = admin({QStringLiteral("audit")});
    QCOMPARE(run.exitCode, 2);
}

void tst_AdminCli::demo()
{
    ScratchDatabase demoDatabase(QStringLiteral("demo"));
    SARABAN_VERIFY_OK(demoDatabase.status());
    const QString suffix = QStringLiteral("d") + m_suffix;
    // A shared server is migrated by its administrator, never by another command.
    Run run = admin({QStringLiteral("demo")}, QByteArray(), demoDatabase.name());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("migrate")), qPrintable(run.err));
    run = admin({QStringLiteral("migrate")}, QByteArray(), demoDatabase.name());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QElapsedTimer timer;
    timer.start();
    run = admin({QStringLiteral("demo"), QStringLiteral("--suffix"), suffix}, QByteArray(),
                demoDatabase.name());
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    qInfo("demo built in %lld ms", elapsed);
    QVERIFY2(elapsed < 60000, "the demo must be built well under a minute");
    QVERIFY(run.out.contains(QLatin1String("saraban-demo")));

    ScopedConnection connection(demoDatabase.profile());
    auto counts = connection.value(
        QStringLiteral("SELECT (SELECT count(*) FROM saraban.people) || ' ' || "
                       "(SELECT count(DISTINCT role) FROM saraban.memberships) || ' ' || "
                       "(SELECT count(*) FROM saraban.letters) || ' ' || "
                       "(SELECT count(*) > 2000 FROM saraban.files)"));
    SARABAN_VERIFY_OK(counts);
    // 3000 letters registered, and one issued from a signed draft (core/services/approvaldemo).
    QCOMPARE(counts->toString(), QStringLiteral("21 5 3001 true"));
    auto report = AuditService(connection.database()).verify();
    SARABAN_VERIFY_OK(report);
    QVERIFY(report->ok());

    // A demo person signs in with the documented password and sees their unit's letters.
    ScopedConnection clerk(
        demoDatabase.profile()
            .withUser(QStringLiteral("somphone_") + suffix)
            .withParameter(QStringLiteral("password"), QStringLiteral("saraban-demo")));
    SARABAN_VERIFY_OK(clerk.status());
    auto visible = clerk.value(QStringLiteral("SELECT count(*) FROM saraban.letters"));
    SARABAN_VERIFY_OK(visible);
    QVERIFY(visible->toInt() >= 2000 && visible->toInt() < 3000);

    // Never over an organisation that is there already.
    run = admin({QStringLiteral("demo"), QStringLiteral("--suffix"), suffix + QStringLiteral("x")},
                QByteArray(), demoDatabase.name());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("empty")), qPrintable(run.err));
    run = admin({QStringLiteral("demo"), QStringLiteral("--if-empty")}, QByteArray(),
                demoDatabase.name());
    QCOMPARE(run.exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_AdminCli)
#include "tst_admincli.moc"
