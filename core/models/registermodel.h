#pragma once

// The letters of a register, or of a search, as a table: newest first, fetched a page at a
// time as a view scrolls (canFetchMore/fetchMore), never all at once. Sorting and filtering
// happen on the server (LetterQuery); the model only appends pages.
//
// Threading: the model queries on the thread that owns its connection, page by page (a page
// is one indexed query of at most a few hundred rows). A GUI that must never wait on the
// network gives it a connection of a worker thread and moves the model there.
#include "core/domain/letterfilter.h"
#include "core/domain/lettersummary.h"
#include "core/services/letterquery.h"
#include "core/util/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

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

    explicit RegisterModel(QSqlDatabase database, QObject *parent = nullptr);

    // Starts over with this filter and loads its first page.
    void setFilter(const LetterFilter &filter);
    LetterFilter filter() const { return m_filter; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // Starts over with the same filter (after a change notification, say).
    void reload() { setFilter(m_filter); }

    const LetterSummary &letter(int row) const { return m_letters.at(row); }
    // What went wrong with the last page, if anything.
    const std::optional<Error> &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // A page could not be loaded; the message is for people.
    void loadFailed(const QString &message);

private:
    void loadLabels();
    QString display(const LetterSummary &letter, int column) const;

    QSqlDatabase m_database;
    LetterQuery m_query;
    LetterFilter m_filter;
    int m_pageSize = 100;
    QList<LetterSummary> m_letters;
    bool m_atEnd = true;
    std::optional<Error> m_error;
    bool m_labelsLoaded = false;
    QHash<int, QString> m_types;
    QHash<int, QString> m_urgencies;
    QHash<int, QString> m_confidentialities;
    QHash<QString, QString> m_statuses;
};

} // namespace saraban
