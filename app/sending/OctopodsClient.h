#pragma once

#include "OctopodsReply.h"
#include "OctopodsRequest.h"
#include "SendEndpoint.h"
#include "SendResult.h"
#include "StatusCheck.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace wa {

// One send in flight. Emits finished() exactly once, also after cancel(); never retries by itself (a body
// that may have reached Octopods is never sent again without the agent asking).
class SendOperation : public QObject
{
    Q_OBJECT
public:
    ~SendOperation() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    const SendResult& result() const { return m_result; }
    // True once the whole request body has been handed to the network.
    bool requestSent() const { return m_reply && m_reply->requestSent(); }

signals:
    void finished(const wa::SendResult& result);

private:
    friend class OctopodsClient;
    SendOperation(QNetworkReply* reply, std::chrono::milliseconds timeout, QString apiKey, QObject* parent);
    explicit SendOperation(QObject* parent);
    static SendOperation* alreadyFinished(const SendResult& result, QObject* parent);

    void onFinished();
    void finish(const SendResult& result);

    OctopodsReply* m_reply = nullptr; // a child; none for a send refused before it started
    SendResult m_result;
    QString m_apiKey; // what the answer is cleaned of (Redaction)
    bool m_finished = false;
};

// Sends composed messages to Octopods: POST {base}{path} with the key in X-Octopods-Auth.
class OctopodsClient : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://app.octopods.io"));
        SendEndpoint endpoint = SendEndpoint::Messages;
        std::chrono::milliseconds timeout = std::chrono::seconds(30);
        // Where a sent message's status is read: {statusPath}/{message_id}, whichever path sends.
        QString statusPath = QStringLiteral("/api/v1/whatsapp/messages");

        QString path() const { return SendEndpoints::path(endpoint); }
    };

    explicit OctopodsClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setConfig(const Config& config);
    const Config& config() const { return m_config; }

    // The URL a request goes to, or why there is none: the base must be https, or plain http on this
    // machine (tests, a local proxy), since the key and the customer's number travel in it.
    struct Endpoint
    {
        QUrl url;
        QString problem; // set when the base URL cannot be used
    };
    static Endpoint endpoint(const Config& config);
    // The URL of a message's status: the same rules, the id percent-encoded as one segment of the path.
    static Endpoint statusEndpoint(const Config& config, const QString& messageId);

    // The request exactly as sent: method POST, these headers, request.toJson() as the body.
    static QList<std::pair<QByteArray, QByteArray>> headers(const QString& apiKey);

    // Starts the send; the operation is a child of this client and finishes even when nothing could be sent.
    SendOperation* send(const OctopodsRequest& request, const QString& apiKey);
    // Asks for a sent message's delivery status: GET {base}{statusPath}/{messageId}, the key in
    // X-Octopods-Auth. The lookup is a child of this client and finishes even when nothing could be asked.
    StatusCheck* fetchStatus(const QString& messageId, const QString& apiKey);

signals:
    void endpointChanged(); // what the send panel offers depends on it

private:
    // {base}{callPath}, or why the base cannot be used.
    static Endpoint endpointAt(const Config& config, const QString& callPath);

    QNetworkAccessManager* m_network;
    Config m_config;
};

} // namespace wa
