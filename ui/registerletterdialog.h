#pragma once

// Register an incoming letter: drop a PDF (or choose one) and see its first page, see the number
// the letter will get, be warned when the same file was registered before (with the earlier
// letter's number), and fill in subject, dates, sender, type, urgency and confidentiality, each
// checked as it is typed with a message under the field. The server checks everything again;
// a refusal is shown under the field it names. Nothing typed is lost when sending fails, and a
// letter that could not be sent because the connection dropped can be sent again.
//
// Every server question goes through the DbWorker, never on the GUI thread.
#include "core/db/dbworker.h"
#include "core/pdf/pdfoptions.h"
#include "core/services/intakeservice.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace saraban::pdf {
class PdfDocument;
}

namespace saraban::ui {

class LaoDateEdit;

class PdfPageView;

class RegisterLetterDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field {
        File,
        Register,
        Subject,
        LetterDate,
        ReceivedOn,
        TheirNumber,
        Sender,
        Type,
        Urgency,
        Confidentiality
    };
    Q_ENUM(Field)

    explicit RegisterLetterDialog(DbWorker *worker, const pdf::PdfOptions &pdfOptions = {},
                                  QWidget *parent = nullptr);
    ~RegisterLetterDialog() override;

    // As if the file were dropped on the dialog.
    void setFile(const QString &path);
    // What is wrong with a field now (empty when nothing is), in the interface language.
    QString problem(Field field) const;
    bool canRegister() const;
    QString nextNumber() const { return m_nextNumber; }

signals:
    // The server's choices (registers, types, levels) arrived; the form is usable.
    void ready();
    void nextNumberShown(const QString &number);
    // The file was checked against the letters already registered (duplicate or not).
    void fileChecked(bool duplicate);
    void registered(qint64 letterId, const QString &number);
    // Sending failed; the message names the field when the server did.
    void sendFailed(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildForm();
    void loadChoices();
    void choicesArrived(const IntakeChoices &choices);
    void registerChanged();
    void documentOpened();
    void documentFailed(const Error &error);
    void checkDuplicate();
    void chooseFile();
    void validate();
    void submit();
    void answered(qint64 letterId, const QString &number);
    void refused(const Error &error);
    static std::optional<Field> fieldOfCode(const QString &code);

    DbWorker *m_worker;
    pdf::PdfOptions m_pdfOptions;
    IntakeChoices m_choices;
    bool m_ready = false;
    bool m_sending = false;
    QString m_nextNumber;
    QByteArray m_fileData;
    QString m_fileName;
    DbWorker::RequestId m_numberRequest = 0;
    DbWorker::RequestId m_duplicateRequest = 0;
    // The server's refusal of the last attempt, per field, until that field is edited.
    QHash<Field, QString> m_serverProblems;

    pdf::PdfDocument *m_document = nullptr;
    QStackedWidget *m_preview = nullptr;
    PdfPageView *m_pageView = nullptr;
    QLabel *m_dropHint = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_duplicate = nullptr;
    QPushButton *m_chooseFile = nullptr;
    QComboBox *m_register = nullptr;
    QLabel *m_number = nullptr;
    QLineEdit *m_subject = nullptr;
    LaoDateEdit *m_letterDate = nullptr;
    LaoDateEdit *m_receivedOn = nullptr;
    QLineEdit *m_theirNumber = nullptr;
    QLineEdit *m_sender = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_confidentiality = nullptr;
    QHash<Field, QLabel *> m_problemLabels;
    QLabel *m_status = nullptr;
    QPushButton *m_registerButton = nullptr;
};

} // namespace saraban::ui
