// Finding letters: the search normalisation is the same in SQL and C++ (checked on whole Lao
// word lists), spelling variants find each other, filters and keyset pages behave, and the
// GUI-free RegisterModel fetches page by page.
#include "core/models/registermodel.h"
#include "core/services/letterquery.h"
#include "core/services/letterservice.h"
#include "core/text/searchtext.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace saraban;
using namespace saraban::test;

class tst_Search : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void normalisation_data();
    void normalisation();
    void normalisationAgreesOnWordLists_data();
    void normalisationAgreesOnWordLists();
    void finds_data();
    void finds();
    void filters();
    void keysetPages();
    void refusesBadQueries_data();
    void refusesBadQueries();
    void registerModelFetchesPages();
    void registerModelReportsErrors();
    void dateRangeHoldsTheWholeDay();

private:
    qint64 registerLetter(const QString &registerKey, const QString &subject,
                          const QString &theirNumber = QString());
    QStringList subjectsFound(const LetterFilter &filter) const;

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_clerk;
    std::unique_ptr<ScopedConnection> m_officer;
};

void tst_Search::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("search"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_clerk = std::make_unique<ScopedConnection>(m_fixture->as(QStringLiteral("clerka")));
    m_officer = std::make_unique<ScopedConnection>(m_fixture->as(QStringLiteral("officera")));
    SARABAN_VERIFY_OK(m_clerk->status());
    SARABAN_VERIFY_OK(m_officer->status());
    // Subjects in the spellings people actually type.
    registerLetter(QStringLiteral("A-IN"), QStringLiteral("ໜັງສືແຈ້ງການ ກ່ຽວກັບ ງົບປະມານ"));
    registerLetter(QStringLiteral("A-IN"), QStringLiteral("ກອງປະຊຸມ ຢູ່ ຫຼວງພະບາງ"));
    registerLetter(QStringLiteral("A-IN"), QStringLiteral("ການສຳມະນາ ທີ່ ນະຄອນຫລວງ ວຽງຈັນ"));
    registerLetter(QStringLiteral("A-IN"), QStringLiteral("ກອງປະຊຸມ ຄັ້ງທີ ໑໒ ປີ ໒໐໒໖"),
                   QStringLiteral("45/ສພຊ"));
    registerLetter(QStringLiteral("A-IN"),
                   QStringLiteral("Internet Exchange Point for the province"));
    registerLetter(QStringLiteral("A-IN"), QStringLiteral("ຂໍ ງົບປະມານ 100% ສຳລັບ ໂຄງການ"));
    registerLetter(QStringLiteral("A-IN"), QStringLiteral("ລະຫັດ file_name ໃນ ລະບົບ"));
}

void tst_Search::cleanupTestCase()
{
    m_clerk.reset();
    m_officer.reset();
    m_fixture.reset();
}

qint64 tst_Search::registerLetter(const QString &registerKey, const QString &subject,
                                  const QString &theirNumber)
{
    LetterDraft letter;
    letter.registerId = m_fixture->registerId(registerKey);
    letter.subject = subject;
    letter.letterDate = QDate::currentDate();
    letter.theirNumber = theirNumber;
    if (registerKey.endsWith(QLatin1String("OUT"))) {
        letter.parties << LetterParty{LetterParty::Role::To, m_fixture->organisationId(), {}};
    } else {
        letter.receivedOn = QDate::currentDate();
        letter.parties << LetterParty{LetterParty::Role::From, m_fixture->organisationId(), {}};
    }
    auto registered = LetterService(m_clerk->database()).registerLetter(letter);
    if (!registered) {
        qWarning().noquote() << registered.error().toString();
        return 0;
    }
    return registered->id;
}

QStringList tst_Search::subjectsFound(const LetterFilter &filter) const
{
    auto page = LetterQuery(m_officer->database()).page(filter, PageKey{}, 500);
    if (!page)
        return {QStringLiteral("error: ") + page.error().code};
    QStringList subjects;
    for (const LetterSummary &letter : *page)
        subjects << letter.subject;
    subjects.sort();
    return subjects;
}

void tst_Search::normalisation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("precomposed ໜ") << QStringLiteral("ໜັງສື") << QStringLiteral("ຫນັງສື");
    QTest::newRow("precomposed ໝ") << QStringLiteral("ໝາກໄມ້") << QStringLiteral("ຫມາກໄມ້");
    QTest::newRow("precomposed ຳ") << QStringLiteral("ຄຳ") << QStringLiteral("ຄໍາ");
    QTest::newRow("old ຫລ") << QStringLiteral("ຫລວງ") << QStringLiteral("ຫຼວງ");
    QTest::newRow("new ຫຼ") << QStringLiteral("ຫຼວງ") << QStringLiteral("ຫຼວງ");
    QTest::newRow("ຫ ລ split by a space") << QStringLiteral("ຫ ລວງ") << QStringLiteral("ຫຼວງ");
    QTest::newRow("Lao digits") << QStringLiteral("໐໑໒໓໔໕໖໗໘໙") << QStringLiteral("0123456789");
    QTest::newRow("spaces inside a phrase")
        << QStringLiteral("ກອງ ປະຊຸມ\tໃຫຍ່\n") << QStringLiteral("ກອງປະຊຸມໃຫຍ່");
    QTest::newRow("invisible characters")
        << QStringLiteral("ກອງ\u200Bປະຊຸມ\u00A0ໃຫຍ່\uFEFF\u00AD") << QStringLiteral("ກອງປະຊຸມໃຫຍ່");
    QTest::newRow("English case") << QStringLiteral("Internet EXCHANGE")
                                  << QStringLiteral("internetexchange");
    QTest::newRow("full-width Latin") << QStringLiteral("ＡＢＣ１２３") << QStringLiteral("abc123");
    QTest::newRow("accented Latin") << QStringLiteral("Café ÉTÉ") << QStringLiteral("caféété");
    QTest::newRow("ideographic space") << QStringLiteral("a\u3000b") << QStringLiteral("ab");
    QTest::newRow("number") << QStringLiteral("330/ປທສ.") << QStringLiteral("330/ປທສ.");
    QTest::newRow("empty") << QString() << QString();
}

void tst_Search::normalisation()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(text::normalizeForSearch(input), expected);
    ServerQuery query(m_officer->database(),
                      QStringLiteral("SELECT saraban.normalize_search(CAST(:text AS text))"));
    query.bind(QStringLiteral(":text"), input);
    SARABAN_VERIFY_OK(query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), expected);
}

void tst_Search::normalisationAgreesOnWordLists_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("Google spell-check list") << "google_lo_spellcheck_dict.txt";
    QTest::newRow("MoPT dictionary headwords") << "mopt_headwords.txt";
    QTest::newRow("UDHR in Lao") << "udhr_lao.txt";
}

void tst_Search::normalisationAgreesOnWordLists()
{
    QFETCH(QString, file);
    QFile input(QStringLiteral(SARABAN_TEST_DATA_DIR "/lao/") + file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));
    QStringList lines = QString::fromUtf8(input.readAll()).split(QLatin1Char('\n'));
    // Mixed in: upper case, Lao digits and odd spaces, so every rule is exercised.
    for (qsizetype i = 0; i < lines.size(); i += 7)
        lines[i] = lines.at(i).toUpper() + QStringLiteral(" ໑໙ Ｘ\u00A0y");
    // One round trip: the lines joined by a separator both sides leave alone.
    const QChar separator(0x1E);
    ServerQuery query(m_officer->database(),
                      QStringLiteral("SELECT saraban.normalize_search(CAST(:text AS text))"));
    query.bind(QStringLiteral(":text"), lines.join(separator));
    SARABAN_VERIFY_OK(query.exec());
    QVERIFY(query.next());
    const QStringList server = query.value(0).toString().split(separator);
    QCOMPARE(server.size(), lines.size());
    int changed = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString client = text::normalizeForSearch(lines.at(i));
        QVERIFY2(client == server.at(i),
                 qPrintable(QStringLiteral("line %1: \"%2\" -> C++ \"%3\", SQL \"%4\"")
                                .arg(i + 1)
                                .arg(lines.at(i), client, server.at(i))));
        changed += client != lines.at(i);
    }
    QVERIFY(changed > 0);
}

void tst_Search::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QString notice = QStringLiteral("ໜັງສືແຈ້ງການ ກ່ຽວກັບ ງົບປະມານ");
    const QString budget = QStringLiteral("ຂໍ ງົບປະມານ 100% ສຳລັບ ໂຄງການ");
    const QString luangPrabang = QStringLiteral("ກອງປະຊຸມ ຢູ່ ຫຼວງພະບາງ");
    const QString vientiane = QStringLiteral("ການສຳມະນາ ທີ່ ນະຄອນຫລວງ ວຽງຈັນ");
    const QString twelfth = QStringLiteral("ກອງປະຊຸມ ຄັ້ງທີ ໑໒ ປີ ໒໐໒໖");
    const QString internet = QStringLiteral("Internet Exchange Point for the province");
    QTest::newRow("decomposed ຫນ finds ໜ") << "ຫນັງສື" << QStringList{notice};
    QTest::newRow("old ຫລ finds new ຫຼ") << "ຫລວງພະບາງ" << QStringList{luangPrabang};
    QTest::newRow("new ຫຼ finds old ຫລ") << "ນະຄອນຫຼວງ" << QStringList{vientiane};
    QTest::newRow("both spellings of ຫຼວງ") << "ຫຼວງ" << QStringList{luangPrabang, vientiane};
    QTest::newRow("Arabic digits find Lao digits") << "ທີ 12" << QStringList{twelfth};
    QTest::newRow("Lao digits find Lao digits") << "໒໐໒໖" << QStringList{twelfth};
    QTest::newRow("spaces do not matter") << "ກອງ ປະ ຊຸມ" << QStringList{luangPrabang, twelfth};
    QTest::newRow("substring inside a Lao phrase") << "ປະມານ" << QStringList{budget, notice};
    QTest::newRow("English, any case") << "exchange POINT" << QStringList{internet};
    QTest::newRow("correspondent, Lao")
        << "ເຕັກໂນໂລຊີ"
        << QStringList{budget,       twelfth, internet,
                       luangPrabang, notice,  QStringLiteral("ລະຫັດ file_name ໃນ ລະບົບ"),
                       vientiane};
    QTest::newRow("correspondent, English")
        << "TECHNOLOGY AND COMM"
        << QStringList{budget,       twelfth, internet,
                       luangPrabang, notice,  QStringLiteral("ລະຫັດ file_name ໃນ ລະບົບ"),
                       vientiane};
    QTest::newRow("sender's number") << "45/ສພຊ" << QStringList{twelfth};
    QTest::newRow("% is a character, not a wildcard") << "0%" << QStringList{budget};
    QTest::newRow("_ is a character, not a wildcard")
        << "e_n" << QStringList{QStringLiteral("ລະຫັດ file_name ໃນ ລະບົບ")};
    QTest::newRow("nothing") << "ບໍ່ມີຄຳນີ້ໃນໜັງສືໃດ" << QStringList{};
}

void tst_Search::finds()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    expected.sort();
    LetterFilter filter;
    filter.text = query;
    QCOMPARE(subjectsFound(filter), expected);
}

void tst_Search::filters()
{
    LetterFilter all;
    all.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    const int total = static_cast<int>(subjectsFound(all).size());
    QCOMPARE(total, 7);

    // By number: exactly, or every number that starts so.
    LetterFilter number;
    number.number = QStringLiteral("1/ປທສ");
    number.numberPrefix = false;
    QCOMPARE(subjectsFound(number), QStringList{QStringLiteral("ໜັງສືແຈ້ງການ ກ່ຽວກັບ ງົບປະມານ")});
    number.number = QStringLiteral("໑"); // prefix, in Lao digits
    number.numberPrefix = true;
    QCOMPARE(subjectsFound(number).size(), 1);

    LetterFilter dates = all;
    dates.from = QDate::currentDate().addDays(1);
    QVERIFY(subjectsFound(dates).isEmpty());
    dates.from = QDate::currentDate().addDays(-1);
    dates.to = QDate::currentDate().addDays(1);
    QCOMPARE(subjectsFound(dates).size(), total);

    LetterFilter status = all;
    status.status = QStringLiteral("registered");
    QCOMPARE(subjectsFound(status).size(), total);
    status.status = QStringLiteral("closed");
    QVERIFY(subjectsFound(status).isEmpty());

    LetterFilter direction;
    direction.direction = Direction::Outgoing;
    QVERIFY(subjectsFound(direction).isEmpty());
    direction.direction = Direction::Incoming;
    QCOMPARE(subjectsFound(direction).size(), total);

    LetterFilter type;
    type.letterTypeId = 1;
    QVERIFY(subjectsFound(type).isEmpty());
}

void tst_Search::keysetPages()
{
    QList<qint64> registered;
    for (int i = 0; i < 25; ++i)
        registered.prepend(
            registerLetter(QStringLiteral("A-OUT"), QStringLiteral("ໜັງສືອອກ ສະບັບທີ %1").arg(i)));
    LetterFilter filter;
    filter.registerId = m_fixture->registerId(QStringLiteral("A-OUT"));
    LetterQuery query(m_officer->database());
    QList<qint64> seen;
    PageKey after;
    int pages = 0;
    for (;;) {
        auto page = query.page(filter, after, 10);
        SARABAN_VERIFY_OK(page);
        ++pages;
        for (const LetterSummary &letter : *page)
            seen << letter.id;
        if (page->size() < 10)
            break;
        after = LetterQuery::keyOf(page->constLast());
    }
    QCOMPARE(pages, 3);
    // Newest first, each once, none skipped, even where registration times are equal.
    QCOMPARE(seen, registered);
}

void tst_Search::refusesBadQueries_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("page of 0") << "p_limit => 0"
                               << "query.limit.out_of_range";
    QTest::newRow("page of 501") << "p_limit => 501"
                                 << "query.limit.out_of_range";
    QTest::newRow("half a page key") << "p_after_id => 5"
                                     << "query.after.incomplete";
    QTest::newRow("dates the wrong way round")
        << "p_date_from => current_date, p_date_to => current_date - 1"
        << "query.date_range.invalid";
    QTest::newRow("over-long text") << "p_text => repeat('ກ', 201)"
                                    << "query.text.too_long";
    QTest::newRow("control character") << "p_text => E'a\\x01b'"
                                       << "query.text.control";
}

void tst_Search::refusesBadQueries()
{
    QFETCH(QString, arguments);
    QFETCH(QString, expected);
    const Status status =
        call(m_officer->database(),
             QStringLiteral("SELECT * FROM saraban.letters_page(%1)").arg(arguments));
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, expected);
}

void tst_Search::registerModelFetchesPages()
{
    // Pages come through a worker thread's connection; rows arrive through the event loop.
    DbWorker worker(m_fixture->as(QStringLiteral("officera")));
    RegisterModel model(&worker);
    model.setPageSize(10);
    LetterFilter filter;
    filter.registerId = m_fixture->registerId(QStringLiteral("A-OUT"));
    model.setFilter(filter);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.columnCount(), int(RegisterModel::ColumnCount));
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 20);
    model.fetchMore(QModelIndex());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(!model.lastError());

    const QModelIndex newest = model.index(0, RegisterModel::SubjectColumn);
    QCOMPARE(model.data(newest).toString(), QStringLiteral("ໜັງສືອອກ ສະບັບທີ 24"));
    QCOMPARE(model.data(model.index(24, RegisterModel::SubjectColumn)).toString(),
             QStringLiteral("ໜັງສືອອກ ສະບັບທີ 0"));
    QVERIFY(model.data(model.index(0, RegisterModel::NumberColumn)).toString().contains(u'/'));
    QCOMPARE(model.data(newest, RegisterModel::DirectionRole).toString(),
             QStringLiteral("outgoing"));
    QCOMPARE(model.data(model.index(0, RegisterModel::StatusColumn)).toString(),
             QStringLiteral("ລົງທະບຽນແລ້ວ"));
    QCOMPARE(model.data(model.index(0, RegisterModel::UrgencyColumn)).toString(),
             QStringLiteral("ທຳມະດາ"));
    QVERIFY(model.data(newest, RegisterModel::IdRole).toLongLong() > 0);
    QVERIFY(!model.headerData(RegisterModel::SubjectColumn, Qt::Horizontal).toString().isEmpty());

    // A new filter starts over.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    LetterFilter search;
    search.text = QStringLiteral("ສະບັບທີ 1");
    model.setFilter(search);
    QCOMPARE(reset.count(), 1);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 10); // a page of "1" and "10".."19"
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 11);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void tst_Search::registerModelReportsErrors()
{
    DbWorker worker(m_fixture->superuser());
    RegisterModel model(&worker);
    QSignalSpy failed(&model, &RegisterModel::loadFailed);
    model.setFilter(LetterFilter{});
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.lastError());
    QCOMPARE(model.lastError()->code, QStringLiteral("auth.not_person"));
}

// "Registered on or before" starts the server's walk at a key after that day (LetterQuery), so
// the edges of the day in the office's zone (UTC+7) must come out exactly as the date says,
// even for a letter whose stored time and date disagree by most of a day (as after a change
// of the office's time zone setting).
void tst_Search::dateRangeHoldsTheWholeDay()
{
    struct Edge
    {
        const char *tag;
        const char *registeredAt;
        const char *registeredOn;
    };
    const Edge edges[] = {
        {"before", "2025-03-13 23:59:59.999+07", "2025-03-13"},
        {"first", "2025-03-14 00:00:00+07", "2025-03-14"},
        {"last", "2025-03-14 23:59:59.999+07", "2025-03-14"},
        {"shifted", "2025-03-15 23:30:00+00", "2025-03-14"},
        {"next", "2025-03-15 00:00:00+07", "2025-03-15"},
    };
    ScopedConnection admin(m_fixture->superuser());
    for (const Edge &edge : edges) {
        const qint64 id = registerLetter(QStringLiteral("A-IN"),
                                         QStringLiteral("ຂອບວັນ ") + QLatin1String(edge.tag));
        QVERIFY(id > 0);
        SARABAN_VERIFY_OK(admin.execute(
            QStringLiteral("UPDATE saraban.letters SET registered_at = '%1', registered_on = '%2' "
                           "WHERE id = %3")
                .arg(QLatin1String(edge.registeredAt), QLatin1String(edge.registeredOn))
                .arg(id)));
    }
    const auto found = [&](const QDate &from, const QDate &to) {
        LetterFilter filter;
        filter.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
        filter.text = QStringLiteral("ຂອບວັນ");
        filter.from = from;
        filter.to = to;
        QStringList tags;
        for (const QString &subject : subjectsFound(filter))
            tags << subject.section(QLatin1Char(' '), -1);
        return tags.join(QLatin1Char(','));
    };
    QCOMPARE(found({}, QDate(2025, 3, 14)), QStringLiteral("before,first,last,shifted"));
    QCOMPARE(found(QDate(2025, 3, 14), QDate(2025, 3, 14)), QStringLiteral("first,last,shifted"));
    QCOMPARE(found({}, QDate(2025, 3, 13)), QStringLiteral("before"));
    QCOMPARE(found(QDate(2025, 3, 15), QDate(2025, 3, 15)), QStringLiteral("next"));
    QCOMPARE(found({}, QDate(2025, 3, 12)), QString());
}

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_search.moc"
