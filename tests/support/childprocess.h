#pragma once

// Running one of Saraban's programs as a separate process and collecting what it said.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace saraban::test {

struct ChildResult
{
    QString commandLine; // program and arguments, for failure messages
    bool started = false;
    bool timedOut = false;
    int exitCode = -1; // -1 when it crashed, timed out or did not start
    QByteArray out;
    QByteArray err;

    QString standardOutput() const { return QString::fromUtf8(out); }
    QString standardError() const { return QString::fromUtf8(err); }
    // The command, how it ended, and both streams.
    QString describe() const;
};

ChildResult runChild(const QString &program, const QStringList &arguments,
                     const QProcessEnvironment &environment, int timeoutMs = 60000);

} // namespace saraban::test
