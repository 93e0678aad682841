#pragma once

// The search normalisation, the C++ twin of saraban.normalize_search() in
// core/schema/0006_letters.sql. Both must give the same text for the same input (checked by
// tests/server/tst_search.cpp on the Lao word lists): a client uses it to know what the server
// will look for, for example to tell that a query is too short to use the trigram index.
#include <QString>

namespace saraban::text {

// NFKC; Lao digits to 0-9; white space and invisible format characters removed; old ຫລ to
// ຫຼ; lower case, one code point at a time (as PostgreSQL's lower() does).
QString normalizeForSearch(const QString &text);

} // namespace saraban::text
