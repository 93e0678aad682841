#include "tests/support/childprocess.h"

namespace saraban::test {

QString ChildResult::describe() const
{
    QString text = commandLine;
    if (!started)
        text += QStringLiteral(" -> did not start");
    else if (timedOut)
        text += QStringLiteral(" -> timed out");
    else
        text += QStringLiteral(" -> exit %1").arg(exitCode);
    text += QStringLiteral("\n--- stdout:\n") + standardOutput() +
            QStringLiteral("\n--- stderr:\n") + standardError();
    return text;
}

ChildResult runChild(const QString &program, const QStringList &arguments,
                     const QProcessEnvironment &environment, int timeoutMs)
{
    ChildResult result;
    result.commandLine = (QStringList{program} + arguments).join(QLatin1Char(' '));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    result.started = process.waitForStarted(10000);
    if (!result.started) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace saraban::test
