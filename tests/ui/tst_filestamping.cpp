// The received stamp and the endorsement drawn onto an incoming letter's file from the work area
// (issue 7), each person signed in as themselves on a real server, the marks drawn by the real
// saraban-document-worker and the pages rendered and verified by saraban-pdf-worker. The letter
// arrived signed (a fixture from tests/data/pdfs): after the clerk's stamp and the head's
// endorsement its signature is still valid for the revision it signed. A head of two units
// endorses for the one they choose; an officer is offered no stamp, and the server refuses one
// from them anyway.
#include "core/db/dbworker.h"
#include "core/domain/newperson.h"
#include "core/models/inboxmodel.h"
#include "core/models/timelinemodel.h"
#include "core/pdf/pdfdocument.h"
#include "core/pdf/signatureverdict.h"
#include "core/pdf/signatureverifier.h"
#include "core/services/documentservice.h"
#include "core/services/letterservice.h"
#include "core/services/letterversionservice.h"
#include "core/services/peopleservice.h"
#include "core/services/routingservice.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"
#include "ui/filestamping.h"
#include "ui/inboxpage.h"
#include "ui/letterdetailpane.h"
#include "ui/stampdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <map>
#include <memory>

using namespace saraban;
using namespace saraban::test;
using saraban::ui::InboxPage;
using saraban::ui::StampDialog;
using Action = saraban::ui::InboxPage::Action;

namespace {

constexpr int timeoutMs = 30000;

const char *const signedFixture = "signed/02-untrusted-selfsigned/nodesignpdf_signed-once.pdf";

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(SARABAN_PDF_TEST_DATA "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Pixels of the stamp's red (or the endorsement's blue) inside area, fractions of the page.
int inkIn(const QImage &image, const QRectF &area, bool red)
{
    int pixels = 0;
    const QRect box(qRound(area.x() * image.width()), qRound(area.y() * image.height()),
                    qRound(area.width() * image.width()), qRound(area.height() * image.height()));
    for (int y = box.top(); y <= box.bottom() && y < image.height(); ++y)
        for (int x = box.left(); x <= box.right() && x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (red ? (c.red() > 120 && c.green() < 90 && c.blue() < 90)
                    : (c.blue() > 100 && c.red() < 80 && c.green() < 100))
                ++pixels;
        }
    return pixels;
}

} // namespace

class tst_FileStamping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clerkStampsASignedLetter();
    void headEndorsesOntoTheFile();
    void headOfTwoUnitsChoosesTheSecond();
    void endorsementStandsWhenTheFileFails();
    void officerHasNoStampAndTheServerRefusesOne();

private:
    std::unique_ptr<InboxPage> page(const QString &who, const QString &folder);
    bool select(InboxPage &page, qint64 letterId);
    template <typename Dialog> static Dialog *dialogOf(InboxPage &page);
    Result<LetterFileState> fileState(qint64 letterId);
    QByteArray version(qint64 letterId, int number);
    QImage render(const QByteArray &pdf);
    QString login(const char *who) const { return m_fixture->login(QString::fromLatin1(who)); }

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_super;
    std::map<QString, std::unique_ptr<DbWorker>> m_workers;
    std::map<QString, std::unique_ptr<ScopedConnection>> m_direct;
    pdf::PdfOptions m_pdfOptions;
    pdf::DocumentToolsOptions m_tools;
    QTemporaryDir m_directory;
    QByteArray m_arrived;
    qint64 m_letter = 0;
    int m_deptA = 0;
    int m_divA1 = 0;
};

void tst_FileStamping::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_pdfOptions.workerPath = QStringLiteral(SARABAN_PDF_WORKER_PATH);
    m_tools.workerPath = QStringLiteral(SARABAN_DOCUMENT_WORKER_PATH);
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("filestamping"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_super = std::make_unique<ScopedConnection>(m_fixture->superuser());
    SARABAN_VERIFY_OK(m_super->status());
    // heada heads DIVA1 as well: a person who decides for two units.
    SARABAN_VERIFY_OK(
        PeopleService(m_super->database())
            .addMembership(login("heada"), QStringLiteral("DIVA1"), MemberRole::Head));
    m_deptA = static_cast<int>(
        number(*m_super, QStringLiteral("SELECT id FROM saraban.units WHERE code = 'DEPTA'")));
    m_divA1 = static_cast<int>(
        number(*m_super, QStringLiteral("SELECT id FROM saraban.units WHERE code = 'DIVA1'")));
    QVERIFY(m_deptA > 0 && m_divA1 > 0);
    for (const char *who : {"clerka2", "heada", "officera"}) {
        auto connection = std::make_unique<ScopedConnection>(m_fixture->as(QLatin1String(who)));
        SARABAN_VERIFY_OK(connection->status());
        m_direct[QLatin1String(who)] = std::move(connection);
    }

    // A letter that arrived signed, registered by the clerk and routed to the head and to the
    // division.
    m_arrived = fixture(signedFixture);
    QVERIFY(!m_arrived.isEmpty());
    LetterDraft letter;
    letter.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    letter.subject = QStringLiteral("ໜັງສືແຈ້ງການ ທີ່ມີລາຍເຊັນ");
    letter.letterDate = QDate::currentDate().addDays(-2);
    letter.receivedOn = QDate::currentDate().addDays(-1);
    letter.parties << LetterParty{LetterParty::Role::From, std::nullopt,
                                  QStringLiteral("ກະຊວງ ໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ")};
    letter.mainPdf = m_arrived;
    letter.mainPdfName = QStringLiteral("signed.pdf");
    auto registered =
        LetterService(m_direct.at(QStringLiteral("clerka2"))->database()).registerLetter(letter);
    SARABAN_VERIFY_OK(registered);
    m_letter = registered->id;
    RoutingRecipient head;
    head.kind = RoutingRecipient::Kind::Person;
    head.code = login("heada");
    RoutingRecipient division;
    division.kind = RoutingRecipient::Kind::Unit;
    division.code = QStringLiteral("DIVA1");
    RoutingRecipient officer;
    officer.kind = RoutingRecipient::Kind::Person;
    officer.code = login("officera");
    officer.role = RoutingRole::Information;
    SARABAN_VERIFY_OK(RoutingService(m_direct.at(QStringLiteral("clerka2"))->database())
                          .route(m_letter, {head, division, officer}));
}

void tst_FileStamping::cleanupTestCase()
{
    m_workers.clear();
    m_direct.clear();
    m_super.reset();
    m_fixture.reset();
}

std::unique_ptr<InboxPage> tst_FileStamping::page(const QString &who, const QString &folder)
{
    std::unique_ptr<DbWorker> &worker = m_workers[who];
    if (!worker)
        worker = std::make_unique<DbWorker>(m_fixture->as(who));
    auto result = std::make_unique<InboxPage>(folder, worker.get(), new InboxModel(worker.get()),
                                              new TimelineModel(worker.get()));
    result->setPdfOptions(m_pdfOptions);
    result->setDocumentToolsOptions(m_tools);
    result->resize(1200, 700);
    result->show();
    return result;
}

bool tst_FileStamping::select(InboxPage &page, qint64 letterId)
{
    return QTest::qWaitFor(
        [&] {
            for (int row = 0; row < page.model()->rowCount(); ++row) {
                if (page.model()->item(row).letterId == letterId) {
                    page.table()->selectRow(row);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
}

template <typename Dialog> Dialog *tst_FileStamping::dialogOf(InboxPage &page)
{
    if (!QTest::qWaitFor([&page] { return page.openDialog() != nullptr; }, timeoutMs))
        return nullptr;
    return qobject_cast<Dialog *>(page.openDialog());
}

Result<LetterFileState> tst_FileStamping::fileState(qint64 letterId)
{
    return LetterVersionService(m_direct.at(QStringLiteral("clerka2"))->database()).state(letterId);
}

QByteArray tst_FileStamping::version(qint64 letterId, int number)
{
    Result<QByteArray> content = DocumentService(m_direct.at(QStringLiteral("clerka2"))->database())
                                     .versionContent(letterId, number);
    return content ? *content : QByteArray();
}

QImage tst_FileStamping::render(const QByteArray &pdf)
{
    pdf::PdfDocument document(m_pdfOptions);
    QEventLoop loop;
    QImage image;
    connect(&document, &pdf::PdfDocument::opened, &document, [&] { document.requestPage(0, 72); });
    connect(&document, &pdf::PdfDocument::pageRendered, &loop,
            [&](int, const pdf::RenderedPage &rendered) {
                image = QImage(reinterpret_cast<const uchar *>(rendered.pixels.constData()),
                               rendered.size.width(), rendered.size.height(), rendered.bytesPerLine,
                               static_cast<QImage::Format>(rendered.format))
                            .copy();
                loop.quit();
            });
    connect(&document, &pdf::PdfDocument::failed, &loop, &QEventLoop::quit);
    connect(&document, &pdf::PdfDocument::requestFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    document.openData(pdf, QStringLiteral("render.pdf"));
    loop.exec();
    return image;
}

void tst_FileStamping::clerkStampsASignedLetter()
{
    auto sent = page(QStringLiteral("clerka2"), QStringLiteral("sent"));
    QVERIFY(select(*sent, m_letter));
    QAction *stamp = sent->actionFor(Action::StampReceived);
    QTRY_VERIFY_WITH_TIMEOUT(stamp->isEnabled(), timeoutMs);
    stamp->trigger();
    auto *dialog = dialogOf<StampDialog>(*sent);
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), StampDialog::Kind::Received);
    // It shows page 1 of the file as it is now, with the stamp's place: top right by default.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->pageView()->hasPage(), timeoutMs);
    QCOMPARE(dialog->documentVersion(), 1);
    QCOMPARE(dialog->place(), StampDialog::Place::TopRight);
    const pdf::StampMark mark = dialog->mark();
    QCOMPARE(mark.kind, pdf::StampMark::Kind::Received);
    QVERIFY2(mark.lines.join(QLatin1Char('|')).contains(QStringLiteral("ໄດ້ຮັບ ເລກທີ: ")),
             qPrintable(mark.lines.join(QLatin1Char('|'))));
    QVERIFY(dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sent->openDialog() == nullptr, timeoutMs);
    QVERIFY2(!sent->lastError(),
             qPrintable(sent->lastError() ? sent->lastError()->toString() : QString()));

    // A new version, a received stamp, added by the clerk on top of the file that arrived.
    Result<LetterFileState> state = fileState(m_letter);
    SARABAN_VERIFY_OK(state);
    QCOMPARE(state->versions.size(), 2);
    QCOMPARE(state->versions.at(1).kind, QStringLiteral("stamp"));
    QVERIFY(state->received);
    const QByteArray stamped = version(m_letter, 2);
    QVERIFY(stamped.size() > m_arrived.size());
    QVERIFY(stamped.startsWith(m_arrived));
    // Once stamped, it is not offered again.
    QTRY_VERIFY_WITH_TIMEOUT(!stamp->isEnabled(), timeoutMs);
    // The detail pane shows the file as it is now, the new version listed under the files.
    QTRY_COMPARE_WITH_TIMEOUT(sent->detailPane()->versionLines().size(), 1, timeoutMs);

    // The signature that arrived is still intact, for the revision it signed.
    const QString file = m_directory.filePath(QStringLiteral("stamped.pdf"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(stamped), stamped.size());
    }
    Result<pdf::VerificationReport> report = pdf::SignatureVerifier(m_pdfOptions).verify(file);
    SARABAN_VERIFY_OK(report);
    QCOMPARE(report->signatures.size(), 1);
    QCOMPARE(pdf::code(report->signatures.first().status), QStringLiteral("valid"));
    QCOMPARE(pdf::code(report->signatures.first().coverage.kind),
             QStringLiteral("earlier-revision"));

    // The page shows the stamp's red ink where the dialog said, where there was none.
    const QImage before = render(m_arrived);
    const QImage after = render(stamped);
    QVERIFY(!before.isNull() && !after.isNull());
    const QRectF area =
        StampDialog::rectFor(StampDialog::Kind::Received, StampDialog::Place::TopRight);
    QCOMPARE(inkIn(before, area, true), 0);
    QVERIFY2(inkIn(after, area, true) > 200, qPrintable(QString::number(inkIn(after, area, true))));
}

void tst_FileStamping::headEndorsesOntoTheFile()
{
    auto inbox = page(QStringLiteral("heada"), QStringLiteral("to_act"));
    QVERIFY(select(*inbox, m_letter));
    QTRY_VERIFY_WITH_TIMEOUT(inbox->isReady(), timeoutMs);
    QAction *endorse = inbox->actionFor(Action::Endorse);
    QTRY_VERIFY_WITH_TIMEOUT(endorse->isEnabled(), timeoutMs);
    // A head is no clerk: no stamp for them.
    QVERIFY(!inbox->actionFor(Action::StampReceived)->isEnabled());
    endorse->trigger();
    auto *dialog = dialogOf<StampDialog>(*inbox);
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), StampDialog::Kind::Endorse);
    // The latest version (with the clerk's stamp) is what it is drawn on; on by default.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->documentVersion() > 0, timeoutMs);
    const int base = dialog->documentVersion();
    QVERIFY(dialog->writesOnDocument());
    QCOMPARE(dialog->place(), StampDialog::Place::BottomMargin);
    const QString words = QStringLiteral("ມອບໃຫ້ພະແນກບໍລິຫານ ພິຈາລະນາ ແລະ ລາຍງານ");
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("text"))->insertPlainText(words);
    const pdf::StampMark mark = dialog->mark();
    QCOMPARE(mark.lines.first(), words);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(inbox->openDialog() == nullptr, timeoutMs);
    QVERIFY2(!inbox->lastError(),
             qPrintable(inbox->lastError() ? inbox->lastError()->toString() : QString()));

    // The text is in the letter's history, and the file has one more version on top.
    QCOMPARE(number(*m_super, QStringLiteral("SELECT count(*) FROM saraban.endorsements WHERE "
                                             "letter_id = %1 AND text = '%2'")
                                  .arg(m_letter)
                                  .arg(words)),
             qint64(1));
    Result<LetterFileState> state = fileState(m_letter);
    SARABAN_VERIFY_OK(state);
    QCOMPARE(state->latest(), base + 1);
    QCOMPARE(state->versions.constLast().kind, QStringLiteral("endorsement"));
    QTRY_COMPARE_WITH_TIMEOUT(inbox->detailPane()->versionLines().size(), 2, timeoutMs);
    const QByteArray endorsed = version(m_letter, base + 1);
    QVERIFY(endorsed.startsWith(version(m_letter, base)));
    const QImage after = render(endorsed);
    const QRectF area =
        StampDialog::rectFor(StampDialog::Kind::Endorse, StampDialog::Place::BottomMargin);
    QCOMPARE(inkIn(render(m_arrived), area, false), 0);
    QVERIFY2(inkIn(after, area, false) > 100,
             qPrintable(QString::number(inkIn(after, area, false))));
}

void tst_FileStamping::headOfTwoUnitsChoosesTheSecond()
{
    auto inbox = page(QStringLiteral("heada"), QStringLiteral("to_act"));
    QVERIFY(select(*inbox, m_letter));
    QTRY_VERIFY_WITH_TIMEOUT(inbox->isReady(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(inbox->actionFor(Action::Endorse)->isEnabled(), timeoutMs);
    inbox->actionFor(Action::Endorse)->trigger();
    auto *dialog = dialogOf<StampDialog>(*inbox);
    QVERIFY(dialog);
    auto *units = dialog->findChild<QComboBox *>(QStringLiteral("unit"));
    QVERIFY(units);
    QCOMPARE(units->count(), 2);
    QVERIFY(units->isEnabled());
    // The one not preselected, whichever that is.
    const int other = units->currentIndex() == 0 ? 1 : 0;
    units->setCurrentIndex(other);
    const int chosen = units->itemData(other).toInt();
    QVERIFY(chosen == m_deptA || chosen == m_divA1);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->documentVersion() > 0, timeoutMs);
    dialog->setWritesOnDocument(false);
    const QString words = QStringLiteral("ຂະແໜງ ບຫ ຮັບຜິດຊອບ");
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("text"))->insertPlainText(words);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(inbox->openDialog() == nullptr, timeoutMs);
    QCOMPARE(number(*m_super, QStringLiteral("SELECT unit_id FROM saraban.endorsements WHERE "
                                             "letter_id = %1 AND text = '%2'")
                                  .arg(m_letter)
                                  .arg(words)),
             qint64(chosen));
}

void tst_FileStamping::endorsementStandsWhenTheFileFails()
{
    auto inbox = page(QStringLiteral("heada"), QStringLiteral("to_act"));
    // No document worker where this page looks for one: drawing fails after the text is in.
    pdf::DocumentToolsOptions broken = m_tools;
    broken.workerPath = m_directory.filePath(QStringLiteral("no-such-worker"));
    inbox->setDocumentToolsOptions(broken);
    QVERIFY(select(*inbox, m_letter));
    QTRY_VERIFY_WITH_TIMEOUT(inbox->actionFor(Action::Endorse)->isEnabled(), timeoutMs);
    inbox->actionFor(Action::Endorse)->trigger();
    auto *dialog = dialogOf<StampDialog>(*inbox);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->documentVersion() > 0, timeoutMs);
    const int base = dialog->documentVersion();
    QVERIFY(dialog->writesOnDocument());
    const QString words = QStringLiteral("ໃຫ້ຂະແໜງການເງິນ ກວດກາ ແລະ ລາຍງານ");
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("text"));
    text->insertPlainText(words);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);

    // The dialog stays, says the endorsement is recorded, keeps the text, and offers a retry.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->endorsementRecorded(), timeoutMs);
    QCOMPARE(inbox->openDialog(), dialog);
    QCOMPARE(dialog->text(), words);
    QVERIFY(text->isReadOnly());
    auto *notice = dialog->findChild<QLabel *>(QStringLiteral("recordedNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(notice->text().startsWith(dialog->recordedNotice()));
    const QString count = QStringLiteral("SELECT count(*) FROM saraban.endorsements WHERE "
                                         "letter_id = %1 AND text = '%2'")
                              .arg(m_letter)
                              .arg(words);
    QCOMPARE(number(*m_super, count), qint64(1));
    Result<LetterFileState> state = fileState(m_letter);
    SARABAN_VERIFY_OK(state);
    QCOMPARE(state->latest(), base);

    // With the worker back, the retry writes the file only: one endorsement, one new version.
    inbox->setDocumentToolsOptions(m_tools);
    QVERIFY(dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(inbox->openDialog() == nullptr, timeoutMs);
    QCOMPARE(number(*m_super, count), qint64(1));
    state = fileState(m_letter);
    SARABAN_VERIFY_OK(state);
    QCOMPARE(state->latest(), base + 1);
    QCOMPARE(state->versions.constLast().kind, QStringLiteral("endorsement"));
}

void tst_FileStamping::officerHasNoStampAndTheServerRefusesOne()
{
    // A letter not stamped yet, for the officer's information.
    LetterDraft letter;
    letter.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    letter.subject = QStringLiteral("ໜັງສືເຊີນ ທີ່ຍັງບໍ່ທັນປະທັບກາ");
    letter.letterDate = QDate::currentDate().addDays(-1);
    letter.receivedOn = QDate::currentDate();
    letter.parties << LetterParty{LetterParty::Role::From, std::nullopt,
                                  QStringLiteral("ກະຊວງ ການເງິນ")};
    letter.mainPdf = m_arrived;
    letter.mainPdfName = QStringLiteral("signed.pdf");
    auto registered =
        LetterService(m_direct.at(QStringLiteral("clerka2"))->database()).registerLetter(letter);
    SARABAN_VERIFY_OK(registered);
    const qint64 letterId = registered->id;
    RoutingRecipient officer;
    officer.kind = RoutingRecipient::Kind::Person;
    officer.code = login("officera");
    officer.role = RoutingRole::Information;
    SARABAN_VERIFY_OK(RoutingService(m_direct.at(QStringLiteral("clerka2"))->database())
                          .route(letterId, {officer}));

    auto inbox = page(QStringLiteral("officera"), QStringLiteral("for_information"));
    QVERIFY(select(*inbox, letterId));
    // Once the file's state is known: a file without a received stamp, and no clerk here, so
    // the action stays off.
    ui::FileStamping *stamping = inbox->fileStamping();
    QTRY_VERIFY_WITH_TIMEOUT(stamping->state(letterId).has_value(), timeoutMs);
    QCOMPARE(stamping->state(letterId)->versions.size(), 1);
    QVERIFY(!stamping->state(letterId)->received);
    QVERIFY(!stamping->state(letterId)->clerk);
    QVERIFY(!inbox->actionFor(Action::StampReceived)->isEnabled());

    // Whatever a client does, the server refuses a stamp from someone who is no clerk.
    Result<LetterFileState> state = fileState(letterId);
    SARABAN_VERIFY_OK(state);
    const QByteArray latest = version(letterId, state->latest());
    Result<QByteArray> drawn = pdf::DocumentTools(m_tools).stamp(
        latest, {pdf::StampText::received(QStringLiteral("ພະແນກ"), QStringLiteral("1"),
                                          QDate::currentDate(), QStringLiteral("officer"))});
    SARABAN_VERIFY_OK(drawn);
    Result<int> refused =
        DocumentService(m_direct.at(QStringLiteral("officera"))->database())
            .addVersion(letterId, *drawn, DocumentService::VersionKind::Stamp, QString());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("auth.not_clerk_of_register"));
    Result<LetterFileState> unchanged = fileState(letterId);
    SARABAN_VERIFY_OK(unchanged);
    QCOMPARE(unchanged->latest(), state->latest());
}

QTEST_MAIN(tst_FileStamping)
#include "tst_filestamping.moc"
