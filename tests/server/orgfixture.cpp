#include "tests/server/orgfixture.h"

#include "core/db/migrator.h"
#include "core/services/organisationservice.h"
#include "core/services/peopleservice.h"
#include "core/services/registerservice.h"
#include "tests/support/scopedconnection.h"

#include <QRandomGenerator>

namespace saraban::test {

namespace {

struct PersonSpec
{
    const char *who;
    const char *name;
    const char *unit;
    MemberRole role;
    int clearance;
};

const PersonSpec personSpecs[] = {
    {"adminprov", "ທ້າວ ບຸນມີ ພົມມະຈັນ", "PROV", MemberRole::Admin, 2},
    {"clerka", "ນາງ ສົມພອນ ແກ້ວມະນີ", "DEPTA", MemberRole::Clerk, 0},
    {"clerka2", "ນາງ ຄຳພອນ ສີສຸວັນ", "DEPTA", MemberRole::Clerk, 2},
    {"officera", "ທ້າວ ວິໄລ ສຸລິຍາ", "DEPTA", MemberRole::Officer, 1},
    {"heada", "ທ້າວ ສົມສັກ ວົງສາ", "DEPTA", MemberRole::Head, 2},
    {"archivista", "ນາງ ມະນີວອນ ໄຊຍະວົງ", "DEPTA", MemberRole::Archivist, 1},
    {"admina", "ທ້າວ ອານຸສອນ ພູມີ", "DEPTA", MemberRole::Admin, 1},
    {"gone", "ທ້າວ ແສງທອງ ອິນທະວົງ", "DEPTA", MemberRole::Clerk, 0},
    {"multi", "ນາງ ດາລາວັນ ສີຫາລາດ", "DIVA1", MemberRole::Clerk, 0},
    {"clerkb", "ນາງ ບົວພັນ ລາດຊະວົງ", "DEPTB", MemberRole::Clerk, 2},
};

} // namespace

OrgFixture::OrgFixture(const QString &prefix)
    : m_database(std::make_unique<ScratchDatabase>(prefix))
    , m_suffix(QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(0x1000000), 6, 16,
                                        QLatin1Char('0')))
{
    m_status = m_database->ok() ? setUp() : m_database->status();
}

QStringList OrgFixture::people()
{
    QStringList names;
    for (const PersonSpec &spec : personSpecs)
        names << QString::fromLatin1(spec.who);
    return names;
}

ConnectionProfile OrgFixture::as(const QString &who) const
{
    return superuser().withUser(login(who)).withParameter(QStringLiteral("password"), password());
}

Status OrgFixture::setUp()
{
    ScopedConnection admin(superuser());
    if (!admin.ok())
        return admin.status();
    if (auto applied = Migrator(admin.database()).migrate(); !applied)
        return applied.error();

    OrganisationService organisation(admin.database());
    const QList<UnitRecord> units = {
        {QStringLiteral("PROV"), QString(), QStringLiteral("province"),
         QStringLiteral("ແຂວງ ວຽງຈັນ"), QStringLiteral("Vientiane Province"),
         QStringLiteral("ແຂວງ")},
        {QStringLiteral("DEPTA"), QStringLiteral("PROV"), QStringLiteral("department"),
         QStringLiteral("ພະແນກ ໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ"),
         QStringLiteral("Department of Posts and Telecommunications"), QStringLiteral("ປທສ")},
        {QStringLiteral("DIVA1"), QStringLiteral("DEPTA"), QStringLiteral("division"),
         QStringLiteral("ຂະແໜງ ບໍລິຫານ"), QStringLiteral("Administration Division"),
         QStringLiteral("ບຫ")},
        {QStringLiteral("DEPTB"), QStringLiteral("PROV"), QStringLiteral("department"),
         QStringLiteral("ພະແນກ ການເງິນ"), QStringLiteral("Department of Finance"),
         QStringLiteral("ກຕສ")},
    };
    if (auto imported = organisation.importUnits(units); !imported)
        return imported.error();

    PeopleService peopleService(admin.database());
    for (const PersonSpec &spec : personSpecs) {
        NewPerson person;
        person.login = login(QString::fromLatin1(spec.who));
        person.fullName = QString::fromUtf8(spec.name);
        person.unitCode = QString::fromLatin1(spec.unit);
        person.role = spec.role;
        person.clearance = spec.clearance;
        if (auto added = peopleService.addPerson(person, password()); !added)
            return added.error();
    }
    if (auto added = peopleService.addMembership(login(QStringLiteral("multi")),
                                                 QStringLiteral("DEPTB"), MemberRole::Officer);
        !added)
        return added.error();
    if (Status disabled = peopleService.disable(login(QStringLiteral("gone"))); !disabled)
        return disabled;

    RegisterService registers(admin.database());
    struct RegisterSpec
    {
        const char *key;
        const char *unit;
        const char *code;
        Direction direction;
        const char *name;
        const char *numberTemplate;
    };
    const RegisterSpec registerSpecs[] = {
        {"A-IN", "DEPTA", "IN", Direction::Incoming, "ປຶ້ມທະບຽນໜັງສືຂາເຂົ້າ", ""},
        {"A-OUT", "DEPTA", "OUT", Direction::Outgoing, "ປຶ້ມທະບຽນໜັງສືຂາອອກ", "{seq}/{abbr}.{yy}"},
        {"A1-IN", "DIVA1", "IN", Direction::Incoming, "ປຶ້ມທະບຽນໜັງສືຂາເຂົ້າ", "{seq}/{parent}.{abbr}"},
        {"B-IN", "DEPTB", "IN", Direction::Incoming, "ປຶ້ມທະບຽນໜັງສືຂາເຂົ້າ", ""},
    };
    for (const RegisterSpec &spec : registerSpecs) {
        NewRegister newRegister;
        newRegister.unitCode = QString::fromLatin1(spec.unit);
        newRegister.code = QString::fromLatin1(spec.code);
        newRegister.direction = spec.direction;
        newRegister.nameLao = QString::fromUtf8(spec.name);
        newRegister.numberTemplate = QString::fromLatin1(spec.numberTemplate);
        auto id = registers.addRegister(newRegister);
        if (!id)
            return id.error();
        m_registers.insert(QString::fromLatin1(spec.key), *id);
    }

    auto organisationId = organisation.addOrganisation(
        QStringLiteral("ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ"),
        QStringLiteral("Ministry of Technology and Communications"), QStringLiteral("ຕສ"));
    if (!organisationId)
        return organisationId.error();
    m_organisationId = *organisationId;
    return {};
}

} // namespace saraban::test
