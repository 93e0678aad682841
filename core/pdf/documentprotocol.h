#pragma once

// Between DocumentTools (the client) and saraban-document-worker: one job per process. The
// client writes the request on the worker's stdin and closes it; the worker writes one reply on
// stdout and exits. Both are QDataStream (Qt 6.4 format):
//   request: quint8 Job, then the job's fields (below)
//   reply:   quint8 0 and the result, or quint8 1 and QString code, message, detail
#include <QtGlobal>

namespace saraban::pdf::documentjob {

enum class Job : quint8 {
    Compose = 1,      // LetterTemplate, LetterContent                 -> QByteArray pdf
    Certificates = 2, // QString password                              -> QList<SigningCertificate>
    Sign = 3,         // QByteArray pdf, SigningRequest                -> QByteArray pdf
    Stamp = 4,        // QByteArray pdf, QList<StampMark>              -> QByteArray pdf
    Number = 5        // QByteArray pdf, QString number, QDate, QString author -> QByteArray pdf
};

constexpr quint8 replyOk = 0;
constexpr quint8 replyFailed = 1;

} // namespace saraban::pdf::documentjob
