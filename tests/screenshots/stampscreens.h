#pragma once

// The stamping screens for saraban-screenshots (issue 7): the clerk's received-stamp dialog and
// the head's endorse dialog ("also write it on the document", two units to choose from) on a
// composed Lao memo, and that memo's first page rendered after both were drawn onto it. They
// need saraban-document-worker and saraban-pdf-worker (SARABAN_DOCUMENT_WORKER when the
// screenshots program is not next to it), not the server.
#include "tests/screenshots/workspacescreens.h"

namespace saraban::screenshots {

// Saves OUTDIR/stamp<suffix>, OUTDIR/endorse-on-file<suffix> and OUTDIR/stamped-page<suffix>;
// the number that failed.
int saveStampScreens(QWidget *window, const QString &out, const QString &suffix,
                     const SaveFunction &save);

} // namespace saraban::screenshots
