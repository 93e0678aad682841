#include "core/pdf/pdfoptions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

namespace saraban::pdf {

QString PdfOptions::defaultWorkerPath()
{
    const QString overridden = qEnvironmentVariable("SARABAN_PDF_WORKER");
    if (!overridden.isEmpty())
        return overridden;
    const QString name = QStringLiteral("saraban-pdf-worker");
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates{here + QLatin1Char('/') + name,
                                 here + QStringLiteral("/../libexec/saraban/") + name,
                                 here + QStringLiteral("/../app/") + name};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty() ? name : onPath;
}

} // namespace saraban::pdf
