#include "Sender.h"

#include "OctopodsClient.h"
#include "SendHistory.h"

#include <QDateTime>

namespace wa {

Sender::Sender(OctopodsClient& client, SendHistory& history, QObject* parent)
    : QObject(parent), m_client(client), m_history(history)
{
}

SendOperation* Sender::send(const OctopodsRequest& request, const QString& apiKey,
                            const SendTemplate& written)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QString path = m_client.config().path();
    SendOperation* operation = m_client.send(request, apiKey);
    // Connected first, so the attempt is in the history before the caller shows the outcome.
    connect(
        operation, &SendOperation::finished, this,
        [this, request, path, started, written](const SendResult& result) {
            QString error;
            if (!m_history.record(SendHistory::fromResult(request, path, result, started, written), &error))
                qWarning("send history: %s", qPrintable(error));
        });
    return operation;
}

} // namespace wa
