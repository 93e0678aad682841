#pragma once

// The demo province of `saraban-admin demo`: a provincial department with its divisions and a
// second department, about twenty people with Lao names in every role, their registers, and a
// few thousand letters with Lao subjects built from word-list topics (demo/topics.tsv), most
// with a small generated PDF. Everything goes through the same server functions people use
// (the letters registered by each register's clerk, through SET SESSION AUTHORIZATION), in one
// transaction: either the whole demo is there or nothing is.
#include "core/util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace saraban {

class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(saraban::DemoBuilder)

public:
    struct Options
    {
        // Appended as "_suffix" to every login: login roles are cluster-wide, and tests build
        // demos in several databases of one cluster.
        QString loginSuffix;
        QString password = defaultPassword();
        quint32 seed = 20261121;  // the same demo every time
        double letterScale = 1.0; // fewer letters for quick tests
    };
    struct Summary
    {
        int units = 0;
        int people = 0;
        int registers = 0;
        int organisations = 0;
        int letters = 0;
        int files = 0;
        QStringList logins; // "login (role in unit, ...)"
    };

    // Every demo person's password, documented in the README.
    static QString defaultPassword() { return QStringLiteral("saraban-demo"); }

    explicit DemoBuilder(QSqlDatabase database);

    // Needs the cluster's superuser and a database without any organisation yet.
    Result<Summary> build(const Options &options,
                          const std::function<void(const QString &)> &progress = {});

private:
    QSqlDatabase m_database;
};

} // namespace saraban
