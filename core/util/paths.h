#pragma once

// Where Saraban keeps its files. Every location can be overridden by an environment variable so
// tests and administrators can point a run somewhere else without touching the user's data.
#include <QString>

namespace saraban::paths {

// Base of the user's Saraban data: $SARABAN_DATA_DIR, else $XDG_DATA_HOME/saraban
// (~/.local/share/saraban).
QString dataDirectory();

} // namespace saraban::paths
