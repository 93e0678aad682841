#include "tests/screenshots/settingsscreens.h"

#include "core/db/connectioncontroller.h"
#include "core/db/session.h"
#include "core/i18n/translations.h"
#include "ui/appearance.h"
#include "ui/laodateedit.h"
#include "ui/serverprofiledialog.h"
#include "ui/settingsdialog.h"
#include "ui/signindialog.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QComboBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QTimer>

namespace saraban::screenshots {

namespace {

void settle()
{
    QEventLoop loop;
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
}

// widget with a popup of it drawn where it is on screen (a grab leaves popups out).
bool saveWithPopup(QWidget &widget, QWidget &popup, const QString &path)
{
    const QPoint offset = popup.mapToGlobal(QPoint(0, 0)) - widget.mapToGlobal(QPoint(0, 0));
    const QRect area = QRect(QPoint(0, 0), widget.size()).united(QRect(offset, popup.size()));
    QPixmap picture(area.size());
    picture.fill(Qt::white);
    QPainter painter(&picture);
    painter.drawPixmap(-area.topLeft(), widget.grab());
    painter.drawPixmap(offset - area.topLeft(), popup.grab());
    painter.end();
    return picture.save(path);
}

ui::ServerProfiles twoServers()
{
    ui::ServerProfiles servers;
    ui::ServerProfile province;
    province.name = QStringLiteral("ຫ້ອງການ ປທສ ແຂວງວຽງຈັນ");
    province.host = QStringLiteral("saraban.vientiane.gov.la");
    province.sslMode = QStringLiteral("verify-full");
    ui::ServerProfile training = province;
    training.name = QStringLiteral("ເຊີບເວີ ຝຶກອົບຮົມ");
    training.host = QStringLiteral("10.20.0.15");
    training.port = 5433;
    training.database = QStringLiteral("saraban_training");
    training.sslMode = QStringLiteral("require");
    servers.setLastUsed(servers.add(province));
    servers.add(training);
    return servers;
}

} // namespace

int saveSettingsScreens(QWidget *window, const QString &out, const QString &suffix,
                        const SaveFunction &save)
{
    int failures = 0;
    ui::Preferences preferences;
    preferences.language = i18n::current();
    preferences.laoFontFamily = ui::appearance::defaultLaoFamily();
    preferences.servers = twoServers();
    {
        ui::SettingsDialog settings(preferences, window);
        failures += !save(settings, out + QStringLiteral("/settings") + suffix);
    }
    {
        ui::ServerProfile edited = preferences.servers.shared().at(1);
        ui::ServerProfileDialog editor(edited, preferences.servers, window);
        editor.findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))
            ->setText(preferences.servers.shared().at(0).name);
        editor.findChild<QLineEdit *>(QStringLiteral("portEdit"))->setText(QStringLiteral("70000"));
        failures += !save(editor, out + QStringLiteral("/settings-profile-error") + suffix);
    }
    {
        // On a controller of its own that never connects.
        ConnectionController controller(std::make_unique<DatabaseSession>(LocalServerOptions{}));
        ui::SignInChoice choice;
        choice.profiles = preferences.servers.shared();
        choice.profileId = choice.profiles.at(1).id;
        choice.sharedServer = true;
        choice.sharedConnInfo = choice.profiles.at(1).connection().connInfo();
        choice.user = QStringLiteral("khamla");
        ui::SignInDialog signIn(&controller, nullptr, choice);
        failures += !save(signIn, out + QStringLiteral("/signin-profile") + suffix);
        signIn.show();
        settle();
        auto *servers = signIn.findChild<QComboBox *>(QStringLiteral("serverKindCombo"));
        servers->showPopup();
        settle();
        QWidget *list = servers->view()->window();
        failures +=
            !saveWithPopup(signIn, *list, out + QStringLiteral("/signin-profiles") + suffix);
        servers->hidePopup();
        signIn.hide();
    }
    {
        QWidget form(window, Qt::Window);
        form.setObjectName(QStringLiteral("dateFieldScreen"));
        auto *layout = new QFormLayout(&form);
        auto *due = new ui::LaoDateEdit(QDate(2026, 11, 21), &form);
        due->setDateRange(QDate(2026, 11, 3), QDate(2027, 1, 31));
        auto *typed = new ui::LaoDateEdit(QDate(2026, 11, 21), &form);
        layout->addRow(QCoreApplication::translate("saraban::ui::LetterDetailPane", "Letter date:"),
                       due);
        layout->addRow(QCoreApplication::translate("saraban::ui::LetterDetailPane", "Received:"),
                       typed);
        form.resize(420, 110);
        form.show();
        settle();
        typed->setFocus();
        typed->selectAll();
        typed->insert(QStringLiteral("31 ກຸມພາ 2026"));
        due->showCalendar();
        settle();
        failures += !saveWithPopup(form, *due->calendar(),
                                   out + QStringLiteral("/datefield-popup") + suffix);
        due->calendar()->hide();
        form.hide();
    }
    return failures;
}

} // namespace saraban::screenshots
