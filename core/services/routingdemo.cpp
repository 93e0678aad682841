#include "core/services/routingdemo.h"

#include "core/services/routingservice.h"
#include "core/services/serverquery.h"

namespace saraban {

namespace {

Status setActor(const QSqlDatabase &database, const QString &login)
{
    ServerQuery query(database, login.isEmpty()
                                    ? QStringLiteral("RESET session_authorization")
                                    : QStringLiteral("SELECT set_config('session_authorization', "
                                                     "CAST(:login AS text), true)"));
    if (!login.isEmpty())
        query.bind(QStringLiteral(":login"), login);
    return query.exec();
}

// What happens to one letter after the clerk sends it to the head.
enum class Story {
    Unread,          // the head has not opened it yet
    Endorsed,        // opened and endorsed, waiting on the head
    ToDivision,      // forwarded to a division (the unit), not yet opened there
    ActingCompletes, // forwarded to a division head; the acting head completes it for them
    Completed,       // down to an officer, who completes it: the letter is closed
    Returned,        // an officer returns it with a reason: the division head holds it again
    Overdue,         // forwarded to a division head, who let the deadline pass
    Recalled,        // the clerk recalls it before the head opened it, then sends it to the deputy
    DueTomorrow,     // with an officer, due tomorrow: a reminder went out
    NotedByHead,     // the head notes it and files it: closed at once
};
constexpr int storyCount = 10;

} // namespace

RoutingDemo::RoutingDemo(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<int> RoutingDemo::build(const QString &loginSuffix,
                               const std::function<void(const QString &)> &progress)
{
    if (progress)
        progress(tr("Routing letters to the divisions..."));
    const auto login = [&](const char *name) {
        const QString base = QString::fromLatin1(name);
        return loginSuffix.isEmpty() ? base : base + QLatin1Char('_') + loginSuffix;
    };
    if (Status status = setActor(m_database, QString()); !status)
        return status.error();

    // The newest ordinary incoming letters of the department, oldest of them first.
    QList<qint64> letters;
    {
        ServerQuery query(m_database,
                          QStringLiteral("SELECT id FROM (SELECT l.id, l.registered_at FROM "
                                         "saraban.letters l JOIN saraban.registers r ON r.id = "
                                         "l.register_id JOIN saraban.units u ON u.id = r.unit_id "
                                         "WHERE u.code = 'VTP-PTC' AND r.code = 'IN' AND "
                                         "l.confidentiality = 0 ORDER BY l.registered_at DESC, "
                                         "l.id DESC LIMIT 40) s ORDER BY registered_at, id"));
        if (Status status = query.exec(); !status)
            return status.error();
        while (query.next())
            letters << query.value(0).toLongLong();
    }
    QList<int> units;
    {
        ServerQuery query(m_database,
                          QStringLiteral("SELECT id FROM saraban.units WHERE code IN ('VTP-PTC', "
                                         "'VTP-PTC-POST') ORDER BY code"));
        if (Status status = query.exec(); !status)
            return status.error();
        while (query.next())
            units << query.value(0).toInt();
    }
    if (units.size() != 2) {
        return Error{QStringLiteral("demo.data"),
                     tr("The demo's organisation is not complete: the department or its post "
                        "division is missing."),
                     QString()};
    }
    const int department = units.at(0);
    const int postDivision = units.at(1);

    // The post division's head is away this week: an officer acts for him.
    if (Status status = setActor(m_database, login("phouvong")); !status)
        return status.error();
    {
        ServerQuery appoint(m_database,
                            QStringLiteral("SELECT saraban.acting_appoint(CAST(:unit AS integer), "
                                           "CAST(:login AS text), CAST(:starts AS date), "
                                           "CAST(:ends AS date), CAST(:note AS text))"));
        appoint.bind(QStringLiteral(":unit"), postDivision)
            .bind(QStringLiteral(":login"), login("bouaphan"))
            .bind(QStringLiteral(":starts"), QDate::currentDate())
            .bind(QStringLiteral(":ends"), QDate::currentDate().addDays(6))
            .bind(QStringLiteral(":note"), QStringLiteral("ລາພັກ ໄປຝຶກອົບຮົມ ຢູ່ຕ່າງປະເທດ"));
        if (Status status = appoint.exec(); !status)
            return status.error();
    }

    RoutingService routing(m_database);
    using Recipients = QList<RoutingRecipient>;
    const auto person = [&](const char *who, RoutingRole role, const QString &instruction = {},
                            std::optional<int> days = std::nullopt) {
        RoutingRecipient recipient = RoutingRecipient::person(login(who), role, instruction);
        recipient.dueDays = days;
        return recipient;
    };
    // Each step as the person who takes it; the first failure ends the demo (and its
    // transaction).
    std::optional<Error> failure;
    const auto as = [&](const char *who) {
        if (!failure) {
            if (Status status = setActor(m_database, login(who)); !status)
                failure = status.error();
        }
        return !failure;
    };
    const auto check = [&](const auto &outcome) {
        if (!failure && !outcome.ok())
            failure = outcome.error();
        return !failure;
    };
    const auto first = [](const Result<QList<qint64>> &ids) {
        return ids.ok() && !ids->isEmpty() ? ids->constFirst() : qint64(0);
    };
    QList<qint64> overdue;
    int routed = 0;

    for (int i = 0; i < letters.size() && !failure; ++i) {
        const qint64 letter = letters.at(i);
        const auto story = static_cast<Story>(i % storyCount);
        as("somphone");
        Recipients toHead{
            person("bounmy", RoutingRole::Action, QStringLiteral("ສະເໜີທ່ານຫົວໜ້າພະແນກ ພິຈາລະນາ"))};
        if (i % 3 == 0)
            toHead << person("manivone", RoutingRole::Information,
                             QStringLiteral("ເພື່ອຊາບ ແລະ ກຽມເກັບເຂົ້າແຟ້ມ"));
        auto sent = routing.route(letter, toHead);
        if (!check(sent))
            break;
        ++routed;
        const qint64 head = sent->constFirst();
        if (story == Story::Unread)
            continue;
        if (story == Story::Recalled) {
            check(routing.recall(head, QStringLiteral("ສົ່ງຜິດ: ເລື່ອງນີ້ແມ່ນວຽກຂອງຮອງຫົວໜ້າ")));
            check(routing.route(letter, {person("vilay", RoutingRole::Action,
                                                QStringLiteral("ສະເໜີທ່ານຮອງຫົວໜ້າ ພິຈາລະນາ"))}));
            continue;
        }
        as("bounmy");
        check(routing.acknowledge(head));
        if (story == Story::NotedByHead) {
            check(routing.complete(head, QStringLiteral("ຮັບຊາບ ແລະ ເກັບເຂົ້າແຟ້ມ")));
            continue;
        }
        const char *division = story == Story::ToDivision || story == Story::ActingCompletes
                                   ? "phouvong"
                               : story == Story::Completed ? "sengphet"
                               : story == Story::Returned  ? "saysana"
                               : story == Story::Overdue   ? "khampheng"
                                                           : "thongsavanh";
        check(routing.endorse(letter, department,
                              QStringLiteral("ມອບໃຫ້ຂະແໜງ ຄົ້ນຄວ້າ ແລະ ລາຍງານ ພາຍໃນ 5 ວັນ")));
        if (story == Story::Endorsed)
            continue;
        Recipients down;
        if (story == Story::ToDivision) {
            RoutingRecipient unit =
                RoutingRecipient::unit(QStringLiteral("VTP-PTC-POST"), RoutingRole::Action,
                                       QStringLiteral("ມອບໃຫ້ຂະແໜງໄປສະນີ ດຳເນີນການ"));
            unit.dueDays = 5;
            down << unit;
        } else {
            down << person(division, RoutingRole::Action,
                           QStringLiteral("ມອບໃຫ້ທ່ານ ດຳເນີນການ ແລະ ລາຍງານຜົນ"), 5);
        }
        if (story == Story::DueTomorrow)
            down << person("sengphet", RoutingRole::Copy, QStringLiteral("ເພື່ອປະສານງານ"));
        auto forwarded = routing.forward(head, down);
        if (!check(forwarded) || story == Story::ToDivision)
            continue;
        const qint64 second = first(forwarded);
        if (story == Story::Overdue) {
            overdue << second;
            continue;
        }
        if (story == Story::ActingCompletes) {
            as("bouaphan"); // for phouvong
            check(routing.acknowledge(second));
            check(routing.complete(second, QStringLiteral("ໄດ້ແຈ້ງໃຫ້ບັນດາໄປສະນີ ເມືອງ ແລ້ວ")));
            continue;
        }
        const char *officer = story == Story::Completed  ? "daravanh"
                              : story == Story::Returned ? "noy"
                                                         : "chanthala";
        as(division);
        check(routing.acknowledge(second));
        if (story == Story::DueTomorrow)
            check(routing.comment(letter, QStringLiteral("ຕ້ອງປະສານກັບ ຂະແໜງບໍລິຫານ ກ່ອນ")));
        auto third = routing.forward(
            second, {person(officer, RoutingRole::Action, QStringLiteral("ຄົ້ນຄວ້າ ແລະ ຮ່າງໜັງສືຕອບ"),
                            story == Story::DueTomorrow ? 1 : 3)});
        if (!check(third) || story == Story::DueTomorrow)
            continue;
        as(officer);
        check(routing.acknowledge(first(third)));
        if (story == Story::Completed)
            check(routing.complete(first(third), QStringLiteral("ໄດ້ຕອບເປັນລາຍລັກອັກສອນແລ້ວ")));
        else
            check(routing.returnToSender(first(third), QStringLiteral("ເລື່ອງນີ້ ບໍ່ຂຶ້ນກັບຂະແໜງໂທລະຄົມ")));
    }
    if (failure) {
        Error error = *failure;
        error.message = tr("Routing the demo letters: %1").arg(error.message);
        return error;
    }

    // Days pass: these deadlines are behind us now. Then the reminders go out.
    if (Status status = setActor(m_database, QString()); !status)
        return status.error();
    for (int i = 0; i < overdue.size(); ++i) {
        ServerQuery late(m_database,
                         QStringLiteral("UPDATE saraban.routings SET due_on = "
                                        "saraban.office_today() - CAST(:days AS integer) WHERE id "
                                        "= CAST(:id AS bigint)"));
        late.bind(QStringLiteral(":days"), 1 + 2 * i).bind(QStringLiteral(":id"), overdue.at(i));
        if (Status status = late.exec(); !status)
            return status.error();
    }
    if (auto sentReminders = routing.runReminders(); !sentReminders)
        return sentReminders.error();
    return routed;
}

} // namespace saraban
