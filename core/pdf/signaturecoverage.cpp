#include "core/pdf/signaturecoverage.h"

namespace saraban::pdf {

QString code(CoverageKind kind)
{
    switch (kind) {
    case CoverageKind::WholeFile:
        return QStringLiteral("whole-file");
    case CoverageKind::EarlierRevision:
        return QStringLiteral("earlier-revision");
    case CoverageKind::Anomalous:
        return QStringLiteral("anomalous");
    case CoverageKind::OutsideFile:
        return QStringLiteral("outside-file");
    case CoverageKind::None:
        return QStringLiteral("none");
    }
    return {};
}

QString code(CoverageProblem problem)
{
    switch (problem) {
    case CoverageProblem::None:
        return QStringLiteral("none");
    case CoverageProblem::NotTwoRanges:
        return QStringLiteral("not-two-ranges");
    case CoverageProblem::NotFromStart:
        return QStringLiteral("not-from-start");
    case CoverageProblem::Overlapping:
        return QStringLiteral("overlapping");
    case CoverageProblem::GapNotContents:
        return QStringLiteral("gap-not-contents");
    case CoverageProblem::ContentsMismatch:
        return QStringLiteral("contents-mismatch");
    case CoverageProblem::EndsInsideRevision:
        return QStringLiteral("ends-inside-revision");
    case CoverageProblem::OutsideFile:
        return QStringLiteral("outside-file");
    case CoverageProblem::NoRanges:
        return QStringLiteral("no-ranges");
    }
    return {};
}

} // namespace saraban::pdf
