#pragma once

// Producing documents: composing a letter as PDF, signing it with a certificate, and drawing a
// received stamp or an endorsement onto an incoming file. Each job runs in a fresh
// saraban-document-worker process (app/documentworker), which links Poppler, NSS and Qt Gui, so
// a hostile incoming file or a stuck token can cost that process but never the client: the job
// is killed at its time budget. The calls wait for the answer; the signing dialog calls them
// from a worker thread.
//
// Signing keys live in Saraban's key store (KeyStore, an NSS database protected by the
// signer's password) or on a token NSS sees through it; the trust store (TrustStore) stays a
// separate database that holds only the authorities an administrator trusts.
#include "core/pdf/letter.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saraban::pdf {

struct DocumentToolsOptions
{
    QString workerPath;          // empty: defaultWorkerPath()
    QString keyDirectory;        // empty: KeyStore::defaultDirectory()
    int composeBudgetMs = 30000; // a letter of a few pages takes well under a second
    int signBudgetMs = 60000;    // signing embeds the appearance's fonts (1-2 MB)
    int stampBudgetMs = 60000;
    qint64 memoryLimitBytes = qint64(3) << 30;
    qint64 maxFileBytes = qint64(512) << 20;

    // $SARABAN_DOCUMENT_WORKER, else saraban-document-worker next to the running program, in
    // ../libexec/saraban, in ../app, or on the PATH.
    static QString defaultWorkerPath();
};

class DocumentTools
{
    Q_DECLARE_TR_FUNCTIONS(saraban::pdf::DocumentTools)

public:
    explicit DocumentTools(DocumentToolsOptions options = {});

    // A PDF with the Lao font embedded and the text extractable.
    Result<QByteArray> compose(const LetterTemplate &letterTemplate,
                               const LetterContent &content) const;
    // The certificates of the key store (and tokens) that have a private key. The password
    // unlocks the store or token when it needs one; a wrong one is an error, never a retry.
    Result<QList<SigningCertificate>> signingCertificates(const QString &password) const;
    // The file signed as an incremental update (earlier signatures keep their revision), with a
    // visible appearance: name, title and date. Error code "sign.password" for a wrong
    // password or PIN, "sign.certificate" when the certificate is not in the store.
    Result<QByteArray> sign(const QByteArray &pdf, const SigningRequest &request) const;
    // The marks drawn as annotations saved by incremental update: signatures that were valid
    // stay valid for their revision.
    Result<QByteArray> stamp(const QByteArray &pdf, const QList<StampMark> &marks) const;
    // The outgoing number and its date written onto an issued letter ("ເລກທີ: 330/ປທສ.", the
    // place and "ວັນທີ ..."), on the lines the composer left for them, or in the top right
    // corner of the first page of a file that does not say where they are. By incremental
    // update, like stamp(): the signature stays valid for its revision.
    Result<QByteArray> stampNumber(const QByteArray &pdf, const QString &number, const QDate &date,
                                   const QString &author) const;

    // The translated sentence for an error code the worker sends back.
    static QString describe(const QString &code);

private:
    Result<QByteArray> run(quint8 kind, const QByteArray &arguments, int budgetMs,
                           bool needsKeys) const;

    DocumentToolsOptions m_options;
};

} // namespace saraban::pdf
