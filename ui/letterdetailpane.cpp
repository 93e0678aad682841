#include "ui/letterdetailpane.h"

#include "core/i18n/translations.h"
#include "core/models/approvalmodel.h"
#include "core/models/inboxmodel.h"
#include "core/models/timelinemodel.h"
#include "core/pdf/pdfdocument.h"
#include "core/services/approvalservice.h"
#include "core/services/letterdetailservice.h"
#include "core/services/letterversionservice.h"
#include "core/services/routingservice.h"
#include "core/text/laodate.h"
#include "ui/pdfpageimage.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace saraban::ui {

namespace {

// The first page at this resolution is about as wide as the pane (A4 is 8.3 inches).
constexpr double previewDpi = 60.0;

const char *const fieldKeys[] = {
    "number", "register", "registered", "letterDate", "received", "sent",    "from",       "to",
    "type",   "urgency",  "secrecy",    "status",     "theirs",   "drafter", "draftState", "step"};

QString fieldLabel(const QString &key)
{
    if (key == QLatin1String("number"))
        return LetterDetailPane::tr("Number:");
    if (key == QLatin1String("register"))
        return LetterDetailPane::tr("Register:");
    if (key == QLatin1String("registered"))
        return LetterDetailPane::tr("Registered:");
    if (key == QLatin1String("letterDate"))
        return LetterDetailPane::tr("Letter date:");
    if (key == QLatin1String("received"))
        return LetterDetailPane::tr("Received:");
    if (key == QLatin1String("sent"))
        return LetterDetailPane::tr("Sent:");
    if (key == QLatin1String("from"))
        return LetterDetailPane::tr("From:");
    if (key == QLatin1String("to"))
        return LetterDetailPane::tr("To:");
    if (key == QLatin1String("type"))
        return LetterDetailPane::tr("Type:");
    if (key == QLatin1String("urgency"))
        return LetterDetailPane::tr("Urgency:");
    if (key == QLatin1String("secrecy"))
        return LetterDetailPane::tr("Confidentiality:");
    if (key == QLatin1String("status"))
        return LetterDetailPane::tr("Status:");
    if (key == QLatin1String("theirs"))
        return LetterDetailPane::tr("Their number:");
    if (key == QLatin1String("drafter"))
        return LetterDetailPane::tr("Drafter:");
    if (key == QLatin1String("draftState"))
        return LetterDetailPane::tr("State:");
    if (key == QLatin1String("step"))
        return LetterDetailPane::tr("Your step:");
    return key;
}

QString roleText(const QString &role)
{
    if (role == QLatin1String("action"))
        return LetterDetailPane::tr("to act");
    if (role == QLatin1String("copy"))
        return LetterDetailPane::tr("copy");
    if (role == QLatin1String("information"))
        return LetterDetailPane::tr("for information");
    return role;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

LetterDetailPane::LetterDetailPane(DbWorker *worker, TimelineModel *timeline,
                                   ApprovalModel *approvals, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_timeline(timeline)
    , m_approvals(approvals)
{
    setObjectName(QStringLiteral("letterDetailPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("detailSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_subject->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_subject->setFont(bold);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    layout->addWidget(m_subject);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    // Details: the fields, who holds it, the files.
    auto *detailsScroll = new QScrollArea(m_tabs);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    auto *details = new QWidget(detailsScroll);
    auto *detailsLayout = new QVBoxLayout(details);
    // A grid, not a QFormLayout: Qt 6.4's QFormLayout writes past its arrays computing the
    // height of wrapped rows once some rows are hidden (seen with valgrind).
    m_fields = new QGridLayout;
    m_fields->setColumnStretch(1, 1);
    int row = 0;
    for (const char *key : fieldKeys) {
        auto *name = new QLabel(details);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *value = new QLabel(details);
        value->setObjectName(QStringLiteral("field_") + QLatin1String(key));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields->addWidget(name, row, 0);
        m_fields->addWidget(value, row, 1);
        ++row;
        m_fieldLabels.insert(QLatin1String(key), value);
        m_fieldNames.insert(QLatin1String(key), name);
    }
    detailsLayout->addLayout(m_fields);
    m_holdersTitle = new QLabel(details);
    m_holdersTitle->setObjectName(QStringLiteral("holdersTitle"));
    m_holderList = new QTreeWidget(details);
    m_holderList->setObjectName(QStringLiteral("holders"));
    m_holderList->setRootIsDecorated(false);
    // The pane is narrow: the table fits its width instead of scrolling sideways. Who holds it
    // (name over role) takes what is left and is elided, the full text in the tooltip; dates
    // are in the short form.
    m_holderList->setColumnCount(4);
    m_holderList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_holderList->setTextElideMode(Qt::ElideRight);
    m_holderList->setUniformRowHeights(false);
    m_holderList->header()->setStretchLastSection(false);
    m_holderList->header()->setMinimumSectionSize(24);
    m_holderList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_holderList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_holderList->setMinimumHeight(90);
    m_filesTitle = new QLabel(details);
    m_files = new QListWidget(details);
    m_files->setObjectName(QStringLiteral("files"));
    m_files->setMaximumHeight(90);
    detailsLayout->addWidget(m_holdersTitle);
    detailsLayout->addWidget(m_holderList, 1);
    detailsLayout->addWidget(m_filesTitle);
    detailsLayout->addWidget(m_files);
    detailsScroll->setWidget(details);
    m_tabs->addTab(detailsScroll, QString());

    m_history = new QListView(m_tabs);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setModel(m_timeline);
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_tabs->addTab(m_history, QString());

    m_steps = new QTableView(m_tabs);
    m_steps->setObjectName(QStringLiteral("approvalSteps"));
    m_steps->setModel(m_approvals);
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabs->addTab(m_steps, QString());

    auto *previewScroll = new QScrollArea(m_tabs);
    previewScroll->setWidgetResizable(true);
    m_preview = new QLabel(previewScroll);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_preview->setWordWrap(true);
    previewScroll->setWidget(m_preview);
    m_tabs->addTab(previewScroll, QString());

    retranslate();
    clear();
}

void LetterDetailPane::retranslate()
{
    for (auto it = m_fieldNames.cbegin(); it != m_fieldNames.cend(); ++it)
        it.value()->setText(fieldLabel(it.key()));
    m_holdersTitle->setText(tr("Held now by:"));
    m_holderList->setHeaderLabels({tr("Who"), tr("State"), tr("Since"), tr("Due")});
    m_filesTitle->setText(tr("Files:"));
    m_tabs->setTabText(DetailsTab, tr("Details"));
    m_tabs->setTabText(HistoryTab, tr("History"));
    m_tabs->setTabText(ApprovalTab, tr("Approval"));
    m_tabs->setTabText(PreviewTab, tr("First page"));
    if (!m_item)
        m_subject->setText(tr("Choose an item on the left to see it here."));
}

void LetterDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

LetterDetailPane::~LetterDetailPane()
{
    if (m_worker) {
        m_worker->cancel(m_pending);
        m_worker->cancel(m_pendingFile);
    }
}

void LetterDetailPane::clear()
{
    m_worker->cancel(m_pending);
    m_worker->cancel(m_pendingFile);
    m_pending = m_pendingFile = 0;
    m_item.reset();
    m_details = LetterDetails();
    m_holders.clear();
    m_subject->setText(tr("Choose an item on the left to see it here."));
    m_message->hide();
    for (auto it = m_fieldLabels.cbegin(); it != m_fieldLabels.cend(); ++it)
        setField(it.key(), QString());
    m_holderList->clear();
    m_files->clear();
    m_versionLines.clear();
    m_timeline->setLetter(0);
    m_approvals->setDraft(0);
    if (m_document) {
        m_document->deleteLater();
        m_document = nullptr;
    }
    m_preview->setPixmap(QPixmap());
    m_preview->setText(QString());
    m_tabs->setTabVisible(ApprovalTab, false);
    if (m_tabs->currentIndex() == ApprovalTab)
        m_tabs->setCurrentIndex(DetailsTab);
}

void LetterDetailPane::setField(const QString &key, const QString &value)
{
    QLabel *label = m_fieldLabels.value(key);
    if (!label)
        return;
    label->setText(value);
    label->setVisible(!value.isEmpty());
    m_fieldNames.value(key)->setVisible(!value.isEmpty());
}

void LetterDetailPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LetterDetailPane::showItem(const InboxItem &item)
{
    clear();
    m_item = item;
    m_subject->setText(item.subject);
    setField(QStringLiteral("number"), item.number);
    if (item.letterId) {
        m_timeline->setLetter(*item.letterId);
        reload();
    }
    if (item.draftId) {
        m_tabs->setTabVisible(ApprovalTab, true);
        if (!item.letterId && m_tabs->currentIndex() != PreviewTab)
            m_tabs->setCurrentIndex(ApprovalTab);
        m_approvals->setDraft(*item.draftId);
        setField(QStringLiteral("drafter"), item.counterpart);
        setField(QStringLiteral("step"), item.instruction);
        if (!item.letterId)
            loadDraftPreview(*item.draftId);
    }
}

void LetterDetailPane::reload()
{
    if (!m_item || !m_item->letterId)
        return;
    m_worker->cancel(m_pending);
    const qint64 letterId = *m_item->letterId;
    const bool lao = i18n::current() == Language::Lao;
    m_pending = m_worker->post(
        this,
        [letterId, lao](const auto &database) -> Result<Loaded> {
            auto details = LetterDetailService(database).details(letterId, lao);
            if (!details)
                return details.error();
            auto holders = RoutingService(database).holders(letterId);
            if (!holders)
                return holders.error();
            return Loaded{*details, *holders};
        },
        [this](Result<Loaded> loaded) { receive(std::move(loaded)); });
}

void LetterDetailPane::receive(Result<Loaded> loaded)
{
    m_pending = 0;
    if (!loaded) {
        showMessage(loaded.error().message);
        emit detailsLoaded();
        return;
    }
    showMessage(QString());
    const bool firstTime = m_details.id != loaded->details.id;
    m_details = loaded->details;
    m_holders = loaded->holders;
    const LetterDetails &d = m_details;
    m_subject->setText(d.subject);
    setField(QStringLiteral("number"), d.number);
    setField(QStringLiteral("register"), d.registerName);
    setField(QStringLiteral("registered"),
             d.registeredAt.isValid()
                 ? QLocale().toString(d.registeredAt.toLocalTime(), QLocale::ShortFormat)
                 : QString());
    setField(QStringLiteral("letterDate"), dateText(d.letterDate));
    setField(QStringLiteral("received"), dateText(d.receivedOn));
    setField(QStringLiteral("sent"), dateText(d.sentOn));
    setField(QStringLiteral("from"), d.from);
    setField(QStringLiteral("to"), d.to);
    setField(QStringLiteral("type"), d.typeName);
    setField(QStringLiteral("urgency"), d.urgencyName);
    setField(QStringLiteral("secrecy"), d.confidentialityName);
    setField(QStringLiteral("status"), d.statusName);
    setField(QStringLiteral("theirs"), d.theirNumber);

    m_holderList->clear();
    for (const LetterHolder &holder : std::as_const(m_holders)) {
        auto *row = new QTreeWidgetItem(m_holderList);
        const Language language = i18n::current();
        const QDateTime since = holder.since.toLocalTime();
        row->setText(0, holder.name + QLatin1Char('\n') + roleText(holder.role));
        row->setToolTip(0, tr("%1 (%2)").arg(holder.name, roleText(holder.role)));
        row->setText(1, InboxModel::stateText(holder.state));
        row->setText(2, text::formatDate(since.date(), language, text::DateForm::Short));
        row->setToolTip(2, text::formatDateTime(since, language, text::DateForm::Long));
        row->setText(3, text::formatDate(holder.dueOn, language, text::DateForm::Short));
        if (holder.dueOn.isValid())
            row->setToolTip(3, text::formatDate(holder.dueOn, language, text::DateForm::Long));
        if (holder.overdue) {
            for (int column = 0; column < 4; ++column)
                row->setForeground(column, QColor(0xb0, 0x00, 0x20));
        }
    }
    if (m_holders.isEmpty()) {
        auto *row = new QTreeWidgetItem(m_holderList);
        row->setText(0, tr("Nobody: the letter is not with anyone now."));
        row->setFirstColumnSpanned(true);
    }
    m_files->clear();
    QByteArray mainFile;
    for (const LetterFile &file : std::as_const(d.files)) {
        m_files->addItem(file.main ? tr("%1 (the letter)").arg(file.fileName) : file.fileName);
        if (file.main)
            mainFile = file.sha256;
    }
    for (const QString &line : std::as_const(m_versionLines))
        m_files->addItem(line);
    if (firstTime) {
        if (!mainFile.isEmpty())
            loadPreview(mainFile);
        else
            m_preview->setText(tr("This letter has no file."));
    }
    emit detailsLoaded();
}

void LetterDetailPane::loadPreview(const QByteArray &sha256)
{
    m_preview->setText(tr("Loading the first page…"));
    m_worker->cancel(m_pendingFile);
    const QString name = m_details.number;
    const qint64 letterId = m_item && m_item->letterId ? *m_item->letterId : 0;
    // The latest version: what the letter looks like now, with its received stamp and
    // endorsements drawn on; the later versions are listed under the files.
    m_pendingFile = m_worker->post(
        this,
        [sha256, letterId](const auto &database) -> Result<LatestLetterFile> {
            Result<LatestLetterFile> latest = LetterVersionService(database).latestFile(letterId);
            if (!latest || !latest->content.isEmpty())
                return latest;
            Result<QByteArray> main = LetterDetailService(database).fileContent(sha256);
            if (!main)
                return main.error();
            LatestLetterFile file = *latest;
            file.content = *main;
            return file;
        },
        [this, name](Result<LatestLetterFile> latest) {
            m_pendingFile = 0;
            if (!latest) {
                m_preview->setText(latest.error().message);
                return;
            }
            const Language language = i18n::current();
            for (const QString &line : std::as_const(m_versionLines)) {
                const QList<QListWidgetItem *> shown = m_files->findItems(line, Qt::MatchExactly);
                qDeleteAll(shown);
            }
            m_versionLines.clear();
            for (const LetterVersion &version : std::as_const(latest->state.versions)) {
                if (version.version < 2)
                    continue;
                const QString kind = version.kind == QLatin1String("stamp") ? tr("received stamp")
                                                                            : tr("endorsement");
                m_versionLines << tr("Version %1: %2, by %3, %4")
                                      .arg(version.version)
                                      .arg(kind, version.addedBy,
                                           text::formatDateTime(version.addedAt.toLocalTime(),
                                                                language, text::DateForm::Short));
            }
            for (const QString &line : std::as_const(m_versionLines))
                m_files->addItem(line);
            showPdf(latest->content, name);
        });
}

void LetterDetailPane::reloadPreview()
{
    for (const LetterFile &file : std::as_const(m_details.files)) {
        if (file.main)
            return loadPreview(file.sha256);
    }
}

void LetterDetailPane::loadDraftPreview(qint64 draftId)
{
    m_preview->setText(tr("Loading the first page…"));
    m_worker->cancel(m_pendingFile);
    m_pendingFile = m_worker->post(
        this,
        [draftId](const auto &database) -> Result<QByteArray> {
            auto version = LetterDetailService(database).currentDraftVersion(draftId);
            if (!version)
                return version.error();
            return ApprovalService(database).versionContent(draftId, *version);
        },
        [this](Result<QByteArray> content) {
            m_pendingFile = 0;
            if (!content) {
                m_preview->setText(content.error().message);
                return;
            }
            showPdf(*content, m_item ? m_item->subject : QString());
        });
}

void LetterDetailPane::showPdf(const QByteArray &content, const QString &name)
{
    if (content.isEmpty()) {
        m_preview->setText(tr("This letter has no file."));
        return;
    }
    if (m_document)
        m_document->deleteLater();
    m_document = new pdf::PdfDocument(m_pdfOptions, this);
    pdf::PdfDocument *document = m_document;
    connect(document, &pdf::PdfDocument::opened, this, [this, document] {
        if (document == m_document)
            m_pageRequest = document->requestPage(0, previewDpi);
    });
    connect(document, &pdf::PdfDocument::failed, this, [this, document](const Error &error) {
        if (document == m_document)
            m_preview->setText(error.message);
    });
    connect(document, &pdf::PdfDocument::pageRendered, this, &LetterDetailPane::showPage);
    connect(document, &pdf::PdfDocument::requestFailed, this,
            [this](int request, int, const Error &error) {
                if (request == m_pageRequest)
                    m_preview->setText(error.message);
            });
    document->openData(content, name);
}

void LetterDetailPane::showPage(int request, const pdf::RenderedPage &page)
{
    if (request != m_pageRequest || sender() != m_document)
        return;
    // The image shares the rendered pixels; the pixmap copies them once.
    m_preview->setPixmap(QPixmap::fromImage(PdfPageImage::toImage(page)));
    emit previewShown();
}

bool LetterDetailPane::hasPreview() const
{
    return !m_preview->pixmap().isNull();
}

} // namespace saraban::ui
