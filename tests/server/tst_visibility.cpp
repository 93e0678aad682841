// Row-level security: a person sees the letters of their own units' registers, up to their
// clearance, and nothing else; administration shows registers, not letters. The list and
// search function (letters_page) applies the same rule as the policies.
#include "core/services/letterquery.h"
#include "core/services/letterservice.h"
#include "core/services/minimalpdf.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QTest>

#include <memory>

using namespace saraban;
using namespace saraban::test;

class tst_Visibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void letters_data();
    void letters();
    void registers_data();
    void registers();
    void partsFollowTheirLetter();
    void auditAndFilesAreClosed_data();
    void auditAndFilesAreClosed();
    void superuserIsNotAPerson();

private:
    std::unique_ptr<OrgFixture> m_fixture;
};

namespace {

// Subject tags of the letters registered in initTestCase.
QStringList tags(const QVariantList &subjects)
{
    QStringList result;
    for (const QVariant &subject : subjects)
        result << subject.toString().section(QLatin1Char(' '), -1);
    result.sort();
    return result;
}

} // namespace

void tst_Visibility::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("visibility"));
    SARABAN_VERIFY_OK(m_fixture->status());
    struct Seed
    {
        const char *who;
        const char *registerKey;
        int confidentiality;
        const char *tag;
    };
    const Seed seeds[] = {
        {"clerka", "A-IN", 0, "A0"},    {"clerka2", "A-IN", 1, "A1"},  {"clerka2", "A-IN", 2, "A2"},
        {"clerka", "A-OUT", 0, "AOUT"}, {"multi", "A1-IN", 0, "DIV0"}, {"clerkb", "B-IN", 0, "B0"},
        {"clerkb", "B-IN", 2, "B2"},
    };
    for (const Seed &seed : seeds) {
        ScopedConnection clerk(m_fixture->as(QString::fromLatin1(seed.who)));
        SARABAN_VERIFY_OK(clerk.status());
        LetterDraft letter;
        letter.registerId = m_fixture->registerId(QString::fromLatin1(seed.registerKey));
        letter.subject = QStringLiteral("ໜັງສື ") + QString::fromLatin1(seed.tag);
        letter.letterDate = QDate::currentDate();
        letter.confidentiality = seed.confidentiality;
        letter.mainPdf = MinimalPdf::page({QString::fromLatin1(seed.tag)});
        if (QByteArray(seed.registerKey).endsWith("OUT")) {
            letter.parties << LetterParty{LetterParty::Role::To, std::nullopt,
                                          QStringLiteral("ແຂວງ")};
        } else {
            letter.receivedOn = QDate::currentDate();
            letter.parties << LetterParty{LetterParty::Role::From, std::nullopt,
                                          QStringLiteral("ກະຊວງ")};
            letter.referenceTexts << QStringLiteral("ອີງຕາມ ") + QString::fromLatin1(seed.tag);
        }
        SARABAN_VERIFY_OK(LetterService(clerk.database()).registerLetter(letter));
    }
}

void tst_Visibility::cleanupTestCase()
{
    m_fixture.reset();
}

void tst_Visibility::letters_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("visible");
    QTest::newRow("clerk of A, clearance 0") << "clerka" << QStringList{"A0", "AOUT"};
    QTest::newRow("clerk of A, clearance 2") << "clerka2" << QStringList{"A0", "A1", "A2", "AOUT"};
    QTest::newRow("officer of A, clearance 1") << "officera" << QStringList{"A0", "A1", "AOUT"};
    QTest::newRow("head of A, clearance 2") << "heada" << QStringList{"A0", "A1", "A2", "AOUT"};
    QTest::newRow("archivist of A, clearance 1") << "archivista" << QStringList{"A0", "A1", "AOUT"};
    QTest::newRow("admin of A sees no letters") << "admina" << QStringList{};
    QTest::newRow("admin of the province sees no letters") << "adminprov" << QStringList{};
    QTest::newRow("clerk of B, clearance 2") << "clerkb" << QStringList{"B0", "B2"};
    QTest::newRow("clerk of a division and officer of B, clearance 0")
        << "multi" << QStringList{"B0", "DIV0"};
}

void tst_Visibility::letters()
{
    QFETCH(QString, who);
    QFETCH(QStringList, visible);
    ScopedConnection connection(m_fixture->as(who));
    SARABAN_VERIFY_OK(connection.status());
    // Straight through the policy.
    auto direct = connection.column(QStringLiteral("SELECT subject FROM saraban.letters"));
    SARABAN_VERIFY_OK(direct);
    QCOMPARE(tags(*direct), visible);
    // Through the list function, which bypasses the policy and applies the rule itself.
    auto page = LetterQuery(connection.database()).page(LetterFilter{}, PageKey{}, 500);
    SARABAN_VERIFY_OK(page);
    QVariantList subjects;
    for (const LetterSummary &letter : *page)
        subjects << letter.subject;
    QCOMPARE(tags(subjects), visible);
    // Searching cannot reach beyond either.
    LetterFilter search;
    search.text = QStringLiteral("ຫນັງສື");
    auto found = LetterQuery(connection.database()).page(search, PageKey{}, 500);
    SARABAN_VERIFY_OK(found);
    QCOMPARE(found->size(), visible.size());
    // Asking for a register one may not see gives nothing, not an error that confirms it.
    LetterFilter other;
    other.registerId = m_fixture->registerId(QStringLiteral("B-IN"));
    auto foreign = LetterQuery(connection.database()).page(other, PageKey{}, 500);
    SARABAN_VERIFY_OK(foreign);
    for (const LetterSummary &letter : *foreign)
        QVERIFY(visible.contains(letter.subject.section(QLatin1Char(' '), -1)));
}

void tst_Visibility::registers_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("visible");
    QTest::newRow("clerk of A") << "clerka" << QStringList{"A-IN", "A-OUT"};
    QTest::newRow("officer of A") << "officera" << QStringList{"A-IN", "A-OUT"};
    QTest::newRow("admin of A: A and below") << "admina" << QStringList{"A-IN", "A-OUT", "A1-IN"};
    QTest::newRow("admin of the province: all")
        << "adminprov" << QStringList{"A-IN", "A-OUT", "A1-IN", "B-IN"};
    QTest::newRow("clerk of B") << "clerkb" << QStringList{"B-IN"};
    QTest::newRow("division clerk and officer of B") << "multi" << QStringList{"A1-IN", "B-IN"};
}

void tst_Visibility::registers()
{
    QFETCH(QString, who);
    QFETCH(QStringList, visible);
    ScopedConnection connection(m_fixture->as(who));
    auto rows = connection.column(QStringLiteral(
        "SELECT CASE u.code WHEN 'DEPTA' THEN 'A' WHEN 'DIVA1' THEN 'A1' ELSE 'B' END || '-' || "
        "r.code FROM saraban.registers r JOIN saraban.units u ON u.id = r.unit_id"));
    SARABAN_VERIFY_OK(rows);
    QStringList names = QVariant(*rows).toStringList();
    names.sort();
    visible.sort();
    QCOMPARE(names, visible);
}

void tst_Visibility::partsFollowTheirLetter()
{
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    // Two visible letters with parties, files and (incoming) references.
    for (const char *table : {"letter_parties", "letter_files"}) {
        auto count = clerk.value(
            QStringLiteral("SELECT count(*) FROM saraban.%1").arg(QLatin1String(table)));
        SARABAN_VERIFY_OK(count);
        QCOMPARE(count->toInt(), 2);
    }
    auto references = clerk.value(QStringLiteral("SELECT count(*) FROM saraban.letter_references"));
    SARABAN_VERIFY_OK(references);
    QCOMPARE(references->toInt(), 1);
    ScopedConnection admin(m_fixture->as(QStringLiteral("admina")));
    auto none = admin.value(QStringLiteral("SELECT (SELECT count(*) FROM saraban.letter_parties) "
                                           "+ (SELECT count(*) FROM saraban.letter_files)"));
    SARABAN_VERIFY_OK(none);
    QCOMPARE(none->toInt(), 0);
}

void tst_Visibility::auditAndFilesAreClosed_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("clerk reads the audit log") << "clerka"
                                               << "SELECT count(*) FROM saraban.audit_log"
                                               << "auth.denied";
    QTest::newRow("head reads the audit log") << "heada"
                                              << "SELECT count(*) FROM saraban.audit_log"
                                              << "auth.denied";
    QTest::newRow("admin reads the audit log") << "admina"
                                               << "SELECT count(*) FROM saraban.audit_log"
                                               << "";
    QTest::newRow("head reads files directly") << "heada"
                                               << "SELECT count(*) FROM saraban.files"
                                               << "auth.denied";
    QTest::newRow("clerk reads the counters") << "clerka"
                                              << "SELECT count(*) FROM saraban.number_counters"
                                              << "auth.denied";
}

void tst_Visibility::auditAndFilesAreClosed()
{
    QFETCH(QString, who);
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    ScopedConnection connection(m_fixture->as(who));
    const Status status = call(connection.database(), sql);
    if (expected.isEmpty())
        SARABAN_VERIFY_OK(status);
    else
        QCOMPARE(status.ok() ? QString() : status.error().code, expected);
}

void tst_Visibility::superuserIsNotAPerson()
{
    // The superuser bypasses policies by PostgreSQL's design, but the list function is for
    // people only.
    ScopedConnection admin(m_fixture->superuser());
    SARABAN_VERIFY_ERROR(LetterQuery(admin.database()).page(LetterFilter{}), "auth.not_person");
}

QTEST_GUILESS_MAIN(tst_Visibility)
#include "tst_visibility.moc"
