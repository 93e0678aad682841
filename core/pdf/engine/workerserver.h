#pragma once

// The request loop of saraban-pdf-worker. A reader thread takes frames off stdin (so that a
// Cancel arrives while Poppler is busy) and queues them; the main thread answers them one at a
// time with the one PopplerEngine. When stdin closes, the client is gone and the process ends
// at once, whatever Poppler is doing.
#include "core/pdf/engine/popplerengine.h"
#include "core/pdf/workerprotocol.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <set>

namespace saraban::pdf::engine {

class WorkerServer
{
public:
    struct Options
    {
        QString nssDirectory;
        int renderBudgetMs = 20000;    // a page that takes longer is abandoned
        qint64 maxPixels = 40'000'000; // per rendered page (160 MB at 4 bytes a pixel)
    };

    explicit WorkerServer(Options options);

    // Serves requests from inputFd and answers on outputFd until the input closes.
    [[noreturn]] void run(int inputFd, int outputFd);

private:
    void readRequests(int inputFd);
    worker::Message nextRequest();
    void handle(const worker::Message &request);
    void send(worker::MessageType type, quint32 id, const QByteArray &body = {});
    void fail(quint32 id, const Error &error);
    bool isCancelled(quint32 id);

    Options m_options;
    PopplerEngine m_engine;
    int m_outputFd = -1;
    std::mutex m_queueMutex;
    std::condition_variable m_queueChanged;
    std::deque<worker::Message> m_queue;
    std::mutex m_cancelMutex;
    std::set<quint32> m_cancelled;
    std::mutex m_writeMutex;
};

} // namespace saraban::pdf::engine
