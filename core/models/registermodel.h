#pragma once

// The letters of a register, or of a search, as a table: newest first, fetched a page at a
// time as a view scrolls (canFetchMore/fetchMore), never all at once. Sorting and filtering
// happen on the server (LetterQuery); the model only appends pages.
//
// Threading: the model never queries on its own thread. Pages (and the labels of types,
// urgencies, statuses, read once with the first page) are fetched through a DbWorker, whose
// connection lives on the worker's thread; answers arrive through the event loop. A page of an
// earlier filter that arrives late is dropped. When a page fails because the connection
// dropped, the model loads again as soon as the worker has reconnected.
#include "core/db/dbworker.h"
#include "core/domain/letterfilter.h"
#include "core/domain/lettersummary.h"
#include "core/services/letterquery.h"
#include "core/util/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace saraban {

class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        RegisteredColumn,
        LetterDateColumn,
        CorrespondentsColumn,
        SubjectColumn,
        TypeColumn,
        UrgencyColumn,
        ConfidentialityColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RegisterIdRole,
        DirectionRole,       // the server's word: "incoming"...
        UrgencyRole,         // the level number
        ConfidentialityRole, // the level number
        StatusRole,          // the server's code: "registered"...
        HasFileRole,
    };

    explicit RegisterModel(DbWorker *worker, QObject *parent = nullptr);

    // Starts over with this filter and asks for its first page (rows arrive later).
    void setFilter(const LetterFilter &filter);
    LetterFilter filter() const { return m_filter; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // Starts over with the same filter (after a change notification, say).
    void reload() { setFilter(m_filter); }

    const LetterSummary &letter(int row) const { return m_letters.at(row); }
    // What went wrong with the last page, if anything.
    const std::optional<Error> &lastError() const { return m_error; }
    // A page has been asked for and has not arrived yet.
    bool isLoading() const { return m_pending != 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // A page arrived (rows were appended, possibly none).
    void pageLoaded();
    // A page could not be loaded; the message is for people.
    void loadFailed(const QString &message);

private:
    struct Labels
    {
        QHash<int, QString> types;
        QHash<int, QString> urgencies;
        QHash<int, QString> confidentialities;
        QHash<QString, QString> statuses;
    };
    struct Page
    {
        QList<LetterSummary> letters;
        std::optional<Labels> labels;
    };
    static Result<Labels> readLabels(const QSqlDatabase &database, bool lao);
    void requestPage();
    void receivePage(Result<Page> page);
    QString display(const LetterSummary &letter, int column) const;

    DbWorker *m_worker;
    DbWorker::RequestId m_pending = 0;
    bool m_reloadWhenConnected = false;
    LetterFilter m_filter;
    int m_pageSize = 100;
    QList<LetterSummary> m_letters;
    bool m_atEnd = true;
    std::optional<Error> m_error;
    std::optional<Labels> m_labels;
};

} // namespace saraban
