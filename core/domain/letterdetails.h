#pragma once

// What the detail pane shows about one letter: its register fields with the labels in the
// interface language, its parties and its files (the main PDF first).
#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace saraban {

struct LetterFile
{
    int position = 0;
    bool main = false;
    QString fileName;
    QByteArray sha256; // raw bytes, what saraban.file_content() takes
};

struct LetterDetails
{
    qint64 id = 0;
    QString number;
    QString direction; // "incoming", "outgoing", "internal"
    QString registerName;
    QDateTime registeredAt;
    QDate letterDate;
    QDate receivedOn;
    QDate sentOn;
    QString theirNumber;
    QString subject;
    QString typeName;
    QString urgencyName;
    QString confidentialityName;
    QString statusName;
    QString from; // the senders, joined
    QString to;   // the addressees and copies, joined
    QList<LetterFile> files;
};

} // namespace saraban
