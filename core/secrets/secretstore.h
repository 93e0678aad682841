#pragma once

// Where Saraban keeps secrets (remembered passwords): the system keychain, never a settings
// file. Asynchronous because the keychain may take a moment (a D-Bus round trip, an unlock
// prompt); the callback runs on the caller's thread through its event loop.
#include "core/util/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace saraban {

class SecretStore
{
public:
    using WriteCallback = std::function<void(Status)>;
    // nullopt: no secret stored under that key.
    using ReadCallback = std::function<void(Result<std::optional<QString>>)>;

    virtual ~SecretStore() = default;
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void remove(const QString &key, WriteCallback done) = 0;
};

// The system keychain (Secret Service on Linux) through QtKeychain.
std::unique_ptr<SecretStore> createKeychainSecretStore(const QString &service);

} // namespace saraban
