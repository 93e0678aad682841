#pragma once

// The steps of one draft as a table: every round's steps in chain order, with whose step it
// is, where it stands, and who decided it when (an acting person's decision reads "A for B"),
// with the comment. The steps are read through a DbWorker, never on the model's thread; set
// a draft and the rows arrive later (loaded()). Reload after the draft changes (the
// saraban_draft notification carries its id).
#include "core/db/dbworker.h"
#include "core/domain/approvalstep.h"
#include "core/util/result.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace saraban {

class ApprovalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StageColumn,
        KindColumn,
        AssigneeColumn,
        StateColumn,
        DecidedByColumn,
        DecidedAtColumn,
        DueColumn,
        CommentColumn,
        ColumnCount
    };
    enum Role {
        StepIdRole = Qt::UserRole + 1,
        RoundRole,
        KindRole,     // the server's code: "review", "opinion", "sign"
        StateRole,    // the server's code: "pending", "active"...
        DecisionRole, // "approve", "reject_previous", "reject_drafter"; empty when undecided
        ActingRole,   // true when decided on behalf of the assignee
    };

    explicit ApprovalModel(DbWorker *worker, QObject *parent = nullptr);

    // Reads this draft's steps (rows arrive later); 0 empties the model.
    void setDraft(qint64 draftId);
    qint64 draftId() const { return m_draftId; }
    void reload() { setDraft(m_draftId); }

    const ApprovalStep &step(int row) const { return m_steps.at(row); }
    // The steps waiting for a decision now, by row.
    QList<int> openRows() const;
    const std::optional<Error> &lastError() const { return m_error; }
    bool isLoading() const { return m_pending != 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    void receive(Result<QList<ApprovalStep>> steps);
    QVariant display(const ApprovalStep &step, int column) const;

    DbWorker *m_worker;
    qint64 m_draftId = 0;
    QList<ApprovalStep> m_steps;
    DbWorker::RequestId m_pending = 0;
    std::optional<Error> m_error;
    bool m_reloadWhenConnected = false;
};

} // namespace saraban
