#pragma once

// The signatory's and the clerk's screens for saraban-screenshots (issue 7): the signing dialog
// at the sign step of an approval (comment field, a certificate offered), the issue dialog
// filled in, and a composed Lao letter's first page after its number and date were stamped on
// its number line. They need saraban-document-worker and saraban-pdf-worker, not the server.
#include "tests/screenshots/workspacescreens.h"

namespace saraban::screenshots {

// Saves OUTDIR/signing-step<suffix>, OUTDIR/issue<suffix>, OUTDIR/issue-error<suffix> and
// OUTDIR/numbered-page<suffix>; the number that failed.
int saveIssueScreens(QWidget *window, const QString &out, const QString &suffix,
                     const SaveFunction &save);

} // namespace saraban::screenshots
