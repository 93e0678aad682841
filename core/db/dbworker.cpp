#include "core/db/dbworker.h"

#include "core/db/database.h"
#include "core/logging.h"

#include <QMetaObject>
#include <QMutex>
#include <QSet>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QVariant>

#include <libpq-fe.h>

namespace saraban {

namespace {

PGconn *pgHandle(const QSqlDatabase &database)
{
    if (!database.isValid() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

} // namespace

namespace detail {

bool connectionBroken(const QSqlDatabase &database)
{
    PGconn *connection = pgHandle(database);
    return connection && PQstatus(connection) == CONNECTION_BAD;
}

Error connectionLost(const Error &cause)
{
    return Error{QString::fromLatin1(DbWorker::connectionLostCode),
                 QCoreApplication::translate(
                     "saraban::DbWorker",
                     "The connection to the server was lost. Saraban is reconnecting; nothing "
                     "you typed is lost, and you can send it again once connected."),
                 cause.toString()};
}

} // namespace detail

struct DbWorker::Cancellations
{
    mutable QMutex mutex;
    QSet<RequestId> ids;

    bool contains(RequestId id) const
    {
        QMutexLocker lock(&mutex);
        return ids.contains(id);
    }
};

// Lives on the worker thread and owns the connection; only ever called there.
class DbWorkerExecutor : public QObject
{
public:
    DbWorkerExecutor(DbWorker *front, ConnectionProfile profile,
                     std::shared_ptr<DbWorker::Cancellations> cancelled)
        : m_front(front)
        , m_profile(std::move(profile))
        , m_name(QStringLiteral("saraban-worker-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces))
        , m_cancelled(std::move(cancelled))
    {}

    void setDelays(int firstMs, int maxMs)
    {
        m_firstDelay = qMax(1, firstMs);
        m_maxDelay = qMax(m_firstDelay, maxMs);
        m_delay = m_firstDelay;
    }

    void open()
    {
        report(DbWorker::State::Connecting, Error{});
        auto database = db::open(m_profile, m_name);
        if (!database) {
            lost(database.error());
            return;
        }
        m_connected = true;
        m_delay = m_firstDelay;
        watchSocket(*database);
        qCDebug(lcDb) << "worker connected" << m_name;
        report(DbWorker::State::Connected, Error{});
    }

    void run(DbWorker::RequestId id, const QPointer<QObject> &receiver,
             const DbWorker::ErasedJob &job)
    {
        DbWorker::Delivery delivery;
        if (!m_cancelled->contains(id)) {
            if (!m_connected) {
                const Error down{QString::fromLatin1(DbWorker::notConnectedCode),
                                 QCoreApplication::translate(
                                     "saraban::DbWorker",
                                     "There is no connection to the server right now. Saraban "
                                     "is reconnecting; try again when the status bar says "
                                     "it is connected."),
                                 QString()};
                delivery = job(nullptr, &down);
            } else {
                const QSqlDatabase database = QSqlDatabase::database(m_name, false);
                delivery = job(&database, nullptr);
                if (detail::connectionBroken(database)) {
                    PGconn *connection = pgHandle(database);
                    lost(Error{QString::fromLatin1(DbWorker::connectionLostCode),
                               QCoreApplication::translate(
                                   "saraban::DbWorker", "The connection to the server was lost."),
                               QString::fromUtf8(PQerrorMessage(connection)).trimmed()});
                }
            }
        }
        DbWorker *front = m_front;
        QMetaObject::invokeMethod(
            front, [front, id, receiver, delivery] { front->deliver(id, receiver, delivery); },
            Qt::QueuedConnection);
    }

    void close()
    {
        delete m_reconnect;
        m_reconnect = nullptr;
        dropConnection();
    }

private:
    void watchSocket(const QSqlDatabase &database)
    {
        PGconn *connection = pgHandle(database);
        if (!connection || PQsocket(connection) < 0)
            return;
        m_socket = new QSocketNotifier(PQsocket(connection), QSocketNotifier::Read, this);
        connect(m_socket, &QSocketNotifier::activated, this, [this] {
            // Jobs run synchronously on this thread, so the connection is idle here: anything
            // readable is the server speaking unasked (a notice, or the goodbye before it
            // closes the session).
            PGconn *handle = pgHandle(QSqlDatabase::database(m_name, false));
            if (!handle)
                return;
            if (PQconsumeInput(handle) == 0 || PQstatus(handle) == CONNECTION_BAD) {
                lost(Error{QString::fromLatin1(DbWorker::connectionLostCode),
                           QCoreApplication::translate("saraban::DbWorker",
                                                       "The connection to the server was lost."),
                           QString::fromUtf8(PQerrorMessage(handle)).trimmed()});
            }
        });
    }

    void dropConnection()
    {
        delete m_socket;
        m_socket = nullptr;
        if (QSqlDatabase::contains(m_name))
            db::close(m_name);
        m_connected = false;
    }

    void lost(const Error &error)
    {
        qCInfo(lcDb).noquote() << "worker connection down:" << error.toString();
        dropConnection();
        report(DbWorker::State::Disconnected, error);
        if (!m_reconnect) {
            m_reconnect = new QTimer(this);
            m_reconnect->setSingleShot(true);
            connect(m_reconnect, &QTimer::timeout, this, [this] { open(); });
        }
        m_reconnect->start(m_delay);
        m_delay = qMin(m_delay * 2, m_maxDelay);
    }

    void report(DbWorker::State state, const Error &error)
    {
        DbWorker *front = m_front;
        QMetaObject::invokeMethod(
            front, [front, state, error] { front->setState(state, error); }, Qt::QueuedConnection);
    }

    DbWorker *m_front;
    ConnectionProfile m_profile;
    QString m_name;
    std::shared_ptr<DbWorker::Cancellations> m_cancelled;
    QSocketNotifier *m_socket = nullptr;
    QTimer *m_reconnect = nullptr;
    bool m_connected = false;
    int m_firstDelay = 250;
    int m_maxDelay = 30000;
    int m_delay = 250;
};

DbWorker::DbWorker(ConnectionProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_cancelled(std::make_shared<Cancellations>())
{
    ConnectionProfile workerProfile = m_profile;
    // Over a network, let TCP notice a silent peer (a cut cable, a sleeping laptop) within a
    // minute; the socket then turns readable and the loss is seen without polling.
    if (!workerProfile.isLocal() &&
        workerProfile.parameter(QStringLiteral("keepalives")).isEmpty()) {
        workerProfile =
            workerProfile.withParameter(QStringLiteral("keepalives"), QStringLiteral("1"))
                .withParameter(QStringLiteral("keepalives_idle"), QStringLiteral("20"))
                .withParameter(QStringLiteral("keepalives_interval"), QStringLiteral("5"))
                .withParameter(QStringLiteral("keepalives_count"), QStringLiteral("3"));
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("saraban-db-worker"));
    m_executor = new DbWorkerExecutor(this, workerProfile, m_cancelled);
    m_executor->moveToThread(m_thread);
    m_thread->start();
    DbWorkerExecutor *executor = m_executor;
    QMetaObject::invokeMethod(
        executor, [executor] { executor->open(); }, Qt::QueuedConnection);
}

DbWorker::~DbWorker()
{
    DbWorkerExecutor *executor = m_executor;
    // The connection and the notifier belong to the worker thread: close them there.
    QMetaObject::invokeMethod(
        executor, [executor] { executor->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_executor;
}

void DbWorker::setReconnectDelays(int firstMs, int maxMs)
{
    DbWorkerExecutor *executor = m_executor;
    QMetaObject::invokeMethod(
        executor, [executor, firstMs, maxMs] { executor->setDelays(firstMs, maxMs); },
        Qt::QueuedConnection);
}

DbWorker::RequestId DbWorker::enqueue(QObject *receiver, ErasedJob job)
{
    const RequestId id = m_nextId++;
    m_inFlight.insert(id);
    DbWorkerExecutor *executor = m_executor;
    QPointer<QObject> guard(receiver);
    QMetaObject::invokeMethod(
        executor, [executor, id, guard, job = std::move(job)] { executor->run(id, guard, job); },
        Qt::QueuedConnection);
    return id;
}

void DbWorker::cancel(RequestId id)
{
    // Only a request whose answer has not come back yet can be dropped; anything else would
    // stay in the set for ever.
    if (!m_inFlight.contains(id))
        return;
    QMutexLocker lock(&m_cancelled->mutex);
    m_cancelled->ids.insert(id);
}

void DbWorker::deliver(RequestId id, const QPointer<QObject> &receiver, const Delivery &delivery)
{
    m_inFlight.remove(id);
    bool cancelled = false;
    {
        QMutexLocker lock(&m_cancelled->mutex);
        cancelled = m_cancelled->ids.remove(id);
    }
    if (cancelled || !receiver || !delivery)
        return;
    delivery();
}

void DbWorker::setState(State state, const Error &error)
{
    const bool changed = m_state != state;
    m_state = state;
    if (state == State::Connected)
        m_wasConnected = true;
    if (changed)
        emit stateChanged(state);
    if (state == State::Connected)
        emit connected();
    else if (state == State::Disconnected)
        emit connectionLost(error);
}

bool DbWorker::isConnectionError(const Error &error)
{
    return error.code == QLatin1String(connectionLostCode) ||
           error.code == QLatin1String(notConnectedCode);
}

} // namespace saraban
