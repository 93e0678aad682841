#pragma once

// A PDF as the client sees it: opened, rendered, searched and verified through a helper process
// (saraban-pdf-worker) so that a hostile file can crash or stall only that process.
//
// Threading contract: a PdfDocument lives in one thread with an event loop (the GUI thread in the
// viewer, a local loop in saraban-admin) and never blocks it. Reading the file and hashing it
// run on the global thread pool; Poppler runs in the worker. Every request returns an id and is
// answered by exactly one signal (or by nothing after cancelRequest()). Each request has a time
// budget; when it is exceeded, or the worker dies, the worker is killed. While the document is
// being opened that fails the document; once it is open, the request fails and the worker is
// restarted (a few times at most) for the others.
//
// The worker parses exactly the bytes this object read and hashed (they travel over the pipe),
// and the signatures' coverage is computed here from those bytes, never taken from the worker.
#include "core/pdf/documentsummary.h"
#include "core/pdf/pagetext.h"
#include "core/pdf/pdfdocumentinfo.h"
#include "core/pdf/pdfoptions.h"
#include "core/pdf/renderedpage.h"
#include "core/pdf/signatureinfo.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

class QProcess;
class QTimer;

namespace saraban::pdf {

class PdfDocument : public QObject
{
    Q_OBJECT

public:
    enum class State { Empty, Reading, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit PdfDocument(PdfOptions options = {}, QObject *parent = nullptr);
    ~PdfDocument() override;

    // Reads the file off the GUI thread, then has the worker parse it: opened() or failed().
    void open(const QString &path, const QByteArray &password = {});
    // The same for bytes already in memory (a signed revision, a file from the database).
    void openData(const QByteArray &data, const QString &name, const QByteArray &password = {});
    // Gives up on opening (the worker is killed): failed() with code "pdf.cancelled".
    void cancel();
    void close();

    State state() const { return m_state; }
    QString name() const { return m_name; }
    QString path() const { return m_path; }
    const PdfDocumentInfo &info() const { return m_info; }
    const QByteArray &data() const { return m_data; }
    const Error &error() const { return m_error; }
    qint64 loadingElapsedMs() const;
    // The helper process's id, 0 when none runs (for diagnostics and tests).
    qint64 workerProcessId() const;

    // dpi: resolution to render at; rotation: quarter turns clockwise. pageRendered() or
    // requestFailed().
    int requestPage(int page, double dpi, int rotation = 0);
    // textReady() or requestFailed().
    int requestText(int page);
    // No signal will come for this request any more.
    void cancelRequest(int request);

    // Verifies every signature (once; later calls answer from the cache): signaturesReady() or
    // signaturesFailed().
    void requestSignatures();
    bool hasSignatures() const { return m_signaturesDone; }
    // In signing order (by the end of their signed bytes), empty fields last.
    const QList<SignatureInfo> &signatures() const { return m_signatures; }
    DocumentSummary summary() const;
    // Exactly the bytes the signature signed; empty when its ranges do not allow it.
    QByteArray signedRevision(const SignatureInfo &signature) const;

    // "The file could not be read: <reason>" for a worker error code ("pdf.open",
    // "pdf.crashed"...).
    static Error describeFailure(const QString &code, const QString &detail, int budgetMs = 0);

signals:
    void stateChanged(saraban::pdf::PdfDocument::State state);
    void opened();
    void failed(const saraban::Error &error);
    // While opening: time so far, and how many problems the PDF library reported so far.
    void progress(qint64 elapsedMs, quint64 libraryMessages);
    void pageRendered(int request, const saraban::pdf::RenderedPage &page);
    void textReady(int request, const saraban::pdf::PageText &text);
    void requestFailed(int request, int page, const saraban::Error &error);
    void signaturesReady(const QList<saraban::pdf::SignatureInfo> &signatures);
    void signaturesFailed(const saraban::Error &error);

private:
    enum class Kind { Open, Render, Text, Signatures };
    struct Pending
    {
        Kind kind = Kind::Open;
        int page = -1;
        QByteArray frame; // to send again after a restart
        qint64 deadline = 0;
    };
    struct ReadJob;

    void setState(State state);
    void fileRead(quint64 generation, const QByteArray &data, const QByteArray &sha256,
                  const Error &error);
    void startLoading();
    bool startWorker();
    void stopWorker();
    quint32 send(Kind kind, int page, const QByteArray &frame, quint32 id = 0);
    void readOutput();
    void readLog();
    void handle(quint32 id, int type, const QByteArray &body);
    void checkDeadlines();
    void workerEnded();
    void failRequest(quint32 id, const Error &error);
    void failDocument(const Error &error);
    void signaturesArrived(QList<SignatureInfo> signatures);
    int budgetFor(Kind kind) const;

    PdfOptions m_options;
    State m_state = State::Empty;
    QString m_name;
    QString m_path;
    QByteArray m_password;
    QByteArray m_data;
    QByteArray m_sha256;
    PdfDocumentInfo m_info;
    Error m_error;
    quint64 m_generation = 0;
    std::shared_ptr<ReadJob> m_readJob;

    QProcess *m_process = nullptr;
    QByteArray m_output;
    QByteArray m_logLine;
    int m_logLines = 0;
    bool m_stopping = false;
    int m_restarts = 0;
    quint32 m_nextId = 1;
    quint32 m_openId = 0;
    QHash<quint32, Pending> m_pending;
    QTimer *m_deadlineTimer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_loadingStarted = 0;
    quint64 m_libraryMessages = 0;
    QString m_killReason; // the error code when Saraban killed the worker on purpose
    quint32 m_killedFor = 0;

    bool m_signaturesRequested = false;
    bool m_signaturesDone = false;
    QList<SignatureInfo> m_signatures;
};

} // namespace saraban::pdf
