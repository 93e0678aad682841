#include "ui/connectioncontroller.h"

#include "core/db/database.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>

namespace saraban::ui {

ConnectionController::ConnectionController(std::unique_ptr<DatabaseSession> session,
                                           QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_connectionName(QStringLiteral("saraban-gui"))
{}

ConnectionController::~ConnectionController()
{
    shutdown();
}

QSqlDatabase ConnectionController::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void ConnectionController::connectToServer()
{
    if (m_state == State::Connecting || m_state == State::Connected)
        return;
    setState(State::Connecting);
    DatabaseSession *session = m_session.get();
    m_worker = QThread::create([this, session] {
        Status status = session->startServer();
        if (status)
            status = session->prepareSchema();
        // Back to the GUI thread, which owns the connection it is about to open.
        QMetaObject::invokeMethod(
            this, [this, status] { finishConnecting(status); }, Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &QObject::destroyed, this, [this] { m_worker = nullptr; });
    m_worker->start();
}

void ConnectionController::finishConnecting(const Status &prepared)
{
    if (!prepared) {
        m_lastError = prepared.error();
        setState(State::Failed);
        emit failed(m_lastError);
        return;
    }
    auto database = m_session->connect(m_connectionName);
    if (!database) {
        m_lastError = database.error();
        setState(State::Failed);
        emit failed(m_lastError);
        return;
    }
    setState(State::Connected);
    emit connected();
}

void ConnectionController::shutdown()
{
    // A start still under way must finish before the server can be let go of.
    if (m_worker) {
        m_worker->wait();
        QCoreApplication::sendPostedEvents(this);
    }
    if (QSqlDatabase::contains(m_connectionName))
        db::close(m_connectionName);
    const Status stopped = m_session->shutdown();
    Q_UNUSED(stopped) // already logged by LocalServer; nobody is left to show it to
    if (m_state != State::Idle)
        setState(State::Idle);
}

void ConnectionController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace saraban::ui
