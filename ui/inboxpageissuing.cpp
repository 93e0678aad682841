// The signatory's and the clerk's ends of an outgoing letter in the work area (issue 7): the sign
// step's approval through the signing dialog, issuing through the issue dialog, and the number
// and date written onto the issued PDF. Part of InboxPage; kept apart because it is the only
// part that runs the document worker.
#include "core/models/inboxmodel.h"
#include "core/pdf/keystore.h"
#include "core/services/approvalservice.h"
#include "core/services/letterdetailservice.h"
#include "core/services/numberstamp.h"
#include "core/services/registerservice.h"
#include "ui/inboxpage.h"
#include "ui/issuedialog.h"
#include "ui/signingdialog.h"

#include <QAction>
#include <QSet>

#include <memory>

namespace saraban::ui {

namespace {

struct SigningSetup
{
    QByteArray pdf; // empty: the version has no file
    QList<pdf::SigningCertificate> certificates;
    QString keyStoreProblem;
};

// Who is signed in, as the organisation chart names them.
const DirectoryMember *me(const Directory &directory, const QString &login)
{
    for (const DirectoryMember &member : directory.members) {
        if (member.login == login)
            return &member;
    }
    return nullptr;
}

} // namespace

void InboxPage::openSigning(const InboxItem &item)
{
    const qint64 stepId = item.itemId;
    const qint64 draftId = item.draftId.value_or(0);
    const pdf::DocumentToolsOptions options = m_documentOptions;
    m_busy = true;
    updateActions();
    m_worker->post(
        this,
        [draftId, options](const auto &database) -> Result<SigningSetup> {
            SigningSetup setup;
            auto version = LetterDetailService(database).currentDraftVersion(draftId);
            if (!version)
                return version.error();
            auto content = ApprovalService(database).versionContent(draftId, *version);
            if (content)
                setup.pdf = *content;
            else if (content.error().code != QLatin1String("file.unknown"))
                return content.error();
            // The certificates are listed without the store's password: it is typed once,
            // in the dialog, for signing.
            const pdf::KeyStore keys(options.keyDirectory.isEmpty()
                                         ? pdf::KeyStore::defaultDirectory()
                                         : options.keyDirectory);
            if (keys.exists()) {
                auto listed = keys.list();
                if (listed)
                    setup.certificates = *listed;
                else
                    setup.keyStoreProblem = listed.error().message;
            }
            return setup;
        },
        [this, stepId, subject = item.subject, options](Result<SigningSetup> setup) {
            m_busy = false;
            if (!setup) {
                acted(Action::Approve, setup.error());
                return;
            }
            withDirectory([this, stepId, subject, options,
                           setup = *setup](const Directory &directory) {
                pdf::SigningRequest defaults;
                if (const DirectoryMember *signer = me(directory, m_worker->profile().user())) {
                    defaults.signerName = signer->fullName;
                    defaults.signerTitle = signer->title;
                }
                // The document's words are Lao whatever the interface speaks.
                defaults.reason = QStringLiteral("ອະນຸມັດ");
                if (!setup.certificates.isEmpty())
                    defaults.nickname = setup.certificates.constFirst().nickname;
                // defaults.rect stays empty: the worker puts the signature where the
                // composer's XMP says, else at the template's default place.
                auto *dialog = new SigningDialog(setup.pdf, subject, defaults, setup.certificates,
                                                 options, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                // Approving without a digital signature is offered only when signing cannot
                // happen: 0010 allows it (the draft becomes approved, and is signed on paper).
                dialog->setApprovalMode(setup.certificates.isEmpty() || setup.pdf.isEmpty());
                if (!setup.keyStoreProblem.isEmpty())
                    dialog->setToolTip(setup.keyStoreProblem);
                QPointer<SigningDialog> guard(dialog);
                connect(dialog, &SigningDialog::decisionRequested, this,
                        [this, guard, stepId](const QByteArray &signedPdf, const QString &comment) {
                            m_worker->post(
                                this,
                                [stepId, signedPdf, comment](const auto &database) {
                                    return ApprovalService(database).decide(
                                        stepId, ApprovalDecision::Approve, comment, signedPdf);
                                },
                                [this, guard](Result<DraftState> state) {
                                    const Status status = state ? Status() : Status(state.error());
                                    if (guard)
                                        guard->showOutcome(status);
                                    acted(Action::Approve, status);
                                });
                        });
                connect(dialog, &QDialog::finished, this, [this] {
                    QMetaObject::invokeMethod(this, &InboxPage::updateActions,
                                              Qt::QueuedConnection);
                });
                m_signing = dialog;
                dialog->open();
                updateActions();
            });
        });
}

void InboxPage::openIssue(const InboxItem &item)
{
    const qint64 draftId = item.draftId.value_or(0);
    m_busy = true;
    updateActions();
    m_worker->post(
        this, [](const auto &database) { return RegisterService(database).registers(); },
        [this, draftId, subject = item.subject](Result<QList<RegisterInfo>> registers) {
            m_busy = false;
            if (!registers) {
                acted(Action::Issue, registers.error());
                return;
            }
            withDirectory([this, draftId, subject,
                           registers = *registers](const Directory &directory) {
                // The registers this clerk numbers in; the server also checks that the register
                // belongs to the draft's unit or one above it, and the dialog shows a refusal.
                const QString login = m_worker->profile().user();
                QSet<int> clerkOf;
                for (const DirectoryMember &member : directory.members) {
                    if (member.login == login && member.role == QLatin1String("clerk"))
                        clerkOf.insert(member.unitId);
                }
                QList<RegisterInfo> usable;
                for (const RegisterInfo &info : registers) {
                    if (info.direction != Direction::Incoming && clerkOf.contains(info.unitId))
                        usable << info;
                }
                const DirectoryMember *clerk = me(directory, login);
                const QString author = clerk ? clerk->fullName : login;
                auto *dialog = new IssueDialog(draftId, subject, usable, directory, this);
                // The number is the server's as soon as draft_issue commits; writing it onto
                // the PDF comes after, and its failure is only reported: the letter stays in
                // this folder until the number is on it.
                auto stampFailure = std::make_shared<std::optional<Error>>();
                auto issuedNumber = std::make_shared<QString>();
                QPointer<IssueDialog> guard(dialog);
                connect(dialog, &SendDialog::sendRequested, this,
                        [this, guard, author, stampFailure, issuedNumber] {
                            if (!guard)
                                return;
                            m_worker->post(
                                this,
                                [issue = guard->issue(), options = m_documentOptions, author,
                                 stampFailure, issuedNumber](const auto &database) -> Status {
                                    auto issued = ApprovalService(database).issue(issue);
                                    if (!issued)
                                        return issued.error();
                                    *issuedNumber = issued->number;
                                    auto stamped =
                                        NumberStamp(database, options).stamp(issued->id, author);
                                    if (!stamped)
                                        *stampFailure = stamped.error();
                                    return {};
                                },
                                [this, guard, stampFailure, issuedNumber](Status status) {
                                    if (guard)
                                        guard->showOutcome(status);
                                    acted(Action::Issue, status);
                                    if (status && *stampFailure)
                                        showIssueMessage(*issuedNumber, **stampFailure);
                                });
                        });
                openDialog(dialog);
            });
        });
}

void InboxPage::showIssueMessage(const QString &number, const Error &stampError)
{
    showMessage(tr("The letter is issued as %1, but its number could not be written onto the "
                   "PDF: %2 It stays in this folder; choose \"Write the number on the PDF\" to "
                   "try again.")
                    .arg(number, stampError.message));
}

void InboxPage::restampNumber(const InboxItem &item)
{
    const qint64 letterId = item.letterId.value_or(0);
    const pdf::DocumentToolsOptions options = m_documentOptions;
    const QString login = m_worker->profile().user();
    withDirectory([this, letterId, options, login](const Directory &directory) {
        const DirectoryMember *clerk = me(directory, login);
        m_busy = true;
        updateActions();
        m_worker->post(
            this,
            [letterId, options, author = clerk ? clerk->fullName : login](const auto &database) {
                return NumberStamp(database, options).stamp(letterId, author);
            },
            [this](Result<int> version) {
                acted(Action::StampNumber, version ? Status() : Status(version.error()));
            });
    });
}

} // namespace saraban::ui
