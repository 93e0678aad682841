#pragma once

// The right half of an inbox page: what the selected item is about. For a letter: its register
// fields, who holds it now and since when, its files, its history (TimelineModel) and a
// preview of the first page of its main PDF; for a draft: its approval steps (ApprovalModel),
// its history and the first page of its newest version. Everything is read through the
// DbWorker (no query on the GUI thread) and rendered by the PDF worker process; answers for an
// item no longer shown are dropped.
#include "core/db/dbworker.h"
#include "core/domain/inboxitem.h"
#include "core/domain/letterdetails.h"
#include "core/domain/timelineevent.h"
#include "core/pdf/pdfoptions.h"

#include <QWidget>

class QLabel;
class QListView;
class QListWidget;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QGridLayout;

namespace saraban {
class ApprovalModel;
class TimelineModel;
namespace pdf {
class PdfDocument;
struct RenderedPage;
} // namespace pdf
} // namespace saraban

namespace saraban::ui {

class LetterDetailPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, HistoryTab, ApprovalTab, PreviewTab };

    // The models are the caller's (they may be watching a NotificationListener).
    LetterDetailPane(DbWorker *worker, TimelineModel *timeline, ApprovalModel *approvals,
                     QWidget *parent = nullptr);
    ~LetterDetailPane() override;

    void setPdfOptions(const pdf::PdfOptions &options) { m_pdfOptions = options; }
    void showItem(const InboxItem &item);
    void clear();
    // Reads the details and holders of the item shown again (after a change).
    void reload();

    const std::optional<InboxItem> &item() const { return m_item; }
    const LetterDetails &details() const { return m_details; }
    const QList<LetterHolder> &holders() const { return m_holders; }
    bool hasPreview() const;
    // Shows the file's latest version again (after a stamp or an endorsement was added).
    void reloadPreview();
    // The later versions of the letter's file as listed under its files.
    const QStringList &versionLines() const { return m_versionLines; }

protected:
    void changeEvent(QEvent *event) override;

signals:
    // The fields and holders of the item shown arrived (or failed: see the pane's message).
    void detailsLoaded();
    void previewShown();

private:
    struct Loaded
    {
        LetterDetails details;
        QList<LetterHolder> holders;
    };
    void receive(Result<Loaded> loaded);
    void loadPreview(const QByteArray &sha256);
    void loadDraftPreview(qint64 draftId);
    void showPdf(const QByteArray &content, const QString &name);
    void showPage(int request, const pdf::RenderedPage &page);
    void retranslate();
    void setField(const QString &key, const QString &value);
    void showMessage(const QString &text);

    // The connection controller may delete its worker before this pane (at quit).
    QPointer<DbWorker> m_worker;
    TimelineModel *m_timeline;
    ApprovalModel *m_approvals;
    pdf::PdfOptions m_pdfOptions;
    pdf::PdfDocument *m_document = nullptr;
    int m_pageRequest = -1;
    DbWorker::RequestId m_pending = 0;
    DbWorker::RequestId m_pendingFile = 0;
    std::optional<InboxItem> m_item;
    LetterDetails m_details;
    QList<LetterHolder> m_holders;
    QStringList m_versionLines;

    QLabel *m_subject = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QGridLayout *m_fields = nullptr;
    QHash<QString, QLabel *> m_fieldLabels; // the values
    QHash<QString, QLabel *> m_fieldNames;
    QLabel *m_holdersTitle = nullptr;
    QLabel *m_filesTitle = nullptr;
    QTreeWidget *m_holderList = nullptr;
    QListWidget *m_files = nullptr;
    QListView *m_history = nullptr;
    QTableView *m_steps = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace saraban::ui
