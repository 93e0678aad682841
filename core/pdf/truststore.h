#pragma once

// Saraban's own NSS database of trusted certificate authorities, in its data directory
// ($SARABAN_DATA_DIR/nss), created on first use. Signatures are trusted when their certificate
// leads to one of these authorities and nothing else (not the system's or Mozilla's lists). An
// administrator imports the Lao government CA here: `saraban-admin trust add FILE`.
// All work is done with NSS's certutil, so the client itself never loads NSS.
#include "core/pdf/trustedcertificate.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace saraban::pdf {

class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(saraban::pdf::TrustStore)

public:
    explicit TrustStore(QString directory = defaultDirectory());

    static QString defaultDirectory();
    const QString &directory() const { return m_directory; }
    // What NSS and Poppler are given: "sql:<directory>".
    QString database() const;

    Status ensureCreated() const;
    Result<QList<TrustedCertificate>> list() const;
    // Imports a CA certificate (PEM or DER) as trusted for signatures. The nickname defaults to
    // the certificate's common name. Refuses certificates that are not authorities.
    Result<TrustedCertificate> add(const QString &certificateFile, QString nickname = {}) const;
    Status remove(const QString &nickname) const;
    // Imports a certificate revocation list (DER or PEM) from a trusted authority: signatures by
    // the certificates it lists show as revoked. This is the offline way to learn of revocations.
    Status addRevocationList(const QString &file) const;

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result<Run> run(const QString &tool, const QStringList &arguments) const;
    Result<TrustedCertificate> describe(const QString &nickname, const QString &flags) const;

    QString m_directory;
};

} // namespace saraban::pdf
