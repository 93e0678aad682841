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

// Waits for the store's callback through the event loop, as the application does; a keychain
// that never answers fails the test after the timeout instead of hanging it.
Result<std::optional<QString>> readNow(SecretStore &store, const QString &key)
{
    std::optional<Result<std::optional<QString>>> answer;
    QEventLoop loop;
    store.read(key, [&](Result<std::optional<QString>> result) {
        answer.emplace(std::move(result));
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!answer)
        loop.exec();
    if (!answer)
        return Error{QStringLiteral("test.timeout"), QStringLiteral("no answer in 30 s"), {}};
    return *answer;
}

Status writeNow(SecretStore &store, const QString &key, const QString *secret)
{
    std::optional<Status> answer;
    QEventLoop loop;
    const auto done = [&](Status status) {
        answer = status;
        loop.quit();
    };
    if (secret)
        store.write(key, *secret, done);
    else
        store.remove(key, done);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!answer)
        loop.exec();
    if (!answer)
        return Error{QStringLiteral("test.timeout"), QStringLiteral("no answer in 30 s"), {}};
    return *answer;
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
