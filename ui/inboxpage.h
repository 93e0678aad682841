#pragma once

// One inbox folder as a work area: the list (newest first, in the server's order; unread rows
// in bold, urgent rows tinted, overdue ones in red) and, beside it, the selected item's detail
// pane. The actions on the selected item are QActions (actionFor()) that are enabled only when
// the item's kind, state and folder allow them now; the server still decides, and when it
// refuses, the page or the open dialog says why in plain words. Every read and every action
// goes through the DbWorker; nothing queries on the GUI thread. Given a NotificationListener,
// the list follows the server's changes live and urgentArrived() tells about new urgent items.
#include "core/db/dbworker.h"
#include "core/domain/directory.h"
#include "core/domain/inboxitem.h"
#include "core/pdf/documenttools.h"
#include "core/pdf/pdfoptions.h"
#include "ui/senddialog.h"

#include <QMap>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace saraban {
class ApprovalModel;
class InboxModel;
class NotificationListener;
class TimelineModel;
} // namespace saraban

namespace saraban::ui {

class FileStamping;
class LetterDetailPane;

class InboxPage : public QWidget
{
    Q_OBJECT

public:
    enum class Action {
        Acknowledge,
        Forward,
        Return,
        Complete,
        Recall,
        Endorse,
        StampReceived,
        Comment,
        Approve,
        RejectToPrevious,
        RejectToDrafter,
        NewDraft,
        Revise,
        Submit,
        Issue,
        StampNumber,
        AppointActing,
        Refresh
    };
    Q_ENUM(Action)

    // folder: to_act, for_information, overdue, sent, following, to_approve or my_drafts. The
    // page sets the inbox model's folder, and takes the models that have no parent.
    InboxPage(const QString &folder, DbWorker *worker, InboxModel *inbox, TimelineModel *timeline,
              QWidget *parent = nullptr);
    ~InboxPage() override;

    QString folder() const { return m_folder; }
    QAction *actionFor(Action action) const;
    // The item actions, in toolbar order (a separator is a null pointer).
    QList<QAction *> itemActions() const;
    void setPdfOptions(const pdf::PdfOptions &options);
    // Where the draft dialog finds saraban-document-worker to compose letters.
    void setDocumentToolsOptions(const pdf::DocumentToolsOptions &options);
    void watch(NotificationListener *listener);

    InboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    LetterDetailPane *detailPane() const { return m_detail; }
    // The received stamp and the endorsement drawn onto the letter's file.
    FileStamping *fileStamping() const { return m_stamping; }
    std::optional<InboxItem> currentItem() const;
    // Selects the row of this item (routing or approval id); false when it is not listed.
    bool selectItem(const QString &kind, qint64 itemId);
    // The dialog the last action opened, while it is open.
    SendDialog *openDialog() const { return m_dialog; }
    // The signing dialog of a sign step, while it is open.
    QDialog *signingDialog() const { return m_signing; }
    // The last refusal or failure shown above the list; empty when none.
    QString message() const;
    // Why the last action failed (its code says which rule); nullopt after a success.
    const std::optional<Error> &lastError() const { return m_lastError; }
    // The head capacities are known (the actions that depend on them are up to date).
    bool isReady() const { return m_capacitiesKnown; }

    // A row height that fits Lao's stacked vowels and tone marks in font (bold included).
    static int rowHeightFor(const QFont &font);

public slots:
    // The first routing of a registered letter (a clerk's or a head's), through the route
    // dialog.
    void routeLetter(qint64 letterId, const QString &subject, int urgency);
    void refresh();
    void trigger(Action action);

signals:
    // Something changed because of an action here (counts beside the folders may differ).
    void changed();
    // A new unread urgent item appeared in this folder.
    void urgentArrived(const saraban::InboxItem &item);
    // An action finished: ok, or refused with the message shown.
    void actionFinished(saraban::ui::InboxPage::Action action, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void retranslate();
    void updateActions();
    void currentChanged();
    void noticeNewItems();
    void showMessage(const QString &text);
    void loadCapacities();
    // Runs then(directory) once the organisation chart has been read (once per page).
    void withDirectory(std::function<void(const Directory &)> then);
    // Posts job for action; on success refreshes and tells.
    template <typename Job> void run(Action action, Job job);
    // Opens dialog; each time it asks to send, makeJob() reads its fields (on this thread)
    // into a job for the worker, and the answer goes back to the dialog.
    template <typename MakeJob>
    void runFromDialog(Action action, SendDialog *dialog, MakeJob makeJob);
    void openDialog(SendDialog *dialog);
    // The draft dialog: a new draft (0) or a new version of this draft.
    void openDraftDialog(qint64 revising);
    void acted(Action action, const Status &status);
    // The sign step's approval (inboxpageissuing.cpp): the version's PDF and the key store's
    // certificates are read off the GUI thread, then the signing dialog signs and sends.
    void openSigning(const InboxItem &item);
    // The clerk's issue dialog; after the number is taken, it is stamped onto the PDF.
    void openIssue(const InboxItem &item);
    // Stamps an issued letter's number again, after a failure.
    void restampNumber(const InboxItem &item);
    void showIssueMessage(const QString &number, const Error &stampError);

    QString m_folder;
    // The connection controller may delete its worker before this page (at quit).
    QPointer<DbWorker> m_worker;
    InboxModel *m_model;
    TimelineModel *m_timeline;
    ApprovalModel *m_approvals;
    QTableView *m_table = nullptr;
    LetterDetailPane *m_detail = nullptr;
    QLabel *m_message = nullptr;
    QMap<Action, QAction *> m_actions;
    QPointer<SendDialog> m_dialog;
    std::optional<Directory> m_directory;
    DbWorker::RequestId m_directoryRequest = 0;
    QList<std::function<void(const Directory &)>> m_waitingForDirectory;
    QList<int> m_headUnits;    // units the person decides for today (head or acting)
    QList<int> m_ownHeadUnits; // units the person heads themselves (may appoint)
    bool m_capacitiesKnown = false;
    bool m_busy = false;
    QSet<QPair<QString, qint64>> m_known;
    bool m_primed = false;
    std::optional<Error> m_lastError;
    QPointer<QDialog> m_signing;
    FileStamping *m_stamping = nullptr;
    pdf::PdfOptions m_pdfOptions;
    pdf::DocumentToolsOptions m_documentOptions;
    // The draft the draft dialog just created: selected once the list shows it.
    qint64 m_selectDraft = 0;
};

} // namespace saraban::ui
