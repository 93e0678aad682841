// Starting and revising outgoing drafts from the work area, people signed in as themselves on a
// real server, the letter composed by the real document worker and previewed through the PDF
// worker: the officer fills the new draft dialog, previews the composed first page and creates
// the draft, which the server keeps as version 1 whose PDF reads back with the Lao subject and
// whose JSON body holds the composer's fields; every field is checked as it is typed; a draft
// the head returned is revised in the same dialog (version 2) and submitted again; a chain the
// drafter writes is checked as written, refused by the server with its reason (the chain kept),
// and accepted once fixed, with the steps the server made.
#include "core/db/dbworker.h"
#include "core/models/inboxmodel.h"
#include "core/models/timelinemodel.h"
#include "core/pdf/letter.h"
#include "core/pdf/pdfdocument.h"
#include "core/services/approvalservice.h"
#include "core/services/documentservice.h"
#include "core/services/draftcomposer.h"
#include "core/services/minimalpdf.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"
#include "ui/draftdialog.h"
#include "ui/inboxpage.h"
#include "ui/pdfpageview.h"
#include "ui/submitdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace saraban;
using namespace saraban::test;
using saraban::ui::DraftDialog;
using saraban::ui::InboxPage;
using saraban::ui::SubmitDialog;
using Action = saraban::ui::InboxPage::Action;
using Field = saraban::ui::DraftDialog::Field;

namespace {

constexpr int timeoutMs = 30000;

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space).normalized(QString::NormalizationForm_KC);
}

} // namespace

class tst_DraftDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void composePreviewAndCreate();
    void fieldsAreCheckedAsTyped();
    void returnedDraftIsRevisedThenSubmitted();
    void chainTheDrafterWrites();

private:
    std::unique_ptr<InboxPage> page(const QString &who, const QString &folder);
    DbWorker *worker(const QString &who);
    template <typename Dialog> static Dialog *dialogOf(InboxPage &page);
    static bool selectRow(InboxPage &page, const QString &subject);
    QString login(const char *who) const { return m_fixture->login(QString::fromLatin1(who)); }
    QSqlDatabase as(const char *who) const
    {
        return m_direct.at(QString::fromLatin1(who))->database();
    }
    // What pdftotext reads from a PDF, in content order.
    QString pdfText(const QByteArray &pdf);
    // A draft of officera's with the composer's body, submitted to heada and returned by them.
    qint64 returnedDraft(const QString &subject);

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_super;
    std::map<QString, std::unique_ptr<DbWorker>> m_workers;
    std::map<QString, std::unique_ptr<ScopedConnection>> m_direct;
    pdf::PdfOptions m_pdfOptions;
    pdf::DocumentToolsOptions m_documentOptions;
    QTemporaryDir m_files;
    int m_deptA = 0;
};

void tst_DraftDialog::initTestCase()
{
    m_pdfOptions.workerPath = QStringLiteral(SARABAN_PDF_WORKER_PATH);
    m_documentOptions.workerPath = QStringLiteral(SARABAN_DOCUMENT_WORKER_PATH);
    QVERIFY(m_files.isValid());
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("draftdialog"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_super = std::make_unique<ScopedConnection>(m_fixture->superuser());
    SARABAN_VERIFY_OK(m_super->status());
    m_deptA = static_cast<int>(
        number(*m_super, QStringLiteral("SELECT id FROM saraban.units WHERE code = 'DEPTA'")));
    QVERIFY(m_deptA > 0);
    for (const char *who : {"officera", "heada", "admina"}) {
        auto connection = std::make_unique<ScopedConnection>(m_fixture->as(QLatin1String(who)));
        SARABAN_VERIFY_OK(connection->status());
        m_direct[QLatin1String(who)] = std::move(connection);
    }
    // The department's letter template, kept by its administrator.
    pdf::LetterTemplate letterTemplate;
    letterTemplate.issuerLines = {QStringLiteral("ແຂວງ ວຽງຈັນ"),
                                  QStringLiteral("ພະແນກ ໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ")};
    letterTemplate.place = QStringLiteral("ແຂວງວຽງຈັນ");
    SARABAN_VERIFY_OK(DocumentService(as("admina"))
                          .saveTemplate(m_deptA, QStringLiteral("default"), letterTemplate));
}

void tst_DraftDialog::cleanupTestCase()
{
    m_workers.clear();
    m_direct.clear();
    m_super.reset();
    m_fixture.reset();
}

DbWorker *tst_DraftDialog::worker(const QString &who)
{
    auto &slot = m_workers[who];
    if (!slot)
        slot = std::make_unique<DbWorker>(m_fixture->as(who));
    return slot.get();
}

std::unique_ptr<InboxPage> tst_DraftDialog::page(const QString &who, const QString &folder)
{
    DbWorker *w = worker(who);
    auto result = std::make_unique<InboxPage>(folder, w, new InboxModel(w), new TimelineModel(w));
    result->setPdfOptions(m_pdfOptions);
    result->setDocumentToolsOptions(m_documentOptions);
    result->resize(1200, 700);
    result->show();
    return result;
}

template <typename Dialog> Dialog *tst_DraftDialog::dialogOf(InboxPage &page)
{
    if (!QTest::qWaitFor([&page] { return page.openDialog() != nullptr; }, timeoutMs))
        return nullptr;
    return qobject_cast<Dialog *>(page.openDialog());
}

bool tst_DraftDialog::selectRow(InboxPage &page, const QString &subject)
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->item(row).subject == subject) {
            page.table()->selectRow(row);
            return true;
        }
    }
    return false;
}

QString tst_DraftDialog::pdfText(const QByteArray &pdf)
{
    const QString file = m_files.filePath(QStringLiteral("read.pdf"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size())
        return QString();
    out.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                             QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    if (!text.waitForFinished(timeoutMs) || text.exitCode() != 0)
        return QString();
    return QString::fromUtf8(text.readAllStandardOutput());
}

void tst_DraftDialog::composePreviewAndCreate()
{
    auto drafts = page(QStringLiteral("officera"), QStringLiteral("my_drafts"));
    QTRY_VERIFY_WITH_TIMEOUT(drafts->isReady(), timeoutMs);
    QVERIFY(drafts->actionFor(Action::NewDraft)->isEnabled());
    drafts->trigger(Action::NewDraft);
    auto *dialog = dialogOf<DraftDialog>(*drafts);
    QVERIFY(dialog);
    QVERIFY(!dialog->isRevision());
    // QTest types Latin-1 only: Lao goes in as an input method would put it, with insert().
    // Nothing typed yet: nothing can be sent, and the line under the fields says what is missing.
    QVERIFY(!dialog->sendButton()->isEnabled());
    QVERIFY(!dialog->problem().isEmpty());
    // The officer drafts for the department only; its head signs unless someone else is named.
    auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("unit"));
    QCOMPARE(unit->count(), 1);
    QCOMPARE(unit->currentData().toInt(), m_deptA);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("signatoryName"))->text(),
             QStringLiteral("ທ້າວ ສົມສັກ ວົງສາ"));

    const QString subject = QStringLiteral("ຂໍອະນຸມັດ ງົບປະມານ ກອງປະຊຸມສຳມະນາ ວຽກງານໄປສະນີ");
    dialog->findChild<QLineEdit *>(QStringLiteral("subject"))->insert(subject);
    dialog->findChild<QLineEdit *>(QStringLiteral("recipient"))
        ->insert(QStringLiteral("ທ່ານ ຫົວໜ້າພະແນກ ໄປສະນີ"));
    dialog->findChild<QLineEdit *>(QStringLiteral("documentTitle"))
        ->insert(QStringLiteral("ໜັງສືສະເໜີ"));
    dialog->findChild<QLineEdit *>(QStringLiteral("newReference"))
        ->insert(QStringLiteral("ແຜນການ ປະຈຳປີ 2025"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addReference")),
                      Qt::LeftButton);
    QVERIFY(!dialog->sendButton()->isEnabled()); // the body is still empty
    QCOMPARE(dialog->problem(), dialog->problem(Field::Body));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("body"))
        ->setPlainText(QStringLiteral("ພະແນກ ຂໍສະເໜີ ງົບປະມານ ເພື່ອຈັດກອງປະຊຸມ.\n\nຈຶ່ງຮຽນມາເພື່ອພິຈາລະນາ."));
    QTRY_VERIFY(dialog->sendButton()->isEnabled());
    QCOMPARE(dialog->letterContent().references, QStringList{QStringLiteral("ແຜນການ ປະຈຳປີ 2025")});
    QCOMPARE(dialog->letterContent().bodyParagraphs.size(), 2);

    // The preview: composed off the GUI thread, its first page rendered by the PDF worker.
    QSignalSpy shown(dialog, &DraftDialog::previewShown);
    QSignalSpy failed(dialog, &DraftDialog::previewFailed);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("previewButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() + failed.count() > 0, timeoutMs);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(0).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->previewView()->isPageShown(0), timeoutMs);
    const QByteArray composed = dialog->composedPdf();
    QVERIFY(composed.startsWith("%PDF-"));
    QVERIFY(withoutSpaces(pdfText(composed)).contains(withoutSpaces(subject)));

    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(drafts->openDialog() == nullptr, timeoutMs);
    QVERIFY(!drafts->lastError());
    // The new draft is listed and selected.
    QTRY_VERIFY_WITH_TIMEOUT(drafts->currentItem() && drafts->currentItem()->subject == subject,
                             timeoutMs);
    const qint64 draftId = drafts->currentItem()->draftId.value_or(0);
    QVERIFY(draftId > 0);
    QCOMPARE(drafts->currentItem()->state, QStringLiteral("editing"));

    // The server keeps version 1: the PDF that was previewed, the fields as its body.
    auto latest = DraftComposerService(as("officera")).latest(draftId);
    SARABAN_VERIFY_OK(latest);
    QCOMPARE(latest->version, 1);
    QCOMPARE(latest->subject, subject);
    QCOMPARE(latest->pdf, composed);
    QVERIFY(withoutSpaces(pdfText(latest->pdf)).contains(withoutSpaces(subject)));
    QVERIFY(latest->body.has_value());
    const pdf::LetterContent body = DraftComposerService::fromJson(*latest->body);
    QCOMPARE(body.recipient, QStringLiteral("ທ່ານ ຫົວໜ້າພະແນກ ໄປສະນີ"));
    QCOMPARE(body.signatoryName, QStringLiteral("ທ້າວ ສົມສັກ ວົງສາ"));
    QCOMPARE(body.references, QStringList{QStringLiteral("ແຜນການ ປະຈຳປີ 2025")});
}

void tst_DraftDialog::fieldsAreCheckedAsTyped()
{
    auto setup = DraftComposerService(as("officera")).setup(login("officera"), true);
    SARABAN_VERIFY_OK(setup);
    DraftDialog dialog(*setup, std::nullopt, m_pdfOptions, m_documentOptions);
    dialog.show();
    // Nobody drafts above their clearance (the officer's is 1: ordinary and confidential).
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("confidentiality"))->count(), 2);
    auto *subject = dialog.findChild<QLineEdit *>(QStringLiteral("subject"));
    auto *recipient = dialog.findChild<QLineEdit *>(QStringLiteral("recipient"));
    auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("body"));
    auto *signatory = dialog.findChild<QLineEdit *>(QStringLiteral("signatoryName"));
    recipient->setText(QStringLiteral("ທ່ານ ເຈົ້າແຂວງ"));
    body->setPlainText(QStringLiteral("ເນື້ອໃນ"));

    // Subject: required, the server's limit, no control characters.
    QVERIFY(!dialog.problem(Field::Subject).isEmpty());
    QCOMPARE(dialog.problem(), dialog.problem(Field::Subject));
    subject->setText(QString(setup->choices.subjectMaxLength + 1, QChar(0x0E81)));
    QVERIFY(
        dialog.problem(Field::Subject).contains(QString::number(setup->choices.subjectMaxLength)));
    QVERIFY(!dialog.sendButton()->isEnabled());
    subject->setText(QString(setup->choices.subjectMaxLength, QChar(0x0E81)));
    QVERIFY(dialog.problem(Field::Subject).isEmpty());
    subject->setText(QStringLiteral("ເລື່ອງ") + QChar(0x07) + QStringLiteral("ທົດລອງ"));
    QVERIFY(!dialog.problem(Field::Subject).isEmpty());
    subject->setText(QStringLiteral("ເລື່ອງທົດລອງ"));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.sendButton()->isEnabled());

    // The composer's fields, each named when it is missing.
    recipient->clear();
    QVERIFY(!dialog.problem(Field::Recipient).isEmpty());
    QCOMPARE(dialog.problem(), dialog.problem(Field::Recipient));
    recipient->setText(QStringLiteral("ທ່ານ ເຈົ້າແຂວງ"));
    body->setPlainText(QStringLiteral("  \n "));
    QCOMPARE(dialog.problem(), dialog.problem(Field::Body));
    QVERIFY(!dialog.problem().isEmpty());
    body->setPlainText(QStringLiteral("ເນື້ອໃນ"));
    signatory->clear();
    QCOMPARE(dialog.problem(), dialog.problem(Field::SignatoryName));
    QVERIFY(!dialog.problem().isEmpty());
    signatory->setText(QStringLiteral("ທ້າວ ສົມສັກ ວົງສາ"));
    // All of it together is one JSON body of at most 1 MB.
    body->setPlainText(QString(DraftComposerService::maxBodyBytes / 3 + 10, QChar(0x0E81)));
    QCOMPARE(dialog.problem(), dialog.problem(Field::Text));
    QVERIFY(!dialog.problem().isEmpty());
    body->setPlainText(QStringLiteral("ເນື້ອໃນ"));
    QVERIFY(dialog.problem().isEmpty());

    // Attaching a file instead: the composer's fields no longer matter, the file does.
    recipient->clear();
    dialog.setComposes(false);
    QVERIFY(dialog.problem(Field::Recipient).isEmpty());
    QCOMPARE(dialog.problem(), dialog.problem(Field::File));
    QVERIFY(!dialog.sendButton()->isEnabled());
    const QString notPdf = m_files.filePath(QStringLiteral("notes.pdf"));
    {
        QFile file(notPdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not the droids");
    }
    QSignalSpy failed(&dialog, &DraftDialog::previewFailed);
    dialog.setFile(notPdf);
    QVERIFY(failed.wait(timeoutMs));
    QVERIFY(!dialog.problem(Field::File).isEmpty());
    QVERIFY(!dialog.sendButton()->isEnabled());
    const QString realPdf = m_files.filePath(QStringLiteral("letter.pdf"));
    {
        QFile file(realPdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(MinimalPdf::page({QStringLiteral("Attached draft")}));
    }
    QSignalSpy shown(&dialog, &DraftDialog::previewShown);
    dialog.setFile(realPdf);
    QVERIFY(shown.wait(timeoutMs));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.sendButton()->isEnabled());
    const NewDraft draft = dialog.newDraft();
    QCOMPARE(draft.content.fileName, QStringLiteral("letter.pdf"));
    QVERIFY(draft.content.pdf.startsWith("%PDF-"));
    QVERIFY(!draft.content.body.has_value());
}

qint64 tst_DraftDialog::returnedDraft(const QString &subject)
{
    pdf::LetterContent content;
    content.recipient = QStringLiteral("ທ່ານ ຫົວໜ້າກົມ");
    content.subject = subject;
    content.bodyParagraphs = {QStringLiteral("ວັກທຳອິດ.")};
    content.signatoryTitle = QStringLiteral("ຫົວໜ້າພະແນກ");
    content.signatoryName = QStringLiteral("ທ້າວ ສົມສັກ ວົງສາ");
    NewDraft draft;
    draft.unitId = m_deptA;
    draft.subject = subject;
    draft.content.pdf = MinimalPdf::page({QStringLiteral("version 1")});
    draft.content.fileName = QStringLiteral("draft.pdf");
    draft.content.body = DraftComposerService::toJson(content);
    ApprovalService drafter(as("officera"));
    auto draftId = drafter.createDraft(draft);
    if (!draftId)
        return -1;
    ChainStep sign;
    sign.kind = StepKind::Sign;
    sign.login = login("heada");
    if (!drafter.submit(*draftId, QList<ChainStep>{sign}))
        return -1;
    auto steps = ApprovalService(as("heada")).steps(*draftId);
    if (!steps || steps->isEmpty())
        return -1;
    if (!ApprovalService(as("heada"))
             .decide(steps->constLast().id, ApprovalDecision::RejectToDrafter,
                     QStringLiteral("ກະລຸນາ ເພີ່ມງົບປະມານ"))
             .ok())
        return -1;
    return *draftId;
}

void tst_DraftDialog::returnedDraftIsRevisedThenSubmitted()
{
    const QString subject = QStringLiteral("ຮ່າງໜັງສືຕອບ ກົມໄປສະນີ");
    const qint64 draftId = returnedDraft(subject);
    QVERIFY(draftId > 0);

    auto drafts = page(QStringLiteral("officera"), QStringLiteral("my_drafts"));
    QTRY_VERIFY_WITH_TIMEOUT(drafts->isReady() && selectRow(*drafts, subject), timeoutMs);
    QCOMPARE(drafts->currentItem()->state, QStringLiteral("returned"));
    QVERIFY(drafts->actionFor(Action::Revise)->isEnabled());
    drafts->actionFor(Action::Revise)->trigger();
    auto *dialog = dialogOf<DraftDialog>(*drafts);
    QVERIFY(dialog);
    QVERIFY(dialog->isRevision());
    // Opened on the latest version's fields; the draft's subject is not the version's to change.
    QVERIFY(dialog->composes());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("recipient"))->text(),
             QStringLiteral("ທ່ານ ຫົວໜ້າກົມ"));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("subject"))->isReadOnly());
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("unit"))->isEnabled());
    auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("body"));
    body->setPlainText(body->toPlainText() + QStringLiteral("\nງົບປະມານ 25 ລ້ານກີບ."));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("note"))
        ->setPlainText(QStringLiteral("ເພີ່ມງົບປະມານ ຕາມຄຳເຫັນ"));
    // Sent without a preview: composed on the worker's thread before it goes.
    QVERIFY(dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(drafts->openDialog() == nullptr, timeoutMs);
    QVERIFY2(!drafts->lastError(), qPrintable(drafts->lastError().value_or(Error{}).toString()));

    auto latest = DraftComposerService(as("officera")).latest(draftId);
    SARABAN_VERIFY_OK(latest);
    QCOMPARE(latest->version, 2);
    QVERIFY(latest->pdf.startsWith("%PDF-"));
    QVERIFY(
        withoutSpaces(pdfText(latest->pdf)).contains(withoutSpaces(QStringLiteral("25 ລ້ານກີບ"))));
    QCOMPARE(DraftComposerService::fromJson(*latest->body).bodyParagraphs.size(), 2);

    // Now it may go again: a chain the drafter writes, the head signing.
    QTRY_VERIFY_WITH_TIMEOUT(
        selectRow(*drafts, subject) && drafts->actionFor(Action::Submit)->isEnabled(), timeoutMs);
    drafts->actionFor(Action::Submit)->trigger();
    auto *submit = dialogOf<SubmitDialog>(*drafts);
    QVERIFY(submit);
    // No template is set up for the department: writing the chain is the way offered.
    QVERIFY(submit->isCustomChain());
    QVERIFY(submit->addStep(StepKind::Sign, login("heada")));
    QVERIFY(submit->sendButton()->isEnabled());
    QTest::mouseClick(submit->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(drafts->openDialog() == nullptr, timeoutMs);
    QVERIFY(!drafts->lastError());
    QTRY_COMPARE_WITH_TIMEOUT(drafts->currentItem().value().state, QStringLiteral("in_approval"),
                              timeoutMs);
}

void tst_DraftDialog::chainTheDrafterWrites()
{
    const QString subject = QStringLiteral("ຮ່າງບົດລາຍງານ ລັບ ກ່ຽວກັບ ຄວາມປອດໄພ ເຄືອຂ່າຍ");
    NewDraft draft;
    draft.unitId = m_deptA;
    draft.subject = subject;
    draft.confidentiality = 1;
    draft.content.pdf = MinimalPdf::page({QStringLiteral("confidential report")});
    draft.content.fileName = QStringLiteral("report.pdf");
    auto draftId = ApprovalService(as("officera")).createDraft(draft);
    SARABAN_VERIFY_OK(draftId);

    auto drafts = page(QStringLiteral("officera"), QStringLiteral("my_drafts"));
    QTRY_VERIFY_WITH_TIMEOUT(drafts->isReady() && selectRow(*drafts, subject), timeoutMs);
    drafts->actionFor(Action::Submit)->trigger();
    auto *submit = dialogOf<SubmitDialog>(*drafts);
    QVERIFY(submit);
    QVERIFY(submit->isCustomChain());
    QVERIFY(!submit->sendButton()->isEnabled());

    // Checked as written: the signing step is last, nobody approves their own draft, nobody
    // is in the chain twice.
    QVERIFY(submit->addStep(StepKind::Sign, login("heada")));
    QVERIFY(submit->addStep(StepKind::Review, login("clerka")));
    QVERIFY(!submit->problem().isEmpty());
    QVERIFY(!submit->sendButton()->isEnabled());
    submit->moveStep(1, -1);
    QVERIFY(submit->problem().isEmpty());
    QVERIFY(submit->addStep(StepKind::Review, login("officera")));
    submit->moveStep(2, -1);
    QVERIFY(submit->problem().contains(QLatin1String("2")));
    QVERIFY(!submit->sendButton()->isEnabled());
    submit->removeStep(1);
    QVERIFY(submit->addStep(StepKind::Opinion, login("clerka")));
    submit->moveStep(2, -1);
    QVERIFY(!submit->problem().isEmpty());
    submit->removeStep(1);
    QVERIFY(submit->problem().isEmpty());
    QCOMPARE(submit->stepCount(), 2);

    // The clerk is not cleared for a confidential draft: the server says so, the dialog stays
    // open with the chain as written.
    QTest::mouseClick(submit->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(drafts->lastError().has_value(), timeoutMs);
    QCOMPARE(drafts->lastError()->code, QStringLiteral("chain.assignee.clearance"));
    QCOMPARE(drafts->openDialog(), submit);
    QVERIFY(submit->serverError().contains(QStringLiteral("ນາງ ສົມພອນ ແກ້ວມະນີ")));
    QCOMPARE(submit->stepCount(), 2);
    QCOMPARE(submit->steps().at(0).login, login("clerka"));
    QCOMPARE(submit->steps().at(1).login, login("heada"));

    // The cleared clerk reviews instead; the server makes the steps as written.
    submit->removeStep(0);
    QVERIFY(submit->addStep(StepKind::Review, login("clerka2")));
    submit->moveStep(1, -1);
    QVERIFY(submit->sendButton()->isEnabled());
    QTest::mouseClick(submit->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(drafts->openDialog() == nullptr, timeoutMs);
    QVERIFY(!drafts->lastError());
    auto steps = ApprovalService(as("officera")).steps(*draftId);
    SARABAN_VERIFY_OK(steps);
    QCOMPARE(steps->size(), 2);
    QCOMPARE(steps->at(0).kind, StepKind::Review);
    QCOMPARE(steps->at(0).assigneeLogin, login("clerka2"));
    QCOMPARE(steps->at(0).state, StepState::Active);
    QCOMPARE(steps->at(1).kind, StepKind::Sign);
    QCOMPARE(steps->at(1).assigneeLogin, login("heada"));
}

QTEST_MAIN(tst_DraftDialog)
#include "tst_draftdialog.moc"
