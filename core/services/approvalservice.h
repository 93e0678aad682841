#pragma once

// Drafts and their approval chains: the C++ face of the functions of
// core/schema/0010_approvals.sql. Every transition is one server function in one transaction;
// the server checks state, role, unit, clearance and acting appointments, and the answer is
// the new state or an Error with the server's stable code (approval.already_decided names who
// decided first, and when). The folders (to_approve, my_drafts) are read by the inbox model
// through saraban.approvals_page().
#include "core/domain/approvalstep.h"
#include "core/domain/approvaltypes.h"
#include "core/domain/chainstep.h"
#include "core/domain/draftevent.h"
#include "core/domain/draftissue.h"
#include "core/domain/newdraft.h"
#include "core/domain/registeredletter.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace saraban {

class ApprovalService
{
    Q_DECLARE_TR_FUNCTIONS(saraban::ApprovalService)

public:
    explicit ApprovalService(QSqlDatabase database);

    // The drafter's side. createDraft answers the new draft's id; revise the new version's
    // number; submit the round (1 for the first submission).
    Result<qint64> createDraft(const NewDraft &draft);
    Result<int> revise(qint64 draftId, const DraftContent &content);
    Result<int> submit(qint64 draftId, int templateId);
    Result<int> submit(qint64 draftId, const QList<ChainStep> &steps);
    Status withdraw(qint64 draftId, const QString &reason);

    // The decider's side (the assignee, or whoever acts for that head today). A signed PDF
    // goes only with the signatory's approval and becomes the draft's newest version.
    Result<DraftState> decide(qint64 stepId, ApprovalDecision decision, const QString &comment,
                              const QByteArray &signedPdf = QByteArray());
    // Marks an open step as read (the inbox's "unread").
    Status markOpened(qint64 stepId);

    // The clerk's side: numbers the approved or signed draft and records how it was sent.
    Result<RegisteredLetter> issue(const DraftIssue &issue);

    // The administrator's side.
    Result<int> saveTemplate(const ChainTemplate &chainTemplate);
    Status deleteTemplate(int templateId);

    // Reading, through row-level security. Every round's steps, in chain order.
    Result<QList<ApprovalStep>> steps(qint64 draftId) const;
    Result<QList<DraftEvent>> timeline(qint64 draftId) const;
    Result<QByteArray> versionContent(qint64 draftId, int version) const;

    // The chain as saraban.draft_submit() and saraban.chain_template_save() read it.
    static QString stepsJson(const QList<ChainStep> &steps);

private:
    QSqlDatabase m_database;
};

} // namespace saraban
