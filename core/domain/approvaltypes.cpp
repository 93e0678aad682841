#include "core/domain/approvaltypes.h"

#include <array>
#include <utility>

namespace saraban {

namespace {

constexpr std::array draftStates = {
    std::pair{DraftState::Editing, "editing"},    std::pair{DraftState::InApproval, "in_approval"},
    std::pair{DraftState::Returned, "returned"},  std::pair{DraftState::Approved, "approved"},
    std::pair{DraftState::Signed, "signed"},      std::pair{DraftState::Issued, "issued"},
    std::pair{DraftState::Withdrawn, "withdrawn"}};
constexpr std::array stepKinds = {std::pair{StepKind::Review, "review"},
                                  std::pair{StepKind::Opinion, "opinion"},
                                  std::pair{StepKind::Sign, "sign"}};
constexpr std::array stepStates = {
    std::pair{StepState::Pending, "pending"}, std::pair{StepState::Active, "active"},
    std::pair{StepState::Approved, "approved"}, std::pair{StepState::Rejected, "rejected"},
    std::pair{StepState::Cancelled, "cancelled"}};
constexpr std::array decisions = {std::pair{ApprovalDecision::Approve, "approve"},
                                  std::pair{ApprovalDecision::RejectToPrevious, "reject_previous"},
                                  std::pair{ApprovalDecision::RejectToDrafter, "reject_drafter"}};
constexpr std::array decisionRecords = {
    std::pair{ApprovalDecision::Approve, "approved"},
    std::pair{ApprovalDecision::RejectToPrevious, "rejected_to_previous"},
    std::pair{ApprovalDecision::RejectToDrafter, "rejected_to_drafter"}};

template <typename Table, typename Enum> QString codeIn(const Table &table, Enum value)
{
    for (const auto &[entry, code] : table) {
        if (entry == value)
            return QString::fromLatin1(code);
    }
    return QString();
}

template <typename Table>
auto fromCodeIn(const Table &table, const QString &code)
    -> std::optional<typename Table::value_type::first_type>
{
    for (const auto &[entry, text] : table) {
        if (code == QLatin1String(text))
            return entry;
    }
    return std::nullopt;
}

} // namespace

QString ApprovalText::code(DraftState state)
{
    return codeIn(draftStates, state);
}

QString ApprovalText::code(StepKind kind)
{
    return codeIn(stepKinds, kind);
}

QString ApprovalText::code(StepState state)
{
    return codeIn(stepStates, state);
}

QString ApprovalText::code(ApprovalDecision decision)
{
    return codeIn(decisions, decision);
}

std::optional<DraftState> ApprovalText::draftStateFromCode(const QString &code)
{
    return fromCodeIn(draftStates, code);
}

std::optional<StepKind> ApprovalText::stepKindFromCode(const QString &code)
{
    return fromCodeIn(stepKinds, code);
}

std::optional<StepState> ApprovalText::stepStateFromCode(const QString &code)
{
    return fromCodeIn(stepStates, code);
}

std::optional<ApprovalDecision> ApprovalText::decisionFromRecord(const QString &record)
{
    return fromCodeIn(decisionRecords, record);
}

QString ApprovalText::name(DraftState state)
{
    switch (state) {
    case DraftState::Editing:
        return tr("Being drafted");
    case DraftState::InApproval:
        return tr("In approval");
    case DraftState::Returned:
        return tr("Returned to the drafter");
    case DraftState::Approved:
        return tr("Approved");
    case DraftState::Signed:
        return tr("Signed");
    case DraftState::Issued:
        return tr("Issued");
    case DraftState::Withdrawn:
        return tr("Withdrawn");
    }
    return QString();
}

QString ApprovalText::name(StepKind kind)
{
    switch (kind) {
    case StepKind::Review:
        return tr("Review");
    case StepKind::Opinion:
        return tr("Opinion");
    case StepKind::Sign:
        return tr("Signature");
    }
    return QString();
}

QString ApprovalText::name(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("Not yet reached");
    case StepState::Active:
        return tr("Waiting for a decision");
    case StepState::Approved:
        return tr("Approved");
    case StepState::Rejected:
        return tr("Rejected");
    case StepState::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QString ApprovalText::name(ApprovalDecision decision)
{
    switch (decision) {
    case ApprovalDecision::Approve:
        return tr("Approved");
    case ApprovalDecision::RejectToPrevious:
        return tr("Sent back to the previous step");
    case ApprovalDecision::RejectToDrafter:
        return tr("Sent back to the drafter");
    }
    return QString();
}

} // namespace saraban
