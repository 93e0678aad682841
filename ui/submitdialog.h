#pragma once

// Submitting a draft for approval: the drafter picks one of the approval chain templates the
// draft may use (its unit's or a unit's above it, for its letter type). The server starts the
// chain (saraban.draft_submit) or says why not: a returned draft must be revised first.
#include "core/domain/directory.h"
#include "ui/senddialog.h"

class QComboBox;

namespace saraban::ui {

class SubmitDialog : public SendDialog
{
    Q_OBJECT

public:
    SubmitDialog(const QString &subject, const QList<ChainChoice> &choices,
                 QWidget *parent = nullptr);

    // 0 when none is chosen.
    int templateId() const;
    bool setTemplate(int templateId);

protected:
    QString validate() const override;

private:
    QComboBox *m_chain = nullptr;
};

} // namespace saraban::ui
