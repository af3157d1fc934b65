#pragma once

#include "OctopodsRequest.h"

#include <QObject>

namespace wa {

class OctopodsClient;
class SendHistory;
class SendOperation;

// A send as the window and `wa-composer send` make it: through the client, and every attempt, whatever came
// of it, recorded in the send history once it finishes (before anyone else hears of the result). A history
// that cannot be written does not change the send's outcome: it is said once, as a warning.
class Sender : public QObject
{
    Q_OBJECT
public:
    Sender(OctopodsClient& client, SendHistory& history, QObject* parent = nullptr);

    SendOperation* send(const OctopodsRequest& request, const QString& apiKey);

    OctopodsClient& client() const { return m_client; }

private:
    OctopodsClient& m_client;
    SendHistory& m_history;
};

} // namespace wa
