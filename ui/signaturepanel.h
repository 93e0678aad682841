#pragma once

// The signature panel beside the viewer: a banner that sums up all signatures, the list of
// signatures in signing order with a verdict icon each, the details of the selected one
// (signer, time, integrity, certificate, coverage, fingerprints), and the actions "view signed
// version" (exactly the bytes that were signed) and "show on page".
#include "core/util/result.h"

#include <QRectF>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace saraban::pdf {
class SignatureModel;
struct SignatureInfo;
} // namespace saraban::pdf

namespace saraban::ui {

class SignaturePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SignaturePanel(QWidget *parent = nullptr);

    void setChecking();
    void setSignatures(const QList<pdf::SignatureInfo> &signatures);
    void setFailed(const Error &error);
    pdf::SignatureModel *model() const { return m_model; }
    int currentRow() const;
    void selectRow(int row);
    QString bannerText() const;

signals:
    void viewSignedRevisionRequested(int row);
    void showOnPageRequested(int page, const QRectF &area);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showBanner(int verdict, const QString &headline, const QString &detail);
    void showDetails();
    void retranslate();

    pdf::SignatureModel *m_model = nullptr;
    QLabel *m_banner = nullptr;
    QTreeView *m_list = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_viewSigned = nullptr;
    QPushButton *m_showOnPage = nullptr;
    QLabel *m_title = nullptr;
    enum class Mode { Checking, Ready, Failed } m_mode = Mode::Checking;
    Error m_error;
};

} // namespace saraban::ui
