#include "ui/stampdialog.h"

#include "core/pdf/pdfdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace saraban::ui {

namespace {

// The server's limit for an endorsement (0009_routing.sql).
constexpr int maximumEndorsement = 2000;
// Page 1 at this resolution fits the dialog at 1366x768 and still shows where the text is.
constexpr double previewDpi = 48;

} // namespace

StampPageView::StampPageView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stampPage"));
    setMinimumSize(220, 300);
    setCursor(Qt::CrossCursor);
}

void StampPageView::setPage(const QImage &page)
{
    m_page = page;
    updateGeometry();
    update();
}

void StampPageView::setMarkRect(const QRectF &rect)
{
    m_rect = rect;
    update();
}

QSize StampPageView::sizeHint() const
{
    return m_page.isNull() ? QSize(300, 424) : m_page.size().scaled(360, 480, Qt::KeepAspectRatio);
}

QRect StampPageView::pageArea() const
{
    if (m_page.isNull())
        return rect().adjusted(4, 4, -4, -4);
    const QSize size = m_page.size().scaled(width() - 8, height() - 8, Qt::KeepAspectRatio);
    return QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

void StampPageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = pageArea();
    painter.fillRect(area, Qt::white);
    if (!m_page.isNull())
        painter.drawImage(area, m_page);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRect(area.adjusted(0, 0, -1, -1));
    if (m_rect.isEmpty())
        return;
    const QRectF mark(area.left() + m_rect.left() * area.width(),
                      area.top() + m_rect.top() * area.height(), m_rect.width() * area.width(),
                      m_rect.height() * area.height());
    painter.setPen(QPen(QColor(0xb0, 0x10, 0x20), 2));
    painter.setBrush(QColor(0xb0, 0x10, 0x20, 40));
    painter.drawRect(mark);
}

void StampPageView::mousePressEvent(QMouseEvent *event)
{
    const QRect area = pageArea();
    if (event->button() != Qt::LeftButton || m_rect.isEmpty() || !area.contains(event->pos()))
        return QWidget::mousePressEvent(event);
    const qreal x = (event->position().x() - area.left()) / area.width();
    const qreal y = (event->position().y() - area.top()) / area.height();
    QRectF rect = m_rect;
    rect.moveCenter(QPointF(x, y));
    // The whole mark stays on the page.
    rect.moveLeft(std::clamp(rect.left(), 0.0, 1.0 - rect.width()));
    rect.moveTop(std::clamp(rect.top(), 0.0, 1.0 - rect.height()));
    setMarkRect(rect);
    emit placed(rect);
}

StampDialog::StampDialog(Kind kind, const QString &subject, QWidget *parent)
    : SendDialog(parent)
    , m_kind(kind)
    , m_place(kind == Kind::Received ? Place::TopRight : Place::BottomMargin)
{
    setObjectName(kind == Kind::Received ? QStringLiteral("stampDialog")
                                         : QStringLiteral("endorseDialog"));
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    columns->addLayout(left, 1);

    auto *about = new QLabel(subject, this);
    about->setObjectName(QStringLiteral("subject"));
    about->setWordWrap(true);
    QFont bold = about->font();
    bold.setBold(true);
    about->setFont(bold);
    left->addWidget(about);

    if (kind == Kind::Endorse) {
        m_prompt = new QLabel(tr("&Instruction: who handles it and how."), this);
        m_prompt->setWordWrap(true);
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("text"));
        m_text->setTabChangesFocus(true);
        m_prompt->setBuddy(m_text);
        left->addWidget(m_prompt);
        left->addWidget(m_text, 1);
        auto *form = new QFormLayout;
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("unit"));
        m_unitLabel = new QLabel(tr("Endorse &for:"), this);
        m_unitLabel->setBuddy(m_unit);
        form->addRow(m_unitLabel, m_unit);
        left->addLayout(form);
        m_onDocument = new QCheckBox(tr("Also &write it on the document"), this);
        m_onDocument->setObjectName(QStringLiteral("writeOnDocument"));
        left->addWidget(m_onDocument);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            updatePreview();
            revalidate();
        });
        connect(m_unit, &QComboBox::currentIndexChanged, this, &StampDialog::updatePreview);
        connect(m_onDocument, &QCheckBox::toggled, this, [this] {
            updatePreview();
            revalidate();
        });
    }

    auto *placeForm = new QFormLayout;
    m_placeBox = new QComboBox(this);
    m_placeBox->setObjectName(QStringLiteral("place"));
    const auto addPlace = [this](Place place, const QString &name) {
        m_placeBox->addItem(name, static_cast<int>(place));
    };
    if (kind == Kind::Endorse)
        addPlace(Place::BottomMargin, tr("Bottom margin"));
    addPlace(Place::TopRight, tr("Top right corner"));
    addPlace(Place::TopLeft, tr("Top left corner"));
    addPlace(Place::BottomRight, tr("Bottom right corner"));
    addPlace(Place::BottomLeft, tr("Bottom left corner"));
    addPlace(Place::Chosen, tr("Where I clicked on the page"));
    auto *placeLabel = new QLabel(tr("&Place on page 1:"), this);
    placeLabel->setBuddy(m_placeBox);
    placeForm->addRow(placeLabel, m_placeBox);
    left->addLayout(placeForm);
    auto *hint = new QLabel(tr("Click on the page to put it anywhere else."), this);
    hint->setWordWrap(true);
    left->addWidget(hint);

    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("stampWords"));
    m_words->setWordWrap(true);
    m_words->setTextFormat(Qt::PlainText);
    m_words->setFrameShape(QFrame::StyledPanel);
    m_words->setMargin(6);
    m_words->setStyleSheet(kind == Kind::Received ? QStringLiteral("color: #b01020;")
                                                  : QStringLiteral("color: #103090;"));
    left->addWidget(m_words);
    m_noFile = new QLabel(tr("This letter has no PDF file to write on."), this);
    m_noFile->setObjectName(QStringLiteral("noFile"));
    m_noFile->setWordWrap(true);
    m_noFile->hide();
    left->addWidget(m_noFile);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("recordedNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_notice->hide();
    left->addWidget(m_notice);
    if (kind == Kind::Received)
        left->addStretch(1);

    m_view = new StampPageView(this);
    columns->addWidget(m_view, 1);
    body()->addLayout(columns, 1);

    connect(m_placeBox, &QComboBox::currentIndexChanged, this, [this] {
        m_place = static_cast<Place>(m_placeBox->currentData().toInt());
        updatePreview();
    });
    connect(m_view, &StampPageView::placed, this, [this](const QRectF &rect) {
        m_chosen = rect;
        setPlace(Place::Chosen);
    });

    if (kind == Kind::Received) {
        setWindowTitle(tr("Stamp as received"));
        setSendText(tr("Stamp"));
    } else {
        setWindowTitle(tr("Endorse the letter"));
        setSendText(tr("Endorse"));
    }
    setPlace(m_place);
    resize(820, 560);
    updatePreview();
    revalidate();
}

QRectF StampDialog::rectFor(Kind kind, Place place)
{
    // Fractions of the page. The received stamp is small and sits in a corner's margin, where
    // clerks put it on paper; the endorsement needs room for a few lines and the head's name.
    // The received stamp stays right of the centred state lines (they end at about 0.71).
    const QSizeF size = kind == Kind::Received ? QSizeF(0.26, 0.062) : QSizeF(0.46, 0.14);
    const qreal margin = 0.01;
    switch (place) {
    case Place::TopRight:
        return QRectF(QPointF(1 - margin - size.width(), margin), size);
    case Place::TopLeft:
        return QRectF(QPointF(margin + 0.01, margin), size);
    case Place::BottomRight:
        return QRectF(QPointF(1 - margin - size.width(), 1 - margin - size.height()), size);
    case Place::BottomLeft:
        return QRectF(QPointF(margin + 0.01, 1 - margin - size.height()), size);
    case Place::BottomMargin:
        // Below the text of most letters, left of the signature block.
        return QRectF(QPointF(0.05, 0.83), size);
    case Place::Chosen:
        break;
    }
    return QRectF(QPointF(1 - margin - size.width(), margin), size);
}

void StampDialog::setReceivedStamp(const pdf::StampMark &mark)
{
    m_received = mark;
    updatePreview();
}

void StampDialog::setEndorser(const QString &name, const QDate &date, const QList<Unit> &units,
                              int defaultUnit)
{
    m_endorser = name;
    m_date = date;
    m_units = units;
    if (!m_unit)
        return;
    m_unit->clear();
    for (const Unit &unit : units)
        m_unit->addItem(unit.acting ? tr("%1 (acting head)").arg(unit.name) : unit.name, unit.id);
    const int index = m_unit->findData(defaultUnit);
    m_unit->setCurrentIndex(index >= 0 ? index : 0);
    // One unit: nothing to choose, but the line still says for whom.
    m_unit->setEnabled(units.size() > 1 && !m_recorded);
    updatePreview();
    revalidate();
}

void StampDialog::setDocument(const QByteArray &pdf, int version, const pdf::PdfOptions &options)
{
    m_pdf = pdf;
    m_version = version;
    const bool hasFile = !pdf.isEmpty();
    m_noFile->setVisible(!hasFile);
    if (m_onDocument) {
        m_onDocument->setEnabled(hasFile);
        m_onDocument->setChecked(hasFile);
    }
    if (!hasFile) {
        updatePreview();
        revalidate();
        return;
    }
    delete m_document;
    m_document = new pdf::PdfDocument(options, this);
    connect(m_document, &pdf::PdfDocument::opened, this,
            [this] { m_document->requestPage(0, previewDpi); });
    connect(m_document, &pdf::PdfDocument::pageRendered, this, &StampDialog::showPage);
    m_document->openData(pdf, QStringLiteral("latest.pdf"));
    updatePreview();
    revalidate();
}

void StampDialog::showPage(int, const pdf::RenderedPage &page)
{
    m_view->setPage(QImage(reinterpret_cast<const uchar *>(page.pixels.constData()),
                           page.size.width(), page.size.height(), page.bytesPerLine,
                           static_cast<QImage::Format>(page.format))
                        .copy());
    emit pageShown();
}

QString StampDialog::text() const
{
    return m_text ? m_text->toPlainText().trimmed() : QString();
}

void StampDialog::setText(const QString &text)
{
    if (m_text)
        m_text->setPlainText(text);
}

int StampDialog::unitId() const
{
    return m_unit && m_unit->currentIndex() >= 0 ? m_unit->currentData().toInt() : 0;
}

bool StampDialog::writesOnDocument() const
{
    if (m_kind == Kind::Received)
        return !m_pdf.isEmpty();
    return m_onDocument->isChecked() && !m_pdf.isEmpty();
}

void StampDialog::setWritesOnDocument(bool on)
{
    if (m_onDocument)
        m_onDocument->setChecked(on);
}

void StampDialog::setPlace(Place place)
{
    m_place = place;
    if (place == Place::Chosen && m_chosen.isEmpty())
        m_chosen = rectFor(m_kind, Place::TopRight);
    const int index = m_placeBox->findData(static_cast<int>(place));
    if (index >= 0 && index != m_placeBox->currentIndex())
        m_placeBox->setCurrentIndex(index);
    updatePreview();
}

pdf::StampMark StampDialog::mark() const
{
    pdf::StampMark mark;
    if (m_kind == Kind::Received) {
        mark = m_received;
    } else {
        QString title;
        for (const Unit &unit : m_units) {
            if (unit.id == unitId())
                title = unit.headTitle;
        }
        mark = pdf::StampText::endorsement(text(), m_endorser, title, m_date);
    }
    mark.page = 0;
    mark.rect = m_place == Place::Chosen ? m_chosen : rectFor(m_kind, m_place);
    return mark;
}

void StampDialog::updatePreview()
{
    const pdf::StampMark drawn = mark();
    m_view->setMarkRect(writesOnDocument() ? drawn.rect : QRectF());
    m_placeBox->setEnabled(writesOnDocument());
    m_words->setText(drawn.lines.join(QLatin1Char('\n')));
    // The words as they will be drawn, while they will be.
    m_words->setVisible(!drawn.lines.isEmpty() && (m_kind == Kind::Received || writesOnDocument()));
}

void StampDialog::setEndorsementRecorded(const Error &fileError)
{
    m_recorded = true;
    if (m_text)
        m_text->setReadOnly(true);
    if (m_unit)
        m_unit->setEnabled(false);
    if (m_onDocument)
        m_onDocument->setEnabled(false);
    m_notice->setText(recordedNotice() + QLatin1Char('\n') + fileError.message);
    m_notice->show();
    setSendText(tr("Retry writing on the document"));
    // The error line under the fields says the same; the notice is what stays.
    showOutcome(fileError);
}

QString StampDialog::recordedNotice() const
{
    return tr("The endorsement is recorded in the letter's history, but it could not be written "
              "on the document. Nothing you wrote is lost: retry, or close and the endorsement "
              "stays as text only.");
}

QString StampDialog::validate() const
{
    if (m_kind == Kind::Received) {
        if (m_pdf.isEmpty())
            return tr("This letter has no PDF file to stamp.");
        return QString();
    }
    const QString value = text();
    if (value.isEmpty())
        return tr("The instruction is required: write at least a few words.");
    if (value.size() > maximumEndorsement)
        return tr("The instruction is too long: at most %1 characters, now %2.")
            .arg(maximumEndorsement)
            .arg(value.size());
    if (unitId() == 0)
        return tr("Choose the unit you endorse for.");
    return QString();
}

void StampDialog::focusField(const Error &error)
{
    if (m_unit && error.code.startsWith(QLatin1String("endorsement")))
        m_unit->setFocus();
    else if (m_text && !m_recorded)
        m_text->setFocus();
}

} // namespace saraban::ui
