// saraban-pdf-worker: the helper process in which Saraban parses, renders and verifies PDF
// files. A hostile file can crash Poppler or keep it busy for minutes; here that costs only this
// process, which the client kills or restarts (core/pdf/pdfdocument.h). Not meant to be run by
// hand: it speaks the frame protocol of core/pdf/workerprotocol.h on stdin and stdout.
//   saraban-pdf-worker [--nss-dir sql:DIR] [--render-budget-ms N] [--max-pixels N]
#include "core/pdf/engine/workerserver.h"

#include <QCoreApplication>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using saraban::pdf::engine::WorkerServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("saraban-pdf-worker"));
    qSetMessagePattern(QStringLiteral("%{category}: %{message}"));
    std::signal(SIGPIPE, SIG_IGN);

    WorkerServer::Options options;
    const QStringList arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &option = arguments.at(i);
        const QString value = arguments.value(i + 1);
        if (option == QLatin1String("--nss-dir")) {
            options.nssDirectory = value;
        } else if (option == QLatin1String("--render-budget-ms")) {
            options.renderBudgetMs = value.toInt();
        } else if (option == QLatin1String("--max-pixels")) {
            options.maxPixels = value.toLongLong();
        } else {
            std::fprintf(stderr, "saraban-pdf-worker: unknown option %s\n", qPrintable(option));
            return 2;
        }
        ++i;
    }
    if (options.renderBudgetMs <= 0 || options.maxPixels <= 0) {
        std::fprintf(stderr, "saraban-pdf-worker: budgets must be positive\n");
        return 2;
    }

    // The protocol owns stdout: keep a private copy for it and point stdout at stderr, so that
    // whatever a library prints cannot corrupt the frames.
    const int protocolFd = ::dup(STDOUT_FILENO);
    if (protocolFd < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        std::perror("saraban-pdf-worker");
        return 2;
    }
    // Pages travel through this pipe (a few megabytes each): a larger pipe means fewer wake-ups
    // on both sides. Linux allows up to 1 MiB without privileges; smaller is fine too.
    ::fcntl(protocolFd, F_SETPIPE_SZ, 1 << 20);
    WorkerServer server(options);
    server.run(STDIN_FILENO, protocolFd);
}
