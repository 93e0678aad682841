// 0011 documents, as real people: letter templates (kept by the unit's administrators, found
// up the tree) and the versions of an incoming letter's file (received stamp by a clerk,
// endorsement by a head), which the server accepts only as incremental updates of the latest
// version and never changes afterwards.
#include "core/domain/letterdraft.h"
#include "core/services/documentservice.h"
#include "core/services/letterservice.h"
#include "core/services/minimalpdf.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QTest>

#include <memory>

using namespace saraban;
using namespace saraban::test;

class tst_LetterDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void adminSavesATemplate();
    void templateInputIsChecked_data();
    void templateInputIsChecked();
    void templatesAreFoundUpTheTree();
    void clerkAddsAStamp();
    void versionMustBeAnIncrementalUpdate();
    void headAddsAnEndorsement();
    void whoMayAddVersions_data();
    void whoMayAddVersions();

private:
    int unitId(const QString &code) const;
    qint64 countVersions() const;

    std::unique_ptr<OrgFixture> m_fixture;
    qint64 m_letterId = 0;
    QByteArray m_original;
    QByteArray m_stamped;
};

namespace {

pdf::LetterTemplate departmentTemplate()
{
    pdf::LetterTemplate letterTemplate;
    letterTemplate.issuerLines = {QStringLiteral("ແຂວງ ວຽງຈັນ"),
                                  QStringLiteral("ພະແນກ ໄປສະນີ ໂທລະຄົມ ແລະ ການສື່ສານ")};
    letterTemplate.place = QStringLiteral("ເມືອງໂພນໂຮງ");
    letterTemplate.stateLine2 = QStringLiteral("ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນາຖາວອນ");
    letterTemplate.signatureRect = QRectF(0.5, 0.72, 0.4, 0.1);
    return letterTemplate;
}

} // namespace

void tst_LetterDocuments::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("letterdocuments"));
    SARABAN_VERIFY_OK(m_fixture->status());
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    SARABAN_VERIFY_OK(clerk.status());
    LetterDraft letter;
    letter.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    letter.subject = QStringLiteral("ໜັງສືແຈ້ງການ ກ່ຽວກັບ ການປະຊຸມ");
    letter.letterDate = QDate::currentDate();
    letter.receivedOn = QDate::currentDate();
    letter.parties << LetterParty{LetterParty::Role::From, std::nullopt, QStringLiteral("ກະຊວງ")};
    m_original = MinimalPdf::page({QStringLiteral("incoming")});
    letter.mainPdf = m_original;
    Result<RegisteredLetter> registered = LetterService(clerk.database()).registerLetter(letter);
    SARABAN_VERIFY_OK(registered);
    m_letterId = registered->id;
}

void tst_LetterDocuments::cleanupTestCase()
{
    m_fixture.reset();
}

int tst_LetterDocuments::unitId(const QString &code) const
{
    ScopedConnection owner(m_fixture->superuser());
    auto id =
        owner.value(QStringLiteral("SELECT id FROM saraban.units WHERE code = '%1'").arg(code));
    return id.ok() ? id->toInt() : -1;
}

qint64 tst_LetterDocuments::countVersions() const
{
    ScopedConnection owner(m_fixture->superuser());
    return number(owner, QStringLiteral("SELECT count(*) FROM saraban.letter_file_versions"));
}

void tst_LetterDocuments::adminSavesATemplate()
{
    ScopedConnection admin(m_fixture->as(QStringLiteral("admina")));
    SARABAN_VERIFY_OK(admin.status());
    DocumentService documents(admin.database());
    Result<int> saved = documents.saveTemplate(unitId(QStringLiteral("DEPTA")),
                                               QStringLiteral("default"), departmentTemplate());
    SARABAN_VERIFY_OK(saved);
    // Saving again under the same name changes the one template.
    pdf::LetterTemplate changed = departmentTemplate();
    changed.place = QStringLiteral("ນະຄອນຫຼວງວຽງຈັນ");
    Result<int> again =
        documents.saveTemplate(unitId(QStringLiteral("DEPTA")), QStringLiteral("default"), changed);
    SARABAN_VERIFY_OK(again);
    QCOMPARE(*again, *saved);
    Result<std::optional<pdf::LetterTemplate>> read =
        documents.templateFor(unitId(QStringLiteral("DEPTA")));
    SARABAN_VERIFY_OK(read);
    QVERIFY(read->has_value());
    QCOMPARE((*read)->place, QStringLiteral("ນະຄອນຫຼວງວຽງຈັນ"));
    QCOMPARE((*read)->issuerLines, departmentTemplate().issuerLines);
    QCOMPARE((*read)->stateLine2, departmentTemplate().stateLine2);
    QVERIFY(qAbs((*read)->signatureRect.y() - 0.72) < 1e-6);

    // A clerk of the unit is not its administrator; an admin of another unit neither.
    for (const QString &who : {QStringLiteral("clerka"), QStringLiteral("clerkb")}) {
        ScopedConnection person(m_fixture->as(who));
        SARABAN_VERIFY_ERROR(
            DocumentService(person.database())
                .saveTemplate(unitId(QStringLiteral("DEPTA")), QStringLiteral("default"), changed),
            "auth.not_admin");
    }
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    SARABAN_VERIFY_ERROR(
        call(clerk.database(),
             QStringLiteral("INSERT INTO saraban.letter_templates (unit_id, name, state_line1, "
                            "state_line2, issuer_lines, place, signature_rect) VALUES (1, 'x', "
                            "'a', 'b', '{c}', 'd', '{0,0,1,1}')")),
        "auth.denied");
}

void tst_LetterDocuments::templateInputIsChecked_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty place") << "place"
                                 << "template.place.empty";
    QTest::newRow("no issuer") << "issuer0"
                               << "template.issuer.count";
    QTest::newRow("five issuer lines") << "issuer5"
                                       << "template.issuer.count";
    QTest::newRow("empty issuer line") << "issuerEmpty"
                                       << "template.issuer.empty";
    QTest::newRow("signature off the page") << "rectOutside"
                                            << "template.signature_rect.outside";
    QTest::newRow("signature too small") << "rectSmall"
                                         << "template.signature_rect.outside";
    QTest::newRow("empty state line") << "state"
                                      << "template.state_line1.empty";
}

void tst_LetterDocuments::templateInputIsChecked()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    pdf::LetterTemplate letterTemplate = departmentTemplate();
    if (field == QLatin1String("place"))
        letterTemplate.place = QStringLiteral("  ");
    else if (field == QLatin1String("issuer0"))
        letterTemplate.issuerLines.clear();
    else if (field == QLatin1String("issuer5"))
        letterTemplate.issuerLines = QStringList(5, QStringLiteral("ກະຊວງ"));
    else if (field == QLatin1String("issuerEmpty"))
        letterTemplate.issuerLines << QString();
    else if (field == QLatin1String("rectOutside"))
        letterTemplate.signatureRect = QRectF(0.7, 0.9, 0.4, 0.2);
    else if (field == QLatin1String("rectSmall"))
        letterTemplate.signatureRect = QRectF(0.5, 0.5, 0.01, 0.01);
    else if (field == QLatin1String("state"))
        letterTemplate.stateLine1.clear();
    ScopedConnection admin(m_fixture->as(QStringLiteral("admina")));
    Result<int> saved = DocumentService(admin.database())
                            .saveTemplate(unitId(QStringLiteral("DEPTA")),
                                          QStringLiteral("checked"), letterTemplate);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, expected);
    // Nothing was saved under that name.
    ScopedConnection owner(m_fixture->superuser());
    QCOMPARE(number(owner, QStringLiteral("SELECT count(*) FROM saraban.letter_templates "
                                          "WHERE name = 'checked'")),
             qint64(0));
}

void tst_LetterDocuments::templatesAreFoundUpTheTree()
{
    ScopedConnection admin(m_fixture->as(QStringLiteral("adminprov")));
    pdf::LetterTemplate province;
    province.issuerLines = {QStringLiteral("ແຂວງ")};
    SARABAN_VERIFY_OK(
        DocumentService(admin.database())
            .saveTemplate(unitId(QStringLiteral("PROV")), QStringLiteral("default"), province));
    // Anyone may read templates: an officer composes with them.
    ScopedConnection officer(m_fixture->as(QStringLiteral("officera")));
    const DocumentService documents(officer.database());
    const auto issuerOf = [&](const QString &unit) {
        Result<std::optional<pdf::LetterTemplate>> found = documents.templateFor(unitId(unit));
        return found && found->has_value() ? (*found)->issuerLines : QStringList{};
    };
    QCOMPARE(issuerOf(QStringLiteral("DIVA1")), departmentTemplate().issuerLines); // DEPTA's
    QCOMPARE(issuerOf(QStringLiteral("DEPTB")), province.issuerLines);             // PROV's
    Result<std::optional<pdf::LetterTemplate>> none =
        documents.templateFor(unitId(QStringLiteral("DEPTA")), QStringLiteral("nonexistent"));
    SARABAN_VERIFY_OK(none);
    QVERIFY(!none->has_value());
}

void tst_LetterDocuments::clerkAddsAStamp()
{
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    DocumentService documents(clerk.database());
    m_stamped = m_original + "\n% received stamp, an incremental update\n";
    Result<int> version = documents.addVersion(
        m_letterId, m_stamped, DocumentService::VersionKind::Stamp, QStringLiteral("ກາຈ້ຳຮັບ"));
    SARABAN_VERIFY_OK(version);
    QCOMPARE(*version, 2);
    Result<QByteArray> content = documents.versionContent(m_letterId, 2);
    SARABAN_VERIFY_OK(content);
    QCOMPARE(*content, m_stamped);
    // The original stays as it arrived.
    Result<QByteArray> original = documents.versionContent(m_letterId, 1);
    SARABAN_VERIFY_OK(original);
    QCOMPARE(*original, m_original);
    Result<int> latest = documents.latestVersion(m_letterId);
    SARABAN_VERIFY_OK(latest);
    QCOMPARE(*latest, 2);
    // And it is in the audit chain.
    ScopedConnection owner(m_fixture->superuser());
    QCOMPARE(number(owner, QStringLiteral("SELECT count(*) FROM saraban.audit_log "
                                          "WHERE action = 'letter.version'")),
             qint64(1));
}

void tst_LetterDocuments::versionMustBeAnIncrementalUpdate()
{
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    DocumentService documents(clerk.database());
    const qint64 before = countVersions();
    // A rewritten file (the original, not the latest version, as its start; or another file).
    const QByteArray onTheOriginal = m_original + "\n% a second stamp on version 1\n";
    const QByteArray rewritten = MinimalPdf::page({QStringLiteral("rewritten")});
    const QByteArray same = m_stamped;
    for (const QByteArray &content : {onTheOriginal, rewritten, same}) {
        Result<int> refused =
            documents.addVersion(m_letterId, content, DocumentService::VersionKind::Stamp, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("letter_version.not_incremental"));
    }
    SARABAN_VERIFY_ERROR(documents.addVersion(m_letterId, "not a pdf" + QByteArray(40, 'x'),
                                              DocumentService::VersionKind::Stamp, {}),
                         "file.not_pdf");
    QCOMPARE(countVersions(), before);
}

void tst_LetterDocuments::headAddsAnEndorsement()
{
    ScopedConnection head(m_fixture->as(QStringLiteral("heada")));
    DocumentService documents(head.database());
    const QByteArray endorsed = m_stamped + "\n% endorsement\n";
    Result<int> version =
        documents.addVersion(m_letterId, endorsed, DocumentService::VersionKind::Endorsement,
                             QStringLiteral("ມອບໃຫ້ພະແນກບໍລິຫານ"));
    SARABAN_VERIFY_OK(version);
    QCOMPARE(*version, 3);
    // Every version stays readable, unchanged.
    Result<QByteArray> second = documents.versionContent(m_letterId, 2);
    SARABAN_VERIFY_OK(second);
    QCOMPARE(*second, m_stamped);
    m_stamped = endorsed;
}

void tst_LetterDocuments::whoMayAddVersions_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("officer stamps") << "officera"
                                    << "stamp"
                                    << "auth.not_clerk_of_register";
    QTest::newRow("clerk endorses") << "clerka"
                                    << "endorsement"
                                    << "endorsement.not_head";
    QTest::newRow("clerk of another unit") << "clerkb"
                                           << "stamp"
                                           << "letter.unknown";
    QTest::newRow("unknown kind") << "clerka"
                                  << "signature"
                                  << "letter_version.kind";
    QTest::newRow("admin sees no letters") << "admina"
                                           << "stamp"
                                           << "letter.unknown";
}

void tst_LetterDocuments::whoMayAddVersions()
{
    QFETCH(QString, who);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const qint64 before = countVersions();
    ScopedConnection person(m_fixture->as(who));
    const Status status =
        call(person.database(),
             QStringLiteral("SELECT saraban.letter_add_version(CAST(:letter AS bigint), "
                            "CAST(:content AS bytea), :kind, '')"),
             Bindings{{QStringLiteral(":letter"), QVariant(m_letterId)},
                      {QStringLiteral(":content"), QVariant(m_stamped + "\n% more\n")},
                      {QStringLiteral(":kind"), QVariant(kind)}});
    QVERIFY(!status);
    QCOMPARE(status.error().code, expected);
    QCOMPARE(countVersions(), before);
}

QTEST_GUILESS_MAIN(tst_LetterDocuments)
#include "tst_letterdocuments.moc"
