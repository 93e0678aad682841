#pragma once

// What the benchmarks share: failing loudly (a benchmark that cannot run must not print a
// table), timing, percentiles, and running the same statements through psql as the baseline
// (with \timing, output discarded). Header-only; each benchmark is one program.
#include "core/db/connectionprofile.h"
#include "core/services/serverquery.h"
#include "core/util/result.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace saraban::bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// A failed step ends the run through main(), so that the server is stopped and its directory
// removed on the way out.
struct Failure
{
    QString message;
};

[[noreturn]] inline void die(const QString &what, const Error &error)
{
    throw Failure{what + QStringLiteral(": ") + error.toString()};
}

template <typename T> T need(Result<T> result, const QString &what)
{
    if (!result)
        die(what, result.error());
    return std::move(result).value();
}

inline void need(const Status &status, const QString &what)
{
    if (!status)
        die(what, status.error());
}

struct Samples
{
    std::vector<double> ms;
    double percentile(double p) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto index = static_cast<size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
        return sorted[std::min(index, sorted.size() - 1)];
    }
};

inline double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

inline QString sqlText(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Runs statements through psql as the given person, with \timing, and returns the times.
inline Samples psqlTimes(const QString &psql, const ConnectionProfile &profile,
                         const QString &password, const QStringList &warmup,
                         const QStringList &statements)
{
    QTemporaryFile script(QStringLiteral("/tmp/saraban-bench-XXXXXX.sql"));
    if (!script.open())
        die(QStringLiteral("psql script"), Error{QStringLiteral("io"), script.errorString(), {}});
    QTextStream stream(&script);
    stream << "\\set ON_ERROR_STOP on\n\\o /dev/null\n";
    for (const QString &statement : warmup)
        stream << statement << ";\n";
    stream << "\\timing on\n";
    for (const QString &statement : statements)
        stream << statement << ";\n";
    stream.flush();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                         profile.host(), QStringLiteral("-p"), QString::number(profile.port()),
                         QStringLiteral("-U"), profile.user(), QStringLiteral("-d"),
                         profile.database(), QStringLiteral("-f"), script.fileName()});
    if (!process.waitForFinished(3600000) || process.exitCode() != 0) {
        const QString output = QString::fromUtf8(process.readAllStandardError()).trimmed();
        die(psql,
            Error{QStringLiteral("psql"), output.isEmpty() ? process.errorString() : output, {}});
    }
    Samples samples;
    static const QRegularExpression time(QStringLiteral("^Time: ([0-9.]+) ms"),
                                         QRegularExpression::MultilineOption);
    auto matches = time.globalMatch(QString::fromUtf8(process.readAllStandardOutput()));
    while (matches.hasNext())
        samples.ms.push_back(matches.next().captured(1).toDouble());
    return samples;
}

// The first column of the first row; a missing row is a failure.
inline QVariant scalar(const QSqlDatabase &database, const QString &sql)
{
    ServerQuery query(database, sql);
    need(query.exec(), sql.left(60));
    if (!query.next())
        die(sql.left(60), Error{QStringLiteral("bench.no_row"), QStringLiteral("no row"), {}});
    return query.value(0);
}

} // namespace saraban::bench
