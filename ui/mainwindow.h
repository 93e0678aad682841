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
        Registers,
        Search
    };
    Q_ENUM(Section)

    explicit MainWindow(ConnectionController *connection, QWidget *parent = nullptr);

    Section currentSection() const;
    void showSection(Section section);

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
    void showConnectionError(const Error &error);
    // The inbox sections' work area (ui/workspace.h), once there is a worker to read through.
    void buildWorkspace();
    void updateCounts();
    void updateToolBar();
    void notifyUrgent(const InboxItem &item);
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
    QAction *m_reconnectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    Workspace *m_workspace = nullptr;
    QToolBar *m_toolBar = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace saraban::ui
