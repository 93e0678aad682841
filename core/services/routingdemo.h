#pragma once

// The demo province's routing (part of `saraban-admin demo`): recent incoming letters of the
// Department of Posts, Telecommunications and Communications sent by its clerk to the head and
// on down the divisions, in every state: unread, opened and endorsed, forwarded to a division
// or a person, acted on by an acting division head for the head ("A for B"), returned with a
// reason, completed (the letter closed), recalled, copied for information, commented, overdue,
// due tomorrow with its reminder. Every step goes through the server functions as the person
// who would take it (SET SESSION AUTHORIZATION inside the demo's transaction). Only the
// overdue deadlines are moved into the past directly, standing in for the days that would
// have passed.
#include "core/util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace saraban {

class RoutingDemo
{
    Q_DECLARE_TR_FUNCTIONS(saraban::RoutingDemo)

public:
    explicit RoutingDemo(QSqlDatabase database);

    // Needs the demo's people, units, registers and letters (DemoBuilder makes them first) and
    // the cluster's superuser. Answers the number of letters routed.
    Result<int> build(const QString &loginSuffix,
                      const std::function<void(const QString &)> &progress = {});

private:
    QSqlDatabase m_database;
};

} // namespace saraban
