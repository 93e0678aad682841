#include "core/pdf/pdfdocument.h"

#include "core/pdf/coverageanalyzer.h"
#include "core/pdf/pdflogging.h"
#include "core/pdf/truststore.h"
#include "core/pdf/workerprotocol.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <mutex>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace saraban::pdf {

using worker::MessageType;

namespace {

// What the client writes to its log of the worker's own messages, per worker.
constexpr int maxLogLinesPerWorker = 200;
// A worker that overruns its own page budget by this much is killed.
constexpr int workerGraceMs = 5000;

} // namespace

// The link between a file read on the thread pool and its document, which may be gone (or be
// reading another file) by the time the read finishes.
struct PdfDocument::ReadJob
{
    std::mutex mutex;
    PdfDocument *document = nullptr;
};

PdfDocument::PdfDocument(PdfOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_deadlineTimer(new QTimer(this))
{
    if (m_options.workerPath.isEmpty())
        m_options.workerPath = PdfOptions::defaultWorkerPath();
    if (m_options.trustDirectory.isEmpty())
        m_options.trustDirectory = TrustStore::defaultDirectory();
    m_deadlineTimer->setInterval(200);
    connect(m_deadlineTimer, &QTimer::timeout, this, &PdfDocument::checkDeadlines);
    m_clock.start();
}

PdfDocument::~PdfDocument()
{
    if (m_readJob) {
        std::lock_guard lock(m_readJob->mutex);
        m_readJob->document = nullptr;
    }
    stopWorker();
}

qint64 PdfDocument::loadingElapsedMs() const
{
    return m_clock.elapsed() - m_loadingStarted;
}

qint64 PdfDocument::workerProcessId() const
{
    return m_process ? m_process->processId() : 0;
}

void PdfDocument::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PdfDocument::open(const QString &path, const QByteArray &password)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_name = QFileInfo(path).fileName();
    m_password = password;
    m_loadingStarted = m_clock.elapsed();
    setState(State::Reading);

    const quint64 generation = ++m_generation;
    if (m_readJob) {
        std::lock_guard lock(m_readJob->mutex);
        m_readJob->document = nullptr;
    }
    // The helper process starts while the file is read: its start-up is not on the way.
    startWorker();
    m_readJob = std::make_shared<ReadJob>();
    m_readJob->document = this;
    const std::shared_ptr<ReadJob> job = m_readJob;
    const qint64 maxBytes = m_options.maxFileBytes;
    QThreadPool::globalInstance()->start([job, path = m_path, generation, maxBytes] {
        QByteArray data;
        QByteArray sha256;
        Error error;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = describeFailure(QStringLiteral("pdf.io"), file.errorString());
        } else if (file.size() > maxBytes) {
            error = describeFailure(QStringLiteral("pdf.toolarge"), QString::number(maxBytes));
        } else {
            data = file.readAll();
            if (data.size() != file.size())
                error = describeFailure(QStringLiteral("pdf.io"), file.errorString());
            sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        }
        std::lock_guard lock(job->mutex);
        if (PdfDocument *document = job->document) {
            QMetaObject::invokeMethod(
                document,
                [document, generation, data, sha256, error] {
                    document->fileRead(generation, data, sha256, error);
                },
                Qt::QueuedConnection);
        }
    });
}

void PdfDocument::fileRead(quint64 generation, const QByteArray &data, const QByteArray &sha256,
                           const Error &error)
{
    if (generation != m_generation || m_state != State::Reading)
        return;
    if (!error.code.isEmpty())
        return failDocument(error);
    m_data = data;
    m_sha256 = sha256;
    startLoading();
}

void PdfDocument::openData(const QByteArray &data, const QString &name, const QByteArray &password)
{
    close();
    m_name = name;
    m_password = password;
    m_loadingStarted = m_clock.elapsed();
    m_data = data;
    m_sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    startLoading();
}

void PdfDocument::startLoading()
{
    if (m_data.isEmpty())
        return failDocument(describeFailure(QStringLiteral("pdf.empty"), QString()));
    setState(State::Loading);
    if (!m_process && !startWorker())
        return;
    m_openId = send(Kind::Open, -1,
                    worker::frame(MessageType::Open, 0, worker::encode(m_data, m_password)));
}

bool PdfDocument::startWorker()
{
    stopWorker();
    m_stopping = false;
    m_killReason.clear();
    m_output.clear();
    m_logLine.clear();
    m_logLines = 0;
    m_libraryMessages = 0;
    m_process = new QProcess(this);
    m_process->setProgram(m_options.workerPath);
    m_process->setArguments(
        {QStringLiteral("--nss-dir"), TrustStore(m_options.trustDirectory).database(),
         QStringLiteral("--render-budget-ms"), QString::number(m_options.pageBudgetMs)});
    // $SARABAN_PDF_WORKER_MEMORY_MB overrides the limit; 0 means none (AddressSanitizer
    // reserves terabytes of address space and cannot start under a limit).
    qint64 limitBytes = m_options.memoryLimitBytes;
    bool overridden = false;
    const qint64 megabytes =
        qEnvironmentVariableIntValue("SARABAN_PDF_WORKER_MEMORY_MB", &overridden);
    if (overridden)
        limitBytes = megabytes << 20;
    const rlim_t memory = limitBytes > 0 ? static_cast<rlim_t>(limitBytes) : RLIM_INFINITY;
    m_process->setChildProcessModifier([memory] {
        // Runs in the child between fork and exec: async-signal-safe calls only.
        const rlimit limit{memory, memory};
        ::setrlimit(RLIMIT_AS, &limit);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PdfDocument::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &PdfDocument::readLog);
    connect(m_process, &QProcess::finished, this, &PdfDocument::workerEnded);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            workerEnded();
    });
    m_process->start();
    m_deadlineTimer->start();
    return true;
}

void PdfDocument::stopWorker()
{
    m_deadlineTimer->stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    m_stopping = true;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        // Closing its input ends the worker at once, whatever it does; kill in case it cannot.
        process->closeWriteChannel();
        process->kill();
        process->waitForFinished(2000);
    }
    process->deleteLater();
}

void PdfDocument::cancel()
{
    if (m_state != State::Reading && m_state != State::Loading)
        return;
    ++m_generation;
    stopWorker();
    m_pending.clear();
    failDocument(describeFailure(QStringLiteral("pdf.cancelled"), QString()));
}

void PdfDocument::close()
{
    ++m_generation;
    stopWorker();
    m_pending.clear();
    m_data.clear();
    m_sha256.clear();
    m_info = {};
    m_error = {};
    m_restarts = 0;
    m_openId = 0;
    m_signaturesRequested = false;
    m_signaturesDone = false;
    m_signatures.clear();
    setState(State::Empty);
}

int PdfDocument::budgetFor(Kind kind) const
{
    switch (kind) {
    case Kind::Open:
        return m_options.openBudgetMs;
    case Kind::Render:
    case Kind::Text:
        return m_options.pageBudgetMs + workerGraceMs;
    case Kind::Signatures:
        return m_options.signatureBudgetMs;
    }
    return m_options.openBudgetMs;
}

quint32 PdfDocument::send(Kind kind, int page, const QByteArray &frame, quint32 id)
{
    if (id == 0)
        id = m_nextId++;
    QByteArray stamped = frame;
    // The frame was built without an id: write it in (bytes 5..8, big-endian).
    stamped[5] = static_cast<char>((id >> 24) & 0xff);
    stamped[6] = static_cast<char>((id >> 16) & 0xff);
    stamped[7] = static_cast<char>((id >> 8) & 0xff);
    stamped[8] = static_cast<char>(id & 0xff);
    m_pending.insert(id, Pending{kind, page, stamped, m_clock.elapsed() + budgetFor(kind)});
    if (m_process)
        m_process->write(stamped);
    return id;
}

int PdfDocument::requestPage(int page, double dpi, int rotation)
{
    if (m_state != State::Ready)
        return 0;
    return static_cast<int>(
        send(Kind::Render, page,
             worker::frame(MessageType::Render, 0,
                           worker::encode(qint32(page), dpi, qint32(rotation)))));
}

int PdfDocument::requestText(int page)
{
    if (m_state != State::Ready)
        return 0;
    return static_cast<int>(
        send(Kind::Text, page, worker::frame(MessageType::Text, 0, worker::encode(qint32(page)))));
}

void PdfDocument::cancelRequest(int request)
{
    const quint32 id = static_cast<quint32>(request);
    if (m_pending.remove(id) && m_process)
        m_process->write(worker::frame(MessageType::Cancel, id));
}

void PdfDocument::requestSignatures()
{
    if (m_signaturesDone) {
        // Asynchronous like the first time, so callers can connect after calling.
        QMetaObject::invokeMethod(
            this, [this] { emit signaturesReady(m_signatures); }, Qt::QueuedConnection);
        return;
    }
    if (m_state != State::Ready || m_signaturesRequested)
        return;
    // The worker gives this trust store to Poppler; it must exist before NSS opens it.
    if (Status created = TrustStore(m_options.trustDirectory).ensureCreated(); !created)
        qCWarning(lcPdf) << "no trust store:" << created.error().toString();
    m_signaturesRequested = true;
    send(Kind::Signatures, -1, worker::frame(MessageType::Signatures, 0));
}

void PdfDocument::readOutput()
{
    if (!m_process)
        return;
    m_output.append(m_process->readAllStandardOutput());
    bool corrupt = false;
    while (std::optional<worker::Message> message = worker::takeFrame(m_output, &corrupt)) {
        handle(message->id, static_cast<int>(message->type), message->body);
        if (!m_process)
            return; // the worker was stopped while handling
    }
    if (corrupt) {
        qCWarning(lcPdfWorker) << "the worker sent a corrupt frame; stopping it";
        m_killReason = QStringLiteral("pdf.crashed");
        m_process->kill();
    }
}

void PdfDocument::readLog()
{
    if (!m_process)
        return;
    m_logLine.append(m_process->readAllStandardError());
    qsizetype end = 0;
    while ((end = m_logLine.indexOf('\n')) >= 0) {
        const QByteArray line = m_logLine.left(end);
        m_logLine.remove(0, end + 1);
        if (++m_logLines <= maxLogLinesPerWorker)
            qCDebug(lcPdfWorker).noquote() << QString::fromUtf8(line.left(500));
        else if (m_logLines == maxLogLinesPerWorker + 1)
            qCDebug(lcPdfWorker) << "further worker messages are not shown";
    }
    // A worker printing a line without end must not fill the memory.
    if (m_logLine.size() > 64 * 1024)
        m_logLine.clear();
}

void PdfDocument::handle(quint32 id, int type, const QByteArray &body)
{
    const auto messageType = static_cast<MessageType>(type);
    if (messageType == MessageType::Progress) {
        quint64 messages = 0;
        if (worker::decode(body, messages))
            m_libraryMessages = messages;
        if (m_state == State::Loading)
            emit progress(loadingElapsedMs(), m_libraryMessages);
        return;
    }
    const auto found = m_pending.constFind(id);
    if (found == m_pending.cend())
        return; // cancelled, or answered before a restart
    const Pending pending = *found;
    m_pending.erase(found);
    const Error protocolError =
        describeFailure(QStringLiteral("pdf.protocol"), QStringLiteral("undecodable reply"));

    switch (messageType) {
    case MessageType::Opened: {
        PdfDocumentInfo info;
        if (!worker::decode(body, info))
            return failDocument(protocolError);
        const bool restarted = m_state == State::Ready;
        info.fileSize = m_data.size();
        info.sha256 = m_sha256;
        m_info = info;
        if (restarted)
            return; // the pending requests were sent again behind the Open
        qCDebug(lcPdf) << "opened" << m_name << m_info.pageCount() << "pages in"
                       << loadingElapsedMs() << "ms";
        setState(State::Ready);
        emit opened();
        return;
    }
    case MessageType::Rendered: {
        RenderedPage page;
        if (!worker::decode(body, page) ||
            page.pixels.size() < page.bytesPerLine * page.size.height())
            return failRequest(id, protocolError);
        emit pageRendered(static_cast<int>(id), page);
        return;
    }
    case MessageType::TextReady: {
        PageText text;
        if (!worker::decode(body, text))
            return failRequest(id, protocolError);
        emit textReady(static_cast<int>(id), text);
        return;
    }
    case MessageType::SignaturesReady: {
        QList<SignatureInfo> signatures;
        if (!worker::decode(body, signatures)) {
            m_signaturesRequested = false;
            emit signaturesFailed(protocolError);
            return;
        }
        return signaturesArrived(std::move(signatures));
    }
    case MessageType::Failed: {
        QString code;
        QString detail;
        worker::decode(body, code, detail);
        const Error error = describeFailure(code, detail);
        if (pending.kind == Kind::Open)
            return failDocument(error);
        m_pending.insert(id, pending); // failRequest() reports and removes it
        return failRequest(id, error);
    }
    case MessageType::Cancelled:
        return;
    default:
        return;
    }
}

void PdfDocument::signaturesArrived(QList<SignatureInfo> signatures)
{
    const CoverageAnalyzer analyzer(m_data);
    for (SignatureInfo &signature : signatures)
        signature.coverage = analyzer.analyze(signature.coverage.byteRange, signature.contents);
    std::stable_sort(signatures.begin(), signatures.end(),
                     [](const SignatureInfo &a, const SignatureInfo &b) {
                         if (a.isSigned() != b.isSigned())
                             return a.isSigned();
                         return a.coverage.signedEnd < b.coverage.signedEnd;
                     });
    m_signatures = std::move(signatures);
    m_signaturesDone = true;
    const DocumentSummary overall = summarize(m_signatures);
    qCDebug(lcPdf) << m_name << "signatures:" << m_signatures.size()
                   << "verdict:" << code(overall.verdict);
    emit signaturesReady(m_signatures);
}

DocumentSummary PdfDocument::summary() const
{
    return summarize(m_signatures);
}

QByteArray PdfDocument::signedRevision(const SignatureInfo &signature) const
{
    return CoverageAnalyzer(m_data).signedRevision(signature.coverage);
}

void PdfDocument::checkDeadlines()
{
    if (!m_process || m_pending.isEmpty())
        return;
    // The time goes on even while the PDF library is silent: the viewer shows it.
    if (m_state == State::Loading)
        emit progress(loadingElapsedMs(), m_libraryMessages);
    const qint64 now = m_clock.elapsed();
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->deadline > now)
            continue;
        qCWarning(lcPdfWorker) << "request" << it.key() << "over its budget; stopping the worker";
        m_killReason = QStringLiteral("pdf.timeout");
        m_killedFor = it.key();
        m_process->kill();
        return;
    }
}

void PdfDocument::failRequest(quint32 id, const Error &error)
{
    const auto found = m_pending.constFind(id);
    if (found == m_pending.cend())
        return;
    const Pending pending = *found;
    m_pending.erase(found);
    switch (pending.kind) {
    case Kind::Open:
        return failDocument(error);
    case Kind::Signatures:
        m_signaturesRequested = false;
        emit signaturesFailed(error);
        return;
    case Kind::Render:
    case Kind::Text:
        emit requestFailed(static_cast<int>(id), pending.page, error);
        return;
    }
}

void PdfDocument::failDocument(const Error &error)
{
    stopWorker();
    m_pending.clear();
    m_error = error;
    qCDebug(lcPdf) << "cannot open" << m_name << ":" << error.toString();
    setState(State::Failed);
    emit failed(error);
}

void PdfDocument::workerEnded()
{
    if (!m_process || m_stopping)
        return;
    QProcess *process = m_process;
    const bool failedToStart = process->error() == QProcess::FailedToStart;
    QString code = m_killReason.isEmpty() ? QStringLiteral("pdf.crashed") : m_killReason;
    QString detail =
        process->exitStatus() == QProcess::CrashExit
            ? QStringLiteral("the worker crashed")
            : QStringLiteral("the worker exited with code %1").arg(process->exitCode());
    if (failedToStart) {
        code = QStringLiteral("pdf.worker");
        detail = m_options.workerPath + QStringLiteral(": ") + process->errorString();
    }
    qCWarning(lcPdfWorker) << "worker ended:" << code << detail;
    // Whatever it still had to say (a log line, a reply) is read before judging.
    m_process = nullptr;
    process->deleteLater();
    m_deadlineTimer->stop();

    // The request it died on: the one over budget, else the oldest one it was working on.
    quint32 culprit = m_killedFor;
    if (!m_pending.contains(culprit) && !m_pending.isEmpty())
        culprit = *std::min_element(m_pending.keyBegin(), m_pending.keyEnd());
    m_killedFor = 0;
    const int budget = m_pending.contains(culprit) ? budgetFor(m_pending.value(culprit).kind) : 0;
    const Error error = describeFailure(code, detail, budget);

    if (m_state != State::Ready || failedToStart) {
        if (m_state == State::Reading || m_state == State::Loading)
            failDocument(error);
        return;
    }
    failRequest(culprit, error);
    if (m_restarts >= m_options.maxRestarts) {
        const QList<quint32> remaining = m_pending.keys();
        for (quint32 id : remaining)
            failRequest(id, error);
        return;
    }
    // Viewing goes on: a new worker opens the same bytes, then takes the remaining requests.
    ++m_restarts;
    qCInfo(lcPdfWorker) << "restarting the worker (" << m_restarts << "of" << m_options.maxRestarts
                        << ")";
    const QHash<quint32, Pending> remaining = m_pending;
    m_pending.clear();
    startWorker();
    m_openId = send(Kind::Open, -1,
                    worker::frame(MessageType::Open, 0, worker::encode(m_data, m_password)));
    QList<quint32> ids = remaining.keys();
    std::sort(ids.begin(), ids.end());
    for (quint32 id : ids) {
        const Pending &pending = remaining[id];
        send(pending.kind, pending.page, pending.frame, id);
    }
}

Error PdfDocument::describeFailure(const QString &code, const QString &detail, int budgetMs)
{
    QString reason;
    if (code == QLatin1String("pdf.io"))
        reason = tr("it cannot be opened (%1)").arg(detail);
    else if (code == QLatin1String("pdf.toolarge"))
        reason = tr("it is larger than %1 MB").arg(detail.toLongLong() >> 20);
    else if (code == QLatin1String("pdf.empty"))
        reason = tr("the file is empty");
    else if (code == QLatin1String("pdf.open"))
        reason = tr("it is not a PDF file, or it is damaged");
    else if (code == QLatin1String("pdf.nopages"))
        reason = tr("it has no pages");
    else if (code == QLatin1String("pdf.locked"))
        reason = tr("it is protected by a password");
    else if (code == QLatin1String("pdf.encryption"))
        reason = tr("it is encrypted in a way Saraban cannot open (for certificates, not with a "
                    "password)");
    else if (code == QLatin1String("pdf.crashed"))
        reason = tr("the PDF reader stopped unexpectedly on this file");
    else if (code == QLatin1String("pdf.timeout"))
        reason = tr("reading it took longer than %1 seconds").arg(qMax(1, budgetMs / 1000));
    else if (code == QLatin1String("pdf.render.timeout"))
        reason = tr("drawing the page took too long");
    else if (code == QLatin1String("pdf.cancelled"))
        reason = tr("reading was cancelled");
    else if (code == QLatin1String("pdf.worker"))
        reason = tr("the PDF helper program could not be started");
    else if (code == QLatin1String("pdf.page"))
        reason = tr("the page does not exist");
    else if (code == QLatin1String("pdf.render"))
        reason = tr("the page cannot be drawn");
    else
        reason = tr("an unexpected error (%1)").arg(code);
    return Error{code, tr("The file could not be read: %1.").arg(reason), detail.trimmed()};
}

} // namespace saraban::pdf
