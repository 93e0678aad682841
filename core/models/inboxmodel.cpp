#include "core/models/inboxmodel.h"

#include "core/db/notificationlistener.h"

#include <QLocale>

namespace saraban {

namespace {

const QString unitOverdueFolder = QStringLiteral("unit_overdue");

bool sameItems(const QList<InboxItem> &a, const QList<InboxItem> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).itemKind != b.at(i).itemKind || a.at(i).itemId != b.at(i).itemId)
            return false;
    }
    return true;
}

} // namespace

InboxModel::InboxModel(DbWorker *worker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
{
    // What changed while the connection was down is read again, from the top.
    connect(m_worker, &DbWorker::connected, this, [this] {
        if (std::exchange(m_reloadWhenConnected, false))
            refresh();
    });
}

bool InboxModel::isApprovalFolder(const QString &folder)
{
    return folder == QLatin1String("to_approve") || folder == QLatin1String("my_drafts") ||
           folder == QLatin1String("to_issue");
}

Result<QList<InboxItem>> InboxModel::fetchPage(const RoutingService &service, const QString &folder,
                                               int unitId, bool includeSubunits,
                                               const InboxKey &after, int limit)
{
    if (folder == unitOverdueFolder)
        return service.overduePage(unitId, includeSubunits, after, limit);
    if (isApprovalFolder(folder))
        return service.approvalsPage(folder, after, limit);
    return service.inboxPage(folder, after, limit);
}

void InboxModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, RoutingService::maximumPageSize);
}

void InboxModel::setFolder(const QString &folder)
{
    m_folder = folder;
    restart();
}

void InboxModel::setOverdueUnit(int unitId, bool includeSubunits)
{
    m_folder = unitOverdueFolder;
    m_unitId = unitId;
    m_includeSubunits = includeSubunits;
    restart();
}

void InboxModel::restart()
{
    // A page of the previous folder must not land in this one.
    m_worker->cancel(m_pending);
    m_pending = 0;
    m_reloadWhenConnected = false;
    beginResetModel();
    m_items.clear();
    m_atEnd = false;
    m_error.reset();
    endResetModel();
    fetchMore(QModelIndex());
}

InboxModel::Request InboxModel::request(const InboxKey &after, int limit) const
{
    return Request{m_folder, m_unitId, m_includeSubunits, after, limit};
}

void InboxModel::watch(NotificationListener *listener)
{
    if (m_listener)
        disconnect(m_listener, nullptr, this, nullptr);
    m_listener = listener;
    if (!listener)
        return;
    // Approval folders change with approval steps, routing folders with routings; a unit's
    // overdue list changes with routings too.
    connect(listener, &NotificationListener::inboxChanged, this, [this](const QString &kind) {
        const bool approvals = isApprovalFolder(m_folder);
        if (approvals ? (kind == QLatin1String("approval") || kind == QLatin1String("draft"))
                      : (kind == QLatin1String("routing") || kind == QLatin1String("acting")))
            refresh();
    });
}

void InboxModel::refresh()
{
    if (m_folder.isEmpty())
        return;
    // The rows shown, and at least a page: one query, as the first page would be. It replaces
    // whatever page was on its way.
    m_worker->cancel(m_pending);
    const int rows =
        qBound(m_pageSize, static_cast<int>(m_items.size()), RoutingService::maximumPageSize);
    const Request wanted = request(InboxKey{}, rows);
    m_pending = m_worker->post(
        this,
        [wanted](const QSqlDatabase &database) {
            return fetchPage(RoutingService(database), wanted.folder, wanted.unitId,
                             wanted.includeSubunits, wanted.after, wanted.limit);
        },
        [this, rows](Result<QList<InboxItem>> page) { receiveRefresh(std::move(page), rows); });
}

void InboxModel::receiveRefresh(Result<QList<InboxItem>> page, int rows)
{
    m_pending = 0;
    if (!page) {
        failed(page.error());
        emit refreshed();
        return;
    }
    m_error.reset();
    if (sameItems(m_items, *page)) {
        m_items = std::move(page).value();
        if (!m_items.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_items = std::move(page).value();
        m_atEnd = m_items.size() < rows;
        endResetModel();
    }
    emit refreshed();
}

void InboxModel::failed(const Error &error)
{
    // Stop asking until the folder changes, refresh() succeeds or the connection is back.
    m_atEnd = true;
    m_error = error;
    m_reloadWhenConnected = DbWorker::isConnectionError(error);
    emit loadFailed(error.message);
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_folder.isEmpty() && m_pending == 0;
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const InboxKey after = m_items.isEmpty()
                               ? InboxKey{}
                               : InboxKey{m_items.constLast().since, m_items.constLast().itemId};
    const Request wanted = request(after, m_pageSize);
    m_pending = m_worker->post(
        this,
        [wanted](const QSqlDatabase &database) {
            return fetchPage(RoutingService(database), wanted.folder, wanted.unitId,
                             wanted.includeSubunits, wanted.after, wanted.limit);
        },
        [this](Result<QList<InboxItem>> page) { receivePage(std::move(page)); });
}

void InboxModel::receivePage(Result<QList<InboxItem>> page)
{
    m_pending = 0;
    if (!page) {
        failed(page.error());
        emit pageLoaded();
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (!page->isEmpty()) {
        const int first = static_cast<int>(m_items.size());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(page->size()) - 1);
        m_items.append(*page);
        endInsertRows();
    }
    emit pageLoaded();
}

QString InboxModel::stateText(const QString &state)
{
    if (state == QLatin1String("sent"))
        return tr("Not yet opened");
    if (state == QLatin1String("opened"))
        return tr("Opened");
    if (state == QLatin1String("forwarded"))
        return tr("Forwarded");
    if (state == QLatin1String("returned"))
        return tr("Returned");
    if (state == QLatin1String("completed"))
        return tr("Completed");
    if (state == QLatin1String("recalled"))
        return tr("Recalled");
    return state;
}

QString InboxModel::display(const InboxItem &item, int column) const
{
    const QLocale locale;
    switch (column) {
    case NumberColumn:
        return item.number;
    case SubjectColumn:
        return item.subject;
    case CounterpartColumn:
        return item.counterpart;
    case InstructionColumn:
        return item.instruction;
    case StateColumn:
        return item.itemKind == QLatin1String("routing") ? stateText(item.state) : item.state;
    case SinceColumn:
        return locale.toString(item.since.toLocalTime(), QLocale::ShortFormat);
    case DueColumn:
        return item.dueOn.isValid() ? locale.toString(item.dueOn, QLocale::ShortFormat) : QString();
    default:
        return QString();
    }
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return {};
    const InboxItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(item, index.column());
    case ItemKindRole:
        return item.itemKind;
    case ItemIdRole:
        return item.itemId;
    case LetterIdRole:
        return item.letterId ? QVariant(*item.letterId) : QVariant();
    case DraftIdRole:
        return item.draftId ? QVariant(*item.draftId) : QVariant();
    case UrgencyRole:
        return item.urgency;
    case ConfidentialityRole:
        return item.confidentiality;
    case StateRole:
        return item.state;
    case SinceRole:
        return item.since;
    case DueOnRole:
        return item.dueOn;
    case OverdueRole:
        return item.overdue;
    case UnreadRole:
        return item.unread;
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case SubjectColumn:
        return tr("Subject");
    case CounterpartColumn:
        return tr("From / to");
    case InstructionColumn:
        return tr("Instruction");
    case StateColumn:
        return tr("State");
    case SinceColumn:
        return tr("Since");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemKindRole, "itemKind");
    names.insert(ItemIdRole, "itemId");
    names.insert(LetterIdRole, "letterId");
    names.insert(DraftIdRole, "draftId");
    names.insert(UrgencyRole, "urgency");
    names.insert(ConfidentialityRole, "confidentiality");
    names.insert(StateRole, "state");
    names.insert(SinceRole, "since");
    names.insert(DueOnRole, "dueOn");
    names.insert(OverdueRole, "overdue");
    names.insert(UnreadRole, "unread");
    return names;
}

} // namespace saraban
