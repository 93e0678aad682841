#include "ui/reservenumberdialog.h"

#include "core/i18n/translations.h"
#include "core/services/registerservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saraban::ui {

namespace {

QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ReserveNumberDialog::ReserveNumberDialog(DbWorker *worker, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
{
    setWindowTitle(tr("Reserve a number"));
    // Lao runs without spaces and wraps only where a line breaker finds a word end: a narrow
    // dialog pushed the explanation to the edge and clipped its last syllable.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    auto *layout = new QVBoxLayout(this);
    auto *explanation =
        new QLabel(tr("The number is taken from the register now, so nobody else gets it. "
                      "Use it for a letter registered later, or release it."),
                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    m_register = new QComboBox(this);
    m_register->setObjectName(QStringLiteral("register"));
    m_registerError = problemLabel(this, QStringLiteral("registerError"));
    auto *registerColumn = new QVBoxLayout;
    registerColumn->addWidget(m_register);
    registerColumn->addWidget(m_registerError);
    form->addRow(tr("&Register:"), registerColumn);
    qobject_cast<QLabel *>(form->labelForField(registerColumn))->setBuddy(m_register);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("What the number is for (optional)"));
    m_noteError = problemLabel(this, QStringLiteral("noteError"));
    auto *noteColumn = new QVBoxLayout;
    noteColumn->addWidget(m_note);
    noteColumn->addWidget(m_noteError);
    form->addRow(tr("&Note:"), noteColumn);
    qobject_cast<QLabel *>(form->labelForField(noteColumn))->setBuddy(m_note);
    layout->addLayout(form);

    // The reserved number, large and selectable: it is copied into a letter by hand.
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("reservedNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_number->setAlignment(Qt::AlignCenter);
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_number->setFont(big);
    m_number->hide();
    layout->addWidget(m_number);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reserveButton = buttons->addButton(tr("Re&serve"), QDialogButtonBox::ActionRole);
    m_reserveButton->setObjectName(QStringLiteral("reserve"));
    m_reserveButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reserveButton, &QPushButton::clicked, this, &ReserveNumberDialog::reserve);
    layout->addWidget(buttons);

    connect(m_register, &QComboBox::currentIndexChanged, this, &ReserveNumberDialog::validate);
    connect(m_note, &QLineEdit::textChanged, this, &ReserveNumberDialog::validate);
    // Once the connection is back, a reservation that failed for it can be sent again.
    connect(m_worker, &DbWorker::connected, this, [this] {
        if (m_registers.isEmpty())
            loadRegisters();
        validate();
    });
    validate();
    loadRegisters();
}

void ReserveNumberDialog::loadRegisters()
{
    m_status->setText(tr("Loading the registers…"));
    m_worker->post(
        this, [](const auto &database) { return RegisterService(database).registers(); },
        [this](Result<QList<RegisterInfo>> registers) {
            if (!registers) {
                m_status->setText(registers.error().message);
                return;
            }
            m_status->clear();
            const bool lao = i18n::current() == Language::Lao;
            m_registers.clear();
            m_register->clear();
            for (const RegisterInfo &info : *registers) {
                m_registers << info;
                const QString name =
                    lao || info.nameEnglish.isEmpty() ? info.nameLao : info.nameEnglish;
                m_register->addItem(QStringLiteral("%1 — %2").arg(info.unitCode, name), info.id);
            }
            validate();
            emit ready();
        });
}

QString ReserveNumberDialog::registerProblem() const
{
    if (m_register->currentIndex() < 0)
        return m_registers.isEmpty() && m_status->text().isEmpty()
                   ? tr("You may see no register to reserve from.")
                   : QString();
    return QString();
}

QString ReserveNumberDialog::noteProblem() const
{
    const QString note = m_note->text().trimmed();
    if (note.size() > maxNoteLength)
        return tr("The note is too long: at most %1 characters.").arg(maxNoteLength);
    for (const QChar c : note) {
        if (c.category() == QChar::Other_Control)
            return tr("The note contains control characters.");
    }
    return QString();
}

bool ReserveNumberDialog::canReserve() const
{
    return m_register->currentIndex() >= 0 && registerProblem().isEmpty() &&
           noteProblem().isEmpty() && m_pending == 0 &&
           m_worker->state() == DbWorker::State::Connected;
}

void ReserveNumberDialog::validate()
{
    showProblem(m_registerError, registerProblem());
    showProblem(m_noteError, noteProblem());
    m_reserveButton->setEnabled(canReserve());
}

void ReserveNumberDialog::reserve()
{
    if (!canReserve())
        return;
    const int registerId = m_register->currentData().toInt();
    const QString note = m_note->text().trimmed();
    m_status->setText(tr("Reserving…"));
    m_pending = m_worker->post(
        this,
        [registerId, note](const auto &database) {
            return RegisterService(database).reserveNumber(registerId, note);
        },
        [this](Result<NumberReservation> reservation) {
            m_pending = 0;
            if (!reservation) {
                // validate() first: it redraws the field messages, and the server's goes on top
                // until the person changes something.
                validate();
                showFailure(reservation.error());
                return;
            }
            m_reserved = reservation->number;
            m_number->setText(reservation->number);
            m_number->show();
            m_status->setText(tr("Reserved. The number is yours; the note was recorded with it."));
            // A second click would take a second number: that must be a choice, so the note
            // is cleared and the button asks again only after a change.
            m_note->clear();
            validate();
            emit reserved(reservation->id, reservation->number);
        });
    validate();
}

void ReserveNumberDialog::showFailure(const Error &error)
{
    if (DbWorker::isConnectionError(error)) {
        m_status->setText(tr("The connection to the server was lost. Nothing was reserved; what "
                             "you typed is kept. Reserve again once connected."));
        emit reserveFailed(m_status->text());
        return;
    }
    // The server names the field in its code ("number.note.too_long"); anything else is about
    // the register (not a clerk of it, register closed...).
    m_status->clear();
    if (error.code.startsWith(QLatin1String("number.note")))
        showProblem(m_noteError, error.message);
    else
        showProblem(m_registerError, error.message);
    emit reserveFailed(error.message);
}

} // namespace saraban::ui
