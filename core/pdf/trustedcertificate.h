#pragma once

// One certificate authority in Saraban's trust store, as `saraban-admin trust list` and the
// settings show it.
#include <QDateTime>
#include <QString>

namespace saraban::pdf {

struct TrustedCertificate
{
    QString nickname;
    QString trustFlags; // NSS trust attributes, "CT,C,C" for an authority trusted for signatures
    QString subject;
    QString issuer;
    QDateTime validUntil;
    QString sha256Fingerprint;
};

} // namespace saraban::pdf
