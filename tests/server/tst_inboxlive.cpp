// Live inbox: two clients as two people. When the clerk routes a letter to the head, the
// server's NOTIFY reaches the head's NotificationListener and the head's InboxModel shows the
// letter, with no timer and no polling (the wait is on the model's own signal). A refused
// action notifies nobody, and the timeline model appends what happened.
#include "core/db/dbworker.h"
#include "core/db/notificationlistener.h"
#include "core/models/inboxmodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/letterservice.h"
#include "core/services/routingservice.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace saraban;
using namespace saraban::test;

class tst_InboxLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void routedLetterArrivesLive();
    void timelineFollowsTheLetter();
    void modelPagesThroughAFolder();

private:
    qint64 newLetter(const QString &subject);

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_clerk;
};

void tst_InboxLive::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("inboxlive"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_clerk = std::make_unique<ScopedConnection>(m_fixture->as(QStringLiteral("clerka")));
    SARABAN_VERIFY_OK(m_clerk->status());
}

void tst_InboxLive::cleanupTestCase()
{
    m_clerk.reset();
    m_fixture.reset();
}

qint64 tst_InboxLive::newLetter(const QString &subject)
{
    LetterDraft letter;
    letter.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    letter.subject = subject;
    letter.letterDate = QDate::currentDate().addDays(-1);
    letter.receivedOn = letter.letterDate;
    letter.parties << LetterParty{LetterParty::Role::From, std::nullopt, QStringLiteral("ກະຊວງ")};
    auto registered = LetterService(m_clerk->database()).registerLetter(letter);
    return registered ? registered->id : -1;
}

void tst_InboxLive::routedLetterArrivesLive()
{
    // The head's client: one connection for the model, one for listening.
    ScopedConnection headData(m_fixture->as(QStringLiteral("heada")));
    ScopedConnection headListen(m_fixture->as(QStringLiteral("heada")));
    SARABAN_VERIFY_OK(headData.status());
    SARABAN_VERIFY_OK(headListen.status());
    NotificationListener listener(headListen.database());
    SARABAN_VERIFY_OK(listener.start());
    QVERIFY(listener.personId().has_value());
    // The models read through a worker with its own connection, as the client's do.
    DbWorker headWorker(m_fixture->as(QStringLiteral("heada")));
    InboxModel inbox(&headWorker);
    inbox.setFolder(QStringLiteral("to_act"));
    QTRY_VERIFY_WITH_TIMEOUT(!inbox.isLoading(), 10000);
    inbox.watch(&listener);
    QCOMPARE(inbox.rowCount(), 0);
    QSignalSpy refreshed(&inbox, &InboxModel::refreshed);
    QSignalSpy arrived(&listener, &NotificationListener::inboxChanged);

    const QString head = m_fixture->login(QStringLiteral("heada"));
    RoutingService clerk(m_clerk->database());
    // A refused routing first: its transaction rolls back and tells nobody.
    const qint64 refusedLetter = newLetter(QStringLiteral("ໜັງສືທີ່ສົ່ງບໍ່ໄດ້"));
    RoutingRecipient past = RoutingRecipient::person(head, RoutingRole::Action);
    past.dueOn = QDate(2001, 1, 1);
    SARABAN_VERIFY_ERROR(clerk.route(refusedLetter, {past}), "routing.due_on.past");

    const QString subject = QStringLiteral("ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ ສົກປີ 2026");
    const qint64 letterId = newLetter(subject);
    auto routed = clerk.route(
        letterId, {RoutingRecipient::person(head, RoutingRole::Action, QStringLiteral("ພິຈາລະນາ"))});
    SARABAN_VERIFY_OK(routed);

    QVERIFY(refreshed.wait(10000));
    // The first notice is the routing that committed, not the refused one.
    QVERIFY(!arrived.isEmpty());
    QCOMPARE(arrived.constFirst().at(0).toString(), QStringLiteral("routing"));
    QCOMPARE(arrived.constFirst().at(1).toLongLong(), routed->constFirst());
    QCOMPARE(inbox.rowCount(), 1);
    QCOMPARE(inbox.item(0).subject, subject);
    QCOMPARE(inbox.item(0).itemId, routed->constFirst());
    QVERIFY(inbox.data(inbox.index(0, 0), InboxModel::UnreadRole).toBool());

    // Opening it, on the head's own client, updates the row in place.
    QSignalSpy changed(&inbox, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&inbox, &QAbstractItemModel::modelReset);
    refreshed.clear();
    SARABAN_VERIFY_OK(RoutingService(headData.database()).acknowledge(routed->constFirst()));
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(inbox.rowCount(), 1);
    QVERIFY(!inbox.data(inbox.index(0, 0), InboxModel::UnreadRole).toBool());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);

    // The clerk's "following" folder learns too: the sender is told of every step.
    ScopedConnection clerkListen(m_fixture->as(QStringLiteral("clerka")));
    NotificationListener clerkListener(clerkListen.database());
    SARABAN_VERIFY_OK(clerkListener.start());
    DbWorker clerkWorker(m_fixture->as(QStringLiteral("clerka")));
    InboxModel following(&clerkWorker);
    following.setFolder(QStringLiteral("following"));
    QTRY_VERIFY_WITH_TIMEOUT(!following.isLoading(), 10000);
    following.watch(&clerkListener);
    QCOMPARE(following.rowCount(), 1);
    QCOMPARE(following.item(0).state, QStringLiteral("opened"));
    QSignalSpy followed(&following, &InboxModel::refreshed);
    SARABAN_VERIFY_OK(RoutingService(headData.database())
                          .complete(routed->constFirst(), QStringLiteral("ຈະເຂົ້າຮ່ວມ")));
    QVERIFY(followed.wait(10000));
    QCOMPARE(following.rowCount(), 0);
}

void tst_InboxLive::timelineFollowsTheLetter()
{
    ScopedConnection headData(m_fixture->as(QStringLiteral("heada")));
    ScopedConnection headListen(m_fixture->as(QStringLiteral("heada")));
    NotificationListener listener(headListen.database());
    SARABAN_VERIFY_OK(listener.start());
    const qint64 letterId = newLetter(QStringLiteral("ບົດລາຍງານ ປະຈຳເດືອນ"));
    const QString head = m_fixture->login(QStringLiteral("heada"));
    auto routed = RoutingService(m_clerk->database())
                      .route(letterId, {RoutingRecipient::person(head, RoutingRole::Action)});
    SARABAN_VERIFY_OK(routed);

    DbWorker headWorker(m_fixture->as(QStringLiteral("heada")));
    TimelineModel timeline(&headWorker);
    timeline.setPageSize(1); // pages of one: every fetch is a keyset step
    timeline.setLetter(letterId);
    // Each page arrives later; ask for the next as soon as one is in, until the end.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&timeline] {
            if (timeline.canFetchMore(QModelIndex()))
                timeline.fetchMore(QModelIndex());
            return !timeline.isLoading() && !timeline.canFetchMore(QModelIndex());
        }(),
        10000);
    QCOMPARE(timeline.rowCount(), 2); // registered, routed
    timeline.watch(&listener);
    QSignalSpy updated(&timeline, &TimelineModel::updated);
    SARABAN_VERIFY_OK(
        RoutingService(m_clerk->database()).comment(letterId, QStringLiteral("ກະລຸນາຕອບກ່ອນວັນສຸກ")));
    QVERIFY(updated.wait(10000));
    QCOMPARE(timeline.rowCount(), 3);
    QCOMPARE(timeline.data(timeline.index(2), TimelineModel::KindRole).toString(),
             QStringLiteral("comment"));
    QVERIFY(timeline.data(timeline.index(2)).toString().contains(QStringLiteral("ກະລຸນາຕອບ")));
}

void tst_InboxLive::modelPagesThroughAFolder()
{
    const QString officer = m_fixture->login(QStringLiteral("officera"));
    QList<qint64> sent;
    for (int i = 0; i < 5; ++i) {
        auto routed = RoutingService(m_clerk->database())
                          .route(newLetter(QStringLiteral("ສຳເນົາ %1").arg(i)),
                                 {RoutingRecipient::person(officer, RoutingRole::Copy)});
        SARABAN_VERIFY_OK(routed);
        sent.prepend(routed->constFirst()); // newest first
    }
    DbWorker worker(m_fixture->as(QStringLiteral("officera")));
    InboxModel model(&worker);
    model.setPageSize(2);
    model.setFolder(QStringLiteral("for_information"));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model.canFetchMore(QModelIndex()), 10000);
    model.fetchMore(QModelIndex());
    QVERIFY(!model.canFetchMore(QModelIndex())); // one page at a time
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    model.fetchMore(QModelIndex());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.data(model.index(row, 0), InboxModel::ItemIdRole).toLongLong();
    QCOMPARE(shown, sent);
    QVERIFY(!model.lastError().has_value());

    // The approvals folders come from saraban.approvals_page() (0010), same columns.
    model.setFolder(QStringLiteral("to_approve"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QVERIFY2(!model.lastError().has_value(),
             qPrintable(model.lastError() ? model.lastError()->toString() : QString()));
    QCOMPARE(model.rowCount(), 0);
    model.setFolder(QStringLiteral("no_such_folder"));
    QTRY_VERIFY_WITH_TIMEOUT(model.lastError().has_value(), 10000);
    QCOMPARE(model.lastError()->code, QStringLiteral("inbox.folder.unknown"));
}

QTEST_GUILESS_MAIN(tst_InboxLive)
#include "tst_inboxlive.moc"
