#pragma once

// Lao documents as offices write them, made with QPdfWriter (fonts embedded, text extractable):
// an official memo on one A4 page and a long report. Needs a QGuiApplication.
#include <QByteArray>

namespace saraban::test {

class LaoDocuments
{
public:
    static QByteArray memo();
    static QByteArray report(int pages);
};

} // namespace saraban::test
