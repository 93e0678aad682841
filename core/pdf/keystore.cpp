#include "core/pdf/keystore.h"

#include "core/pdf/pdflogging.h"
#include "core/util/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace saraban::pdf {

namespace {

constexpr int toolTimeoutMs = 30000;

QString quotedField(const QString &text, const QString &label)
{
    const QRegularExpression pattern(QStringLiteral("^\\s*") + QRegularExpression::escape(label) +
                                         QStringLiteral(":\\s*\"(.*)\"\\s*$"),
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

// NSS's tools read a password from the first line of a file; the file lives in a private
// temporary folder for the length of one command.
class PasswordFile
{
public:
    bool write(const QString &password)
    {
        if (!m_directory.isValid())
            return false;
        QFile file(path());
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray bytes = password.toUtf8() + '\n';
        return file.write(bytes) == bytes.size();
    }
    QString path() const { return m_directory.filePath(QStringLiteral("password")); }

private:
    QTemporaryDir m_directory;
};

} // namespace

KeyStore::KeyStore(QString directory)
    : m_directory(std::move(directory))
{}

QString KeyStore::defaultDirectory()
{
    return paths::dataDirectory() + QStringLiteral("/keys");
}

QString KeyStore::database() const
{
    return QStringLiteral("sql:") + m_directory;
}

bool KeyStore::exists() const
{
    return QFileInfo::exists(m_directory + QStringLiteral("/cert9.db"));
}

Result<KeyStore::Run> KeyStore::run(const QString &tool, const QStringList &arguments) const
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return Error{
            QStringLiteral("keys.tools"),
            tr("The program %1 is not installed (Debian package libnss3-tools).").arg(tool),
            {}};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(toolTimeoutMs) || !process.waitForFinished(toolTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error{QStringLiteral("keys.tools"), tr("The program %1 did not finish.").arg(tool),
                     tool + QLatin1Char(' ') + arguments.join(QLatin1Char(' '))};
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Status KeyStore::create(const QString &passwordFile) const
{
    if (!QDir().mkpath(m_directory))
        return Error{QStringLiteral("keys.create"),
                     tr("Cannot create the key store folder %1.").arg(m_directory),
                     {}};
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    Result<Run> created =
        run(QStringLiteral("certutil"), {QStringLiteral("-N"), QStringLiteral("-d"), database(),
                                         QStringLiteral("-f"), passwordFile});
    if (!created)
        return created.error();
    if (created->exitCode != 0)
        return Error{QStringLiteral("keys.create"),
                     tr("Cannot create the key store in %1.").arg(m_directory),
                     QString::fromLocal8Bit(created->err)};
    qCInfo(lcPdfTrust) << "created the key store in" << m_directory;
    return {};
}

Result<QStringList> KeyStore::importPkcs12(const QString &file, const QString &filePassword,
                                           const QString &storePassword) const
{
    if (!QFileInfo(file).isReadable())
        return Error{QStringLiteral("keys.file"), tr("Cannot read %1.").arg(file), {}};
    if (storePassword.isEmpty())
        return Error{QStringLiteral("keys.password"),
                     tr("The key store needs a password: it protects your signing keys."),
                     {}};
    PasswordFile storeFile;
    PasswordFile pkcs12File;
    if (!storeFile.write(storePassword) || !pkcs12File.write(filePassword))
        return Error{QStringLiteral("keys.create"), tr("Cannot write a temporary file."), {}};
    if (!exists()) {
        if (Status created = create(storeFile.path()); !created)
            return created.error();
    }
    Result<QList<SigningCertificate>> before = list();
    if (!before)
        return before.error();
    Result<Run> imported =
        run(QStringLiteral("pk12util"),
            {QStringLiteral("-i"), file, QStringLiteral("-d"), database(), QStringLiteral("-w"),
             pkcs12File.path(), QStringLiteral("-k"), storeFile.path()});
    if (!imported)
        return imported.error();
    if (imported->exitCode != 0) {
        const QString output = QString::fromLocal8Bit(imported->err + imported->out);
        // pk12util names the password that was wrong: the store's ("authenticate to token") or
        // the file's ("decode not verified" or a MAC failure).
        if (output.contains(QLatin1String("authenticate")))
            return Error{QStringLiteral("keys.storepassword"),
                         tr("The password of Saraban's key store is wrong."), output};
        if (output.contains(QLatin1String("BAD_PASSWORD")) ||
            output.contains(QLatin1String("not verified")) ||
            output.contains(QLatin1String("BAD_DER")))
            return Error{QStringLiteral("keys.filepassword"),
                         tr("The password of %1 is wrong, or it is not a PKCS#12 file.").arg(file),
                         output};
        return Error{QStringLiteral("keys.import"), tr("Cannot import %1.").arg(file), output};
    }
    Result<QList<SigningCertificate>> after = list();
    if (!after)
        return after.error();
    QStringList added;
    for (const SigningCertificate &certificate : *after) {
        const bool known =
            std::any_of(before->cbegin(), before->cend(), [&](const SigningCertificate &old) {
                return old.nickname == certificate.nickname;
            });
        if (!known)
            added << certificate.nickname;
    }
    qCInfo(lcPdfTrust) << "imported signing certificates" << added;
    return added;
}

Result<QList<SigningCertificate>> KeyStore::list() const
{
    if (!exists())
        return QList<SigningCertificate>();
    Result<Run> listed =
        run(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"), database()});
    if (!listed)
        return listed.error();
    if (listed->exitCode != 0)
        return Error{QStringLiteral("keys.list"), tr("Cannot read the key store."),
                     QString::fromLocal8Bit(listed->err)};
    static const QRegularExpression line(
        QStringLiteral("^(.*\\S)\\s+([A-Za-z]*,[A-Za-z]*,[A-Za-z]*)\\s*$"));
    QList<SigningCertificate> certificates;
    for (const QString &text : QString::fromUtf8(listed->out).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch() || !match.captured(2).contains(QLatin1Char('u')))
            continue;
        SigningCertificate certificate;
        certificate.nickname = match.captured(1);
        certificate.commonName = certificate.nickname;
        Result<Run> shown =
            run(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"), database(),
                                             QStringLiteral("-n"), certificate.nickname});
        if (shown && shown->exitCode == 0) {
            const QString details = QString::fromUtf8(shown->out);
            certificate.subject = quotedField(details, QStringLiteral("Subject"));
            certificate.issuer = quotedField(details, QStringLiteral("Issuer"));
        }
        certificates.append(certificate);
    }
    return certificates;
}

} // namespace saraban::pdf
