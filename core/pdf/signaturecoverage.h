#pragma once

// Which bytes of the file a signature covers, as Saraban computes it from the /ByteRange and the
// file itself. Poppler 22.12 reports "valid" for files changed after signing and sometimes says
// nothing about coverage at all, so this is decided here and never taken from Poppler.
#include <QList>
#include <QString>

namespace saraban::pdf {

enum class CoverageKind {
    WholeFile,       // [0, a) and [b, end of file): the gap is exactly this signature's /Contents
    EarlierRevision, // the same shape, but it ends with revision N of M: the file changed after it
    Anomalous,       // the ranges do not have the shape a signature must have
    OutsideFile,     // the ranges point outside the file: the signature is invalid
    None             // no byte range at all (an empty signature field)
};

enum class CoverageProblem {
    None,
    NotTwoRanges,       // a signature has exactly two ranges
    NotFromStart,       // the first range does not start at byte 0
    Overlapping,        // the second range starts before the first ends
    GapNotContents,     // what lies between the ranges is not a hex string
    ContentsMismatch,   // ... or is not this signature's own /Contents
    EndsInsideRevision, // the last range ends neither at end of file nor at a revision's %%EOF
    OutsideFile,
    NoRanges
};

struct SignatureCoverage
{
    CoverageKind kind = CoverageKind::None;
    CoverageProblem problem = CoverageProblem::NoRanges;
    QList<qint64> byteRange; // offset, length, offset, length as written in the file
    qint64 signedEnd = 0;    // the first byte after the last range
    qint64 fileSize = 0;
    int revision = 0; // 1-based revision the signed bytes end with; 0 when not at a revision end
    int revisionCount = 0;

    bool coversWholeFile() const { return kind == CoverageKind::WholeFile; }
    // A signature whose ranges cannot be trusted to say what was signed.
    bool isBroken() const
    {
        return kind == CoverageKind::Anomalous || kind == CoverageKind::OutsideFile;
    }
    // Whether "view signed revision" can offer bytes [0, signedEnd).
    bool hasSignedRevision() const
    {
        return (kind == CoverageKind::WholeFile || kind == CoverageKind::EarlierRevision ||
                kind == CoverageKind::Anomalous) &&
               !byteRange.isEmpty() && byteRange.value(0) == 0 && signedEnd > 0 &&
               signedEnd <= fileSize;
    }
};

QString code(CoverageKind kind);       // "whole-file", "earlier-revision"...
QString code(CoverageProblem problem); // "none", "not-from-start"...

} // namespace saraban::pdf
