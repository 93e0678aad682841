#pragma once

// A PDF viewer: a toolbar (zoom, rotation, go to page, find, print, panels), the pages
// (PdfPageView), thumbnails and, for signed documents, the signature panel. While a file is
// opened it shows how long it has taken and lets the user cancel; a file that cannot be read
// gives a clear message instead of pages. All PDF work happens in the helper process.
#include "core/pdf/pdfoptions.h"
#include "core/util/result.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace saraban::pdf {
class PdfDocument;
}

namespace saraban::ui {

class PdfPageView;
class PdfThumbnailBar;
class SignaturePanel;

class PdfViewer : public QWidget
{
    Q_OBJECT

public:
    explicit PdfViewer(pdf::PdfOptions options = {}, QWidget *parent = nullptr);
    ~PdfViewer() override;

    void open(const QString &path);
    void openData(const QByteArray &bytes, const QString &name);
    // A line above the pages, such as "the signed version of ...".
    void setNotice(const QString &notice);

    pdf::PdfDocument *document() const { return m_document; }
    PdfPageView *pageView() const { return m_pageView; }
    SignaturePanel *signaturePanel() const { return m_signaturePanel; }
    PdfThumbnailBar *thumbnails() const { return m_thumbnails; }
    QString title() const;

    // Asks for the printer and the pages, then prints them.
    void print();
    // Prints pages from..to (1-based) as the viewer shows them (rotation included), rendered by
    // the worker at up to 300 dpi. False if the printer could not start or printing was cancelled.
    bool printTo(QPrinter *printer, int from, int to, bool showProgress = true);
    void findNext();
    void findPrevious();

signals:
    void titleChanged(const QString &title);
    // bytes: exactly what the signature signed; the window shows them as a document of their own.
    void signedRevisionRequested(const QByteArray &bytes, const QString &title,
                                 const QString &notice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolBar();
    void retranslate();
    void showLoading();
    void updateLoading(qint64 elapsedMs, quint64 libraryMessages);
    void documentOpened();
    void documentFailed(const Error &error);
    void applyZoomChoice(int index);
    void showZoom(double zoom);
    void updatePageControls(int page);
    void viewSignedRevision(int row);
    void setToolsEnabled(bool enabled);

    pdf::PdfOptions m_options;
    pdf::PdfDocument *m_document = nullptr;
    QString m_name;
    QString m_notice;

    QToolBar *m_toolBar = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QComboBox *m_zoomCombo = nullptr;
    QAction *m_rotateLeftAction = nullptr;
    QAction *m_rotateRightAction = nullptr;
    QSpinBox *m_pageSpin = nullptr;
    QLabel *m_pageCountLabel = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_thumbnailsAction = nullptr;
    QAction *m_signaturesAction = nullptr;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_loadingPage = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QLabel *m_loadingProgress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QWidget *m_errorPage = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_errorDetail = nullptr;
    QWidget *m_viewerPage = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    PdfThumbnailBar *m_thumbnails = nullptr;
    PdfPageView *m_pageView = nullptr;
    SignaturePanel *m_signaturePanel = nullptr;
    QLabel *m_findStatus = nullptr;
    Error m_error;
    qint64 m_elapsedMs = 0;
    quint64 m_libraryMessages = 0;
};

} // namespace saraban::ui
