#pragma once

// A letter's history as a list, oldest first (saraban.letter_timeline): registration, every
// routing movement, endorsement, comment and reminder, with who, for whom and when. Pages are
// keyset; the history only grows, so a change notification for the letter appends what is
// new after the last row instead of reloading.
//
// Threading: pages are read through a DbWorker (see its header), never on the model's thread;
// rows arrive later (pageLoaded(), updated()). An answer for a letter no longer shown is
// dropped; after a dropped connection the model reads what is new once the worker is back.
#include "core/db/dbworker.h"
#include "core/domain/timelineevent.h"
#include "core/services/routingservice.h"
#include "core/util/result.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

#include <optional>

namespace saraban {

class NotificationListener;

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        AtRole,
        KindRole, // the server's code: "route", "forward"...
        ActorRole,
        OnBehalfOfRole,
        RoutingIdRole,
        CounterpartRole,
        RoutingRoleRole,
        TextRole,
        DueOnRole,
    };

    explicit TimelineModel(DbWorker *worker, QObject *parent = nullptr);

    void setLetter(qint64 letterId);
    qint64 letter() const { return m_letterId; }
    void setPageSize(int rows);
    // Appends the events after the last one shown, all of them; updated() follows.
    void appendNew();
    // Appends new events when the listener says this letter changed.
    void watch(NotificationListener *listener);

    const TimelineEvent &event(int row) const { return m_events.at(row); }
    const std::optional<Error> &lastError() const { return m_error; }
    bool isLoading() const { return m_pending != 0; }

    // One line for people: "Somphone Keomany for Bounmy: forwarded".
    static QString describe(const TimelineEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // A page arrived (rows were appended, possibly none).
    void pageLoaded();
    void loadFailed(const QString &message);
    // New events were appended after a notification (or appendNew()).
    void updated();

private:
    // Asks for the page after the last row; untilEnd keeps asking until the history's end.
    void requestPage(bool untilEnd);
    void receivePage(Result<QList<TimelineEvent>> page, bool untilEnd);

    DbWorker *m_worker;
    DbWorker::RequestId m_pending = 0;
    bool m_reloadWhenConnected = false;
    bool m_appendAgain = false;
    qint64 m_letterId = 0;
    int m_pageSize = 200;
    QList<TimelineEvent> m_events;
    bool m_atEnd = true;
    std::optional<Error> m_error;
    QPointer<NotificationListener> m_listener;
};

} // namespace saraban
