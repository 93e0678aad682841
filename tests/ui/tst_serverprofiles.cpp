// Named server profiles: the old single connection string becomes a profile on first load;
// "This computer" is always first and cannot be edited or removed; every field of the editor
// is checked as typed, naming the field and the rule; Settings adds, edits, duplicates and
// removes profiles; the sign-in dialog offers them with the last used preselected and signs in
// through one against a real server (real login role), remembering the password for that
// server only, and never in the settings file.
#include "core/db/connectioncontroller.h"
#include "core/db/session.h"
#include "core/db/signin.h"
#include "core/i18n/translations.h"
#include "core/secrets/secretstore.h"
#include "tests/server/orgfixture.h"
#include "tests/support/verify.h"
#include "ui/serverprofiledialog.h"
#include "ui/serverprofiles.h"
#include "ui/settingsdialog.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <functional>

using namespace saraban;
using namespace saraban::test;
using saraban::ui::ServerProfile;
using saraban::ui::ServerProfileDialog;
using saraban::ui::ServerProfiles;
using Field = saraban::ui::ServerProfile::Field;

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

void type(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // One key press per character: QTest::keyClicks takes Latin-1 only.
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QString errorOf(const QWidget *parent, const char *name)
{
    const auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    return label && label->isVisibleTo(parent) ? label->text() : QString();
}

} // namespace

class tst_ServerProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void oldConnectionStringBecomesAProfile();
    void thisComputerIsAlwaysFirst();
    void fieldRules_data();
    void fieldRules();
    void settingsAddEditDuplicateRemove();
    void signInThroughAProfile();

private:
    ServerProfile fixtureProfile(const QString &name, const QString &database) const;

    std::unique_ptr<OrgFixture> m_fixture;
};

void tst_ServerProfiles::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("profiles"));
    SARABAN_VERIFY_OK(m_fixture->status());
}

void tst_ServerProfiles::init()
{
    QVERIFY(i18n::install(Language::English));
    QSettings().clear();
}

void tst_ServerProfiles::cleanupTestCase()
{
    m_fixture.reset();
}

ServerProfile tst_ServerProfiles::fixtureProfile(const QString &name, const QString &database) const
{
    const ConnectionProfile superuser = m_fixture->superuser();
    ServerProfile profile;
    profile.name = name;
    profile.host = superuser.host();
    profile.port = superuser.port();
    profile.database = database;
    profile.sslMode = QStringLiteral("disable");
    return profile;
}

void tst_ServerProfiles::oldConnectionStringBecomesAProfile()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("server/shared"), true);
        settings.setValue(QStringLiteral("server/connInfo"),
                          QStringLiteral("host=db.gnet.la port=5433 dbname=saraban_vte "
                                         "sslmode=verify-full sslrootcert=/etc/saraban/ca.crt "
                                         "application_name=saraban"));
    }
    const ServerProfiles loaded = ServerProfiles::load();
    QCOMPARE(loaded.all().size(), 2);
    QVERIFY(loaded.all().constFirst().isLocal());
    const ServerProfile migrated = loaded.all().at(1);
    QCOMPARE(migrated.name, QStringLiteral("db.gnet.la"));
    QCOMPARE(migrated.host, QStringLiteral("db.gnet.la"));
    QCOMPARE(migrated.port, 5433);
    QCOMPARE(migrated.database, QStringLiteral("saraban_vte"));
    QCOMPARE(migrated.sslMode, QStringLiteral("verify-full"));
    QCOMPARE(migrated.rootCertificate, QStringLiteral("/etc/saraban/ca.crt"));
    // What has no field is kept, and the profile reaches the same server as the old string.
    QCOMPARE(migrated.connection().parameter(QStringLiteral("application_name")),
             QStringLiteral("saraban"));
    QCOMPARE(migrated.connection().host(), QStringLiteral("db.gnet.la"));
    // It was the server in use, so it is the one preselected.
    QCOMPARE(loaded.lastUsed(), migrated.id);
    const ui::SignInChoice choice = ui::SignInChoice::load();
    QVERIFY(choice.sharedServer);
    QCOMPARE(choice.profileId, migrated.id);
    QCOMPARE(choice.profiles.size(), 1);

    // Once: the old key is gone and a second load finds the same single profile.
    QVERIFY(!QSettings().contains(QStringLiteral("server/connInfo")));
    const ServerProfiles again = ServerProfiles::load();
    QCOMPARE(again.all().size(), 2);
    QCOMPARE(again.all().at(1).id, migrated.id);
}

void tst_ServerProfiles::thisComputerIsAlwaysFirst()
{
    ServerProfiles profiles;
    QCOMPARE(profiles.all().size(), 1);
    const ServerProfile local = profiles.all().constFirst();
    QVERIFY(local.isLocal());
    QVERIFY(!profiles.remove(local.id));
    ServerProfile renamed = local;
    renamed.name = QStringLiteral("mine");
    QVERIFY(!profiles.replace(renamed));

    ServerProfile office;
    office.name = QStringLiteral("ຫ້ອງການແຂວງ");
    office.host = QStringLiteral("saraban.vientiane.gov.la");
    const QString id = profiles.add(office);
    QCOMPARE(profiles.freeName(QStringLiteral("ຫ້ອງການແຂວງ")), QStringLiteral("ຫ້ອງການແຂວງ (2)"));
    profiles.setLastUsed(id);
    profiles.save();

    const ServerProfiles loaded = ServerProfiles::load();
    QCOMPARE(loaded.all().size(), 2);
    QVERIFY(loaded.all().constFirst().isLocal());
    QCOMPARE(loaded.all().at(1).name, office.name);
    QCOMPARE(loaded.all().at(1).host, office.host);
    QCOMPARE(loaded.lastUsed(), id);

    // Removing the server used last falls back to this computer.
    ServerProfiles changed = loaded;
    QVERIFY(changed.remove(id));
    QCOMPARE(changed.lastUsed(), QString::fromLatin1(ServerProfile::localId));
}

void tst_ServerProfiles::fieldRules_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule"); // empty: accepted

    const auto row = [](const char *tag, Field field, const QString &value, const char *rule) {
        QTest::newRow(tag) << static_cast<int>(field) << value << QString::fromUtf8(rule);
    };
    row("name", Field::Name, QStringLiteral("ຫ້ອງການແຂວງ"), "");
    row("name empty", Field::Name, QStringLiteral("  "), "required");
    row("name taken", Field::Name, QStringLiteral("provincial OFFICE"), "already called");
    row("name too long", Field::Name, QString(61, QLatin1Char('x')), "at most 60");
    row("host name", Field::Host, QStringLiteral("db.gnet.la"), "");
    row("host address", Field::Host, QStringLiteral("10.0.0.7"), "");
    row("host ipv6", Field::Host, QStringLiteral("fe80::1"), "");
    row("host socket", Field::Host, QStringLiteral("/run/postgresql"), "");
    row("host empty", Field::Host, QString(), "required");
    row("host spaces", Field::Host, QStringLiteral("db gnet la"), "not a host name");
    row("host underscore", Field::Host, QStringLiteral("db_1.gnet.la"), "not a host name");
    row("port", Field::Port, QStringLiteral("5432"), "");
    row("port zero", Field::Port, QStringLiteral("0"), "1 to 65535");
    row("port too big", Field::Port, QStringLiteral("70000"), "1 to 65535");
    row("port letters", Field::Port, QStringLiteral("pg"), "1 to 65535");
    row("database", Field::Database, QStringLiteral("saraban"), "");
    row("database empty", Field::Database, QString(), "required");
    row("database too long", Field::Database, QString(32, QChar(0x0E81)), "at most 63 bytes");
    row("tls", Field::TlsMode, QStringLiteral("verify-full"), "");
    row("tls unknown", Field::TlsMode, QStringLiteral("always"), "choose one");
    row("no certificate", Field::RootCertificate, QString(), "");
    row("certificate missing", Field::RootCertificate, QStringLiteral("/nonexistent/ca.crt"),
        "no readable file");
}

void tst_ServerProfiles::fieldRules()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, rule);
    ServerProfiles profiles;
    ServerProfile office;
    office.name = QStringLiteral("Provincial office");
    const QString officeId = profiles.add(office);
    const auto which = static_cast<Field>(field);

    const QString problem = profiles.problem(which, value, QStringLiteral("another"));
    if (rule.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        return;
    }
    // The field's name first, then the rule.
    QVERIFY2(problem.startsWith(ServerProfiles::fieldName(which) + QLatin1Char(':')),
             qPrintable(problem));
    QVERIFY2(problem.contains(rule), qPrintable(problem));
    // In Lao too, named in Lao.
    QVERIFY(i18n::install(Language::Lao));
    const QString lao = profiles.problem(which, value, QStringLiteral("another"));
    QVERIFY2(lao.startsWith(ServerProfiles::fieldName(which)), qPrintable(lao));
    QVERIFY(!lao.isEmpty());
    // A profile keeps its own name when edited.
    if (which == Field::Name && rule == QLatin1String("already called"))
        QVERIFY(profiles.problem(which, value, officeId).isEmpty());
}

void tst_ServerProfiles::settingsAddEditDuplicateRemove()
{
    QTemporaryFile certificate;
    QVERIFY(certificate.open());
    certificate.write("-----BEGIN CERTIFICATE-----\n");
    certificate.close();

    ui::Preferences preferences;
    ui::SettingsDialog dialog(preferences);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("serverList"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addServerButton"));
    auto *edit = dialog.findChild<QPushButton *>(QStringLiteral("editServerButton"));
    auto *duplicate = dialog.findChild<QPushButton *>(QStringLiteral("duplicateServerButton"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeServerButton"));
    QVERIFY(list && add && edit && duplicate && remove);
    QCOMPARE(list->count(), 1);
    // This computer's server: nothing to edit, never removed.
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(!duplicate->isEnabled());

    // Whoever handles the editor next, once it is open (it runs its own event loop).
    std::function<void(ServerProfileDialog *)> handle;
    connect(&dialog, &ui::SettingsDialog::editorOpened, this,
            [&handle](ServerProfileDialog *editor) { handle(editor); });
    QString seenProblem;
    handle = [&](ServerProfileDialog *editor) {
        auto *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        type(editor, QStringLiteral("profileNameEdit"), QStringLiteral("ຫ້ອງການແຂວງ"));
        type(editor, QStringLiteral("hostEdit"), QStringLiteral("db.gnet.la"));
        QVERIFY(ok->isEnabled());
        type(editor, QStringLiteral("portEdit"), QStringLiteral("70000"));
        // Checked as typed: the port's own line names the field and the rule.
        seenProblem = errorOf(editor, "portError");
        QVERIFY(!ok->isEnabled());
        type(editor, QStringLiteral("portEdit"), QStringLiteral("5433"));
        QVERIFY(errorOf(editor, "portError").isEmpty());
        type(editor, QStringLiteral("rootCertificateEdit"), QStringLiteral("/nonexistent.crt"));
        QVERIFY(!errorOf(editor, "rootCertificateError").isEmpty());
        QVERIFY(!ok->isEnabled());
        type(editor, QStringLiteral("rootCertificateEdit"), certificate.fileName());
        auto *tls = editor->findChild<QComboBox *>(QStringLiteral("sslModeCombo"));
        tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    };
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY2(seenProblem.startsWith(QStringLiteral("Port:")), qPrintable(seenProblem));
    QVERIFY(seenProblem.contains(QStringLiteral("1 to 65535")));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1);
    QVERIFY(edit->isEnabled() && remove->isEnabled());

    // Duplicated: a copy under a name of its own, the same server.
    handle = [&](ServerProfileDialog *editor) {
        seenProblem = editor->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->text();
        QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    };
    QTest::mouseClick(duplicate, Qt::LeftButton);
    QCOMPARE(seenProblem, QStringLiteral("ຫ້ອງການແຂວງ (copy)"));
    QCOMPARE(list->count(), 3);

    // Edited: the copy cannot take the first one's name; it moves to another database.
    handle = [&](ServerProfileDialog *editor) {
        type(editor, QStringLiteral("profileNameEdit"), QStringLiteral("ຫ້ອງການແຂວງ"));
        seenProblem = errorOf(editor, "nameError");
        QVERIFY(
            !editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        type(editor, QStringLiteral("profileNameEdit"), QStringLiteral("ຫ້ອງການແຂວງ ທົດລອງ"));
        type(editor, QStringLiteral("databaseEdit"), QStringLiteral("saraban_test"));
        QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    };
    QTest::mouseClick(edit, Qt::LeftButton);
    QVERIFY2(seenProblem.startsWith(QStringLiteral("Name:")), qPrintable(seenProblem));

    ui::Preferences chosen = dialog.preferences();
    QCOMPARE(chosen.servers.shared().size(), 2);
    const ServerProfile first = chosen.servers.shared().at(0);
    const ServerProfile second = chosen.servers.shared().at(1);
    QCOMPARE(first.name, QStringLiteral("ຫ້ອງການແຂວງ"));
    QCOMPARE(first.port, 5433);
    QCOMPARE(first.sslMode, QStringLiteral("verify-full"));
    QCOMPARE(first.rootCertificate, certificate.fileName());
    QCOMPARE(second.name, QStringLiteral("ຫ້ອງການແຂວງ ທົດລອງ"));
    QCOMPARE(second.host, QStringLiteral("db.gnet.la"));
    QCOMPARE(second.database, QStringLiteral("saraban_test"));
    QVERIFY(first.id != second.id);

    // Removed: the selected one only.
    list->setCurrentRow(2);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    chosen = dialog.preferences();
    QCOMPARE(chosen.servers.shared().size(), 1);
    QCOMPARE(chosen.servers.shared().constFirst().id, first.id);
    chosen.save();
    QCOMPARE(ServerProfiles::load().shared().constFirst().name, first.name);
}

void tst_ServerProfiles::signInThroughAProfile()
{
    ServerProfiles servers;
    const QString officeId =
        servers.add(fixtureProfile(QStringLiteral("ຫ້ອງການ"), m_fixture->databaseName()));
    const QString otherId =
        servers.add(fixtureProfile(QStringLiteral("ອີກບ່ອນ"), QStringLiteral("saraban_other")));
    servers.setLastUsed(officeId);
    servers.save();
    const ServerProfile office = *servers.find(officeId);
    const ServerProfile other = *servers.find(otherId);
    const QString user = m_fixture->login(QStringLiteral("clerka"));

    ui::SignInChoice choice = ui::SignInChoice::load();
    QCOMPARE(choice.profiles.size(), 2);
    QCOMPARE(choice.profileId, officeId);
    choice.user = user;
    MemorySecretStore secrets;
    {
        ConnectionController controller(std::make_unique<DatabaseSession>(office.connection()));
        ui::SignInDialog dialog(&controller, &secrets, choice);
        dialog.show();
        auto *list = dialog.findChild<QComboBox *>(QStringLiteral("serverKindCombo"));
        // This computer, the two profiles, another server; the last used one preselected,
        // its fields shown as saved and not editable here.
        QCOMPARE(list->count(), 4);
        QCOMPARE(list->currentText(), office.name);
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"));
        QCOMPARE(host->text(), office.host);
        QVERIFY(!host->isEnabled());
        type(&dialog, QStringLiteral("passwordEdit"), OrgFixture::password());
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        QCOMPARE(controller.session().signInProfile().user(), user);
        QCOMPARE(controller.profile().database(), m_fixture->databaseName());
        QCOMPARE(dialog.choice().profileId, officeId);
    }
    // Remembered for that server and that person only.
    QCOMPARE(secrets.secrets.size(), 1);
    QCOMPARE(secrets.secrets.value(SignIn::secretKey(office.connection(), user)),
             OrgFixture::password());
    QVERIFY(!secrets.secrets.contains(SignIn::secretKey(other.connection(), user)));
    // The settings file says who and where, never the password.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains(user.toUtf8()));
    QVERIFY(!written.contains(OrgFixture::password().toUtf8()));
    QCOMPARE(ServerProfiles::load().lastUsed(), officeId);

    // Starting on the other profile does not bring the office's password along; going back
    // to the office finds it and signs in by itself.
    choice = ui::SignInChoice::load();
    QVERIFY(choice.remember);
    choice.profileId = otherId;
    choice.sharedConnInfo = other.connection().connInfo();
    ConnectionController controller(std::make_unique<DatabaseSession>(other.connection()));
    ui::SignInDialog dialog(&controller, &secrets, choice);
    dialog.show();
    auto *serverCombo = dialog.findChild<QComboBox *>(QStringLiteral("serverKindCombo"));
    QCOMPARE(serverCombo->currentData().toString(), otherId);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->text(),
             QStringLiteral("saraban_other"));
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    QCOMPARE(controller.state(), ConnectionController::State::Idle);
    QSignalSpy checked(&dialog, &ui::SignInDialog::rememberedPasswordChecked);
    serverCombo->setCurrentIndex(serverCombo->findData(officeId));
    QTRY_VERIFY(!checked.isEmpty());
    QCOMPARE(checked.last().first().toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    QCOMPARE(controller.profile().database(), m_fixture->databaseName());
}

int main(int argc, char *argv[])
{
    // Settings in a scratch directory: the test reads the file back and must not touch anyone's.
    QTemporaryDir settingsDirectory;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDirectory.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("saraban-test"));
    QApplication::setApplicationName(QStringLiteral("tst_serverprofiles"));
    tst_ServerProfiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_serverprofiles.moc"
