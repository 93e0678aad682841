// The "register an incoming letter" dialog against a real server, as a clerk signed in with
// their own login: the number it will get, each field checked as typed, the server's refusal
// shown under the field it names, a duplicate file named by the earlier letter's number, and a
// successful registration with a PDF whose first page is shown.
#include "core/db/dbworker.h"
#include "core/i18n/translations.h"
#include "core/services/minimalpdf.h"
#include "tests/server/orgfixture.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"
#include "ui/laodateedit.h"
#include "ui/pdfpageview.h"
#include "ui/registerletterdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace saraban;
using namespace saraban::test;
using saraban::ui::RegisterLetterDialog;
using Field = saraban::ui::RegisterLetterDialog::Field;

class tst_RegisterLetterDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void showsTheNumberItWillGet();
    void checksEachFieldAsTyped_data();
    void checksEachFieldAsTyped();
    void registersWithItsPdfAndWarnsOfADuplicate();
    void serverRefusalNamesTheField();

private:
    std::unique_ptr<RegisterLetterDialog> openDialog(DbWorker &worker);
    QString writePdf(const QString &name, const QStringList &lines);
    static void fillValidLetter(RegisterLetterDialog &dialog);
    QLabel *problemLabel(RegisterLetterDialog &dialog, const QString &name)
    {
        return dialog.findChild<QLabel *>(name);
    }

    std::unique_ptr<OrgFixture> m_fixture;
    QTemporaryDir m_files;
    pdf::PdfOptions m_pdfOptions;
};

void tst_RegisterLetterDialog::initTestCase()
{
    m_pdfOptions.workerPath = QStringLiteral(SARABAN_PDF_WORKER_PATH);
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("registerdialog"));
    SARABAN_VERIFY_OK(m_fixture->status());
    QVERIFY(m_files.isValid());
}

void tst_RegisterLetterDialog::init()
{
    QVERIFY(i18n::install(Language::English));
}

void tst_RegisterLetterDialog::cleanupTestCase()
{
    m_fixture.reset();
}

std::unique_ptr<RegisterLetterDialog> tst_RegisterLetterDialog::openDialog(DbWorker &worker)
{
    auto dialog = std::make_unique<RegisterLetterDialog>(&worker, m_pdfOptions);
    QSignalSpy ready(dialog.get(), &RegisterLetterDialog::ready);
    dialog->show();
    if (!ready.wait(10000))
        return nullptr;
    return dialog;
}

QString tst_RegisterLetterDialog::writePdf(const QString &name, const QStringList &lines)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(MinimalPdf::page(lines));
    return path;
}

void tst_RegisterLetterDialog::fillValidLetter(RegisterLetterDialog &dialog)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("subjectEdit"))
        ->setText(QStringLiteral("ແຈ້ງການ ກ່ຽວກັບ ກອງປະຊຸມ"));
    dialog.findChild<QLineEdit *>(QStringLiteral("senderEdit"))
        ->setText(QStringLiteral("ກະຊວງ ໄປສະນີ"));
    dialog.findChild<QLineEdit *>(QStringLiteral("theirNumberEdit"))
        ->setText(QStringLiteral("12/ກປທ"));
}

void tst_RegisterLetterDialog::showsTheNumberItWillGet()
{
    DbWorker worker(m_fixture->as(QStringLiteral("clerka")));
    auto dialog = openDialog(worker);
    QVERIFY(dialog);
    auto *registers = dialog->findChild<QComboBox *>(QStringLiteral("registerCombo"));
    // clerka keeps A-IN; the other incoming registers she may not see are not offered.
    const int aIn = registers->findData(m_fixture->registerId(QStringLiteral("A-IN")));
    QVERIFY(aIn >= 0);
    QSignalSpy shown(dialog.get(), &RegisterLetterDialog::nextNumberShown);
    registers->setCurrentIndex(aIn);
    if (dialog->nextNumber().isEmpty())
        QVERIFY(shown.wait(10000));
    QVERIFY(!dialog->nextNumber().isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("nextNumberLabel"))
                ->text()
                .contains(dialog->nextNumber()));
}

void tst_RegisterLetterDialog::checksEachFieldAsTyped_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("subject empty") << Field::Subject << QStringLiteral("subjectError")
                                   << QStringLiteral("subject is required");
    QTest::newRow("subject too long")
        << Field::Subject << QStringLiteral("subjectError") << QStringLiteral("too long");
    QTest::newRow("letter date in the future")
        << Field::LetterDate << QStringLiteral("letterDateError") << QStringLiteral("after today");
    QTest::newRow("received before the letter date")
        << Field::ReceivedOn << QStringLiteral("receivedOnError")
        << QStringLiteral("before the letter date");
    QTest::newRow("sender empty") << Field::Sender << QStringLiteral("senderError")
                                  << QStringLiteral("sender is required");
    QTest::newRow("their number too long")
        << Field::TheirNumber << QStringLiteral("theirNumberError")
        << QStringLiteral("at most 100");
    QTest::newRow("above the clerk's clearance")
        << Field::Confidentiality << QStringLiteral("confidentialityError")
        << QStringLiteral("clearance allows at most");
}

void tst_RegisterLetterDialog::checksEachFieldAsTyped()
{
    QFETCH(Field, field);
    QFETCH(QString, errorLabel);
    QFETCH(QString, expected);
    // clerka has clearance 0 (ordinary): "confidential" is above it.
    DbWorker worker(m_fixture->as(QStringLiteral("clerka")));
    auto dialog = openDialog(worker);
    QVERIFY(dialog);
    auto *registers = dialog->findChild<QComboBox *>(QStringLiteral("registerCombo"));
    registers->setCurrentIndex(registers->findData(m_fixture->registerId(QStringLiteral("A-IN"))));
    fillValidLetter(*dialog);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("registerButton"));
    QTRY_VERIFY(button->isEnabled());
    QLabel *label = problemLabel(*dialog, errorLabel);
    QVERIFY(label);
    QVERIFY(!label->isVisible());

    auto *subject = dialog->findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
    auto *letterDate =
        dialog->findChild<saraban::ui::LaoDateEdit *>(QStringLiteral("letterDateEdit"));
    auto *receivedOn =
        dialog->findChild<saraban::ui::LaoDateEdit *>(QStringLiteral("receivedOnEdit"));
    auto *sender = dialog->findChild<QLineEdit *>(QStringLiteral("senderEdit"));
    auto *theirNumber = dialog->findChild<QLineEdit *>(QStringLiteral("theirNumberEdit"));
    auto *confidentiality = dialog->findChild<QComboBox *>(QStringLiteral("confidentialityCombo"));
    const QString subjectBefore = subject->text();
    const QDate letterDateBefore = letterDate->date();
    const QDate receivedBefore = receivedOn->date();
    const QString senderBefore = sender->text();
    const QString theirBefore = theirNumber->text();
    const int confidentialityBefore = confidentiality->currentIndex();

    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (tag == QLatin1String("subject empty")) {
        subject->clear();
    } else if (tag == QLatin1String("subject too long")) {
        subject->setText(QString(600, QChar(u'ກ')));
    } else if (field == Field::LetterDate) {
        letterDate->setDate(QDate::currentDate().addDays(3));
    } else if (field == Field::ReceivedOn) {
        letterDate->setDate(QDate::currentDate().addDays(-2));
        receivedOn->setDate(QDate::currentDate().addDays(-5));
    } else if (field == Field::Sender) {
        QTest::keyClick(sender, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(sender, Qt::Key_Delete);
    } else if (field == Field::TheirNumber) {
        theirNumber->setText(QString(101, u'9'));
    } else if (field == Field::Confidentiality) {
        confidentiality->setCurrentIndex(confidentiality->findData(1));
    }
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
    QCOMPARE(dialog->problem(field), label->text());
    QVERIFY(!button->isEnabled());

    // Put right, the message goes and the letter can be sent again.
    subject->setText(subjectBefore);
    letterDate->setDate(letterDateBefore);
    receivedOn->setDate(receivedBefore);
    sender->setText(senderBefore);
    theirNumber->setText(theirBefore);
    confidentiality->setCurrentIndex(confidentialityBefore);
    QVERIFY(!label->isVisible());
    QVERIFY(dialog->problem(field).isEmpty());
    QVERIFY(button->isEnabled());
}

void tst_RegisterLetterDialog::registersWithItsPdfAndWarnsOfADuplicate()
{
    const QString path = writePdf(QStringLiteral("letter.pdf"),
                                  {QStringLiteral("Letter 12/MPT"), QStringLiteral("duplicate")});
    QVERIFY(!path.isEmpty());
    DbWorker worker(m_fixture->as(QStringLiteral("clerka")));
    QString firstNumber;
    {
        auto dialog = openDialog(worker);
        QVERIFY(dialog);
        auto *registers = dialog->findChild<QComboBox *>(QStringLiteral("registerCombo"));
        QSignalSpy shown(dialog.get(), &RegisterLetterDialog::nextNumberShown);
        registers->setCurrentIndex(
            registers->findData(m_fixture->registerId(QStringLiteral("A-IN"))));
        QTRY_VERIFY(!dialog->nextNumber().isEmpty());
        const QString promised = dialog->nextNumber();
        QSignalSpy checked(dialog.get(), &RegisterLetterDialog::fileChecked);
        dialog->setFile(path);
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.first().first().toBool(), false);
        // The first page is on screen.
        auto *preview = dialog->findChild<QStackedWidget *>();
        QVERIFY(preview);
        auto *pageView = dialog->findChild<ui::PdfPageView *>(QStringLiteral("pagePreview"));
        QCOMPARE(preview->currentWidget(), pageView);
        QTRY_VERIFY(pageView->isPageShown(0));

        fillValidLetter(*dialog);
        QSignalSpy registered(dialog.get(), &RegisterLetterDialog::registered);
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("registerButton"));
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(registered.wait(20000));
        firstNumber = registered.first().at(1).toString();
        QCOMPARE(firstNumber, promised);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }
    // On the server, as the clerk sees it, with its file.
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    auto stored = clerk.value(QStringLiteral("SELECT count(*) FROM saraban.letters l "
                                             "JOIN saraban.letter_files f ON f.letter_id = l.id "
                                             "WHERE l.number_text = '%1'")
                                  .arg(firstNumber));
    SARABAN_VERIFY_OK(stored);
    QCOMPARE(stored->toInt(), 1);

    // The same file again: warned, with the earlier letter's number.
    auto dialog = openDialog(worker);
    QVERIFY(dialog);
    auto *registers = dialog->findChild<QComboBox *>(QStringLiteral("registerCombo"));
    registers->setCurrentIndex(registers->findData(m_fixture->registerId(QStringLiteral("A-IN"))));
    QSignalSpy checked(dialog.get(), &RegisterLetterDialog::fileChecked);
    dialog->setFile(path);
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.last().first().toBool(), true);
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("duplicateWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(firstNumber), qPrintable(warning->text()));
}

void tst_RegisterLetterDialog::serverRefusalNamesTheField()
{
    // The client cannot know the server's earliest allowed letter date; the server refuses and
    // the dialog shows it under the letter date, keeping everything typed.
    {
        ScopedConnection admin(m_fixture->superuser());
        SARABAN_VERIFY_OK(
            admin.execute(QStringLiteral("UPDATE saraban.settings SET value = '%1' "
                                         "WHERE key = 'earliest_letter_date'")
                              .arg(QDate::currentDate().addDays(-10).toString(Qt::ISODate))));
    }
    DbWorker worker(m_fixture->as(QStringLiteral("clerka")));
    auto dialog = openDialog(worker);
    QVERIFY(dialog);
    auto *registers = dialog->findChild<QComboBox *>(QStringLiteral("registerCombo"));
    registers->setCurrentIndex(registers->findData(m_fixture->registerId(QStringLiteral("A-IN"))));
    fillValidLetter(*dialog);
    auto *letterDate =
        dialog->findChild<saraban::ui::LaoDateEdit *>(QStringLiteral("letterDateEdit"));
    letterDate->setDate(QDate::currentDate().addDays(-30));
    dialog->findChild<saraban::ui::LaoDateEdit *>(QStringLiteral("receivedOnEdit"))
        ->setDate(QDate::currentDate());
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("registerButton"));
    QTRY_VERIFY(button->isEnabled());
    QSignalSpy failed(dialog.get(), &RegisterLetterDialog::sendFailed);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(failed.wait(20000));
    {
        ScopedConnection admin(m_fixture->superuser());
        SARABAN_VERIFY_OK(
            admin.execute(QStringLiteral("UPDATE saraban.settings SET value = '1900-01-01' "
                                         "WHERE key = 'earliest_letter_date'")));
    }
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("letterDateError"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("letter date")), qPrintable(label->text()));
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(),
             QStringLiteral("ແຈ້ງການ ກ່ຽວກັບ ກອງປະຊຸມ"));
    // Editing the date clears the server's word, and the form can be sent again.
    letterDate->setDate(QDate::currentDate().addDays(-1));
    QVERIFY(!label->isVisible());
    QVERIFY(button->isEnabled());
}

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("saraban-test"));
    QApplication::setApplicationName(QStringLiteral("tst_registerletterdialog"));
    tst_RegisterLetterDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registerletterdialog.moc"
