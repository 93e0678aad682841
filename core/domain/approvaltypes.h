#pragma once

// The words of the approval chain (core/schema/0010_approvals.sql): a draft's state, a step's
// kind and state, and the decision on a step. Each has the server's code and a translated
// name; ApprovalText turns one into the other.
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace saraban {

enum class DraftState { Editing, InApproval, Returned, Approved, Signed, Issued, Withdrawn };
enum class StepKind { Review, Opinion, Sign };
enum class StepState { Pending, Active, Approved, Rejected, Cancelled };
enum class ApprovalDecision { Approve, RejectToPrevious, RejectToDrafter };

class ApprovalText
{
    Q_DECLARE_TR_FUNCTIONS(saraban::ApprovalText)

public:
    static QString code(DraftState state);
    static QString code(StepKind kind);
    static QString code(StepState state);
    // What approval_decide() takes: "approve", "reject_previous", "reject_drafter".
    static QString code(ApprovalDecision decision);

    static std::optional<DraftState> draftStateFromCode(const QString &code);
    static std::optional<StepKind> stepKindFromCode(const QString &code);
    static std::optional<StepState> stepStateFromCode(const QString &code);
    // What the server records: "approved", "rejected_to_previous", "rejected_to_drafter".
    static std::optional<ApprovalDecision> decisionFromRecord(const QString &record);

    static QString name(DraftState state);
    static QString name(StepKind kind);
    static QString name(StepState state);
    static QString name(ApprovalDecision decision);
};

} // namespace saraban
