#include "ui/mainwindow.h"

#include "core/db/connectioncontroller.h"
#include "core/i18n/translations.h"
#include "core/models/inboxmodel.h"
#include "ui/aboutdialog.h"
#include "ui/appearance.h"
#include "ui/foldercounter.h"
#include "ui/inboxpage.h"
#include "ui/pdfviewerwindow.h"
#include "ui/registerletterdialog.h"
#include "ui/reservenumberdialog.h"
#include "ui/settings.h"
#include "ui/settingsdialog.h"
#include "ui/workspace.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace saraban::ui {

namespace {

constexpr int sectionRole = Qt::UserRole + 1;

struct SectionText
{
    QString title;
    QString empty;
};

SectionText sectionText(MainWindow::Section section)
{
    using S = MainWindow::Section;
    switch (section) {
    case S::ToAct:
        return {MainWindow::tr("To act on"),
                MainWindow::tr("No letters are waiting for you to act on.")};
    case S::ToApprove:
        return {MainWindow::tr("To approve"),
                MainWindow::tr("No drafts are waiting for your approval.")};
    case S::ForInformation:
        return {MainWindow::tr("For information"),
                MainWindow::tr("No letters were sent to you for information.")};
    case S::Sent:
        return {MainWindow::tr("Sent"), MainWindow::tr("You have not sent any letters yet.")};
    case S::Following:
        return {MainWindow::tr("Following"), MainWindow::tr("You are not following any letters.")};
    case S::Overdue:
        return {MainWindow::tr("Overdue"), MainWindow::tr("Nothing is overdue.")};
    case S::MyDrafts:
        return {MainWindow::tr("My drafts"),
                MainWindow::tr("You have no drafts. Start one with File › New outgoing draft.")};
    case S::ToIssue:
        return {MainWindow::tr("To issue"),
                MainWindow::tr("No approved letters are waiting for a number from you.")};
    case S::Registers:
        return {MainWindow::tr("Registers"),
                MainWindow::tr("No registers are set up for your units yet.")};
    case S::Search:
        return {MainWindow::tr("Search"),
                MainWindow::tr("Search letters by number, subject or sender.")};
    }
    return {};
}

// The server's name of an inbox section's folder.
QString folderOf(MainWindow::Section section)
{
    using S = MainWindow::Section;
    switch (section) {
    case S::ToAct:
        return QStringLiteral("to_act");
    case S::ToApprove:
        return QStringLiteral("to_approve");
    case S::ForInformation:
        return QStringLiteral("for_information");
    case S::Sent:
        return QStringLiteral("sent");
    case S::Following:
        return QStringLiteral("following");
    case S::Overdue:
        return QStringLiteral("overdue");
    case S::MyDrafts:
        return QStringLiteral("my_drafts");
    case S::ToIssue:
        return QStringLiteral("to_issue");
    default:
        return QString();
    }
}

const QList<MainWindow::Section> inboxSections = {
    MainWindow::Section::ToAct,          MainWindow::Section::ToApprove,
    MainWindow::Section::ForInformation, MainWindow::Section::Sent,
    MainWindow::Section::Following,      MainWindow::Section::Overdue,
    MainWindow::Section::MyDrafts,       MainWindow::Section::ToIssue};

} // namespace

MainWindow::MainWindow(ConnectionController *connection, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/saraban.svg")));
    // Usable on the 1366×768 screens common in provincial offices.
    resize(1280, 720);
    setMinimumSize(800, 500);

    buildActions();
    buildNavigation();

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_connectionLabel, 1);

    connect(m_connection, &ConnectionController::stateChanged, this,
            &MainWindow::updateConnectionStatus);
    connect(m_connection, &ConnectionController::failed, this, &MainWindow::showConnectionError);
    // The worker's connection (what models read through) can drop and come back on its own;
    // the status bar says so while it does.
    connect(m_connection, &ConnectionController::connected, this, &MainWindow::watchWorker);
    watchWorker();

    connect(m_connection, &ConnectionController::connected, this, &MainWindow::buildWorkspace);
    connect(m_connection, &ConnectionController::workerGoing, this, &MainWindow::dropWorkspace);
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &MainWindow::updateToolBar);
    buildWorkspace();

    retranslate();
    showSection(Section::ToAct);
}

void MainWindow::buildActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_registerLetterAction =
        m_fileMenu->addAction(QString(), this, &MainWindow::registerIncomingLetter);
    m_registerLetterAction->setObjectName(QStringLiteral("registerLetterAction"));
    m_registerLetterAction->setShortcut(QKeySequence::New);
    m_reserveNumberAction = m_fileMenu->addAction(QString(), this, &MainWindow::reserveNumber);
    m_reserveNumberAction->setObjectName(QStringLiteral("reserveNumberAction"));
    m_reserveNumberAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newDraftAction = m_fileMenu->addAction(QString(), this, &MainWindow::newDraft);
    m_newDraftAction->setObjectName(QStringLiteral("newDraftAction"));
    m_newDraftAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openPdfAction = m_fileMenu->addAction(QString(), this, &MainWindow::openPdf);
    m_openPdfAction->setObjectName(QStringLiteral("openPdfAction"));
    m_openPdfAction->setShortcut(QKeySequence::Open);
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_reconnectAction =
        m_fileMenu->addAction(QString(), m_connection, &ConnectionController::connectToServer);
    m_reconnectAction->setObjectName(QStringLiteral("reconnectAction"));
    m_reconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("workspaceToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::buildNavigation()
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_navigation = new QTreeWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setUniformRowHeights(true);
    m_navigation->setMinimumWidth(200);

    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));

    // The inbox folders first, then registers and search, as a clerk's day runs.
    auto *inbox = new QTreeWidgetItem(m_navigation);
    inbox->setFlags(Qt::ItemIsEnabled);
    inbox->setData(0, sectionRole, -1);
    for (Section section : inboxSections) {
        auto *item = new QTreeWidgetItem(inbox);
        item->setData(0, sectionRole, static_cast<int>(section));
    }
    for (Section section : {Section::Registers, Section::Search}) {
        auto *item = new QTreeWidgetItem(m_navigation);
        item->setData(0, sectionRole, static_cast<int>(section));
    }
    m_navigation->expandAll();

    for (int i = 0; i <= static_cast<int>(Section::Search); ++i) {
        auto *page = new QWidget(m_pages);
        page->setObjectName(QStringLiteral("page%1").arg(i));
        auto *layout = new QVBoxLayout(page);
        auto *title = new QLabel(page);
        title->setObjectName(QStringLiteral("pageTitle"));
        QFont titleFont = title->font();
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
        titleFont.setBold(true);
        title->setFont(titleFont);
        auto *empty = new QLabel(page);
        empty->setObjectName(QStringLiteral("pageEmpty"));
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        layout->addWidget(title);
        layout->addWidget(empty, 1);
        m_pages->addWidget(page);
    }

    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!current)
            return;
        const int section = current->data(0, sectionRole).toInt();
        if (section >= 0)
            m_pages->setCurrentIndex(section);
    });

    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 1040});
    setCentralWidget(splitter);
}

MainWindow::Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_pages->currentIndex());
}

void MainWindow::showSection(Section section)
{
    QTreeWidgetItemIterator it(m_navigation);
    for (; *it; ++it) {
        if ((*it)->data(0, sectionRole).toInt() == static_cast<int>(section)) {
            m_navigation->setCurrentItem(*it);
            return;
        }
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Saraban"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsAction->setText(tr("&Settings…"));
    m_openPdfAction->setText(tr("&Open PDF…"));
    m_registerLetterAction->setText(tr("Register an &incoming letter…"));
    m_reserveNumberAction->setText(tr("Reser&ve a number…"));
    m_newDraftAction->setText(tr("New outgoing &draft…"));
    m_reconnectAction->setText(tr("&Reconnect"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Saraban"));

    QTreeWidgetItemIterator it(m_navigation);
    for (; *it; ++it) {
        const int section = (*it)->data(0, sectionRole).toInt();
        (*it)->setText(0, section < 0 ? tr("Inbox")
                                      : sectionText(static_cast<Section>(section)).title);
    }
    for (int i = 0; i < m_pages->count(); ++i) {
        const SectionText text = sectionText(static_cast<Section>(i));
        QWidget *page = m_pages->widget(i);
        page->findChild<QLabel *>(QStringLiteral("pageTitle"))->setText(text.title);
        page->findChild<QLabel *>(QStringLiteral("pageEmpty"))->setText(text.empty);
    }
    updateConnectionStatus();
}

void MainWindow::updateConnectionStatus()
{
    const ConnectionProfile profile = m_connection->profile();
    QString where;
    if (profile.isLocal())
        where = tr("private local server (%1)").arg(profile.dataDirectory());
    else
        where = tr("shared server %1:%2, database %3")
                    .arg(profile.host())
                    .arg(profile.port())
                    .arg(profile.database());
    switch (m_connection->state()) {
    case ConnectionController::State::Idle:
        m_connectionLabel->setText(tr("Not connected"));
        break;
    case ConnectionController::State::Connecting:
        m_connectionLabel->setText(profile.isLocal() ? tr("Starting the private local server…")
                                                     : tr("Connecting to %1…").arg(where));
        break;
    case ConnectionController::State::Connected: {
        const QString user = m_connection->session().signInProfile().user();
        const DbWorker *worker = m_connection->worker();
        if (worker && worker->isReconnecting())
            m_connectionLabel->setText(
                tr("Connection to the server lost; reconnecting… You can keep working."));
        else if (profile.isLocal() && !m_connection->session().hasCredentials())
            m_connectionLabel->setText(
                tr("Connected as the owner of this computer's server (sees everything) to the %1")
                    .arg(where));
        else
            m_connectionLabel->setText(tr("Connected as %1 to the %2").arg(user, where));
        break;
    }
    case ConnectionController::State::Failed:
        m_connectionLabel->setText(tr("Not connected: %1").arg(m_connection->lastError().message));
        break;
    }
    m_connectionLabel->setToolTip(profile.connInfo());
    m_reconnectAction->setEnabled(m_connection->state() == ConnectionController::State::Failed);
    m_registerLetterAction->setEnabled(m_connection->worker() != nullptr);
    m_reserveNumberAction->setEnabled(m_connection->worker() != nullptr);
}

void MainWindow::watchWorker()
{
    if (DbWorker *worker = m_connection->worker()) {
        connect(worker, &DbWorker::stateChanged, this, &MainWindow::updateConnectionStatus,
                Qt::UniqueConnection);
    }
    updateConnectionStatus();
}

void MainWindow::showConnectionError(const Error &error)
{
    // Window-modal and without a nested event loop: the window keeps painting, and the status
    // bar already says what happened if the box is dismissed.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot connect"), error.message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("connectionErrorBox"));
    box->setInformativeText(tr("You can try again with File › Reconnect."));
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->open();
}

void MainWindow::registerIncomingLetter()
{
    DbWorker *worker = m_connection->worker();
    if (!worker)
        return;
    RegisterLetterDialog dialog(worker, {}, this);
    connect(&dialog, &RegisterLetterDialog::registered, this,
            [this](qint64, const QString &number) {
                statusBar()->showMessage(tr("Letter registered as %1.").arg(number), 10000);
            });
    dialog.exec();
}

void MainWindow::buildWorkspace()
{
    DbWorker *worker = m_connection->worker();
    if (m_workspace || !worker)
        return;
    m_workspace = new Workspace(worker, this);
    // Each inbox section's page keeps its title; the list and detail pane fill the rest.
    for (Section section : inboxSections) {
        QWidget *holder = m_pages->widget(static_cast<int>(section));
        holder->findChild<QLabel *>(QStringLiteral("pageEmpty"))->hide();
        if (auto *layout = qobject_cast<QBoxLayout *>(holder->layout()))
            layout->addWidget(m_workspace->page(folderOf(section), holder), 1);
    }
    // The numbers go in a second column, so the section names stay as they are.
    m_navigation->setColumnCount(2);
    m_navigation->header()->setStretchLastSection(false);
    m_navigation->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_navigation->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_workspace->counter(), &FolderCounter::countsChanged, this, &MainWindow::updateCounts);
    connect(m_workspace, &Workspace::urgentArrived, this, &MainWindow::notifyUrgent);
    watchFirstInbox();
    connect(m_workspace, &Workspace::liveFailed, this, [this](const Error &error) {
        statusBar()->showMessage(tr("Live updates are off: %1").arg(error.message), 15000);
    });
    updateToolBar();
}

void MainWindow::dropWorkspace()
{
    if (!m_workspace)
        return;
    m_toolBar->clear();
    // The pages live in the sections' holders, not in the workspace: each goes with it here.
    for (Section section : inboxSections) {
        QWidget *holder = m_pages->widget(static_cast<int>(section));
        delete m_workspace->page(folderOf(section), holder);
        holder->findChild<QLabel *>(QStringLiteral("pageEmpty"))->show();
    }
    delete m_workspace;
    m_workspace = nullptr;
    if (m_firstInboxViewport) {
        m_firstInboxViewport = nullptr;
        disconnect(m_firstRowsWatch);
        disconnect(m_firstCountsWatch);
    }
    m_navigation->setColumnCount(1);
}

void MainWindow::watchFirstInbox()
{
    if (m_inboxShown)
        return;
    const QString folder = folderOf(currentSection());
    if (folder.isEmpty())
        return;
    InboxPage *page = m_workspace->page(folder, m_pages->currentWidget());
    m_firstInboxViewport = page->table()->viewport();
    m_firstInboxViewport->installEventFilter(this);
    const auto ready = [this] {
        if (!m_firstRowsLoaded || !m_firstCountsKnown || !m_firstInboxViewport)
            return;
        // Rows and counts may both have arrived between two paints; ask for one more so the
        // signal follows a paint that shows them.
        m_firstInboxViewport->update();
    };
    // Only the first answers count: a failed load is not "shown", and later pages are not the
    // first.
    m_firstRowsWatch = connect(page->model(), &InboxModel::pageLoaded, this, [this, page, ready] {
        if (!page->message().isEmpty())
            return; // refused or failed: the page says why; that is not an inbox shown
        disconnect(m_firstRowsWatch);
        m_firstRowsLoaded = true;
        ready();
    });
    m_firstCountsWatch =
        connect(m_workspace->counter(), &FolderCounter::countsChanged, this, [this, ready] {
            disconnect(m_firstCountsWatch);
            m_firstCountsKnown = true;
            ready();
        });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_firstInboxViewport && event->type() == QEvent::Paint && m_firstRowsLoaded &&
        m_firstCountsKnown && !m_inboxShown) {
        m_inboxShown = true;
        m_firstInboxViewport->removeEventFilter(this);
        m_firstInboxViewport = nullptr;
        // After this paint has reached the window's backing store.
        QMetaObject::invokeMethod(this, &MainWindow::inboxShown, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateCounts()
{
    if (!m_workspace)
        return;
    QTreeWidgetItemIterator it(m_navigation);
    for (; *it; ++it) {
        const int section = (*it)->data(0, sectionRole).toInt();
        const QString folder = section < 0 ? QString() : folderOf(static_cast<Section>(section));
        if (folder.isEmpty())
            continue;
        const InboxCount count = m_workspace->counter()->counts().value(folder);
        (*it)->setText(1, m_workspace->counter()->badge(folder));
        (*it)->setToolTip(1, tr("%1 unread of %2, %3 overdue")
                                 .arg(count.unread)
                                 .arg(count.total)
                                 .arg(count.overdue));
        QFont font = (*it)->font(0);
        font.setBold(count.unread > 0);
        (*it)->setFont(0, font);
        (*it)->setFont(1, font);
    }
}

void MainWindow::updateToolBar()
{
    m_toolBar->clear();
    const QString folder = folderOf(currentSection());
    if (!m_workspace || folder.isEmpty())
        return;
    InboxPage *page = m_workspace->page(folder, m_pages->currentWidget());
    const QList<QAction *> actions = page->itemActions();
    for (QAction *action : actions) {
        if (action)
            m_toolBar->addAction(action);
        else
            m_toolBar->addSeparator();
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(page->actionFor(InboxPage::Action::AppointActing));
    // Starting a letter is open from every inbox section (the page opens My drafts).
    m_toolBar->addAction(m_newDraftAction);
}

void MainWindow::notifyUrgent(const InboxItem &item)
{
    const QString text =
        item.number.isEmpty() ? item.subject : tr("%1: %2").arg(item.number, item.subject);
    const bool inTray = QSystemTrayIcon::isSystemTrayAvailable();
    if (inTray) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("New urgent letter"), text, QSystemTrayIcon::Warning);
    }
    // The status bar says it too: a tray message is gone after a few seconds.
    statusBar()->showMessage(tr("New urgent letter: %1").arg(text), 30000);
    emit urgentNoticeShown(tr("New urgent letter"), text, inTray);
}

void MainWindow::newDraft()
{
    if (!m_workspace)
        return;
    showSection(Section::MyDrafts);
    m_workspace->page(folderOf(Section::MyDrafts), m_pages->currentWidget())
        ->trigger(InboxPage::Action::NewDraft);
}

void MainWindow::reserveNumber()
{
    DbWorker *worker = m_connection->worker();
    if (!worker)
        return;
    ReserveNumberDialog dialog(worker, this);
    connect(&dialog, &ReserveNumberDialog::reserved, this, [this](qint64, const QString &number) {
        statusBar()->showMessage(tr("Number %1 reserved.").arg(number), 10000);
    });
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_connection->profile(), this);
    dialog.exec();
}

void MainWindow::openPdf()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open PDF"), QString(),
                                                      tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *window = new PdfViewerWindow;
    window->open(path);
    window->show();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(Preferences::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences before = Preferences::load();
    const Preferences after = dialog.preferences();
    after.save();
    appearance::apply(after.laoFontFamily, after.fontPointSize);
    if (after.language != i18n::current())
        i18n::install(after.language);
    if (after.useSharedServer != before.useSharedServer ||
        after.sharedConnInfo != before.sharedConnInfo) {
        QMessageBox::information(this, tr("Server changed"),
                                 tr("Saraban uses the new server from its next start."));
    }
}

} // namespace saraban::ui
