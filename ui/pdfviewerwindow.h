#pragma once

// A window of its own for one PDF (File › Open PDF…, or a signed version opened from the
// signature panel). It deletes itself when closed.
#include "core/pdf/pdfoptions.h"

#include <QMainWindow>

namespace saraban::ui {

class PdfViewer;

class PdfViewerWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit PdfViewerWindow(pdf::PdfOptions options = {}, QWidget *parent = nullptr);

    PdfViewer *viewer() const { return m_viewer; }
    void open(const QString &path);
    void openData(const QByteArray &bytes, const QString &title, const QString &notice = {});

signals:
    // Another window was opened from this one (a signed version).
    void windowOpened(saraban::ui::PdfViewerWindow *window);

private:
    void showSignedRevision(const QByteArray &bytes, const QString &title, const QString &notice);

    pdf::PdfOptions m_options;
    PdfViewer *m_viewer = nullptr;
};

} // namespace saraban::ui
