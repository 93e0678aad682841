// The organisation functions: units, people, memberships, disabling, outside organisations.
// For each, what it allows and what it refuses (wrong unit, wrong role, too much clearance,
// bad input), run as the people themselves; a refusal changes nothing, a change is audited.
#include "core/services/peopleservice.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QTest>

#include <memory>

using namespace saraban;
using namespace saraban::test;

class tst_Organisation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void saveUnit_data();
    void saveUnit();
    void addPerson_data();
    void addPerson();
    void newPersonSignsIn();
    void addMembership_data();
    void addMembership();
    void disablePerson_data();
    void disablePerson();
    void disabledSessionIsRefused();
    void addOrganisation_data();
    void addOrganisation();
    void addContact_data();
    void addContact();
    void saveLetterType_data();
    void saveLetterType();

private:
    // Runs sql as who ("superuser" for the cluster's superuser) and checks the outcome: success
    // when expected is empty, else that error code, with nothing changed on the server.
    void expect(const QString &who, const QString &sql, const Bindings &bindings,
                const QString &expected);
    // A fingerprint of everything the organisation functions may change.
    QString state() const;

    std::unique_ptr<OrgFixture> m_fixture;
};

void tst_Organisation::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("organisation"));
    SARABAN_VERIFY_OK(m_fixture->status());
}

void tst_Organisation::cleanupTestCase()
{
    m_fixture.reset();
}

QString tst_Organisation::state() const
{
    ScopedConnection admin(m_fixture->superuser());
    auto value = admin.value(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM saraban.units) || '/' || "
            "(SELECT count(*) FROM saraban.people) || '/' || "
            "(SELECT count(*) FROM saraban.people WHERE active) || '/' || "
            "(SELECT count(*) FROM saraban.memberships) || '/' || "
            "(SELECT count(*) FROM saraban.organisations) || '/' || "
            "(SELECT count(*) FROM saraban.contacts) || '/' || "
            "(SELECT last_seq FROM saraban.audit_head) || '/' || "
            // Roles are cluster-wide and other tests add theirs: count this fixture's only.
            "(SELECT count(*) FROM pg_roles WHERE rolname LIKE '%\\_%1') || '/' || "
            "(SELECT md5(string_agg(u::text, ',' ORDER BY u.id)) FROM saraban.units u)")
            .arg(m_fixture->suffix()));
    return value.ok() ? value->toString() : value.error().toString();
}

void tst_Organisation::expect(const QString &who, const QString &sql, const Bindings &bindings,
                              const QString &expected)
{
    const ConnectionProfile profile =
        who == QLatin1String("superuser") ? m_fixture->superuser() : m_fixture->as(who);
    ScopedConnection connection(profile);
    SARABAN_VERIFY_OK(connection.status());
    const QString before = state();
    const qint64 auditBefore = number(ScopedConnection(m_fixture->superuser()),
                                      QStringLiteral("SELECT last_seq FROM saraban.audit_head"));
    const Status status = call(connection.database(), sql, bindings);
    if (expected.isEmpty()) {
        SARABAN_VERIFY_OK(status);
        // Exactly one audit record per change.
        const qint64 auditAfter = number(ScopedConnection(m_fixture->superuser()),
                                         QStringLiteral("SELECT last_seq FROM saraban.audit_head"));
        QCOMPARE(auditAfter, auditBefore + 1);
    } else {
        QVERIFY2(!status.ok(), "expected a refusal, got success");
        QCOMPARE(status.error().code, expected);
        QVERIFY(!status.error().message.isEmpty());
        QCOMPARE(state(), before);
    }
}

static const QString unitSaveSql =
    QStringLiteral("SELECT * FROM saraban.unit_save(CAST(:code AS text), CAST(:parent AS text), "
                   "CAST(:kind AS text), CAST(:name_lo AS text), CAST(:name_en AS text), "
                   "CAST(:abbreviation AS text))");

void tst_Organisation::saveUnit_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("nameLao");
    QTest::addColumn<QString>("abbreviation");
    QTest::addColumn<QString>("expected");
    const QString name = QStringLiteral("ຂະແໜງ ແຜນການ");
    const QString abbr = QStringLiteral("ຜກ");
    const QString division = QStringLiteral("division");
    QTest::newRow("superuser adds a top-level unit") << "superuser"
                                                     << "PROV2"
                                                     << ""
                                                     << "province"
                                                     << "ແຂວງ ຫຼວງພະບາງ"
                                                     << "ລພ"
                                                     << "";
    QTest::newRow("admin adds below own unit") << "admina"
                                               << "DIVA2"
                                               << "DEPTA" << division << name << abbr << "";
    QTest::newRow("admin adds two levels down") << "admina"
                                                << "SECA11"
                                                << "DIVA1"
                                                << "section" << name << abbr << "";
    QTest::newRow("province admin adds in another department")
        << "adminprov"
        << "DIVB1"
        << "DEPTB" << division << name << abbr << "";
    QTest::newRow("admin renames own unit") << "admina"
                                            << "DIVA1"
                                            << "DEPTA" << division << "ຂະແໜງ ບໍລິຫານ ແລະ ຈັດຕັ້ງ"
                                            << "ບຫ"
                                            << "";
    QTest::newRow("wrong unit: admin of A adds below B")
        << "admina"
        << "DIVB2"
        << "DEPTB" << division << name << abbr << "auth.not_admin";
    QTest::newRow("wrong unit: admin of A renames B")
        << "admina"
        << "DEPTB"
        << "PROV"
        << "department" << name << abbr << "auth.not_admin";
    QTest::newRow("admin of A adds a top-level unit")
        << "admina"
        << "TOP3"
        << ""
        << "province" << name << abbr << "auth.not_admin";
    QTest::newRow("wrong role: clerk") << "clerka"
                                       << "DIVA3"
                                       << "DEPTA" << division << name << abbr << "auth.denied";
    QTest::newRow("wrong role: head") << "heada"
                                      << "DIVA3"
                                      << "DEPTA" << division << name << abbr << "auth.denied";
    QTest::newRow("bad code") << "admina"
                              << "DIV A3"
                              << "DEPTA" << division << name << abbr << "unit.code.invalid";
    QTest::newRow("unknown kind") << "admina"
                                  << "DIVA3"
                                  << "DEPTA"
                                  << "team" << name << abbr << "unit.kind.unknown";
    QTest::newRow("empty Lao name") << "admina"
                                    << "DIVA3"
                                    << "DEPTA" << division << "  " << abbr << "unit.name_lo.empty";
    QTest::newRow("over-long Lao name")
        << "admina"
        << "DIVA3"
        << "DEPTA" << division << QString(201, QChar(0x0E81)) << abbr << "unit.name_lo.too_long";
    QTest::newRow("replacement character (bad UTF-8 upstream)")
        << "admina"
        << "DIVA3"
        << "DEPTA" << division << QStringLiteral("ຂະແໜງ\uFFFD") << abbr << "unit.name_lo.encoding";
    QTest::newRow("control character")
        << "admina"
        << "DIVA3"
        << "DEPTA" << division << QStringLiteral("ຂະແໜງ\u0007") << abbr << "unit.name_lo.control";
    QTest::newRow("empty abbreviation") << "admina"
                                        << "DIVA3"
                                        << "DEPTA" << division << name << ""
                                        << "unit.abbreviation.empty";
    QTest::newRow("abbreviation with a placeholder") << "admina"
                                                     << "DIVA3"
                                                     << "DEPTA" << division << name << "{seq}"
                                                     << "unit.abbreviation.invalid";
    QTest::newRow("unknown parent") << "admina"
                                    << "DIVA3"
                                    << "NOPE" << division << name << abbr << "unit.unknown";
    QTest::newRow("a unit below itself") << "adminprov"
                                         << "DEPTA"
                                         << "DIVA1"
                                         << "department" << name << abbr << "unit.parent.cycle";
}

void tst_Organisation::saveUnit()
{
    QFETCH(QString, who);
    QFETCH(QString, code);
    QFETCH(QString, parent);
    QFETCH(QString, kind);
    QFETCH(QString, nameLao);
    QFETCH(QString, abbreviation);
    QFETCH(QString, expected);
    expect(who, unitSaveSql,
           {{QStringLiteral(":code"), code},
            {QStringLiteral(":parent"), parent.isEmpty() ? QVariant() : QVariant(parent)},
            {QStringLiteral(":kind"), kind},
            {QStringLiteral(":name_lo"), nameLao},
            {QStringLiteral(":name_en"), QStringLiteral("Unit")},
            {QStringLiteral(":abbreviation"), abbreviation}},
           expected);
}

static const QString personAddSql = QStringLiteral(
    "SELECT saraban.person_add(CAST(:login AS text), CAST(:name AS text), CAST(:title AS text), "
    "CAST(:clearance AS smallint), CAST(:unit AS text), CAST(:role AS text), "
    "CAST(:verifier AS text))");

void tst_Organisation::addPerson_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("login"); // suffixed unless it starts with '='
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("clearance");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("plainPassword");
    QTest::addColumn<QString>("expected");
    const QString name = QStringLiteral("ທ້າວ ພູວົງ ແສງສະຫວ່າງ");
    QTest::newRow("superuser adds an admin") << "superuser"
                                             << "newadmin" << name << 2 << "PROV"
                                             << "admin" << false << "";
    QTest::newRow("admin adds a clerk in own unit") << "admina"
                                                    << "newclerk" << name << 0 << "DEPTA"
                                                    << "clerk" << false << "";
    QTest::newRow("admin adds an officer below own unit") << "admina"
                                                          << "newofficer" << name << 1 << "DIVA1"
                                                          << "officer" << false << "";
    QTest::newRow("province admin adds a head in B") << "adminprov"
                                                     << "newhead" << name << 2 << "DEPTB"
                                                     << "head" << false << "";
    QTest::newRow("wrong unit: admin of A adds in B") << "admina"
                                                      << "intruder" << name << 0 << "DEPTB"
                                                      << "clerk" << false << "auth.not_admin";
    QTest::newRow("wrong role: clerk adds") << "clerka"
                                            << "intruder" << name << 0 << "DEPTA"
                                            << "clerk" << false << "auth.denied";
    QTest::newRow("wrong role: head adds") << "heada"
                                           << "intruder" << name << 0 << "DEPTA"
                                           << "clerk" << false << "auth.denied";
    QTest::newRow("more clearance than the admin has")
        << "admina"
        << "intruder" << name << 2 << "DEPTA"
        << "clerk" << false << "person.clearance.above_own";
    QTest::newRow("unknown clearance") << "adminprov"
                                       << "intruder" << name << 7 << "DEPTA"
                                       << "clerk" << false << "person.clearance.unknown";
    QTest::newRow("login with capitals") << "admina"
                                         << "=Intruder" << name << 0 << "DEPTA"
                                         << "clerk" << false << "person.login.invalid";
    QTest::newRow("login with a quote")
        << "admina"
        << "=x\"; DROP ROLE saraban_owner; --" << name << 0 << "DEPTA"
        << "clerk" << false << "person.login.invalid";
    QTest::newRow("login of a group role") << "admina"
                                           << "=saraban_owner" << name << 0 << "DEPTA"
                                           << "clerk" << false << "person.login.invalid";
    QTest::newRow("login taken") << "admina"
                                 << "clerka" << name << 0 << "DEPTA"
                                 << "clerk" << false << "person.login.exists";
    QTest::newRow("empty name") << "admina"
                                << "intruder"
                                << "" << 0 << "DEPTA"
                                << "clerk" << false << "person.full_name.empty";
    QTest::newRow("unknown unit") << "admina"
                                  << "intruder" << name << 0 << "NOPE"
                                  << "clerk" << false << "unit.unknown";
    QTest::newRow("unknown role") << "admina"
                                  << "intruder" << name << 0 << "DEPTA"
                                  << "boss" << false << "membership.role.unknown";
    QTest::newRow("plain-text password") << "admina"
                                         << "intruder" << name << 0 << "DEPTA"
                                         << "clerk" << true << "person.password.not_verifier";
}

void tst_Organisation::addPerson()
{
    QFETCH(QString, who);
    QFETCH(QString, login);
    QFETCH(QString, name);
    QFETCH(int, clearance);
    QFETCH(QString, unit);
    QFETCH(QString, role);
    QFETCH(bool, plainPassword);
    QFETCH(QString, expected);
    const QString fullLogin =
        login.startsWith(QLatin1Char('=')) ? login.mid(1) : m_fixture->login(login);
    ScopedConnection admin(m_fixture->superuser());
    auto verifier =
        PeopleService(admin.database()).scramVerifier(fullLogin, OrgFixture::password());
    SARABAN_VERIFY_OK(verifier);
    expect(who, personAddSql,
           {{QStringLiteral(":login"), fullLogin},
            {QStringLiteral(":name"), name},
            {QStringLiteral(":title"), QStringLiteral("ພະນັກງານ")},
            {QStringLiteral(":clearance"), clearance},
            {QStringLiteral(":unit"), unit},
            {QStringLiteral(":role"), role},
            {QStringLiteral(":verifier"), plainPassword ? OrgFixture::password() : *verifier}},
           expected);
}

void tst_Organisation::newPersonSignsIn()
{
    // Added by addPerson() above: the login works with its password and is in its group.
    ScopedConnection clerk(m_fixture->as(QStringLiteral("newclerk")));
    SARABAN_VERIFY_OK(clerk.status());
    auto groups = clerk.value(QStringLiteral(
        "SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m "
        "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
        "WHERE u.rolname = session_user"));
    SARABAN_VERIFY_OK(groups);
    QCOMPARE(groups->toString(), QStringLiteral("saraban_clerk"));
    // The password never reached the server: the role holds a SCRAM verifier.
    ScopedConnection admin(m_fixture->superuser());
    auto stored =
        admin.value(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'")
                        .arg(m_fixture->login(QStringLiteral("newclerk"))));
    SARABAN_VERIFY_OK(stored);
    QVERIFY(stored->toString().startsWith(QLatin1String("SCRAM-SHA-256$")));
    // The intruders of the refused rows were never created.
    auto intruder = admin.value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'")
                                    .arg(m_fixture->login(QStringLiteral("intruder"))));
    SARABAN_VERIFY_OK(intruder);
    QCOMPARE(intruder->toInt(), 0);
}

static const QString membershipAddSql =
    QStringLiteral("SELECT saraban.membership_add(CAST(:login AS text), CAST(:unit AS text), "
                   "CAST(:role AS text))");

void tst_Organisation::addMembership_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("expected");
    QTest::newRow("admin makes a clerk an archivist too") << "admina"
                                                          << "clerka"
                                                          << "DEPTA"
                                                          << "archivist"
                                                          << "";
    QTest::newRow("province admin makes an officer of A a clerk in B") << "adminprov"
                                                                       << "officera"
                                                                       << "DEPTB"
                                                                       << "clerk"
                                                                       << "";
    QTest::newRow("the same membership twice") << "admina"
                                               << "clerka"
                                               << "DEPTA"
                                               << "clerk"
                                               << "membership.exists";
    QTest::newRow("wrong unit") << "admina"
                                << "clerka"
                                << "DEPTB"
                                << "head"
                                << "auth.not_admin";
    QTest::newRow("wrong role") << "heada"
                                << "clerka"
                                << "DEPTA"
                                << "head"
                                << "auth.denied";
    QTest::newRow("unknown person") << "admina"
                                    << "nobody"
                                    << "DEPTA"
                                    << "clerk"
                                    << "person.unknown";
    QTest::newRow("disabled person") << "admina"
                                     << "gone"
                                     << "DEPTA"
                                     << "officer"
                                     << "person.disabled";
    QTest::newRow("unknown role") << "admina"
                                  << "clerka"
                                  << "DEPTA"
                                  << "minister"
                                  << "membership.role.unknown";
}

void tst_Organisation::addMembership()
{
    QFETCH(QString, who);
    QFETCH(QString, login);
    QFETCH(QString, unit);
    QFETCH(QString, role);
    QFETCH(QString, expected);
    expect(who, membershipAddSql,
           {{QStringLiteral(":login"), m_fixture->login(login)},
            {QStringLiteral(":unit"), unit},
            {QStringLiteral(":role"), role}},
           expected);
}

static const QString disableSql =
    QStringLiteral("SELECT saraban.person_disable(CAST(:login AS text))");

void tst_Organisation::disablePerson_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong unit: admin of A disables a clerk of B") << "admina"
                                                                  << "clerkb"
                                                                  << "auth.not_admin";
    QTest::newRow("wrong role: head disables") << "heada"
                                               << "clerka"
                                               << "auth.denied";
    QTest::newRow("oneself") << "admina"
                             << "admina"
                             << "person.disable.self";
    QTest::newRow("already disabled") << "admina"
                                      << "gone"
                                      << "person.disabled";
    QTest::newRow("unknown") << "admina"
                             << "nobody"
                             << "person.unknown";
    QTest::newRow("admin disables a person of a unit below") << "admina"
                                                             << "newofficer"
                                                             << "";
}

void tst_Organisation::disablePerson()
{
    QFETCH(QString, who);
    QFETCH(QString, login);
    QFETCH(QString, expected);
    expect(who, disableSql, {{QStringLiteral(":login"), m_fixture->login(login)}}, expected);
    if (expected.isEmpty()) {
        ScopedConnection disabled(m_fixture->as(login));
        QVERIFY(!disabled.ok());
    }
}

void tst_Organisation::disabledSessionIsRefused()
{
    // A session opened before the account was disabled can still talk to the server, but
    // every function refuses it and it sees nothing.
    ScopedConnection before(m_fixture->as(QStringLiteral("newhead")));
    SARABAN_VERIFY_OK(before.status());
    expect(QStringLiteral("adminprov"), disableSql,
           {{QStringLiteral(":login"), m_fixture->login(QStringLiteral("newhead"))}}, QString());
    const Status refused =
        call(before.database(), QStringLiteral("SELECT * FROM saraban.letters_page()"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("auth.not_person"));
    auto registers = before.value(QStringLiteral("SELECT count(*) FROM saraban.registers"));
    SARABAN_VERIFY_OK(registers);
    QCOMPARE(registers->toInt(), 0);
}

static const QString organisationAddSql =
    QStringLiteral("SELECT saraban.organisation_add(CAST(:name_lo AS text), "
                   "CAST(:name_en AS text), CAST(:abbreviation AS text))");

void tst_Organisation::addOrganisation_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("nameLao");
    QTest::addColumn<QString>("expected");
    QTest::newRow("clerk") << "clerka"
                           << "ກະຊວງ ການເງິນ"
                           << "";
    QTest::newRow("admin") << "admina"
                           << "ທະນາຄານ ແຫ່ງ ສປປ ລາວ"
                           << "";
    QTest::newRow("wrong role: archivist") << "archivista"
                                           << "ກະຊວງ ສາທາລະນະສຸກ"
                                           << "auth.denied";
    QTest::newRow("wrong role: head") << "heada"
                                      << "ກະຊວງ ສາທາລະນະສຸກ"
                                      << "auth.denied";
    QTest::newRow("empty name") << "clerka"
                                << " "
                                << "organisation.name_lo.empty";
    QTest::newRow("over-long name")
        << "clerka" << QString(301, QChar(0x0E81)) << "organisation.name_lo.too_long";
}

void tst_Organisation::addOrganisation()
{
    QFETCH(QString, who);
    QFETCH(QString, nameLao);
    QFETCH(QString, expected);
    expect(who, organisationAddSql,
           {{QStringLiteral(":name_lo"), nameLao},
            {QStringLiteral(":name_en"), QVariant()},
            {QStringLiteral(":abbreviation"), QVariant()}},
           expected);
}

static const QString contactAddSql =
    QStringLiteral("SELECT saraban.contact_add(CAST(:organisation AS integer), "
                   "CAST(:name AS text), CAST(:title AS text))");

void tst_Organisation::addContact_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("knownOrganisation");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("clerk") << "clerka" << true << "ທ່ານ ສົມສັກ ວົງສາ"
                           << "";
    QTest::newRow("admin") << "admina" << true << "ທ່ານ ວິໄລ ສຸລິຍາ"
                           << "";
    QTest::newRow("wrong role: head") << "heada" << true << "ທ່ານ ກ"
                                      << "auth.denied";
    QTest::newRow("unknown organisation") << "clerka" << false << "ທ່ານ ກ"
                                          << "organisation.unknown";
    QTest::newRow("empty name") << "clerka" << true << ""
                                << "contact.full_name.empty";
}

void tst_Organisation::addContact()
{
    QFETCH(QString, who);
    QFETCH(bool, knownOrganisation);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    expect(
        who, contactAddSql,
        {{QStringLiteral(":organisation"), knownOrganisation ? m_fixture->organisationId() : 99999},
         {QStringLiteral(":name"), name},
         {QStringLiteral(":title"), QStringLiteral("ຫົວໜ້າກົມ")}},
        expected);
}

static const QString letterTypeSaveSql =
    QStringLiteral("SELECT saraban.letter_type_save(CAST(:code AS text), CAST(:name_lo AS text), "
                   "CAST(:name_en AS text), true)");

void tst_Organisation::saveLetterType_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nameLao");
    QTest::addColumn<QString>("expected");
    QTest::newRow("admin of the top unit adds a type") << "adminprov"
                                                       << "certificate"
                                                       << "ໃບຢັ້ງຢືນ"
                                                       << "";
    QTest::newRow("admin of the top unit renames a type") << "adminprov"
                                                          << "notice"
                                                          << "ແຈ້ງການ (ສະບັບປັບປຸງ)"
                                                          << "";
    QTest::newRow("admin of a department: not installation-wide") << "admina"
                                                                  << "memo"
                                                                  << "ບົດບັນທຶກ"
                                                                  << "auth.not_top_admin";
    QTest::newRow("wrong role: clerk") << "clerka"
                                       << "memo"
                                       << "ບົດບັນທຶກ"
                                       << "auth.denied";
    QTest::newRow("bad code") << "adminprov"
                              << "Memo Type"
                              << "ບົດບັນທຶກ"
                              << "letter_type.code.invalid";
    QTest::newRow("empty name") << "adminprov"
                                << "memo"
                                << " "
                                << "letter_type.name_lo.empty";
}

void tst_Organisation::saveLetterType()
{
    QFETCH(QString, who);
    QFETCH(QString, code);
    QFETCH(QString, nameLao);
    QFETCH(QString, expected);
    const qint64 before = number(ScopedConnection(m_fixture->superuser()),
                                 QStringLiteral("SELECT count(*) FROM saraban.letter_types"));
    expect(who, letterTypeSaveSql,
           {{QStringLiteral(":code"), code},
            {QStringLiteral(":name_lo"), nameLao},
            {QStringLiteral(":name_en"), QVariant()}},
           expected);
    if (!expected.isEmpty()) {
        QCOMPARE(number(ScopedConnection(m_fixture->superuser()),
                        QStringLiteral("SELECT count(*) FROM saraban.letter_types")),
                 before);
    }
}

QTEST_GUILESS_MAIN(tst_Organisation)
#include "tst_organisation.moc"
