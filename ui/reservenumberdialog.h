#pragma once

// Reserve a number ahead: a clerk takes the next number of one of their registers now, for a
// letter that will be registered later (a reply being typed, a paper letter on its way). The
// server takes it from the counter at once, so nobody else gets it; the dialog shows the
// number and keeps it on screen to be copied. The register and the note are checked as typed;
// a refusal is shown under the field it names. When the connection drops, what was typed stays
// and the reservation can be sent again.
//
// Every server question goes through the DbWorker, never on the GUI thread.
#include "core/db/dbworker.h"
#include "core/domain/registerinfo.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace saraban::ui {

class ReserveNumberDialog : public QDialog
{
    Q_OBJECT

public:
    // The longest note the server takes (number.note in 0005_registers.sql).
    static constexpr int maxNoteLength = 500;

    explicit ReserveNumberDialog(DbWorker *worker, QWidget *parent = nullptr);

    // What is wrong now with the register choice and the note (empty when nothing is).
    QString registerProblem() const;
    QString noteProblem() const;
    bool canReserve() const;
    // The number reserved by this dialog, empty until then.
    QString reservedNumber() const { return m_reserved; }

signals:
    // The registers arrived; the form is usable.
    void ready();
    void reserved(qint64 reservationId, const QString &number);
    void reserveFailed(const QString &message);

private:
    void loadRegisters();
    void validate();
    void reserve();
    void showFailure(const Error &error);

    DbWorker *m_worker;
    QList<RegisterInfo> m_registers;
    QComboBox *m_register = nullptr;
    QLabel *m_registerError = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_noteError = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_number = nullptr;
    QPushButton *m_reserveButton = nullptr;
    QString m_reserved;
    DbWorker::RequestId m_pending = 0;
};

} // namespace saraban::ui
