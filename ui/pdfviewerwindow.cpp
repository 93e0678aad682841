#include "ui/pdfviewerwindow.h"

#include "ui/pdfviewer.h"

#include <QAction>
#include <QIcon>

namespace saraban::ui {

PdfViewerWindow::PdfViewerWindow(pdf::PdfOptions options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_viewer(new PdfViewer(std::move(options), this))
{
    setObjectName(QStringLiteral("pdfViewerWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(QIcon(QStringLiteral(":/icons/saraban.svg")));
    // Usable on the 1366×768 screens common in provincial offices.
    resize(1280, 720);
    setCentralWidget(m_viewer);
    connect(m_viewer, &PdfViewer::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_viewer, &PdfViewer::signedRevisionRequested, this,
            &PdfViewerWindow::showSignedRevision);
    auto *close = new QAction(this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
}

void PdfViewerWindow::open(const QString &path)
{
    m_viewer->open(path);
}

void PdfViewerWindow::openData(const QByteArray &bytes, const QString &title, const QString &notice)
{
    m_viewer->setNotice(notice);
    m_viewer->openData(bytes, title);
}

void PdfViewerWindow::showSignedRevision(const QByteArray &bytes, const QString &title,
                                         const QString &notice)
{
    auto *window = new PdfViewerWindow(m_options, parentWidget());
    window->openData(bytes, title, notice);
    window->show();
    emit windowOpened(window);
}

} // namespace saraban::ui
