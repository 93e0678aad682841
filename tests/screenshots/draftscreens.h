#pragma once

// The outgoing-draft screens for saraban-screenshots: the new draft dialog filled in with its
// composed first page, and the submit dialog with a chain the drafter writes, read from the
// server CONNINFO signs in to (the demo's somphone or daravanh draft for the department).
// Composing needs saraban-document-worker: set SARABAN_DOCUMENT_WORKER when the screenshots
// program is not next to it.
#include "tests/screenshots/workspacescreens.h"

namespace saraban::screenshots {

// Saves OUTDIR/draft<suffix> and OUTDIR/submit-chain<suffix>; the number that failed.
int saveDraftScreens(ConnectionController &controller, QWidget *window, const QString &out,
                     const QString &suffix, const SaveFunction &save);

} // namespace saraban::screenshots
