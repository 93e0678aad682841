#pragma once

// Settings' screens for saraban-screenshots: Settings with two named servers, the server
// editor with its field checks showing, the sign-in dialog with a named server chosen (its
// list open), and a Lao date field with its calendar open.
#include "tests/screenshots/workspacescreens.h"

namespace saraban::screenshots {

// Saves OUTDIR/<name><suffix> for each screen; the number of screens that failed.
int saveSettingsScreens(QWidget *window, const QString &out, const QString &suffix,
                        const SaveFunction &save);

} // namespace saraban::screenshots
