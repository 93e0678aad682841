// The main window, its dialogs and the language switch, offscreen, connected to a real
// PostgreSQL (a scratch database on the fixture cluster, migrated like the private server).
#include "core/db/connectioncontroller.h"
#include "core/db/migrator.h"
#include "core/db/session.h"
#include "core/i18n/translations.h"
#include "tests/support/cluster.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"
#include "ui/aboutdialog.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace saraban;
using saraban::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void connectsAndSaysSoInTheStatusBar();
    void navigationShowsEverySection();
    void languageSwitchesLive();
    void failedConnectionIsShownAndRetryable();
    void aboutNamesVersionAndServer();
    void fitsOnA1366x768Screen();

private:
    // The client reaches the scratch database as it reaches any shared server: by connection
    // string.
    ConnectionProfile sharedProfile() const
    {
        return ConnectionProfile::fromConnInfo(m_database->profile().connInfo()).value();
    }
    std::unique_ptr<DatabaseSession> sharedSession() const
    {
        return std::make_unique<DatabaseSession>(sharedProfile());
    }

    std::unique_ptr<test::ScratchDatabase> m_database;
};

void TestMainWindow::initTestCase()
{
    m_database = std::make_unique<test::ScratchDatabase>(QStringLiteral("ui"));
    SARABAN_VERIFY_OK(m_database->status());
    test::ScopedConnection connection(m_database->profile());
    SARABAN_VERIFY_OK(connection.status());
    SARABAN_VERIFY_OK(Migrator(connection.database()).migrate());
}

void TestMainWindow::init()
{
    // Lao is the default; a test that switches language must not leak it into the next one.
    QVERIFY(i18n::install(Language::Lao));
    QCoreApplication::processEvents();
}

void TestMainWindow::cleanupTestCase()
{
    m_database.reset();
}

void TestMainWindow::connectsAndSaysSoInTheStatusBar()
{
    i18n::install(Language::English);
    ConnectionController controller(sharedSession());
    MainWindow window(&controller);
    window.show();
    auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("Not connected"));

    QSignalSpy connected(&controller, &ConnectionController::connected);
    controller.connectToServer();
    QVERIFY(status->text().startsWith(QStringLiteral("Connecting to")));
    QVERIFY(connected.wait(20000));
    QCOMPARE(controller.state(), ConnectionController::State::Connected);
    QVERIFY2(status->text().contains(QStringLiteral("Connected as saraban")),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(m_database->name()));
    QVERIFY(controller.worker());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("reconnectAction"))->isEnabled());
}

void TestMainWindow::navigationShowsEverySection()
{
    ConnectionController controller(sharedSession());
    MainWindow window(&controller);
    window.show();
    auto *navigation = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(navigation && pages);
    QCOMPARE(window.currentSection(), MainWindow::Section::ToAct);

    const QList<MainWindow::Section> all = {
        MainWindow::Section::ToAct,          MainWindow::Section::ToApprove,
        MainWindow::Section::ForInformation, MainWindow::Section::Sent,
        MainWindow::Section::Following,      MainWindow::Section::Overdue,
        MainWindow::Section::Registers,      MainWindow::Section::Search};
    QSet<QString> titles;
    for (MainWindow::Section section : all) {
        window.showSection(section);
        QCOMPARE(window.currentSection(), section);
        const QString title =
            pages->currentWidget()->findChild<QLabel *>(QStringLiteral("pageTitle"))->text();
        QVERIFY(!title.isEmpty());
        QCOMPARE(navigation->currentItem()->text(0), title);
        titles.insert(title);
    }
    QCOMPARE(titles.size(), all.size());

    // Clicking an item is what a person does.
    QTreeWidgetItem *search = navigation->topLevelItem(navigation->topLevelItemCount() - 1);
    const QRect rect = navigation->visualItemRect(search);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.currentSection(), MainWindow::Section::Search);
}

void TestMainWindow::languageSwitchesLive()
{
    ConnectionController controller(sharedSession());
    MainWindow window(&controller);
    window.show();
    auto *navigation = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
    window.showSection(MainWindow::Section::ToAct);

    QCOMPARE(window.windowTitle(), QStringLiteral("ສາລະບັນ"));
    QCOMPARE(navigation->currentItem()->text(0), QStringLiteral("ຕ້ອງດຳເນີນການ"));

    // Qt posts the LanguageChange to each window, so the switch lands on the next event loop
    // turn; no restart is needed.
    QVERIFY(i18n::install(Language::English));
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Saraban"));
    QCOMPARE(navigation->currentItem()->text(0), QStringLiteral("To act on"));
    QCOMPARE(QLocale().language(), QLocale::English);

    QVERIFY(i18n::install(Language::Lao));
    QTRY_COMPARE(navigation->currentItem()->text(0), QStringLiteral("ຕ້ອງດຳເນີນການ"));
    QCOMPARE(QLocale().language(), QLocale::Lao);
}

void TestMainWindow::failedConnectionIsShownAndRetryable()
{
    i18n::install(Language::English);
    QTemporaryDir nowhere(QStringLiteral("/tmp/saraban-nosocket-XXXXXX"));
    auto profile = ConnectionProfile::fromConnInfo(
        QStringLiteral("host=%1 port=5999 dbname=saraban user=nobody").arg(nowhere.path()));
    SARABAN_VERIFY_OK(profile);
    ConnectionController controller(std::make_unique<DatabaseSession>(*profile));
    MainWindow window(&controller);
    window.show();

    QSignalSpy failed(&controller, &ConnectionController::failed);
    controller.connectToServer();
    QVERIFY(failed.wait(20000));
    QCOMPARE(controller.state(), ConnectionController::State::Failed);
    // Explained for people (SignIn::explain), libpq's words in the detail.
    QCOMPARE(controller.lastError().code, QStringLiteral("signin.unreachable"));
    QVERIFY(controller.lastError().detail.contains(QStringLiteral("No such file or directory")));
    auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Not connected: The server at")),
             qPrintable(status->text()));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("reconnectAction"))->isEnabled());
    // The error is shown to the person, with the technical detail one click away.
    auto *box = window.findChild<QWidget *>(QStringLiteral("connectionErrorBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
}

void TestMainWindow::aboutNamesVersionAndServer()
{
    ui::AboutDialog dialog(sharedProfile());
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"))->text();
    QVERIFY(text.contains(QStringLiteral(SARABAN_VERSION)));
    QVERIFY(text.contains(QStringLiteral("ສາລະບັນ")));
    QVERIFY(text.contains(QStringLiteral("ເຊີບເວີຮ່ວມ"))); // "shared server"
    QVERIFY2(text.contains(m_database->name()), qPrintable(text));
}

void TestMainWindow::fitsOnA1366x768Screen()
{
    ConnectionController controller(sharedSession());
    MainWindow window(&controller);
    const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(needed.width() <= 1366 && needed.height() <= 768,
             qPrintable(QStringLiteral("%1x%2").arg(needed.width()).arg(needed.height())));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1366, 768));
}

int main(int argc, char *argv[])
{
    // Keep the test's settings away from the person running it.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("saraban-test"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
