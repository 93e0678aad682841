#pragma once

// Pages of letters for register views and search: saraban.letters_page() on the server, which
// filters, sorts and limits in SQL and applies the same visibility rule as row-level security.
#include "core/domain/letterfilter.h"
#include "core/domain/lettersummary.h"
#include "core/domain/pagekey.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace saraban {

class ServerQuery;

class LetterQuery
{
    Q_DECLARE_TR_FUNCTIONS(saraban::LetterQuery)

public:
    static constexpr int defaultPageSize = 100;
    static constexpr int maximumPageSize = 500;

    explicit LetterQuery(QSqlDatabase database);
    ~LetterQuery();
    LetterQuery(LetterQuery &&) noexcept;
    LetterQuery &operator=(LetterQuery &&) noexcept;

    // The newest letters matching filter, after `after` when it is valid.
    Result<QList<LetterSummary>> page(const LetterFilter &filter, const PageKey &after = {},
                                      int limit = defaultPageSize) const;
    // Where the page that ends with letter ends.
    static PageKey keyOf(const LetterSummary &letter)
    {
        return PageKey{letter.registeredAt, letter.id};
    }

private:
    QSqlDatabase m_database;
    // Prepared at the first page and reused for the next ones.
    mutable std::unique_ptr<ServerQuery> m_query;
};

} // namespace saraban
