#pragma once

// Drawing onto an incoming letter's file from the work area (issue 7): the clerk's received
// stamp and the head's endorsement. The latest version is read through the DbWorker, the mark
// is drawn by saraban-document-worker (DocumentTools::stamp, on a thread of the global pool
// because it waits for that process), and the result goes back through the DbWorker as a new
// version (letter_add_version, which accepts only an incremental update of the latest one, so
// a signature that arrived on the letter stays valid for its revision). The GUI thread never
// waits. For an endorsement the text is recorded first (letter_endorse): if the file then
// fails, the endorsement stands and the dialog offers to retry the file.
#include "core/db/dbworker.h"
#include "core/domain/directory.h"
#include "core/domain/letterdetails.h"
#include "core/pdf/documenttools.h"
#include "core/pdf/pdfoptions.h"
#include "core/services/letterversionservice.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace saraban::ui {

class StampDialog;

class FileStamping : public QObject
{
    Q_OBJECT

public:
    explicit FileStamping(DbWorker *worker, QObject *parent = nullptr);

    void setPdfOptions(const pdf::PdfOptions &options) { m_pdfOptions = options; }
    void setDocumentTools(const pdf::DocumentToolsOptions &options) { m_tools = options; }

    // Reads what the letter's file holds and what this person may add (stateLoaded()).
    void load(qint64 letterId);
    void forget();
    // The state read for letterId, if it is the one loaded last.
    std::optional<LetterFileState> state(qint64 letterId) const;
    // A clerk of the letter's register, the file there, no received stamp on it yet.
    bool canStamp(qint64 letterId) const;

    // The dialogs, filled in and wired to the work; the caller opens them. They read the
    // latest version of the file themselves.
    StampDialog *receivedDialog(qint64 letterId, const QString &subject,
                                const LetterDetails &details, const Directory &directory,
                                const QString &login, QWidget *parent);
    // units: the units this person decides for; own: those they head themselves (the others
    // they act for). defaultUnit is preselected when it is one of them.
    StampDialog *endorseDialog(qint64 letterId, const QString &subject, const Directory &directory,
                               const QString &login, const QList<int> &units, const QList<int> &own,
                               int defaultUnit, QWidget *parent);

signals:
    void stateLoaded(qint64 letterId);
    // One send of a dialog finished; an endorsement recorded whose file failed counts as done
    // (recorded), with the dialog left open to retry the file.
    void finished(const saraban::Status &status);

private:
    void readLatest(qint64 letterId, StampDialog *dialog);
    void send(qint64 letterId, StampDialog *dialog);
    void drawAndSave(qint64 letterId, StampDialog *dialog);
    void done(StampDialog *dialog, const Status &status);

    QPointer<DbWorker> m_worker;
    pdf::PdfOptions m_pdfOptions;
    pdf::DocumentToolsOptions m_tools;
    qint64 m_letterId = 0;
    std::optional<LetterFileState> m_state;
    DbWorker::RequestId m_loading = 0;
};

} // namespace saraban::ui
