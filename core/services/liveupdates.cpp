#include "core/services/liveupdates.h"

#include "core/db/database.h"
#include "core/db/dbworker.h"
#include "core/db/notificationlistener.h"

#include <QAtomicInteger>
#include <QThread>

namespace saraban {

namespace {

QAtomicInteger<quint64> nextConnection{1};

} // namespace

LiveUpdates::LiveUpdates(ConnectionProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_connectionName(QStringLiteral("saraban-live-%1").arg(nextConnection.fetchAndAddRelaxed(1)))
    , m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("saraban-live"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

LiveUpdates::~LiveUpdates()
{
    // The connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_listener;
            m_listener = nullptr;
            qDeleteAll(m_retired);
            m_retired.clear();
            db::close(m_connectionName);
            for (const QString &name : std::as_const(m_retiredConnections))
                db::close(name);
            delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void LiveUpdates::start()
{
    QMetaObject::invokeMethod(m_context, [this] {
        if (m_listener) {
            if (!detail::connectionBroken(QSqlDatabase::database(m_connectionName, false)))
                return; // still listening
            m_listener->stop();
            m_retired << std::exchange(m_listener, nullptr);
            m_retiredConnections << m_connectionName;
            m_connectionName = m_connectionName.section(QLatin1Char('.'), 0, 0) +
                               QStringLiteral(".%1").arg(++m_generation);
        }
        auto database = db::open(m_profile, m_connectionName);
        if (!database) {
            emit failed(database.error());
            return;
        }
        auto *listener = new NotificationListener(*database);
        if (Status started = listener->start(); !started) {
            delete listener;
            db::close(m_connectionName);
            emit failed(started.error());
            return;
        }
        m_listener = listener;
        emit ready(listener);
    });
}

} // namespace saraban
