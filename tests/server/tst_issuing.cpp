// The clerk's side of an approved draft (core/schema/0013_issuing.sql), as real people signed in
// with their own roles: who sees a draft waiting in 'to_issue' (clerks of its unit and above,
// up to their clearance; nobody else, nor before the signatory approved), that the counts
// agree with the page, that an issued draft stays there until its number is stamped onto the
// PDF (a 'number' version, clerks only), and that the folder pages by keyset.
#include "core/services/approvalservice.h"
#include "core/services/documentservice.h"
#include "core/services/minimalpdf.h"
#include "core/services/peopleservice.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QSet>
#include <QTest>

#include <map>
#include <memory>

using namespace saraban;
using namespace saraban::test;

class tst_Issuing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void whoSeesWhatIsWaiting_data();
    void whoSeesWhatIsWaiting();
    void issuedStaysUntilTheNumberIsStamped();
    void countsAgreeWithThePage();
    void pagesByKeyset();

private:
    ApprovalService as(const QString &who) const
    {
        return ApprovalService(m_people.at(who)->database());
    }
    // A draft of DEPTA brought through review and signing to 'approved' or 'signed' (or left
    // at the sign step), as the people who would.
    Result<qint64> draftAt(const QString &state, int confidentiality, int number);
    qint64 inFolder(const QString &who, qint64 draft) const;
    qint64 counted(const QString &who, const QString &column) const;

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_admin;
    std::map<QString, std::unique_ptr<ScopedConnection>> m_people;
    int m_unit = 0;
};

void tst_Issuing::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("issuing"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_admin = std::make_unique<ScopedConnection>(m_fixture->superuser());
    SARABAN_VERIFY_OK(m_admin->status());
    // A reviewer in DEPTA, and a clerk of the province above it.
    PeopleService people(m_admin->database());
    NewPerson reviewer;
    reviewer.login = m_fixture->login(QStringLiteral("reviewer"));
    reviewer.fullName = QStringLiteral("ທ້າວ ກວດກາ ສີວົງ");
    reviewer.unitCode = QStringLiteral("DEPTA");
    reviewer.role = MemberRole::Officer;
    reviewer.clearance = 2;
    SARABAN_VERIFY_OK(people.addPerson(reviewer, OrgFixture::password()));
    NewPerson provinceClerk;
    provinceClerk.login = m_fixture->login(QStringLiteral("clerkprov"));
    provinceClerk.fullName = QStringLiteral("ນາງ ສາລະບັນ ແຂວງ");
    provinceClerk.unitCode = QStringLiteral("PROV");
    provinceClerk.role = MemberRole::Clerk;
    provinceClerk.clearance = 2;
    SARABAN_VERIFY_OK(people.addPerson(provinceClerk, OrgFixture::password()));
    QStringList everyone = OrgFixture::people();
    everyone << QStringLiteral("reviewer") << QStringLiteral("clerkprov");
    for (const QString &who : std::as_const(everyone)) {
        if (who == QLatin1String("gone"))
            continue;
        auto connection = std::make_unique<ScopedConnection>(m_fixture->as(who));
        SARABAN_VERIFY_OK(connection->status());
        m_people[who] = std::move(connection);
    }
    m_unit = static_cast<int>(
        number(*m_admin, QStringLiteral("SELECT id FROM saraban.units WHERE code = 'DEPTA'")));
    QVERIFY(m_unit > 0);
}

void tst_Issuing::cleanupTestCase()
{
    m_people.clear();
    m_admin.reset();
    m_fixture.reset();
}

Result<qint64> tst_Issuing::draftAt(const QString &state, int confidentiality, int number)
{
    NewDraft draft;
    draft.unitId = m_unit;
    draft.subject = QStringLiteral("ຮ່າງ %1 %2").arg(state).arg(number);
    draft.confidentiality = confidentiality;
    draft.content.pdf = MinimalPdf::page({draft.subject});
    draft.content.fileName = QStringLiteral("draft.pdf");
    auto id = as(QStringLiteral("officera")).createDraft(draft);
    if (!id)
        return id.error();
    ChainStep review;
    review.kind = StepKind::Review;
    review.login = m_fixture->login(QStringLiteral("reviewer"));
    ChainStep sign;
    sign.kind = StepKind::Sign;
    sign.headOfUnit = QStringLiteral("DEPTA");
    if (auto round = as(QStringLiteral("officera")).submit(*id, {review, sign}); !round)
        return round.error();
    const auto activeStep = [this, &id] {
        return saraban::test::number(
            *m_admin, QStringLiteral("SELECT id FROM saraban.approval_steps WHERE draft_id = %1 "
                                     "AND state = 'active'")
                          .arg(*id));
    };
    if (auto decided = as(QStringLiteral("reviewer"))
                           .decide(activeStep(), ApprovalDecision::Approve, QString());
        !decided)
        return decided.error();
    if (state == QLatin1String("sign"))
        return *id;
    const QByteArray signedPdf = state == QLatin1String("signed")
                                     ? MinimalPdf::page({QStringLiteral("signed %1").arg(number)})
                                     : QByteArray();
    if (auto decided = as(QStringLiteral("heada"))
                           .decide(activeStep(), ApprovalDecision::Approve, QString(), signedPdf);
        !decided)
        return decided.error();
    return *id;
}

qint64 tst_Issuing::inFolder(const QString &who, qint64 draft) const
{
    auto value = m_people.at(who)->value(
        QStringLiteral("SELECT count(*) FROM saraban.approvals_page('to_issue', NULL, NULL, 500) "
                       "WHERE draft_id = %1")
            .arg(draft));
    return value.ok() ? value->toLongLong() : -1;
}

qint64 tst_Issuing::counted(const QString &who, const QString &column) const
{
    auto value = m_people.at(who)->value(
        QStringLiteral("SELECT %1 FROM saraban.approval_counts() WHERE folder = 'to_issue'")
            .arg(column));
    return value.ok() && value->isValid() ? value->toLongLong() : -1;
}

void tst_Issuing::whoSeesWhatIsWaiting_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("confidentiality");
    QTest::addColumn<QStringList>("seeing");
    // Clerks of DEPTA and of the province above it; clerka only up to clearance 0; multi
    // (clerk of DIVA1, below DEPTA), clerkb (another department), heads, officers, the
    // drafter and the reviewer never.
    QTest::newRow("signed, ordinary")
        << QStringLiteral("signed") << 0
        << QStringList{QStringLiteral("clerka"), QStringLiteral("clerka2"),
                       QStringLiteral("clerkprov")};
    QTest::newRow("approved, ordinary")
        << QStringLiteral("approved") << 0
        << QStringList{QStringLiteral("clerka"), QStringLiteral("clerka2"),
                       QStringLiteral("clerkprov")};
    QTest::newRow("signed, confidential")
        << QStringLiteral("signed") << 1
        << QStringList{QStringLiteral("clerka2"), QStringLiteral("clerkprov")};
    QTest::newRow("still at the sign step") << QStringLiteral("sign") << 0 << QStringList{};
}

void tst_Issuing::whoSeesWhatIsWaiting()
{
    QFETCH(QString, state);
    QFETCH(int, confidentiality);
    QFETCH(QStringList, seeing);
    static int serial = 100;
    auto draft = draftAt(state, confidentiality, ++serial);
    SARABAN_VERIFY_OK(draft);
    for (const auto &[who, connection] : m_people) {
        QCOMPARE_EQ(inFolder(who, *draft), seeing.contains(who) ? 1 : 0);
        Q_UNUSED(connection)
    }
}

void tst_Issuing::issuedStaysUntilTheNumberIsStamped()
{
    auto draft = draftAt(QStringLiteral("signed"), 0, 1);
    SARABAN_VERIFY_OK(draft);
    const qint64 pendingBefore = counted(QStringLiteral("clerka2"), QStringLiteral("overdue"));
    DraftIssue issue;
    issue.draftId = *draft;
    issue.registerId = m_fixture->registerId(QStringLiteral("A-OUT"));
    issue.sentOn = QDate::currentDate();
    issue.sentVia = QStringLiteral("post");
    issue.recipients << LetterParty{LetterParty::Role::To, std::nullopt,
                                    QStringLiteral("ກະຊວງ ການເງິນ")};
    auto issued = as(QStringLiteral("clerka2")).issue(issue);
    SARABAN_VERIFY_OK(issued);
    // Still there, now with its number, marked as waiting for the stamp, and counted so.
    auto row = m_people.at(QStringLiteral("clerka2"))
                   ->value(QStringLiteral("SELECT state || '|' || number_text || '|' || "
                                          "instruction || '|' || letter_id FROM "
                                          "saraban.approvals_page('to_issue', NULL, NULL, 500) "
                                          "WHERE draft_id = %1")
                               .arg(*draft));
    SARABAN_VERIFY_OK(row);
    QCOMPARE(row->toString(),
             QStringLiteral("issued|%1|ປະທັບເລກທີ|%2").arg(issued->number).arg(issued->id));
    QCOMPARE(counted(QStringLiteral("clerka2"), QStringLiteral("overdue")), pendingBefore + 1);

    // Only a clerk of the register may add the number version; a head may not, and nothing
    // changes.
    const QByteArray main = MinimalPdf::page({QStringLiteral("signed 1")});
    const QByteArray stamped = main + "\n% the number would be drawn here\n";
    SARABAN_VERIFY_ERROR(
        DocumentService(m_people.at(QStringLiteral("heada"))->database())
            .addVersion(issued->id, stamped, DocumentService::VersionKind::Number, QString()),
        "auth.not_clerk_of_register");
    QCOMPARE(inFolder(QStringLiteral("clerka2"), *draft), 1);
    // A received stamp is not the number: the draft still waits.
    auto stampVersion =
        DocumentService(m_people.at(QStringLiteral("clerka2"))->database())
            .addVersion(issued->id, stamped, DocumentService::VersionKind::Stamp, QString());
    SARABAN_VERIFY_OK(stampVersion);
    QCOMPARE(inFolder(QStringLiteral("clerka2"), *draft), 1);
    auto numberVersion = DocumentService(m_people.at(QStringLiteral("clerka2"))->database())
                             .addVersion(issued->id, stamped + "\n% number\n",
                                         DocumentService::VersionKind::Number, QString());
    SARABAN_VERIFY_OK(numberVersion);
    QCOMPARE(*numberVersion, 3);
    QCOMPARE(inFolder(QStringLiteral("clerka2"), *draft), 0);
    QCOMPARE(inFolder(QStringLiteral("clerkprov"), *draft), 0);
    QCOMPARE(counted(QStringLiteral("clerka2"), QStringLiteral("overdue")), pendingBefore);
    QCOMPARE(number(*m_admin, QStringLiteral("SELECT count(*) FROM saraban.audit_log WHERE "
                                             "action = 'letter.version' AND object_id = '%1' "
                                             "AND data ->> 'kind' = 'number'")
                                  .arg(issued->id)),
             1);
}

void tst_Issuing::countsAgreeWithThePage()
{
    SARABAN_VERIFY_OK(draftAt(QStringLiteral("approved"), 0, 300));
    for (const QString &who :
         {QStringLiteral("clerka"), QStringLiteral("clerka2"), QStringLiteral("clerkprov"),
          QStringLiteral("multi"), QStringLiteral("heada"), QStringLiteral("officera")}) {
        const qint64 onPage =
            number(*m_people.at(who), QStringLiteral("SELECT count(*) FROM saraban.approvals_page("
                                                     "'to_issue', NULL, NULL, 500)"));
        QCOMPARE_EQ(counted(who, QStringLiteral("total")), onPage);
        if (who == QLatin1String("clerka2"))
            QVERIFY(onPage >= 1);
        if (who == QLatin1String("heada") || who == QLatin1String("multi"))
            QCOMPARE(onPage, 0);
    }
}

void tst_Issuing::pagesByKeyset()
{
    for (int i = 0; i < 5; ++i)
        SARABAN_VERIFY_OK(draftAt(QStringLiteral("approved"), 0, 400 + i));
    const QString who = QStringLiteral("clerka2");
    const qint64 total = counted(who, QStringLiteral("total"));
    QVERIFY(total >= 5);
    // Pages of two, each after the last row of the one before, meet every row exactly once.
    QList<qint64> seen;
    QVariant afterSince;
    QVariant afterId;
    for (int page = 0; page < 100; ++page) {
        ServerQuery query(m_people.at(who)->database(),
                          QStringLiteral("SELECT item_id, since FROM saraban.approvals_page("
                                         "'to_issue', CAST(:since AS timestamptz), "
                                         "CAST(:id AS bigint), 2)"));
        query.bind(QStringLiteral(":since"), afterSince).bind(QStringLiteral(":id"), afterId);
        SARABAN_VERIFY_OK(query.exec());
        int rows = 0;
        while (query.next()) {
            ++rows;
            seen << query.value(0).toLongLong();
            afterId = query.value(0);
            afterSince = query.value(1);
        }
        if (rows == 0)
            break;
    }
    QCOMPARE(seen.size(), total);
    QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), seen.size());
    // Nobody else's folder name is accepted.
    SARABAN_VERIFY_ERROR(call(m_people.at(who)->database(),
                              QStringLiteral("SELECT * FROM saraban.approvals_page('to_sign')")),
                         "approvals.folder.unknown");
}

QTEST_GUILESS_MAIN(tst_Issuing)
#include "tst_issuing.moc"
