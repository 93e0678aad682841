#pragma once

// A head names someone to decide in their place (ຮັກສາການ) for some days: a person working in
// the unit or below it, from a first to a last day inclusive, with a note. The server
// (saraban.acting_appoint) has the last word: overlaps, who may appoint, the longest period.
#include "core/domain/directory.h"
#include "ui/senddialog.h"

class QComboBox;
class QLineEdit;

namespace saraban::ui {

class LaoDateEdit;

class ActingDialog : public SendDialog
{
    Q_OBJECT

public:
    static constexpr int maximumDays = 366; // acting_max_days' default
    static constexpr int noteMaximum = 1000;

    // headUnits: the units the signed-in person (myLogin) heads.
    ActingDialog(const Directory &directory, const QList<int> &headUnits, const QString &myLogin,
                 QWidget *parent = nullptr);

    int unitId() const;
    QString actingLogin() const;
    QDate startsOn() const;
    QDate endsOn() const;
    QString note() const;

    void setUnit(int unitId);
    bool setActing(const QString &login);
    void setPeriod(const QDate &first, const QDate &last);
    void setNote(const QString &note);

protected:
    QString validate() const override;
    void focusField(const Error &error) override;

private:
    void fillPeople();

    Directory m_directory;
    QString m_myLogin;
    QDate m_today;
    QComboBox *m_unit = nullptr;
    QComboBox *m_person = nullptr;
    LaoDateEdit *m_starts = nullptr;
    LaoDateEdit *m_ends = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace saraban::ui
