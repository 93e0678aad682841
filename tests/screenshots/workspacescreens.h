#pragma once

// The daily work area's screens for saraban-screenshots: an inbox folder with an item selected
// (its details, holders and first page), the route dialog, a decision dialog (filled and with
// its field check showing) and the acting dialog, read from the server CONNINFO signs in to.
#include <QString>

#include <functional>

class QWidget;

namespace saraban {
class ConnectionController;
}

namespace saraban::screenshots {

using SaveFunction = std::function<bool(QWidget &, const QString &)>;

// Saves OUTDIR/<name><suffix> for each screen; the number of screens that failed.
int saveWorkspaceScreens(ConnectionController &controller, QWidget *window, const QString &out,
                         const QString &suffix, const SaveFunction &save);

} // namespace saraban::screenshots
