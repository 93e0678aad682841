// The database is the security boundary (architecture.md §1): people sign in as their own
// roles, hold no INSERT/UPDATE/DELETE anywhere, and change things only through owner-owned
// SECURITY DEFINER functions with a fixed search_path that only the right groups may execute.
#include "core/services/servererror.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QTest>

#include <map>
#include <memory>

using namespace saraban;
using namespace saraban::test;

class tst_ServerSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyoneSignsInAsThemselves_data();
    void everyoneSignsInAsThemselves();
    void disabledPersonCannotSignIn();
    void directWritesRefused_data();
    void directWritesRefused();
    void noWritePrivilegeGranted();
    void functionsAreOwnedAndPinned();
    void executeRights_data();
    void executeRights();
    void errorsFollowTheConvention();

private:
    std::unique_ptr<OrgFixture> m_fixture;
    std::map<QString, std::unique_ptr<ScopedConnection>> m_people;
};

void tst_ServerSecurity::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("security"));
    SARABAN_VERIFY_OK(m_fixture->status());
    for (const QString &who : OrgFixture::people()) {
        if (who == QLatin1String("gone"))
            continue;
        auto connection = std::make_unique<ScopedConnection>(m_fixture->as(who));
        SARABAN_VERIFY_OK(connection->status());
        m_people[who] = std::move(connection);
    }
}

void tst_ServerSecurity::cleanupTestCase()
{
    m_people.clear();
    m_fixture.reset();
}

void tst_ServerSecurity::everyoneSignsInAsThemselves_data()
{
    QTest::addColumn<QString>("who");
    for (const auto &[who, connection] : m_people)
        QTest::newRow(qPrintable(who)) << who;
}

void tst_ServerSecurity::everyoneSignsInAsThemselves()
{
    QFETCH(QString, who);
    const ScopedConnection &connection = *m_people.at(who);
    auto user = connection.value(QStringLiteral("SELECT session_user::text"));
    SARABAN_VERIFY_OK(user);
    QCOMPARE(user->toString(), m_fixture->login(who));
    // Not a superuser, cannot create roles or databases, and cannot pretend to be someone else.
    auto attributes = connection.value(QStringLiteral(
        "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles "
        "WHERE rolname = session_user"));
    SARABAN_VERIFY_OK(attributes);
    QCOMPARE(attributes->toBool(), false);
    const QString other =
        who == QLatin1String("heada") ? QStringLiteral("clerka") : QStringLiteral("heada");
    const Status impersonate = connection.execute(
        QStringLiteral("SET SESSION AUTHORIZATION %1").arg(m_fixture->login(other)));
    QVERIFY(!impersonate.ok());
    const Status wrongPassword =
        ScopedConnection(m_fixture->as(who).withParameter(QStringLiteral("password"),
                                                          QStringLiteral("not the password")))
            .status();
    QVERIFY(!wrongPassword.ok());
}

void tst_ServerSecurity::disabledPersonCannotSignIn()
{
    ScopedConnection gone(m_fixture->as(QStringLiteral("gone")));
    QVERIFY(!gone.ok());
}

void tst_ServerSecurity::directWritesRefused_data()
{
    QTest::addColumn<QString>("statement");
    ScopedConnection admin(m_fixture->superuser());
    SARABAN_VERIFY_OK(admin.status());
    // Every table of the schema, with a column for a harmless-looking UPDATE (not an identity
    // column, which PostgreSQL refuses to set before it even checks privileges).
    auto tables = admin.column(QStringLiteral(
        "SELECT c.relname || ' ' || (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = "
        "c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attidentity = '' ORDER BY "
        "a.attnum LIMIT 1) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'saraban' AND c.relkind = 'r' ORDER BY 1"));
    SARABAN_VERIFY_OK(tables);
    QVERIFY(tables->size() >= 18);
    for (const QVariant &row : *tables) {
        const QStringList parts = row.toString().split(QLatin1Char(' '));
        const QString table = QStringLiteral("saraban.") + parts.at(0);
        const QString column = parts.at(1);
        QTest::addRow("%s insert", qPrintable(parts.at(0)))
            << QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table);
        QTest::addRow("%s update", qPrintable(parts.at(0)))
            << QStringLiteral("UPDATE %1 SET %2 = %2").arg(table, column);
        QTest::addRow("%s delete", qPrintable(parts.at(0)))
            << QStringLiteral("DELETE FROM %1").arg(table);
        QTest::addRow("%s truncate", qPrintable(parts.at(0)))
            << QStringLiteral("TRUNCATE %1").arg(table);
    }
}

void tst_ServerSecurity::directWritesRefused()
{
    QFETCH(QString, statement);
    for (const auto &[who, connection] : m_people) {
        const Status status = connection->execute(statement);
        QVERIFY2(!status.ok(), qPrintable(who + QStringLiteral(" was allowed: ") + statement));
        QVERIFY2(status.error().code == QLatin1String("sql.42501"),
                 qPrintable(who + QStringLiteral(": ") + status.error().code + QLatin1Char(' ') +
                            status.error().message));
    }
}

void tst_ServerSecurity::noWritePrivilegeGranted()
{
    ScopedConnection admin(m_fixture->superuser());
    SARABAN_VERIFY_OK(admin.status());
    // Whatever someone other than a table's owner may do to it: only SELECT.
    auto grants = admin.column(QStringLiteral(
        "SELECT c.relname || ': ' || coalesce(r.rolname, 'PUBLIC') || ' ' || a.privilege_type "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "CROSS JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a "
        "LEFT JOIN pg_roles r ON r.oid = a.grantee "
        "WHERE n.nspname = 'saraban' AND a.grantee <> c.relowner AND a.privilege_type <> "
        "'SELECT' ORDER BY 1"));
    SARABAN_VERIFY_OK(grants);
    QVERIFY2(grants->isEmpty(), qPrintable(QVariant(*grants).toStringList().join(u", ")));
    // Every table but the migrator's own belongs to saraban_owner.
    auto owners = admin.column(QStringLiteral(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'saraban' AND c.relkind = 'r' AND c.relname <> 'schema_version' "
        "AND pg_get_userbyid(c.relowner) <> 'saraban_owner'"));
    SARABAN_VERIFY_OK(owners);
    QVERIFY2(owners->isEmpty(), qPrintable(QVariant(*owners).toStringList().join(u", ")));
}

void tst_ServerSecurity::functionsAreOwnedAndPinned()
{
    ScopedConnection admin(m_fixture->superuser());
    SARABAN_VERIFY_OK(admin.status());
    // Owned by saraban_owner, with search_path fixed, and never executable by PUBLIC (what
    // an extension such as pg_trgm keeps in the schema is the extension's).
    auto bad = admin.column(QStringLiteral(
        "SELECT p.oid::regprocedure::text FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'saraban' "
        "AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass "
        "AND d.objid = p.oid AND d.deptype = 'e') AND ("
        "pg_get_userbyid(p.proowner) <> 'saraban_owner' "
        "OR NOT coalesce('search_path=saraban, pg_temp' = ANY (p.proconfig), false) "
        "OR p.proacl IS NULL "
        "OR EXISTS (SELECT FROM aclexplode(p.proacl) a WHERE a.grantee = 0))"));
    SARABAN_VERIFY_OK(bad);
    QVERIFY2(bad->isEmpty(), qPrintable(QVariant(*bad).toStringList().join(u", ")));
    auto definers = admin.value(QStringLiteral(
        "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'saraban' AND p.prosecdef"));
    SARABAN_VERIFY_OK(definers);
    QVERIFY(definers->toInt() >= 15);
}

void tst_ServerSecurity::executeRights_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QStringList>("allowed");
    const QStringList everyone = {
        QStringLiteral("adminprov"), QStringLiteral("admina"),  QStringLiteral("archivista"),
        QStringLiteral("clerka"),    QStringLiteral("clerka2"), QStringLiteral("clerkb"),
        QStringLiteral("heada"),     QStringLiteral("multi"),   QStringLiteral("officera")};
    const QStringList clerks = {QStringLiteral("clerka"), QStringLiteral("clerka2"),
                                QStringLiteral("clerkb"), QStringLiteral("multi")};
    const QStringList admins = {QStringLiteral("adminprov"), QStringLiteral("admina")};
    QTest::newRow("register_letter")
        << QStringLiteral("saraban.register_letter(integer, text, date, date, date, text, jsonb, "
                          "integer, smallint, smallint, bytea, text, jsonb, bigint)")
        << clerks;
    QTest::newRow("letter_add_attachment")
        << QStringLiteral("saraban.letter_add_attachment(bigint, bytea, text)") << clerks;
    QTest::newRow("number_reserve")
        << QStringLiteral("saraban.number_reserve(integer, text)") << clerks;
    QTest::newRow("number_release")
        << QStringLiteral("saraban.number_release(bigint, text)") << clerks;
    QTest::newRow("organisation_add")
        << QStringLiteral("saraban.organisation_add(text, text, text)") << clerks + admins;
    QTest::newRow("unit_save") << QStringLiteral(
                                      "saraban.unit_save(text, text, text, text, text, text)")
                               << admins;
    QTest::newRow("person_add")
        << QStringLiteral("saraban.person_add(text, text, text, smallint, text, text, text)")
        << admins;
    QTest::newRow("person_disable") << QStringLiteral("saraban.person_disable(text)") << admins;
    QTest::newRow("register_add")
        << QStringLiteral("saraban.register_add(text, text, text, text, text, text, boolean)")
        << admins;
    QTest::newRow("setting_set") << QStringLiteral("saraban.setting_set(text, text)") << admins;
    QTest::newRow("letters_page")
        << QStringLiteral("saraban.letters_page(integer, text, text, boolean, date, date, "
                          "integer, text, text, timestamptz, bigint, integer)")
        << everyone;
    QTest::newRow("file_content") << QStringLiteral("saraban.file_content(bytea)") << everyone;
    QTest::newRow("audit (internal)")
        << QStringLiteral("saraban.audit(text, text, text, jsonb)") << QStringList();
    QTest::newRow("take_number (internal)")
        << QStringLiteral("saraban.take_number(saraban.registers)") << QStringList();
    QTest::newRow("store_file (internal)")
        << QStringLiteral("saraban.store_file(bytea, text, boolean, integer)") << QStringList();
    QTest::newRow("fail (internal)")
        << QStringLiteral("saraban.fail(text, text, text, text, text, text)") << QStringList();
}

void tst_ServerSecurity::executeRights()
{
    QFETCH(QString, function);
    QFETCH(QStringList, allowed);
    for (const auto &[who, connection] : m_people) {
        auto may = connection->value(
            QStringLiteral("SELECT has_function_privilege('%1', 'EXECUTE')").arg(function));
        SARABAN_VERIFY_OK(may);
        QVERIFY2(may->toBool() == allowed.contains(who),
                 qPrintable(who +
                            (may->toBool() ? QStringLiteral(" may execute ")
                                           : QStringLiteral(" may not execute ")) +
                            function));
    }
}

void tst_ServerSecurity::errorsFollowTheConvention()
{
    const ScopedConnection &clerk = *m_people.at(QStringLiteral("clerka"));
    ServerQuery query(clerk.database(),
                      QStringLiteral("SELECT * FROM saraban.register_letter(CAST(:register AS "
                                     "integer), CAST(:subject AS text), current_date)"));
    query.bind(QStringLiteral(":register"), m_fixture->registerId(QStringLiteral("A-IN")))
        .bind(QStringLiteral(":subject"), QStringLiteral("   "));
    const Status status = query.exec();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, QStringLiteral("letter.subject.empty"));

    // The parts, as the server sent them.
    const auto parsed = ServerError::parse(query.query().lastError());
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->kind, ServerError::Kind::BadInput);
    QCOMPARE(parsed->code, QStringLiteral("letter.subject.empty"));
    QCOMPARE(parsed->field, QStringLiteral("subject"));
    QCOMPARE(parsed->rule, QStringLiteral("required"));
    QCOMPARE(parsed->english, QStringLiteral("The subject is empty."));
    QCOMPARE(parsed->lao, QStringLiteral("ຫົວເລື່ອງ ຫວ່າງເປົ່າ."));
    QCOMPARE(query.query().lastError().nativeErrorCode(), QStringLiteral("SBVAL"));
    // Lao is the interface language here: the message is Lao, the detail English.
    QCOMPARE(status.error().message, parsed->lao);
    QVERIFY(status.error().detail.contains(parsed->english));
    QVERIFY(status.error().detail.contains(QStringLiteral("subject")));
}

QTEST_GUILESS_MAIN(tst_ServerSecurity)
#include "tst_serversecurity.moc"
