#include "core/services/organisationservice.h"

#include "core/db/transaction.h"
#include "core/services/csvreader.h"
#include "core/services/serverquery.h"

#include <QHash>
#include <QSet>

namespace saraban {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

OrganisationService::OrganisationService(QSqlDatabase database)
    : m_database(std::move(database))
{}

QStringList OrganisationService::csvColumns()
{
    return {QStringLiteral("code"),    QStringLiteral("parent"),  QStringLiteral("kind"),
            QStringLiteral("name_lo"), QStringLiteral("name_en"), QStringLiteral("abbreviation")};
}

Result<QList<UnitRecord>> OrganisationService::parseUnitsCsv(const QByteArray &content)
{
    auto rows = CsvReader::parse(content);
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        return Error{QStringLiteral("org.csv.empty"), tr("The org chart file is empty."),
                     QString()};
    }
    QStringList header = rows->first().fields;
    for (QString &name : header)
        name = name.trimmed().toLower();
    if (header != csvColumns()) {
        return Error{
            QStringLiteral("org.csv.header"),
            tr("The first line must be the header %1.").arg(csvColumns().join(QLatin1Char(','))),
            QString()};
    }
    QList<UnitRecord> units;
    for (qsizetype i = 1; i < rows->size(); ++i) {
        const CsvReader::Row &row = rows->at(i);
        if (row.fields.size() != csvColumns().size()) {
            return Error{QStringLiteral("org.csv.columns"),
                         tr("Line %1 has %2 fields instead of %3.")
                             .arg(row.line)
                             .arg(row.fields.size())
                             .arg(csvColumns().size()),
                         QString()};
        }
        units << UnitRecord{row.fields.at(0).trimmed(), row.fields.at(1).trimmed(),
                            row.fields.at(2).trimmed(), row.fields.at(3).trimmed(),
                            row.fields.at(4).trimmed(), row.fields.at(5).trimmed()};
    }
    return units;
}

Result<bool> OrganisationService::saveUnit(const UnitRecord &unit)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT created FROM saraban.unit_save("
                                     "CAST(:code AS text), CAST(:parent AS text), "
                                     "CAST(:kind AS text), CAST(:name_lo AS text), "
                                     "CAST(:name_en AS text), CAST(:abbreviation AS text))"));
    query.bind(QStringLiteral(":code"), unit.code)
        .bind(QStringLiteral(":parent"), textOrNull(unit.parentCode))
        .bind(QStringLiteral(":kind"), unit.kind)
        .bind(QStringLiteral(":name_lo"), unit.nameLao)
        .bind(QStringLiteral(":name_en"), textOrNull(unit.nameEnglish))
        .bind(QStringLiteral(":abbreviation"), unit.abbreviation);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toBool();
}

Result<OrganisationService::ImportSummary>
OrganisationService::importUnits(const QList<UnitRecord> &units)
{
    // Parents first: a unit whose parent is in the same file waits until the parent is placed.
    QList<UnitRecord> ordered;
    QSet<QString> placed;
    QSet<QString> inFile;
    for (const UnitRecord &unit : units)
        inFile.insert(unit.code);
    QList<UnitRecord> pending = units;
    while (!pending.isEmpty()) {
        QList<UnitRecord> later;
        for (const UnitRecord &unit : std::as_const(pending)) {
            if (unit.parentCode.isEmpty() || !inFile.contains(unit.parentCode) ||
                placed.contains(unit.parentCode)) {
                ordered << unit;
                placed.insert(unit.code);
            } else {
                later << unit;
            }
        }
        if (later.size() == pending.size()) {
            QStringList codes;
            for (const UnitRecord &unit : std::as_const(later))
                codes << unit.code;
            return Error{
                QStringLiteral("org.cycle"),
                tr("The units %1 are each other's parents.").arg(codes.join(QStringLiteral(", "))),
                QString()};
        }
        pending = later;
    }

    Transaction transaction(m_database);
    ImportSummary summary;
    for (const UnitRecord &unit : std::as_const(ordered)) {
        auto created = saveUnit(unit);
        if (!created) {
            Error error = created.error();
            error.message = tr("Unit %1: %2").arg(unit.code, error.message);
            return error;
        }
        ++(*created ? summary.added : summary.updated);
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return summary;
}

Result<int> OrganisationService::addOrganisation(const QString &nameLao, const QString &nameEnglish,
                                                 const QString &abbreviation)
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.organisation_add("
                                                 "CAST(:name_lo AS text), CAST(:name_en AS text), "
                                                 "CAST(:abbreviation AS text))"));
    query.bind(QStringLiteral(":name_lo"), nameLao)
        .bind(QStringLiteral(":name_en"), textOrNull(nameEnglish))
        .bind(QStringLiteral(":abbreviation"), textOrNull(abbreviation));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toInt();
}

} // namespace saraban
