#pragma once

// The main window: the navigation frame on the left (inbox folders, registers, search), the
// work area on the right, and the connection in the status bar. Later work fills the sections;
// the frame, the menus and the language switch live here.
#include "core/util/result.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QAction;
class QMenu;
class QSystemTrayIcon;
class QToolBar;

namespace saraban {
class ConnectionController;
struct InboxItem;
} // namespace saraban

namespace saraban::ui {

class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The sections of the navigation frame, in the order they appear.
    enum class Section {
        ToAct,
        ToApprove,
        ForInformation,
        Sent,
        Following,
        Overdue,
        MyDrafts,
        ToIssue,
        Registers,
        Search
    };
    Q_ENUM(Section)

    explicit MainWindow(ConnectionController *connection, QWidget *parent = nullptr);

    Section currentSection() const;
    void showSection(Section section);

signals:
    // The inbox section open at start has its first rows (or its empty state) and the folder
    // counts, and has painted them: what a person waits for after launching. Once per window;
    // `saraban --screenshot` and the launch benchmark wait for it.
    void inboxShown();
    // A new urgent item was announced: emitted right where the tray message is asked for
    // (inTray) and the status bar line is written, so tests observe the real path offscreen.
    void urgentNoticeShown(const QString &title, const QString &text, bool inTray);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildNavigation();
    void retranslate();
    void updateConnectionStatus();
    void watchWorker();
    void registerIncomingLetter();
    void reserveNumber();
    // Opens "My drafts" and the new outgoing draft dialog there.
    void newDraft();
    void showConnectionError(const Error &error);
    // The inbox sections' work area (ui/workspace.h), once there is a worker to read through.
    void buildWorkspace();
    // Lets go of the work area before its worker is destroyed; buildWorkspace() makes a new one
    // on the next connection.
    void dropWorkspace();
    void updateCounts();
    void updateToolBar();
    void notifyUrgent(const InboxItem &item);
    void watchFirstInbox();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showAbout();
    void showSettings();
    void openPdf();

    ConnectionController *m_connection;
    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_openPdfAction = nullptr;
    QAction *m_registerLetterAction = nullptr;
    QAction *m_reserveNumberAction = nullptr;
    QAction *m_newDraftAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    Workspace *m_workspace = nullptr;
    QToolBar *m_toolBar = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    // The first inbox page's progress towards inboxShown().
    QWidget *m_firstInboxViewport = nullptr;
    QMetaObject::Connection m_firstRowsWatch;
    QMetaObject::Connection m_firstCountsWatch;
    bool m_firstRowsLoaded = false;
    bool m_firstCountsKnown = false;
    bool m_inboxShown = false;
};

} // namespace saraban::ui
