#include "core/secrets/secretstore.h"

#include "core/secrets/keychainsecretstore.h"

namespace saraban {

std::unique_ptr<SecretStore> createKeychainSecretStore(const QString &service)
{
    return std::make_unique<KeychainSecretStore>(service);
}

} // namespace saraban
