// The daily work area driven through its widgets, each person signed in as themselves on a
// real server: a clerk routes a registered letter to an officer through the route dialog; the
// officer's inbox shows it live (the server's NOTIFY, no timer, no refresh call), marked urgent
// and unread, with who holds it and the first page of its PDF; the officer acknowledges and
// forwards it to the head, who endorses it. A draft is approved by its reviewer and returned
// by its signatory; an acting head whose appointment was ended is refused, and a stale
// completion is refused with the dialog kept open and its text intact.
#include "core/db/dbworker.h"
#include "core/db/notificationlistener.h"
#include "core/domain/newperson.h"
#include "core/models/approvalmodel.h"
#include "core/models/inboxmodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/actingservice.h"
#include "core/services/approvalservice.h"
#include "core/services/letterservice.h"
#include "core/services/liveupdates.h"
#include "core/services/minimalpdf.h"
#include "core/services/peopleservice.h"
#include "core/services/routingservice.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"
#include "ui/actingdialog.h"
#include "ui/decisiondialog.h"
#include "ui/foldercounter.h"
#include "ui/inboxpage.h"
#include "ui/letterdetailpane.h"
#include "ui/routedialog.h"
#include "ui/stampdialog.h"
#include "ui/submitdialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <map>
#include <memory>

using namespace saraban;
using namespace saraban::test;
using saraban::ui::DecisionDialog;
using saraban::ui::InboxPage;
using saraban::ui::RouteDialog;
using Action = saraban::ui::InboxPage::Action;

namespace {

constexpr int timeoutMs = 15000;

// One person at their desk: the worker every page reads and acts through, and the LISTEN
// connection on a thread of its own (LiveUpdates), as the main window has them.
struct Desk
{
    std::unique_ptr<DbWorker> worker;
    std::unique_ptr<LiveUpdates> live;
    NotificationListener *listener = nullptr;
};

} // namespace

class tst_Workspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void routeAcknowledgeForwardEndorse();
    void staleCompletionKeepsTheDialogOpen();
    void draftApprovedThenReturnedAndActingRefused();
    void draftsAreSubmittedWithAChain();

private:
    Desk &desk(const QString &who);
    // A page of who's folder; live when live is true (the desk's listener).
    std::unique_ptr<InboxPage> page(const QString &who, const QString &folder, bool live = true);
    qint64 registerLetter(const QString &subject, int urgency);
    static bool selectRow(InboxPage &page, const QString &subject);
    static void waitUntilReady(InboxPage &page);
    // The dialog the page opened last, once it is open.
    template <typename Dialog> static Dialog *dialogOf(InboxPage &page);
    QString login(const char *who) const { return m_fixture->login(QString::fromLatin1(who)); }

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_super;
    std::map<QString, Desk> m_desks;
    std::map<QString, std::unique_ptr<ScopedConnection>> m_direct;
    pdf::PdfOptions m_pdfOptions;
    int m_deptA = 0;
};

void tst_Workspace::initTestCase()
{
    m_pdfOptions.workerPath = QStringLiteral(SARABAN_PDF_WORKER_PATH);
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("workspace"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_super = std::make_unique<ScopedConnection>(m_fixture->superuser());
    SARABAN_VERIFY_OK(m_super->status());
    PeopleService people(m_super->database());
    const struct
    {
        const char *who;
        const char *name;
    } extra[] = {{"reviewer", "ທ້າວ ສົມສັກ ພົມມະຈັນ"}, {"deputy", "ນາງ ວັນນີ ສີສຸວັນ"}};
    for (const auto &person : extra) {
        NewPerson added;
        added.login = login(person.who);
        added.fullName = QString::fromUtf8(person.name);
        added.unitCode = QStringLiteral("DEPTA");
        added.role = MemberRole::Officer;
        added.clearance = 2;
        SARABAN_VERIFY_OK(people.addPerson(added, OrgFixture::password()));
    }
    m_deptA = static_cast<int>(
        number(*m_super, QStringLiteral("SELECT id FROM saraban.units WHERE code = 'DEPTA'")));
    QVERIFY(m_deptA > 0);
    for (const char *who : {"clerka2", "officera", "heada", "reviewer", "deputy", "admina"}) {
        auto connection = std::make_unique<ScopedConnection>(m_fixture->as(QLatin1String(who)));
        SARABAN_VERIFY_OK(connection->status());
        m_direct[QLatin1String(who)] = std::move(connection);
    }
}

void tst_Workspace::cleanupTestCase()
{
    m_desks.clear();
    m_direct.clear();
    m_super.reset();
    m_fixture.reset();
}

Desk &tst_Workspace::desk(const QString &who)
{
    auto found = m_desks.find(who);
    if (found != m_desks.end())
        return found->second;
    Desk &desk = m_desks[who];
    desk.worker = std::make_unique<DbWorker>(m_fixture->as(who));
    desk.live = std::make_unique<LiveUpdates>(m_fixture->as(who));
    QSignalSpy ready(desk.live.get(), &LiveUpdates::ready);
    desk.live->start();
    if (ready.wait(timeoutMs))
        desk.listener = ready.constFirst().at(0).value<NotificationListener *>();
    else
        qWarning() << "no LISTEN connection for" << who;
    return desk;
}

std::unique_ptr<InboxPage> tst_Workspace::page(const QString &who, const QString &folder, bool live)
{
    Desk &d = desk(who);
    auto result = std::make_unique<InboxPage>(
        folder, d.worker.get(), new InboxModel(d.worker.get()), new TimelineModel(d.worker.get()));
    result->setPdfOptions(m_pdfOptions);
    if (live)
        result->watch(d.listener);
    result->resize(1200, 700);
    result->show();
    return result;
}

qint64 tst_Workspace::registerLetter(const QString &subject, int urgency)
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
    auto registered =
        LetterService(m_direct.at(QStringLiteral("clerka2"))->database()).registerLetter(letter);
    if (!registered) {
        qWarning() << registered.error().toString();
        return -1;
    }
    return registered->id;
}

bool tst_Workspace::selectRow(InboxPage &page, const QString &subject)
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->item(row).subject == subject) {
            page.table()->selectRow(row);
            page.table()->setFocus();
            return true;
        }
    }
    return false;
}

void tst_Workspace::waitUntilReady(InboxPage &page)
{
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), timeoutMs);
}

template <typename Dialog> Dialog *tst_Workspace::dialogOf(InboxPage &page)
{
    if (!QTest::qWaitFor([&page] { return page.openDialog() != nullptr; }, timeoutMs))
        return nullptr;
    return qobject_cast<Dialog *>(page.openDialog());
}

void tst_Workspace::routeAcknowledgeForwardEndorse()
{
    const QString subject = QStringLiteral("ຂໍເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ ດ່ວນ");
    const qint64 letterId = registerLetter(subject, 1);
    QVERIFY(letterId > 0);

    auto officerInbox = page(QStringLiteral("officera"), QStringLiteral("to_act"));
    QSignalSpy urgent(officerInbox.get(), &InboxPage::urgentArrived);
    QTRY_VERIFY_WITH_TIMEOUT(!officerInbox->model()->isLoading(), timeoutMs);
    QVERIFY(!selectRow(*officerInbox, subject));
    // The numbers beside the officer's folders follow the server too.
    ui::FolderCounter counter(desk(QStringLiteral("officera")).worker.get());
    counter.watch(desk(QStringLiteral("officera")).listener);
    QSignalSpy counted(&counter, &ui::FolderCounter::countsChanged);
    counter.reload();
    QVERIFY(counted.wait(timeoutMs));
    const InboxCount before = counter.counts().value(QStringLiteral("to_act"));

    // The clerk routes it through the dialog: nobody chosen yet, nothing can be sent.
    auto clerkSent = page(QStringLiteral("clerka2"), QStringLiteral("sent"));
    clerkSent->routeLetter(letterId, subject, 1);
    auto *route = dialogOf<RouteDialog>(*clerkSent);
    QVERIFY(route);
    QVERIFY(!route->sendButton()->isEnabled());
    QVERIFY(!route->problem().isEmpty());
    // Found by searching the chart for the officer's login, then added with the button.
    auto *search = route->findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, login("officera"));
    auto *tree = route->findChild<QTreeWidget *>(QStringLiteral("orgTree"));
    QTreeWidgetItem *officer = nullptr;
    for (QTreeWidgetItemIterator it(tree, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
        if ((*it)->childCount() == 0)
            officer = *it;
    }
    QVERIFY(officer);
    tree->setCurrentItem(officer);
    QTest::mouseClick(route->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QCOMPARE(route->recipientCount(), 1);
    // An urgent letter is due after the urgency's deadline (8 days in the fixture's levels).
    QCOMPARE(route->recipients().constFirst().dueOn, route->defaultDueOn());
    QVERIFY(route->defaultDueOn() > QDate::currentDate().addDays(6));
    route->setInstruction(0, QStringLiteral("ກະກຽມເອກະສານ"));
    QVERIFY(route->sendButton()->isEnabled());
    QTest::mouseClick(route->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(clerkSent->openDialog() == nullptr, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(selectRow(*clerkSent, subject), timeoutMs);

    // The officer's inbox shows it by itself, unread and urgent, and says so once.
    QTRY_VERIFY_WITH_TIMEOUT(selectRow(*officerInbox, subject), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(urgent.count(), 1, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(counter.counts().value(QStringLiteral("to_act")).unread,
                              before.unread + 1, timeoutMs);
    QCOMPARE(counter.counts().value(QStringLiteral("to_act")).total, before.total + 1);
    QVERIFY(counter.counts().contains(QStringLiteral("to_approve"))); // approvals' too
    const InboxItem arrived = officerInbox->currentItem().value();
    QVERIFY(arrived.unread);
    QCOMPARE(arrived.urgency, 1);
    QCOMPARE(arrived.instruction, QStringLiteral("ກະກຽມເອກະສານ"));

    // The detail pane: who holds it (the officer, since the routing), the first page.
    auto *pane = officerInbox->detailPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->details().id == letterId, timeoutMs);
    QCOMPARE(pane->details().subject, subject);
    QCOMPARE(pane->holders().size(), 1);
    QCOMPARE(pane->holders().constFirst().state, QStringLiteral("sent"));
    QTRY_VERIFY_WITH_TIMEOUT(pane->hasPreview(), timeoutMs);

    // Acknowledge first: only then forward, return and complete are offered.
    waitUntilReady(*officerInbox);
    QVERIFY(officerInbox->actionFor(Action::Acknowledge)->isEnabled());
    QVERIFY(!officerInbox->actionFor(Action::Forward)->isEnabled());
    QVERIFY(!officerInbox->actionFor(Action::Complete)->isEnabled());
    QVERIFY(!officerInbox->actionFor(Action::Endorse)->isEnabled()); // not a head
    QSignalSpy finished(officerInbox.get(), &InboxPage::actionFinished);
    // Through its keyboard shortcut, as a clerk's day goes (shortcuts need the active window).
    QApplication::setActiveWindow(officerInbox.get());
    QVERIFY(QTest::qWaitForWindowActive(officerInbox.get()));
    officerInbox->table()->setFocus();
    QTest::keyClick(officerInbox->table(), Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, timeoutMs);
    QVERIFY(finished.constFirst().at(1).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(officerInbox->currentItem().value().state, QStringLiteral("opened"),
                              timeoutMs);
    QVERIFY(!officerInbox->actionFor(Action::Acknowledge)->isEnabled());
    QVERIFY(officerInbox->actionFor(Action::Forward)->isEnabled());

    // Forwarded to the head, who sees it arrive and endorses it.
    auto headInbox = page(QStringLiteral("heada"), QStringLiteral("to_act"));
    QTRY_VERIFY_WITH_TIMEOUT(!headInbox->model()->isLoading(), timeoutMs);
    officerInbox->actionFor(Action::Forward)->trigger();
    auto *forward = dialogOf<RouteDialog>(*officerInbox);
    QVERIFY(forward);
    QVERIFY(forward->addPerson(login("heada")));
    QVERIFY(!forward->addPerson(login("heada"))); // once only
    QTest::mouseClick(forward->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(officerInbox->openDialog() == nullptr, timeoutMs);
    QCOMPARE(officerInbox->lastError().has_value(), false);

    QTRY_VERIFY_WITH_TIMEOUT(selectRow(*headInbox, subject), timeoutMs);
    waitUntilReady(*headInbox);
    QVERIFY(headInbox->actionFor(Action::Endorse)->isEnabled());
    headInbox->actionFor(Action::Endorse)->trigger();
    auto *endorse = dialogOf<ui::StampDialog>(*headInbox);
    QVERIFY(endorse);
    QCOMPARE(endorse->kind(), ui::StampDialog::Kind::Endorse);
    // The text endorsement only; drawing it onto the file is tst_filestamping's.
    QTRY_VERIFY_WITH_TIMEOUT(endorse->documentVersion() == 1, timeoutMs);
    endorse->setWritesOnDocument(false);
    QVERIFY(!endorse->sendButton()->isEnabled()); // an endorsement has words
    const QString words = QStringLiteral("ມອບໃຫ້ພະແນກບໍລິຫານ ດຳເນີນການ");
    endorse->findChild<QPlainTextEdit *>(QStringLiteral("text"))->insertPlainText(words);
    QVERIFY(endorse->sendButton()->isEnabled());
    QTest::mouseClick(endorse->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(headInbox->openDialog() == nullptr, timeoutMs);

    // The endorsement is in the letter's history as the head's pane shows it.
    auto *timeline = headInbox->detailPane()->findChild<QListView *>(QStringLiteral("history"));
    QVERIFY(timeline);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QAbstractItemModel *model = timeline->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(TimelineModel::TextRole).toString() == words)
                    return model->index(row, 0).data(TimelineModel::KindRole).toString() ==
                           QLatin1String("endorse");
            }
            return false;
        }(),
        timeoutMs);
}

void tst_Workspace::staleCompletionKeepsTheDialogOpen()
{
    const QString subject = QStringLiteral("ລາຍງານຜົນການປະຕິບັດງານ");
    const qint64 letterId = registerLetter(subject, 0);
    QVERIFY(letterId > 0);
    auto routed =
        RoutingService(m_direct.at(QStringLiteral("clerka2"))->database())
            .route(letterId, {RoutingRecipient::person(login("officera"), RoutingRole::Action)});
    SARABAN_VERIFY_OK(routed);
    const qint64 routingId = routed->constFirst();
    SARABAN_VERIFY_OK(
        RoutingService(m_direct.at(QStringLiteral("officera"))->database()).acknowledge(routingId));

    // A page that does not follow the server's changes: what a dropped notification leaves.
    auto stale = page(QStringLiteral("officera"), QStringLiteral("to_act"), false);
    QTRY_VERIFY_WITH_TIMEOUT(selectRow(*stale, subject), timeoutMs);
    QVERIFY(stale->actionFor(Action::Complete)->isEnabled());
    stale->actionFor(Action::Complete)->trigger();
    auto *complete = dialogOf<DecisionDialog>(*stale);
    QVERIFY(complete);
    const QString outcome = QStringLiteral("ຕອບໜັງສືແລ້ວ ສະບັບເລກທີ 12/ປທສ");
    complete->setText(outcome);

    // Meanwhile the same officer completes it in another window.
    SARABAN_VERIFY_OK(RoutingService(m_direct.at(QStringLiteral("officera"))->database())
                          .complete(routingId, QStringLiteral("ສຳເລັດ")));

    QSignalSpy finished(stale.get(), &InboxPage::actionFinished);
    QTest::mouseClick(complete->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, timeoutMs);
    QVERIFY(!finished.constFirst().at(1).toBool());
    QCOMPARE(stale->lastError()->code, QStringLiteral("routing.already_done"));
    // The dialog is still open, says why, and has the text as typed; sending again is allowed.
    QCOMPARE(stale->openDialog(), complete);
    QVERIFY(complete->isVisible());
    QVERIFY(!complete->serverError().isEmpty());
    QCOMPARE(complete->text(), outcome);
    QVERIFY(complete->sendButton()->isEnabled());
    complete->reject();
}

void tst_Workspace::draftApprovedThenReturnedAndActingRefused()
{
    // The head names the deputy acting head through the acting dialog.
    auto headApprovals = page(QStringLiteral("heada"), QStringLiteral("to_approve"));
    waitUntilReady(*headApprovals);
    QVERIFY(headApprovals->actionFor(Action::AppointActing)->isEnabled());
    headApprovals->actionFor(Action::AppointActing)->trigger();
    auto *acting = dialogOf<ui::ActingDialog>(*headApprovals);
    QVERIFY(acting);
    QCOMPARE(acting->unitId(), m_deptA);
    QVERIFY(!acting->sendButton()->isEnabled()); // nobody chosen yet
    QVERIFY(acting->setActing(login("deputy")));
    QVERIFY(!acting->setActing(login("heada"))); // not oneself
    QVERIFY(acting->setActing(login("deputy")));
    acting->setNote(QStringLiteral("ໄປປະຊຸມຕ່າງແຂວງ"));
    QVERIFY(acting->sendButton()->isEnabled());
    QTest::mouseClick(acting->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(headApprovals->openDialog() == nullptr, timeoutMs);
    QVERIFY(!headApprovals->lastError());
    auto appointments = ActingService(m_direct.at(QStringLiteral("heada"))->database()).current();
    SARABAN_VERIFY_OK(appointments);
    QCOMPARE(appointments->size(), 1);
    QCOMPARE(appointments->constFirst().actingLogin, login("deputy"));

    // A draft: reviewed by the reviewer, then signed by the head of DEPTA.
    const QString subject = QStringLiteral("ຮ່າງໜັງສືຕອບ ກະຊວງ");
    ApprovalService drafter(m_direct.at(QStringLiteral("officera"))->database());
    NewDraft draft;
    draft.unitId = m_deptA;
    draft.subject = subject;
    draft.content.pdf = MinimalPdf::page({subject});
    draft.content.fileName = QStringLiteral("draft.pdf");
    auto draftId = drafter.createDraft(draft);
    SARABAN_VERIFY_OK(draftId);
    ChainStep review;
    review.kind = StepKind::Review;
    review.login = login("reviewer");
    ChainStep sign;
    sign.kind = StepKind::Sign;
    sign.headOfUnit = QStringLiteral("DEPTA");
    SARABAN_VERIFY_OK(drafter.submit(*draftId, {review, sign}));

    auto reviewerInbox = page(QStringLiteral("reviewer"), QStringLiteral("to_approve"));
    QTRY_VERIFY_WITH_TIMEOUT(selectRow(*reviewerInbox, subject), timeoutMs);
    QVERIFY(reviewerInbox->actionFor(Action::Approve)->isEnabled());
    QVERIFY(!reviewerInbox->actionFor(Action::Acknowledge)->isVisible());
    // The draft's steps show in the pane, the reviewer's open.
    auto *steps =
        reviewerInbox->detailPane()->findChild<QTableView *>(QStringLiteral("approvalSteps"));
    QTRY_COMPARE_WITH_TIMEOUT(steps->model()->rowCount(), 2, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(reviewerInbox->detailPane()->hasPreview(), timeoutMs);
    reviewerInbox->actionFor(Action::Approve)->trigger();
    auto *approve = dialogOf<DecisionDialog>(*reviewerInbox);
    QVERIFY(approve);
    QVERIFY(approve->sendButton()->isEnabled()); // a comment is optional when approving
    QTest::mouseClick(approve->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(reviewerInbox->openDialog() == nullptr, timeoutMs);
    QVERIFY(!reviewerInbox->lastError());
    QTRY_VERIFY_WITH_TIMEOUT(!selectRow(*reviewerInbox, subject), timeoutMs);

    // The sign step reaches the head (live) and the acting deputy, whose page is not live.
    QTRY_VERIFY_WITH_TIMEOUT(selectRow(*headApprovals, subject), timeoutMs);
    auto deputyInbox = page(QStringLiteral("deputy"), QStringLiteral("to_approve"), false);
    QTRY_VERIFY_WITH_TIMEOUT(selectRow(*deputyInbox, subject), timeoutMs);

    // The head ends the appointment; the deputy's decision is refused, nothing changes.
    SARABAN_VERIFY_OK(ActingService(m_direct.at(QStringLiteral("heada"))->database())
                          .revoke(appointments->constFirst().id, QStringLiteral("ກັບມາແລ້ວ")));
    deputyInbox->actionFor(Action::RejectToDrafter)->trigger();
    auto *deputyReject = dialogOf<DecisionDialog>(*deputyInbox);
    QVERIFY(deputyReject);
    deputyReject->setText(QStringLiteral("ບໍ່ເຫັນດີ"));
    QSignalSpy refused(deputyInbox.get(), &InboxPage::actionFinished);
    QTest::mouseClick(deputyReject->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, timeoutMs);
    QVERIFY(!refused.constFirst().at(1).toBool());
    QVERIFY(deputyInbox->lastError());
    // Without the appointment the step is no longer the deputy's to see: the server answers as
    // for any step one may not decide, without saying more.
    QCOMPARE(deputyInbox->lastError()->code, QStringLiteral("approval.step.unknown"));
    QVERIFY(!deputyReject->serverError().isEmpty());
    QCOMPARE(deputyReject->text(), QStringLiteral("ບໍ່ເຫັນດີ"));
    deputyReject->reject();

    // The signatory returns it to the drafter: a comment is required for that.
    QVERIFY(headApprovals->actionFor(Action::RejectToDrafter)->isEnabled());
    headApprovals->actionFor(Action::RejectToDrafter)->trigger();
    auto *reject = dialogOf<DecisionDialog>(*headApprovals);
    QVERIFY(reject);
    QVERIFY(!reject->sendButton()->isEnabled());
    reject->setText(QStringLiteral("ກະລຸນາແກ້ໄຂ ວັນທີ ໃນວັກທີສອງ"));
    QTest::mouseClick(reject->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(headApprovals->openDialog() == nullptr, timeoutMs);
    QVERIFY(!headApprovals->lastError());
    auto state = m_super->value(
        QStringLiteral("SELECT state FROM saraban.drafts WHERE id = %1").arg(*draftId));
    SARABAN_VERIFY_OK(state);
    QCOMPARE(state->toString(), QStringLiteral("returned"));
}

void tst_Workspace::draftsAreSubmittedWithAChain()
{
    // The department's administrator keeps one chain: the reviewer, then the head signs.
    ChainTemplate chain;
    chain.unitId = m_deptA;
    chain.nameLao = QStringLiteral("ກວດແລ້ວເຊັນ");
    chain.nameEnglish = QStringLiteral("Review, then sign");
    ChainStep review;
    review.kind = StepKind::Review;
    review.login = login("reviewer");
    ChainStep sign;
    sign.kind = StepKind::Sign;
    sign.headOfUnit = QStringLiteral("DEPTA");
    chain.steps = {review, sign};
    auto templateId =
        ApprovalService(m_direct.at(QStringLiteral("admina"))->database()).saveTemplate(chain);
    SARABAN_VERIFY_OK(templateId);

    const QString subject = QStringLiteral("ຮ່າງບົດລາຍງານ ປະຈຳໄຕມາດ");
    NewDraft draft;
    draft.unitId = m_deptA;
    draft.subject = subject;
    draft.content.pdf = MinimalPdf::page({subject});
    draft.content.fileName = QStringLiteral("report.pdf");
    auto draftId =
        ApprovalService(m_direct.at(QStringLiteral("officera"))->database()).createDraft(draft);
    SARABAN_VERIFY_OK(draftId);

    auto drafts = page(QStringLiteral("officera"), QStringLiteral("my_drafts"));
    QTRY_VERIFY_WITH_TIMEOUT(selectRow(*drafts, subject), timeoutMs);
    QVERIFY(drafts->actionFor(Action::Submit)->isEnabled());
    QVERIFY(!drafts->actionFor(Action::Approve)->isVisible());
    drafts->actionFor(Action::Submit)->trigger();
    auto *submit = dialogOf<ui::SubmitDialog>(*drafts);
    QVERIFY(submit);
    // The only chain that fits is offered, and chosen already.
    QCOMPARE(submit->templateId(), *templateId);
    QVERIFY(submit->sendButton()->isEnabled());
    QTest::mouseClick(submit->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(drafts->openDialog() == nullptr, timeoutMs);
    QVERIFY(!drafts->lastError());
    QTRY_COMPARE_WITH_TIMEOUT(drafts->currentItem().value().state, QStringLiteral("in_approval"),
                              timeoutMs);
    QVERIFY(!drafts->actionFor(Action::Submit)->isEnabled());

    // The draft the head returned comes back only once revised: the server says so, and the
    // dialog stays with the chain chosen.
    QVERIFY(selectRow(*drafts, QStringLiteral("ຮ່າງໜັງສືຕອບ ກະຊວງ")));
    QCOMPARE(drafts->currentItem().value().state, QStringLiteral("returned"));
    drafts->actionFor(Action::Submit)->trigger();
    auto *again = dialogOf<ui::SubmitDialog>(*drafts);
    QVERIFY(again);
    QVERIFY(again->setTemplate(*templateId));
    QTest::mouseClick(again->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(drafts->lastError().has_value(), timeoutMs);
    QCOMPARE(drafts->lastError()->code, QStringLiteral("draft.submit.unrevised"));
    QCOMPARE(drafts->openDialog(), again);
    QVERIFY(!again->serverError().isEmpty());
    QCOMPARE(again->templateId(), *templateId);
    again->reject();
}

QTEST_MAIN(tst_Workspace)
#include "tst_workspace.moc"
