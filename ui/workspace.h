#pragma once

// The daily work area behind the main window's inbox sections: one InboxPage per folder, all
// reading and acting through the signed-in person's DbWorker, following the server's changes
// through one LISTEN connection (LiveUpdates), with the folder counts beside the section names
// (FolderCounter) and a notice when a new urgent item arrives.
#include "core/db/dbworker.h"
#include "core/domain/inboxitem.h"
#include "core/pdf/pdfoptions.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace saraban {
class LiveUpdates;
class NotificationListener;
} // namespace saraban

namespace saraban::ui {

class FolderCounter;
class InboxPage;

class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(DbWorker *worker, QObject *parent = nullptr);
    ~Workspace() override;

    // The page of a folder (to_act, to_approve, for_information, sent, following, overdue),
    // made on first use with parent as its parent.
    InboxPage *page(const QString &folder, QWidget *parent);
    FolderCounter *counter() const { return m_counter; }
    void setPdfOptions(const pdf::PdfOptions &options) { m_pdfOptions = options; }
    // Live updates are on (the LISTEN connection is open).
    bool isLive() const { return m_live; }

signals:
    // A new, unread, urgent item arrived in one of the pages.
    void urgentArrived(const saraban::InboxItem &item);
    // Live updates could not be started (the lists still load and act; they refresh on
    // actions and on Refresh).
    void liveFailed(const saraban::Error &error);

private:
    void listen(NotificationListener *listener);

    DbWorker *m_worker;
    std::unique_ptr<LiveUpdates> m_liveUpdates;
    FolderCounter *m_counter = nullptr;
    QHash<QString, InboxPage *> m_pages;
    pdf::PdfOptions m_pdfOptions;
    NotificationListener *m_listener = nullptr; // lives on the LiveUpdates thread
    bool m_live = false;
};

} // namespace saraban::ui
