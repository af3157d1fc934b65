#pragma once

#include "OctopodsReply.h"
#include "StatusResult.h"

#include <QObject>

#include <chrono>

class QNetworkReply;

namespace wa {

// One status lookup in flight (OctopodsClient::fetchStatus). Emits finished() exactly once, also after
// cancel() and for a lookup refused before it started; a GET sends nothing twice that matters, but it is not
// retried here either: StatusWatcher decides when to ask again.
class StatusCheck : public QObject
{
    Q_OBJECT
public:
    ~StatusCheck() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    const StatusResult& result() const { return m_result; }

signals:
    void finished(const wa::StatusResult& result);

private:
    friend class OctopodsClient;
    StatusCheck(QNetworkReply* reply, std::chrono::milliseconds timeout, QString apiKey, QObject* parent);
    explicit StatusCheck(QObject* parent);
    static StatusCheck* alreadyFinished(const StatusResult& result, QObject* parent);

    void onFinished();
    void finish(const StatusResult& result);

    OctopodsReply* m_reply = nullptr; // a child; none for a lookup refused before it started
    StatusResult m_result;
    QString m_apiKey; // what every text kept or shown is cleaned of (Redaction)
    bool m_finished = false;
};

} // namespace wa
