// The database worker: jobs run on its thread with its own connection, answers come back to the
// GUI thread, stale answers are dropped, and a connection the server ends is noticed while
// idle, retried and restored. The register model fetches through it and never queries on the
// GUI thread.
#include "core/db/dbworker.h"
#include "core/domain/letterdraft.h"
#include "core/models/registermodel.h"
#include "core/services/letterservice.h"
#include "tests/server/orgfixture.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace saraban;
using namespace saraban::test;

namespace {

struct Where
{
    QThread *thread = nullptr;       // the thread the job ran on
    QThread *driverThread = nullptr; // the thread that owns the connection it was given
    qint64 backend = 0;              // the server process of that connection
};

// A job that reports where it ran and which server process answered.
Result<Where> whereAmI(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next())
        return Error{QStringLiteral("test.query"), query.lastError().text(), QString()};
    return Where{QThread::currentThread(), database.driver()->thread(),
                 query.value(0).toLongLong()};
}

} // namespace

class tst_DbWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void jobsRunOnTheWorkerThread();
    void cancelledAnswersAreDropped();
    void answersForADeletedReceiverAreDropped();
    void droppedConnectionIsNoticedWhileIdleAndRestored();
    void jobOnADroppedConnectionSaysSo();
    void requestsWhileDownFailAtOnceWithoutRunning();
    void registerModelNeverQueriesOnTheGuiThread();
    void registerModelLoadsAgainAfterReconnecting();

private:
    // Ends the worker's server session from a superuser connection, as a restart or an
    // administrator would.
    void terminate(qint64 backend);
    qint64 backendOf(DbWorker &worker);

    std::unique_ptr<OrgFixture> m_fixture;
};

void tst_DbWorker::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("dbworker"));
    SARABAN_VERIFY_OK(m_fixture->status());
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    SARABAN_VERIFY_OK(clerk.status());
    LetterService letters(clerk.database());
    for (int i = 0; i < 3; ++i) {
        LetterDraft draft;
        draft.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
        draft.subject = QStringLiteral("ໜັງສືເຂົ້າ %1").arg(i);
        draft.letterDate = QDate::currentDate();
        draft.receivedOn = QDate::currentDate();
        draft.parties << LetterParty{LetterParty::Role::From, m_fixture->organisationId(), {}};
        SARABAN_VERIFY_OK(letters.registerLetter(draft));
    }
}

void tst_DbWorker::cleanupTestCase()
{
    m_fixture.reset();
}

void tst_DbWorker::terminate(qint64 backend)
{
    ScopedConnection admin(m_fixture->superuser());
    auto ended = admin.value(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend));
    QVERIFY2(ended.ok() && ended->toBool(), "pg_terminate_backend failed");
}

qint64 tst_DbWorker::backendOf(DbWorker &worker)
{
    std::optional<Result<Where>> answer;
    worker.post(this, whereAmI, [&answer](Result<Where> where) { answer = std::move(where); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }))
        return 0;
    return answer->ok() ? answer->value().backend : 0;
}

void tst_DbWorker::jobsRunOnTheWorkerThread()
{
    DbWorker worker(m_fixture->as(QStringLiteral("officera")));
    std::optional<Result<Where>> answer;
    QThread *answeredOn = nullptr;
    worker.post(this, whereAmI, [&](Result<Where> where) {
        answeredOn = QThread::currentThread();
        answer = std::move(where);
    });
    QTRY_VERIFY(answer.has_value());
    SARABAN_VERIFY_OK(*answer);
    QVERIFY(worker.connectionThread() != QThread::currentThread());
    QCOMPARE((*answer)->thread, worker.connectionThread());
    QCOMPARE((*answer)->driverThread, worker.connectionThread());
    QCOMPARE(answeredOn, QThread::currentThread());
    QVERIFY((*answer)->backend > 0);
    QCOMPARE(worker.state(), DbWorker::State::Connected);
    QVERIFY(!worker.isReconnecting());
}

void tst_DbWorker::cancelledAnswersAreDropped()
{
    DbWorker worker(m_fixture->as(QStringLiteral("officera")));
    std::atomic<bool> slowStarted = false;
    std::atomic<bool> laterRan = false;
    QStringList answers;
    // Running when cancelled: its answer is dropped.
    const auto slow = worker.post(
        this,
        [&slowStarted](const QSqlDatabase &database) -> Result<QString> {
            slowStarted = true;
            QSqlQuery query(database);
            if (!query.exec(QStringLiteral("SELECT pg_sleep(0.5)")))
                return Error{QStringLiteral("test.query"), query.lastError().text(), QString()};
            return QStringLiteral("slow");
        },
        [&](Result<QString> r) { answers << r.value(); });
    // Queued behind it and cancelled before it starts: it never runs.
    const auto later = worker.post(
        this,
        [&laterRan](const QSqlDatabase &) -> Result<QString> {
            laterRan = true;
            return QStringLiteral("later");
        },
        [&](Result<QString> r) { answers << r.value(); });
    const auto wanted = worker.post(
        this, [](const QSqlDatabase &) -> Result<QString> { return QStringLiteral("wanted"); },
        [&](Result<QString> r) { answers << r.value(); });
    QTRY_VERIFY(slowStarted);
    worker.cancel(slow);
    worker.cancel(later);
    QTRY_COMPARE(answers, QStringList{QStringLiteral("wanted")});
    QVERIFY(!laterRan);
    // Cancelling an answered request is harmless.
    worker.cancel(wanted);
}

void tst_DbWorker::answersForADeletedReceiverAreDropped()
{
    DbWorker worker(m_fixture->as(QStringLiteral("officera")));
    bool answered = false;
    bool done = false;
    auto receiver = std::make_unique<QObject>();
    worker.post(receiver.get(), whereAmI, [&answered](Result<Where>) { answered = true; });
    receiver.reset();
    // A later request on a living receiver shows the first answer has had its chance.
    worker.post(this, whereAmI, [&done](Result<Where>) { done = true; });
    QTRY_VERIFY(done);
    QVERIFY(!answered);
}

void tst_DbWorker::droppedConnectionIsNoticedWhileIdleAndRestored()
{
    DbWorker worker(m_fixture->as(QStringLiteral("officera")));
    worker.setReconnectDelays(100, 1000);
    const qint64 before = backendOf(worker);
    QVERIFY(before > 0);
    QSignalSpy lost(&worker, &DbWorker::connectionLost);
    QSignalSpy connected(&worker, &DbWorker::connected);
    bool reconnectingWhenLost = false;
    connect(&worker, &DbWorker::connectionLost, this,
            [&] { reconnectingWhenLost = worker.isReconnecting(); });
    terminate(before);
    // No query is sent: the socket turning readable is what tells the worker.
    QTRY_COMPARE(lost.count(), 1);
    QVERIFY(reconnectingWhenLost);
    QTRY_COMPARE(connected.count(), 1);
    QCOMPARE(worker.state(), DbWorker::State::Connected);
    QVERIFY(!worker.isReconnecting());
    const qint64 after = backendOf(worker);
    QVERIFY(after > 0);
    QVERIFY(after != before);
}

void tst_DbWorker::jobOnADroppedConnectionSaysSo()
{
    // The fixture's superuser may end its own session, in the middle of a job.
    DbWorker worker(m_fixture->superuser());
    worker.setReconnectDelays(100, 1000);
    std::optional<Status> answer;
    worker.post(
        this,
        [](const QSqlDatabase &database) -> Status {
            QSqlQuery query(database);
            query.exec(QStringLiteral("SELECT pg_terminate_backend(pg_backend_pid())"));
            if (!query.exec(QStringLiteral("SELECT 1")))
                return Error{QStringLiteral("test.query"), query.lastError().text(), QString()};
            return {};
        },
        [&answer](Status status) { answer = status; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error().code, QString::fromLatin1(DbWorker::connectionLostCode));
    QVERIFY(DbWorker::isConnectionError(answer->error()));
    QTRY_COMPARE(worker.state(), DbWorker::State::Connected);
}

void tst_DbWorker::requestsWhileDownFailAtOnceWithoutRunning()
{
    DbWorker worker(m_fixture->as(QStringLiteral("officera")));
    // Long enough that the test runs while the worker waits.
    worker.setReconnectDelays(60000, 60000);
    const qint64 backend = backendOf(worker);
    QVERIFY(backend > 0);
    QSignalSpy lost(&worker, &DbWorker::connectionLost);
    terminate(backend);
    QTRY_COMPARE(lost.count(), 1);
    QCOMPARE(worker.state(), DbWorker::State::Disconnected);
    bool ran = false;
    std::optional<Result<Where>> answer;
    worker.post(
        this,
        [&ran](const QSqlDatabase &database) {
            ran = true;
            return whereAmI(database);
        },
        [&answer](Result<Where> where) { answer = std::move(where); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!ran);
    QCOMPARE(answer->error().code, QString::fromLatin1(DbWorker::notConnectedCode));
    QVERIFY(!answer->error().message.isEmpty());
}

void tst_DbWorker::registerModelNeverQueriesOnTheGuiThread()
{
    const QStringList before = QSqlDatabase::connectionNames();
    DbWorker worker(m_fixture->as(QStringLiteral("officera")));
    RegisterModel model(&worker);
    LetterFilter filter;
    filter.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    model.setFilter(filter);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0); // nothing was read on this thread
    QTRY_COMPARE(model.rowCount(), 3);
    QVERIFY(!model.lastError());
    QCOMPARE(model.data(model.index(0, RegisterModel::SubjectColumn)).toString(),
             QStringLiteral("ໜັງສືເຂົ້າ 2"));
    // The only connection that appeared is the worker's, and it belongs to the worker's thread.
    QStringList added = QSqlDatabase::connectionNames();
    for (const QString &name : before)
        added.removeOne(name);
    QCOMPARE(added.size(), 1);
    std::optional<Result<Where>> answer;
    worker.post(this, whereAmI, [&answer](Result<Where> where) { answer = std::move(where); });
    QTRY_VERIFY(answer.has_value());
    SARABAN_VERIFY_OK(*answer);
    QCOMPARE((*answer)->driverThread, worker.connectionThread());
    QVERIFY(worker.connectionThread() != QThread::currentThread());
}

void tst_DbWorker::registerModelLoadsAgainAfterReconnecting()
{
    DbWorker worker(m_fixture->as(QStringLiteral("officera")));
    worker.setReconnectDelays(2000, 2000);
    RegisterModel model(&worker);
    LetterFilter filter;
    filter.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    model.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), 3);
    const qint64 backend = backendOf(worker);
    QVERIFY(backend > 0);
    QSignalSpy lost(&worker, &DbWorker::connectionLost);
    QSignalSpy failed(&model, &RegisterModel::loadFailed);
    terminate(backend);
    QTRY_COMPARE(lost.count(), 1);
    // Asked while the connection is down: refused at once, then loaded once it is back.
    model.reload();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(DbWorker::isConnectionError(*model.lastError()));
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.rowCount(), 3);
    QVERIFY(!model.lastError());
}

QTEST_GUILESS_MAIN(tst_DbWorker)
#include "tst_dbworker.moc"
