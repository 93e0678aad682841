// saraban-screenshots OUTDIR [CONNINFO]
// Saves the main window (connected to CONNINFO, or to the private local server) and each
// dialog, in Lao and English, as OUTDIR/<name>-<lang>.png.
#include "core/db/connectioncontroller.h"
#include "core/db/session.h"
#include "core/i18n/translations.h"
#include "ui/aboutdialog.h"
#include "ui/appearance.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QRadioButton>
#include <QTimer>

using namespace saraban;

namespace {

bool save(QWidget &widget, const QString &path)
{
    widget.show();
    // Let layouts settle and the first paint happen.
    QEventLoop loop;
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    const bool saved = widget.grab().save(path);
    widget.hide();
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("saraban-screenshots"));
    if (argc < 2) {
        qCritical("usage: saraban-screenshots OUTDIR [CONNINFO]");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    ui::appearance::apply(ui::appearance::defaultLaoFamily(), 11);

    std::unique_ptr<DatabaseSession> session;
    if (argc > 2) {
        auto profile = ConnectionProfile::fromConnInfo(QString::fromLocal8Bit(argv[2]));
        if (!profile) {
            qCritical("%s", qPrintable(profile.error().message));
            return 2;
        }
        session = std::make_unique<DatabaseSession>(*profile);
    } else {
        session = std::make_unique<DatabaseSession>(LocalServerOptions{});
    }
    ConnectionController controller(std::move(session));
    QEventLoop connecting;
    QObject::connect(&controller, &ConnectionController::connected, &connecting, &QEventLoop::quit);
    QObject::connect(&controller, &ConnectionController::failed, &connecting, &QEventLoop::quit);
    controller.connectToServer();
    connecting.exec();

    int failures = 0;
    for (Language language : i18n::available()) {
        i18n::install(language);
        QCoreApplication::processEvents();
        const QString suffix = QLatin1Char('-') + i18n::code(language) + QStringLiteral(".png");

        ui::MainWindow window(&controller);
        window.resize(1366, 768);
        failures += !save(window, out + QStringLiteral("/mainwindow") + suffix);

        ui::AboutDialog about(controller.profile(), &window);
        failures += !save(about, out + QStringLiteral("/about") + suffix);

        ui::Preferences preferences;
        preferences.language = language;
        preferences.laoFontFamily = ui::appearance::defaultLaoFamily();
        preferences.useSharedServer = true;
        preferences.sharedConnInfo = QStringLiteral("host=db.gnet.la port=70000");
        ui::SettingsDialog settings(preferences, &window);
        failures += !save(settings, out + QStringLiteral("/settings-error") + suffix);
        settings.findChild<QRadioButton *>(QStringLiteral("localServerRadio"))->setChecked(true);
        failures += !save(settings, out + QStringLiteral("/settings") + suffix);
    }
    controller.shutdown();
    return failures == 0 ? 0 : 1;
}
