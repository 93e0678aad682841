#pragma once

// Registering letters and their files: the C++ face of saraban.register_letter() and
// saraban.letter_add_attachment(). One call is one server transaction; the answer is the new
// letter and its number, or an Error with the server's stable code.
#include "core/domain/letterdraft.h"
#include "core/domain/registeredletter.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace saraban {

class ServerQuery;

class LetterService
{
    Q_DECLARE_TR_FUNCTIONS(saraban::LetterService)

public:
    explicit LetterService(QSqlDatabase database);
    ~LetterService();
    LetterService(LetterService &&) noexcept;
    LetterService &operator=(LetterService &&) noexcept;

    Result<RegisteredLetter> registerLetter(const LetterDraft &draft);
    Result<DuplicateFile> addAttachment(qint64 letterId, const QByteArray &content,
                                        const QString &fileName);
    // A stored file, for someone who may see a letter holding it.
    Result<QByteArray> fileContent(const QByteArray &sha256) const;

    // The server's limit for one file (the max_file_bytes setting).
    Result<qint64> maxFileBytes() const;
    // A warning for a file that was registered before, in the current language.
    static QString duplicateWarning(const DuplicateFile &duplicate);

private:
    // Refuses early, without sending the bytes, what the server would refuse for its size.
    Status checkSize(const QByteArray &content, const QString &field) const;

    QSqlDatabase m_database;
    // register_letter, prepared at the first letter and reused (a clerk registers many).
    std::unique_ptr<ServerQuery> m_register;
};

} // namespace saraban
