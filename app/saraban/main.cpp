// saraban: the desktop client.
//   saraban [--lang lo|en] [--db CONNINFO] [--screenshot FILE.png]
#include "core/db/connectioncontroller.h"
#include "core/db/session.h"
#include "core/i18n/translations.h"
#include "ui/appearance.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace saraban;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("saraban"));
    QApplication::setApplicationName(QStringLiteral("saraban"));
    QApplication::setApplicationDisplayName(QStringLiteral("Saraban"));
    QApplication::setApplicationVersion(QStringLiteral(SARABAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.saraban.Saraban"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saraban e-office client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: lo or en."),
                                        QStringLiteral("code"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Use the shared server at this libpq "
                                                     "connection string."),
                                      QStringLiteral("conninfo"));
    // For the screenshot script and launch benchmarks: save the window once connected, then quit.
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save the main window as a PNG "
                                                             "once connected, then quit."),
                                              QStringLiteral("file"));
    parser.addOptions({langOption, dbOption, screenshotOption});
    parser.process(app);

    ui::Preferences preferences = ui::Preferences::load();
    Language language = preferences.language;
    if (parser.isSet(langOption)) {
        const auto chosen = i18n::fromCode(parser.value(langOption));
        if (!chosen) {
            qCritical("saraban: unknown language \"%s\": use lo or en",
                      qPrintable(parser.value(langOption)));
            return 2;
        }
        language = *chosen;
    }
    i18n::install(language);
    ui::appearance::apply(preferences.laoFontFamily, preferences.fontPointSize);

    QString connInfo = parser.value(dbOption);
    if (connInfo.isEmpty() && preferences.useSharedServer)
        connInfo = preferences.sharedConnInfo;
    std::unique_ptr<DatabaseSession> session;
    if (connInfo.isEmpty()) {
        session = std::make_unique<DatabaseSession>(LocalServerOptions{});
    } else {
        auto profile = ConnectionProfile::fromConnInfo(connInfo);
        if (!profile) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Saraban"),
                                  profile.error().message);
            return 2;
        }
        session = std::make_unique<DatabaseSession>(*profile);
    }

    ConnectionController controller(std::move(session));
    ui::MainWindow window(&controller);
    QObject::connect(&app, &QApplication::aboutToQuit, &controller,
                     &ConnectionController::shutdown);

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        const auto save = [&window, file] {
            // Let the window paint with its final contents before grabbing it.
            QTimer::singleShot(300, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                QApplication::exit(saved ? 0 : 1);
            });
        };
        QObject::connect(&controller, &ConnectionController::connected, &window, save);
        QObject::connect(&controller, &ConnectionController::failed, &window, save);
    }

    window.show();
    controller.connectToServer();
    return app.exec();
}
