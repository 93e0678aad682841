#include "core/pdf/truststore.h"

#include "core/pdf/pdflogging.h"
#include "core/util/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace saraban::pdf {

namespace {

constexpr int toolTimeoutMs = 30000;
// Trusted to issue certificates for signing (S/MIME "C", also CT for SSL so NSS treats it as a
// root in every chain it builds).
const QString authorityTrust = QStringLiteral("CT,C,C");

QString commonNameOf(const QString &rfc2253)
{
    static const QRegularExpression cn(QStringLiteral("(?:^|,)CN=((?:\\\\.|[^,])*)"));
    const QRegularExpressionMatch match = cn.match(rfc2253);
    return match.hasMatch() ? match.captured(1).replace(QStringLiteral("\\,"), QStringLiteral(","))
                            : QString();
}

// certutil -L -n prints "Subject: "CN=...""; the first such line is the certificate's own.
QString quotedField(const QString &text, const QString &label)
{
    const QRegularExpression pattern(QStringLiteral("^\\s*") + QRegularExpression::escape(label) +
                                         QStringLiteral(":\\s*\"(.*)\"\\s*$"),
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

TrustStore::TrustStore(QString directory)
    : m_directory(std::move(directory))
{}

QString TrustStore::defaultDirectory()
{
    return paths::dataDirectory() + QStringLiteral("/nss");
}

QString TrustStore::database() const
{
    return QStringLiteral("sql:") + m_directory;
}

Result<TrustStore::Run> TrustStore::run(const QString &tool, const QStringList &arguments) const
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return Error{QStringLiteral("trust.tools"),
                     tr("The program %1 is not installed (Debian packages libnss3-tools and "
                        "openssl).")
                         .arg(tool),
                     {}};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(toolTimeoutMs) || !process.waitForFinished(toolTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error{QStringLiteral("trust.tools"), tr("The program %1 did not finish.").arg(tool),
                     tool + QLatin1Char(' ') + arguments.join(QLatin1Char(' '))};
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Status TrustStore::ensureCreated() const
{
    if (QFileInfo::exists(m_directory + QStringLiteral("/cert9.db")))
        return {};
    if (!QDir().mkpath(m_directory))
        return Error{QStringLiteral("trust.create"),
                     tr("Cannot create the trust store folder %1.").arg(m_directory),
                     {}};
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    Result<Run> created =
        run(QStringLiteral("certutil"), {QStringLiteral("-N"), QStringLiteral("-d"), database(),
                                         QStringLiteral("--empty-password")});
    if (!created)
        return created.error();
    if (created->exitCode != 0)
        return Error{QStringLiteral("trust.create"),
                     tr("Cannot create the trust store in %1.").arg(m_directory),
                     QString::fromLocal8Bit(created->err)};
    qCInfo(lcPdfTrust) << "created the trust store in" << m_directory;
    return {};
}

Result<QList<TrustedCertificate>> TrustStore::list() const
{
    if (Status created = ensureCreated(); !created)
        return created.error();
    Result<Run> listed =
        run(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"), database()});
    if (!listed)
        return listed.error();
    if (listed->exitCode != 0)
        return Error{QStringLiteral("trust.list"), tr("Cannot read the trust store."),
                     QString::fromLocal8Bit(listed->err)};
    static const QRegularExpression line(
        QStringLiteral("^(.*\\S)\\s+([A-Za-z]*,[A-Za-z]*,[A-Za-z]*)\\s*$"));
    QList<TrustedCertificate> certificates;
    for (const QString &text : QString::fromUtf8(listed->out).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch() ||
            match.captured(1).startsWith(QLatin1String("Certificate Nickname")))
            continue;
        Result<TrustedCertificate> certificate = describe(match.captured(1), match.captured(2));
        if (!certificate)
            return certificate.error();
        certificates.append(*certificate);
    }
    return certificates;
}

Result<TrustedCertificate> TrustStore::describe(const QString &nickname, const QString &flags) const
{
    Result<Run> shown =
        run(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"), database(),
                                         QStringLiteral("-n"), nickname});
    if (!shown)
        return shown.error();
    if (shown->exitCode != 0)
        return Error{QStringLiteral("trust.unknown"),
                     tr("The trust store has no certificate named \"%1\".").arg(nickname),
                     QString::fromLocal8Bit(shown->err)};
    const QString text = QString::fromUtf8(shown->out);
    TrustedCertificate certificate;
    certificate.nickname = nickname;
    certificate.trustFlags = flags;
    certificate.subject = quotedField(text, QStringLiteral("Subject"));
    certificate.issuer = quotedField(text, QStringLiteral("Issuer"));
    static const QRegularExpression notAfter(QStringLiteral("Not After\\s*:\\s*(.+)$"),
                                             QRegularExpression::MultilineOption);
    if (const QRegularExpressionMatch match = notAfter.match(text); match.hasMatch()) {
        certificate.validUntil = QDateTime::fromString(match.captured(1).simplified(),
                                                       QStringLiteral("ddd MMM dd HH:mm:ss yyyy"));
        certificate.validUntil.setTimeSpec(Qt::UTC);
    }
    static const QRegularExpression fingerprint(
        QStringLiteral("Fingerprint \\(SHA-256\\):\\s*\\n\\s*([0-9A-F:]+)"));
    if (const QRegularExpressionMatch match = fingerprint.match(text); match.hasMatch())
        certificate.sha256Fingerprint = match.captured(1);
    return certificate;
}

Result<TrustedCertificate> TrustStore::add(const QString &certificateFile, QString nickname) const
{
    QFile file(certificateFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("trust.file"), tr("Cannot read %1.").arg(certificateFile),
                     file.errorString()};
    const bool pem = file.readAll().contains("-----BEGIN CERTIFICATE-----");
    Result<Run> inspected = run(
        QStringLiteral("openssl"),
        {QStringLiteral("x509"), QStringLiteral("-in"), certificateFile, QStringLiteral("-inform"),
         pem ? QStringLiteral("PEM") : QStringLiteral("DER"), QStringLiteral("-noout"),
         QStringLiteral("-subject"), QStringLiteral("-ext"), QStringLiteral("basicConstraints"),
         QStringLiteral("-nameopt"), QStringLiteral("RFC2253")});
    if (!inspected)
        return inspected.error();
    const QString details = QString::fromUtf8(inspected->out);
    if (inspected->exitCode != 0 || !details.startsWith(QLatin1String("subject=")))
        return Error{QStringLiteral("trust.notcertificate"),
                     tr("%1 is not a certificate.").arg(certificateFile),
                     QString::fromLocal8Bit(inspected->err)};
    if (!details.contains(QLatin1String("CA:TRUE")))
        return Error{QStringLiteral("trust.notca"),
                     tr("%1 is not the certificate of a certificate authority, so it cannot be "
                        "trusted to vouch for signers.")
                         .arg(certificateFile),
                     details};
    const QString subject = details.section(QLatin1Char('\n'), 0, 0).mid(8).trimmed();
    if (nickname.trimmed().isEmpty())
        nickname = commonNameOf(subject).isEmpty() ? subject : commonNameOf(subject);

    Result<QList<TrustedCertificate>> existing = list();
    if (!existing)
        return existing.error();
    for (const TrustedCertificate &certificate : *existing) {
        if (certificate.nickname == nickname)
            return Error{
                QStringLiteral("trust.exists"),
                tr("The trust store already has a certificate named \"%1\".").arg(nickname),
                {}};
    }
    QStringList arguments{QStringLiteral("-A"),
                          QStringLiteral("-d"),
                          database(),
                          QStringLiteral("-n"),
                          nickname,
                          QStringLiteral("-t"),
                          authorityTrust,
                          QStringLiteral("-i"),
                          certificateFile};
    if (pem)
        arguments << QStringLiteral("-a");
    Result<Run> added = run(QStringLiteral("certutil"), arguments);
    if (!added)
        return added.error();
    if (added->exitCode != 0)
        return Error{QStringLiteral("trust.add"),
                     tr("Cannot add %1 to the trust store.").arg(certificateFile),
                     QString::fromLocal8Bit(added->err)};
    qCInfo(lcPdfTrust) << "trusted" << nickname << subject;
    return describe(nickname, authorityTrust);
}

Status TrustStore::remove(const QString &nickname) const
{
    if (Status created = ensureCreated(); !created)
        return created.error();
    Result<Run> removed =
        run(QStringLiteral("certutil"), {QStringLiteral("-D"), QStringLiteral("-d"), database(),
                                         QStringLiteral("-n"), nickname});
    if (!removed)
        return removed.error();
    if (removed->exitCode != 0)
        return Error{QStringLiteral("trust.unknown"),
                     tr("The trust store has no certificate named \"%1\".").arg(nickname),
                     QString::fromLocal8Bit(removed->err)};
    qCInfo(lcPdfTrust) << "no longer trusted:" << nickname;
    return {};
}

Status TrustStore::addRevocationList(const QString &file) const
{
    if (Status created = ensureCreated(); !created)
        return created.error();
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("trust.file"), tr("Cannot read %1.").arg(file),
                     input.errorString()};
    QByteArray data = input.readAll();
    // crlutil reads DER; a PEM list is converted here.
    if (data.contains("-----BEGIN X509 CRL-----")) {
        const qsizetype begin = data.indexOf("-----BEGIN X509 CRL-----") + 24;
        const qsizetype end = data.indexOf("-----END X509 CRL-----", begin);
        data = QByteArray::fromBase64(data.mid(begin, end - begin).simplified().replace(' ', ""));
    }
    const QString der = m_directory + QStringLiteral("/import.crl");
    QFile output(der);
    if (!output.open(QIODevice::WriteOnly) || output.write(data) != data.size())
        return Error{QStringLiteral("trust.file"), tr("Cannot write %1.").arg(der),
                     output.errorString()};
    output.close();
    Result<Run> imported =
        run(QStringLiteral("crlutil"),
            {QStringLiteral("-I"), QStringLiteral("-d"), database(), QStringLiteral("-i"), der,
             QStringLiteral("-t"), QStringLiteral("1")});
    QFile::remove(der);
    if (!imported)
        return imported.error();
    if (imported->exitCode != 0)
        return Error{QStringLiteral("trust.crl"),
                     tr("%1 is not a revocation list from a trusted authority.").arg(file),
                     QString::fromLocal8Bit(imported->err + imported->out)};
    qCInfo(lcPdfTrust) << "imported the revocation list" << file;
    return {};
}

} // namespace saraban::pdf
