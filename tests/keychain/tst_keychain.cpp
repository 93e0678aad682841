// A real round trip through the system keychain: write, read back, overwrite, remove, and the
// answer for a key that is not there. Runs inside with-keyring.sh.
#include "core/secrets/secretstore.h"
#include "tests/support/verify.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace saraban;

namespace {

// Starts a store operation and waits for its callback through the event loop, as the
// application does; a keychain that never answers fails the test after 30 s instead of hanging.
template <typename Answer, typename Start> std::optional<Answer> waitForAnswer(Start start)
{
    std::optional<Answer> answer;
    QEventLoop loop;
    start([&](Answer result) {
        answer.emplace(std::move(result));
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!answer)
        loop.exec();
    return answer;
}

Error noAnswer()
{
    return Error{QStringLiteral("test.timeout"), QStringLiteral("no answer in 30 s"), {}};
}

Result<std::optional<QString>> readNow(SecretStore &store, const QString &key)
{
    auto answer = waitForAnswer<Result<std::optional<QString>>>(
        [&](SecretStore::ReadCallback done) { store.read(key, std::move(done)); });
    return answer ? *answer : Result<std::optional<QString>>(noAnswer());
}

// Writes secret under key, or removes the key when secret is null.
Status writeNow(SecretStore &store, const QString &key, const QString *secret)
{
    auto answer = waitForAnswer<Status>([&](SecretStore::WriteCallback done) {
        if (secret)
            store.write(key, *secret, std::move(done));
        else
            store.remove(key, std::move(done));
    });
    return answer ? *answer : Status(noAnswer());
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void missingKeyIsNotAnError();
};

void TestKeychain::roundTrip()
{
    auto store = createKeychainSecretStore(QStringLiteral("org.saraban.Saraban.test"));
    const QString key = QStringLiteral("clerk@db.gnet.la/") + QUuid::createUuid().toString();
    // A Lao pass phrase with a space and a tone mark: the keychain must keep every byte.
    const QString first = QStringLiteral("ລະຫັດ ຜ່ານ-໑໒໓");
    const QString second = QStringLiteral("another secret");

    SARABAN_VERIFY_OK(writeNow(*store, key, &first));
    auto read = readNow(*store, key);
    SARABAN_VERIFY_OK(read);
    QVERIFY(read->has_value());
    QCOMPARE(**read, first);

    SARABAN_VERIFY_OK(writeNow(*store, key, &second));
    read = readNow(*store, key);
    SARABAN_VERIFY_OK(read);
    QCOMPARE(read->value_or(QString()), second);

    SARABAN_VERIFY_OK(writeNow(*store, key, nullptr));
    read = readNow(*store, key);
    SARABAN_VERIFY_OK(read);
    QVERIFY(!read->has_value());
}

void TestKeychain::missingKeyIsNotAnError()
{
    auto store = createKeychainSecretStore(QStringLiteral("org.saraban.Saraban.test"));
    auto read = readNow(*store, QStringLiteral("never-written-") + QUuid::createUuid().toString());
    SARABAN_VERIFY_OK(read);
    QVERIFY(!read->has_value());
    // Removing what is not there leaves the same outcome, so it is not a failure either.
    SARABAN_VERIFY_OK(writeNow(*store, QStringLiteral("never-written"), nullptr));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
