#include "core/pdf/engine/workerserver.h"

#include "core/pdf/engine/popplerlog.h"
#include "core/pdf/pdflogging.h"

#include <QElapsedTimer>
#include <QtEndian>

#include <cerrno>
#include <thread>
#include <unistd.h>

namespace saraban::pdf::engine {

using worker::Message;
using worker::MessageType;

WorkerServer::WorkerServer(Options options)
    : m_options(std::move(options))
{}

void WorkerServer::run(int inputFd, int outputFd)
{
    m_outputFd = outputFd;
    PopplerLog::install(
        [this](quint64 messages) { send(MessageType::Progress, 0, worker::encode(messages)); });
    std::thread reader([this, inputFd] { readRequests(inputFd); });
    reader.detach();
    for (;;) {
        const Message request = nextRequest();
        if (isCancelled(request.id)) {
            send(MessageType::Cancelled, request.id);
        } else {
            PopplerLog::beginWork();
            handle(request);
            PopplerLog::endWork();
        }
        // Requests are answered in order, so older cancellations can be forgotten.
        std::lock_guard lock(m_cancelMutex);
        m_cancelled.erase(m_cancelled.begin(), m_cancelled.upper_bound(request.id));
    }
}

void WorkerServer::readRequests(int inputFd)
{
    QByteArray buffer;
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t got = ::read(inputFd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            ::_exit(0); // the client closed the pipe or died: stop whatever Poppler is doing
        buffer.append(chunk, static_cast<qsizetype>(got));
        bool corrupt = false;
        while (std::optional<Message> message = worker::takeFrame(buffer, &corrupt)) {
            if (message->type == MessageType::Cancel) {
                std::lock_guard lock(m_cancelMutex);
                m_cancelled.insert(message->id);
                continue;
            }
            {
                std::lock_guard lock(m_queueMutex);
                m_queue.push_back(std::move(*message));
            }
            m_queueChanged.notify_one();
        }
        if (corrupt) {
            qCCritical(lcPdfEngine) << "corrupt request stream; stopping";
            ::_exit(3);
        }
    }
}

Message WorkerServer::nextRequest()
{
    std::unique_lock lock(m_queueMutex);
    m_queueChanged.wait(lock, [this] { return !m_queue.empty(); });
    Message request = std::move(m_queue.front());
    m_queue.pop_front();
    return request;
}

bool WorkerServer::isCancelled(quint32 id)
{
    std::lock_guard lock(m_cancelMutex);
    return m_cancelled.count(id) > 0;
}

void WorkerServer::send(MessageType type, quint32 id, const QByteArray &body)
{
    // The header is framed on its own so that a page's megabytes are not copied once more.
    const QByteArray header = worker::frame(type, id, {});
    const quint32 length = static_cast<quint32>(5 + body.size());
    char prefix[4];
    qToBigEndian(length, prefix);
    std::lock_guard lock(m_writeMutex);
    for (const auto &[data, size] :
         {std::pair<const char *, qsizetype>{prefix, 4},
          std::pair<const char *, qsizetype>{header.constData() + 4, 5},
          std::pair<const char *, qsizetype>{body.constData(), body.size()}}) {
        qsizetype written = 0;
        while (written < size) {
            const ssize_t n =
                ::write(m_outputFd, data + written, static_cast<size_t>(size - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                ::_exit(0); // nobody is listening any more
            written += n;
        }
    }
}

void WorkerServer::fail(quint32 id, const Error &error)
{
    send(MessageType::Failed, id,
         worker::encode(error.code, error.message + QLatin1Char('\n') + error.detail));
}

void WorkerServer::handle(const Message &request)
{
    const quint32 id = request.id;
    QElapsedTimer timer;
    timer.start();
    switch (request.type) {
    case MessageType::Open: {
        QByteArray data;
        QByteArray password;
        if (!worker::decode(request.body, data, password))
            return fail(id, Error{QStringLiteral("pdf.protocol"), QStringLiteral("bad Open"), {}});
        Result<PdfDocumentInfo> info = m_engine.open(data, password);
        if (!info)
            return fail(id, info.error());
        qCDebug(lcPdfEngine) << "opened" << info->pageCount() << "pages in" << timer.elapsed()
                             << "ms";
        return send(MessageType::Opened, id, worker::encode(*info));
    }
    case MessageType::Render: {
        qint32 page = 0;
        double dpi = 0;
        qint32 rotation = 0;
        if (!worker::decode(request.body, page, dpi, rotation))
            return fail(id,
                        Error{QStringLiteral("pdf.protocol"), QStringLiteral("bad Render"), {}});
        bool timedOut = false;
        const AbortCheck abort = [&] {
            if (isCancelled(id))
                return true;
            timedOut = timer.elapsed() > m_options.renderBudgetMs;
            return timedOut;
        };
        Result<RenderedPage> rendered =
            m_engine.render(page, dpi, rotation, m_options.maxPixels, abort);
        if (rendered) {
            qCDebug(lcPdfEngine) << "rendered page" << page << "at" << rendered->dpi << "dpi in"
                                 << timer.elapsed() << "ms";
            // Reserved up front: a page is megabytes, and growing the buffer would copy it again.
            QByteArray body;
            body.reserve(rendered->pixels.size() + 256);
            QDataStream stream(&body, QIODevice::WriteOnly);
            stream.setVersion(QDataStream::Qt_6_4);
            stream << *rendered;
            return send(MessageType::Rendered, id, body);
        }
        if (rendered.error().code == QLatin1String("pdf.aborted"))
            return timedOut ? fail(id, Error{QStringLiteral("pdf.render.timeout"),
                                             QStringLiteral("rendering took too long"),
                                             {}})
                            : send(MessageType::Cancelled, id);
        return fail(id, rendered.error());
    }
    case MessageType::Text: {
        qint32 page = 0;
        if (!worker::decode(request.body, page))
            return fail(id, Error{QStringLiteral("pdf.protocol"), QStringLiteral("bad Text"), {}});
        const AbortCheck abort = [&] {
            return isCancelled(id) || timer.elapsed() > m_options.renderBudgetMs;
        };
        Result<PageText> text = m_engine.text(page, abort);
        if (text)
            return send(MessageType::TextReady, id, worker::encode(*text));
        if (text.error().code == QLatin1String("pdf.aborted") && isCancelled(id))
            return send(MessageType::Cancelled, id);
        return fail(id, text.error());
    }
    case MessageType::Signatures: {
        Result<QList<SignatureInfo>> signatures = m_engine.signatures(m_options.nssDirectory);
        if (!signatures)
            return fail(id, signatures.error());
        qCDebug(lcPdfEngine) << "checked" << signatures->size() << "signature fields in"
                             << timer.elapsed() << "ms";
        return send(MessageType::SignaturesReady, id, worker::encode(*signatures));
    }
    default:
        return fail(id,
                    Error{QStringLiteral("pdf.protocol"), QStringLiteral("unknown request"), {}});
    }
}

} // namespace saraban::pdf::engine
