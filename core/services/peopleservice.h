#pragma once

// People and their accounts: each person is a PostgreSQL login role. The password is turned
// into a SCRAM-SHA-256 verifier here, by libpq, so the server (and its logs) never see it.
#include "core/domain/memberrole.h"
#include "core/domain/newperson.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace saraban {

class PeopleService
{
    Q_DECLARE_TR_FUNCTIONS(saraban::PeopleService)

public:
    static constexpr int minimumPasswordLength = 8;

    explicit PeopleService(QSqlDatabase database);

    // Creates the login role, the person and their first membership; returns the person's id.
    Result<int> addPerson(const NewPerson &person, const QString &password);
    Result<int> addMembership(const QString &login, const QString &unitCode, MemberRole role);
    // The login can no longer sign in and every function refuses it; its history stays.
    Status disable(const QString &login);

    // The SCRAM-SHA-256 verifier libpq computes for password (what CREATE ROLE ... PASSWORD
    // stores), on this connection.
    Result<QString> scramVerifier(const QString &login, const QString &password) const;

private:
    QSqlDatabase m_database;
};

} // namespace saraban
