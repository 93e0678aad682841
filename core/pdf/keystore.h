#pragma once

// Saraban's key store: an NSS database ($SARABAN_DATA_DIR/keys) that holds the signer's own
// certificates with their private keys, imported from PKCS#12 files and protected by a password
// the signer chooses. It is kept apart from the trust store (TrustStore), which anyone who
// verifies must be able to read without a password. Tokens (smart cards, USB keys) registered
// with NSS in this database are used the same way, with their PIN.
// All work is done with NSS's certutil and pk12util; passwords go to them in private files,
// never on a command line.
#include "core/pdf/letter.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace saraban::pdf {

class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(saraban::pdf::KeyStore)

public:
    explicit KeyStore(QString directory = defaultDirectory());

    static QString defaultDirectory();
    const QString &directory() const { return m_directory; }
    QString database() const; // "sql:<directory>"
    bool exists() const;

    // Imports the certificate and private key of a PKCS#12 file. storePassword protects the key
    // store: it is set when the store is made by this import, and must match afterwards.
    // Returns the nicknames of the certificates that can now sign.
    Result<QStringList> importPkcs12(const QString &file, const QString &filePassword,
                                     const QString &storePassword) const;
    // The certificates that have a private key here ("u" trust), with their details.
    Result<QList<SigningCertificate>> list() const;

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result<Run> run(const QString &tool, const QStringList &arguments) const;
    Status create(const QString &passwordFile) const;

    QString m_directory;
};

} // namespace saraban::pdf
