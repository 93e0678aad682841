#pragma once

// A small, valid, one-page PDF written by hand (Helvetica, ASCII text): demo attachments and
// test files need real PDF bytes without linking a PDF library into the command-line tool.
#include <QByteArray>
#include <QStringList>

namespace saraban {

class MinimalPdf
{
public:
    // One A4 page with these lines (non-ASCII characters become '?'). Different lines give
    // different bytes, so each letter's file is its own.
    static QByteArray page(const QStringList &lines);
};

} // namespace saraban
