#include "core/services/servererror.h"

#include "core/db/database.h"
#include "core/i18n/translations.h"

#include <QRegularExpression>

namespace saraban {

namespace {

// libpq prefixes each part with a label ("ERROR:  ", "DETAIL:  ") that it may translate, so
// the parts are recognised by what follows the label, not by the label.
const QRegularExpression &messagePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^:]{1,24}:\\s+([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+): (.*)$"));
    return pattern;
}

const QRegularExpression &laoPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[^:]{1,24}:\\s+lo: (.*)$"));
    return pattern;
}

const QRegularExpression &hintPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^:]{1,24}:\\s+field=([a-z0-9_]*); rule=([a-z0-9_]+)$"));
    return pattern;
}

ServerError::Kind kindOf(const QString &state)
{
    if (state == QLatin1String("SBVAL"))
        return ServerError::Kind::BadInput;
    if (state == QLatin1String("SBPRM"))
        return ServerError::Kind::NotAllowed;
    if (state == QLatin1String("SBNFD"))
        return ServerError::Kind::NotFound;
    if (state == QLatin1String("SBCON"))
        return ServerError::Kind::Conflict;
    return ServerError::Kind::Other;
}

Error bilingual(const QString &code, const QString &english, const QString &lao,
                const QString &extra)
{
    const bool lo = i18n::current() == Language::Lao;
    QString detail = lo ? english : lao;
    if (!extra.isEmpty())
        detail += QLatin1Char('\n') + extra;
    return Error{code, lo ? lao : english, detail};
}

} // namespace

std::optional<ServerError> ServerError::parse(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (!state.startsWith(QLatin1String("SB")))
        return std::nullopt;
    ServerError parsed;
    parsed.kind = kindOf(state);
    const QStringList lines = error.databaseText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (parsed.code.isEmpty()) {
            if (const auto match = messagePattern().match(trimmed); match.hasMatch()) {
                parsed.code = match.captured(1);
                parsed.english = match.captured(2);
                continue;
            }
        }
        if (const auto match = laoPattern().match(trimmed); match.hasMatch()) {
            parsed.lao = match.captured(1);
        } else if (const auto hint = hintPattern().match(trimmed); hint.hasMatch()) {
            parsed.field = hint.captured(1);
            parsed.rule = hint.captured(2);
        }
    }
    if (parsed.code.isEmpty())
        return std::nullopt;
    if (parsed.lao.isEmpty())
        parsed.lao = parsed.english;
    return parsed;
}

Error ServerError::toError(const QSqlError &error, const QString &context)
{
    if (const auto parsed = parse(error)) {
        QString extra;
        if (!parsed->field.isEmpty())
            extra = tr("Field: %1, rule: %2").arg(parsed->field, parsed->rule);
        return bilingual(parsed->code, parsed->english, parsed->lao, extra);
    }
    const QString state = error.nativeErrorCode();
    Error fallback = db::fromSqlError(error, context);
    if (state == QLatin1String("42501")) {
        // EXECUTE or SELECT refused by PostgreSQL itself: the caller lacks the group role.
        return Error{QStringLiteral("auth.denied"),
                     tr("You are not allowed to do this (the server refused: %1).")
                         .arg(error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed()),
                     fallback.detail};
    }
    if (state == QLatin1String("22021") || state == QLatin1String("22P05")) {
        return Error{QStringLiteral("input.encoding"),
                     tr("The text is not valid UTF-8; nothing was saved."), fallback.detail};
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        return Error{QStringLiteral("db.retry"),
                     tr("The server had to cancel this because of a simultaneous change; "
                        "please try again."),
                     fallback.detail};
    }
    return fallback;
}

} // namespace saraban
