#include "core/pdf/documenttools.h"

#include "core/pdf/documentprotocol.h"
#include "core/pdf/keystore.h"
#include "core/pdf/pdflogging.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace saraban::pdf {

namespace {

using documentjob::Job;

template <typename... T> QByteArray encode(const T &...values)
{
    QByteArray body;
    QDataStream stream(&body, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    (stream << ... << values);
    return body;
}

template <typename T> Result<T> decodeResult(const QByteArray &reply)
{
    QDataStream stream(reply);
    stream.setVersion(QDataStream::Qt_6_4);
    T value;
    stream >> value;
    if (stream.status() != QDataStream::Ok)
        return Error{QStringLiteral("document.protocol"),
                     DocumentTools::describe(QStringLiteral("document.protocol")),
                     {}};
    return value;
}

} // namespace

QString DocumentToolsOptions::defaultWorkerPath()
{
    const QString overridden = qEnvironmentVariable("SARABAN_DOCUMENT_WORKER");
    if (!overridden.isEmpty())
        return overridden;
    const QString name = QStringLiteral("saraban-document-worker");
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates{here + QLatin1Char('/') + name,
                                 here + QStringLiteral("/../libexec/saraban/") + name,
                                 here + QStringLiteral("/../app/") + name};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty() ? name : onPath;
}

DocumentTools::DocumentTools(DocumentToolsOptions options)
    : m_options(std::move(options))
{
    if (m_options.workerPath.isEmpty())
        m_options.workerPath = DocumentToolsOptions::defaultWorkerPath();
    if (m_options.keyDirectory.isEmpty())
        m_options.keyDirectory = KeyStore::defaultDirectory();
}

QString DocumentTools::describe(const QString &code)
{
    if (code == QLatin1String("sign.password"))
        return tr("The password or PIN of the certificate is wrong.");
    if (code == QLatin1String("sign.certificate"))
        return tr("The certificate is not in Saraban's key store or on a connected token.");
    if (code == QLatin1String("sign.nokey"))
        return tr("Saraban's key store has no certificate to sign with yet: import one first.");
    if (code == QLatin1String("sign.failed"))
        return tr("The document could not be signed.");
    if (code == QLatin1String("compose.font"))
        return tr("No Lao font is installed (Debian package fonts-lao or fonts-noto-core).");
    if (code == QLatin1String("compose.failed"))
        return tr("The letter could not be written as PDF.");
    if (code == QLatin1String("stamp.failed"))
        return tr("The stamp could not be added to the document.");
    if (code == QLatin1String("document.timeout"))
        return tr("Producing the document took too long and was stopped.");
    if (code == QLatin1String("document.toolarge"))
        return tr("The file is too large.");
    if (code == QLatin1String("document.worker"))
        return tr("Saraban's document helper could not be started.");
    if (code == QLatin1String("document.crash"))
        return tr("Saraban's document helper stopped while working on this file.");
    if (code.startsWith(QLatin1String("pdf.")))
        return tr("The file could not be read as a PDF.");
    return tr("Saraban's document helper gave an answer it does not understand.");
}

Result<QByteArray> DocumentTools::run(quint8 kind, const QByteArray &arguments, int budgetMs,
                                      bool needsKeys) const
{
    QProcess process;
    process.setProgram(m_options.workerPath);
    if (needsKeys)
        process.setArguments(
            {QStringLiteral("--nss-dir"), KeyStore(m_options.keyDirectory).database()});
    const qint64 limitBytes = m_options.memoryLimitBytes;
    process.setChildProcessModifier([limitBytes] {
        // Between fork and exec: async-signal-safe calls only.
        if (limitBytes > 0) {
            const rlimit limit{static_cast<rlim_t>(limitBytes), static_cast<rlim_t>(limitBytes)};
            ::setrlimit(RLIMIT_AS, &limit);
        }
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    QElapsedTimer clock;
    clock.start();
    process.start();
    if (!process.waitForStarted(10000))
        return Error{QStringLiteral("document.worker"), describe(QStringLiteral("document.worker")),
                     m_options.workerPath + QStringLiteral(": ") + process.errorString()};
    QByteArray request = encode(kind);
    request += arguments;
    process.write(request);
    process.closeWriteChannel();
    // The reply can be larger than a pipe holds: read while waiting, or both sides would block.
    QByteArray reply;
    QByteArray log;
    while (process.state() != QProcess::NotRunning) {
        const qint64 left = budgetMs - clock.elapsed();
        if (left <= 0) {
            process.kill();
            process.waitForFinished(2000);
            qCWarning(lcPdf) << "document job" << kind << "stopped after" << budgetMs << "ms";
            return Error{QStringLiteral("document.timeout"),
                         describe(QStringLiteral("document.timeout")),
                         QString::fromLocal8Bit(log.right(4000))};
        }
        process.waitForReadyRead(static_cast<int>(qMin<qint64>(left, 200)));
        reply += process.readAllStandardOutput();
        log += process.readAllStandardError();
        if (reply.size() > m_options.maxFileBytes * 2) {
            process.kill();
            process.waitForFinished(2000);
            return Error{QStringLiteral("document.toolarge"),
                         describe(QStringLiteral("document.toolarge")),
                         {}};
        }
    }
    reply += process.readAllStandardOutput();
    log += process.readAllStandardError();
    if (!log.isEmpty())
        qCDebug(lcPdf).noquote() << "document worker:" << QString::fromLocal8Bit(log.right(2000));
    if (process.exitStatus() != QProcess::NormalExit || reply.isEmpty())
        return Error{QStringLiteral("document.crash"), describe(QStringLiteral("document.crash")),
                     QString::fromLocal8Bit(log.right(4000))};
    QDataStream stream(reply);
    stream.setVersion(QDataStream::Qt_6_4);
    quint8 status = documentjob::replyFailed;
    stream >> status;
    if (status == documentjob::replyOk)
        return reply.mid(1);
    QString code;
    QString message;
    QString detail;
    stream >> code >> message >> detail;
    if (stream.status() != QDataStream::Ok)
        return Error{
            QStringLiteral("document.protocol"), describe(QStringLiteral("document.protocol")), {}};
    // The worker speaks English for the log; people get the translated sentence.
    return Error{code, describe(code),
                 message + (detail.isEmpty() ? QString() : QLatin1Char('\n') + detail)};
}

Result<QByteArray> DocumentTools::compose(const LetterTemplate &letterTemplate,
                                          const LetterContent &content) const
{
    Result<QByteArray> reply =
        run(static_cast<quint8>(Job::Compose), encode(letterTemplate, content),
            m_options.composeBudgetMs, false);
    if (!reply)
        return reply.error();
    return decodeResult<QByteArray>(*reply);
}

Result<QList<SigningCertificate>> DocumentTools::signingCertificates(const QString &password) const
{
    Result<QByteArray> reply =
        run(static_cast<quint8>(Job::Certificates), encode(password), m_options.signBudgetMs, true);
    if (!reply)
        return reply.error();
    return decodeResult<QList<SigningCertificate>>(*reply);
}

Result<QByteArray> DocumentTools::sign(const QByteArray &pdf, const SigningRequest &request) const
{
    if (pdf.size() > m_options.maxFileBytes)
        return Error{
            QStringLiteral("document.toolarge"), describe(QStringLiteral("document.toolarge")), {}};
    Result<QByteArray> reply =
        run(static_cast<quint8>(Job::Sign), encode(pdf, request), m_options.signBudgetMs, true);
    if (!reply)
        return reply.error();
    return decodeResult<QByteArray>(*reply);
}

Result<QByteArray> DocumentTools::stamp(const QByteArray &pdf, const QList<StampMark> &marks) const
{
    if (pdf.size() > m_options.maxFileBytes)
        return Error{
            QStringLiteral("document.toolarge"), describe(QStringLiteral("document.toolarge")), {}};
    Result<QByteArray> reply =
        run(static_cast<quint8>(Job::Stamp), encode(pdf, marks), m_options.stampBudgetMs, false);
    if (!reply)
        return reply.error();
    return decodeResult<QByteArray>(*reply);
}

Result<QByteArray> DocumentTools::stampNumber(const QByteArray &pdf, const QString &number,
                                              const QDate &date, const QString &author) const
{
    if (pdf.size() > m_options.maxFileBytes)
        return Error{
            QStringLiteral("document.toolarge"), describe(QStringLiteral("document.toolarge")), {}};
    Result<QByteArray> reply =
        run(static_cast<quint8>(Job::Number), encode(pdf, number, date, author),
            m_options.stampBudgetMs, false);
    if (!reply)
        return reply.error();
    return decodeResult<QByteArray>(*reply);
}

} // namespace saraban::pdf
