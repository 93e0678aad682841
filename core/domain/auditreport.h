#pragma once

// What verifying the audit chain found.
#include <QString>

#include <optional>

namespace saraban {

struct AuditReport
{
    enum class Problem {
        None,
        Changed,      // a record's content no longer matches its hash
        Unlinked,     // a record does not carry the previous record's hash
        Missing,      // a number in the chain is absent (deleted)
        BeyondHead,   // records after the recorded end of the chain (inserted)
        HeadMismatch, // the chain ends before, or differently from, its recorded end
    };

    qint64 checked = 0; // records read
    Problem problem = Problem::None;
    std::optional<qint64> brokenSeq; // the first broken record
    bool ok() const { return problem == Problem::None; }
};

} // namespace saraban
