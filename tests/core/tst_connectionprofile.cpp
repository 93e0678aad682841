// ConnectionProfile: both libpq forms parsed, bad strings and ports refused with the right
// code, the password never shown, and connInfo() quoting that survives a round trip.
#include "core/db/connectionprofile.h"
#include "tests/support/verify.h"

#include <QTest>

using namespace saraban;

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void connInfoHidesPassword_data();
    void connInfoHidesPassword();
    void quotingRoundTrips_data();
    void quotingRoundTrips();
    void localServerProfile();
    void emptyValueRemovesParameter();
};

void TestConnectionProfile::parses_data()
{
    QTest::addColumn<QString>("connInfo");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");

    QTest::newRow("keywords") << "host=db.example.la port=5433 dbname=saraban user=clerk "
                                 "sslmode=verify-full"
                              << "db.example.la" << 5433 << "saraban"
                              << "clerk"
                              << "verify-full";
    QTest::newRow("keywords, quoted values")
        << "host='db.example.la' port = '6000' dbname='my letters' user='o\\'brien'"
        << "db.example.la" << 6000 << "my letters"
        << "o'brien"
        << "";
    QTest::newRow("keywords, socket directory")
        << "host=/run/saraban port=7000 dbname=saraban user=saraban"
        << "/run/saraban" << 7000 << "saraban"
        << "saraban"
        << "";
    QTest::newRow("keywords, no port means 5432") << "host=db dbname=x user=y sslmode=require"
                                                  << "db" << 5432 << "x"
                                                  << "y"
                                                  << "require";
    QTest::newRow("keywords, Lao database name") << "host=db dbname='ສາລະບັນ' user=ສົມ"
                                                 << "db" << 5432 << "ສາລະບັນ"
                                                 << "ສົມ"
                                                 << "";
    QTest::newRow("uri") << "postgresql://clerk@db.example.la:5433/saraban?sslmode=require"
                         << "db.example.la" << 5433 << "saraban"
                         << "clerk"
                         << "require";
    QTest::newRow("uri, postgres scheme, password, no port")
        << "postgres://clerk:s3cret@db.example.la/saraban"
        << "db.example.la" << 5432 << "saraban"
        << "clerk"
        << "";
    QTest::newRow("uri, percent-encoded socket directory")
        << "postgresql://%2Frun%2Fsaraban:7001/letters?user=head&sslmode=disable"
        << "/run/saraban" << 7001 << "letters"
        << "head"
        << "disable";
    QTest::newRow("uri, IPv6") << "postgresql://[2001:db8::1]:5544/saraban?user=clerk"
                               << "2001:db8::1" << 5544 << "saraban"
                               << "clerk"
                               << "";
}

void TestConnectionProfile::parses()
{
    QFETCH(QString, connInfo);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);

    const auto profile = ConnectionProfile::fromConnInfo(connInfo);
    SARABAN_VERIFY_OK(profile);
    QCOMPARE(profile->kind(), ConnectionProfile::Kind::SharedServer);
    QVERIFY(!profile->isLocal());
    QCOMPARE(profile->host(), host);
    QCOMPARE(profile->port(), port);
    QCOMPARE(profile->database(), database);
    QCOMPARE(profile->user(), user);
    QCOMPARE(profile->sslMode(), sslMode);
    QVERIFY(profile->dataDirectory().isEmpty());
}

void TestConnectionProfile::rejects_data()
{
    QTest::addColumn<QString>("connInfo");
    QTest::addColumn<QString>("code");
    // A piece of the message that names the offending part.
    QTest::addColumn<QString>("mentions");

    QTest::newRow("port not a number") << "host=db port=abc dbname=x"
                                       << "db.conninfo.port"
                                       << "abc";
    QTest::newRow("port zero") << "host=db port=0"
                               << "db.conninfo.port"
                               << "\"0\"";
    QTest::newRow("port negative") << "host=db port=-5"
                                   << "db.conninfo.port"
                                   << "-5";
    QTest::newRow("port too big") << "host=db port=65536"
                                  << "db.conninfo.port"
                                  << "65536";
    QTest::newRow("uri, port too big") << "postgresql://db:99999/saraban"
                                       << "db.conninfo.port"
                                       << "99999";
    QTest::newRow("uri, port not a number") << "postgresql://db:http/saraban"
                                            << "db.conninfo.port"
                                            << "http";
    QTest::newRow("unknown keyword") << "host=db bogus=1"
                                     << "db.conninfo"
                                     << "bogus";
    QTest::newRow("unterminated quote") << "host='db dbname=x"
                                        << "db.conninfo"
                                        << "unterminated";
    QTest::newRow("no equals sign") << "justaword"
                                    << "db.conninfo"
                                    << "justaword";
    QTest::newRow("uri, broken IPv6") << "postgresql://[::1"
                                      << "db.conninfo"
                                      << "IPv6";
    QTest::newRow("uri, unknown parameter") << "postgresql://db/saraban?frobnicate=1"
                                            << "db.conninfo"
                                            << "frobnicate";
}

void TestConnectionProfile::rejects()
{
    QFETCH(QString, connInfo);
    QFETCH(QString, code);
    QFETCH(QString, mentions);

    const auto profile = ConnectionProfile::fromConnInfo(connInfo);
    QVERIFY2(!profile.ok(), qPrintable(QStringLiteral("accepted: ") + connInfo));
    QCOMPARE(profile.error().code, code);
    QVERIFY2(profile.error().message.contains(mentions),
             qPrintable(profile.error().message + QStringLiteral(" (expected to mention ") +
                        mentions + QLatin1Char(')')));
    // One sentence for people: the error dialog and saraban-admin show it on one line.
    QVERIFY(!profile.error().message.trimmed().contains(QLatin1Char('\n')));
}

void TestConnectionProfile::connInfoHidesPassword_data()
{
    QTest::addColumn<QString>("connInfo");
    QTest::addColumn<QString>("password");

    QTest::newRow("keyword") << "host=db user=clerk password=s3cret dbname=saraban"
                             << "s3cret";
    QTest::newRow("keyword, quoted with spaces") << "host=db user=clerk password='my s3cret pw'"
                                                 << "my s3cret pw";
    QTest::newRow("uri") << "postgresql://clerk:s3cret@db.example.la:5433/saraban"
                         << "s3cret";
    QTest::newRow("uri, parameter") << "postgresql://db/saraban?user=clerk&password=s3cret"
                                    << "s3cret";
}

void TestConnectionProfile::connInfoHidesPassword()
{
    QFETCH(QString, connInfo);
    QFETCH(QString, password);

    const auto profile = ConnectionProfile::fromConnInfo(connInfo);
    SARABAN_VERIFY_OK(profile);
    // Still there for connecting...
    QCOMPARE(profile->parameter(QStringLiteral("password")), password);
    // ...but never in what is logged or shown.
    const QString shown = profile->connInfo();
    QVERIFY2(!shown.contains(password), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("password")), qPrintable(shown));
    QVERIFY(!profile->describe().contains(password));
    QVERIFY(shown.contains(QLatin1String("user=clerk")));

    // What is shown parses back to the same connection, without the password.
    const auto reparsed = ConnectionProfile::fromConnInfo(shown);
    SARABAN_VERIFY_OK(reparsed);
    auto expected = profile->parameters();
    expected.remove(QStringLiteral("password"));
    QCOMPARE(reparsed->parameters(), expected);
}

void TestConnectionProfile::quotingRoundTrips_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("plain") << "dbname"
                           << "saraban";
    QTest::newRow("space") << "dbname"
                           << "letters of 2024";
    QTest::newRow("leading and trailing spaces") << "application_name"
                                                 << "  padded  ";
    QTest::newRow("tab") << "application_name"
                         << "a\tb";
    QTest::newRow("newline") << "application_name"
                             << "a\nb";
    QTest::newRow("single quote") << "user"
                                  << "o'brien";
    QTest::newRow("backslash") << "application_name"
                               << "back\\slash";
    QTest::newRow("quote and backslash at the end") << "application_name"
                                                    << "x\\'";
    QTest::newRow("equals sign") << "options"
                                 << "-c search_path=saraban";
    QTest::newRow("socket directory with spaces") << "host"
                                                  << "/tmp/my sockets/run";
    QTest::newRow("Lao") << "dbname"
                         << "ສາລະບັນ ແຂວງ";
}

void TestConnectionProfile::quotingRoundTrips()
{
    QFETCH(QString, key);
    QFETCH(QString, value);

    const auto base = ConnectionProfile::fromConnInfo(
        QStringLiteral("host=db.example.la port=5433 dbname=saraban user=clerk"));
    SARABAN_VERIFY_OK(base);
    const ConnectionProfile profile = base->withParameter(key, value);
    QCOMPARE(profile.parameter(key), value);

    const QString text = profile.connInfo();
    const auto reparsed = ConnectionProfile::fromConnInfo(text);
    SARABAN_VERIFY_OK(reparsed);
    QCOMPARE(reparsed->parameter(key), value);
    QCOMPARE(reparsed->parameters(), profile.parameters());
}

void TestConnectionProfile::localServerProfile()
{
    const ConnectionProfile profile = ConnectionProfile::forLocalServer(
        QStringLiteral("/tmp/sb test/run"), 41234, QStringLiteral("saraban"),
        QStringLiteral("saraban"), QStringLiteral("/tmp/sb test"));
    QCOMPARE(profile.kind(), ConnectionProfile::Kind::LocalServer);
    QVERIFY(profile.isLocal());
    QCOMPARE(profile.host(), QStringLiteral("/tmp/sb test/run"));
    QCOMPARE(profile.port(), 41234);
    QCOMPARE(profile.dataDirectory(), QStringLiteral("/tmp/sb test"));

    // The same parameters reach libpq whichever way the profile was made.
    const auto reparsed = ConnectionProfile::fromConnInfo(profile.connInfo());
    SARABAN_VERIFY_OK(reparsed);
    QCOMPARE(reparsed->parameters(), profile.parameters());
    QCOMPARE(reparsed->kind(), ConnectionProfile::Kind::SharedServer);
}

void TestConnectionProfile::emptyValueRemovesParameter()
{
    const auto profile =
        ConnectionProfile::fromConnInfo(QStringLiteral("host=db user=clerk sslmode=require"));
    SARABAN_VERIFY_OK(profile);
    const ConnectionProfile without = profile->withParameter(QStringLiteral("sslmode"), QString());
    QVERIFY(!without.parameters().contains(QStringLiteral("sslmode")));
    QVERIFY(!without.connInfo().contains(QLatin1String("sslmode")));
    QCOMPARE(without.withUser(QStringLiteral("head")).user(), QStringLiteral("head"));
    QCOMPARE(profile->user(), QStringLiteral("clerk"));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
