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
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
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

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("saraban-test"));
    QApplication::setApplicationName(QStringLiteral("tst_signinkeychain"));
    tst_SignInKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signinkeychain.moc"
