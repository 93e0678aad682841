#include "core/models/timelinemodel.h"

#include "core/db/notificationlistener.h"

#include <QLocale>

namespace saraban {

TimelineModel::TimelineModel(DbWorker *worker, QObject *parent)
    : QAbstractListModel(parent)
    , m_worker(worker)
{
    connect(m_worker, &DbWorker::connected, this, [this] {
        if (std::exchange(m_reloadWhenConnected, false))
            appendNew();
    });
}

void TimelineModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, 1000);
}

void TimelineModel::setLetter(qint64 letterId)
{
    // A page of the previous letter must not land in this one.
    m_worker->cancel(m_pending);
    m_pending = 0;
    m_appendAgain = false;
    m_reloadWhenConnected = false;
    beginResetModel();
    m_letterId = letterId;
    m_events.clear();
    m_atEnd = false;
    m_error.reset();
    endResetModel();
    fetchMore(QModelIndex());
}

void TimelineModel::watch(NotificationListener *listener)
{
    if (m_listener)
        disconnect(m_listener, nullptr, this, nullptr);
    m_listener = listener;
    if (!listener)
        return;
    connect(listener, &NotificationListener::letterChanged, this, [this](qint64 letterId) {
        if (letterId == m_letterId)
            appendNew();
    });
}

void TimelineModel::requestPage(bool untilEnd)
{
    TimelineKey after;
    if (!m_events.isEmpty())
        after = TimelineKey{m_events.constLast().at, m_events.constLast().id};
    const qint64 letterId = m_letterId;
    const int limit = m_pageSize;
    m_pending = m_worker->post(
        this,
        [letterId, after, limit](const QSqlDatabase &database) {
            return RoutingService(database).timeline(letterId, after, limit);
        },
        [this, untilEnd](Result<QList<TimelineEvent>> page) {
            receivePage(std::move(page), untilEnd);
        });
}

void TimelineModel::receivePage(Result<QList<TimelineEvent>> page, bool untilEnd)
{
    m_pending = 0;
    if (!page) {
        m_atEnd = true;
        m_error = page.error();
        m_reloadWhenConnected = DbWorker::isConnectionError(page.error());
        emit loadFailed(page.error().message);
        emit pageLoaded();
        if (untilEnd)
            emit updated();
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (!page->isEmpty()) {
        const int first = static_cast<int>(m_events.size());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(page->size()) - 1);
        m_events.append(*page);
        endInsertRows();
    }
    emit pageLoaded();
    // A change announced while this page was on its way: read on from here.
    const bool again = std::exchange(m_appendAgain, false);
    if ((untilEnd && !m_atEnd) || again) {
        m_atEnd = false;
        requestPage(true);
        return;
    }
    if (untilEnd)
        emit updated();
}

void TimelineModel::appendNew()
{
    if (m_letterId <= 0)
        return;
    m_error.reset();
    if (m_pending) {
        m_appendAgain = true;
        return;
    }
    m_atEnd = false;
    requestPage(true);
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_letterId > 0 && m_pending == 0;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(false);
}

QString TimelineModel::describe(const TimelineEvent &event)
{
    QString what;
    if (event.kind == QLatin1String("register"))
        what = tr("registered as %1").arg(event.text);
    else if (event.kind == QLatin1String("route"))
        what = tr("sent to %1").arg(event.counterpart);
    else if (event.kind == QLatin1String("acknowledge"))
        what = tr("acknowledged receipt");
    else if (event.kind == QLatin1String("forward"))
        what = tr("forwarded");
    else if (event.kind == QLatin1String("return"))
        what = tr("returned to %1: %2").arg(event.counterpart, event.text);
    else if (event.kind == QLatin1String("complete"))
        what = tr("completed: %1").arg(event.text);
    else if (event.kind == QLatin1String("recall"))
        what = tr("recalled from %1").arg(event.counterpart);
    else if (event.kind == QLatin1String("endorse"))
        what = tr("endorsed: %1").arg(event.text);
    else if (event.kind == QLatin1String("comment"))
        what = tr("commented: %1").arg(event.text);
    else if (event.kind == QLatin1String("remind_due"))
        return tr("Reminder to %1: due tomorrow").arg(event.counterpart);
    else if (event.kind == QLatin1String("remind_overdue"))
        return tr("Reminder to %1: overdue").arg(event.counterpart);
    else
        what = event.kind;
    const QString who = event.onBehalfOf.isEmpty()
                            ? event.actor
                            : tr("%1 for %2").arg(event.actor, event.onBehalfOf);
    return tr("%1: %2").arg(who, what);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const TimelineEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return describe(event);
    case EventIdRole:
        return event.id;
    case AtRole:
        return event.at;
    case KindRole:
        return event.kind;
    case ActorRole:
        return event.actor;
    case OnBehalfOfRole:
        return event.onBehalfOf;
    case RoutingIdRole:
        return event.routingId ? QVariant(*event.routingId) : QVariant();
    case CounterpartRole:
        return event.counterpart;
    case RoutingRoleRole:
        return event.routingRole;
    case TextRole:
        return event.text;
    case DueOnRole:
        return event.dueOn;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EventIdRole, "eventId");
    names.insert(AtRole, "at");
    names.insert(KindRole, "kind");
    names.insert(ActorRole, "actor");
    names.insert(OnBehalfOfRole, "onBehalfOf");
    names.insert(RoutingIdRole, "routingId");
    names.insert(CounterpartRole, "counterpart");
    names.insert(RoutingRoleRole, "routingRole");
    names.insert(TextRole, "text");
    names.insert(DueOnRole, "dueOn");
    return names;
}

} // namespace saraban
