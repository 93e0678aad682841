#include "core/models/approvalmodel.h"

#include "core/services/approvalservice.h"

namespace saraban {

ApprovalModel::ApprovalModel(DbWorker *worker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
{
    connect(m_worker, &DbWorker::connected, this, [this] {
        if (m_reloadWhenConnected)
            reload();
    });
}

void ApprovalModel::setDraft(qint64 draftId)
{
    // An answer for the previous draft must not fill this one.
    m_worker->cancel(m_pending);
    m_pending = 0;
    m_reloadWhenConnected = false;
    m_draftId = draftId;
    m_error.reset();
    if (draftId <= 0) {
        beginResetModel();
        m_steps.clear();
        endResetModel();
        return;
    }
    m_pending = m_worker->post(
        this,
        [draftId](const QSqlDatabase &database) {
            return ApprovalService(database).steps(draftId);
        },
        [this](Result<QList<ApprovalStep>> steps) { receive(std::move(steps)); });
}

void ApprovalModel::receive(Result<QList<ApprovalStep>> steps)
{
    m_pending = 0;
    if (!steps) {
        m_error = steps.error();
        m_reloadWhenConnected = DbWorker::isConnectionError(steps.error());
        emit loadFailed(steps.error().message);
        return;
    }
    // The rows shown so far stay until the new ones are in: a reload after a notification
    // does not flash an empty table.
    beginResetModel();
    m_steps = std::move(steps).value();
    endResetModel();
    emit loaded();
}

QList<int> ApprovalModel::openRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_steps.size(); ++row) {
        if (m_steps.at(row).state == StepState::Active)
            rows << row;
    }
    return rows;
}

int ApprovalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int ApprovalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalModel::display(const ApprovalStep &step, int column) const
{
    switch (column) {
    case StageColumn:
        return step.stage;
    case KindColumn:
        return ApprovalText::name(step.kind);
    case AssigneeColumn:
        return step.headOfUnit.isEmpty()
                   ? step.assigneeName
                   : tr("%1 (head of %2)").arg(step.assigneeName, step.headOfUnit);
    case StateColumn:
        return step.decision ? ApprovalText::name(*step.decision) : ApprovalText::name(step.state);
    case DecidedByColumn:
        if (step.onBehalfOfName.isEmpty())
            return step.decidedByName;
        return tr("%1 for %2").arg(step.decidedByName, step.onBehalfOfName);
    case DecidedAtColumn:
        return step.decidedAt.isValid()
                   ? step.decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                   : QString();
    case DueColumn:
        return step.dueOn.isValid() ? step.dueOn.toString(Qt::ISODate) : QString();
    case CommentColumn:
        return step.comment;
    default:
        return QVariant();
    }
}

QVariant ApprovalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return QVariant();
    const ApprovalStep &step = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(step, index.column());
    case Qt::ToolTipRole:
        return index.column() == CommentColumn ? QVariant(step.comment) : QVariant();
    case StepIdRole:
        return step.id;
    case RoundRole:
        return step.round;
    case KindRole:
        return ApprovalText::code(step.kind);
    case StateRole:
        return ApprovalText::code(step.state);
    case DecisionRole:
        return step.decision ? ApprovalText::code(*step.decision) : QString();
    case ActingRole:
        return !step.onBehalfOfName.isEmpty();
    default:
        return QVariant();
    }
}

QVariant ApprovalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case StageColumn:
        return tr("Step");
    case KindColumn:
        return tr("Kind");
    case AssigneeColumn:
        return tr("For");
    case StateColumn:
        return tr("State");
    case DecidedByColumn:
        return tr("Decided by");
    case DecidedAtColumn:
        return tr("When");
    case DueColumn:
        return tr("Due");
    case CommentColumn:
        return tr("Comment");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> ApprovalModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StepIdRole, "stepId");
    names.insert(RoundRole, "round");
    names.insert(KindRole, "kind");
    names.insert(StateRole, "state");
    names.insert(DecisionRole, "decision");
    names.insert(ActingRole, "acting");
    return names;
}

} // namespace saraban
