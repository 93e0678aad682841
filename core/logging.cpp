#include "core/logging.h"

namespace saraban {
Q_LOGGING_CATEGORY(lcDb, "saraban.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "saraban.db.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigrate, "saraban.db.migrate", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "saraban.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "saraban.i18n", QtInfoMsg)
} // namespace saraban
