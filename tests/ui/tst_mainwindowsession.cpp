// The main window's life with one connection after another, signed in as a person on a real
// server: it says when the first inbox page and the counts are on screen (what the launch
// benchmark and `saraban --screenshot` wait for), lets go of the work area when its worker
// goes, and builds a new one, reading through the new worker, when the connection comes back.
#include "core/db/connectioncontroller.h"
#include "core/db/session.h"
#include "core/domain/letterdraft.h"
#include "core/domain/routingrecipient.h"
#include "core/models/inboxmodel.h"
#include "core/services/letterservice.h"
#include "core/services/minimalpdf.h"
#include "core/services/routingservice.h"
#include "tests/server/orgfixture.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"
#include "ui/inboxpage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace saraban;
using namespace saraban::test;
using saraban::ui::InboxPage;
using saraban::ui::MainWindow;

namespace {

constexpr int timeoutMs = 20000;

InboxPage *toActPage(const MainWindow &window)
{
    const QList<InboxPage *> pages = window.findChildren<InboxPage *>();
    for (InboxPage *page : pages) {
        if (page->folder() == QLatin1String("to_act"))
            return page;
    }
    return nullptr;
}

bool lists(const InboxPage &page, const QString &subject)
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->item(row).subject == subject)
            return true;
    }
    return false;
}

} // namespace

class tst_MainWindowSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void inboxShownOnceRowsAndCountsArePainted();
    void workAreaFollowsTheWorker();

private:
    std::unique_ptr<ConnectionController> signedIn(const QString &who) const;
    void routeToOfficer(const QString &subject);

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_clerk;
};

void tst_MainWindowSession::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("mwsession"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_clerk = std::make_unique<ScopedConnection>(m_fixture->as(QStringLiteral("clerka2")));
    SARABAN_VERIFY_OK(m_clerk->status());
}

void tst_MainWindowSession::cleanupTestCase()
{
    m_clerk.reset();
    m_fixture.reset();
}

std::unique_ptr<ConnectionController> tst_MainWindowSession::signedIn(const QString &who) const
{
    // As the sign-in dialog does it: the server without a user, then the person's credentials.
    auto session = std::make_unique<DatabaseSession>(m_fixture->superuser());
    session->setCredentials(m_fixture->login(who), OrgFixture::password());
    return std::make_unique<ConnectionController>(std::move(session));
}

void tst_MainWindowSession::routeToOfficer(const QString &subject)
{
    LetterDraft letter;
    letter.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    letter.subject = subject;
    letter.letterDate = QDate::currentDate().addDays(-2);
    letter.receivedOn = QDate::currentDate();
    letter.parties << LetterParty{LetterParty::Role::From, std::nullopt,
                                  QStringLiteral("ກະຊວງ ພາຍໃນ")};
    letter.mainPdf = MinimalPdf::page({subject});
    letter.mainPdfName = QStringLiteral("letter.pdf");
    auto registered = LetterService(m_clerk->database()).registerLetter(letter);
    SARABAN_VERIFY_OK(registered);
    SARABAN_VERIFY_OK(RoutingService(m_clerk->database())
                          .route(registered->id, {RoutingRecipient::person(
                                                     m_fixture->login(QStringLiteral("officera")),
                                                     RoutingRole::Action)}));
}

void tst_MainWindowSession::inboxShownOnceRowsAndCountsArePainted()
{
    const QString subject = QStringLiteral("ຂໍເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ ປະຈຳເດືອນ");
    routeToOfficer(subject);
    auto controller = signedIn(QStringLiteral("officera"));
    QSignalSpy connected(controller.get(), &ConnectionController::connected);
    controller->connectToServer();
    QVERIFY(connected.wait(timeoutMs));

    // The window paints long before the server answers: hold the answers back for a while.
    ScopedConnection super(m_fixture->superuser());
    SARABAN_VERIFY_OK(super.status());
    QVERIFY(super.database().transaction());
    QSqlQuery lock(super.database());
    QVERIFY(lock.exec(QStringLiteral("LOCK TABLE saraban.routings IN ACCESS EXCLUSIVE MODE")));
    MainWindow window(controller.get());
    QSignalSpy shown(&window, &MainWindow::inboxShown);
    // What is on screen at the very moment the window says so (later events may fill in more).
    bool listedThen = false;
    QString countThen;
    connect(&window, &MainWindow::inboxShown, this, [&] {
        InboxPage *page = toActPage(window);
        listedThen = page && lists(*page, subject);
        auto *navigation = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
        if (navigation && navigation->currentItem())
            countThen = navigation->currentItem()->text(1);
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(500);
    QCOMPARE(shown.count(), 0); // painted, but without the inbox: not shown yet
    QVERIFY(super.database().rollback());
    QVERIFY(shown.wait(timeoutMs));
    QVERIFY2(listedThen, "the first page's rows were there");
    QVERIFY2(!countThen.isEmpty(), "the count beside the folder was there");
    InboxPage *page = toActPage(window);
    QVERIFY(page);
    // Once per window: later pages and refreshes are not the launch.
    page->refresh();
    QTest::qWait(300);
    QCOMPARE(shown.count(), 1);
    controller->shutdown();
}

void tst_MainWindowSession::workAreaFollowsTheWorker()
{
    const QString before = QStringLiteral("ແຈ້ງການ ກ່ອນຂາດການເຊື່ອມຕໍ່");
    const QString after = QStringLiteral("ແຈ້ງການ ຫຼັງເຊື່ອມຕໍ່ຄືນ");
    routeToOfficer(before);
    auto controller = signedIn(QStringLiteral("officera"));
    QSignalSpy connected(controller.get(), &ConnectionController::connected);
    controller->connectToServer();
    QVERIFY(connected.wait(timeoutMs));
    MainWindow window(controller.get());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(toActPage(window) && lists(*toActPage(window), before), timeoutMs);
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("workspaceToolBar"));
    QVERIFY(toolBar && !toolBar->actions().isEmpty());
    const qsizetype pages = window.findChildren<InboxPage *>().size();

    // The worker goes: nothing may read through it any more, so the pages go with it.
    controller->shutdown();
    QVERIFY(window.findChildren<InboxPage *>().isEmpty());
    QVERIFY(toolBar->actions().isEmpty());
    QCoreApplication::processEvents();

    // A letter arrives meanwhile; the new connection's work area shows it, read through the new
    // worker (a work area kept from before would read through nothing and stay as it was).
    routeToOfficer(after);
    controller->connectToServer();
    QVERIFY(connected.wait(timeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(toActPage(window) && lists(*toActPage(window), after), timeoutMs);
    QCOMPARE(window.findChildren<InboxPage *>().size(), pages);
    QVERIFY(!toolBar->actions().isEmpty());
    controller->shutdown();
}

QTEST_MAIN(tst_MainWindowSession)
#include "tst_mainwindowsession.moc"
