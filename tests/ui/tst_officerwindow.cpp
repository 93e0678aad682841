// The notice of a new urgent letter, offscreen: an officer is signed in to the main window as
// themselves; a clerk, on their own connection, routes a plain letter and then an urgent one to
// the officer. The window learns of both from the server (NOTIFY), announces only the urgent
// one, with its subject, on the status bar and, when the desktop has a tray, as a tray message
// (observed through urgentNoticeShown, emitted where QSystemTrayIcon::showMessage is called).
#include "core/db/connectioncontroller.h"
#include "core/db/session.h"
#include "core/domain/letterdraft.h"
#include "core/domain/routingrecipient.h"
#include "core/i18n/translations.h"
#include "core/models/inboxmodel.h"
#include "core/services/letterservice.h"
#include "core/services/minimalpdf.h"
#include "core/services/routingservice.h"
#include "tests/server/orgfixture.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"
#include "ui/appearance.h"
#include "ui/inboxpage.h"
#include "ui/letterdetailpane.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace saraban;
using namespace saraban::test;
using saraban::ui::InboxPage;
using saraban::ui::LetterDetailPane;
using saraban::ui::MainWindow;

namespace {
constexpr int timeoutMs = 20000;
}

class tst_OfficerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void urgentLetterIsAnnounced();

private:
    static QString longName()
    {
        return QStringLiteral("ທ້າວ ສົມບູນ ວົງສະຫວັນ ພົມມະຈັນ ສີສຸວັນນະພູມ ແກ້ວມະນີວົງ");
    }
    qint64 registerAndRoute(const QString &subject, int urgency);

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_clerk;
};

void tst_OfficerWindow::initTestCase()
{
    QVERIFY(i18n::install(Language::Lao));
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("tray"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_clerk = std::make_unique<ScopedConnection>(m_fixture->as(QStringLiteral("clerka2")));
    SARABAN_VERIFY_OK(m_clerk->status());
    // A name as long as some are, so the narrow detail pane has to elide it.
    ScopedConnection super(m_fixture->superuser());
    SARABAN_VERIFY_OK(super.status());
    SARABAN_VERIFY_OK(super.execute(
        QStringLiteral("UPDATE saraban.people SET full_name = '%1' WHERE login = '%2'")
            .arg(longName(), m_fixture->login(QStringLiteral("officera")))));
}

void tst_OfficerWindow::cleanupTestCase()
{
    m_clerk.reset();
    m_fixture.reset();
}

qint64 tst_OfficerWindow::registerAndRoute(const QString &subject, int urgency)
{
    LetterDraft letter;
    letter.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    letter.subject = subject;
    letter.letterDate = QDate::currentDate().addDays(-2);
    letter.receivedOn = QDate::currentDate().addDays(-1);
    letter.urgency = urgency;
    letter.parties << LetterParty{LetterParty::Role::From, std::nullopt,
                                  QStringLiteral("ກະຊວງ ໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ")};
    letter.mainPdf = MinimalPdf::page({subject});
    letter.mainPdfName = QStringLiteral("letter.pdf");
    auto registered = LetterService(m_clerk->database()).registerLetter(letter);
    if (!registered) {
        qWarning() << registered.error().toString();
        return -1;
    }
    auto routed = RoutingService(m_clerk->database())
                      .route(registered->id,
                             {RoutingRecipient::person(m_fixture->login(QStringLiteral("officera")),
                                                       RoutingRole::Action)});
    if (!routed) {
        qWarning() << routed.error().toString();
        return -1;
    }
    return registered->id;
}

void tst_OfficerWindow::urgentLetterIsAnnounced()
{
    ConnectionController controller(
        std::make_unique<DatabaseSession>(m_fixture->as(QStringLiteral("officera"))));
    MainWindow window(&controller);
    QSignalSpy shown(&window, &MainWindow::inboxShown);
    QSignalSpy notices(&window, &MainWindow::urgentNoticeShown);
    window.resize(1366, 768);
    window.show();
    controller.connectToServer();
    QVERIFY(shown.wait(timeoutMs));

    const QString plain = QStringLiteral("ແຈ້ງການ ກອງປະຊຸມປະຈຳເດືອນ");
    const QString urgent = QStringLiteral("ຂໍຂໍ້ມູນ ດ່ວນທີ່ສຸດ ກ່ຽວກັບ ເຄືອຂ່າຍ");
    QVERIFY(registerAndRoute(plain, 0) > 0);
    QVERIFY(registerAndRoute(urgent, 2) > 0);

    QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), timeoutMs);
    // Whatever else the window has to do, no second notice comes (the plain letter is no
    // news): give the event loop time to deliver anything pending.
    QTest::qWait(1500);
    QCOMPARE(notices.size(), 1);
    const QList<QVariant> notice = notices.constFirst();
    QVERIFY2(notice.at(1).toString().contains(urgent), qPrintable(notice.at(1).toString()));
    QVERIFY(!notice.at(1).toString().contains(plain));
    QVERIFY(!notice.at(0).toString().isEmpty());
    QCOMPARE(notice.at(2).toBool(), QSystemTrayIcon::isSystemTrayAvailable());
    // Offscreen there is no tray; the status bar carries the notice either way.
    const QString status = window.statusBar()->currentMessage();
    QVERIFY2(status.contains(urgent), qPrintable(status));

    // The detail pane of the urgent letter, at 1366x768: who holds it fits the pane's width.
    InboxPage *inbox = nullptr;
    for (InboxPage *page : window.findChildren<InboxPage *>()) {
        if (page->isVisible())
            inbox = page;
    }
    QVERIFY(inbox);
    int row = -1;
    for (int i = 0; i < inbox->model()->rowCount(); ++i) {
        if (inbox->model()->item(i).subject == urgent)
            row = i;
    }
    QVERIFY(row >= 0);
    LetterDetailPane *pane = inbox->detailPane();
    QSignalSpy loaded(pane, &LetterDetailPane::detailsLoaded);
    inbox->table()->selectRow(row);
    QVERIFY(loaded.wait(timeoutMs));
    auto *holders = pane->findChild<QTreeWidget *>(QStringLiteral("holders"));
    QVERIFY(holders);
    QCOMPARE(holders->topLevelItemCount(), 1);
    QTRY_VERIFY(holders->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(holders->horizontalScrollBar()->maximum(), 0);
    int used = 0;
    for (int column = 0; column < holders->columnCount(); ++column)
        used += holders->header()->sectionSize(column);
    QVERIFY2(used <= holders->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(used).arg(holders->viewport()->width())));
    const QTreeWidgetItem *holder = holders->topLevelItem(0);
    // The whole name stays reachable in the tooltip; the since column is the short date.
    QVERIFY(holder->text(0).startsWith(longName()));
    QVERIFY(holder->toolTip(0).contains(longName()));
    QVERIFY2(holders->fontMetrics().horizontalAdvance(longName()) >
                 holders->header()->sectionSize(0),
             "the name is wider than its column: it is elided, not scrolled to");
    QCOMPARE(holder->text(2), QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")));

    // Settings › Font size applies at once and the inbox rows grow with it, so Lao marks
    // above and below the line are not cut.
    const int before = inbox->table()->verticalHeader()->defaultSectionSize();
    ui::appearance::apply(ui::appearance::defaultLaoFamily(), 20);
    QCoreApplication::processEvents();
    const int after = inbox->table()->verticalHeader()->defaultSectionSize();
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(after, InboxPage::rowHeightFor(inbox->table()->font()));
    QCOMPARE(inbox->table()->font().pointSize(), 20);
}

QTEST_MAIN(tst_OfficerWindow)
#include "tst_officerwindow.moc"
