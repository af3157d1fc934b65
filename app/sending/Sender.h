#pragma once

#include "OctopodsRequest.h"
#include "SendHistory.h"

#include <QObject>

namespace wa {

class OctopodsClient;
class SendOperation;

// A send as the window and `wa-composer send` make it: through the client, and every attempt, whatever came
// of it, recorded in the send history once it finishes (before anyone else hears of the result). A history
// that cannot be written does not change the send's outcome: it is said once, as a warning.
class Sender : public QObject
{
    Q_OBJECT
public:
    Sender(OctopodsClient& client, SendHistory& history, QObject* parent = nullptr);

    // `written` is the message before its variables were filled, kept in the history with the send.
    SendOperation* send(const OctopodsRequest& request, const QString& apiKey,
                        const SendTemplate& written = {});

    OctopodsClient& client() const { return m_client; }

private:
    OctopodsClient& m_client;
    SendHistory& m_history;
};

} // namespace wa
