#pragma once

// The only place that talks to QtKeychain. Its header stays out of this one.
#include "core/secrets/secretstore.h"

namespace saraban {

class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service);

    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void read(const QString &key, ReadCallback done) override;
    void remove(const QString &key, WriteCallback done) override;

private:
    QString m_service;
};

} // namespace saraban
