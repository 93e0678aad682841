// "Remember me" through the real keychain (gnome-keyring in a private D-Bus session, see
// with-keyring.sh) against a real server: the password goes to the keychain and nowhere in the
// settings file, and the next sign-in dialog fills it in and signs in by itself.
#include "core/db/connectioncontroller.h"
#include "core/db/signin.h"
#include "core/i18n/translations.h"
#include "core/secrets/secretstore.h"
#include "tests/server/orgfixture.h"
#include "tests/support/verify.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace saraban;
using namespace saraban::test;
using saraban::ui::SignInChoice;
using saraban::ui::SignInDialog;

class tst_SignInKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rememberedInTheKeychainOnly();
    void eachProfileKeepsItsOwnPassword();

private:
    std::unique_ptr<OrgFixture> m_fixture;
};

void tst_SignInKeychain::initTestCase()
{
    QVERIFY(i18n::install(Language::English));
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("signinkeychain"));
    SARABAN_VERIFY_OK(m_fixture->status());
}

void tst_SignInKeychain::cleanupTestCase()
{
    m_fixture.reset();
}

void tst_SignInKeychain::rememberedInTheKeychainOnly()
{
    const ConnectionProfile superuser = m_fixture->superuser();
    SignInChoice choice;
    choice.sharedServer = true;
    choice.sharedConnInfo = QStringLiteral("host=%1 port=%2 dbname=%3")
                                .arg(superuser.host())
                                .arg(superuser.port())
                                .arg(m_fixture->databaseName());
    choice.user = m_fixture->login(QStringLiteral("clerka"));
    const auto makeController = [&choice] {
        return std::make_unique<ConnectionController>(std::make_unique<DatabaseSession>(
            ConnectionProfile::fromConnInfo(choice.sharedConnInfo).value()));
    };
    auto secrets = createKeychainSecretStore(QStringLiteral("org.saraban.Saraban.test"));

    {
        auto controller = makeController();
        SignInDialog dialog(controller.get(), secrets.get(), choice);
        dialog.show();
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(password, OrgFixture::password());
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        choice = dialog.choice();
    }

    // In the keychain, read back by a store of its own...
    auto reader = createKeychainSecretStore(QStringLiteral("org.saraban.Saraban.test"));
    std::optional<Result<std::optional<QString>>> stored;
    reader->read(SignIn::secretKey(ConnectionProfile::fromConnInfo(choice.sharedConnInfo).value(),
                                   choice.user),
                 [&stored](Result<std::optional<QString>> secret) { stored = std::move(secret); });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30000);
    SARABAN_VERIFY_OK(*stored);
    QCOMPARE(stored->value(), std::optional<QString>(OrgFixture::password()));

    // ...and nowhere in the settings file, which says only who and where.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains(choice.user.toUtf8()));
    QVERIFY(!written.contains(OrgFixture::password().toUtf8()));

    // The next start signs in by itself.
    SignInChoice next = SignInChoice::load();
    QVERIFY(next.remember);
    QCOMPARE(next.user, choice.user);
    auto controller = makeController();
    SignInDialog dialog(controller.get(), secrets.get(), next);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
    QCOMPARE(controller->state(), ConnectionController::State::Connected);
    QCOMPARE(controller->session().signInProfile().user(), choice.user);
}

// Two named servers in Settings, one login: signing in through one remembers the password in
// the keychain under that server only; the other profile starts empty, and going back to the
// first finds it and signs in by itself.
void tst_SignInKeychain::eachProfileKeepsItsOwnPassword()
{
    const ConnectionProfile superuser = m_fixture->superuser();
    ui::ServerProfiles servers = ui::ServerProfiles::load();
    ui::ServerProfile office;
    office.name = QStringLiteral("ຫ້ອງການແຂວງ");
    office.host = superuser.host();
    office.port = superuser.port();
    office.database = m_fixture->databaseName();
    office.sslMode = QStringLiteral("disable");
    ui::ServerProfile other = office;
    other.name = QStringLiteral("ເມືອງ");
    other.database = QStringLiteral("saraban_elsewhere");
    office.id = servers.add(office);
    other.id = servers.add(other);
    servers.setLastUsed(office.id);
    servers.save();

    SignInChoice choice = SignInChoice::load();
    QCOMPARE(choice.profileId, office.id);
    choice.user = m_fixture->login(QStringLiteral("heada"));
    auto secrets = createKeychainSecretStore(QStringLiteral("org.saraban.Saraban.test"));
    {
        ConnectionController controller(std::make_unique<DatabaseSession>(office.connection()));
        SignInDialog dialog(&controller, secrets.get(), choice);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         OrgFixture::password());
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
    }
    const auto stored = [&secrets](const ui::ServerProfile &profile, const QString &user) {
        std::optional<Result<std::optional<QString>>> found;
        secrets->read(SignIn::secretKey(profile.connection(), user),
                      [&found](Result<std::optional<QString>> secret) { found = secret; });
        if (!QTest::qWaitFor([&found] { return found.has_value(); }, 30000) || !found->ok())
            return std::optional<QString>(QStringLiteral("(keychain did not answer)"));
        return found->value();
    };
    QCOMPARE(stored(office, choice.user), std::optional<QString>(OrgFixture::password()));
    QCOMPARE(stored(other, choice.user), std::optional<QString>());

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains(office.database.toUtf8()));
    QVERIFY(!written.contains(OrgFixture::password().toUtf8()));

    SignInChoice next = SignInChoice::load();
    QVERIFY(next.remember);
    QCOMPARE(next.profileId, office.id);
    next.profileId = other.id;
    next.sharedConnInfo = other.connection().connInfo();
    ConnectionController controller(std::make_unique<DatabaseSession>(other.connection()));
    SignInDialog dialog(&controller, secrets.get(), next);
    QSignalSpy checked(&dialog, &SignInDialog::rememberedPasswordChecked);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 30000);
    QCOMPARE(checked.last().first().toBool(), false);
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    auto *serverCombo = dialog.findChild<QComboBox *>(QStringLiteral("serverKindCombo"));
    serverCombo->setCurrentIndex(serverCombo->findData(office.id));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
    QCOMPARE(controller.profile().database(), m_fixture->databaseName());
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("saraban-test"));
    QApplication::setApplicationName(QStringLiteral("tst_signinkeychain"));
    tst_SignInKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signinkeychain.moc"
