// saraban-admin reminders: sends the routing reminders that are due (an item due tomorrow, an
// item overdue), each once; meant for cron, as often as wanted.
// saraban-admin timeline LETTER_ID: a letter's history, oldest first, as the person connecting
// (with --db as that person: the server shows only what they may see).
#include "app/admin/commandline.h"
#include "core/models/timelinemodel.h"
#include "core/services/routingservice.h"

#include <QLocale>

namespace saraban::admin {

namespace {

const QString remindersUsage = QStringLiteral("reminders");
const QString timelineUsage = QStringLiteral("timeline LETTER_ID");

int reminders(Context &context)
{
    if (!context.arguments.isEmpty())
        return usageError(context, Text::tr("reminders takes no arguments"), remindersUsage);
    auto connection = connectReady(context);
    if (!connection)
        return context.fail(connection.error(), UsageOrConnection);
    auto sent = RoutingService((*connection)->session->database()).runReminders();
    if (!sent)
        return context.fail(sent.error(), CheckFailed);
    context.out << Text::tr("%n reminder(s) sent.", nullptr, *sent) << Qt::endl;
    return Success;
}

int timeline(Context &context)
{
    bool ok = false;
    const qint64 letterId =
        context.arguments.size() == 1 ? context.arguments.constFirst().toLongLong(&ok) : 0;
    if (!ok || letterId <= 0)
        return usageError(context, Text::tr("timeline needs a letter id"), timelineUsage);
    auto connection = connectReady(context);
    if (!connection)
        return context.fail(connection.error(), UsageOrConnection);
    RoutingService service((*connection)->session->database());
    const QLocale locale;
    TimelineKey after;
    for (;;) {
        auto page = service.timeline(letterId, after, 500);
        if (!page)
            return context.fail(page.error(), CheckFailed);
        for (const TimelineEvent &event : *page) {
            context.out << locale.toString(event.at.toLocalTime(),
                                           QStringLiteral("yyyy-MM-dd HH:mm"))
                        << "  " << TimelineModel::describe(event) << '\n';
        }
        if (page->size() < 500)
            break;
        after = TimelineKey{page->constLast().at, page->constLast().id};
    }
    context.out.flush();
    return Success;
}

const Registration remindersCommand(
    {QStringLiteral("reminders"), remindersUsage,
     [] { return Text::tr("Send the routing reminders that are due (for cron)."); }, reminders});
const Registration timelineCommand(
    {QStringLiteral("timeline"), timelineUsage,
     [] { return Text::tr("Show a letter's history: every movement, decision and comment."); },
     timeline});

} // namespace

} // namespace saraban::admin
