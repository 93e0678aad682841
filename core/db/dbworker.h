#pragma once

// Database work off the GUI thread. A DbWorker owns a thread and, on it, a connection of its own
// opened from a profile (the same server and signed-in credentials as the rest of the client).
// Nothing else touches that connection: requests go in as jobs, answers come back to the
// caller's thread through its event loop.
//
// How a model uses it (RegisterModel does exactly this; an InboxModel can do the same):
//   1. Hold a DbWorker*, never a QSqlDatabase.
//   2. To load, post a job and a completion:
//        m_request = m_worker->post(this,
//            [filter](const QSqlDatabase &db) { return LetterQuery(db).page(filter); },
//            [this](Result<QList<LetterSummary>> page) { ...append rows... });
//      The job runs on the worker thread: it captures values (a filter, a page key), never the
//      model, and builds its services from the database it is given. The completion runs on
//      the thread that owns the DbWorker, and only while `this` is alive.
//   3. Keep the id of the one answer still wanted and cancel() the others (a page of the
//      previous filter): a cancelled request is not run if it has not started, and its answer
//      is dropped if it has.
//   4. A job that fails because the connection dropped comes back with the code
//      connectionLostCode (isConnectionError() is true). The worker reconnects by itself with
//      backoff and emits connected(); post the request again then (RegisterModel reloads).
//
// Liveness: while idle the worker watches the connection's socket (QSocketNotifier on
// PQsocket); a server that ends the session (restart, pg_terminate_backend, a crash) makes it
// readable, libpq reads the goodbye and PQstatus() turns bad, so the loss is seen at once
// without polling queries. A job that fails is also checked with PQstatus(). A connection on
// which the driver LISTENs (subscribeToNotification) has a socket notifier of its own; such a
// user should rely on the job check and the driver's notifier.
#include "core/db/connectionprofile.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <type_traits>

class QThread;

namespace saraban {

class DbWorkerExecutor;

namespace detail {
// True when the connection is open but libpq reports it broken (PQstatus CONNECTION_BAD).
bool connectionBroken(const QSqlDatabase &database);
Error connectionLost(const Error &cause);
} // namespace detail

class DbWorker : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)
    using RequestId = quint64;

    static constexpr auto connectionLostCode = "db.connection.lost";
    static constexpr auto notConnectedCode = "db.connection.down";

    // Starts the thread and opens the connection on it (connected() or connectionLost()
    // follows). The profile may carry a password ("password" parameter); it stays in memory.
    explicit DbWorker(ConnectionProfile profile, QObject *parent = nullptr);
    // Closes the connection on its own thread and stops the thread; jobs not yet run are
    // dropped.
    ~DbWorker() override;

    State state() const { return m_state; }
    // Connected once and not connected now: the connection dropped and is being restored.
    bool isReconnecting() const { return m_wasConnected && m_state != State::Connected; }
    ConnectionProfile profile() const { return m_profile; }
    // The thread that owns the connection, for checks that the GUI thread never queries.
    QThread *connectionThread() const { return m_thread; }
    // Reconnection waits grow from the first to the last and stay there.
    void setReconnectDelays(int firstMs, int maxMs);

    // Runs job(const QSqlDatabase &) -> Result<T> or Status on the worker thread, then
    // done(that result) on this object's thread if receiver still exists and the request was
    // not cancelled. When there is no connection, done gets an Error with notConnectedCode
    // without the job running.
    template <typename Job, typename Done> RequestId post(QObject *receiver, Job job, Done done)
    {
        using Answer = std::invoke_result_t<Job &, const QSqlDatabase &>;
        return enqueue(receiver,
                       [job = std::move(job),
                        done = std::move(done)](const QSqlDatabase *database,
                                                const Error *unavailable) mutable -> Delivery {
                           Answer answer = unavailable ? Answer(*unavailable) : job(*database);
                           if (!unavailable && !answer.ok() && detail::connectionBroken(*database))
                               answer = Answer(detail::connectionLost(answer.error()));
                           return [done = std::move(done), answer = std::move(answer)]() mutable {
                               done(std::move(answer));
                           };
                       });
    }
    // The answer to id is no longer wanted.
    void cancel(RequestId id);

    static bool isConnectionError(const Error &error);

signals:
    void stateChanged(saraban::DbWorker::State state);
    void connected();
    // The connection failed or dropped; the worker retries after the next delay.
    void connectionLost(const saraban::Error &error);

private:
    friend class DbWorkerExecutor;
    using Delivery = std::function<void()>;
    using ErasedJob = std::function<Delivery(const QSqlDatabase *, const Error *)>;

    RequestId enqueue(QObject *receiver, ErasedJob job);
    void deliver(RequestId id, const QPointer<QObject> &receiver, const Delivery &delivery);
    void setState(State state, const Error &error);

    ConnectionProfile m_profile;
    QThread *m_thread = nullptr;
    DbWorkerExecutor *m_executor = nullptr;
    State m_state = State::Connecting;
    bool m_wasConnected = false;
    RequestId m_nextId = 1;
    QSet<RequestId> m_inFlight; // posted, answer not delivered yet
    struct Cancellations;
    std::shared_ptr<Cancellations> m_cancelled;
};

} // namespace saraban
