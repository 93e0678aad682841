#include "core/secrets/keychainsecretstore.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace saraban {

namespace {

Error keychainError(const QKeychain::Job &job)
{
    return Error{QStringLiteral("secrets.keychain"),
                 QCoreApplication::translate("saraban::KeychainSecretStore",
                                             "The system keychain did not answer: %1")
                     .arg(job.errorString()),
                 QStringLiteral("QKeychain::Error %1").arg(static_cast<int>(job.error()))};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcSecrets) << "write failed:" << finished->errorString();
            done(keychainError(*finished));
            return;
        }
        done(Status());
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reader->error() == QKeychain::EntryNotFound) {
            done(std::optional<QString>());
            return;
        }
        if (reader->error() != QKeychain::NoError) {
            qCWarning(lcSecrets) << "read failed:" << reader->errorString();
            done(keychainError(*reader));
            return;
        }
        done(std::optional<QString>(reader->textData()));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        // Removing what is not there is not a failure: the outcome is the same.
        if (finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound) {
            done(keychainError(*finished));
            return;
        }
        done(Status());
    });
    job->start();
}

} // namespace saraban
