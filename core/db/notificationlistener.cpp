#include "core/db/notificationlistener.h"

#include "core/logging.h"
#include "core/services/servererror.h"

#include <QSqlQuery>

namespace saraban {

namespace {

const QString inboxPrefix = QStringLiteral("saraban_inbox_");
const QString letterChannel = QStringLiteral("saraban_letter");
const QString draftChannel = QStringLiteral("saraban_draft");

} // namespace

NotificationListener::NotificationListener(QSqlDatabase database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{}

NotificationListener::~NotificationListener()
{
    stop();
}

Status NotificationListener::start()
{
    stop();
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT saraban.caller_person_id()")))
        return ServerError::toError(query.lastError(), query.lastQuery());
    if (query.next() && !query.value(0).isNull())
        m_personId = query.value(0).toInt();
    QStringList channels{letterChannel, draftChannel};
    if (m_personId)
        channels.prepend(inboxPrefix + QString::number(*m_personId));
    QSqlDriver *driver = m_database.driver();
    for (const QString &channel : channels) {
        if (!driver->subscribeToNotification(channel)) {
            const QSqlError error = driver->lastError();
            for (const QString &done : std::as_const(m_channels))
                driver->unsubscribeFromNotification(done);
            m_channels.clear();
            return ServerError::toError(error, QStringLiteral("LISTEN ") + channel);
        }
        m_channels << channel;
    }
    m_connection =
        connect(driver, &QSqlDriver::notification, this, &NotificationListener::onNotification);
    qCDebug(lcDb) << "listening on" << m_channels;
    return {};
}

void NotificationListener::stop()
{
    disconnect(m_connection);
    if (m_database.isOpen()) {
        for (const QString &channel : std::as_const(m_channels))
            m_database.driver()->unsubscribeFromNotification(channel);
    }
    m_channels.clear();
    m_personId.reset();
}

void NotificationListener::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                          const QVariant &payload)
{
    const QString text = payload.toString();
    if (name == letterChannel) {
        emit letterChanged(text.toLongLong());
    } else if (name == draftChannel) {
        emit draftChanged(text.toLongLong());
    } else if (name.startsWith(inboxPrefix)) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon > 0)
            emit inboxChanged(text.left(colon), text.mid(colon + 1).toLongLong());
    }
}

} // namespace saraban
