#include "core/pdf/coverageanalyzer.h"

#include <algorithm>

namespace saraban::pdf {

namespace {

bool isPdfWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\0';
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The value of the "startxref N" that precedes a "%%EOF" at eof, or -1 when there is none.
qint64 startxrefBefore(const QByteArray &file, qsizetype eof)
{
    qsizetype i = eof - 1;
    while (i >= 0 && isPdfWhitespace(file.at(i)))
        --i;
    const qsizetype digitsEnd = i + 1;
    while (i >= 0 && file.at(i) >= '0' && file.at(i) <= '9')
        --i;
    const qsizetype digitsStart = i + 1;
    if (digitsStart == digitsEnd || digitsEnd - digitsStart > 18)
        return -1;
    while (i >= 0 && isPdfWhitespace(file.at(i)))
        --i;
    static const QByteArray keyword("startxref");
    const qsizetype keywordStart = i + 1 - keyword.size();
    if (keywordStart < 0 || file.mid(keywordStart, keyword.size()) != keyword)
        return -1;
    return file.mid(digitsStart, digitsEnd - digitsStart).toLongLong();
}

} // namespace

CoverageAnalyzer::CoverageAnalyzer(QByteArray file)
    : m_file(std::move(file))
{
    static const QByteArray marker("%%EOF");
    qsizetype at = 0;
    while ((at = m_file.indexOf(marker, at)) >= 0) {
        const qint64 startxref = startxrefBefore(m_file, at);
        // "startxref 0" closes the first-page section of a linearized file, not a revision.
        if (startxref > 0)
            m_revisionEnds.append(at + marker.size());
        at += marker.size();
    }
}

int CoverageAnalyzer::revisionCount() const
{
    const qsizetype lastEnd = m_revisionEnds.isEmpty() ? 0 : m_revisionEnds.last();
    // Bytes after the last trailer that are more than line ends are an update of their own,
    // however broken.
    const bool unterminatedTail = !isBlank(lastEnd, m_file.size());
    return static_cast<int>(m_revisionEnds.size()) + (unterminatedTail ? 1 : 0);
}

bool CoverageAnalyzer::isBlank(qint64 from, qint64 to) const
{
    for (qint64 i = from; i < to; ++i) {
        if (!isPdfWhitespace(m_file.at(i)))
            return false;
    }
    return true;
}

bool CoverageAnalyzer::gapHoldsContents(qint64 from, qint64 to, const QByteArray &contents,
                                        CoverageProblem *problem) const
{
    if (to - from < 2 || m_file.at(from) != '<' || m_file.at(to - 1) != '>') {
        *problem = CoverageProblem::GapNotContents;
        return false;
    }
    QByteArray hex;
    hex.reserve(to - from);
    for (qint64 i = from + 1; i < to - 1; ++i) {
        const char c = m_file.at(i);
        if (isHexDigit(c))
            hex.append(c);
        else if (!isPdfWhitespace(c)) {
            *problem = CoverageProblem::GapNotContents;
            return false;
        }
    }
    if (contents.isEmpty())
        return true;
    // The placeholder is usually larger than the signature: the rest is zero padding.
    const QByteArray decoded = QByteArray::fromHex(hex);
    const bool matches = decoded.startsWith(contents) &&
                         std::all_of(decoded.cbegin() + contents.size(), decoded.cend(),
                                     [](char c) { return c == '\0'; });
    if (!matches)
        *problem = CoverageProblem::ContentsMismatch;
    return matches;
}

SignatureCoverage CoverageAnalyzer::analyze(const QList<qint64> &byteRange,
                                            const QByteArray &contents) const
{
    SignatureCoverage coverage;
    coverage.byteRange = byteRange;
    coverage.fileSize = m_file.size();
    coverage.revisionCount = revisionCount();
    if (byteRange.isEmpty()) {
        coverage.kind = CoverageKind::None;
        coverage.problem = CoverageProblem::NoRanges;
        return coverage;
    }

    const auto broken = [&coverage](CoverageKind kind, CoverageProblem problem) {
        coverage.kind = kind;
        coverage.problem = problem;
        return coverage;
    };

    for (qsizetype i = 0; i + 1 < byteRange.size(); i += 2) {
        const qint64 offset = byteRange.at(i);
        const qint64 length = byteRange.at(i + 1);
        if (offset < 0 || length < 0 || offset > coverage.fileSize ||
            length > coverage.fileSize - offset)
            return broken(CoverageKind::OutsideFile, CoverageProblem::OutsideFile);
        coverage.signedEnd = std::max(coverage.signedEnd, offset + length);
    }
    if (byteRange.size() != 4)
        return broken(CoverageKind::Anomalous, CoverageProblem::NotTwoRanges);

    const qint64 firstStart = byteRange.at(0);
    const qint64 firstEnd = firstStart + byteRange.at(1);
    const qint64 secondStart = byteRange.at(2);
    const qint64 secondEnd = secondStart + byteRange.at(3);
    coverage.signedEnd = secondEnd;
    if (firstStart != 0)
        return broken(CoverageKind::Anomalous, CoverageProblem::NotFromStart);
    if (secondStart < firstEnd)
        return broken(CoverageKind::Anomalous, CoverageProblem::Overlapping);
    CoverageProblem gapProblem = CoverageProblem::None;
    if (!gapHoldsContents(firstEnd, secondStart, contents, &gapProblem))
        return broken(CoverageKind::Anomalous, gapProblem);

    if (isBlank(secondEnd, coverage.fileSize)) {
        coverage.kind = CoverageKind::WholeFile;
        coverage.problem = CoverageProblem::None;
        coverage.revision = std::max(1, coverage.revisionCount);
        return coverage;
    }
    // The last revision ending at or before the signed bytes end; only line ends may follow it.
    const auto after = std::upper_bound(m_revisionEnds.cbegin(), m_revisionEnds.cend(), secondEnd);
    if (after != m_revisionEnds.cbegin() && isBlank(*(after - 1), secondEnd)) {
        coverage.kind = CoverageKind::EarlierRevision;
        coverage.problem = CoverageProblem::None;
        coverage.revision = static_cast<int>(after - m_revisionEnds.cbegin());
        return coverage;
    }
    return broken(CoverageKind::Anomalous, CoverageProblem::EndsInsideRevision);
}

QByteArray CoverageAnalyzer::signedRevision(const SignatureCoverage &coverage) const
{
    if (!coverage.hasSignedRevision() || coverage.fileSize != m_file.size())
        return {};
    return m_file.left(coverage.signedEnd);
}

} // namespace saraban::pdf
