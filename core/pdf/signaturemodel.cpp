#include "core/pdf/signaturemodel.h"

#include "core/pdf/signaturetext.h"
#include "core/pdf/signatureverdict.h"

namespace saraban::pdf {

SignatureModel::SignatureModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SignatureModel::setSignatures(const QList<SignatureInfo> &signatures)
{
    beginResetModel();
    m_signatures = signatures;
    m_summary = summarize(signatures);
    endResetModel();
}

int SignatureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_signatures.size());
}

int SignatureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignatureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_signatures.size())
        return {};
    const SignatureInfo &signature = m_signatures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SignerColumn:
            if (!signature.isSigned())
                return tr("%1 (not signed)").arg(signature.fieldName);
            return signature.signerName.isEmpty() ? signature.fieldName : signature.signerName;
        case TimeColumn:
            return signature.isSigned() ? SignatureText::dateTime(signature.signingTime)
                                        : QString();
        case VerdictColumn:
            // Which signature covers the latest version shows at a glance.
            if (signature.isSigned() && signature.coverage.kind == CoverageKind::EarlierRevision)
                return tr("%1 · revision %2 of %3")
                    .arg(SignatureText::toText(verdictOf(signature)))
                    .arg(signature.coverage.revision)
                    .arg(signature.coverage.revisionCount);
            return SignatureText::toText(verdictOf(signature));
        case CoverageColumn:
            return signature.isSigned() ? SignatureText::coverage(signature.coverage) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const auto &[label, value] : details(index.row()))
            lines << label + QLatin1Char(' ') + value;
        return lines.join(QLatin1Char('\n'));
    }
    case VerdictRole:
        return static_cast<int>(verdictOf(signature));
    case KindRole:
        return static_cast<int>(signature.kind);
    case PageRole:
        return signature.page;
    case CoversWholeFileRole:
        return signature.coverage.coversWholeFile();
    default:
        return {};
    }
}

QVariant SignatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SignerColumn:
        return tr("Signer");
    case TimeColumn:
        return tr("Signed at");
    case VerdictColumn:
        return tr("Verdict");
    case CoverageColumn:
        return tr("Coverage");
    default:
        return {};
    }
}

QList<QPair<QString, QString>> SignatureModel::details(int row) const
{
    QList<QPair<QString, QString>> lines;
    if (row < 0 || row >= m_signatures.size())
        return lines;
    const SignatureInfo &s = m_signatures.at(row);
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append({label, value});
    };
    add(tr("Field:"), s.fieldName);
    add(tr("Kind:"), SignatureText::toText(s.kind));
    add(tr("Verdict:"), SignatureText::toText(verdictOf(s)));
    if (!s.isSigned())
        return lines;
    add(tr("Signer:"), s.signerName);
    add(tr("Distinguished name:"), s.signerDistinguishedName);
    add(s.kind == SignatureKind::DocumentTimestamp ? tr("Time:") : tr("Signing time:"),
        SignatureText::dateTime(s.signingTime) +
            (s.kind == SignatureKind::DocumentTimestamp
                 ? QString()
                 : QLatin1Char(' ') + tr("(as the signature states it)")));
    add(tr("Reason:"), s.reason);
    add(tr("Location:"), s.location);
    add(tr("Integrity:"), SignatureText::toText(s.status));
    add(tr("Certificate:"), SignatureText::toText(s.certificateStatus));
    add(tr("Coverage:"), SignatureText::coverage(s.coverage));
    if (s.certification)
        add(tr("Certification:"), SignatureText::docMdp(s.docMdpPermissions));
    add(tr("Format:"), s.subFilter);
    add(tr("Hash algorithm:"), s.hashAlgorithm);
    const CertificateInfo &c = s.certificate;
    if (!c.isNull()) {
        add(tr("Subject:"), c.subjectDistinguishedName);
        add(tr("Issuer:"), c.issuerDistinguishedName);
        add(tr("Valid from:"), SignatureText::dateTime(c.validFrom));
        add(tr("Valid until:"), SignatureText::dateTime(c.validUntil));
        if (c.selfSigned)
            add(tr("Self-signed:"), tr("yes: the certificate vouches only for itself"));
        add(tr("Serial number:"), c.serialNumberHex());
        if (!c.keyAlgorithm.isEmpty())
            add(tr("Public key:"), tr("%1, %2 bits").arg(c.keyAlgorithm).arg(c.keyBits));
        add(tr("SHA-256 fingerprint:"), c.sha256Fingerprint());
        add(tr("SHA-1 fingerprint:"), c.sha1Fingerprint());
    }
    add(tr("Technical detail:"), s.certificateProblem);
    return lines;
}

} // namespace saraban::pdf
