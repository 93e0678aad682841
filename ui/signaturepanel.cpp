#include "ui/signaturepanel.h"

#include "core/pdf/signaturemodel.h"
#include "core/pdf/signaturetext.h"
#include "core/pdf/signatureverdict.h"

#include <QEvent>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace saraban::ui {

namespace {

using pdf::DocumentVerdict;
using pdf::SignatureVerdict;

// Icons by verdict, from the style, so that they follow the desktop's theme.
class VerdictIcons : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole || index.column() != pdf::SignatureModel::SignerColumn)
            return QIdentityProxyModel::data(index, role);
        QStyle *style = qobject_cast<QWidget *>(QObject::parent())->style();
        switch (static_cast<SignatureVerdict>(
            QIdentityProxyModel::data(index, pdf::SignatureModel::VerdictRole).toInt())) {
        case SignatureVerdict::Valid:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case SignatureVerdict::NotTrusted:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case SignatureVerdict::Invalid:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case SignatureVerdict::NotVerifiable:
            return style->standardIcon(QStyle::SP_MessageBoxQuestion);
        case SignatureVerdict::Unsigned:
            return style->standardIcon(QStyle::SP_FileIcon);
        }
        return {};
    }
};

// Background and text colours of the banner: green, amber, red, or neutral.
QString bannerStyle(int verdict)
{
    switch (static_cast<DocumentVerdict>(verdict)) {
    case DocumentVerdict::AllValid:
        return QStringLiteral("background:#dff3e0; color:#14532d; border:1px solid #86c98b;");
    case DocumentVerdict::NotTrusted:
    case DocumentVerdict::NotVerifiable:
    case DocumentVerdict::UnsignedFieldsOnly:
        return QStringLiteral("background:#fff4d1; color:#5c4300; border:1px solid #e5c35c;");
    case DocumentVerdict::ChangedAfterSigning:
    case DocumentVerdict::Invalid:
        return QStringLiteral("background:#fbdcdc; color:#7a1010; border:1px solid #e08a8a;");
    case DocumentVerdict::NoSignatures:
        break;
    }
    return QStringLiteral("background:palette(window); border:1px solid palette(mid);");
}

} // namespace

SignaturePanel::SignaturePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new pdf::SignatureModel(this))
{
    setObjectName(QStringLiteral("signaturePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("signatureBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setMargin(8);
    layout->addWidget(m_banner);

    auto *icons = new VerdictIcons(this);
    icons->setSourceModel(m_model);
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("signatureList"));
    m_list->setModel(icons);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // The panel is narrow: signer and verdict; the time and the coverage are in the details.
    m_list->setColumnHidden(pdf::SignatureModel::TimeColumn, true);
    m_list->setColumnHidden(pdf::SignatureModel::CoverageColumn, true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("signatureDetails"));
    m_details->setOpenLinks(false);
    layout->addWidget(m_details, 2);

    auto *buttons = new QHBoxLayout;
    m_viewSigned = new QPushButton(this);
    m_viewSigned->setObjectName(QStringLiteral("viewSignedRevision"));
    m_showOnPage = new QPushButton(this);
    m_showOnPage->setObjectName(QStringLiteral("showSignatureOnPage"));
    buttons->addWidget(m_viewSigned);
    buttons->addWidget(m_showOnPage);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SignaturePanel::showDetails);
    connect(m_viewSigned, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit viewSignedRevisionRequested(currentRow());
    });
    connect(m_showOnPage, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0 && m_model->signature(row).page >= 0)
            emit showOnPageRequested(m_model->signature(row).page, m_model->signature(row).rect);
    });
    retranslate();
    setChecking();
}

int SignaturePanel::currentRow() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void SignaturePanel::selectRow(int row)
{
    m_list->setCurrentIndex(m_list->model()->index(row, 0));
}

QString SignaturePanel::bannerText() const
{
    return m_banner->text();
}

void SignaturePanel::setChecking()
{
    m_mode = Mode::Checking;
    m_model->setSignatures({});
    showBanner(static_cast<int>(DocumentVerdict::NoSignatures), tr("Checking the signatures…"),
               QString());
    showDetails();
}

void SignaturePanel::setSignatures(const QList<pdf::SignatureInfo> &signatures)
{
    m_mode = Mode::Ready;
    m_model->setSignatures(signatures);
    const pdf::DocumentSummary summary = m_model->summary();
    showBanner(static_cast<int>(summary.verdict), pdf::SignatureText::toText(summary.verdict),
               pdf::SignatureText::summaryDetail(summary));
    // The most telling signature first: the newest one, which covers the most.
    int selected = -1;
    for (int row = 0; row < signatures.size(); ++row) {
        if (signatures.at(row).isSigned())
            selected = row;
    }
    selectRow(selected >= 0 ? selected : 0);
    showDetails();
}

void SignaturePanel::setFailed(const Error &error)
{
    m_mode = Mode::Failed;
    m_error = error;
    m_model->setSignatures({});
    showBanner(static_cast<int>(DocumentVerdict::NotVerifiable),
               tr("The signatures could not be checked."), error.message);
    showDetails();
}

void SignaturePanel::showBanner(int verdict, const QString &headline, const QString &detail)
{
    m_banner->setStyleSheet(bannerStyle(verdict) + QStringLiteral("border-radius:4px;"));
    QString html = QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
    if (!detail.isEmpty())
        html += QStringLiteral("<br>%1").arg(detail.toHtmlEscaped());
    m_banner->setText(html);
}

void SignaturePanel::showDetails()
{
    const int row = currentRow();
    const bool valid = row >= 0 && row < m_model->rowCount();
    m_viewSigned->setEnabled(valid && m_model->signature(row).coverage.hasSignedRevision());
    m_showOnPage->setEnabled(valid && m_model->signature(row).page >= 0);
    if (!valid) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const auto &[label, value] : m_model->details(row))
        html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

void SignaturePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignaturePanel::retranslate()
{
    m_title->setText(tr("Signatures"));
    m_viewSigned->setText(tr("View signed version"));
    m_viewSigned->setToolTip(
        tr("Open exactly the bytes this signature covers, as they were when it was signed."));
    m_showOnPage->setText(tr("Show on page"));
    switch (m_mode) {
    case Mode::Checking:
        setChecking();
        break;
    case Mode::Ready:
        setSignatures(m_model->signatures());
        break;
    case Mode::Failed:
        setFailed(m_error);
        break;
    }
}

} // namespace saraban::ui
