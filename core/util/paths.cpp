#include "core/util/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace saraban::paths {

QString dataDirectory()
{
    const QString overridden = qEnvironmentVariable("SARABAN_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir(overridden).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/saraban");
}

} // namespace saraban::paths
