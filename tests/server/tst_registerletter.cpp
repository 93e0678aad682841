// Registers, numbers and letters: what register_add, register_letter, number_reserve/release
// and letter_add_attachment allow and refuse, run as the people themselves. A refusal leaves
// everything as it was (letters, files, counters, audit); numbers stay gapless.
#include "core/services/letterservice.h"
#include "core/services/minimalpdf.h"
#include "core/services/registerservice.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QCryptographicHash>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

using namespace saraban;
using namespace saraban::test;

class tst_RegisterLetter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void addRegister_data();
    void addRegister();
    void registerLetter_data();
    void registerLetter();
    void numberTemplates();
    void badJson_data();
    void badJson();
    void notUtf8IsRefusedBeforeAnyFunction();
    void oversizeFile();
    void reservations();
    void duplicateFiles();
    void attachments();
    void fileContent();
    void numbersAreGapless();

private:
    // Everything registering may change, as one string.
    QString state() const;
    LetterDraft draft(const QString &registerKey, const QString &subject) const;

    std::unique_ptr<OrgFixture> m_fixture;
};

void tst_RegisterLetter::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("registerletter"));
    SARABAN_VERIFY_OK(m_fixture->status());
}

void tst_RegisterLetter::cleanupTestCase()
{
    m_fixture.reset();
}

QString tst_RegisterLetter::state() const
{
    ScopedConnection admin(m_fixture->superuser());
    auto value = admin.value(QStringLiteral(
        "SELECT (SELECT count(*) FROM saraban.letters) || '/' || "
        "(SELECT count(*) FROM saraban.letter_parties) || '/' || "
        "(SELECT count(*) FROM saraban.letter_files) || '/' || "
        "(SELECT count(*) FROM saraban.letter_references) || '/' || "
        "(SELECT count(*) FROM saraban.files) || '/' || "
        "(SELECT count(*) FROM saraban.registers) || '/' || "
        "(SELECT coalesce(string_agg(register_id || ':' || year || ':' || last_seq, ',' "
        "ORDER BY register_id, year), '') FROM saraban.number_counters) || '/' || "
        "(SELECT coalesce(string_agg(id || state, ',' ORDER BY id), '') FROM "
        "saraban.number_reservations) || '/' || "
        "(SELECT last_seq FROM saraban.audit_head) || '/' || "
        "(SELECT string_agg(value, ',' ORDER BY key) FROM saraban.settings)"));
    return value.ok() ? value->toString() : value.error().toString();
}

LetterDraft tst_RegisterLetter::draft(const QString &registerKey, const QString &subject) const
{
    LetterDraft letter;
    letter.registerId = m_fixture->registerId(registerKey);
    letter.subject = subject;
    letter.letterDate = QDate::currentDate().addDays(-3);
    const bool outgoing = registerKey.endsWith(QLatin1String("OUT"));
    if (outgoing) {
        letter.parties << LetterParty{LetterParty::Role::To, m_fixture->organisationId(), {}};
    } else {
        letter.receivedOn = QDate::currentDate().addDays(-1);
        letter.parties << LetterParty{LetterParty::Role::From, std::nullopt,
                                      QStringLiteral("ກະຊວງ ພາຍໃນ")};
    }
    return letter;
}

void tst_RegisterLetter::addRegister_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("numberTemplate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("admin adds to own unit") << "admina"
                                            << "DEPTA"
                                            << "INT"
                                            << "internal"
                                            << "{seq}/{abbr}/{year}"
                                            << "";
    QTest::newRow("admin adds below own unit") << "admina"
                                               << "DIVA1"
                                               << "OUT"
                                               << "outgoing"
                                               << ""
                                               << "";
    QTest::newRow("wrong unit") << "admina"
                                << "DEPTB"
                                << "OUT"
                                << "outgoing"
                                << ""
                                << "auth.not_admin";
    QTest::newRow("wrong role: clerk") << "clerka"
                                       << "DEPTA"
                                       << "X1"
                                       << "incoming"
                                       << ""
                                       << "auth.denied";
    QTest::newRow("wrong role: head") << "heada"
                                      << "DEPTA"
                                      << "X1"
                                      << "incoming"
                                      << ""
                                      << "auth.denied";
    QTest::newRow("code taken") << "admina"
                                << "DEPTA"
                                << "IN"
                                << "incoming"
                                << ""
                                << "register.code.exists";
    QTest::newRow("bad code") << "admina"
                              << "DEPTA"
                              << "IN 2"
                              << "incoming"
                              << ""
                              << "register.code.invalid";
    QTest::newRow("unknown direction") << "admina"
                                       << "DEPTA"
                                       << "X2"
                                       << "sideways"
                                       << ""
                                       << "register.direction.unknown";
    QTest::newRow("template without {seq}") << "admina"
                                            << "DEPTA"
                                            << "X3"
                                            << "incoming"
                                            << "{abbr}"
                                            << "register.template.invalid";
    QTest::newRow("template with {seq} twice") << "admina"
                                               << "DEPTA"
                                               << "X3"
                                               << "incoming"
                                               << "{seq}/{seq}"
                                               << "register.template.invalid";
    QTest::newRow("unknown placeholder") << "admina"
                                         << "DEPTA"
                                         << "X3"
                                         << "incoming"
                                         << "{seq}/{boss}"
                                         << "register.template.invalid";
    QTest::newRow("over-long template")
        << "admina"
        << "DEPTA"
        << "X3"
        << "incoming"
        << "{seq}" + QString(60, QLatin1Char('x')) << "register.template.too_long";
    QTest::newRow("unknown unit") << "admina"
                                  << "NOPE"
                                  << "X4"
                                  << "incoming"
                                  << ""
                                  << "unit.unknown";
}

void tst_RegisterLetter::addRegister()
{
    QFETCH(QString, who);
    QFETCH(QString, unit);
    QFETCH(QString, code);
    QFETCH(QString, direction);
    QFETCH(QString, numberTemplate);
    QFETCH(QString, expected);
    ScopedConnection connection(m_fixture->as(who));
    SARABAN_VERIFY_OK(connection.status());
    const QString before = state();
    const Status status =
        call(connection.database(),
             QStringLiteral("SELECT saraban.register_add(CAST(:unit AS text), CAST(:code AS text), "
                            "CAST(:direction AS text), CAST(:name AS text), NULL, "
                            "CAST(:template AS text), true)"),
             {{QStringLiteral(":unit"), unit},
              {QStringLiteral(":code"), code},
              {QStringLiteral(":direction"), direction},
              {QStringLiteral(":name"), QStringLiteral("ປຶ້ມທະບຽນ")},
              {QStringLiteral(":template"),
               numberTemplate.isEmpty() ? QVariant() : QVariant(numberTemplate)}});
    if (expected.isEmpty()) {
        SARABAN_VERIFY_OK(status);
        QVERIFY(state() != before);
    } else {
        QVERIFY2(!status.ok(), "expected a refusal");
        QCOMPARE(status.error().code, expected);
        QCOMPARE(state(), before);
    }
}

// How a row of registerLetter_data changes the standard draft.
enum class Change {
    None,
    EmptySubject,
    BlankSubject,
    LongSubject,
    ReplacementCharacter,
    ControlCharacter,
    UnknownRegister,
    FutureDate,
    AncientDate,
    NoLetterDate,
    ReceivedBeforeWritten,
    NoReceivedDate,
    ReceivedOnOutgoing,
    SentOnIncoming,
    NoSender,
    NoRecipient,
    NotPdf,
    Pdf,
    UnknownType,
    KnownType,
    UnknownUrgency,
    UnknownConfidentiality,
    Confidential,
    TopSecret,
    UnknownOrganisation,
    InvisibleReference,
    TextReference,
};
Q_DECLARE_METATYPE(Change)

void tst_RegisterLetter::registerLetter_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("registerKey");
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("expected");
    // Allowed.
    QTest::newRow("clerk, own incoming register") << "clerka"
                                                  << "A-IN" << Change::None << "";
    QTest::newRow("clerk, own outgoing register") << "clerka"
                                                  << "A-OUT" << Change::None << "";
    QTest::newRow("clerk of a division, its register") << "multi"
                                                       << "A1-IN" << Change::None << "";
    QTest::newRow("with a PDF") << "clerka"
                                << "A-IN" << Change::Pdf << "";
    QTest::newRow("with a type") << "clerka"
                                 << "A-IN" << Change::KnownType << "";
    QTest::newRow("confidential, clearance 2") << "clerka2"
                                               << "A-IN" << Change::Confidential << "";
    QTest::newRow("top secret, clearance 2") << "clerka2"
                                             << "A-IN" << Change::TopSecret << "";
    QTest::newRow("reference by text") << "clerka"
                                       << "A-IN" << Change::TextReference << "";
    // Wrong unit, wrong role, too low a clearance.
    QTest::newRow("wrong unit: clerk of B into A")
        << "clerkb"
        << "A-IN" << Change::None << "auth.not_clerk_of_register";
    QTest::newRow("wrong unit: clerk of a division into its department")
        << "multi"
        << "A-IN" << Change::None << "auth.not_clerk_of_register";
    QTest::newRow("wrong role in the unit: officer of B (clerk elsewhere)")
        << "multi"
        << "B-IN" << Change::None << "auth.not_clerk_of_register";
    QTest::newRow("wrong role: officer") << "officera"
                                         << "A-IN" << Change::None << "auth.denied";
    QTest::newRow("wrong role: head") << "heada"
                                      << "A-IN" << Change::None << "auth.denied";
    QTest::newRow("wrong role: archivist") << "archivista"
                                           << "A-IN" << Change::None << "auth.denied";
    QTest::newRow("wrong role: admin") << "admina"
                                       << "A-IN" << Change::None << "auth.denied";
    QTest::newRow("too low a clearance")
        << "clerka"
        << "A-IN" << Change::Confidential << "letter.confidentiality.above_clearance";
    // Bad input.
    QTest::newRow("empty subject") << "clerka"
                                   << "A-IN" << Change::EmptySubject << "letter.subject.empty";
    QTest::newRow("blank subject") << "clerka"
                                   << "A-IN" << Change::BlankSubject << "letter.subject.empty";
    QTest::newRow("over-long subject")
        << "clerka"
        << "A-IN" << Change::LongSubject << "letter.subject.too_long";
    QTest::newRow("subject with U+FFFD")
        << "clerka"
        << "A-IN" << Change::ReplacementCharacter << "letter.subject.encoding";
    QTest::newRow("subject with a control character")
        << "clerka"
        << "A-IN" << Change::ControlCharacter << "letter.subject.control";
    QTest::newRow("unknown register") << "clerka"
                                      << "A-IN" << Change::UnknownRegister << "register.unknown";
    QTest::newRow("letter date in the future")
        << "clerka"
        << "A-IN" << Change::FutureDate << "letter.letter_date.out_of_range";
    QTest::newRow("letter date before 1900")
        << "clerka"
        << "A-IN" << Change::AncientDate << "letter.letter_date.out_of_range";
    QTest::newRow("no letter date") << "clerka"
                                    << "A-IN" << Change::NoLetterDate << "letter.letter_date.empty";
    QTest::newRow("received before it was written")
        << "clerka"
        << "A-IN" << Change::ReceivedBeforeWritten << "letter.received_on.out_of_range";
    QTest::newRow("incoming without date received")
        << "clerka"
        << "A-IN" << Change::NoReceivedDate << "letter.received_on.empty";
    QTest::newRow("date received on an outgoing letter")
        << "clerka"
        << "A-OUT" << Change::ReceivedOnOutgoing << "letter.received_on.not_applicable";
    QTest::newRow("date sent on an incoming letter")
        << "clerka"
        << "A-IN" << Change::SentOnIncoming << "letter.sent_on.not_applicable";
    QTest::newRow("incoming without sender") << "clerka"
                                             << "A-IN" << Change::NoSender << "letter.sender.empty";
    QTest::newRow("outgoing without recipient")
        << "clerka"
        << "A-OUT" << Change::NoRecipient << "letter.recipient.empty";
    QTest::newRow("file that is not a PDF") << "clerka"
                                            << "A-IN" << Change::NotPdf << "file.not_pdf";
    QTest::newRow("unknown type") << "clerka"
                                  << "A-IN" << Change::UnknownType << "letter.type.unknown";
    QTest::newRow("unknown urgency")
        << "clerka"
        << "A-IN" << Change::UnknownUrgency << "letter.urgency.unknown";
    QTest::newRow("unknown confidentiality")
        << "clerka2"
        << "A-IN" << Change::UnknownConfidentiality << "letter.confidentiality.unknown";
    QTest::newRow("unknown organisation")
        << "clerka"
        << "A-IN" << Change::UnknownOrganisation << "organisation.unknown";
    QTest::newRow("reference to a letter one may not see")
        << "clerka"
        << "A-IN" << Change::InvisibleReference << "letter.reference.unknown";
}

void tst_RegisterLetter::registerLetter()
{
    QFETCH(QString, who);
    QFETCH(QString, registerKey);
    QFETCH(Change, change);
    QFETCH(QString, expected);

    LetterDraft letter =
        draft(registerKey,
              QStringLiteral("ແຈ້ງການ ວ່າດ້ວຍ %1").arg(QString::fromUtf8(QTest::currentDataTag())));
    switch (change) {
    case Change::None:
        break;
    case Change::EmptySubject:
        letter.subject.clear();
        break;
    case Change::BlankSubject:
        letter.subject = QStringLiteral(" \t ");
        break;
    case Change::LongSubject:
        letter.subject = QString(501, QChar(0x0E81));
        break;
    case Change::ReplacementCharacter:
        letter.subject += QChar(0xFFFD);
        break;
    case Change::ControlCharacter:
        letter.subject += QChar(0x1b);
        break;
    case Change::UnknownRegister:
        letter.registerId = 999999;
        break;
    case Change::FutureDate:
        letter.letterDate = QDate::currentDate().addDays(30);
        letter.receivedOn = QDate::currentDate().addDays(31);
        break;
    case Change::AncientDate:
        letter.letterDate = QDate(1899, 12, 31);
        break;
    case Change::NoLetterDate:
        letter.letterDate = QDate();
        break;
    case Change::ReceivedBeforeWritten:
        letter.receivedOn = letter.letterDate.addDays(-1);
        break;
    case Change::NoReceivedDate:
        letter.receivedOn = QDate();
        break;
    case Change::ReceivedOnOutgoing:
        letter.receivedOn = QDate::currentDate();
        break;
    case Change::SentOnIncoming:
        letter.sentOn = QDate::currentDate();
        break;
    case Change::NoSender:
        letter.parties = {
            LetterParty{LetterParty::Role::To, std::nullopt, QStringLiteral("ພະແນກ")}};
        break;
    case Change::NoRecipient:
        letter.parties = {LetterParty{LetterParty::Role::Copy, m_fixture->organisationId(), {}}};
        break;
    case Change::NotPdf:
        letter.mainPdf = QByteArrayLiteral("PK\x03\x04 this is a zip, named letter.pdf");
        letter.mainPdfName = QStringLiteral("letter.pdf");
        break;
    case Change::Pdf:
        letter.mainPdf = MinimalPdf::page({QStringLiteral("with a PDF")});
        letter.mainPdfName = QStringLiteral("ໜັງສື.pdf");
        break;
    case Change::UnknownType:
        letter.letterTypeId = 999;
        break;
    case Change::KnownType:
        letter.letterTypeId = 1;
        break;
    case Change::UnknownUrgency:
        letter.urgency = 7;
        break;
    case Change::UnknownConfidentiality:
        letter.confidentiality = 8;
        break;
    case Change::Confidential:
        letter.confidentiality = 1;
        break;
    case Change::TopSecret:
        letter.confidentiality = 2;
        break;
    case Change::UnknownOrganisation:
        letter.parties = {LetterParty{LetterParty::Role::From, 99999, {}}};
        break;
    case Change::InvisibleReference: {
        // A letter of unit B.
        ScopedConnection clerkB(m_fixture->as(QStringLiteral("clerkb")));
        auto other = LetterService(clerkB.database())
                         .registerLetter(draft(QStringLiteral("B-IN"), QStringLiteral("ຂອງ B")));
        SARABAN_VERIFY_OK(other);
        letter.referencedLetters << other->id;
        break;
    }
    case Change::TextReference:
        letter.referenceTexts << QStringLiteral("ສະບັບເລກທີ 09/ສພຊ, ລົງວັນທີ 21 ທັນວາ 2011");
        break;
    }

    ScopedConnection connection(m_fixture->as(who));
    SARABAN_VERIFY_OK(connection.status());
    const QString before = state();
    auto registered = LetterService(connection.database()).registerLetter(letter);
    if (!expected.isEmpty()) {
        QVERIFY2(!registered.ok(), "expected a refusal");
        QCOMPARE(registered.error().code, expected);
        QCOMPARE(state(), before);
        return;
    }
    SARABAN_VERIFY_OK(registered);
    QVERIFY(registered->id > 0);
    QVERIFY(!registered->number.isEmpty());
    // Stored as sent, and audited once.
    ScopedConnection admin(m_fixture->superuser());
    auto stored = admin.value(
        QStringLiteral("SELECT subject || '|' || registered_by || '|' || confidentiality || '|' "
                       "|| number_text FROM saraban.letters WHERE id = %1")
            .arg(registered->id));
    SARABAN_VERIFY_OK(stored);
    QVERIFY(stored->toString().startsWith(letter.subject + QLatin1Char('|')));
    QVERIFY(stored->toString().endsWith(QLatin1Char('|') + registered->number));
    auto audited = admin.value(QStringLiteral("SELECT action || ':' || object_id FROM "
                                              "saraban.audit_log ORDER BY seq DESC LIMIT 1"));
    SARABAN_VERIFY_OK(audited);
    QCOMPARE(audited->toString(), QStringLiteral("letter.register:%1").arg(registered->id));
}

void tst_RegisterLetter::numberTemplates()
{
    const QString yy = QString::number(QDate::currentDate().year() % 100).rightJustified(2, u'0');
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    LetterService letters(clerk.database());
    auto incoming = letters.registerLetter(draft(QStringLiteral("A-IN"), QStringLiteral("ກ")));
    SARABAN_VERIFY_OK(incoming);
    QVERIFY2(incoming->number.endsWith(QStringLiteral("/ປທສ")), qPrintable(incoming->number));
    auto outgoing = letters.registerLetter(draft(QStringLiteral("A-OUT"), QStringLiteral("ຂ")));
    SARABAN_VERIFY_OK(outgoing);
    QVERIFY2(outgoing->number.endsWith(QStringLiteral("/ປທສ.") + yy), qPrintable(outgoing->number));
    ScopedConnection multi(m_fixture->as(QStringLiteral("multi")));
    auto division = LetterService(multi.database())
                        .registerLetter(draft(QStringLiteral("A1-IN"), QStringLiteral("ຄ")));
    SARABAN_VERIFY_OK(division);
    QVERIFY2(division->number.endsWith(QStringLiteral("/ປທສ.ບຫ")), qPrintable(division->number));
}

void tst_RegisterLetter::badJson_data()
{
    QTest::addColumn<QString>("parties");
    QTest::addColumn<QString>("references");
    QTest::addColumn<QString>("expected");
    QTest::newRow("parties not a list") << R"({"role":"from","name":"x"})"
                                        << "[]"
                                        << "letter.parties.invalid";
    QTest::newRow("party without a role") << R"([{"name":"x"}])"
                                          << "[]"
                                          << "letter.parties.invalid";
    QTest::newRow("party with an unknown role") << R"([{"role":"boss","name":"x"}])"
                                                << "[]"
                                                << "letter.parties.invalid";
    QTest::newRow("party without a name") << R"([{"role":"from"}])"
                                          << "[]"
                                          << "letter.party_name.empty";
    QTest::newRow("organisation id as text") << R"([{"role":"from","organisation_id":"1"}])"
                                             << "[]"
                                             << "organisation.unknown";
    QTest::newRow("references not a list") << R"([{"role":"from","name":"x"}])"
                                           << "{}"
                                           << "letter.references.invalid";
    QTest::newRow("empty reference") << R"([{"role":"from","name":"x"}])"
                                     << R"([{"text":""}])"
                                     << "letter.reference.empty";
}

void tst_RegisterLetter::badJson()
{
    QFETCH(QString, parties);
    QFETCH(QString, references);
    QFETCH(QString, expected);
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    const QString before = state();
    const Status status =
        call(clerk.database(),
             QStringLiteral("SELECT * FROM saraban.register_letter(p_register_id => CAST(:register "
                            "AS integer), p_subject => 'x', p_letter_date => current_date, "
                            "p_received_on => current_date, p_parties => CAST(:parties AS jsonb), "
                            "p_references => CAST(:references AS jsonb))"),
             {{QStringLiteral(":register"), m_fixture->registerId(QStringLiteral("A-IN"))},
              {QStringLiteral(":parties"), parties},
              {QStringLiteral(":references"), references}});
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, expected);
    QCOMPARE(state(), before);
}

void tst_RegisterLetter::notUtf8IsRefusedBeforeAnyFunction()
{
    const QString before = state();
    // A modified client sends raw bytes that are not UTF-8 (libpq, as any client could).
    const ConnectionProfile profile = m_fixture->as(QStringLiteral("clerka"));
    const QByteArray conninfo =
        QStringLiteral("host='%1' port=%2 dbname='%3' user='%4' password='%5'")
            .arg(profile.host())
            .arg(profile.port())
            .arg(profile.database(), profile.user(), OrgFixture::password())
            .toUtf8();
    PGconn *connection = PQconnectdb(conninfo.constData());
    QCOMPARE(PQstatus(connection), CONNECTION_OK);
    const QByteArray registerId = QByteArray::number(m_fixture->registerId(QStringLiteral("A-IN")));
    const char *values[] = {registerId.constData(), "\xc3\x28 not UTF-8 \xff"};
    PGresult *result = PQexecParams(
        connection,
        "SELECT * FROM saraban.register_letter(p_register_id => $1::integer, p_subject => "
        "$2::text, p_letter_date => current_date, p_received_on => current_date, "
        "p_parties => '[{\"role\":\"from\",\"name\":\"x\"}]')",
        2, nullptr, values, nullptr, nullptr, 0);
    const QString state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    PQclear(result);
    PQfinish(connection);
    QCOMPARE(state, QStringLiteral("22021"));
    QCOMPARE(this->state(), before);

    // The same refusal reaches a Saraban client as a stable code.
    ScopedConnection clerk(profile);
    const Status status =
        call(clerk.database(),
             QStringLiteral("SELECT * FROM saraban.register_letter(p_register_id => CAST(:register "
                            "AS integer), p_subject => convert_from('\\xc328'::bytea, 'UTF8'), "
                            "p_letter_date => current_date, p_received_on => current_date)"),
             {{QStringLiteral(":register"), m_fixture->registerId(QStringLiteral("A-IN"))}});
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, QStringLiteral("input.encoding"));
    QCOMPARE(this->state(), before);
}

void tst_RegisterLetter::oversizeFile()
{
    ScopedConnection admin(m_fixture->as(QStringLiteral("adminprov")));
    // Only an administrator of a top-level unit changes settings; values are checked.
    SARABAN_VERIFY_ERROR(
        call(ScopedConnection(m_fixture->as(QStringLiteral("admina"))).database(),
             QStringLiteral("SELECT saraban.setting_set('max_file_bytes', '4096')")),
        "auth.not_top_admin");
    SARABAN_VERIFY_ERROR(
        call(admin.database(),
             QStringLiteral("SELECT saraban.setting_set('max_file_bytes', 'lots')")),
        "setting.value.invalid");
    SARABAN_VERIFY_OK(call(admin.database(),
                           QStringLiteral("SELECT saraban.setting_set('max_file_bytes', '4096')")));

    QByteArray big = MinimalPdf::page({QStringLiteral("big")});
    big.append(QByteArray(5000, ' '));
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    const QString before = state();
    // The server refuses it (a modified client would skip any client-side check) ...
    const Status server =
        call(clerk.database(),
             QStringLiteral("SELECT * FROM saraban.register_letter(p_register_id => CAST(:register "
                            "AS integer), p_subject => 'big', p_letter_date => current_date, "
                            "p_received_on => current_date, "
                            "p_parties => '[{\"role\":\"from\",\"name\":\"x\"}]', "
                            "p_main_file => CAST(:file AS bytea))"),
             {{QStringLiteral(":register"), m_fixture->registerId(QStringLiteral("A-IN"))},
              {QStringLiteral(":file"), big}});
    SARABAN_VERIFY_ERROR(server, "file.too_large");
    // ... and the service says the same without sending the bytes.
    LetterDraft letter = draft(QStringLiteral("A-IN"), QStringLiteral("big"));
    letter.mainPdf = big;
    SARABAN_VERIFY_ERROR(LetterService(clerk.database()).registerLetter(letter), "file.too_large");
    QCOMPARE(state(), before);
    // Just under the limit is fine.
    letter.mainPdf = big.left(4096);
    SARABAN_VERIFY_OK(LetterService(clerk.database()).registerLetter(letter));
    SARABAN_VERIFY_OK(
        call(admin.database(),
             QStringLiteral("SELECT saraban.setting_set('max_file_bytes', '104857600')")));
}

void tst_RegisterLetter::reservations()
{
    const int outgoing = m_fixture->registerId(QStringLiteral("A-OUT"));
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    RegisterService registers(clerk.database());
    LetterService letters(clerk.database());

    auto reserved = registers.reserveNumber(outgoing, QStringLiteral("ສຳລັບໜັງສືຂອງທ່ານລັດຖະມົນຕີ"));
    SARABAN_VERIFY_OK(reserved);
    // Later letters take later numbers; the reserved one waits.
    auto later = letters.registerLetter(draft(QStringLiteral("A-OUT"), QStringLiteral("later")));
    SARABAN_VERIFY_OK(later);
    QVERIFY(later->number != reserved->number);

    LetterDraft withReservation = draft(QStringLiteral("A-OUT"), QStringLiteral("reserved"));
    withReservation.reservationId = reserved->id;
    auto used = letters.registerLetter(withReservation);
    SARABAN_VERIFY_OK(used);
    QCOMPARE(used->number, reserved->number);

    // A number already used.
    const QString before = state();
    SARABAN_VERIFY_ERROR(letters.registerLetter(withReservation), "number.already_used");
    SARABAN_VERIFY_ERROR(registers.releaseNumber(reserved->id, QStringLiteral("x")),
                         "number.already_used");
    QCOMPARE(state(), before);

    // Released: recorded, never used.
    auto toRelease = registers.reserveNumber(outgoing, QString());
    SARABAN_VERIFY_OK(toRelease);
    SARABAN_VERIFY_ERROR(registers.releaseNumber(toRelease->id, QStringLiteral("  ")),
                         "number.reason.empty");
    ScopedConnection clerkB(m_fixture->as(QStringLiteral("clerkb")));
    SARABAN_VERIFY_ERROR(
        RegisterService(clerkB.database()).releaseNumber(toRelease->id, QStringLiteral("not mine")),
        "auth.not_clerk_of_register");
    SARABAN_VERIFY_ERROR(RegisterService(clerkB.database()).reserveNumber(outgoing, QString()),
                         "auth.not_clerk_of_register");
    SARABAN_VERIFY_OK(registers.releaseNumber(toRelease->id, QStringLiteral("ຍົກເລີກ")));
    withReservation.reservationId = toRelease->id;
    SARABAN_VERIFY_ERROR(letters.registerLetter(withReservation), "number.released");
    // A reservation of another register.
    withReservation.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    withReservation.receivedOn = QDate::currentDate();
    withReservation.parties = {
        LetterParty{LetterParty::Role::From, std::nullopt, QStringLiteral("x")}};
    SARABAN_VERIFY_ERROR(letters.registerLetter(withReservation), "number.reservation.unknown");
    ScopedConnection officer(m_fixture->as(QStringLiteral("officera")));
    SARABAN_VERIFY_ERROR(RegisterService(officer.database()).reserveNumber(outgoing, QString()),
                         "auth.denied");

    ScopedConnection admin(m_fixture->superuser());
    auto record = admin.value(QStringLiteral("SELECT state || ':' || (letter_id IS NOT NULL) FROM "
                                             "saraban.number_reservations WHERE id = %1")
                                  .arg(toRelease->id));
    SARABAN_VERIFY_OK(record);
    QCOMPARE(record->toString(), QStringLiteral("released:false"));
}

void tst_RegisterLetter::duplicateFiles()
{
    const QByteArray pdf = MinimalPdf::page({QStringLiteral("the same file twice")});
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    LetterService letters(clerk.database());
    LetterDraft first = draft(QStringLiteral("A-IN"), QStringLiteral("first"));
    first.mainPdf = pdf;
    auto one = letters.registerLetter(first);
    SARABAN_VERIFY_OK(one);
    QVERIFY(!one->duplicate.isDuplicate());

    LetterDraft second = draft(QStringLiteral("A-IN"), QStringLiteral("second"));
    second.mainPdf = pdf;
    auto two = letters.registerLetter(second);
    SARABAN_VERIFY_OK(two);
    QCOMPARE(two->duplicate.letterId, std::optional<qint64>(one->id));
    QCOMPARE(two->duplicate.number, one->number);
    QVERIFY(LetterService::duplicateWarning(two->duplicate).contains(one->number));

    // In a unit that may not see the earlier letter: warned, but not told which.
    ScopedConnection clerkB(m_fixture->as(QStringLiteral("clerkb")));
    LetterDraft third = draft(QStringLiteral("B-IN"), QStringLiteral("third"));
    third.mainPdf = pdf;
    auto three = LetterService(clerkB.database()).registerLetter(third);
    SARABAN_VERIFY_OK(three);
    QVERIFY(three->duplicate.elsewhere);
    QVERIFY(!three->duplicate.letterId);
    QVERIFY(three->duplicate.number.isEmpty());

    // One copy of the content.
    ScopedConnection admin(m_fixture->superuser());
    auto copies = admin.value(QStringLiteral("SELECT count(*) FROM saraban.files WHERE sha256 = "
                                             "(SELECT sha256 FROM saraban.letter_files WHERE "
                                             "letter_id = %1)")
                                  .arg(one->id));
    SARABAN_VERIFY_OK(copies);
    QCOMPARE(copies->toInt(), 1);
    auto holders = admin.value(QStringLiteral("SELECT count(*) FROM saraban.letter_files WHERE "
                                              "sha256 = sha256('%1'::bytea)")
                                   .arg(QString::fromLatin1("\\x" + pdf.toHex())));
    SARABAN_VERIFY_OK(holders);
    QCOMPARE(holders->toInt(), 3);
}

void tst_RegisterLetter::attachments()
{
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    LetterService letters(clerk.database());
    auto letter =
        letters.registerLetter(draft(QStringLiteral("A-IN"), QStringLiteral("with annexes")));
    SARABAN_VERIFY_OK(letter);
    // Attachments may be any kind of file.
    auto added = letters.addAttachment(letter->id, QByteArrayLiteral("\x89PNG\r\n\x1a\n image"),
                                       QStringLiteral("ແຜນທີ່.png"));
    SARABAN_VERIFY_OK(added);
    QVERIFY(!added->isDuplicate());
    SARABAN_VERIFY_ERROR(letters.addAttachment(letter->id, QByteArray(), QStringLiteral("x")),
                         "file.empty");
    SARABAN_VERIFY_ERROR(letters.addAttachment(letter->id, QByteArrayLiteral("x"), QString()),
                         "letter.file_name.empty");
    ScopedConnection clerkB(m_fixture->as(QStringLiteral("clerkb")));
    SARABAN_VERIFY_ERROR(
        LetterService(clerkB.database())
            .addAttachment(letter->id, QByteArrayLiteral("x"), QStringLiteral("x.txt")),
        "letter.unknown");
    ScopedConnection officer(m_fixture->as(QStringLiteral("officera")));
    SARABAN_VERIFY_ERROR(
        LetterService(officer.database())
            .addAttachment(letter->id, QByteArrayLiteral("x"), QStringLiteral("x.txt")),
        "auth.denied");
    ScopedConnection admin(m_fixture->superuser());
    auto kinds = admin.value(QStringLiteral("SELECT string_agg(f.kind || ':' || s.media_type, "
                                            "',' ORDER BY f.position) FROM saraban.letter_files f "
                                            "JOIN saraban.files s USING (sha256) WHERE "
                                            "f.letter_id = %1")
                                 .arg(letter->id));
    SARABAN_VERIFY_OK(kinds);
    QCOMPARE(kinds->toString(), QStringLiteral("attachment:image/png"));
}

void tst_RegisterLetter::fileContent()
{
    const QByteArray pdf = MinimalPdf::page({QStringLiteral("read me back")});
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    LetterDraft letter = draft(QStringLiteral("A-IN"), QStringLiteral("file content"));
    letter.mainPdf = pdf;
    SARABAN_VERIFY_OK(LetterService(clerk.database()).registerLetter(letter));
    const QByteArray sha = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256);
    ScopedConnection officer(m_fixture->as(QStringLiteral("officera")));
    auto content = LetterService(officer.database()).fileContent(sha);
    SARABAN_VERIFY_OK(content);
    QCOMPARE(*content, pdf);
    ScopedConnection clerkB(m_fixture->as(QStringLiteral("clerkb")));
    SARABAN_VERIFY_ERROR(LetterService(clerkB.database()).fileContent(sha), "file.unknown");
    // Nobody reads the files table directly.
    SARABAN_VERIFY_ERROR(
        call(officer.database(), QStringLiteral("SELECT count(*) FROM saraban.files")),
        "auth.denied");
}

void tst_RegisterLetter::numbersAreGapless()
{
    // After all of the above, refusals included: every register's numbers run 1..n, each
    // used by exactly one letter or recorded as reserved or released.
    ScopedConnection admin(m_fixture->superuser());
    auto gaps = admin.column(QStringLiteral(
        "WITH taken AS (SELECT register_id, year, seq FROM saraban.letters "
        "UNION ALL SELECT register_id, year, seq FROM saraban.number_reservations "
        "WHERE state <> 'used') "
        "SELECT c.register_id || ':' || c.year || ' has ' || count(t.seq) || ' numbers, "
        "last ' || c.last_seq FROM saraban.number_counters c LEFT JOIN taken t USING "
        "(register_id, year) GROUP BY c.register_id, c.year, c.last_seq "
        "HAVING count(t.seq) <> c.last_seq OR count(DISTINCT t.seq) <> c.last_seq "
        "OR min(t.seq) <> 1 OR max(t.seq) <> c.last_seq"));
    SARABAN_VERIFY_OK(gaps);
    QVERIFY2(gaps->isEmpty(), qPrintable(QVariant(*gaps).toStringList().join(u"; ")));
    auto counters = admin.value(QStringLiteral("SELECT count(*) FROM saraban.number_counters"));
    SARABAN_VERIFY_OK(counters);
    QVERIFY(counters->toInt() >= 4);
}

QTEST_GUILESS_MAIN(tst_RegisterLetter)
#include "tst_registerletter.moc"
