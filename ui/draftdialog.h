#pragma once

// Starting an outgoing draft, or revising one that is being edited or was returned: the unit
// (where the person may draft), letter type, urgency and confidentiality, then either the
// composer's fields (to, subject, "concerning", references, body paragraphs, the signatory's
// title and name, the signatory defaulting to the unit's head) composed with the unit's letter
// template, or an existing PDF attached instead. Every field is checked as it is typed with the
// limits the server applies; "Preview" composes the letter in the document worker on a thread
// of its own and shows its first page through the PDF worker, so the GUI thread never waits.
// The caller sends (InboxPage: ApprovalService::createDraft or revise) with the composed PDF
// and the composer's fields as the version's JSON body; a refusal keeps everything typed.
#include "core/domain/newdraft.h"
#include "core/pdf/documenttools.h"
#include "core/pdf/pdfoptions.h"
#include "core/services/draftcomposer.h"
#include "ui/senddialog.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QThread;

namespace saraban::pdf {
class PdfDocument;
}

namespace saraban::ui {

class PdfPageView;

class DraftDialog : public SendDialog
{
    Q_OBJECT

public:
    enum class Field {
        Unit,
        Confidentiality,
        Subject,
        Recipient,
        References,
        Body,
        SignatoryName,
        File,
        Note,
        Text // the composer's fields together (the size of the JSON body)
    };
    Q_ENUM(Field)

    // revising: the draft's latest version (its unit, type, urgency and confidentiality stay;
    // draft_revise changes only the content); nullopt for a new draft.
    DraftDialog(const DraftSetup &setup, const std::optional<DraftSource> &revising,
                const pdf::PdfOptions &pdfOptions, const pdf::DocumentToolsOptions &documentOptions,
                QWidget *parent = nullptr);
    ~DraftDialog() override;

    bool isRevision() const { return m_revising.has_value(); }
    // true: the letter is composed from the fields; false: an attached PDF.
    bool composes() const;
    void setComposes(bool compose);
    // As if the file were chosen.
    void setFile(const QString &path);
    void addReference(const QString &reference);

    // What is wrong with a field now (empty when nothing is), in the interface language;
    // problem() is the first of them, the one the dialog shows.
    using SendDialog::problem;
    QString problem(Field field) const;

    pdf::LetterTemplate letterTemplate() const;
    pdf::LetterContent letterContent() const;
    // The PDF composed for exactly the fields as they are now; empty when they changed since.
    QByteArray composedPdf() const;
    pdf::DocumentToolsOptions documentOptions() const { return m_documentOptions; }
    // What createDraft / revise send; the PDF is empty when the letter still has to be composed
    // (the caller composes it with letterTemplate() and letterContent() off the GUI thread).
    NewDraft newDraft() const;
    DraftContent revision() const;
    bool isComposing() const { return m_thread != nullptr; }
    PdfPageView *previewView() const { return m_pageView; }

public slots:
    // Composes the fields and shows the first page; previewShown() or previewFailed().
    void preview();

signals:
    void previewShown();
    void previewFailed(const QString &message);

protected:
    QString validate() const override;
    void focusField(const Error &error) override;

private:
    void buildForm();
    void fill(const DraftSource &source);
    void unitChanged();
    void fieldChanged();
    void chooseFile();
    void showPdf(const QByteArray &bytes, const QString &name);
    void composed(const Result<QByteArray> &result, const QByteArray &key);
    // Everything the composed PDF depends on, to tell whether a preview is still current.
    QByteArray composeKey() const;
    QString fileName() const;

    DraftSetup m_setup;
    std::optional<DraftSource> m_revising;
    pdf::PdfOptions m_pdfOptions;
    pdf::DocumentToolsOptions m_documentOptions;

    QComboBox *m_unit = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_confidentiality = nullptr;
    QRadioButton *m_composeChoice = nullptr;
    QRadioButton *m_attachChoice = nullptr;
    QStackedWidget *m_source = nullptr;
    QLineEdit *m_subject = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_concerning = nullptr;
    QListWidget *m_references = nullptr;
    QLineEdit *m_newReference = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_signatoryTitle = nullptr;
    QLineEdit *m_signatoryName = nullptr;
    QLabel *m_fileLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_previewButton = nullptr;
    QStackedWidget *m_preview = nullptr;
    QLabel *m_previewHint = nullptr;
    PdfPageView *m_pageView = nullptr;
    pdf::PdfDocument *m_document = nullptr;
    QThread *m_thread = nullptr;

    QString m_attachedPath;
    QByteArray m_attached;   // the attached file, once the PDF worker opened it
    QString m_attachProblem; // why the attached file cannot be used
    QByteArray m_composed;
    QByteArray m_composedKey;
};

} // namespace saraban::ui
