#pragma once

// Where a keyset page ends: the sort key and id of its last row. The next page starts after
// it. Registration times are kept to the millisecond on the server, so a QDateTime carries
// them exactly.
#include <QDateTime>

namespace saraban {

struct PageKey
{
    QDateTime registeredAt;
    qint64 id = 0;
    bool isValid() const { return registeredAt.isValid() && id > 0; }
};

} // namespace saraban
