#include "StatusCommand.h"

#include "AppServices.h"
#include "OctopodsOptions.h"
#include "sending/OctopodsClient.h"
#include "sending/SendHistory.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>

namespace wa::cli {

QString StatusCommand::summary() const
{
    return tr("Ask Octopods for a sent message's delivery status (SENT, DELIVERED, READ, FAILED ...), with\n"
              "the API key from %1 (or the one the app stored in the keychain). Prints the status, its time\n"
              "and the channel message id. Exit status: 0 known, 2 wrong options, 3 refused by Octopods\n"
              "(no such message, key not accepted, not allowed), 4 no usable answer (network, timeout,\n"
              "an answer that is not a status).")
        .arg(QLatin1StringView(OctopodsOptions::KeyVariable));
}

void StatusCommand::addOptions(QCommandLineParser& parser)
{
    OctopodsOptions::addBase(parser);
    OctopodsOptions::addTimeout(parser);
    parser.addPositionalArgument(QStringLiteral("MESSAGE_ID"),
                                 tr("The message id Octopods gave the send (`send` prints it)."));
}

int StatusCommand::exitCodeFor(const StatusResult& result)
{
    if (result.isKnown())
        return Success;
    if (result.outcome == StatusResult::Outcome::NotAsked) // no id, or a base URL that cannot be used
        return Unreadable;
    return result.isRefused() ? Refused : Unreachable;
}

int StatusCommand::execute(const QCommandLineParser& parser, Io& io)
{
    const std::optional<OctopodsClient::Config> config = OctopodsOptions::config(parser, io);
    if (!config)
        return Unreadable;
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1 || ids.first().trimmed().isEmpty()) {
        io.err << tr("status takes exactly one MESSAGE_ID (the message id `send` printed).") << Qt::endl;
        return Unreadable;
    }
    const QString messageId = ids.first().trimmed();
    const QString key = OctopodsOptions::apiKey(m_services, io);
    if (key.isEmpty())
        return Unreadable;

    m_services.client().setConfig(*config);
    StatusCheck* check = m_services.client().fetchStatus(messageId, key);
    // finished() always comes from the event loop, even for a lookup refused before it started.
    QEventLoop loop;
    QObject::connect(check, &StatusCheck::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const StatusResult result = check->result();
    check->deleteLater();

    if (!result.isKnown()) {
        io.err << result.summary() << '\n';
        if (!result.body.isEmpty()) {
            constexpr qsizetype Shown = 4096;
            const bool cut = result.bodyTruncated || result.body.size() > Shown;
            io.err << tr("Response (HTTP %1):").arg(result.httpStatus) << '\n'
                   << QString::fromUtf8(result.body.left(Shown)) << (cut ? QStringLiteral("…") : QString())
                   << '\n';
        }
        io.err.flush();
        return exitCodeFor(result);
    }
    const DeliveryStatus& status = result.status;
    const QString words = DeliveryStatus::words(status.name);
    io.out << tr("Status: %1").arg(words == status.name ? words : tr("%1 (%2)").arg(words, status.name))
           << '\n'
           << tr("Updated: %1")
                  .arg(status.lastUpdated.isValid() ? status.lastUpdated.toString(Qt::ISODate)
                                                    : tr("not given"))
           << '\n'
           << tr("Channel message id: %1")
                  .arg(status.channelMessageId.isEmpty() ? tr("not given") : status.channelMessageId)
           << '\n';
    if (!status.intercomConversationId.isEmpty())
        io.out << tr("Intercom conversation id: %1").arg(status.intercomConversationId) << '\n';
    io.out.flush();
    keepInHistory(messageId, result, io);
    return Success;
}

void StatusCommand::keepInHistory(const QString& messageId, const StatusResult& result, Io& io) const
{
    // A lookup alone does not create the app's data folder: only a history that exists is updated.
    if (!QFileInfo::exists(m_services.databasePath()))
        return;
    const QDateTime at =
        result.status.lastUpdated.isValid() ? result.status.lastUpdated : QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_services.history().setDeliveryStatus(messageId, result.status.name, at, &error))
        io.err << tr("warning: the status was not kept in the send history: %1").arg(error) << Qt::endl;
}

} // namespace wa::cli
