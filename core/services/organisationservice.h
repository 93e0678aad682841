#pragma once

// The organisation: the unit tree (imported from a CSV org chart or saved one by one) and the
// outside organisations letters come from and go to.
#include "core/domain/unitrecord.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace saraban {

class OrganisationService
{
    Q_DECLARE_TR_FUNCTIONS(saraban::OrganisationService)

public:
    struct ImportSummary
    {
        int added = 0;
        int updated = 0;
    };

    explicit OrganisationService(QSqlDatabase database);

    // The columns of an org chart file, in this order, with this header line.
    static QStringList csvColumns();
    // Reads an org chart: header code,parent,kind,name_lo,name_en,abbreviation. Errors name
    // the line.
    static Result<QList<UnitRecord>> parseUnitsCsv(const QByteArray &content);

    // Adds the unit, or updates the one with its code. true when it was added.
    Result<bool> saveUnit(const UnitRecord &unit);
    // All units in one transaction, parents before children; nothing is saved on an error,
    // which names the unit.
    Result<ImportSummary> importUnits(const QList<UnitRecord> &units);
    Result<int> addOrganisation(const QString &nameLao, const QString &nameEnglish,
                                const QString &abbreviation);

private:
    QSqlDatabase m_database;
};

} // namespace saraban
