#pragma once

// The signatures of one document as a table for the signature panel: one row per signature
// field in signing order, a verdict role for the panel's icons, and the details of a row as
// labelled lines (signer, time, integrity, certificate, coverage, fingerprints). GUI-free: the
// widget (ui/signaturepanel.h) chooses icons and colours from VerdictRole.
#include "core/pdf/documentsummary.h"
#include "core/pdf/signatureinfo.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

namespace saraban::pdf {

class SignatureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SignerColumn, TimeColumn, VerdictColumn, CoverageColumn, ColumnCount };
    enum Role {
        VerdictRole = Qt::UserRole + 1, // int(SignatureVerdict)
        KindRole,                       // int(SignatureKind)
        PageRole,                       // 0-based page of the visible signature, -1 when none
        CoversWholeFileRole             // bool
    };

    explicit SignatureModel(QObject *parent = nullptr);

    void setSignatures(const QList<SignatureInfo> &signatures);
    const QList<SignatureInfo> &signatures() const { return m_signatures; }
    const SignatureInfo &signature(int row) const { return m_signatures.at(row); }
    DocumentSummary summary() const { return m_summary; }
    // Labelled lines describing one signature and its certificate, translated.
    QList<QPair<QString, QString>> details(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SignatureInfo> m_signatures;
    DocumentSummary m_summary;
};

} // namespace saraban::pdf
