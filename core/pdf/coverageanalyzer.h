#pragma once

// Computes a signature's coverage from the file's bytes: the shape of its /ByteRange, whether
// the gap is exactly its own /Contents hex string, and which revision (incremental update) the
// signed bytes end with. Revisions are counted by their "startxref N %%EOF" trailers; the extra
// trailer of a linearized file's first page ("startxref 0") is not a revision.
#include "core/pdf/signaturecoverage.h"

#include <QByteArray>
#include <QList>

namespace saraban::pdf {

class CoverageAnalyzer
{
public:
    explicit CoverageAnalyzer(QByteArray file);

    // Offsets just after each revision's "%%EOF", in file order.
    const QList<qint64> &revisionEnds() const { return m_revisionEnds; }
    int revisionCount() const;

    // contents: the signature's /Contents as decoded by the PDF library (empty when unknown);
    // when given, the gap between the ranges must hold exactly these bytes (plus zero padding).
    SignatureCoverage analyze(const QList<qint64> &byteRange, const QByteArray &contents) const;

    // The exact bytes the signature signed: [0, signedEnd). Empty when there is no such prefix.
    QByteArray signedRevision(const SignatureCoverage &coverage) const;

private:
    bool isBlank(qint64 from, qint64 to) const;
    bool gapHoldsContents(qint64 from, qint64 to, const QByteArray &contents,
                          CoverageProblem *problem) const;

    QByteArray m_file;
    QList<qint64> m_revisionEnds;
};

} // namespace saraban::pdf
