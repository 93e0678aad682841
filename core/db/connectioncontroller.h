#pragma once

// Brings the client onto its database without freezing the window: the private server's start
// (initdb on the first run takes seconds) and the schema check run on a worker thread; the
// connection the GUI uses is then opened on the GUI thread, which owns it.
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
    ConnectionProfile profile() const { return m_session->profile(); }
    QSqlDatabase database() const;
    const Error &lastError() const { return m_lastError; }

    // Starts connecting; connected() or failed() follows. Safe to call again after a failure.
    void connectToServer();
    // Closes the connection and lets go of the private server (stopping it if we were its last
    // user). Blocks briefly; call it when the application quits.
    void shutdown();

signals:
    void stateChanged(saraban::ConnectionController::State state);
    void connected();
    void failed(const saraban::Error &error);

private:
    void finishConnecting(const Status &prepared);
    void setState(State state);

    std::unique_ptr<DatabaseSession> m_session;
    QThread *m_worker = nullptr;
    State m_state = State::Idle;
    Error m_lastError;
};

} // namespace saraban
