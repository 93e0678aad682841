#pragma once

// What a clerk or a head draws onto an incoming letter's file (issue 7): the clerk's received
// stamp, or the head's endorsement, which is also written into the letter's history. The
// dialog shows page 1 of the file's latest version, with the mark's place on it: a corner
// chosen in a list, or anywhere the user clicks. The words of the mark are in Lao (the
// letter's language) whatever the interface language is. The caller does the work on
// sendRequested() (FileStamping); when the endorsement was recorded but drawing it onto the
// file failed, the dialog keeps the text, says so, and its button retries the file only.
#include "core/pdf/letter.h"
#include "core/pdf/pdfoptions.h"
#include "ui/senddialog.h"

#include <QDate>
#include <QImage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace saraban::pdf {
class PdfDocument;
struct RenderedPage;
} // namespace saraban::pdf

namespace saraban::ui {

// Page 1 with the place of the mark; a click puts the mark there.
class StampPageView : public QWidget
{
    Q_OBJECT

public:
    explicit StampPageView(QWidget *parent = nullptr);

    void setPage(const QImage &page);
    bool hasPage() const { return !m_page.isNull(); }
    void setMarkRect(const QRectF &rect);
    QRectF markRect() const { return m_rect; }
    // Where the page is drawn inside the widget (for tests that click on it).
    QRect pageArea() const;
    QSize sizeHint() const override;

signals:
    // The user clicked: the mark, its size kept, centred where they clicked (within the page).
    void placed(const QRectF &rect);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QImage m_page;
    QRectF m_rect;
};

class StampDialog : public SendDialog
{
    Q_OBJECT

public:
    enum class Kind { Received, Endorse };
    Q_ENUM(Kind)
    enum class Place { TopRight, TopLeft, BottomRight, BottomLeft, BottomMargin, Chosen };
    Q_ENUM(Place)

    // A unit the head may endorse for, with the title printed under the endorsement: their own
    // title, or "ຮັກສາການ ..." when they act for the unit's head.
    struct Unit
    {
        int id = 0;
        QString name;
        QString headTitle;
        bool acting = false;
    };

    StampDialog(Kind kind, const QString &subject, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    // The received stamp's words (unit, number, date, clerk), already made.
    void setReceivedStamp(const pdf::StampMark &mark);
    // The head's name and the date printed on an endorsement, and the units to choose from.
    void setEndorser(const QString &name, const QDate &date, const QList<Unit> &units,
                     int defaultUnit);
    // The file's latest version (version number 1 is the main file); none: nothing to draw on.
    void setDocument(const QByteArray &pdf, int version, const pdf::PdfOptions &options);
    const QByteArray &document() const { return m_pdf; }
    int documentVersion() const { return m_version; }

    QString text() const;
    void setText(const QString &text);
    int unitId() const;
    bool writesOnDocument() const;
    void setWritesOnDocument(bool on);
    void setPlace(Place place);
    Place place() const { return m_place; }
    // The mark as it will be drawn: words, page 1, the chosen place.
    pdf::StampMark mark() const;
    static QRectF rectFor(Kind kind, Place place);

    // The endorsement is in the letter's history, but the file could not be written: the text
    // and the unit stay as they were, and sending again only retries the file.
    void setEndorsementRecorded(const Error &fileError);
    bool endorsementRecorded() const { return m_recorded; }
    QString recordedNotice() const;
    StampPageView *pageView() const { return m_view; }

signals:
    void pageShown();

protected:
    QString validate() const override;
    void focusField(const Error &error) override;

private:
    void showPage(int request, const pdf::RenderedPage &page);
    void updatePreview();

    Kind m_kind;
    QByteArray m_pdf;
    int m_version = 0;
    pdf::StampMark m_received;
    QString m_endorser;
    QDate m_date;
    QList<Unit> m_units;
    Place m_place;
    QRectF m_chosen;
    bool m_recorded = false;
    pdf::PdfDocument *m_document = nullptr;

    QLabel *m_prompt = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_unitLabel = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_onDocument = nullptr;
    QComboBox *m_placeBox = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_noFile = nullptr;
    QLabel *m_notice = nullptr;
    StampPageView *m_view = nullptr;
};

} // namespace saraban::ui
