#include "ui/registerletterdialog.h"

#include "core/domain/letterdraft.h"
#include "core/i18n/translations.h"
#include "core/pdf/pdfdocument.h"
#include "core/services/letterservice.h"
#include "core/text/laodate.h"
#include "ui/laodateedit.h"
#include "ui/pdfpageview.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace saraban::ui {

namespace {

constexpr int theirNumberMaxLength = 100; // as register_letter() checks
constexpr int senderMaxLength = 300;

QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->hide();
    return label;
}

QString localPdf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return QString();
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

RegisterLetterDialog::RegisterLetterDialog(DbWorker *worker, const pdf::PdfOptions &pdfOptions,
                                           QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_pdfOptions(pdfOptions)
{
    setObjectName(QStringLiteral("registerLetterDialog"));
    setWindowTitle(tr("Register an incoming letter"));
    setAcceptDrops(true);
    buildForm();
    validate();
    loadChoices();
}

RegisterLetterDialog::~RegisterLetterDialog() = default;

void RegisterLetterDialog::buildForm()
{
    // The file and its first page on the left.
    auto *fileSide = new QWidget(this);
    auto *fileLayout = new QVBoxLayout(fileSide);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_preview = new QStackedWidget(fileSide);
    m_preview->setMinimumSize(320, 420);
    m_dropHint = new QLabel(tr("Drop the letter's PDF here, or choose the file."), m_preview);
    m_dropHint->setObjectName(QStringLiteral("dropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setWordWrap(true);
    m_dropHint->setFrameShape(QFrame::StyledPanel);
    m_pageView = new PdfPageView(m_preview);
    m_pageView->setObjectName(QStringLiteral("pagePreview"));
    m_preview->addWidget(m_dropHint);
    m_preview->addWidget(m_pageView);
    m_chooseFile = new QPushButton(tr("C&hoose a PDF…"), fileSide);
    m_chooseFile->setObjectName(QStringLiteral("chooseFileButton"));
    connect(m_chooseFile, &QPushButton::clicked, this, &RegisterLetterDialog::chooseFile);
    m_fileLabel = new QLabel(fileSide);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setWordWrap(true);
    m_duplicate = new QLabel(fileSide);
    m_duplicate->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicate->setWordWrap(true);
    QPalette warning = m_duplicate->palette();
    warning.setColor(QPalette::WindowText, QColor(0x9a, 0x52, 0x00));
    m_duplicate->setPalette(warning);
    m_duplicate->hide();
    fileLayout->addWidget(m_preview, 1);
    fileLayout->addWidget(m_chooseFile);
    fileLayout->addWidget(m_fileLabel);
    fileLayout->addWidget(m_duplicate);
    m_problemLabels.insert(Field::File, problemLabel(fileSide, QStringLiteral("fileError")));
    fileLayout->addWidget(m_problemLabels.value(Field::File));

    // The form on the right; each field has its message under it.
    auto *formSide = new QWidget(this);
    auto *form = new QFormLayout(formSide);
    form->setContentsMargins(0, 0, 0, 0);
    const auto addField = [&](Field field, const QString &label, QWidget *editor,
                              const QString &errorName) {
        form->addRow(label, editor);
        QLabel *problem = problemLabel(formSide, errorName);
        m_problemLabels.insert(field, problem);
        form->addRow(QString(), problem);
    };

    m_register = new QComboBox(formSide);
    m_register->setObjectName(QStringLiteral("registerCombo"));
    addField(Field::Register, tr("&Register:"), m_register, QStringLiteral("registerError"));
    m_number = new QLabel(formSide);
    m_number->setObjectName(QStringLiteral("nextNumberLabel"));
    m_number->setWordWrap(true);
    form->addRow(QString(), m_number);

    m_subject = new QLineEdit(formSide);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    addField(Field::Subject, tr("&Subject:"), m_subject, QStringLiteral("subjectError"));

    const QDate today = QDate::currentDate();
    m_letterDate = new LaoDateEdit(today, formSide);
    m_letterDate->setObjectName(QStringLiteral("letterDateEdit"));
    addField(Field::LetterDate, tr("&Letter date:"), m_letterDate,
             QStringLiteral("letterDateError"));
    m_receivedOn = new LaoDateEdit(today, formSide);
    m_receivedOn->setObjectName(QStringLiteral("receivedOnEdit"));
    addField(Field::ReceivedOn, tr("Date re&ceived:"), m_receivedOn,
             QStringLiteral("receivedOnError"));

    m_sender = new QLineEdit(formSide);
    m_sender->setObjectName(QStringLiteral("senderEdit"));
    addField(Field::Sender, tr("Se&nder:"), m_sender, QStringLiteral("senderError"));
    m_theirNumber = new QLineEdit(formSide);
    m_theirNumber->setObjectName(QStringLiteral("theirNumberEdit"));
    addField(Field::TheirNumber, tr("Sender's n&umber:"), m_theirNumber,
             QStringLiteral("theirNumberError"));

    m_type = new QComboBox(formSide);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    addField(Field::Type, tr("&Type:"), m_type, QStringLiteral("typeError"));
    m_urgency = new QComboBox(formSide);
    m_urgency->setObjectName(QStringLiteral("urgencyCombo"));
    addField(Field::Urgency, tr("Ur&gency:"), m_urgency, QStringLiteral("urgencyError"));
    m_confidentiality = new QComboBox(formSide);
    m_confidentiality->setObjectName(QStringLiteral("confidentialityCombo"));
    addField(Field::Confidentiality, tr("Con&fidentiality:"), m_confidentiality,
             QStringLiteral("confidentialityError"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_registerButton = buttons->addButton(tr("R&egister"), QDialogButtonBox::AcceptRole);
    m_registerButton->setObjectName(QStringLiteral("registerButton"));
    connect(m_registerButton, &QPushButton::clicked, this, &RegisterLetterDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *sides = new QHBoxLayout;
    sides->addWidget(fileSide, 2);
    sides->addWidget(formSide, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sides, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Checked as typed: editing a field also clears what the server said about it.
    const auto edited = [this](Field field) {
        return [this, field] {
            m_serverProblems.remove(field);
            validate();
        };
    };
    connect(m_subject, &QLineEdit::textChanged, this, edited(Field::Subject));
    connect(m_sender, &QLineEdit::textChanged, this, edited(Field::Sender));
    connect(m_theirNumber, &QLineEdit::textChanged, this, edited(Field::TheirNumber));
    connect(m_letterDate, &LaoDateEdit::dateChanged, this, edited(Field::LetterDate));
    connect(m_receivedOn, &LaoDateEdit::dateChanged, this, edited(Field::ReceivedOn));
    connect(m_letterDate, &LaoDateEdit::acceptableChanged, this, edited(Field::LetterDate));
    connect(m_receivedOn, &LaoDateEdit::acceptableChanged, this, edited(Field::ReceivedOn));
    connect(m_type, &QComboBox::currentIndexChanged, this, edited(Field::Type));
    connect(m_urgency, &QComboBox::currentIndexChanged, this, edited(Field::Urgency));
    connect(m_confidentiality, &QComboBox::currentIndexChanged, this,
            edited(Field::Confidentiality));
    connect(m_register, &QComboBox::currentIndexChanged, this,
            &RegisterLetterDialog::registerChanged);
    resize(1000, 640);
}

void RegisterLetterDialog::loadChoices()
{
    m_status->setText(tr("Loading the registers…"));
    const bool lao = i18n::current() == Language::Lao;
    m_worker->post(
        this, [lao](const auto &database) { return IntakeService(database).choices(lao); },
        [this](Result<IntakeChoices> choices) {
            if (!choices) {
                m_status->setText(choices.error().message);
                return;
            }
            choicesArrived(*choices);
        });
}

void RegisterLetterDialog::choicesArrived(const IntakeChoices &choices)
{
    m_choices = choices;
    const bool lao = i18n::current() == Language::Lao;
    if (m_choices.today.isValid()) {
        m_letterDate->setDate(m_choices.today);
        m_receivedOn->setDate(m_choices.today);
    }
    m_type->addItem(tr("(not given)"), -1);
    for (const auto &[id, name] : m_choices.letterTypes)
        m_type->addItem(name, id);
    for (const auto &[level, name] : m_choices.urgencies)
        m_urgency->addItem(name, level);
    for (const auto &[level, name] : m_choices.confidentiality)
        m_confidentiality->addItem(name, level);
    m_ready = true;
    m_status->clear();
    for (const RegisterInfo &info : m_choices.registers) {
        m_register->addItem(
            QStringLiteral("%1 · %2").arg(info.unitCode, lao ? info.nameLao : info.nameEnglish),
            info.id);
    }
    if (m_register->count() == 0)
        registerChanged();
    validate();
    emit ready();
}

void RegisterLetterDialog::registerChanged()
{
    m_serverProblems.remove(Field::Register);
    m_nextNumber.clear();
    m_number->clear();
    validate();
    const int registerId = m_register->currentData().toInt();
    if (registerId <= 0)
        return;
    m_worker->cancel(m_numberRequest);
    m_numberRequest = m_worker->post(
        this,
        [registerId](const auto &database) {
            return IntakeService(database).nextNumber(registerId);
        },
        [this](Result<QString> number) {
            m_numberRequest = 0;
            if (!number) {
                m_serverProblems.insert(Field::Register, number.error().message);
                validate();
                return;
            }
            m_nextNumber = *number;
            m_number->setText(tr("It will be registered as %1, unless another clerk registers a "
                                 "letter first.")
                                  .arg(m_nextNumber));
            emit nextNumberShown(m_nextNumber);
        });
    checkDuplicate();
}

void RegisterLetterDialog::setFile(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    m_fileData.clear();
    m_serverProblems.remove(Field::File);
    m_duplicate->hide();
    m_fileLabel->setText(m_fileName);
    m_preview->setCurrentWidget(m_dropHint);
    delete m_document;
    m_document = new pdf::PdfDocument(m_pdfOptions, this);
    connect(m_document, &pdf::PdfDocument::opened, this, &RegisterLetterDialog::documentOpened);
    connect(m_document, &pdf::PdfDocument::failed, this, &RegisterLetterDialog::documentFailed);
    m_document->open(path);
    validate();
}

void RegisterLetterDialog::documentOpened()
{
    m_fileData = m_document->data();
    m_pageView->setDocument(m_document);
    m_pageView->setZoomMode(PdfPageView::ZoomMode::FitWidth);
    m_preview->setCurrentWidget(m_pageView);
    m_fileLabel->setText(tr("%1 (pages: %2)").arg(m_fileName).arg(m_document->info().pageCount()));
    validate();
    checkDuplicate();
}

void RegisterLetterDialog::documentFailed(const Error &error)
{
    m_fileData.clear();
    m_serverProblems.insert(Field::File,
                            tr("This file cannot be registered: %1").arg(error.message));
    validate();
}

void RegisterLetterDialog::checkDuplicate()
{
    const int registerId = m_register->currentData().toInt();
    if (m_fileData.isEmpty() || registerId <= 0)
        return;
    const QByteArray sha256 = QCryptographicHash::hash(m_fileData, QCryptographicHash::Sha256);
    m_worker->cancel(m_duplicateRequest);
    m_duplicateRequest = m_worker->post(
        this,
        [registerId, sha256](const auto &database) {
            return IntakeService(database).earlierLetterWithFile(registerId, sha256);
        },
        [this](Result<DuplicateFile> duplicate) {
            m_duplicateRequest = 0;
            // Only a warning: a failed check must not stop the clerk.
            const bool found = duplicate.ok() && duplicate->isDuplicate();
            m_duplicate->setText(found ? LetterService::duplicateWarning(*duplicate) : QString());
            m_duplicate->setVisible(found);
            emit fileChecked(found);
        });
}

void RegisterLetterDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the letter's PDF"),
                                                      QString(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        setFile(path);
}

void RegisterLetterDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPdf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void RegisterLetterDialog::dropEvent(QDropEvent *event)
{
    const QString path = localPdf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setFile(path);
}

QString RegisterLetterDialog::problem(Field field) const
{
    if (m_serverProblems.contains(field))
        return m_serverProblems.value(field);
    const QDate today = m_choices.today.isValid() ? m_choices.today : QDate::currentDate();
    const Language language = i18n::current();
    switch (field) {
    case Field::File:
        if (m_document && m_document->state() != pdf::PdfDocument::State::Ready &&
            m_document->state() != pdf::PdfDocument::State::Failed)
            return tr("The file is still being read.");
        return QString();
    case Field::Register:
        if (m_ready && m_register->count() == 0)
            return tr("You keep no incoming register: only a clerk of a unit can register its "
                      "letters.");
        return QString();
    case Field::Subject: {
        const QString subject = m_subject->text().trimmed();
        if (subject.isEmpty())
            return tr("The subject is required.");
        if (subject.size() > m_choices.subjectMaxLength)
            return tr("The subject is too long: %1 characters, at most %2.")
                .arg(subject.size())
                .arg(m_choices.subjectMaxLength);
        return QString();
    }
    case Field::LetterDate:
        if (!m_letterDate->isAcceptable())
            return m_letterDate->problem();
        if (m_letterDate->date() > today)
            return tr("The letter date cannot be after today (%1).")
                .arg(text::formatDate(today, language, text::DateForm::Long));
        return QString();
    case Field::ReceivedOn:
        if (!m_receivedOn->isAcceptable())
            return m_receivedOn->problem();
        if (m_receivedOn->date() > today)
            return tr("The date received cannot be after today (%1).")
                .arg(text::formatDate(today, language, text::DateForm::Long));
        if (m_receivedOn->date() < m_letterDate->date())
            return tr("The date received cannot be before the letter date (%1).")
                .arg(text::formatDate(m_letterDate->date(), language, text::DateForm::Long));
        return QString();
    case Field::TheirNumber:
        if (m_theirNumber->text().trimmed().size() > theirNumberMaxLength)
            return tr("The sender's number is too long: at most %1 characters.")
                .arg(theirNumberMaxLength);
        return QString();
    case Field::Sender: {
        const QString sender = m_sender->text().trimmed();
        if (sender.isEmpty())
            return tr("The sender is required: the office or person who sent the letter.");
        if (sender.size() > senderMaxLength)
            return tr("The sender's name is too long: at most %1 characters.").arg(senderMaxLength);
        return QString();
    }
    case Field::Type:
    case Field::Urgency:
        return QString();
    case Field::Confidentiality:
        if (m_ready && m_confidentiality->currentData().toInt() > m_choices.clearance) {
            const int allowed = m_confidentiality->findData(m_choices.clearance);
            return tr("Your clearance allows at most \"%1\".")
                .arg(allowed >= 0 ? m_confidentiality->itemText(allowed) : QString());
        }
        return QString();
    }
    return QString();
}

bool RegisterLetterDialog::canRegister() const
{
    if (!m_ready || m_sending || m_register->currentData().toInt() <= 0)
        return false;
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        if (!problem(it.key()).isEmpty())
            return false;
    }
    return true;
}

void RegisterLetterDialog::validate()
{
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString text = problem(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    m_registerButton->setEnabled(canRegister());
}

void RegisterLetterDialog::submit()
{
    if (!canRegister())
        return;
    LetterDraft draft;
    draft.registerId = m_register->currentData().toInt();
    draft.subject = m_subject->text().trimmed();
    draft.letterDate = m_letterDate->date();
    draft.receivedOn = m_receivedOn->date();
    draft.theirNumber = m_theirNumber->text().trimmed();
    draft.parties << LetterParty{LetterParty::Role::From, std::nullopt, m_sender->text().trimmed()};
    if (const int type = m_type->currentData().toInt(); type > 0)
        draft.letterTypeId = type;
    draft.urgency = m_urgency->currentData().toInt();
    draft.confidentiality = m_confidentiality->currentData().toInt();
    draft.mainPdf = m_fileData;
    draft.mainPdfName = m_fileData.isEmpty() ? QString() : m_fileName;

    m_sending = true;
    m_status->setText(tr("Registering…"));
    validate();
    m_worker->post(
        this,
        [draft](const auto &database) { return LetterService(database).registerLetter(draft); },
        [this](Result<RegisteredLetter> letter) {
            m_sending = false;
            if (!letter) {
                refused(letter.error());
                return;
            }
            answered(letter->id, letter->number);
        });
}

void RegisterLetterDialog::answered(qint64 letterId, const QString &number)
{
    m_status->setText(tr("Registered as %1.").arg(number));
    emit registered(letterId, number);
    accept();
}

void RegisterLetterDialog::refused(const Error &error)
{
    if (DbWorker::isConnectionError(error)) {
        m_status->setText(tr("Not registered: the connection to the server was lost. Everything "
                             "you entered is kept; press Register again once the status bar "
                             "says Saraban is connected."));
    } else if (const auto field = fieldOfCode(error.code)) {
        m_serverProblems.insert(*field, error.message);
        m_status->setText(tr("The server did not register the letter: %1").arg(error.message));
    } else {
        m_status->setText(tr("The server did not register the letter: %1").arg(error.message));
    }
    validate();
    emit sendFailed(error.message);
}

std::optional<RegisterLetterDialog::Field> RegisterLetterDialog::fieldOfCode(const QString &code)
{
    // The server's stable codes (core/schema/0006_letters.sql) name the field they are about.
    static const QList<QPair<QString, Field>> prefixes = {
        {QStringLiteral("letter.subject"), Field::Subject},
        {QStringLiteral("letter.letter_date"), Field::LetterDate},
        {QStringLiteral("letter.received_on"), Field::ReceivedOn},
        {QStringLiteral("letter.their_number"), Field::TheirNumber},
        {QStringLiteral("letter.sender"), Field::Sender},
        {QStringLiteral("letter.party_name"), Field::Sender},
        {QStringLiteral("letter.parties"), Field::Sender},
        {QStringLiteral("letter.type"), Field::Type},
        {QStringLiteral("letter.urgency"), Field::Urgency},
        {QStringLiteral("letter.confidentiality"), Field::Confidentiality},
        {QStringLiteral("file."), Field::File},
        {QStringLiteral("letter.file"), Field::File},
        {QStringLiteral("letter.main_file"), Field::File},
        {QStringLiteral("register."), Field::Register},
        {QStringLiteral("auth.not_clerk_of_register"), Field::Register},
    };
    for (const auto &[prefix, field] : prefixes) {
        if (code.startsWith(prefix))
            return field;
    }
    return std::nullopt;
}

} // namespace saraban::ui
