// Gapless numbers under concurrency: 8 connections register 500 letters each into one
// register at the same time. Every letter gets its own number, the numbers run 1..4000
// without a gap, and registrations rolled back on the way leave no hole either.
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/services/auditservice.h"
#include "core/services/letterservice.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace saraban;
using namespace saraban::test;

class tst_Numbering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void concurrentClerksGetDistinctGaplessNumbers();

private:
    std::unique_ptr<OrgFixture> m_fixture;
};

void tst_Numbering::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("numbering"));
    SARABAN_VERIFY_OK(m_fixture->status());
}

void tst_Numbering::cleanupTestCase()
{
    m_fixture.reset();
}

void tst_Numbering::concurrentClerksGetDistinctGaplessNumbers()
{
    constexpr int connections = 8;
    constexpr int lettersEach = 500;
    constexpr int rollbackEvery = 50; // an extra registration rolled back every 50 letters
    const int registerId = m_fixture->registerId(QStringLiteral("A-IN"));

    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<QString> failures(connections);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < connections; ++i) {
        // Two clerks of the unit, four connections each.
        const ConnectionProfile profile =
            m_fixture->as(i % 2 ? QStringLiteral("clerka") : QStringLiteral("clerka2"));
        threads.emplace_back(QThread::create([&, i, profile] {
            const QString name = QStringLiteral("numbering-%1").arg(i);
            {
                auto database = db::open(profile, name);
                if (!database) {
                    failures[i] = database.error().toString();
                    ++ready;
                    return;
                }
                LetterService letters(*database);
                LetterDraft draft;
                draft.registerId = registerId;
                draft.letterDate = QDate::currentDate();
                draft.receivedOn = QDate::currentDate();
                draft.parties << LetterParty{LetterParty::Role::From, std::nullopt,
                                             QStringLiteral("ກະຊວງ ການເງິນ")};
                ++ready;
                while (!go)
                    QThread::yieldCurrentThread();
                for (int n = 0; n < lettersEach && failures[i].isEmpty(); ++n) {
                    if (n % rollbackEvery == 0) {
                        Transaction abandoned(*database);
                        draft.subject = QStringLiteral("ຖອນຄືນ %1-%2").arg(i).arg(n);
                        if (auto taken = letters.registerLetter(draft); !taken)
                            failures[i] = taken.error().toString();
                        abandoned.rollback();
                    }
                    draft.subject = QStringLiteral("ໜັງສືສະບັບທີ %1-%2").arg(i).arg(n);
                    if (auto registered = letters.registerLetter(draft); !registered)
                        failures[i] = registered.error().toString();
                }
            }
            db::close(name);
        }));
        threads.back()->start();
    }
    while (ready < connections)
        QThread::msleep(5);
    QElapsedTimer timer;
    timer.start();
    go = true;
    for (auto &thread : threads)
        QVERIFY(thread->wait(240000));
    const qint64 elapsed = timer.elapsed();
    for (int i = 0; i < connections; ++i)
        QVERIFY2(failures[i].isEmpty(), qPrintable(failures[i]));
    qInfo("%d letters from %d connections in %lld ms", connections * lettersEach, connections,
          elapsed);

    ScopedConnection admin(m_fixture->superuser());
    auto summary = admin.value(
        QStringLiteral(
            "SELECT count(*) || ' ' || count(DISTINCT seq) || ' ' || min(seq) || ' ' || max(seq) "
            "|| ' ' || count(DISTINCT number_text) FROM saraban.letters WHERE register_id = %1")
            .arg(registerId));
    SARABAN_VERIFY_OK(summary);
    QCOMPARE(summary->toString(), QStringLiteral("4000 4000 1 4000 4000"));
    auto counter = admin.value(
        QStringLiteral("SELECT last_seq FROM saraban.number_counters WHERE register_id = %1")
            .arg(registerId));
    SARABAN_VERIFY_OK(counter);
    QCOMPARE(counter->toInt(), 4000);
    // Nothing of the rolled-back registrations remains, and the chain took every letter in.
    QCOMPARE(number(admin, QStringLiteral("SELECT count(*) FROM saraban.letters WHERE subject "
                                          "LIKE 'ຖອນຄືນ%'")),
             0);
    QCOMPARE(number(admin, QStringLiteral("SELECT count(*) FROM saraban.audit_log WHERE action "
                                          "= 'letter.register'")),
             4000);
    auto report = AuditService(admin.database()).verify();
    SARABAN_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(AuditService::describe(*report)));
}

QTEST_GUILESS_MAIN(tst_Numbering)
#include "tst_numbering.moc"
