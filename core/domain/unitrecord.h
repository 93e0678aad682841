#pragma once

// One unit of the organisation tree as an org chart file or an administrator describes it.
#include <QString>

namespace saraban {

struct UnitRecord
{
    QString code;       // "VTE-PTS": Latin letters, digits, ".", "_", "-"
    QString parentCode; // empty for a top-level unit
    QString kind;       // ministry, province, department, division, section, office
    QString nameLao;
    QString nameEnglish;
    QString abbreviation; // what numbers carry: "ປທສ"
};

} // namespace saraban
