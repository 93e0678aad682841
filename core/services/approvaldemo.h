#pragma once

// The demo province's drafts (part of `saraban-admin demo`): outgoing letters of the
// Department of Posts, Telecommunications and Communications in every state of the approval
// chain (being drafted, at review, waiting for opinions, at the signature, returned, approved
// by the acting head for the head, signed, issued with a number, withdrawn), and the unit's
// chain template. Every step goes through the server functions as the person who would take
// it (SET SESSION AUTHORIZATION inside the demo's transaction).
#include "core/util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace saraban {

class ApprovalDemo
{
    Q_DECLARE_TR_FUNCTIONS(saraban::ApprovalDemo)

public:
    explicit ApprovalDemo(QSqlDatabase database);

    // Needs the demo's people, units and registers (DemoBuilder builds them first) and the
    // cluster's superuser. Answers the number of drafts made.
    Result<int> build(const QString &loginSuffix,
                      const std::function<void(const QString &)> &progress = {});

private:
    QSqlDatabase m_database;
};

} // namespace saraban
