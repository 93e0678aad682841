#pragma once

// QVERIFY for Saraban's Status and Result: on failure the test log shows the error's code,
// message and detail (the failed command and its output), not just "false".
#include "core/util/result.h"

#include <QTest>

namespace saraban::test {

inline QString errorText(const Status &status)
{
    if (status.ok())
        return QString();
    return QStringLiteral("[%1] %2").arg(status.error().code, status.error().toString());
}

template <typename T> QString errorText(const Result<T> &result)
{
    return errorText(result.status());
}

} // namespace saraban::test

// QVERIFY2 evaluates its message even when the check passes, and error() of a successful
// Result must not be called: errorText() is safe either way.
#define SARABAN_VERIFY_OK(expression)                                                              \
    do {                                                                                           \
        const auto &sarabanVerified_ = (expression);                                               \
        QVERIFY2(sarabanVerified_.ok(), qPrintable(saraban::test::errorText(sarabanVerified_)));   \
    } while (false)

// Checks that expression failed with the given error code.
#define SARABAN_VERIFY_ERROR(expression, expectedCode)                                             \
    do {                                                                                           \
        const auto &sarabanFailed_ = (expression);                                                 \
        QVERIFY2(!sarabanFailed_.ok(), "expected the error " expectedCode ", got success");        \
        QCOMPARE(sarabanFailed_.error().code, QStringLiteral(expectedCode));                       \
    } while (false)
