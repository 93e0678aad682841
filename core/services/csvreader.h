#pragma once

// RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF), UTF-8 with or without a BOM. Org
// charts come from spreadsheets, which write exactly this.
#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace saraban {

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(saraban::CsvReader)

public:
    struct Row
    {
        int line = 0; // where the row starts in the file, from 1
        QStringList fields;
    };

    // Every row, empty lines skipped. Fails on bytes that are not UTF-8 or an open quote.
    static Result<QList<Row>> parse(const QByteArray &content);
};

} // namespace saraban
