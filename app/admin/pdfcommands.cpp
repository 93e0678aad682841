// saraban-admin verify [--json] FILE... | trust add FILE [--name NICK] | trust list |
// trust remove NICK
#include "app/admin/admincommand.h"
#include "core/pdf/signaturetext.h"
#include "core/pdf/signatureverdict.h"
#include "core/pdf/signatureverifier.h"
#include "core/pdf/truststore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace saraban::admin {

namespace {

using namespace saraban::pdf;

void printSignature(QTextStream &out, int number, const SignatureInfo &signature)
{
    const auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << "      " << label.leftJustified(14) << value << '\n';
    };
    out << "  #" << number << ' ' << SignatureText::toText(signature.kind) << " \""
        << signature.fieldName << "\": " << SignatureText::toText(verdictOf(signature)) << '\n';
    if (!signature.isSigned())
        return;
    line(Text::tr("Signer:"), signature.signerName);
    if (signature.signerDistinguishedName != signature.signerName)
        line(QString(), signature.signerDistinguishedName);
    line(signature.kind == SignatureKind::DocumentTimestamp ? Text::tr("Time:")
                                                            : Text::tr("Signed at:"),
         SignatureText::dateTime(signature.signingTime));
    line(Text::tr("Reason:"), signature.reason);
    line(Text::tr("Location:"), signature.location);
    line(Text::tr("Integrity:"), SignatureText::toText(signature.status));
    line(Text::tr("Certificate:"), SignatureText::toText(signature.certificateStatus));
    if (!signature.certificate.isNull()) {
        line(Text::tr("Issued by:"), signature.certificate.issuerDistinguishedName);
        line(Text::tr("Valid:"),
             Text::tr("%1 to %2")
                 .arg(SignatureText::dateTime(signature.certificate.validFrom),
                      SignatureText::dateTime(signature.certificate.validUntil)));
        if (signature.certificate.selfSigned)
            line(QString(), Text::tr("The certificate is self-signed."));
        line(Text::tr("SHA-256:"), signature.certificate.sha256Fingerprint());
    }
    line(Text::tr("Coverage:"), SignatureText::coverage(signature.coverage));
    if (signature.certification)
        line(QString(), SignatureText::docMdp(signature.docMdpPermissions));
}

int verify(Context &context)
{
    bool json = false;
    QStringList files;
    for (const QString &argument : std::as_const(context.arguments)) {
        if (argument == QLatin1String("--json"))
            json = true;
        else if (argument.startsWith(QLatin1String("--"))) {
            context.err << "saraban-admin: " << Text::tr("Unknown option %1.").arg(argument)
                        << Qt::endl;
            return UsageOrConnection;
        } else
            files.append(argument);
    }
    if (files.isEmpty()) {
        context.err << "saraban-admin: " << Text::tr("verify needs at least one PDF file.")
                    << Qt::endl;
        return UsageOrConnection;
    }

    const SignatureVerifier verifier;
    int exitCode = Success;
    QJsonArray reports;
    for (const QString &file : std::as_const(files)) {
        Result<VerificationReport> report = verifier.verify(file);
        if (!report) {
            exitCode = std::max<int>(exitCode, UsageOrConnection);
            if (json) {
                reports.append(QJsonObject{
                    {QStringLiteral("file"), file},
                    {QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), report.error().code},
                                 {QStringLiteral("message"), report.error().message}}}});
            } else {
                context.out << file << '\n';
                context.fail(report.error(), UsageOrConnection);
            }
            continue;
        }
        if (!report->summary.isAllValid())
            exitCode = std::max<int>(exitCode, CheckFailed);
        if (json) {
            reports.append(SignatureVerifier::toJson(*report));
            continue;
        }
        context.out << file << '\n'
                    << "  " << SignatureText::toText(report->summary.verdict) << '\n';
        if (const QString detail = SignatureText::summaryDetail(report->summary); !detail.isEmpty())
            context.out << "  " << detail << '\n';
        int number = 0;
        for (const SignatureInfo &signature : std::as_const(report->signatures))
            printSignature(context.out, ++number, signature);
        context.out << Qt::endl;
    }
    if (json)
        context.out << QJsonDocument(reports).toJson(QJsonDocument::Indented) << Qt::flush;
    return exitCode;
}

int trust(Context &context)
{
    const QString action = context.arguments.value(0);
    const TrustStore store;
    if (action == QLatin1String("list") && context.arguments.size() == 1) {
        Result<QList<TrustedCertificate>> certificates = store.list();
        if (!certificates)
            return context.fail(certificates.error(), UsageOrConnection);
        if (certificates->isEmpty())
            context.out
                << Text::tr("No certificate authority is trusted yet (%1).").arg(store.directory())
                << Qt::endl;
        for (const TrustedCertificate &certificate : *certificates) {
            context.out << certificate.nickname << '\n'
                        << "  " << Text::tr("Subject:").leftJustified(14) << certificate.subject
                        << '\n'
                        << "  " << Text::tr("Valid until:").leftJustified(14)
                        << SignatureText::dateTime(certificate.validUntil) << '\n'
                        << "  " << Text::tr("SHA-256:").leftJustified(14)
                        << certificate.sha256Fingerprint << '\n';
        }
        context.out.flush();
        return Success;
    }
    if (action == QLatin1String("add") && context.arguments.size() >= 2) {
        QString nickname;
        const QStringList rest = context.arguments.mid(2);
        if (rest.size() == 2 && rest.first() == QLatin1String("--name"))
            nickname = rest.last();
        else if (!rest.isEmpty()) {
            context.err << "saraban-admin: " << Text::tr("Usage: trust add FILE [--name NAME]")
                        << Qt::endl;
            return UsageOrConnection;
        }
        Result<TrustedCertificate> added = store.add(context.arguments.at(1), nickname);
        if (!added)
            return context.fail(added.error(), CheckFailed);
        context.out << Text::tr("Signatures by certificates from \"%1\" are now trusted.")
                           .arg(added->nickname)
                    << '\n'
                    << "  " << Text::tr("Subject:").leftJustified(14) << added->subject << '\n'
                    << "  " << Text::tr("SHA-256:").leftJustified(14) << added->sha256Fingerprint
                    << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("add-crl") && context.arguments.size() == 2) {
        if (Status added = store.addRevocationList(context.arguments.at(1)); !added)
            return context.fail(added.error(), CheckFailed);
        context.out << Text::tr("Certificates revoked in %1 are now shown as revoked.")
                           .arg(context.arguments.at(1))
                    << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("remove") && context.arguments.size() == 2) {
        if (Status removed = store.remove(context.arguments.at(1)); !removed)
            return context.fail(removed.error(), CheckFailed);
        context.out << Text::tr("\"%1\" is no longer trusted.").arg(context.arguments.at(1))
                    << Qt::endl;
        return Success;
    }
    context.err << "saraban-admin: "
                << Text::tr(
                       "Usage: trust add FILE [--name NAME] | add-crl FILE | list | remove NAME")
                << Qt::endl;
    return UsageOrConnection;
}

const Registration
    verifyCommand({QStringLiteral("verify"), QStringLiteral("verify [--json] FILE..."),
                   [] {
                       return Text::tr(
                           "Check the signatures of PDF files: exit 0 only when every file is "
                           "signed, every signature is valid and trusted, and nothing changed "
                           "after signing.");
                   },
                   verify});
const Registration trustCommand(
    {QStringLiteral("trust"), QStringLiteral("trust add|add-crl|list|remove"),
     [] { return Text::tr("Manage the certificate authorities trusted for signatures."); }, trust});

} // namespace

} // namespace saraban::admin
