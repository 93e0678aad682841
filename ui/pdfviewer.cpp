#include "ui/pdfviewer.h"

#include "core/pdf/pdfdocument.h"
#include "core/pdf/signaturemodel.h"
#include "core/pdf/signaturetext.h"
#include "ui/pdfpageimage.h"
#include "ui/pdfpageview.h"
#include "ui/pdfthumbnailbar.h"
#include "ui/signaturepanel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace saraban::ui {

namespace {

constexpr int fitWidth = -1;
constexpr int fitPage = -2;
const QList<int> zoomSteps{25, 50, 75, 100, 125, 150, 200, 300, 400, 800};

} // namespace

PdfViewer::PdfViewer(pdf::PdfOptions options, QWidget *parent)
    : QWidget(parent)
    , m_options(std::move(options))
    , m_document(new pdf::PdfDocument(m_options, this))
{
    setObjectName(QStringLiteral("pdfViewer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildToolBar();
    layout->addWidget(m_toolBar);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // Opening: how long it has taken, and a way out.
    m_loadingPage = new QWidget(m_stack);
    m_loadingPage->setObjectName(QStringLiteral("loadingPage"));
    auto *loading = new QVBoxLayout(m_loadingPage);
    loading->addStretch();
    m_loadingLabel = new QLabel(m_loadingPage);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingProgress = new QLabel(m_loadingPage);
    m_loadingProgress->setObjectName(QStringLiteral("loadingProgress"));
    m_loadingProgress->setAlignment(Qt::AlignCenter);
    m_cancelButton = new QPushButton(m_loadingPage);
    m_cancelButton->setObjectName(QStringLiteral("loadingCancel"));
    loading->addWidget(m_loadingLabel);
    loading->addWidget(m_loadingProgress);
    loading->addWidget(m_cancelButton, 0, Qt::AlignHCenter);
    loading->addStretch();
    m_stack->addWidget(m_loadingPage);

    // A file that cannot be read.
    m_errorPage = new QWidget(m_stack);
    m_errorPage->setObjectName(QStringLiteral("errorPage"));
    auto *failure = new QVBoxLayout(m_errorPage);
    failure->addStretch();
    m_errorLabel = new QLabel(m_errorPage);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setWordWrap(true);
    m_errorDetail = new QLabel(m_errorPage);
    m_errorDetail->setObjectName(QStringLiteral("errorDetail"));
    m_errorDetail->setAlignment(Qt::AlignCenter);
    m_errorDetail->setWordWrap(true);
    m_errorDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorDetail->setStyleSheet(QStringLiteral("color: palette(mid);"));
    failure->addWidget(m_errorLabel);
    failure->addWidget(m_errorDetail);
    failure->addStretch();
    m_stack->addWidget(m_errorPage);

    // The document.
    m_viewerPage = new QWidget(m_stack);
    auto *viewer = new QVBoxLayout(m_viewerPage);
    viewer->setContentsMargins(0, 0, 0, 0);
    m_noticeLabel = new QLabel(m_viewerPage);
    m_noticeLabel->setObjectName(QStringLiteral("viewerNotice"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setMargin(6);
    m_noticeLabel->setStyleSheet(
        QStringLiteral("background:#fff4d1; color:#5c4300; border-bottom:1px solid #e5c35c;"));
    m_noticeLabel->hide();
    viewer->addWidget(m_noticeLabel);
    m_splitter = new QSplitter(m_viewerPage);
    m_thumbnails = new PdfThumbnailBar(m_splitter);
    m_pageView = new PdfPageView(m_splitter);
    m_signaturePanel = new SignaturePanel(m_splitter);
    m_splitter->addWidget(m_thumbnails);
    m_splitter->addWidget(m_pageView);
    m_splitter->addWidget(m_signaturePanel);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({150, 700, 380});
    viewer->addWidget(m_splitter, 1);
    m_stack->addWidget(m_viewerPage);

    connect(m_document, &pdf::PdfDocument::opened, this, &PdfViewer::documentOpened);
    connect(m_document, &pdf::PdfDocument::failed, this, &PdfViewer::documentFailed);
    connect(m_document, &pdf::PdfDocument::progress, this, &PdfViewer::updateLoading);
    connect(m_document, &pdf::PdfDocument::signaturesReady, m_signaturePanel,
            &SignaturePanel::setSignatures);
    connect(m_document, &pdf::PdfDocument::signaturesFailed, m_signaturePanel,
            &SignaturePanel::setFailed);
    connect(m_cancelButton, &QPushButton::clicked, m_document, &pdf::PdfDocument::cancel);
    connect(m_pageView, &PdfPageView::currentPageChanged, this, &PdfViewer::updatePageControls);
    connect(m_pageView, &PdfPageView::zoomChanged, this, &PdfViewer::showZoom);
    connect(m_pageView, &PdfPageView::selectionChanged, m_copyAction, &QAction::setEnabled);
    connect(m_pageView, &PdfPageView::findFinished, this, [this](bool found) {
        m_findStatus->setText(found || m_findEdit->text().isEmpty() ? QString() : tr("Not found"));
    });
    connect(m_thumbnails, &PdfThumbnailBar::pageActivated, m_pageView, &PdfPageView::goToPage);
    connect(m_signaturePanel, &SignaturePanel::viewSignedRevisionRequested, this,
            &PdfViewer::viewSignedRevision);
    connect(m_signaturePanel, &SignaturePanel::showOnPageRequested, m_pageView,
            &PdfPageView::showArea);

    retranslate();
    setToolsEnabled(false);
}

PdfViewer::~PdfViewer() = default;

void PdfViewer::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("pdfToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));
    // Icons come from the desktop's theme; without one the actions show their names.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    QStyle *s = style();

    m_zoomOutAction = m_toolBar->addAction(
        QString(), this, [this] { m_pageView->setZoom(m_pageView->zoom() / 1.25); });
    m_zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    m_zoomOutAction->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomCombo = new QComboBox(m_toolBar);
    m_zoomCombo->setObjectName(QStringLiteral("zoomCombo"));
    m_zoomCombo->setEditable(true);
    m_zoomCombo->setInsertPolicy(QComboBox::NoInsert);
    m_zoomCombo->addItem(QString(), fitWidth);
    m_zoomCombo->addItem(QString(), fitPage);
    for (int percent : zoomSteps)
        m_zoomCombo->addItem(QString(), percent);
    m_toolBar->addWidget(m_zoomCombo);
    connect(m_zoomCombo, &QComboBox::activated, this, &PdfViewer::applyZoomChoice);
    connect(m_zoomCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        QString text = m_zoomCombo->currentText();
        text.remove(QLatin1Char('%'));
        bool ok = false;
        const double percent = QLocale().toDouble(text.trimmed(), &ok);
        if (ok && percent > 0)
            m_pageView->setZoom(percent / 100.0);
        else
            showZoom(m_pageView->zoom());
    });
    m_zoomInAction = m_toolBar->addAction(
        QString(), this, [this] { m_pageView->setZoom(m_pageView->zoom() * 1.25); });
    m_zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    m_zoomInAction->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_toolBar->addSeparator();

    m_rotateLeftAction = m_toolBar->addAction(
        QString(), this, [this] { m_pageView->setRotation(m_pageView->rotation() + 3); });
    m_rotateLeftAction->setObjectName(QStringLiteral("rotateLeftAction"));
    m_rotateLeftAction->setIcon(QIcon::fromTheme(QStringLiteral("object-rotate-left")));
    m_rotateRightAction = m_toolBar->addAction(
        QString(), this, [this] { m_pageView->setRotation(m_pageView->rotation() + 1); });
    m_rotateRightAction->setObjectName(QStringLiteral("rotateRightAction"));
    m_rotateRightAction->setIcon(QIcon::fromTheme(QStringLiteral("object-rotate-right")));
    m_toolBar->addSeparator();

    m_pageSpin = new QSpinBox(m_toolBar);
    m_pageSpin->setObjectName(QStringLiteral("pageSpin"));
    m_pageSpin->setKeyboardTracking(false);
    m_pageSpin->setRange(1, 1);
    m_toolBar->addWidget(m_pageSpin);
    m_pageCountLabel = new QLabel(m_toolBar);
    m_pageCountLabel->setObjectName(QStringLiteral("pageCountLabel"));
    m_pageCountLabel->setContentsMargins(4, 0, 8, 0);
    m_toolBar->addWidget(m_pageCountLabel);
    connect(m_pageSpin, &QSpinBox::valueChanged, this,
            [this](int page) { m_pageView->goToPage(page - 1); });
    m_toolBar->addSeparator();

    m_findEdit = new QLineEdit(m_toolBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMaximumWidth(220);
    m_toolBar->addWidget(m_findEdit);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &PdfViewer::findNext);
    m_findPreviousAction = m_toolBar->addAction(s->standardIcon(QStyle::SP_ArrowUp), QString(),
                                                this, &PdfViewer::findPrevious);
    m_findPreviousAction->setObjectName(QStringLiteral("findPreviousAction"));
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    m_findNextAction = m_toolBar->addAction(s->standardIcon(QStyle::SP_ArrowDown), QString(), this,
                                            &PdfViewer::findNext);
    m_findNextAction->setObjectName(QStringLiteral("findNextAction"));
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    m_findStatus = new QLabel(m_toolBar);
    m_findStatus->setObjectName(QStringLiteral("findStatus"));
    m_toolBar->addWidget(m_findStatus);
    auto *findShortcut = new QAction(this);
    findShortcut->setShortcut(QKeySequence::Find);
    connect(findShortcut, &QAction::triggered, this, [this] {
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    addAction(findShortcut);
    m_toolBar->addSeparator();

    m_copyAction = m_toolBar->addAction(QString(), this, [this] { m_pageView->copySelection(); });
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyAction->setEnabled(false);
    m_printAction = m_toolBar->addAction(QString(), this, &PdfViewer::print);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_printAction->setShortcut(QKeySequence::Print);
    m_toolBar->addSeparator();

    m_thumbnailsAction = m_toolBar->addAction(QString());
    m_thumbnailsAction->setObjectName(QStringLiteral("thumbnailsAction"));
    m_thumbnailsAction->setCheckable(true);
    m_thumbnailsAction->setChecked(true);
    connect(m_thumbnailsAction, &QAction::toggled, this,
            [this](bool on) { m_thumbnails->setVisible(on); });
    m_signaturesAction = m_toolBar->addAction(QString());
    m_signaturesAction->setObjectName(QStringLiteral("signaturesAction"));
    m_signaturesAction->setCheckable(true);
    connect(m_signaturesAction, &QAction::toggled, this, [this](bool on) {
        m_signaturePanel->setVisible(on);
        if (on && m_document->state() == pdf::PdfDocument::State::Ready)
            m_document->requestSignatures();
    });
}

void PdfViewer::retranslate()
{
    m_zoomOutAction->setText(tr("Zoom out"));
    m_zoomInAction->setText(tr("Zoom in"));
    m_zoomCombo->setItemText(0, tr("Fit width"));
    m_zoomCombo->setItemText(1, tr("Fit page"));
    for (int i = 0; i < zoomSteps.size(); ++i)
        m_zoomCombo->setItemText(i + 2, QStringLiteral("%1%").arg(zoomSteps.at(i)));
    m_zoomCombo->setToolTip(tr("Zoom"));
    m_rotateLeftAction->setText(tr("Rotate left"));
    m_rotateRightAction->setText(tr("Rotate right"));
    m_pageSpin->setToolTip(tr("Go to page"));
    m_findEdit->setPlaceholderText(tr("Find in document"));
    m_findPreviousAction->setText(tr("Previous match"));
    m_findNextAction->setText(tr("Next match"));
    m_copyAction->setText(tr("Copy"));
    m_printAction->setText(tr("Print…"));
    m_thumbnailsAction->setText(tr("Pages"));
    m_signaturesAction->setText(tr("Signatures"));
    m_cancelButton->setText(tr("Cancel"));
    if (m_document)
        m_pageCountLabel->setText(tr("of %1").arg(m_document->info().pageCount()));
    if (m_stack->currentWidget() == m_loadingPage)
        updateLoading(m_elapsedMs, m_libraryMessages);
    if (m_stack->currentWidget() == m_errorPage)
        documentFailed(m_error);
    showZoom(m_pageView ? m_pageView->zoom() : 1.0);
}

void PdfViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString PdfViewer::title() const
{
    return m_name;
}

void PdfViewer::setToolsEnabled(bool enabled)
{
    for (QAction *action : m_toolBar->actions()) {
        if (action != m_copyAction)
            action->setEnabled(enabled);
    }
}

void PdfViewer::open(const QString &path)
{
    m_name = QFileInfo(path).fileName();
    emit titleChanged(m_name);
    showLoading();
    m_document->open(path);
}

void PdfViewer::openData(const QByteArray &bytes, const QString &name)
{
    m_name = name;
    emit titleChanged(m_name);
    showLoading();
    m_document->openData(bytes, name);
}

void PdfViewer::setNotice(const QString &notice)
{
    m_notice = notice;
    m_noticeLabel->setText(notice);
    m_noticeLabel->setVisible(!notice.isEmpty());
}

void PdfViewer::showLoading()
{
    setToolsEnabled(false);
    m_elapsedMs = 0;
    m_libraryMessages = 0;
    updateLoading(0, 0);
    m_stack->setCurrentWidget(m_loadingPage);
}

void PdfViewer::updateLoading(qint64 elapsedMs, quint64 libraryMessages)
{
    m_elapsedMs = elapsedMs;
    m_libraryMessages = libraryMessages;
    m_loadingLabel->setText(tr("Opening %1…").arg(m_name));
    QString progress;
    if (elapsedMs >= 1000)
        progress = tr("%1 s").arg(elapsedMs / 1000);
    if (libraryMessages > 0)
        progress += (progress.isEmpty() ? QString() : QStringLiteral(" · ")) +
                    tr("the file has %1 problems so far").arg(QLocale().toString(libraryMessages));
    m_loadingProgress->setText(progress);
}

void PdfViewer::documentOpened()
{
    m_pageView->setDocument(m_document);
    m_thumbnails->setDocument(m_document);
    const int pages = m_document->info().pageCount();
    m_pageSpin->setRange(1, std::max(1, pages));
    m_pageCountLabel->setText(tr("of %1").arg(pages));
    // Thousands of thumbnails would cost more than they help.
    m_thumbnailsAction->setChecked(pages > 1 && pages <= 2000);
    m_thumbnails->setVisible(m_thumbnailsAction->isChecked());
    const bool signedDocument = m_document->info().signatureFieldCount > 0;
    m_signaturePanel->setChecking();
    m_signaturesAction->setChecked(signedDocument);
    m_signaturePanel->setVisible(signedDocument);
    if (signedDocument)
        m_document->requestSignatures();
    setToolsEnabled(true);
    m_stack->setCurrentWidget(m_viewerPage);
    m_pageView->setFocus();
}

void PdfViewer::documentFailed(const Error &error)
{
    m_error = error;
    setToolsEnabled(false);
    m_errorLabel->setText(error.message);
    m_errorDetail->setText(error.detail);
    m_stack->setCurrentWidget(m_errorPage);
}

void PdfViewer::applyZoomChoice(int index)
{
    const int choice = m_zoomCombo->itemData(index).toInt();
    if (choice == fitWidth)
        m_pageView->setZoomMode(PdfPageView::ZoomMode::FitWidth);
    else if (choice == fitPage)
        m_pageView->setZoomMode(PdfPageView::ZoomMode::FitPage);
    else
        m_pageView->setZoom(choice / 100.0);
    showZoom(m_pageView->zoom());
}

void PdfViewer::showZoom(double zoom)
{
    if (!m_pageView)
        return;
    const QSignalBlocker blocker(m_zoomCombo);
    switch (m_pageView->zoomMode()) {
    case PdfPageView::ZoomMode::FitWidth:
        m_zoomCombo->setCurrentIndex(0);
        break;
    case PdfPageView::ZoomMode::FitPage:
        m_zoomCombo->setCurrentIndex(1);
        break;
    case PdfPageView::ZoomMode::Fixed:
        m_zoomCombo->setCurrentIndex(-1);
        m_zoomCombo->setEditText(QStringLiteral("%1%").arg(qRound(zoom * 100)));
        break;
    }
}

void PdfViewer::updatePageControls(int page)
{
    const QSignalBlocker blocker(m_pageSpin);
    m_pageSpin->setValue(page + 1);
    m_thumbnails->setCurrentPage(page);
}

void PdfViewer::findNext()
{
    m_pageView->find(m_findEdit->text());
}

void PdfViewer::findPrevious()
{
    m_pageView->find(m_findEdit->text(), true);
}

void PdfViewer::viewSignedRevision(int row)
{
    const pdf::SignatureInfo &signature = m_signaturePanel->model()->signature(row);
    const QByteArray bytes = m_document->signedRevision(signature);
    if (bytes.isEmpty()) {
        QMessageBox::information(this, tr("Signed version"),
                                 tr("The signed byte ranges of this signature do not allow "
                                    "showing what was signed."));
        return;
    }
    const QString title = tr("%1 (signed version, revision %2 of %3)")
                              .arg(m_name)
                              .arg(signature.coverage.revision)
                              .arg(signature.coverage.revisionCount);
    const QString notice =
        tr("This is exactly what %1 signed on %2: the first %3 bytes of %4. Anything added to "
           "the file afterwards is not part of it.")
            .arg(signature.signerName, pdf::SignatureText::dateTime(signature.signingTime))
            .arg(bytes.size())
            .arg(m_name);
    emit signedRevisionRequested(bytes, title, notice);
}

void PdfViewer::print()
{
    if (m_document->state() != pdf::PdfDocument::State::Ready)
        return;
    const int pages = m_document->info().pageCount();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_name);
    printer.setFromTo(1, pages);
    QPrintDialog dialog(&printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    dialog.setMinMax(1, pages);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int from = printer.fromPage() > 0 ? printer.fromPage() : 1;
    const int to = printer.toPage() > 0 ? printer.toPage() : pages;
    printTo(&printer, from, to);
}

bool PdfViewer::printTo(QPrinter *printer, int from, int to, bool showProgress)
{
    if (m_document->state() != pdf::PdfDocument::State::Ready)
        return false;
    const double dpi = std::min(300, printer->resolution());
    QPainter painter;
    if (!painter.begin(printer)) {
        QMessageBox::warning(this, tr("Print"), tr("The printer could not be started."));
        return false;
    }
    QProgressDialog progress(tr("Printing %1…").arg(m_name), tr("Cancel"), from - 1, to, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(showProgress ? 500 : 1000 * 3600);
    bool completed = true;
    for (int page = from; page <= to; ++page) {
        if (progress.wasCanceled()) {
            printer->abort();
            completed = false;
            break;
        }
        // One page at a time from the worker, at printer resolution, the event loop running.
        QImage image;
        QEventLoop loop;
        const int request = m_document->requestPage(page - 1, dpi, m_pageView->rotation());
        const QMetaObject::Connection rendered =
            connect(m_document, &pdf::PdfDocument::pageRendered, &loop,
                    [&](int id, const pdf::RenderedPage &rendering) {
                        if (id == request) {
                            image = PdfPageImage::toImage(rendering);
                            loop.quit();
                        }
                    });
        const QMetaObject::Connection failed =
            connect(m_document, &pdf::PdfDocument::requestFailed, &loop, [&](int id) {
                if (id == request)
                    loop.quit();
            });
        if (request)
            loop.exec();
        disconnect(rendered);
        disconnect(failed);
        if (!image.isNull()) {
            const QRect area = painter.viewport();
            const QSize size = image.size().scaled(area.size(), Qt::KeepAspectRatio);
            painter.drawImage(QRect(area.x() + (area.width() - size.width()) / 2,
                                    area.y() + (area.height() - size.height()) / 2, size.width(),
                                    size.height()),
                              image);
        }
        if (page < to)
            printer->newPage();
        progress.setValue(page);
    }
    painter.end();
    return completed;
}

} // namespace saraban::ui
