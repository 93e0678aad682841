#pragma once

// The pipe protocol between PdfDocument (in the client) and saraban-pdf-worker, the helper
// process that runs Poppler on untrusted files. Both ends are built from this file.
//
// A frame is a big-endian quint32 length followed by that many bytes: a quint8 message type, a
// quint32 request id, and the body, a QDataStream (Qt 6.4 format) of the fields listed below.
// Requests go to the worker on its stdin; replies come back on its stdout, one per request
// (except Cancel), not necessarily in order. Progress frames may come at any time.
#include "core/pdf/pagetext.h"
#include "core/pdf/pdfdocumentinfo.h"
#include "core/pdf/renderedpage.h"
#include "core/pdf/signatureinfo.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

#include <optional>

namespace saraban::pdf::worker {

enum class MessageType : quint8 {
    // requests
    Open = 1,       // QByteArray data, QByteArray password
    Render = 2,     // int page, double dpi, int rotation (quarter turns)
    Text = 3,       // int page
    Signatures = 4, // nothing
    Cancel = 5,     // nothing: the id is the request to cancel
    // replies
    Opened = 64,          // PdfDocumentInfo
    Rendered = 65,        // RenderedPage
    TextReady = 66,       // PageText
    SignaturesReady = 67, // QList<SignatureInfo>
    Failed = 68,          // QString code, QString detail
    Cancelled = 69,       // nothing
    Progress = 70         // quint64: messages the PDF library has printed so far
};

struct Message
{
    MessageType type = MessageType::Failed;
    quint32 id = 0;
    QByteArray body;
};

// Larger frames mean a corrupt stream: nothing legitimate comes near (a page is capped far below).
constexpr qint64 maxFrameBytes = qint64(1) << 30;

QByteArray frame(MessageType type, quint32 id, const QByteArray &body = {});

// Takes the first complete frame off the front of buffer. Returns nothing while the frame is
// incomplete; sets *corrupt (and returns nothing) on a frame that cannot be right.
std::optional<Message> takeFrame(QByteArray &buffer, bool *corrupt);

template <typename... T> QByteArray encode(const T &...values)
{
    QByteArray body;
    body.reserve(256);
    QDataStream stream(&body, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    (stream << ... << values);
    return body;
}

// False when the body does not hold these fields.
template <typename... T> bool decode(const QByteArray &body, T &...values)
{
    QDataStream stream(body);
    stream.setVersion(QDataStream::Qt_6_4);
    (stream >> ... >> values);
    return stream.status() == QDataStream::Ok;
}

} // namespace saraban::pdf::worker

namespace saraban::pdf {

QDataStream &operator<<(QDataStream &stream, const PageInfo &page);
QDataStream &operator>>(QDataStream &stream, PageInfo &page);
QDataStream &operator<<(QDataStream &stream, const PdfDocumentInfo &info);
QDataStream &operator>>(QDataStream &stream, PdfDocumentInfo &info);
QDataStream &operator<<(QDataStream &stream, const RenderedPage &page);
QDataStream &operator>>(QDataStream &stream, RenderedPage &page);
QDataStream &operator<<(QDataStream &stream, const TextWord &word);
QDataStream &operator>>(QDataStream &stream, TextWord &word);
QDataStream &operator<<(QDataStream &stream, const PageText &text);
QDataStream &operator>>(QDataStream &stream, PageText &text);
QDataStream &operator<<(QDataStream &stream, const CertificateInfo &certificate);
QDataStream &operator>>(QDataStream &stream, CertificateInfo &certificate);
QDataStream &operator<<(QDataStream &stream, const SignatureInfo &signature);
QDataStream &operator>>(QDataStream &stream, SignatureInfo &signature);

} // namespace saraban::pdf
