#include "core/services/peopleservice.h"

#include "core/services/serverquery.h"

#include <QSqlDriver>

#include <libpq-fe.h>

namespace saraban {

namespace {

PGconn *nativeHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    // QPSQL registers the handle as PGconn*; the meta-type system names the struct.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

} // namespace

PeopleService::PeopleService(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<QString> PeopleService::scramVerifier(const QString &login, const QString &password) const
{
    if (password.size() < minimumPasswordLength) {
        return Error{
            QStringLiteral("person.password.too_short"),
            tr("The password must have at least %1 characters.").arg(minimumPasswordLength),
            QString()};
    }
    PGconn *connection = nativeHandle(m_database);
    if (!connection) {
        return Error{QStringLiteral("db.handle"),
                     tr("The connection is not a PostgreSQL connection."), QString()};
    }
    const QByteArray utf8Password = password.toUtf8();
    const QByteArray utf8Login = login.toUtf8();
    char *verifier = PQencryptPasswordConn(connection, utf8Password.constData(),
                                           utf8Login.constData(), "scram-sha-256");
    if (!verifier) {
        return Error{QStringLiteral("person.password.encrypt"),
                     tr("Cannot encrypt the password: %1")
                         .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()),
                     QString()};
    }
    const QString result = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return result;
}

Result<int> PeopleService::addPerson(const NewPerson &person, const QString &password)
{
    auto verifier = scramVerifier(person.login, password);
    if (!verifier)
        return verifier.error();
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.person_add(CAST(:login AS text), "
                                     "CAST(:name AS text), CAST(:title AS text), "
                                     "CAST(:clearance AS smallint), CAST(:unit AS text), "
                                     "CAST(:role AS text), CAST(:verifier AS text))"));
    query.bind(QStringLiteral(":login"), person.login)
        .bind(QStringLiteral(":name"), person.fullName)
        .bind(QStringLiteral(":title"), person.title)
        .bind(QStringLiteral(":clearance"), person.clearance)
        .bind(QStringLiteral(":unit"), person.unitCode)
        .bind(QStringLiteral(":role"), MemberRoleText::code(person.role))
        .bind(QStringLiteral(":verifier"), *verifier);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toInt();
}

Result<int> PeopleService::addMembership(const QString &login, const QString &unitCode,
                                         MemberRole role)
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.membership_add("
                                                 "CAST(:login AS text), CAST(:unit AS text), "
                                                 "CAST(:role AS text))"));
    query.bind(QStringLiteral(":login"), login)
        .bind(QStringLiteral(":unit"), unitCode)
        .bind(QStringLiteral(":role"), MemberRoleText::code(role));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toInt();
}

Status PeopleService::disable(const QString &login)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.person_disable(CAST(:login AS text))"));
    query.bind(QStringLiteral(":login"), login);
    return query.exec();
}

} // namespace saraban
