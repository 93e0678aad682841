#include "ui/filestamping.h"

#include "core/i18n/translations.h"
#include "core/services/documentservice.h"
#include "core/services/routingservice.h"
#include "ui/stampdialog.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace saraban::ui {

namespace {

struct LatestFile
{
    int version = 0;
    QByteArray content;
};

const DirectoryMember *memberOf(const Directory &directory, const QString &login, int unitId,
                                const QString &role)
{
    for (const DirectoryMember &member : directory.members) {
        if (member.login == login && (unitId == 0 || member.unitId == unitId) &&
            (role.isEmpty() || member.role == role))
            return &member;
    }
    return nullptr;
}

const DirectoryUnit *unitOf(const Directory &directory, int unitId)
{
    for (const DirectoryUnit &unit : directory.units) {
        if (unit.id == unitId)
            return &unit;
    }
    return nullptr;
}

} // namespace

FileStamping::FileStamping(DbWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{}

void FileStamping::load(qint64 letterId)
{
    if (!m_worker)
        return;
    m_worker->cancel(m_loading);
    if (letterId != m_letterId)
        m_state.reset();
    m_letterId = letterId;
    m_loading = m_worker->post(
        this,
        [letterId](const auto &database) { return LetterVersionService(database).state(letterId); },
        [this, letterId](Result<LetterFileState> state) {
            m_loading = 0;
            if (letterId != m_letterId)
                return;
            // On a failure nothing is offered; the server would decide anyway.
            if (state)
                m_state = *state;
            else
                m_state.reset();
            emit stateLoaded(letterId);
        });
}

void FileStamping::forget()
{
    if (m_worker)
        m_worker->cancel(m_loading);
    m_loading = 0;
    m_letterId = 0;
    m_state.reset();
}

std::optional<LetterFileState> FileStamping::state(qint64 letterId) const
{
    return letterId == m_letterId ? m_state : std::nullopt;
}

bool FileStamping::canStamp(qint64 letterId) const
{
    const std::optional<LetterFileState> known = state(letterId);
    return known && known->clerk && !known->versions.isEmpty() && !known->received;
}

StampDialog *FileStamping::receivedDialog(qint64 letterId, const QString &subject,
                                          const LetterDetails &details, const Directory &directory,
                                          const QString &login, QWidget *parent)
{
    auto *dialog = new StampDialog(StampDialog::Kind::Received, subject, parent);
    const DirectoryMember *clerk = memberOf(directory, login, 0, QStringLiteral("clerk"));
    const DirectoryMember *anyRole = memberOf(directory, login, 0, QString());
    const DirectoryUnit *unit = clerk ? unitOf(directory, clerk->unitId) : nullptr;
    const QDate received = details.receivedOn.isValid()     ? details.receivedOn
                           : details.registeredAt.isValid() ? details.registeredAt.date()
                                                            : directory.officeToday;
    const QString name = anyRole ? anyRole->fullName : login;
    pdf::StampMark mark =
        pdf::StampText::received(unit ? unit->nameLao : QString(), details.number, received, name);
    // Who received it, as a clerk signs the paper stamp.
    mark.lines << name;
    dialog->setReceivedStamp(mark);
    connect(dialog, &StampDialog::sendRequested, this,
            [this, letterId, dialog] { send(letterId, dialog); });
    readLatest(letterId, dialog);
    return dialog;
}

StampDialog *FileStamping::endorseDialog(qint64 letterId, const QString &subject,
                                         const Directory &directory, const QString &login,
                                         const QList<int> &units, const QList<int> &own,
                                         int defaultUnit, QWidget *parent)
{
    auto *dialog = new StampDialog(StampDialog::Kind::Endorse, subject, parent);
    const bool lao = i18n::current() == Language::Lao;
    QList<StampDialog::Unit> choices;
    for (int id : units) {
        const DirectoryUnit *unit = unitOf(directory, id);
        StampDialog::Unit choice;
        choice.id = id;
        choice.acting = !own.contains(id);
        const QString nameLao = unit ? unit->nameLao : QString::number(id);
        choice.name = unit && !lao && !unit->nameEnglish.isEmpty() ? unit->nameEnglish : nameLao;
        // The title printed is in Lao, the letter's language: the head's own title in that
        // unit; someone acting writes "ຮັກສາການ" before the title of the head they stand in for.
        const DirectoryMember *mine = memberOf(directory, login, id, QStringLiteral("head"));
        QString headTitle = mine ? mine->title : QString();
        if (choice.acting || headTitle.isEmpty()) {
            headTitle.clear();
            for (const DirectoryMember &member : directory.members) {
                if (member.unitId == id && member.role == QLatin1String("head") &&
                    member.login != login && !member.title.isEmpty()) {
                    headTitle = member.title;
                    break;
                }
            }
            if (headTitle.isEmpty())
                headTitle = QStringLiteral("ຫົວໜ້າ ") + nameLao;
            if (choice.acting)
                headTitle = QStringLiteral("ຮັກສາການ ") + headTitle;
        }
        choice.headTitle = headTitle;
        choices << choice;
    }
    const DirectoryMember *me = memberOf(directory, login, 0, QString());
    dialog->setEndorser(me ? me->fullName : login, directory.officeToday, choices, defaultUnit);
    connect(dialog, &StampDialog::sendRequested, this,
            [this, letterId, dialog] { send(letterId, dialog); });
    readLatest(letterId, dialog);
    return dialog;
}

void FileStamping::readLatest(qint64 letterId, StampDialog *dialog)
{
    if (!m_worker)
        return;
    QPointer<StampDialog> guard(dialog);
    m_worker->post(
        dialog,
        [letterId](const auto &database) -> Result<LatestFile> {
            Result<LetterFileState> state = LetterVersionService(database).state(letterId);
            if (!state)
                return state.error();
            if (state->versions.isEmpty())
                return LatestFile{};
            Result<QByteArray> content =
                DocumentService(database).versionContent(letterId, state->latest());
            if (!content)
                return content.error();
            return LatestFile{state->latest(), *content};
        },
        [this, guard](Result<LatestFile> latest) {
            if (!guard)
                return;
            if (!latest) {
                guard->setDocument({}, 0, m_pdfOptions);
                guard->showOutcome(latest.error());
                return;
            }
            guard->setDocument(latest->content, latest->version, m_pdfOptions);
        });
}

void FileStamping::send(qint64 letterId, StampDialog *dialog)
{
    if (!m_worker)
        return;
    if (dialog->kind() == StampDialog::Kind::Received || dialog->endorsementRecorded()) {
        drawAndSave(letterId, dialog);
        return;
    }
    QPointer<StampDialog> guard(dialog);
    m_worker->post(
        this,
        [letterId, unit = dialog->unitId(), text = dialog->text()](const auto &database) {
            return RoutingService(database).endorse(letterId, unit, text);
        },
        [this, guard, letterId](Result<qint64> endorsed) {
            if (!guard)
                return;
            if (!endorsed) {
                done(guard, endorsed.error());
                return;
            }
            if (!guard->writesOnDocument()) {
                done(guard, Status());
                return;
            }
            // From here on the endorsement stands, whatever happens to the file.
            guard->setProperty("recorded", true);
            drawAndSave(letterId, guard);
        });
}

void FileStamping::drawAndSave(qint64 letterId, StampDialog *dialog)
{
    QPointer<StampDialog> guard(dialog);
    const pdf::StampMark mark = dialog->mark();
    const QByteArray base = dialog->document();
    const bool received = dialog->kind() == StampDialog::Kind::Received;
    const QString note = received ? QString() : dialog->text().left(200);

    auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, guard, letterId, received, note] {
                watcher->deleteLater();
                const Result<QByteArray> drawn = watcher->future().result();
                if (!guard)
                    return;
                if (!drawn) {
                    done(guard, drawn.error());
                    return;
                }
                m_worker->post(
                    this,
                    [letterId, content = *drawn, received, note](const auto &database) {
                        return DocumentService(database).addVersion(
                            letterId, content,
                            received ? DocumentService::VersionKind::Stamp
                                     : DocumentService::VersionKind::Endorsement,
                            note);
                    },
                    [this, guard](Result<int> added) {
                        if (!guard)
                            return;
                        done(guard, added ? Status() : Status(added.error()));
                    });
            });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, tools = m_tools, base, mark] {
        promise->addResult(pdf::DocumentTools(tools).stamp(base, {mark}));
        promise->finish();
    });
}

void FileStamping::done(StampDialog *dialog, const Status &status)
{
    const bool endorsementStands =
        dialog->kind() == StampDialog::Kind::Endorse &&
        (dialog->endorsementRecorded() || dialog->property("recorded").toBool());
    if (!status && endorsementStands) {
        // Never lose the endorsement: it is recorded; only the file is retried.
        dialog->setEndorsementRecorded(status.error());
        load(m_letterId);
        emit finished(status);
        return;
    }
    dialog->showOutcome(status);
    if (status && m_letterId)
        load(m_letterId);
    emit finished(status);
}

} // namespace saraban::ui
