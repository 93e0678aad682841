#pragma once

// One folder of a person's inbox as a table, newest first, fetched a page at a time
// (canFetchMore/fetchMore, keyset pages, never OFFSET): to_act, for_information, overdue,
// sent, following (saraban.inbox_page), to_approve and my_drafts (saraban.approvals_page), or
// what is overdue in a unit (saraban.overdue_page). Given a NotificationListener, it re-reads
// the rows it shows when the server announces a change for the person: in place when the same
// items are still there (dataChanged), otherwise from the top.
//
// Threading: the model never queries on its own thread. Pages and refreshes are read through a
// DbWorker (see its header; RegisterModel does the same): rows arrive later, through the event
// loop (pageLoaded(), refreshed()). An answer for a folder no longer shown is dropped. When a
// read fails because the connection dropped, the model reads again once the worker is back.
#include "core/db/dbworker.h"
#include "core/domain/inboxitem.h"
#include "core/services/routingservice.h"
#include "core/util/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace saraban {

class NotificationListener;

class InboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        SubjectColumn,
        CounterpartColumn,
        InstructionColumn,
        StateColumn,
        SinceColumn,
        DueColumn,
        ColumnCount
    };
    enum Role {
        ItemKindRole = Qt::UserRole + 1,
        ItemIdRole,
        LetterIdRole,
        DraftIdRole,
        UrgencyRole,
        ConfidentialityRole,
        StateRole, // the server's code: "sent", "opened"...
        SinceRole,
        DueOnRole,
        OverdueRole,
        UnreadRole,
    };

    explicit InboxModel(DbWorker *worker, QObject *parent = nullptr);

    // Starts over with this folder and asks for its first page (rows arrive later).
    void setFolder(const QString &folder);
    // Starts over with what is overdue in a unit (and below it).
    void setOverdueUnit(int unitId, bool includeSubunits);
    QString folder() const { return m_folder; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // Re-reads the rows shown (after a change notification, say); refreshed() follows.
    void refresh();
    // Refreshes whenever the listener reports a change in the person's inbox.
    void watch(NotificationListener *listener);

    const InboxItem &item(int row) const { return m_items.at(row); }
    const std::optional<Error> &lastError() const { return m_error; }
    // A page or a refresh has been asked for and has not arrived yet.
    bool isLoading() const { return m_pending != 0; }

    // One page of a folder, as the model reads it; separate so that it can run elsewhere.
    static Result<QList<InboxItem>> fetchPage(const RoutingService &service, const QString &folder,
                                              int unitId, bool includeSubunits,
                                              const InboxKey &after, int limit);
    static bool isApprovalFolder(const QString &folder);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    static QString stateText(const QString &state);

signals:
    // A page arrived (rows were appended, possibly none).
    void pageLoaded();
    void loadFailed(const QString &message);
    // A refresh finished (after a notification or refresh()).
    void refreshed();

private:
    struct Request
    {
        QString folder;
        int unitId = 0;
        bool includeSubunits = false;
        InboxKey after;
        int limit = 0;
    };
    void restart();
    Request request(const InboxKey &after, int limit) const;
    void receivePage(Result<QList<InboxItem>> page);
    void receiveRefresh(Result<QList<InboxItem>> page, int rows);
    void failed(const Error &error);
    QString display(const InboxItem &item, int column) const;

    DbWorker *m_worker;
    DbWorker::RequestId m_pending = 0;
    bool m_reloadWhenConnected = false;
    QString m_folder;
    int m_unitId = 0;
    bool m_includeSubunits = false;
    int m_pageSize = 100;
    QList<InboxItem> m_items;
    bool m_atEnd = true;
    std::optional<Error> m_error;
    QPointer<NotificationListener> m_listener;
};

} // namespace saraban
