// saraban-document-worker: the helper process that composes, signs and stamps documents
// (core/pdf/engine/documentengine.h), one job per process, so that a hostile incoming file, a
// stuck token or a Poppler bug costs this process and never the client, which kills it at its
// time budget (core/pdf/documenttools.h). Not meant to be run by hand: it reads one request on
// stdin (core/pdf/documentprotocol.h) and writes one reply on stdout.
//   saraban-document-worker [--nss-dir sql:DIR]
#include "core/pdf/documentprotocol.h"
#include "core/pdf/engine/documentengine.h"
#include "core/pdf/engine/popplerlog.h"

#include <QDataStream>
#include <QGuiApplication>
#include <QIODevice>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace saraban;
using namespace saraban::pdf;
using saraban::pdf::engine::DocumentEngine;

namespace {

QByteArray readAll(int fd)
{
    QByteArray data;
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t got = ::read(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return data;
        data.append(chunk, static_cast<qsizetype>(got));
    }
}

[[noreturn]] void reply(int fd, const QByteArray &body)
{
    qsizetype written = 0;
    while (written < body.size()) {
        const ssize_t n =
            ::write(fd, body.constData() + written, static_cast<size_t>(body.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    // Without the library destructors: NSS and Poppler have nothing to save, and a stuck
    // shutdown would only cost the client time.
    ::_exit(0);
}

template <typename T> QByteArray answer(const Result<T> &result)
{
    QByteArray body;
    QDataStream stream(&body, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    if (result)
        stream << documentjob::replyOk << *result;
    else
        stream << documentjob::replyFailed << result.error().code << result.error().message
               << result.error().detail;
    return body;
}

Result<QByteArray> badRequest()
{
    return Error{QStringLiteral("document.protocol"), QStringLiteral("bad request"), {}};
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts need a GUI application; the worker never shows anything and never talks to a
    // display, whatever the environment says.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("saraban-document-worker"));
    qSetMessagePattern(QStringLiteral("%{category}: %{message}"));
    std::signal(SIGPIPE, SIG_IGN);

    QString nssDirectory;
    const QStringList arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--nss-dir") && i + 1 < arguments.size()) {
            nssDirectory = arguments.at(++i);
        } else {
            std::fprintf(stderr, "saraban-document-worker: unknown option %s\n",
                         qPrintable(arguments.at(i)));
            return 2;
        }
    }
    // The reply owns stdout: whatever a library prints goes to stderr instead.
    const int replyFd = ::dup(STDOUT_FILENO);
    if (replyFd < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        std::perror("saraban-document-worker");
        return 2;
    }
    engine::PopplerLog::install([](quint64) {});
    engine::PopplerLog::beginWork();

    const QByteArray request = readAll(STDIN_FILENO);
    QDataStream stream(request);
    stream.setVersion(QDataStream::Qt_6_4);
    quint8 job = 0;
    stream >> job;
    switch (static_cast<documentjob::Job>(job)) {
    case documentjob::Job::Compose: {
        LetterTemplate letterTemplate;
        LetterContent content;
        stream >> letterTemplate >> content;
        if (stream.status() != QDataStream::Ok)
            reply(replyFd, answer(badRequest()));
        reply(replyFd, answer(DocumentEngine::compose(letterTemplate, content)));
    }
    case documentjob::Job::Certificates: {
        QString password;
        stream >> password;
        if (stream.status() != QDataStream::Ok)
            reply(replyFd, answer(badRequest()));
        reply(replyFd, answer(DocumentEngine::signingCertificates(nssDirectory, password)));
    }
    case documentjob::Job::Sign: {
        QByteArray pdf;
        SigningRequest signing;
        stream >> pdf >> signing;
        if (stream.status() != QDataStream::Ok)
            reply(replyFd, answer(badRequest()));
        reply(replyFd, answer(DocumentEngine::sign(nssDirectory, pdf, signing)));
    }
    case documentjob::Job::Stamp: {
        QByteArray pdf;
        QList<StampMark> marks;
        stream >> pdf >> marks;
        if (stream.status() != QDataStream::Ok)
            reply(replyFd, answer(badRequest()));
        reply(replyFd, answer(DocumentEngine::stamp(pdf, marks)));
    }
    case documentjob::Job::Number: {
        QByteArray pdf;
        QString number;
        QDate date;
        QString author;
        stream >> pdf >> number >> date >> author;
        if (stream.status() != QDataStream::Ok)
            reply(replyFd, answer(badRequest()));
        reply(replyFd, answer(DocumentEngine::stampNumber(pdf, number, date, author)));
    }
    }
    reply(replyFd, answer(badRequest()));
}
