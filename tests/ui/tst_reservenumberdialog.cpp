// The "reserve a number" dialog against a real server, as people signed in with their own
// logins: a clerk's reservation is the one the server recorded (number and note), the note is
// checked as typed, and an officer (not a clerk) is refused under the register field with
// nothing reserved.
#include "core/db/dbworker.h"
#include "core/i18n/translations.h"
#include "tests/server/orgfixture.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"
#include "ui/reservenumberdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace saraban;
using namespace saraban::test;
using saraban::ui::ReserveNumberDialog;

class tst_ReserveNumberDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clerkReservesTheNumberTheServerRecords();
    void noteIsCheckedAsTyped();
    void officerIsRefusedUnderTheRegister();

private:
    std::unique_ptr<ReserveNumberDialog> openDialog(DbWorker &worker, const QString &registerKey);
    qint64 reservations() const;

    std::unique_ptr<OrgFixture> m_fixture;
};

void tst_ReserveNumberDialog::initTestCase()
{
    QVERIFY(i18n::install(Language::English));
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("reservedialog"));
    SARABAN_VERIFY_OK(m_fixture->status());
}

void tst_ReserveNumberDialog::cleanupTestCase()
{
    m_fixture.reset();
}

std::unique_ptr<ReserveNumberDialog> tst_ReserveNumberDialog::openDialog(DbWorker &worker,
                                                                         const QString &registerKey)
{
    auto dialog = std::make_unique<ReserveNumberDialog>(&worker);
    QSignalSpy ready(dialog.get(), &ReserveNumberDialog::ready);
    dialog->show();
    if (!ready.wait(20000))
        return nullptr;
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("register"));
    const int index = combo->findData(m_fixture->registerId(registerKey));
    if (index < 0)
        return nullptr;
    combo->setCurrentIndex(index);
    return dialog;
}

qint64 tst_ReserveNumberDialog::reservations() const
{
    ScopedConnection admin(m_fixture->superuser());
    auto count = admin.value(QStringLiteral("SELECT count(*) FROM saraban.number_reservations"));
    return count.ok() ? count->toLongLong() : -1;
}

void tst_ReserveNumberDialog::clerkReservesTheNumberTheServerRecords()
{
    DbWorker worker(m_fixture->as(QStringLiteral("clerka")));
    auto dialog = openDialog(worker, QStringLiteral("A-OUT"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("note"))
        ->setText(QStringLiteral("ຕອບໜັງສື ກະຊວງ ການເງິນ"));
    auto *reserve = dialog->findChild<QPushButton *>(QStringLiteral("reserve"));
    QVERIFY(reserve->isEnabled());
    QSignalSpy reserved(dialog.get(), &ReserveNumberDialog::reserved);
    QTest::mouseClick(reserve, Qt::LeftButton);
    QVERIFY(reserved.wait(20000));
    const qint64 id = reserved.at(0).at(0).toLongLong();
    const QString number = reserved.at(0).at(1).toString();
    QVERIFY(!number.isEmpty());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("reservedNumber"))->text(), number);

    ScopedConnection admin(m_fixture->superuser());
    auto row = admin.value(QStringLiteral("SELECT number_text || '|' || note || '|' || state || "
                                          "'|' || register_id FROM saraban.number_reservations "
                                          "WHERE id = %1")
                               .arg(id));
    SARABAN_VERIFY_OK(row);
    QCOMPARE(row->toString(), QStringLiteral("%1|ຕອບໜັງສື ກະຊວງ ການເງິນ|reserved|%2")
                                  .arg(number)
                                  .arg(m_fixture->registerId(QStringLiteral("A-OUT"))));
    // The note is cleared, so a second number is never taken by a stray second click... but it
    // may be taken on purpose, and it is the next one.
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("note"))->text().isEmpty());
    QTest::mouseClick(reserve, Qt::LeftButton);
    QVERIFY(reserved.wait(20000));
    QVERIFY(reserved.at(1).at(1).toString() != number);
}

void tst_ReserveNumberDialog::noteIsCheckedAsTyped()
{
    DbWorker worker(m_fixture->as(QStringLiteral("clerka")));
    auto dialog = openDialog(worker, QStringLiteral("A-OUT"));
    QVERIFY(dialog);
    auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("note"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("noteError"));
    auto *reserve = dialog->findChild<QPushButton *>(QStringLiteral("reserve"));

    note->setText(QString(ReserveNumberDialog::maxNoteLength + 1, QChar(0x0E81)));
    QVERIFY(error->isVisibleTo(dialog.get()));
    QVERIFY(error->text().contains(QString::number(ReserveNumberDialog::maxNoteLength)));
    QVERIFY(!reserve->isEnabled());

    note->setText(QStringLiteral("ກ") + QChar(0x0007));
    QVERIFY(error->text().contains(QStringLiteral("control")));
    QVERIFY(!reserve->isEnabled());

    note->setText(QString(ReserveNumberDialog::maxNoteLength, QChar(0x0E81)));
    QVERIFY(!error->isVisibleTo(dialog.get()));
    QVERIFY(reserve->isEnabled());
}

void tst_ReserveNumberDialog::officerIsRefusedUnderTheRegister()
{
    const qint64 before = reservations();
    DbWorker worker(m_fixture->as(QStringLiteral("officera")));
    auto dialog = openDialog(worker, QStringLiteral("A-IN"));
    QVERIFY(dialog);
    QSignalSpy failed(dialog.get(), &ReserveNumberDialog::reserveFailed);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reserve")), Qt::LeftButton);
    QVERIFY(failed.wait(20000));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("registerError"));
    QVERIFY(error->isVisibleTo(dialog.get()));
    QCOMPARE(error->text(), failed.at(0).at(0).toString());
    QVERIFY(dialog->reservedNumber().isEmpty());
    QCOMPARE(reservations(), before);
}

QTEST_MAIN(tst_ReserveNumberDialog)
#include "tst_reservenumberdialog.moc"
