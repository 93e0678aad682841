#pragma once

// Brings the client onto its database without freezing the window: the private server's start
// (initdb on the first run takes seconds), the schema check and the check of the person's
// password run on a thread of their own. The GUI thread holds no connection: everything reads
// through the DbWorker (and the LISTEN connection), each on its own thread.
#include "core/db/dbworker.h"
#include "core/db/session.h"
#include "core/util/result.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

class QThread;

namespace saraban {

class ConnectionController : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Connected, Failed };
    Q_ENUM(State)

    // Takes the session to use (private or shared).
    explicit ConnectionController(std::unique_ptr<DatabaseSession> session,
                                  QObject *parent = nullptr);
    ~ConnectionController() override;

    State state() const { return m_state; }
    const DatabaseSession &session() const { return *m_session; }
    // Another server (the sign-in dialog's choice); only while not connecting or connected.
    void setSession(std::unique_ptr<DatabaseSession> session);
    // Who signs in at the next connectToServer(); see DatabaseSession::setCredentials().
    void setCredentials(const QString &user, const QString &password);
    // The connection off the GUI thread that models read through, signed in like the session;
    // null until connected.
    DbWorker *worker() const { return m_dbWorker.get(); }
    ConnectionProfile profile() const { return m_session->profile(); }
    const Error &lastError() const { return m_lastError; }

    // Starts connecting; connected() or failed() follows. Safe to call again after a failure.
    void connectToServer();
    // Closes the connection and lets go of the private server (stopping it if we were its last
    // user). Blocks briefly; call it when the application quits.
    void shutdown();

signals:
    void stateChanged(saraban::ConnectionController::State state);
    void connected();
    // Connecting failed; the error is explained for people (SignIn::explain()).
    void failed(const saraban::Error &error);
    // worker() is about to be destroyed (shutdown, or another server chosen): whoever reads
    // through it lets go now. A later connected() brings a new one.
    void workerGoing();

private:
    void finishConnecting(const Status &prepared);
    void setState(State state);

    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<DbWorker> m_dbWorker;
    QThread *m_worker = nullptr;
    State m_state = State::Idle;
    Error m_lastError;
};

} // namespace saraban
