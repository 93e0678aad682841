#include "core/db/connectioncontroller.h"

#include "core/db/signin.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>

namespace saraban {

ConnectionController::ConnectionController(std::unique_ptr<DatabaseSession> session,
                                           QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
{}

ConnectionController::~ConnectionController()
{
    shutdown();
}

void ConnectionController::setSession(std::unique_ptr<DatabaseSession> session)
{
    if (m_state == State::Connecting || m_state == State::Connected)
        return;
    shutdown();
    m_session = std::move(session);
}

void ConnectionController::setCredentials(const QString &user, const QString &password)
{
    m_session->setCredentials(user, password);
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
        m_lastError = SignIn::explain(prepared.error(), m_session->profile());
        setState(State::Failed);
        emit failed(m_lastError);
        return;
    }
    m_dbWorker = std::make_unique<DbWorker>(m_session->signInProfile());
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
    // The worker's connection goes before the server it is connected to.
    if (m_dbWorker) {
        emit workerGoing();
        m_dbWorker.reset();
    }
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

} // namespace saraban
