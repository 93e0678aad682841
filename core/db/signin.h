#pragma once

// Signing in: a person connects with their own PostgreSQL login and password (SCRAM), on the
// private server over its socket or on a shared one. This turns libpq's failures into what
// people need to know (wrong password, server unreachable, a TLS problem, not allowed from
// here), names the keychain entry a remembered password lives under, and reads the
// SARABAN_PASSWORD variable that scripts and tests may use instead of the dialog.
#include "core/db/connectionprofile.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace saraban {

class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(saraban::SignIn)

public:
    // The codes explain() gives.
    static constexpr auto wrongPasswordCode = "signin.password";
    static constexpr auto unreachableCode = "signin.unreachable";
    static constexpr auto tlsCode = "signin.tls";
    static constexpr auto notAllowedCode = "signin.not_allowed";
    static constexpr auto noDatabaseCode = "signin.database";

    // A failed connection to server, in words; libpq's own text goes to the detail. Errors
    // that are not about connecting (an old or new schema) come back unchanged.
    static Error explain(const Error &error, const ConnectionProfile &server);

    // The keychain entry of user's password on server: one per server and login.
    static QString secretKey(const ConnectionProfile &server, const QString &user);

    // For scripts and tests only: the password in the SARABAN_PASSWORD environment variable
    // (never a command-line argument, which anyone could read in the process list).
    static std::optional<QString> passwordFromEnvironment();
};

} // namespace saraban
