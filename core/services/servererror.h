#pragma once

// Reads the errors Saraban's server functions raise (the convention is documented at the top
// of core/schema/0002_security.sql) and turns them into Errors: the stable code ("letter.
// subject.empty"), the message in the interface language, and the other language with the
// field and rule in the detail. Errors that PostgreSQL raises itself before a function runs
// (no EXECUTE right, bytes that are not UTF-8) get stable codes of their own.
#include "core/util/result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

#include <optional>

namespace saraban {

class ServerError
{
    Q_DECLARE_TR_FUNCTIONS(saraban::ServerError)

public:
    enum class Kind { BadInput, NotAllowed, NotFound, Conflict, Other };

    Kind kind = Kind::Other;
    QString code;
    QString field;
    QString rule;
    QString english;
    QString lao;

    // The parts of an error raised by saraban.fail(); nullopt for any other error.
    static std::optional<ServerError> parse(const QSqlError &error);
    // Any failed query as an Error. context (the statement, say) goes into the detail.
    static Error toError(const QSqlError &error, const QString &context = QString());
};

} // namespace saraban
