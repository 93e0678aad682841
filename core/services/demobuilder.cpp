#include "core/services/demobuilder.h"

#include "core/db/transaction.h"
#include "core/services/approvaldemo.h"
#include "core/services/letterservice.h"
#include "core/services/minimalpdf.h"
#include "core/services/organisationservice.h"
#include "core/services/peopleservice.h"
#include "core/services/registerservice.h"
#include "core/services/routingdemo.h"
#include "core/services/serverquery.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace saraban {

namespace {

struct Topic
{
    QString lao;
    QString english;
};

Result<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("demo.data"),
                     DemoBuilder::tr("The demo data %1 is missing from this build.").arg(path),
                     QString()};
    }
    return file.readAll();
}

QList<Topic> parseTopics(const QByteArray &content)
{
    QList<Topic> topics;
    const QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() >= 2)
            topics << Topic{QString(fields.at(0)).remove(QLatin1Char('+')), fields.at(1)};
    }
    return topics;
}

Status setActor(const QSqlDatabase &database, const QString &login)
{
    // The same as SET SESSION AUTHORIZATION, with the login as a bound value.
    ServerQuery query(database, login.isEmpty()
                                    ? QStringLiteral("RESET session_authorization")
                                    : QStringLiteral("SELECT set_config('session_authorization', "
                                                     "CAST(:login AS text), true)"));
    if (!login.isEmpty())
        query.bind(QStringLiteral(":login"), login);
    return query.exec();
}

} // namespace

DemoBuilder::DemoBuilder(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<DemoBuilder::Summary>
DemoBuilder::build(const Options &options, const std::function<void(const QString &)> &progress)
{
    const auto report = [&](const QString &message) {
        if (progress)
            progress(message);
    };
    {
        ServerQuery check(m_database,
                          QStringLiteral("SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = "
                                         "session_user), (SELECT count(*) FROM saraban.units) + "
                                         "(SELECT count(*) FROM saraban.people)"));
        if (Status status = check.exec(); !status)
            return status.error();
        if (!check.next())
            return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), {}};
        if (!check.value(0).toBool()) {
            return Error{QStringLiteral("demo.superuser"),
                         tr("The demo is built by the server's superuser (on the private server, "
                            "the account that runs Saraban)."),
                         QString()};
        }
        if (check.value(1).toLongLong() > 0) {
            return Error{QStringLiteral("demo.not_empty"),
                         tr("This database already has units or people; the demo is only built "
                            "in an empty one. Nothing was changed."),
                         QString()};
        }
    }
    auto json = readResource(QStringLiteral(":/demo/province.json"));
    if (!json)
        return json.error();
    auto topicData = readResource(QStringLiteral(":/demo/topics.tsv"));
    if (!topicData)
        return topicData.error();
    const QJsonObject province = QJsonDocument::fromJson(*json).object();
    const QList<Topic> topics = parseTopics(*topicData);
    if (province.isEmpty() || topics.size() < 10) {
        return Error{QStringLiteral("demo.data"), tr("The demo data in this build is damaged."),
                     QString()};
    }
    const auto login = [&](const QString &name) {
        return options.loginSuffix.isEmpty() ? name : name + QLatin1Char('_') + options.loginSuffix;
    };

    Transaction transaction(m_database);
    Summary summary;
    QRandomGenerator random(options.seed);
    const auto pick = [&](const QJsonArray &array) {
        return array.at(random.bounded(static_cast<int>(array.size())));
    };

    report(tr("Units..."));
    OrganisationService organisation(m_database);
    QHash<QString, QString> unitNames;
    for (const QJsonValue &value : province.value(QStringLiteral("units")).toArray()) {
        const QJsonObject unit = value.toObject();
        UnitRecord record{unit.value(QStringLiteral("code")).toString(),
                          unit.value(QStringLiteral("parent")).toString(),
                          unit.value(QStringLiteral("kind")).toString(),
                          unit.value(QStringLiteral("name_lo")).toString(),
                          unit.value(QStringLiteral("name_en")).toString(),
                          unit.value(QStringLiteral("abbreviation")).toString()};
        if (auto saved = organisation.saveUnit(record); !saved)
            return saved.error();
        unitNames.insert(record.code, record.nameLao);
        ++summary.units;
    }

    report(tr("People..."));
    PeopleService people(m_database);
    QHash<QString, int> clearances;
    for (const QJsonValue &value : province.value(QStringLiteral("people")).toArray()) {
        const QJsonObject person = value.toObject();
        const QJsonArray memberships = person.value(QStringLiteral("memberships")).toArray();
        NewPerson newPerson;
        newPerson.login = login(person.value(QStringLiteral("login")).toString());
        newPerson.fullName = person.value(QStringLiteral("name")).toString();
        newPerson.title = person.value(QStringLiteral("title")).toString();
        newPerson.clearance = person.value(QStringLiteral("clearance")).toInt();
        QStringList roles;
        for (qsizetype i = 0; i < memberships.size(); ++i) {
            const QString unit = memberships.at(i).toArray().at(0).toString();
            const QString roleCode = memberships.at(i).toArray().at(1).toString();
            const auto role = MemberRoleText::fromCode(roleCode);
            if (!role)
                return Error{
                    QStringLiteral("demo.data"), tr("The demo data in this build is damaged."), {}};
            roles << roleCode + QStringLiteral(" @ ") + unit;
            if (i == 0) {
                newPerson.unitCode = unit;
                newPerson.role = *role;
                if (auto added = people.addPerson(newPerson, options.password); !added)
                    return added.error();
            } else if (auto added = people.addMembership(newPerson.login, unit, *role); !added) {
                return added.error();
            }
        }
        clearances.insert(newPerson.login, newPerson.clearance);
        summary.logins << newPerson.login + QStringLiteral(" (") +
                              roles.join(QStringLiteral(", ")) + QLatin1Char(')');
        ++summary.people;
    }

    report(tr("Outside organisations..."));
    struct Organisation
    {
        int id;
        QString abbreviation;
    };
    QList<Organisation> organisations;
    for (const QJsonValue &value : province.value(QStringLiteral("organisations")).toArray()) {
        const QJsonObject object = value.toObject();
        auto id =
            organisation.addOrganisation(object.value(QStringLiteral("name_lo")).toString(),
                                         object.value(QStringLiteral("name_en")).toString(),
                                         object.value(QStringLiteral("abbreviation")).toString());
        if (!id)
            return id.error();
        organisations << Organisation{*id, object.value(QStringLiteral("abbreviation")).toString()};
        ++summary.organisations;
    }

    QHash<QString, int> typeIds;
    {
        ServerQuery types(m_database, QStringLiteral("SELECT code, id FROM saraban.letter_types"));
        if (Status status = types.exec(); !status)
            return status.error();
        while (types.next())
            typeIds.insert(types.value(0).toString(), types.value(1).toInt());
    }

    RegisterService registers(m_database);
    LetterService letters(m_database);
    const QJsonObject subjects = province.value(QStringLiteral("subjects")).toObject();
    const QJsonArray places = province.value(QStringLiteral("places")).toArray();
    const QJsonArray months = province.value(QStringLiteral("months")).toArray();
    const QStringList divisions = {unitNames.value(QStringLiteral("VTP-PTC-ADM")),
                                   unitNames.value(QStringLiteral("VTP-PTC-POST")),
                                   unitNames.value(QStringLiteral("VTP-PTC-TEL")),
                                   unitNames.value(QStringLiteral("VTP-PTC-IT")),
                                   unitNames.value(QStringLiteral("VTP-PTC-INS"))};
    const QDate today = QDate::currentDate();
    QHash<QString, int> registerIds;
    QHash<QString, QList<QPair<qint64, QString>>> incomingOfUnit; // for replies
    QByteArray previousPdf;
    int serial = 0;

    for (const QJsonValue &value : province.value(QStringLiteral("registers")).toArray()) {
        const QJsonObject spec = value.toObject();
        const QString unit = spec.value(QStringLiteral("unit")).toString();
        const QString code = spec.value(QStringLiteral("code")).toString();
        const QString directionCode = spec.value(QStringLiteral("direction")).toString();
        NewRegister newRegister;
        newRegister.unitCode = unit;
        newRegister.code = code;
        newRegister.direction =
            DirectionText::fromCode(directionCode).value_or(Direction::Internal);
        newRegister.nameLao = spec.value(QStringLiteral("name_lo")).toString();
        newRegister.nameEnglish = spec.value(QStringLiteral("name_en")).toString();
        newRegister.numberTemplate = spec.value(QStringLiteral("template")).toString();
        auto registerId = registers.addRegister(newRegister);
        if (!registerId)
            return registerId.error();
        registerIds.insert(unit + QLatin1Char('/') + code, *registerId);
        ++summary.registers;

        const QString clerk = login(spec.value(QStringLiteral("clerk")).toString());
        const int clearance = clearances.value(clerk);
        const int count =
            std::max(1, static_cast<int>(spec.value(QStringLiteral("letters")).toInt() *
                                         options.letterScale));
        report(tr("Register %1/%2: %3 letters...").arg(unit, code).arg(count));
        // Letter dates over the last eleven months, in order, so numbers follow the dates.
        QList<QDate> dates;
        for (int i = 0; i < count; ++i)
            dates << today.addDays(-random.bounded(1, 330));
        std::sort(dates.begin(), dates.end());

        if (Status status = setActor(m_database, clerk); !status)
            return status.error();
        const QJsonArray frames = subjects.value(directionCode).toArray();
        for (int i = 0; i < count; ++i) {
            const QJsonObject frame = pick(frames).toObject();
            const Topic &topic = topics.at(random.bounded(static_cast<int>(topics.size())));
            const Topic &other = topics.at(random.bounded(static_cast<int>(topics.size())));
            const QDate date = dates.at(i);
            const Organisation &correspondent =
                organisations.at(random.bounded(static_cast<int>(organisations.size())));
            LetterDraft draft;
            draft.registerId = *registerId;
            draft.letterDate = date;
            QString earlier =
                QStringLiteral("%1/%2").arg(random.bounded(1, 900)).arg(correspondent.abbreviation);
            const QList<QPair<qint64, QString>> &replyable = incomingOfUnit[unit];
            if (newRegister.direction == Direction::Outgoing &&
                frame.value(QStringLiteral("type")).toString() == QLatin1String("letter") &&
                !replyable.isEmpty()) {
                const auto &reference =
                    replyable.at(random.bounded(static_cast<int>(replyable.size())));
                draft.referencedLetters << reference.first;
                earlier = reference.second;
            }
            draft.subject =
                frame.value(QStringLiteral("text"))
                    .toString()
                    .replace(QStringLiteral("{t}"), topic.lao)
                    .replace(QStringLiteral("{u}"), other.lao)
                    .replace(QStringLiteral("{place}"), pick(places).toString())
                    .replace(QStringLiteral("{year}"), QString::number(date.year()))
                    .replace(QStringLiteral("{q}"), QString::number((date.month() + 2) / 3))
                    .replace(QStringLiteral("{month}"), months.at(date.month() - 1).toString())
                    .replace(QStringLiteral("{n}"), earlier)
                    .replace(QStringLiteral("{unit}"),
                             divisions.at(random.bounded(static_cast<int>(divisions.size()))));
            draft.letterTypeId = typeIds.value(frame.value(QStringLiteral("type")).toString());
            switch (newRegister.direction) {
            case Direction::Incoming:
                draft.receivedOn = std::min(today, date.addDays(random.bounded(0, 6)));
                draft.theirNumber = QStringLiteral("%1/%2")
                                        .arg(random.bounded(1, 2000))
                                        .arg(correspondent.abbreviation);
                draft.parties << LetterParty{LetterParty::Role::From, correspondent.id, {}};
                break;
            case Direction::Outgoing:
                draft.sentOn = std::min(today, date.addDays(random.bounded(0, 3)));
                draft.parties << LetterParty{LetterParty::Role::To, correspondent.id, {}};
                if (random.bounded(4) == 0) {
                    draft.parties << LetterParty{
                        LetterParty::Role::Copy,
                        organisations.at(random.bounded(static_cast<int>(organisations.size()))).id,
                        {}};
                }
                break;
            case Direction::Internal:
                draft.parties << LetterParty{
                    LetterParty::Role::To, std::nullopt,
                    divisions.at(random.bounded(static_cast<int>(divisions.size())))};
                break;
            }
            const int roll = random.bounded(100);
            draft.urgency = roll < 70 ? 0 : roll < 92 ? 1 : 2;
            const int secret = random.bounded(100);
            draft.confidentiality = std::min(clearance, secret < 85 ? 0 : secret < 97 ? 1 : 2);
            if (random.bounded(10) < 9) {
                // Now and then the same scan arrives twice: the server warns about it.
                if (!previousPdf.isEmpty() && random.bounded(200) == 0) {
                    draft.mainPdf = previousPdf;
                } else {
                    draft.mainPdf = MinimalPdf::page(
                        {QStringLiteral("Saraban demo letter %1").arg(++serial),
                         QStringLiteral("Register %1/%2, %3")
                             .arg(unit, code, date.toString(Qt::ISODate)),
                         QStringLiteral("Topic: %1; %2").arg(topic.english, other.english)});
                    previousPdf = draft.mainPdf;
                    ++summary.files;
                }
                draft.mainPdfName =
                    QStringLiteral("scan-%1.pdf").arg(date.toString(QStringLiteral("yyyyMMdd")));
            }
            auto registered = letters.registerLetter(draft);
            if (!registered) {
                Error error = registered.error();
                error.message =
                    tr("Letter %1 of register %2/%3: %4").arg(i + 1).arg(unit, code, error.message);
                return error;
            }
            if (newRegister.direction == Direction::Incoming)
                incomingOfUnit[unit] << qMakePair(registered->id, registered->number);
            ++summary.letters;
        }
        if (Status status = setActor(m_database, QString()); !status)
            return status.error();
    }

    report(tr("Reserved numbers..."));
    for (const QJsonValue &value : province.value(QStringLiteral("reservations")).toArray()) {
        const QJsonObject spec = value.toObject();
        const QString registerKey = spec.value(QStringLiteral("register")).toString();
        const QString clerk = login(QStringLiteral("somphone"));
        if (Status status = setActor(m_database, clerk); !status)
            return status.error();
        auto reserved = registers.reserveNumber(registerIds.value(registerKey),
                                                spec.value(QStringLiteral("note")).toString());
        if (!reserved)
            return reserved.error();
        const QString release = spec.value(QStringLiteral("release")).toString();
        if (!release.isEmpty()) {
            if (Status status = registers.releaseNumber(reserved->id, release); !status)
                return status.error();
        }
        if (Status status = setActor(m_database, QString()); !status)
            return status.error();
    }

    if (auto drafts = ApprovalDemo(m_database).build(options.loginSuffix, report); !drafts)
        return drafts.error();
    if (auto routed = RoutingDemo(m_database).build(options.loginSuffix, report); !routed)
        return routed.error();

    if (Status status = transaction.commit(); !status)
        return status.error();
    return summary;
}

} // namespace saraban
