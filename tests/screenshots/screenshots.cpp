// saraban-screenshots OUTDIR [CONNINFO]
// Saves the main window (connected to CONNINFO, or to the private local server) and each
// dialog, in Lao and English, as OUTDIR/<name>-<lang>.png.
#include "core/db/connectioncontroller.h"
#include "core/db/session.h"
#include "core/i18n/translations.h"
#include "core/services/minimalpdf.h"
#include "tests/screenshots/draftscreens.h"
#include "tests/screenshots/issuescreens.h"
#include "tests/screenshots/settingsscreens.h"
#include "tests/screenshots/stampscreens.h"
#include "tests/screenshots/workspacescreens.h"
#include "ui/aboutdialog.h"
#include "ui/appearance.h"
#include "ui/laodateedit.h"
#include "ui/mainwindow.h"
#include "ui/registerletterdialog.h"
#include "ui/reservenumberdialog.h"
#include "ui/settingsdialog.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

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
    // Translations not yet merged into the catalogues (.pending-translations/*.tsv, compiled
    // to a .qm by whoever previews them) can be laid over the Lao one to look at them.
    QTranslator pending;
    const QString pendingFile = qEnvironmentVariable("SARABAN_PENDING_LAO_QM");
    for (Language language : i18n::available()) {
        i18n::install(language);
        if (language == Language::Lao && !pendingFile.isEmpty() && pending.load(pendingFile))
            QCoreApplication::installTranslator(&pending);
        else
            QCoreApplication::removeTranslator(&pending);
        QCoreApplication::processEvents();
        const QString suffix = QLatin1Char('-') + i18n::code(language) + QStringLiteral(".png");

        ui::MainWindow window(&controller);
        window.resize(1366, 768);
        failures += !save(window, out + QStringLiteral("/mainwindow") + suffix);

        ui::AboutDialog about(controller.profile(), &window);
        failures += !save(about, out + QStringLiteral("/about") + suffix);

        // Settings with two named servers, the server editor, a server chosen at sign-in,
        // the date field's calendar.
        failures += screenshots::saveSettingsScreens(&window, out, suffix, save);

        // The sign-in dialog, on a controller of its own that never connects.
        ConnectionController signInController(
            std::make_unique<DatabaseSession>(LocalServerOptions{}));
        ui::SignInChoice choice;
        choice.sharedServer = true;
        choice.sharedConnInfo =
            QStringLiteral("host=saraban.vientiane.gov.la port=5432 dbname=saraban "
                           "sslmode=verify-full");
        choice.user = QStringLiteral("khamla");
        {
            ui::SignInDialog signIn(&signInController, nullptr, choice);
            failures += !save(signIn, out + QStringLiteral("/signin") + suffix);
        }
        {
            choice.sharedServer = false;
            ui::SignInDialog owner(&signInController, nullptr, choice);
            owner.findChild<QCheckBox *>(QStringLiteral("ownerCheck"))->setChecked(true);
            failures += !save(owner, out + QStringLiteral("/signin-owner") + suffix);
        }

        // The register dialog, through the connection's worker (sign in as a clerk in CONNINFO
        // to see the number it will get), with a one-page PDF.
        if (DbWorker *worker = controller.worker()) {
            ui::RegisterLetterDialog registerDialog(worker, {}, &window);
            QEventLoop ready;
            QObject::connect(&registerDialog, &ui::RegisterLetterDialog::ready, &ready,
                             &QEventLoop::quit);
            QTimer::singleShot(10000, &ready, &QEventLoop::quit);
            ready.exec();
            QTemporaryDir files;
            const QString pdf = files.filePath(QStringLiteral("letter.pdf"));
            QFile file(pdf);
            if (file.open(QIODevice::WriteOnly))
                file.write(
                    MinimalPdf::page({QStringLiteral("Ministry of Posts and Telecommunications"),
                                      QStringLiteral("No. 12/MPT"),
                                      QStringLiteral("Invitation to the annual meeting")}));
            file.close();
            registerDialog.show();
            QEventLoop rendered;
            QObject::connect(&registerDialog, &ui::RegisterLetterDialog::fileChecked, &rendered,
                             [&rendered] {
                                 // The first page arrives from the PDF worker just after.
                                 QTimer::singleShot(1000, &rendered, &QEventLoop::quit);
                             });
            QTimer::singleShot(15000, &rendered, &QEventLoop::quit);
            registerDialog.setFile(pdf);
            rendered.exec();
            failures += !save(registerDialog, out + QStringLiteral("/register-empty") + suffix);
            registerDialog.findChild<QLineEdit *>(QStringLiteral("subjectEdit"))
                ->setText(QStringLiteral("ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມສະຫຼຸບວຽກງານປະຈຳປີ 2026"));
            registerDialog.findChild<QLineEdit *>(QStringLiteral("senderEdit"))
                ->setText(QStringLiteral("ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ"));
            registerDialog.findChild<QLineEdit *>(QStringLiteral("theirNumberEdit"))
                ->setText(QStringLiteral("12/ກຕສ"));
            failures += !save(registerDialog, out + QStringLiteral("/register") + suffix);
            auto *received =
                registerDialog.findChild<ui::LaoDateEdit *>(QStringLiteral("receivedOnEdit"));
            received->setDate(received->date().addDays(-400));
            failures += !save(registerDialog, out + QStringLiteral("/register-error") + suffix);

            // Reserving a number: the form filled in, not sent (the demo keeps its counters).
            ui::ReserveNumberDialog reserve(worker, &window);
            QEventLoop reserveReady;
            QObject::connect(&reserve, &ui::ReserveNumberDialog::ready, &reserveReady,
                             &QEventLoop::quit);
            QTimer::singleShot(10000, &reserveReady, &QEventLoop::quit);
            reserve.show();
            reserveReady.exec();
            reserve.findChild<QLineEdit *>(QStringLiteral("note"))
                ->setText(QStringLiteral("ຕອບໜັງສື ກະຊວງ ການເງິນ ເລື່ອງ ງົບປະມານ"));
            failures += !save(reserve, out + QStringLiteral("/reserve-number") + suffix);
        }
        // The inbox, routing, decisions and acting appointments (sign in as a head to see
        // them filled: the demo's bounmy, say).
        failures += screenshots::saveWorkspaceScreens(controller, &window, out, suffix, save);
        // The new draft dialog composed and previewed, and a chain the drafter writes.
        failures += screenshots::saveDraftScreens(controller, &window, out, suffix, save);
        // The received stamp and the endorsement drawn onto a composed memo.
        failures += screenshots::saveStampScreens(&window, out, suffix, save);
        // Signing at the sign step, issuing, and the number stamped on the letter.
        failures += screenshots::saveIssueScreens(&window, out, suffix, save);
    }
    controller.shutdown();
    return failures == 0 ? 0 : 1;
}
