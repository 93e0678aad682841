// saraban: the desktop client.
//   saraban [--lang lo|en] [--db CONNINFO] [--user LOGIN | --owner] [--screenshot FILE.png]
//           [--timing]
// It starts with the sign-in dialog. For scripts and tests only, SARABAN_PASSWORD with --user
// signs in without the dialog waiting for a person; --owner signs in as the private server's
// owner (the computer account that runs it), who sees everything.
#include "core/db/connectioncontroller.h"
#include "core/db/session.h"
#include "core/db/signin.h"
#include "core/i18n/translations.h"
#include "core/secrets/secretstore.h"
#include "ui/appearance.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <chrono>

using namespace saraban;

namespace {

// Wall-clock microseconds: the launch benchmark compares them with the moment it started this
// process, which a clock local to the process cannot see.
qint64 wallMicroseconds()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 entered = wallMicroseconds();
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
    // For the screenshot script and the launch benchmark: save the window once the inbox is
    // shown, then quit.
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the main window as a PNG once the inbox is shown, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption timingOption(
        QStringLiteral("timing"),
        QStringLiteral("Print when main() began, sign-in ended, the window was shown and the "
                       "inbox was shown (wall-clock microseconds), for the launch benchmark."));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Fill in this login in the sign-in dialog "
                                                       "(with SARABAN_PASSWORD set: sign in)."),
                                        QStringLiteral("login"));
    const QCommandLineOption ownerOption(
        QStringLiteral("owner"),
        QStringLiteral("Sign in as the owner of this computer's private server (sees "
                       "everything; for setting up a new installation)."));
    parser.addOptions(
        {langOption, dbOption, userOption, ownerOption, screenshotOption, timingOption});
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

    ui::SignInChoice choice = ui::SignInChoice::load();
    if (parser.isSet(dbOption)) {
        auto given = ConnectionProfile::fromConnInfo(parser.value(dbOption));
        if (!given) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Saraban"),
                                  given.error().message);
            return 2;
        }
        choice.sharedServer = true;
        choice.sharedConnInfo = given->connInfo();
        if (!given->user().isEmpty())
            choice.user = given->user();
    }
    if (parser.isSet(userOption))
        choice.user = parser.value(userOption);

    std::unique_ptr<DatabaseSession> session;
    auto shared = ConnectionProfile::fromConnInfo(choice.sharedConnInfo);
    if (choice.sharedServer && shared)
        session = std::make_unique<DatabaseSession>(*shared);
    else
        session = std::make_unique<DatabaseSession>(LocalServerOptions{});

    ConnectionController controller(std::move(session));
    QObject::connect(&app, &QApplication::aboutToQuit, &controller,
                     &ConnectionController::shutdown);

    // Remembered passwords live in the system keychain, under the desktop id.
    const std::unique_ptr<SecretStore> secrets =
        createKeychainSecretStore(QStringLiteral("org.saraban.Saraban"));
    ui::SignInDialog signIn(&controller, secrets.get(), choice);
    if (parser.isSet(ownerOption)) {
        QTimer::singleShot(0, &signIn, [&signIn] { signIn.signInAsOwner(); });
    } else if (const auto password = SignIn::passwordFromEnvironment();
               password && !choice.user.isEmpty()) {
        QTimer::singleShot(0, &signIn, [&signIn, password] { signIn.signInWith(*password); });
    }
    // A script must not hang on a sign-in that fails or an inbox that never loads.
    QTimer scriptDeadline;
    if (parser.isSet(screenshotOption)) {
        scriptDeadline.setSingleShot(true);
        QObject::connect(&scriptDeadline, &QTimer::timeout, &app, [] {
            qCritical("saraban: the inbox was not shown within 120 s");
            QApplication::exit(1);
        });
        scriptDeadline.start(120000);
    }
    if (signIn.exec() != QDialog::Accepted) {
        controller.shutdown();
        return parser.isSet(screenshotOption) ? 1 : 0;
    }

    const qint64 signedIn = wallMicroseconds();
    ui::MainWindow window(&controller);
    qint64 shown = 0;

    if (parser.isSet(timingOption)) {
        QObject::connect(&window, &ui::MainWindow::inboxShown, &window, [&] {
            QTextStream(stdout) << "saraban-timing main=" << entered << " signed-in=" << signedIn
                                << " window-shown=" << shown
                                << " inbox-shown=" << wallMicroseconds() << Qt::endl;
        });
    }
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QObject::connect(&window, &ui::MainWindow::inboxShown, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }

    window.show();
    shown = wallMicroseconds();
    return app.exec();
}
