// The sign-in dialog on a real server (a scratch database of the fixture cluster with its own
// login roles): right and wrong passwords, an unreachable server, a server that does not speak
// TLS when the profile requires it, a database newer than the client, and "remember me"
// (through an in-memory SecretStore here; tests/keychain/tst_signinkeychain uses the real one).
#include "core/db/connectioncontroller.h"
#include "core/db/signin.h"
#include "core/i18n/translations.h"
#include "core/secrets/secretstore.h"
#include "tests/server/orgfixture.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace saraban;
using namespace saraban::test;
using saraban::ui::SignInChoice;
using saraban::ui::SignInDialog;

namespace {

class MemorySecretStore final : public SecretStore
{
public:
    void write(const QString &key, const QString &secret, WriteCallback done) override
    {
        secrets.insert(key, secret);
        done(Status());
    }
    void read(const QString &key, ReadCallback done) override
    {
        done(secrets.contains(key) ? std::optional<QString>(secrets.value(key)) : std::nullopt);
    }
    void remove(const QString &key, WriteCallback done) override
    {
        secrets.remove(key);
        done(Status());
    }
    QHash<QString, QString> secrets;
};

// A TCP port on 127.0.0.1 that answers PostgreSQL's SSLRequest with "no": what a server
// without TLS says. Serves one connection.
class NoTlsServer
{
public:
    NoTlsServer()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_socket, 1);
        socklen_t length = sizeof address;
        ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([socket = m_socket] {
            const int client = ::accept(socket, nullptr, nullptr);
            if (client < 0)
                return;
            char request[8];
            if (::recv(client, request, sizeof request, MSG_WAITALL) == sizeof request)
                (void)::send(client, "N", 1, 0);
            ::close(client);
        });
    }
    ~NoTlsServer()
    {
        ::shutdown(m_socket, SHUT_RDWR);
        ::close(m_socket);
        m_thread.join();
    }
    int port() const { return m_port; }

private:
    int m_socket = -1;
    int m_port = 0;
    std::thread m_thread;
};

// A port on 127.0.0.1 that nothing listens on.
int closedPort()
{
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(probe, reinterpret_cast<sockaddr *>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(probe, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(probe);
    return ntohs(address.sin_port);
}

} // namespace

class tst_SignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void rightPasswordSignsInAsThePerson();
    void wrongPasswordSaysSoAndKeepsWhatWasTyped();
    void unreachableServer();
    void tlsRequiredButNotOffered();
    void missingDatabase();
    void newerDatabaseIsRefused();
    void rememberedPasswordSignsInDirectly();
    void ownerOnlyOfferedForThePrivateServer();
    void incompleteFormCannotBeSent();
    void droppedConnectionIsShownInTheStatusBar();

private:
    // The fixture's server as a shared server, without a user.
    QString serverConnInfo(const QString &database) const;
    SignInChoice choiceFor(const QString &connInfo, const QString &user = {}) const;
    std::unique_ptr<ConnectionController> controllerFor(const SignInChoice &choice) const;
    static void type(SignInDialog &dialog, const QString &name, const QString &text);
    static void clickSignIn(SignInDialog &dialog);
    static QString errorText(SignInDialog &dialog);

    std::unique_ptr<OrgFixture> m_fixture;
};

void tst_SignIn::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("signin"));
    SARABAN_VERIFY_OK(m_fixture->status());
}

void tst_SignIn::init()
{
    QVERIFY(i18n::install(Language::Lao));
}

void tst_SignIn::cleanupTestCase()
{
    m_fixture.reset();
}

QString tst_SignIn::serverConnInfo(const QString &database) const
{
    const ConnectionProfile superuser = m_fixture->superuser();
    return QStringLiteral("host=%1 port=%2 dbname=%3")
        .arg(superuser.host())
        .arg(superuser.port())
        .arg(database);
}

SignInChoice tst_SignIn::choiceFor(const QString &connInfo, const QString &user) const
{
    SignInChoice choice;
    choice.sharedServer = true;
    choice.sharedConnInfo = connInfo;
    choice.user = user;
    return choice;
}

std::unique_ptr<ConnectionController> tst_SignIn::controllerFor(const SignInChoice &choice) const
{
    return std::make_unique<ConnectionController>(std::make_unique<DatabaseSession>(
        ConnectionProfile::fromConnInfo(choice.sharedConnInfo).value()));
}

void tst_SignIn::type(SignInDialog &dialog, const QString &name, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(name);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void tst_SignIn::clickSignIn(SignInDialog &dialog)
{
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QString tst_SignIn::errorText(SignInDialog &dialog)
{
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    return label && label->isVisibleTo(&dialog) ? label->text() : QString();
}

void tst_SignIn::rightPasswordSignsInAsThePerson()
{
    const SignInChoice choice = choiceFor(serverConnInfo(m_fixture->databaseName()));
    auto controller = controllerFor(choice);
    SignInDialog dialog(controller.get(), nullptr, choice);
    dialog.show();
    type(dialog, QStringLiteral("userEdit"), m_fixture->login(QStringLiteral("clerka")));
    type(dialog, QStringLiteral("passwordEdit"), OrgFixture::password());
    clickSignIn(dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(controller->state(), ConnectionController::State::Connected);

    // The worker's connection, which everything reads through, is the person's own.
    QVERIFY(controller->worker());
    std::optional<QString> workerUser;
    controller->worker()->post(
        this,
        [](const QSqlDatabase &database) -> Result<QString> {
            QSqlQuery q(database);
            if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
                return Error{QStringLiteral("test"), q.lastError().text(), QString()};
            return q.value(0).toString();
        },
        [&workerUser](Result<QString> user) { workerUser = user.ok() ? *user : QString(); });
    QTRY_VERIFY(workerUser.has_value());
    QCOMPARE(*workerUser, m_fixture->login(QStringLiteral("clerka")));
    QCOMPARE(dialog.choice().user, m_fixture->login(QStringLiteral("clerka")));
}

void tst_SignIn::wrongPasswordSaysSoAndKeepsWhatWasTyped()
{
    const SignInChoice choice = choiceFor(serverConnInfo(m_fixture->databaseName()),
                                          m_fixture->login(QStringLiteral("officera")));
    auto controller = controllerFor(choice);
    SignInDialog dialog(controller.get(), nullptr, choice);
    dialog.show();
    QVERIFY(i18n::install(Language::English));
    type(dialog, QStringLiteral("passwordEdit"), QStringLiteral("not the password"));
    QSignalSpy failed(controller.get(), &ConnectionController::failed);
    clickSignIn(dialog);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(controller->lastError().code, QString::fromLatin1(SignIn::wrongPasswordCode));
    QVERIFY2(errorText(dialog).contains(QStringLiteral("password is wrong")),
             qPrintable(errorText(dialog)));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(),
             m_fixture->login(QStringLiteral("officera")));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(),
             QStringLiteral("not the password"));

    // Corrected, it goes through.
    type(dialog, QStringLiteral("passwordEdit"), OrgFixture::password());
    clickSignIn(dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_SignIn::unreachableServer()
{
    QVERIFY(i18n::install(Language::English));
    const SignInChoice choice =
        choiceFor(QStringLiteral("host=127.0.0.1 port=%1 dbname=saraban").arg(closedPort()),
                  QStringLiteral("someone"));
    auto controller = controllerFor(choice);
    SignInDialog dialog(controller.get(), nullptr, choice);
    dialog.show();
    type(dialog, QStringLiteral("passwordEdit"), QStringLiteral("secret"));
    QSignalSpy failed(controller.get(), &ConnectionController::failed);
    clickSignIn(dialog);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(controller->lastError().code == QString::fromLatin1(SignIn::unreachableCode),
             qPrintable(controller->lastError().toString()));
    QVERIFY2(errorText(dialog).contains(QStringLiteral("cannot be reached")),
             qPrintable(errorText(dialog)));
    QVERIFY(errorText(dialog).contains(QStringLiteral("127.0.0.1")));
}

void tst_SignIn::tlsRequiredButNotOffered()
{
    QVERIFY(i18n::install(Language::English));
    NoTlsServer server;
    const SignInChoice choice = choiceFor(
        QStringLiteral("host=127.0.0.1 port=%1 dbname=saraban sslmode=require").arg(server.port()),
        QStringLiteral("someone"));
    auto controller = controllerFor(choice);
    SignInDialog dialog(controller.get(), nullptr, choice);
    dialog.show();
    QCOMPARE(
        dialog.findChild<QComboBox *>(QStringLiteral("sslModeCombo"))->currentData().toString(),
        QStringLiteral("require"));
    type(dialog, QStringLiteral("passwordEdit"), QStringLiteral("secret"));
    QSignalSpy failed(controller.get(), &ConnectionController::failed);
    clickSignIn(dialog);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(controller->lastError().code, QString::fromLatin1(SignIn::tlsCode));
    QVERIFY2(errorText(dialog).contains(QStringLiteral("TLS")), qPrintable(errorText(dialog)));
    QVERIFY(errorText(dialog).contains(QStringLiteral("require")));
}

void tst_SignIn::missingDatabase()
{
    QVERIFY(i18n::install(Language::English));
    const SignInChoice choice = choiceFor(serverConnInfo(QStringLiteral("no_such_database")),
                                          m_fixture->login(QStringLiteral("clerka")));
    auto controller = controllerFor(choice);
    SignInDialog dialog(controller.get(), nullptr, choice);
    dialog.show();
    type(dialog, QStringLiteral("passwordEdit"), OrgFixture::password());
    QSignalSpy failed(controller.get(), &ConnectionController::failed);
    clickSignIn(dialog);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(controller->lastError().code == QString::fromLatin1(SignIn::noDatabaseCode),
             qPrintable(controller->lastError().toString()));
    QVERIFY2(errorText(dialog).contains(QStringLiteral("no_such_database")),
             qPrintable(errorText(dialog)));
}

void tst_SignIn::newerDatabaseIsRefused()
{
    QVERIFY(i18n::install(Language::English));
    // A copy of the schema that a newer Saraban has moved on.
    {
        ScopedConnection admin(m_fixture->superuser());
        SARABAN_VERIFY_OK(admin.execute(
            QStringLiteral("INSERT INTO saraban.schema_version (version, name, checksum) "
                           "VALUES (9999, 'future', 'future')")));
    }
    const SignInChoice choice = choiceFor(serverConnInfo(m_fixture->databaseName()),
                                          m_fixture->login(QStringLiteral("clerka")));
    auto controller = controllerFor(choice);
    SignInDialog dialog(controller.get(), nullptr, choice);
    dialog.show();
    type(dialog, QStringLiteral("passwordEdit"), OrgFixture::password());
    QSignalSpy failed(controller.get(), &ConnectionController::failed);
    clickSignIn(dialog);
    QTRY_COMPARE(failed.count(), 1);
    {
        ScopedConnection admin(m_fixture->superuser());
        SARABAN_VERIFY_OK(admin.execute(
            QStringLiteral("DELETE FROM saraban.schema_version WHERE version = 9999")));
    }
    QCOMPARE(controller->lastError().code, QStringLiteral("schema.newer"));
    QVERIFY2(errorText(dialog).contains(QStringLiteral("newer")), qPrintable(errorText(dialog)));
}

void tst_SignIn::rememberedPasswordSignsInDirectly()
{
    MemorySecretStore secrets;
    SignInChoice choice = choiceFor(serverConnInfo(m_fixture->databaseName()),
                                    m_fixture->login(QStringLiteral("heada")));
    {
        auto controller = controllerFor(choice);
        SignInDialog dialog(controller.get(), &secrets, choice);
        dialog.show();
        type(dialog, QStringLiteral("passwordEdit"), OrgFixture::password());
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(true);
        clickSignIn(dialog);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        choice = dialog.choice();
        QVERIFY(choice.remember);
    }
    const QString key = SignIn::secretKey(
        ConnectionProfile::fromConnInfo(choice.sharedConnInfo).value(), choice.user);
    QCOMPARE(secrets.secrets.value(key), OrgFixture::password());

    // The next start: filled in from the keychain and signed in without a click.
    auto controller = controllerFor(choice);
    SignInDialog dialog(controller.get(), &secrets, choice);
    dialog.show();
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(controller->state(), ConnectionController::State::Connected);

    // Not remembering any more removes it.
    auto again = controllerFor(choice);
    SignInDialog third(again.get(), &secrets, choice);
    third.show();
    QTRY_COMPARE(third.result(), int(QDialog::Accepted));
    SignInChoice forget = third.choice();
    forget.remember = false;
    auto fourthController = controllerFor(forget);
    SignInDialog fourth(fourthController.get(), &secrets, forget);
    fourth.show();
    QVERIFY(fourth.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    type(fourth, QStringLiteral("passwordEdit"), OrgFixture::password());
    clickSignIn(fourth);
    QTRY_COMPARE(fourth.result(), int(QDialog::Accepted));
    QVERIFY(!secrets.secrets.contains(key));
}

void tst_SignIn::ownerOnlyOfferedForThePrivateServer()
{
    const SignInChoice choice = choiceFor(serverConnInfo(m_fixture->databaseName()));
    auto controller = controllerFor(choice);
    SignInDialog dialog(controller.get(), nullptr, choice);
    dialog.show();
    auto *owner = dialog.findChild<QCheckBox *>(QStringLiteral("ownerCheck"));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("serverKindCombo"));
    QVERIFY(!owner->isVisible());
    kind->setCurrentIndex(0);
    QVERIFY(owner->isVisible());
    owner->setChecked(true);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("ownerNote"));
    QVERIFY(note->isVisible());
    QVERIFY(!note->text().isEmpty());
    // The owner needs no password; the person's fields are set aside.
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isEnabled());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
    kind->setCurrentIndex(1);
    QVERIFY(!owner->isVisible());
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isEnabled());
}

void tst_SignIn::incompleteFormCannotBeSent()
{
    const SignInChoice choice = choiceFor(serverConnInfo(m_fixture->databaseName()));
    auto controller = controllerFor(choice);
    SignInDialog dialog(controller.get(), nullptr, choice);
    dialog.show();
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(!button->isEnabled());
    type(dialog, QStringLiteral("userEdit"), QStringLiteral("clerk"));
    QVERIFY(!button->isEnabled());
    type(dialog, QStringLiteral("passwordEdit"), QStringLiteral("x"));
    QVERIFY(button->isEnabled());
    type(dialog, QStringLiteral("hostEdit"), QString());
    QVERIFY(!button->isEnabled());
}

void tst_SignIn::droppedConnectionIsShownInTheStatusBar()
{
    QVERIFY(i18n::install(Language::English));
    const SignInChoice choice = choiceFor(serverConnInfo(m_fixture->databaseName()),
                                          m_fixture->login(QStringLiteral("clerka")));
    auto controller = controllerFor(choice);
    SignInDialog dialog(controller.get(), nullptr, choice);
    dialog.show();
    type(dialog, QStringLiteral("passwordEdit"), OrgFixture::password());
    clickSignIn(dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    DbWorker *worker = controller->worker();
    QVERIFY(worker);
    QTRY_COMPARE(worker->state(), DbWorker::State::Connected);
    worker->setReconnectDelays(1500, 1500);

    ui::MainWindow window(controller.get());
    window.show();
    auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Connected as ") +
                                       m_fixture->login(QStringLiteral("clerka"))),
             qPrintable(status->text()));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("registerLetterAction"))->isEnabled());

    // The administrator ends the person's sessions (as a server restart would).
    {
        ScopedConnection admin(m_fixture->superuser());
        SARABAN_VERIFY_OK(
            admin.execute(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                         "WHERE usename = '%1'")
                              .arg(m_fixture->login(QStringLiteral("clerka")))));
    }
    QTRY_VERIFY2(status->text().contains(QStringLiteral("lost")), qPrintable(status->text()));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected as ")), 10000);
}

int main(int argc, char *argv[])
{
    // Keep the test's settings away from the person running it.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("saraban-test"));
    QApplication::setApplicationName(QStringLiteral("tst_signin"));
    tst_SignIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signin.moc"
