// The workspace's dialogs check their fields as they are typed, field by field, naming the
// field and the rule, and keep everything typed when the server refuses or the connection is
// gone. The organisation chart they offer is the real one (DirectoryService as the head of a
// department on the fixture server).
#include "core/db/dbworker.h"
#include "core/services/actingservice.h"
#include "core/services/directoryservice.h"
#include "tests/server/orgfixture.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"
#include "ui/actingdialog.h"
#include "ui/decisiondialog.h"
#include "ui/laodateedit.h"
#include "ui/routedialog.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace saraban;
using namespace saraban::test;
using saraban::ui::ActingDialog;
using saraban::ui::DecisionDialog;
using saraban::ui::RouteDialog;
using Kind = saraban::ui::DecisionDialog::Kind;

class tst_WorkspaceDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void decisionText_data();
    void decisionText();
    void routeFields_data();
    void routeFields();
    void routeSearch();
    void actingFields_data();
    void actingFields();
    void actingRefusalKeepsTheFields();
    void lostConnectionKeepsTheText();

private:
    QString login(const char *who) const { return m_fixture->login(QString::fromLatin1(who)); }

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_head;
    Directory m_directory;
    int m_deptA = 0;
};

void tst_WorkspaceDialogs::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("wsdialogs"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_head = std::make_unique<ScopedConnection>(m_fixture->as(QStringLiteral("heada")));
    SARABAN_VERIFY_OK(m_head->status());
    auto directory = DirectoryService(m_head->database()).read(true);
    SARABAN_VERIFY_OK(directory);
    m_directory = *directory;
    for (const DirectoryUnit &unit : std::as_const(m_directory.units)) {
        if (unit.code == QLatin1String("DEPTA"))
            m_deptA = unit.id;
    }
    QVERIFY(m_deptA > 0);
    // The chart is the fixture's: four units, parents first, and the disabled person absent.
    QCOMPARE(m_directory.units.size(), 4);
    QVERIFY(!m_directory.units.constFirst().parentId);
    bool sawGone = false;
    for (const DirectoryMember &member : std::as_const(m_directory.members))
        sawGone |= member.login == login("gone");
    QVERIFY(!sawGone);
    QCOMPARE(m_directory.deadlineDays.value(1), 8);
    QVERIFY(m_directory.officeToday.isValid());
}

void tst_WorkspaceDialogs::cleanupTestCase()
{
    m_head.reset();
    m_fixture.reset();
}

void tst_WorkspaceDialogs::decisionText_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("sendable");
    const QString longRouting(2001, QChar(0x0E81));
    const QString longApproval(4001, QChar(0x0E81));
    QTest::newRow("return, empty") << Kind::Return << QString() << false;
    QTest::newRow("return, spaces only") << Kind::Return << QStringLiteral("   \n ") << false;
    QTest::newRow("return, a reason") << Kind::Return << QStringLiteral("ຜິດພະແນກ") << true;
    QTest::newRow("return, too long") << Kind::Return << longRouting << false;
    QTest::newRow("complete, empty") << Kind::Complete << QString() << false;
    QTest::newRow("complete, outcome") << Kind::Complete << QStringLiteral("ຕອບແລ້ວ") << true;
    QTest::newRow("recall, empty is fine") << Kind::Recall << QString() << true;
    QTest::newRow("recall, too long") << Kind::Recall << longRouting << false;
    QTest::newRow("endorse, empty") << Kind::Endorse << QString() << false;
    QTest::newRow("comment, empty") << Kind::Comment << QString() << false;
    QTest::newRow("comment, 2000 is the limit") << Kind::Comment << longRouting.left(2000) << true;
    QTest::newRow("approve, empty is fine") << Kind::Approve << QString() << true;
    QTest::newRow("approve, too long") << Kind::Approve << longApproval << false;
    QTest::newRow("reject to previous, empty") << Kind::RejectToPrevious << QString() << false;
    QTest::newRow("reject to drafter, empty") << Kind::RejectToDrafter << QString() << false;
    QTest::newRow("reject to drafter, 4000")
        << Kind::RejectToDrafter << longApproval.left(4000) << true;
}

void tst_WorkspaceDialogs::decisionText()
{
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(bool, sendable);
    DecisionDialog dialog(kind, QStringLiteral("ໜັງສືທົດລອງ"));
    auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("text"));
    QVERIFY(edit);
    // Inserted as typing does (QTest::keyClicks takes Latin-1 only): the check runs on every
    // change.
    edit->setFocus();
    edit->insertPlainText(text);
    QCOMPARE(dialog.sendButton()->isEnabled(), sendable);
    QCOMPARE(dialog.problem().isEmpty(), sendable);
    // Pressing the button anyway sends nothing.
    QSignalSpy sent(&dialog, &ui::SendDialog::sendRequested);
    dialog.sendButton()->click();
    QCOMPARE(sent.count(), sendable ? 1 : 0);
}

void tst_WorkspaceDialogs::routeFields_data()
{
    QTest::addColumn<int>("recipients");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("dueInDays");
    QTest::addColumn<int>("instructionLength");
    QTest::addColumn<QString>("problemMentions"); // empty: sendable
    QTest::newRow("nobody") << 0 << 0 << 0 << 0 << QStringLiteral("Recipients");
    QTest::newRow("one, defaults") << 1 << 0 << 8 << 0 << QString();
    QTest::newRow("due yesterday") << 1 << 0 << -1 << 0 << QStringLiteral("Due date");
    QTest::newRow("due today") << 1 << 0 << 0 << 0 << QString();
    QTest::newRow("copy, old due date ignored") << 1 << 1 << -1 << 0 << QString();
    QTest::newRow("instruction too long") << 2 << 0 << 3 << 2001 << QStringLiteral("Instruction");
    QTest::newRow("instruction at the limit") << 2 << 2 << 3 << 2000 << QString();
}

void tst_WorkspaceDialogs::routeFields()
{
    QFETCH(int, recipients);
    QFETCH(int, role);
    QFETCH(int, dueInDays);
    QFETCH(int, instructionLength);
    QFETCH(QString, problemMentions);
    RouteDialog dialog(RouteDialog::Mode::Route, m_directory, QStringLiteral("ໜັງສືທົດລອງ"), 1);
    const char *people[] = {"officera", "clerka"};
    for (int i = 0; i < recipients; ++i) {
        QVERIFY(dialog.addPerson(login(people[i])));
        // Starts at the urgency's deadline.
        QCOMPARE(dialog.recipients().at(i).dueOn, m_directory.officeToday.addDays(8));
    }
    const int last = recipients - 1;
    if (recipients > 0) {
        dialog.setRole(last, static_cast<RoutingRole>(role));
        dialog.setDueOn(last, m_directory.officeToday.addDays(dueInDays));
        dialog.setInstruction(last, QString(instructionLength, QChar(0x0E99)));
    }
    QCOMPARE(dialog.sendButton()->isEnabled(), problemMentions.isEmpty());
    QVERIFY2(dialog.problem().contains(problemMentions), qPrintable(dialog.problem()));
    if (problemMentions.isEmpty() && recipients > 0) {
        const RoutingRecipient recipient = dialog.recipients().at(last);
        QCOMPARE(static_cast<int>(recipient.role), role);
        QCOMPARE(recipient.kind, RoutingRecipient::Kind::Person);
        QCOMPARE(recipient.code, login(people[last]));
        // Only those who act on it have a due date.
        QCOMPARE(recipient.dueOn.has_value(), role == 0);
    }
}

void tst_WorkspaceDialogs::routeSearch()
{
    RouteDialog dialog(RouteDialog::Mode::Forward, m_directory, QStringLiteral("ໜັງສື"), 0);
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("orgTree"));
    const auto visible = [tree] {
        QStringList codes;
        for (QTreeWidgetItemIterator it(tree, QTreeWidgetItemIterator::NotHidden); *it; ++it)
            codes << (*it)->data(0, Qt::UserRole + 2).toString();
        return codes;
    };
    const int everyone = static_cast<int>(visible().size());
    // A unit by its Lao abbreviation shows it, the units above it and everyone in it.
    dialog.findChild<QLineEdit *>(QStringLiteral("search"))->insert(QStringLiteral("ກຕສ"));
    QStringList shown = visible();
    QVERIFY2(shown.contains(QStringLiteral("DEPTB")), qPrintable(shown.join(u',')));
    QVERIFY(shown.contains(login("clerkb")));
    QVERIFY(!shown.contains(login("officera")));
    QVERIFY(shown.size() < everyone);
    // A person by login; added through the chart's selection, a unit too.
    dialog.setSearch(login("officera"));
    shown = visible();
    QVERIFY(shown.contains(login("officera")));
    QVERIFY(!shown.contains(login("clerkb")));
    QVERIFY(dialog.addUnit(QStringLiteral("DIVA1")));
    QCOMPARE(dialog.recipients().constFirst().kind, RoutingRecipient::Kind::Unit);
    QVERIFY(!dialog.addUnit(QStringLiteral("NOSUCH")));
    dialog.setSearch(QString());
    QCOMPARE(visible().size(), everyone);
}

void tst_WorkspaceDialogs::actingFields_data()
{
    QTest::addColumn<bool>("isHead");
    QTest::addColumn<QString>("acting");
    QTest::addColumn<int>("firstInDays");
    QTest::addColumn<int>("lastInDays");
    QTest::addColumn<int>("noteLength");
    QTest::addColumn<QString>("problemMentions");
    QTest::newRow("heads nothing") << false << QString() << 0 << 3 << 0 << QStringLiteral("Unit");
    QTest::newRow("nobody chosen")
        << true << QString() << 0 << 3 << 0 << QStringLiteral("Acting person");
    QTest::newRow("starts yesterday")
        << true << QStringLiteral("officera") << -1 << 3 << 0 << QStringLiteral("First day");
    QTest::newRow("ends before it starts")
        << true << QStringLiteral("officera") << 5 << 4 << 0 << QStringLiteral("Last day");
    QTest::newRow("367 days") << true << QStringLiteral("officera") << 0 << 366 << 0
                              << QStringLiteral("366");
    QTest::newRow("366 days") << true << QStringLiteral("officera") << 0 << 365 << 0 << QString();
    QTest::newRow("one day, a division's clerk")
        << true << QStringLiteral("multi") << 2 << 2 << 0 << QString();
    QTest::newRow("note too long")
        << true << QStringLiteral("officera") << 0 << 1 << 1001 << QStringLiteral("Note");
}

void tst_WorkspaceDialogs::actingFields()
{
    QFETCH(bool, isHead);
    QFETCH(QString, acting);
    QFETCH(int, firstInDays);
    QFETCH(int, lastInDays);
    QFETCH(int, noteLength);
    QFETCH(QString, problemMentions);
    ActingDialog dialog(m_directory, isHead ? QList<int>{m_deptA} : QList<int>{}, login("heada"));
    if (!acting.isEmpty())
        QVERIFY(dialog.setActing(m_fixture->login(acting)));
    const QDate today = m_directory.officeToday;
    dialog.setPeriod(today.addDays(firstInDays), today.addDays(lastInDays));
    dialog.setNote(QString(noteLength, QChar(0x0EA1)));
    QCOMPARE(dialog.sendButton()->isEnabled(), problemMentions.isEmpty());
    QVERIFY2(dialog.problem().contains(problemMentions), qPrintable(dialog.problem()));
    // People of another department, and the head themselves, are not offered.
    QVERIFY(!dialog.setActing(login("clerkb")));
    QVERIFY(!dialog.setActing(login("heada")));
}

void tst_WorkspaceDialogs::actingRefusalKeepsTheFields()
{
    // An appointment for the coming week exists; the dialog asks for an overlapping one.
    const QDate today = m_directory.officeToday;
    ActingService service(m_head->database());
    SARABAN_VERIFY_OK(service.appoint(m_deptA, login("officera"), today.addDays(10),
                                      today.addDays(12), QStringLiteral("ລາພັກ")));
    ActingDialog dialog(m_directory, {m_deptA}, login("heada"));
    dialog.show();
    QVERIFY(dialog.setActing(login("archivista")));
    dialog.setPeriod(today.addDays(11), today.addDays(14));
    dialog.setNote(QStringLiteral("ໄປຝຶກອົບຮົມ"));
    QSignalSpy sent(&dialog, &ui::SendDialog::sendRequested);
    dialog.sendButton()->click();
    QCOMPARE(sent.count(), 1);
    QVERIFY(!dialog.sendButton()->isEnabled()); // while it is being sent
    auto refused = service.appoint(dialog.unitId(), dialog.actingLogin(), dialog.startsOn(),
                                   dialog.endsOn(), dialog.note());
    SARABAN_VERIFY_ERROR(refused, "acting.overlap");
    dialog.showOutcome(refused.status());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    // The server's words, with the field and rule, and the fields as typed.
    QVERIFY2(dialog.serverError().contains(QStringLiteral("starts_on")),
             qPrintable(dialog.serverError()));
    QCOMPARE(dialog.actingLogin(), login("archivista"));
    QCOMPARE(dialog.startsOn(), today.addDays(11));
    QCOMPARE(dialog.note(), QStringLiteral("ໄປຝຶກອົບຮົມ"));
    QVERIFY(dialog.sendButton()->isEnabled());
    QCOMPARE(dialog.focusWidget(),
             dialog.findChild<saraban::ui::LaoDateEdit *>(QStringLiteral("startsOn")));
}

void tst_WorkspaceDialogs::lostConnectionKeepsTheText()
{
    // A worker for a server that is not there: what a dropped connection gives a sender.
    ConnectionProfile nowhere = m_fixture->as(QStringLiteral("heada"));
    nowhere =
        nowhere.withParameter(QStringLiteral("host"), QStringLiteral("/nonexistent-socket-dir"));
    DbWorker worker(nowhere);
    worker.setReconnectDelays(60000, 60000);
    DecisionDialog dialog(Kind::Comment, QStringLiteral("ໜັງສືທົດລອງ"));
    dialog.show();
    dialog.setText(QStringLiteral("ເຫັນດີ ໃຫ້ດຳເນີນການ"));
    connect(&dialog, &ui::SendDialog::sendRequested, &dialog, [&] {
        worker.post(
            &dialog, [](const QSqlDatabase &) { return Status(); },
            [&dialog](Status status) { dialog.showOutcome(status); });
    });
    dialog.sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), 15000);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.serverError().isEmpty());
    QCOMPARE(dialog.text(), QStringLiteral("ເຫັນດີ ໃຫ້ດຳເນີນການ"));
    QVERIFY(dialog.sendButton()->isEnabled());
}

QTEST_MAIN(tst_WorkspaceDialogs)
#include "tst_workspacedialogs.moc"
