#include "ui/inboxpage.h"

#include "core/db/notificationlistener.h"
#include "core/i18n/translations.h"
#include "core/models/approvalmodel.h"
#include "core/models/inboxmodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/actingservice.h"
#include "core/services/approvalservice.h"
#include "core/services/directoryservice.h"
#include "core/services/draftcomposer.h"
#include "core/services/letterdetailservice.h"
#include "core/services/routingservice.h"
#include "ui/actingdialog.h"
#include "ui/decisiondialog.h"
#include "ui/draftdialog.h"
#include "ui/filestamping.h"
#include "ui/letterdetailpane.h"
#include "ui/routedialog.h"
#include "ui/stampdialog.h"
#include "ui/submitdialog.h"

#include <QAction>
#include <QEvent>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <atomic>
#include <cmath>
#include <memory>

namespace saraban::ui {

namespace {

bool isRoutingFolder(const QString &folder)
{
    return !InboxModel::isApprovalFolder(folder);
}

bool actsOnIt(const QString &folder)
{
    return folder == QLatin1String("to_act") || folder == QLatin1String("overdue");
}

// Unread rows bold, urgent rows tinted (stronger for the most urgent), overdue rows red: the
// marks a clerk scans a long list for. The tints are light so text stays readable.
class InboxItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(InboxModel::UnreadRole).toBool())
            option->font.setBold(true);
        const int urgency = index.data(InboxModel::UrgencyRole).toInt();
        if (urgency >= 2)
            option->backgroundBrush = QColor(0xff, 0xdd, 0xd6);
        else if (urgency == 1)
            option->backgroundBrush = QColor(0xff, 0xf1, 0xc6);
        if (index.data(InboxModel::OverdueRole).toBool())
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
    }
};

} // namespace

InboxPage::InboxPage(const QString &folder, DbWorker *worker, InboxModel *inbox,
                     TimelineModel *timeline, QWidget *parent)
    : QWidget(parent)
    , m_folder(folder)
    , m_worker(worker)
    , m_model(inbox)
    , m_timeline(timeline)
    , m_approvals(new ApprovalModel(worker, this))
{
    setObjectName(QStringLiteral("inboxPage_") + folder);
    for (QObject *model : {static_cast<QObject *>(inbox), static_cast<QObject *>(timeline)}) {
        if (!model->parent())
            model->setParent(this);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("inboxSplitter"));
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new InboxItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The server's order is the order (newest first, keyset pages): no client-side sorting.
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeightFor(font()));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::SubjectColumn,
                                                      QHeaderView::Stretch);
    // Dates and numbers are never cut: their columns are as wide as the longest such text in
    // this font; the subject takes what is left.
    const QFontMetrics metrics(font());
    const auto widthOf = [&metrics](const QString &text) {
        return metrics.horizontalAdvance(text) + 2 * metrics.averageCharWidth() + 8;
    };
    const QLocale locale;
    m_table->setColumnWidth(InboxModel::NumberColumn, widthOf(QStringLiteral("0000/ປທສ.ກກ")));
    m_table->setColumnWidth(InboxModel::CounterpartColumn, 140);
    m_table->setColumnHidden(InboxModel::InstructionColumn, true);
    // When it reached its state is in the pane ("held now by ... since"); the subject needs the
    // room more at 1366 pixels.
    m_table->setColumnHidden(InboxModel::SinceColumn, true);
    m_table->setColumnWidth(InboxModel::StateColumn,
                            widthOf(InboxModel::stateText(QStringLiteral("sent"))));
    m_table->setColumnWidth(InboxModel::SinceColumn,
                            widthOf(locale.toString(QDateTime(QDate(2026, 12, 28), QTime(22, 58)),
                                                    QLocale::ShortFormat)));
    m_table->setColumnWidth(InboxModel::DueColumn,
                            widthOf(locale.toString(QDate(2026, 12, 28), QLocale::ShortFormat)));
    m_detail = new LetterDetailPane(worker, timeline, m_approvals, splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    // The list is what people scan; the pane gets the rest (the preview scrolls).
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({900, 420});
    layout->addWidget(splitter, 1);

    m_stamping = new FileStamping(worker, this);
    connect(m_stamping, &FileStamping::stateLoaded, this, &InboxPage::updateActions);
    buildActions();
    retranslate();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InboxPage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A refresh that changed the rows: keep the same item selected when it is still there.
        const std::optional<InboxItem> shown = m_detail->item();
        if (!shown || !selectItem(shown->itemKind, shown->itemId)) {
            if (shown)
                m_detail->clear();
        }
        noticeNewItems();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPage::noticeNewItems);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        if (m_detail->item())
            m_detail->reload();
    });
    connect(m_model, &InboxModel::loadFailed, this, &InboxPage::showMessage);
    connect(m_worker, &DbWorker::connected, this, &InboxPage::loadCapacities);

    // What the first page holds is not news: it primes noticeNewItems(), even when empty.
    connect(m_model, &InboxModel::pageLoaded, this, [this] {
        if (!m_primed)
            noticeNewItems();
    });
    // The draft the draft dialog created is selected as soon as the list holds it.
    const auto selectCreated = [this] {
        if (m_selectDraft && selectItem(QStringLiteral("approval"), m_selectDraft))
            m_selectDraft = 0;
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, selectCreated);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, selectCreated);
    m_model->setFolder(folder);
    loadCapacities();
    updateActions();
}

InboxPage::~InboxPage()
{
    if (m_worker)
        m_worker->cancel(m_directoryRequest);
}

int InboxPage::rowHeightFor(const QFont &font)
{
    // Tone marks sit above vowels above the consonant, and some vowels below it: the ink of
    // such a stack can leave the font's ascent and descent, so the row takes whichever is
    // taller, plus a little air.
    static const QString stacks = QStringLiteral("ກູ້ ຫຼື ເດັ່ນ ປີ້ ຊື່ ນ້ຳ ຍູ້ ສົ່ງ Ág");
    int height = 0;
    for (bool bold : {false, true}) {
        QFont f = font;
        f.setBold(bold);
        const QFontMetricsF metrics(f);
        const QRectF ink = metrics.tightBoundingRect(stacks);
        const qreal above = std::max(metrics.ascent(), -ink.top());
        const qreal below = std::max(metrics.descent(), ink.bottom());
        height = std::max(height, static_cast<int>(std::ceil(above + below)));
    }
    return height + 8;
}

void InboxPage::buildActions()
{
    const auto add = [this](Action action, const QString &name, const QKeySequence &shortcut) {
        auto *qaction = new QAction(this);
        qaction->setObjectName(name);
        if (!shortcut.isEmpty())
            qaction->setShortcut(shortcut);
        // Each folder has its own page and actions: a shortcut works in the page shown.
        qaction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(qaction);
        connect(qaction, &QAction::triggered, this, [this, action] { trigger(action); });
        m_actions.insert(action, qaction);
    };
    add(Action::Acknowledge, QStringLiteral("acknowledgeAction"),
        QKeySequence(Qt::CTRL | Qt::Key_K));
    add(Action::Forward, QStringLiteral("forwardAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    add(Action::Return, QStringLiteral("returnAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    add(Action::Complete, QStringLiteral("completeAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    add(Action::Recall, QStringLiteral("recallAction"), QKeySequence());
    add(Action::Endorse, QStringLiteral("endorseAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    add(Action::StampReceived, QStringLiteral("stampReceivedAction"), QKeySequence());
    add(Action::Comment, QStringLiteral("commentAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    add(Action::Approve, QStringLiteral("approveAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    add(Action::RejectToPrevious, QStringLiteral("rejectPreviousAction"), QKeySequence());
    add(Action::RejectToDrafter, QStringLiteral("rejectDrafterAction"), QKeySequence());
    add(Action::NewDraft, QStringLiteral("startDraftAction"), QKeySequence());
    add(Action::Revise, QStringLiteral("reviseAction"), QKeySequence());
    add(Action::Submit, QStringLiteral("submitAction"), QKeySequence());
    add(Action::Issue, QStringLiteral("issueAction"), QKeySequence());
    add(Action::StampNumber, QStringLiteral("stampNumberAction"), QKeySequence());
    add(Action::AppointActing, QStringLiteral("appointActingAction"), QKeySequence());
    add(Action::Refresh, QStringLiteral("refreshAction"), QKeySequence(Qt::Key_F5));
}

void InboxPage::retranslate()
{
    const auto set = [this](Action action, const QString &text, const QString &tip) {
        QAction *qaction = m_actions.value(action);
        qaction->setText(text);
        qaction->setToolTip(
            qaction->shortcut().isEmpty()
                ? tip
                : tr("%1 (%2)").arg(tip, qaction->shortcut().toString(QKeySequence::NativeText)));
    };
    set(Action::Acknowledge, tr("&Acknowledge"), tr("Record that you have received it"));
    set(Action::Forward, tr("&Forward…"), tr("Pass it on to people or units"));
    set(Action::Return, tr("Re&turn…"), tr("Give it back to the sender, with the reason"));
    set(Action::Complete, tr("&Complete…"), tr("Close your part, with the outcome"));
    set(Action::Recall, tr("Reca&ll…"), tr("Take back what you sent before it is opened"));
    set(Action::Endorse, tr("&Endorse…"), tr("Write the head's instruction on the letter"));
    set(Action::StampReceived, tr("S&tamp as received…"),
        tr("Draw the received stamp onto the letter's file"));
    set(Action::Comment, tr("Co&mment…"), tr("Add a comment to the letter's history"));
    set(Action::Approve, tr("A&pprove…"), tr("Approve this step of the draft"));
    set(Action::RejectToPrevious, tr("Send &back…"), tr("Reject the draft to the previous step"));
    set(Action::RejectToDrafter, tr("Return to &drafter…"),
        tr("Reject the draft back to its drafter"));
    set(Action::NewDraft, tr("&New draft…"), tr("Start an outgoing letter or memo"));
    set(Action::Revise, tr("Re&vise…"), tr("Make a new version of the draft"));
    set(Action::Submit, tr("&Submit…"), tr("Send the draft into its approval chain"));
    set(Action::Issue, tr("&Issue…"),
        tr("Number the approved letter in an outgoing register and record how it is sent"));
    set(Action::StampNumber, tr("Write the &number on the PDF"),
        tr("Try again to write the letter's number and date onto its PDF"));
    set(Action::AppointActing, tr("Appoint an acting &head…"),
        tr("Name who decides in your place while you are away"));
    set(Action::Refresh, tr("&Refresh"), tr("Read the folder again"));
}

void InboxPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Settings › Font size applies at once: rows are measured for the new font, or Lao marks
    // above and below the line would be cut.
    if (event->type() == QEvent::FontChange)
        m_table->verticalHeader()->setDefaultSectionSize(rowHeightFor(m_table->font()));
    QWidget::changeEvent(event);
}

QAction *InboxPage::actionFor(Action action) const
{
    return m_actions.value(action);
}

QList<QAction *> InboxPage::itemActions() const
{
    if (isRoutingFolder(m_folder)) {
        return {actionFor(Action::Acknowledge), actionFor(Action::Forward),
                actionFor(Action::Return),      actionFor(Action::Complete),
                actionFor(Action::Recall),      nullptr,
                actionFor(Action::Endorse),     actionFor(Action::StampReceived),
                actionFor(Action::Comment),     nullptr,
                actionFor(Action::Refresh)};
    }
    if (m_folder == QLatin1String("my_drafts"))
        return {actionFor(Action::Revise), actionFor(Action::Submit), nullptr,
                actionFor(Action::Refresh)};
    if (m_folder == QLatin1String("to_issue"))
        return {actionFor(Action::Issue), actionFor(Action::StampNumber), nullptr,
                actionFor(Action::Refresh)};
    return {actionFor(Action::Approve),         actionFor(Action::RejectToPrevious),
            actionFor(Action::RejectToDrafter), nullptr,
            actionFor(Action::Comment),         nullptr,
            actionFor(Action::Refresh)};
}

void InboxPage::setPdfOptions(const pdf::PdfOptions &options)
{
    m_pdfOptions = options;
    m_detail->setPdfOptions(options);
    m_stamping->setPdfOptions(options);
}

void InboxPage::setDocumentToolsOptions(const pdf::DocumentToolsOptions &options)
{
    m_documentOptions = options;
    m_stamping->setDocumentTools(options);
}

void InboxPage::watch(NotificationListener *listener)
{
    m_model->watch(listener);
    m_timeline->watch(listener);
    if (!listener)
        return;
    connect(listener, &NotificationListener::draftChanged, this, [this](qint64 draftId) {
        if (m_approvals->draftId() == draftId)
            m_approvals->reload();
    });
    connect(listener, &NotificationListener::letterChanged, this, [this](qint64 letterId) {
        const std::optional<InboxItem> shown = m_detail->item();
        if (shown && shown->letterId && *shown->letterId == letterId)
            m_detail->reload();
    });
    // An appointment made or ended changes what this person decides.
    connect(listener, &NotificationListener::inboxChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String("acting"))
            loadCapacities();
    });
}

std::optional<InboxItem> InboxPage::currentItem() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->item(current.row());
}

bool InboxPage::selectItem(const QString &kind, qint64 itemId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InboxItem &item = m_model->item(row);
        if (item.itemKind == kind && item.itemId == itemId) {
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(row, InboxModel::SubjectColumn),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

QString InboxPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void InboxPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void InboxPage::currentChanged()
{
    const std::optional<InboxItem> item = currentItem();
    if (!item) {
        m_detail->clear();
    } else if (!m_detail->item() || m_detail->item()->itemKind != item->itemKind ||
               m_detail->item()->itemId != item->itemId) {
        showMessage(QString());
        m_detail->showItem(*item);
        if (item->letterId)
            m_stamping->load(*item->letterId);
        else
            m_stamping->forget();
        // Opening a step to decide on it is what "read" means for approvals; routings are
        // read when acknowledged, which is an action of its own.
        if (item->itemKind == QLatin1String("approval") && item->unread &&
            m_folder == QLatin1String("to_approve")) {
            const qint64 stepId = item->itemId;
            m_worker->post(
                this,
                [stepId](const auto &database) {
                    return ApprovalService(database).markOpened(stepId);
                },
                [this](Status status) {
                    if (status)
                        emit changed();
                });
        }
    }
    updateActions();
}

void InboxPage::updateActions()
{
    const std::optional<InboxItem> item = currentItem();
    const bool idle = !m_busy && !m_dialog && !m_signing;
    const bool routing = item && item->itemKind == QLatin1String("routing");
    const bool approval = item && item->itemKind == QLatin1String("approval");
    const QString state = item ? item->state : QString();
    const bool received =
        routing && (actsOnIt(m_folder) || m_folder == QLatin1String("for_information"));
    const auto enable = [this, idle](Action action, bool allowed) {
        QAction *qaction = m_actions.value(action);
        qaction->setEnabled(idle && allowed);
        // Only what can apply to this folder is shown at all (a hidden QAction is disabled
        // too: the window's own toolbar shows appointing and starting a draft).
        qaction->setVisible(itemActions().contains(qaction) || action == Action::AppointActing ||
                            action == Action::NewDraft);
    };
    enable(Action::Acknowledge, received && state == QLatin1String("sent"));
    enable(Action::Forward, routing && actsOnIt(m_folder) && state == QLatin1String("opened"));
    enable(Action::Return, routing && actsOnIt(m_folder) && state == QLatin1String("opened"));
    enable(Action::Complete, routing && actsOnIt(m_folder) && state == QLatin1String("opened"));
    enable(Action::Recall,
           routing &&
               (m_folder == QLatin1String("sent") || m_folder == QLatin1String("following")) &&
               state == QLatin1String("sent"));
    enable(Action::Endorse, received && !m_headUnits.isEmpty());
    enable(Action::StampReceived,
           routing && item->letterId && m_stamping->canStamp(*item->letterId));
    enable(Action::Comment, item && item->letterId.has_value());
    const bool deciding = approval && m_folder == QLatin1String("to_approve") &&
                          state == QLatin1String("in_approval");
    enable(Action::Approve, deciding);
    enable(Action::RejectToPrevious, deciding);
    enable(Action::RejectToDrafter, deciding);
    const bool drafting = approval && m_folder == QLatin1String("my_drafts") &&
                          (state == QLatin1String("editing") || state == QLatin1String("returned"));
    enable(Action::NewDraft, true);
    enable(Action::Revise, drafting);
    enable(Action::Submit, drafting);
    const bool issuing = approval && m_folder == QLatin1String("to_issue");
    enable(Action::Issue,
           issuing && (state == QLatin1String("approved") || state == QLatin1String("signed")));
    enable(Action::StampNumber, issuing && state == QLatin1String("issued") && item->letterId);
    enable(Action::AppointActing, !m_ownHeadUnits.isEmpty());
    enable(Action::Refresh, true);
    m_actions.value(Action::Refresh)->setEnabled(true);
}

void InboxPage::loadCapacities()
{
    m_worker->post(
        this, [](const auto &database) { return ActingService(database).headCapacities(); },
        [this](Result<QList<HeadCapacity>> capacities) {
            if (!capacities)
                return; // the server decides anyway; the actions stay as they were
            m_headUnits.clear();
            m_ownHeadUnits.clear();
            for (const HeadCapacity &capacity : *capacities) {
                m_headUnits << capacity.unitId;
                if (!capacity.acting)
                    m_ownHeadUnits << capacity.unitId;
            }
            m_capacitiesKnown = true;
            updateActions();
        });
}

void InboxPage::withDirectory(std::function<void(const Directory &)> then)
{
    if (m_directory) {
        then(*m_directory);
        return;
    }
    m_waitingForDirectory << std::move(then);
    if (m_directoryRequest)
        return;
    const bool lao = i18n::current() == Language::Lao;
    m_directoryRequest = m_worker->post(
        this, [lao](const auto &database) { return DirectoryService(database).read(lao); },
        [this](Result<Directory> directory) {
            m_directoryRequest = 0;
            const auto waiting = std::exchange(m_waitingForDirectory, {});
            if (!directory) {
                showMessage(directory.error().message);
                return;
            }
            m_directory = *directory;
            for (const auto &waiter : waiting)
                waiter(*m_directory);
        });
}

void InboxPage::refresh()
{
    m_model->refresh();
    if (m_detail->item())
        m_detail->reload();
    m_approvals->reload();
    emit changed();
}

void InboxPage::noticeNewItems()
{
    QSet<QPair<QString, qint64>> now;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InboxItem &item = m_model->item(row);
        const auto key = qMakePair(item.itemKind, item.itemId);
        now.insert(key);
        if (m_primed && !m_known.contains(key) && item.unread && item.urgency >= 1)
            emit urgentArrived(item);
    }
    // What was there at the first load is not news.
    m_known.unite(now);
    m_primed = true;
}

void InboxPage::openDialog(SendDialog *dialog)
{
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        // Deleted on close; actions become available again.
        QMetaObject::invokeMethod(this, &InboxPage::updateActions, Qt::QueuedConnection);
    });
    dialog->open();
    updateActions();
}

void InboxPage::acted(Action action, const Status &status)
{
    m_busy = false;
    m_lastError = status ? std::nullopt : std::optional<Error>(status.error());
    if (status) {
        showMessage(QString());
        m_model->refresh();
        if (m_detail->item())
            m_detail->reload();
        m_approvals->reload();
        emit changed();
    } else if (!m_dialog) {
        const Error &error = status.error();
        showMessage(DbWorker::isConnectionError(error) ||
                            error.code == QLatin1String(DbWorker::notConnectedCode)
                        ? tr("The connection to the server is lost; nothing was done. Try "
                             "again once it is back.")
                        : error.message);
    }
    updateActions();
    emit actionFinished(action, status.ok());
}

template <typename Job> void InboxPage::run(Action action, Job job)
{
    m_busy = true;
    updateActions();
    m_worker->post(
        this, [job = std::move(job)](const auto &database) { return job(database); },
        [this, action](auto answer) { acted(action, answer.ok() ? Status() : answer.error()); });
}

template <typename MakeJob>
void InboxPage::runFromDialog(Action action, SendDialog *dialog, MakeJob makeJob)
{
    QPointer<SendDialog> guard(dialog);
    connect(dialog, &SendDialog::sendRequested, this, [this, action, guard, makeJob] {
        // What the dialog holds now, read on this thread; the job only carries values.
        auto job = makeJob();
        m_worker->post(
            this, [job = std::move(job)](const auto &database) { return job(database); },
            [this, action, guard](auto answer) {
                const Status status = answer.ok() ? Status() : Status(answer.error());
                // On a refusal the dialog stays open with what was typed and says why; it
                // closes on success.
                if (guard)
                    guard->showOutcome(status);
                acted(action, status);
            });
    });
    openDialog(dialog);
}

void InboxPage::routeLetter(qint64 letterId, const QString &subject, int urgency)
{
    withDirectory([this, letterId, subject, urgency](const Directory &directory) {
        auto *dialog = new RouteDialog(RouteDialog::Mode::Route, directory, subject, urgency, this);
        runFromDialog(Action::Forward, dialog, [dialog, letterId] {
            return [recipients = dialog->recipients(), letterId](const auto &database) {
                return RoutingService(database).route(letterId, recipients);
            };
        });
    });
}

void InboxPage::trigger(Action action)
{
    if (action == Action::Refresh) {
        refresh();
        return;
    }
    if (action == Action::AppointActing) {
        const QList<int> units = m_ownHeadUnits;
        const QString me = m_worker->profile().user();
        withDirectory([this, units, me](const Directory &directory) {
            auto *dialog = new ActingDialog(directory, units, me, this);
            runFromDialog(Action::AppointActing, dialog, [dialog] {
                return [unit = dialog->unitId(), login = dialog->actingLogin(),
                        first = dialog->startsOn(), last = dialog->endsOn(),
                        note = dialog->note()](const auto &database) {
                    return ActingService(database).appoint(unit, login, first, last, note);
                };
            });
        });
        return;
    }
    if (action == Action::NewDraft) {
        if (m_actions.value(action)->isEnabled())
            openDraftDialog(0);
        return;
    }
    const std::optional<InboxItem> item = currentItem();
    if (!item || !m_actions.value(action)->isEnabled())
        return;
    const qint64 id = item->itemId;
    const qint64 letterId = item->letterId.value_or(0);
    const int endorseUnit = m_headUnits.isEmpty() ? 0 : m_headUnits.constFirst();
    using Kind = DecisionDialog::Kind;
    // A decision dialog whose text goes to send(database, text).
    const auto withText = [this, action, subject = item->subject](Kind kind, auto send) {
        auto *dialog = new DecisionDialog(kind, subject, this);
        runFromDialog(action, dialog, [dialog, send] {
            return [send, text = dialog->text()](const auto &database) {
                return send(database, text);
            };
        });
    };
    switch (action) {
    case Action::Acknowledge:
        run(action,
            [id](const auto &database) { return RoutingService(database).acknowledge(id); });
        break;
    case Action::Forward:
        withDirectory([this, id, subject = item->subject,
                       urgency = item->urgency](const Directory &directory) {
            auto *dialog =
                new RouteDialog(RouteDialog::Mode::Forward, directory, subject, urgency, this);
            runFromDialog(Action::Forward, dialog, [dialog, id] {
                return [recipients = dialog->recipients(), id](const auto &database) {
                    return RoutingService(database).forward(id, recipients);
                };
            });
        });
        break;
    case Action::Return:
        withText(Kind::Return, [id](const auto &database, const QString &text) {
            return RoutingService(database).returnToSender(id, text);
        });
        break;
    case Action::Complete:
        withText(Kind::Complete, [id](const auto &database, const QString &text) {
            return RoutingService(database).complete(id, text);
        });
        break;
    case Action::Recall:
        withText(Kind::Recall, [id](const auto &database, const QString &text) {
            return RoutingService(database).recall(id, text);
        });
        break;
    case Action::Endorse:
    case Action::StampReceived: {
        // A head of several units chooses; the unit that holds the letter comes first.
        int defaultUnit = endorseUnit;
        for (const LetterHolder &holder : m_detail->holders()) {
            if (holder.unitId && m_headUnits.contains(*holder.unitId)) {
                defaultUnit = *holder.unitId;
                break;
            }
        }
        withDirectory([this, action, letterId, defaultUnit, subject = item->subject,
                       details = m_detail->details()](const Directory &directory) {
            const QString me = m_worker->profile().user();
            StampDialog *dialog =
                action == Action::Endorse
                    ? m_stamping->endorseDialog(letterId, subject, directory, me, m_headUnits,
                                                m_ownHeadUnits, defaultUnit, this)
                    : m_stamping->receivedDialog(letterId, subject, details, directory, me, this);
            // One outcome per send: the dialog closes itself on success.
            connect(m_stamping, &FileStamping::finished, dialog,
                    [this, action](const Status &status) {
                        acted(action, status);
                        // The pane shows the file as it is now, the new version listed.
                        if (status)
                            m_detail->reloadPreview();
                    });
            openDialog(dialog);
        });
        break;
    }
    case Action::Comment:
        withText(Kind::Comment, [letterId](const auto &database, const QString &text) {
            return RoutingService(database).comment(letterId, text);
        });
        break;
    case Action::Approve:
        // The sign step (the server's word for its kind) signs as it approves.
        if (item->instruction == QStringLiteral("ລົງລາຍເຊັນ")) {
            openSigning(*item);
            break;
        }
        withText(Kind::Approve, [id](const auto &database, const QString &text) {
            return ApprovalService(database).decide(id, ApprovalDecision::Approve, text);
        });
        break;
    case Action::Issue:
        openIssue(*item);
        break;
    case Action::StampNumber:
        restampNumber(*item);
        break;
    case Action::RejectToPrevious:
        withText(Kind::RejectToPrevious, [id](const auto &database, const QString &text) {
            return ApprovalService(database).decide(id, ApprovalDecision::RejectToPrevious, text);
        });
        break;
    case Action::RejectToDrafter:
        withText(Kind::RejectToDrafter, [id](const auto &database, const QString &text) {
            return ApprovalService(database).decide(id, ApprovalDecision::RejectToDrafter, text);
        });
        break;
    case Action::Submit: {
        const qint64 draftId = item->draftId.value_or(0);
        const bool lao = i18n::current() == Language::Lao;
        m_busy = true;
        updateActions();
        m_worker->post(
            this,
            [draftId, lao](const auto &database) {
                return LetterDetailService(database).chainChoices(draftId, lao);
            },
            [this, draftId, subject = item->subject](Result<QList<ChainChoice>> choices) {
                // Not busy while the chart is read: a failure to read it is shown above the
                // list and must not leave the actions disabled.
                m_busy = false;
                if (!choices) {
                    acted(Action::Submit, choices.error());
                    return;
                }
                // The chart offers the people of a chain the drafter writes.
                withDirectory(
                    [this, draftId, subject, choices = *choices](const Directory &directory) {
                        auto *dialog = new SubmitDialog(subject, choices, directory,
                                                        m_worker->profile().user(), this);
                        runFromDialog(Action::Submit, dialog, [dialog, draftId] {
                            return [draftId, chain = dialog->templateId(),
                                    steps = dialog->isCustomChain()
                                                ? dialog->steps()
                                                : QList<ChainStep>()](const auto &database) {
                                ApprovalService approvals(database);
                                return steps.isEmpty() ? approvals.submit(draftId, chain)
                                                       : approvals.submit(draftId, steps);
                            };
                        });
                    });
            });
        break;
    }
    case Action::Revise:
        openDraftDialog(item->draftId.value_or(0));
        break;
    case Action::NewDraft:
    case Action::AppointActing:
    case Action::Refresh:
        break;
    }
}

void InboxPage::openDraftDialog(qint64 revising)
{
    const bool lao = i18n::current() == Language::Lao;
    const QString me = m_worker->profile().user();
    const Action action = revising ? Action::Revise : Action::NewDraft;
    using Loaded = std::pair<DraftSetup, std::optional<DraftSource>>;
    m_busy = true;
    updateActions();
    m_worker->post(
        this,
        [me, lao, revising](const auto &database) -> Result<Loaded> {
            const DraftComposerService drafts(database);
            auto setup = drafts.setup(me, lao);
            if (!setup)
                return setup.error();
            std::optional<DraftSource> source;
            if (revising) {
                auto latest = drafts.latest(revising);
                if (!latest)
                    return latest.error();
                source = *latest;
            }
            return Loaded{*setup, source};
        },
        [this, action, revising](Result<Loaded> loaded) {
            m_busy = false;
            if (!loaded) {
                acted(action, loaded.error());
                return;
            }
            auto *dialog = new DraftDialog(loaded->first, loaded->second, m_pdfOptions,
                                           m_documentOptions, this);
            // A letter not previewed since its last change is composed on the worker's thread,
            // just before it is sent: never on the GUI thread.
            const auto composeIfNeeded = [dialog] {
                return [content = dialog->revision(), letterTemplate = dialog->letterTemplate(),
                        letter = dialog->letterContent(), compose = dialog->composes(),
                        options = dialog->documentOptions()]() -> Result<DraftContent> {
                    DraftContent ready = content;
                    if (compose && ready.pdf.isEmpty()) {
                        auto composed = pdf::DocumentTools(options).compose(letterTemplate, letter);
                        if (!composed)
                            return composed.error();
                        ready.pdf = *composed;
                    }
                    return ready;
                };
            };
            if (revising) {
                runFromDialog(action, dialog, [composeIfNeeded, revising] {
                    return [content = composeIfNeeded(), revising](const auto &database) {
                        auto ready = content();
                        if (!ready)
                            return Result<int>(ready.error());
                        return ApprovalService(database).revise(revising, *ready);
                    };
                });
                return;
            }
            auto created = std::make_shared<std::atomic<qint64>>(0);
            connect(dialog, &QDialog::accepted, this, [this, created] {
                m_selectDraft = created->load();
                if (selectItem(QStringLiteral("approval"), m_selectDraft))
                    m_selectDraft = 0;
            });
            runFromDialog(action, dialog, [dialog, composeIfNeeded, created] {
                return [draft = dialog->newDraft(), content = composeIfNeeded(),
                        created](const auto &database) {
                    auto ready = content();
                    if (!ready)
                        return Result<qint64>(ready.error());
                    NewDraft sent = draft;
                    sent.content = *ready;
                    auto id = ApprovalService(database).createDraft(sent);
                    if (id)
                        created->store(*id);
                    return id;
                };
            });
        });
}

} // namespace saraban::ui
