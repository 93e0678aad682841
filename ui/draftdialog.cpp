#include "ui/draftdialog.h"

#include "core/pdf/pdfdocument.h"
#include "ui/pdfpageview.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace saraban::ui {

namespace {

// What saraban.check_text() refuses (tab, newline and carriage return are trimmed or allowed).
bool hasControlCharacters(const QString &text)
{
    static const QRegularExpression control(
        QStringLiteral("[\\x{01}-\\x{08}\\x{0b}\\x{0c}\\x{0e}-\\x{1f}\\x{7f}]"));
    return text.contains(control);
}

QString trimmed(const QLineEdit *edit)
{
    return edit->text().trimmed();
}

} // namespace

DraftDialog::DraftDialog(const DraftSetup &setup, const std::optional<DraftSource> &revising,
                         const pdf::PdfOptions &pdfOptions,
                         const pdf::DocumentToolsOptions &documentOptions, QWidget *parent)
    : SendDialog(parent)
    , m_setup(setup)
    , m_revising(revising)
    , m_pdfOptions(pdfOptions)
    , m_documentOptions(documentOptions)
{
    setObjectName(QStringLiteral("draftDialog"));
    setWindowTitle(isRevision() ? tr("Revise the draft") : tr("New outgoing draft"));
    setSendText(isRevision() ? tr("Save the new version") : tr("Create the draft"));
    buildForm();
    if (m_revising)
        fill(*m_revising);
    else
        unitChanged();
    // Wide enough for the form beside a readable first page; fits a 1366x768 screen.
    resize(1180, 680);
    revalidate();
}

DraftDialog::~DraftDialog()
{
    // A compose still running finishes on its own thread and deletes itself; its answer is
    // dropped with this dialog (the connection goes with it).
    if (m_thread)
        disconnect(m_thread, nullptr, this, nullptr);
}

void DraftDialog::buildForm()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formSide = new QWidget(scroll);
    auto *formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 6, 0);
    scroll->setWidget(formSide);

    const auto named = [](auto *widget, const char *name) {
        widget->setObjectName(QLatin1String(name));
        return widget;
    };

    // What the server keeps about the draft itself.
    auto *about = new QFormLayout;
    m_unit = named(new QComboBox(formSide), "unit");
    for (const DirectoryUnit &unit : m_setup.directory.units) {
        if (m_setup.draftUnits.contains(unit.id))
            m_unit->addItem(unit.nameLao, unit.id);
    }
    m_type = named(new QComboBox(formSide), "letterType");
    m_type->addItem(tr("(no type)"), 0);
    for (const auto &[id, name] : m_setup.choices.letterTypes)
        m_type->addItem(name, id);
    m_urgency = named(new QComboBox(formSide), "urgency");
    for (const auto &[level, name] : m_setup.choices.urgencies)
        m_urgency->addItem(name, level);
    m_confidentiality = named(new QComboBox(formSide), "confidentiality");
    for (const auto &[level, name] : m_setup.choices.confidentiality) {
        // Nobody drafts above their own clearance (draft_create refuses it).
        if (level <= m_setup.choices.clearance)
            m_confidentiality->addItem(name, level);
    }
    m_subject = named(new QLineEdit(formSide), "subject");
    m_subject->setPlaceholderText(tr("What the letter is about (ເລື່ອງ)"));
    about->addRow(tr("&Unit:"), m_unit);
    auto *levels = new QHBoxLayout;
    levels->addWidget(m_type, 2);
    levels->addWidget(m_urgency, 1);
    levels->addWidget(m_confidentiality, 1);
    // A row of three fields has no buddy of its own: the label's mnemonic goes to the first.
    auto *levelsLabel = new QLabel(tr("T&ype, urgency, confidentiality:"), formSide);
    levelsLabel->setBuddy(m_type);
    about->addRow(levelsLabel, levels);
    about->addRow(tr("&Subject:"), m_subject);
    formLayout->addLayout(about);

    // Compose from the template, or attach a PDF made elsewhere.
    m_composeChoice =
        named(new QRadioButton(tr("&Compose from the unit's letter template"), formSide),
              "composeChoice");
    m_attachChoice =
        named(new QRadioButton(tr("Attach an existing &PDF instead"), formSide), "attachChoice");
    m_composeChoice->setChecked(true);
    formLayout->addWidget(m_composeChoice);
    formLayout->addWidget(m_attachChoice);
    m_source = new QStackedWidget(formSide);

    auto *composer = new QWidget(m_source);
    auto *letter = new QFormLayout(composer);
    letter->setContentsMargins(0, 0, 0, 0);
    m_recipient = named(new QLineEdit(composer), "recipient");
    m_recipient->setPlaceholderText(tr("ຮຽນ: to whom the letter is addressed"));
    m_title = named(new QLineEdit(composer), "documentTitle");
    m_title->setPlaceholderText(QStringLiteral("ໜັງສືສະເໜີ, ແຈ້ງການ, ຂໍ້ຕົກລົງ..."));
    m_concerning = named(new QLineEdit(composer), "concerning");
    m_concerning->setPlaceholderText(tr("ວ່າດ້ວຍ: only when the document type uses it"));
    m_references = named(new QListWidget(composer), "references");
    m_references->setMaximumHeight(QFontMetrics(font()).lineSpacing() * 4);
    m_newReference = named(new QLineEdit(composer), "newReference");
    m_newReference->setPlaceholderText(tr("ອີງຕາມ: a law, decree or letter this one rests on"));
    auto *addButton = named(new QPushButton(tr("&Add"), composer), "addReference");
    auto *removeButton = named(new QPushButton(tr("Re&move"), composer), "removeReference");
    auto *referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_newReference, 1);
    referenceRow->addWidget(addButton);
    referenceRow->addWidget(removeButton);
    auto *referenceBox = new QVBoxLayout;
    referenceBox->addWidget(m_references);
    referenceBox->addLayout(referenceRow);
    m_body = named(new QPlainTextEdit(composer), "body");
    m_body->setPlaceholderText(tr("One paragraph per line."));
    m_body->setMinimumHeight(QFontMetrics(font()).lineSpacing() * 4);
    m_signatoryTitle = named(new QLineEdit(composer), "signatoryTitle");
    m_signatoryName = named(new QLineEdit(composer), "signatoryName");
    letter->addRow(tr("&To:"), m_recipient);
    letter->addRow(tr("&Document title:"), m_title);
    letter->addRow(tr("C&oncerning:"), m_concerning);
    // A row of a layout gets no buddy by itself: the label's mnemonic goes to the new line.
    auto *referencesLabel = new QLabel(tr("&References:"), composer);
    referencesLabel->setBuddy(m_newReference);
    letter->addRow(referencesLabel, referenceBox);
    letter->addRow(tr("&Body:"), m_body);
    letter->addRow(tr("Signatory's t&itle:"), m_signatoryTitle);
    letter->addRow(tr("Signatory's &name:"), m_signatoryName);
    m_source->addWidget(composer);

    auto *attach = new QWidget(m_source);
    auto *attachLayout = new QHBoxLayout(attach);
    attachLayout->setContentsMargins(0, 0, 0, 0);
    m_fileLabel = named(new QLabel(tr("No file chosen."), attach), "fileLabel");
    m_fileLabel->setWordWrap(true);
    auto *choose = named(new QPushButton(tr("C&hoose the PDF…"), attach), "chooseFile");
    attachLayout->addWidget(m_fileLabel, 1);
    attachLayout->addWidget(choose, 0, Qt::AlignTop);
    m_source->addWidget(attach);
    formLayout->addWidget(m_source);

    m_note = named(new QPlainTextEdit(formSide), "note");
    m_note->setPlaceholderText(tr("What changed in this version"));
    m_note->setMaximumHeight(QFontMetrics(font()).lineSpacing() * 4);
    if (isRevision()) {
        auto *noteForm = new QFormLayout;
        noteForm->addRow(tr("&What changed:"), m_note);
        formLayout->addLayout(noteForm);
    } else {
        m_note->hide();
    }
    formLayout->addStretch(1);

    // The first page, as the signatory will see it.
    auto *previewSide = new QWidget(splitter);
    auto *previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(6, 0, 0, 0);
    m_previewButton = named(new QPushButton(tr("Pre&view"), previewSide), "previewButton");
    m_preview = new QStackedWidget(previewSide);
    m_preview->setMinimumSize(360, 420);
    m_previewHint = named(
        new QLabel(tr("Press Preview to see the letter's first page."), m_preview), "previewHint");
    m_previewHint->setWordWrap(true);
    m_previewHint->setAlignment(Qt::AlignCenter);
    m_pageView = named(new PdfPageView(m_preview), "pagePreview");
    m_preview->addWidget(m_previewHint);
    m_preview->addWidget(m_pageView);
    previewLayout->addWidget(m_previewButton, 0, Qt::AlignLeft);
    previewLayout->addWidget(m_preview, 1);
    splitter->addWidget(scroll);
    splitter->addWidget(previewSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    body()->addWidget(splitter, 1);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &DraftDialog::unitChanged);
    for (QComboBox *combo : {m_type, m_urgency, m_confidentiality})
        connect(combo, &QComboBox::currentIndexChanged, this, &DraftDialog::fieldChanged);
    for (QLineEdit *edit :
         {m_subject, m_recipient, m_title, m_concerning, m_signatoryTitle, m_signatoryName})
        connect(edit, &QLineEdit::textChanged, this, &DraftDialog::fieldChanged);
    for (QPlainTextEdit *edit : {m_body, m_note})
        connect(edit, &QPlainTextEdit::textChanged, this, &DraftDialog::fieldChanged);
    connect(m_composeChoice, &QRadioButton::toggled, this, [this](bool compose) {
        m_source->setCurrentIndex(compose ? 0 : 1);
        m_previewButton->setVisible(compose);
        m_preview->setCurrentWidget(m_previewHint);
        if (!compose && !m_attached.isEmpty())
            showPdf(m_attached, fileName());
        fieldChanged();
    });
    connect(addButton, &QPushButton::clicked, this,
            [this] { addReference(m_newReference->text()); });
    connect(m_newReference, &QLineEdit::returnPressed, this,
            [this] { addReference(m_newReference->text()); });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        delete m_references->currentItem();
        fieldChanged();
    });
    connect(choose, &QPushButton::clicked, this, &DraftDialog::chooseFile);
    connect(m_previewButton, &QPushButton::clicked, this, &DraftDialog::preview);
}

void DraftDialog::fill(const DraftSource &source)
{
    const int unit = m_unit->findData(source.unitId);
    if (unit < 0) {
        // A draft of a unit the person no longer drafts for: shown, the server decides.
        const auto found = std::find_if(
            m_setup.directory.units.cbegin(), m_setup.directory.units.cend(),
            [&source](const DirectoryUnit &candidate) { return candidate.id == source.unitId; });
        m_unit->addItem(found != m_setup.directory.units.cend() ? found->nameLao
                                                                : QString::number(source.unitId),
                        source.unitId);
    }
    m_unit->setCurrentIndex(m_unit->findData(source.unitId));
    m_type->setCurrentIndex(qMax(0, m_type->findData(source.letterTypeId.value_or(0))));
    m_urgency->setCurrentIndex(qMax(0, m_urgency->findData(source.urgency)));
    m_confidentiality->setCurrentIndex(
        qMax(0, m_confidentiality->findData(source.confidentiality)));
    // draft_revise changes the content only.
    for (QComboBox *combo : {m_unit, m_type, m_urgency, m_confidentiality})
        combo->setEnabled(false);
    m_subject->setText(source.subject);
    m_subject->setReadOnly(true);
    if (source.body) {
        const pdf::LetterContent content = DraftComposerService::fromJson(*source.body);
        m_recipient->setText(content.recipient);
        m_title->setText(content.title);
        m_concerning->setText(content.concerning);
        for (const QString &reference : content.references)
            m_references->addItem(reference);
        m_body->setPlainText(content.bodyParagraphs.join(QLatin1Char('\n')));
        m_signatoryTitle->setText(content.signatoryTitle);
        m_signatoryName->setText(content.signatoryName);
    } else {
        unitChanged();
    }
    if (!source.body && !source.pdf.isEmpty()) {
        // Only a file so far: the new version is a file too, unless the drafter composes one.
        m_attachedPath.clear();
        m_attached = source.pdf;
        m_fileLabel->setText(tr("%1 (version %2)").arg(source.fileName).arg(source.version));
        // Choosing "attach" shows the file (the radio button's handler).
        m_attachChoice->setChecked(true);
    }
}

void DraftDialog::unitChanged()
{
    const int unitId = m_unit->currentData().toInt();
    // The unit's head signs unless the drafter names someone else.
    for (const DirectoryMember &member : m_setup.directory.members) {
        if (member.unitId == unitId && member.role == QLatin1String("head")) {
            m_signatoryName->setText(member.fullName);
            QString title = member.title;
            if (title.isEmpty()) {
                for (const DirectoryUnit &unit : m_setup.directory.units) {
                    if (unit.id == unitId)
                        title = QStringLiteral("ຫົວໜ້າ") + QLatin1Char(' ') + unit.nameLao;
                }
            }
            m_signatoryTitle->setText(title);
            break;
        }
    }
    fieldChanged();
}

void DraftDialog::fieldChanged()
{
    // A preview of other words than these is no longer what would be sent.
    if (composes() && !m_composed.isEmpty() && m_composedKey != composeKey())
        m_preview->setCurrentWidget(m_previewHint);
    revalidate();
}

bool DraftDialog::composes() const
{
    return m_composeChoice->isChecked();
}

void DraftDialog::setComposes(bool compose)
{
    (compose ? m_composeChoice : m_attachChoice)->setChecked(true);
}

void DraftDialog::addReference(const QString &reference)
{
    const QString text = reference.trimmed();
    if (text.isEmpty())
        return;
    m_references->addItem(text);
    m_newReference->clear();
    fieldChanged();
}

void DraftDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the draft's PDF"), QString(),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        setFile(path);
}

void DraftDialog::setFile(const QString &path)
{
    m_attachedPath = path;
    m_attached.clear();
    m_attachProblem.clear();
    m_fileLabel->setText(QFileInfo(path).fileName());
    setComposes(false);
    delete m_document;
    m_document = new pdf::PdfDocument(m_pdfOptions, this);
    connect(m_document, &pdf::PdfDocument::opened, this, [this] {
        m_attached = m_document->data();
        m_fileLabel->setText(
            tr("%1 (pages: %2)").arg(fileName()).arg(m_document->info().pageCount()));
        m_pageView->setDocument(m_document);
        m_pageView->setZoomMode(PdfPageView::ZoomMode::FitWidth);
        m_preview->setCurrentWidget(m_pageView);
        revalidate();
        emit previewShown();
    });
    connect(m_document, &pdf::PdfDocument::failed, this, [this](const Error &error) {
        m_attachProblem = error.message;
        revalidate();
        emit previewFailed(error.message);
    });
    m_document->open(path);
    revalidate();
}

void DraftDialog::showPdf(const QByteArray &bytes, const QString &name)
{
    delete m_document;
    m_document = new pdf::PdfDocument(m_pdfOptions, this);
    connect(m_document, &pdf::PdfDocument::opened, this, [this] {
        m_pageView->setDocument(m_document);
        m_pageView->setZoomMode(PdfPageView::ZoomMode::FitWidth);
        m_preview->setCurrentWidget(m_pageView);
        emit previewShown();
    });
    connect(m_document, &pdf::PdfDocument::failed, this, [this](const Error &error) {
        m_previewHint->setText(tr("The preview cannot be shown: %1").arg(error.message));
        m_preview->setCurrentWidget(m_previewHint);
        emit previewFailed(error.message);
    });
    m_document->openData(bytes, name);
}

QString DraftDialog::fileName() const
{
    if (!m_attachedPath.isEmpty())
        return QFileInfo(m_attachedPath).fileName();
    if (m_revising && !m_revising->fileName.isEmpty())
        return m_revising->fileName;
    return QStringLiteral("draft.pdf");
}

pdf::LetterTemplate DraftDialog::letterTemplate() const
{
    const int unitId = m_unit->currentData().toInt();
    if (m_setup.templates.contains(unitId))
        return m_setup.templates.value(unitId);
    // No template is set up above this unit: the state lines of the built-in one, with the
    // unit's name as the issuer.
    pdf::LetterTemplate fallback;
    for (const DirectoryUnit &unit : m_setup.directory.units) {
        if (unit.id == unitId)
            fallback.issuerLines << unit.nameLao;
    }
    return fallback;
}

pdf::LetterContent DraftDialog::letterContent() const
{
    pdf::LetterContent content;
    content.title = trimmed(m_title);
    content.concerning = trimmed(m_concerning);
    content.recipient = trimmed(m_recipient);
    content.subject = trimmed(m_subject);
    for (int row = 0; row < m_references->count(); ++row)
        content.references << m_references->item(row)->text();
    for (const QString &line : m_body->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            content.bodyParagraphs << line.trimmed();
    }
    content.signatoryTitle = trimmed(m_signatoryTitle);
    content.signatoryName = trimmed(m_signatoryName);
    return content;
}

QByteArray DraftDialog::composeKey() const
{
    QByteArray key;
    QDataStream stream(&key, QIODevice::WriteOnly);
    stream << letterTemplate() << letterContent();
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

QByteArray DraftDialog::composedPdf() const
{
    return m_composedKey == composeKey() ? m_composed : QByteArray();
}

void DraftDialog::preview()
{
    if (m_thread || !composes())
        return;
    const QByteArray key = composeKey();
    if (!m_composed.isEmpty() && m_composedKey == key) {
        showPdf(m_composed, fileName());
        return;
    }
    m_previewButton->setEnabled(false);
    m_previewHint->setText(tr("Composing the letter…"));
    m_preview->setCurrentWidget(m_previewHint);
    auto result = std::make_shared<std::optional<Result<QByteArray>>>();
    const pdf::DocumentTools tools(m_documentOptions);
    m_thread = QThread::create([tools, layout = letterTemplate(), content = letterContent(),
                                result] { *result = tools.compose(layout, content); });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this, result, key] {
        m_thread = nullptr;
        composed(result->value_or(Result<QByteArray>(
                     Error{QStringLiteral("document.crash"),
                           pdf::DocumentTools::describe(QStringLiteral("document.crash")),
                           {}})),
                 key);
    });
    m_thread->start();
}

void DraftDialog::composed(const Result<QByteArray> &result, const QByteArray &key)
{
    m_previewButton->setEnabled(true);
    if (!result) {
        m_previewHint->setText(tr("The letter cannot be composed: %1").arg(result.error().message));
        emit previewFailed(result.error().message);
        return;
    }
    m_composed = *result;
    m_composedKey = key;
    showPdf(m_composed, fileName());
}

NewDraft DraftDialog::newDraft() const
{
    NewDraft draft;
    draft.unitId = m_unit->currentData().toInt();
    draft.subject = trimmed(m_subject);
    if (const int type = m_type->currentData().toInt(); type > 0)
        draft.letterTypeId = type;
    draft.urgency = m_urgency->currentData().toInt();
    draft.confidentiality = m_confidentiality->currentData().toInt();
    draft.content = revision();
    draft.content.note.clear();
    return draft;
}

DraftContent DraftDialog::revision() const
{
    DraftContent content;
    if (composes()) {
        content.pdf = composedPdf();
        content.body = DraftComposerService::toJson(letterContent());
        content.fileName = QStringLiteral("draft.pdf");
    } else {
        content.pdf = m_attached;
        content.fileName = fileName();
    }
    content.note = m_note->toPlainText().trimmed();
    return content;
}

QString DraftDialog::problem(Field field) const
{
    switch (field) {
    case Field::Unit:
        if (m_unit->count() == 0)
            return tr("Unit: you draft for no unit; only a clerk, officer or head of a unit may "
                      "draft its letters.");
        return QString();
    case Field::Confidentiality:
        if (m_confidentiality->count() == 0 ||
            m_confidentiality->currentData().toInt() > m_setup.choices.clearance)
            return tr("Confidentiality: at most your own clearance.");
        return QString();
    case Field::Subject: {
        const QString subject = trimmed(m_subject);
        if (subject.isEmpty())
            return tr("Subject: write what the letter is about.");
        if (hasControlCharacters(subject))
            return tr("Subject: remove the control characters.");
        if (subject.size() > m_setup.choices.subjectMaxLength)
            return tr("Subject: at most %1 characters (now %2).")
                .arg(m_setup.choices.subjectMaxLength)
                .arg(subject.size());
        return QString();
    }
    case Field::Recipient:
        if (composes() && trimmed(m_recipient).isEmpty())
            return tr("To: write to whom the letter is addressed.");
        return QString();
    case Field::References:
        return QString();
    case Field::Body:
        if (composes() && m_body->toPlainText().trimmed().isEmpty())
            return tr("Body: write at least one paragraph.");
        return QString();
    case Field::SignatoryName:
        if (composes() && trimmed(m_signatoryName).isEmpty())
            return tr("Signatory's name: write who signs the letter.");
        return QString();
    case Field::File:
        if (composes())
            return QString();
        if (!m_attachProblem.isEmpty())
            return tr("File: this file cannot be used: %1").arg(m_attachProblem);
        if (m_attached.isEmpty())
            return m_attachedPath.isEmpty() ? tr("File: choose the draft's PDF.")
                                            : tr("File: the PDF is still being read.");
        if (fileName().size() > DraftComposerService::maxFileNameLength)
            return tr("File: its name is too long: at most %1 characters.")
                .arg(DraftComposerService::maxFileNameLength);
        return QString();
    case Field::Note: {
        const QString note = m_note->toPlainText().trimmed();
        if (!isRevision())
            return QString();
        if (hasControlCharacters(note))
            return tr("What changed: remove the control characters.");
        if (note.size() > DraftComposerService::maxNoteLength)
            return tr("What changed: at most %1 characters (now %2).")
                .arg(DraftComposerService::maxNoteLength)
                .arg(note.size());
        return QString();
    }
    case Field::Text:
        if (composes() && QJsonDocument(DraftComposerService::toJson(letterContent()))
                                  .toJson(QJsonDocument::Compact)
                                  .size() > DraftComposerService::maxBodyBytes)
            return tr("Letter text: too long: at most 1 MB in all.");
        return QString();
    }
    return QString();
}

QString DraftDialog::validate() const
{
    for (Field field : {Field::Unit, Field::Confidentiality, Field::Subject, Field::Recipient,
                        Field::Body, Field::SignatoryName, Field::File, Field::Note, Field::Text}) {
        if (QString text = problem(field); !text.isEmpty())
            return text;
    }
    return QString();
}

void DraftDialog::focusField(const Error &error)
{
    const QString code = error.code;
    if (code.startsWith(QLatin1String("draft.subject")))
        m_subject->setFocus();
    else if (code.startsWith(QLatin1String("draft.note")))
        m_note->setFocus();
    else if (code.startsWith(QLatin1String("draft.confidentiality")))
        m_confidentiality->setFocus();
    else if (code == QLatin1String("draft.not_member") || code == QLatin1String("unit.unknown"))
        m_unit->setFocus();
    else if (code.startsWith(QLatin1String("draft.body")))
        m_body->setFocus();
}

} // namespace saraban::ui
