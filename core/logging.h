#pragma once

// One logging category per module, so a user can turn on exactly what a bug report needs with
// QT_LOGGING_RULES (for example "saraban.db.server.debug=true").
#include <QLoggingCategory>

namespace saraban {
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcMigrate)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
} // namespace saraban
