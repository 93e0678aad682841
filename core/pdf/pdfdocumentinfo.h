#pragma once

// What Saraban knows about an opened PDF: its metadata, its pages and where the bytes came
// from. Filled by the PDF worker (core/pdf/engine) and by PdfDocument, never by Poppler types.
#include "core/pdf/pageinfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace saraban::pdf {

struct PdfDocumentInfo
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;
    QString producer;
    QDateTime created;
    QDateTime modified;
    QString pdfVersion; // "1.7"
    bool encrypted = false;
    QList<PageInfo> pages;
    int signatureFieldCount = 0;

    // Filled by the client from the bytes it read, not by the worker.
    qint64 fileSize = 0;
    QByteArray sha256; // raw digest of the whole file

    int pageCount() const { return static_cast<int>(pages.size()); }
};

} // namespace saraban::pdf
