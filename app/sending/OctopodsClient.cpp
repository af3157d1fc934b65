#include "OctopodsClient.h"

#include "Redaction.h"
#include "ReplyError.h"
#include "ThisMachine.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>

#include <cstring>

namespace wa {

namespace {

// The network errors that can only happen before the request left this machine: a retry is safe.
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return true;
    default:
        return false;
    }
}

SendResult::Outcome outcomeForStatus(int status)
{
    if (status >= 200 && status < 300)
        return SendResult::Outcome::Accepted;
    if (status >= 300 && status < 400)
        return SendResult::Outcome::Redirected;
    switch (status) {
    case 400:
    case 404: // a wrong path: nothing was sent
    case 405:
    case 413:
    case 415:
    case 422:
        return SendResult::Outcome::Rejected;
    case 401:
        return SendResult::Outcome::Unauthorized;
    case 403:
        return SendResult::Outcome::NotEnabled;
    case 429:
        return SendResult::Outcome::RateLimited;
    default:
        return SendResult::Outcome::ServerError;
    }
}

// Retry-After in seconds; the HTTP-date form is turned into seconds from now.
std::optional<int> retryAfter(const QByteArray& value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        return seconds;
    // RFC 9110's IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT", which Qt's RFC 2822 reading does not take
    // with its "GMT"; RFC 2822's own form too, with an offset.
    const QString text = QString::fromLatin1(value.trimmed());
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    when.setTimeZone(QTimeZone::utc());
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (when.isValid())
        return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return std::nullopt;
}

// The request body, readable once. Qt's HTTP stack resends a request by itself when a connection closes
// before any answer (a kept-alive connection the server dropped, or a server that hung up after reading):
// for a message that is a second send. A body that cannot be rewound makes Qt report ContentReSendError
// instead, and the agent decides.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray body, QObject* parent) : QIODevice(parent), m_body(std::move(body))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_body.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, qint64(m_body.size()) - m_read);
        std::memcpy(data, m_body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

} // namespace

SendOperation::SendOperation(QNetworkReply* reply, std::chrono::milliseconds timeout, QString apiKey,
                             QObject* parent)
    : QObject(parent), m_reply(new OctopodsReply(reply, SendResult::MaxBodyBytes, timeout, this)),
      m_apiKey(std::move(apiKey))
{
    connect(m_reply, &OctopodsReply::finished, this, &SendOperation::onFinished);
}

SendOperation* SendOperation::alreadyFinished(const SendResult& result, QObject* parent)
{
    auto* operation = new SendOperation(parent);
    operation->m_result = result;
    operation->m_finished = true;
    // Queued, so that whoever started the send has connected to finished() first.
    QMetaObject::invokeMethod(
        operation, [operation] { emit operation->finished(operation->m_result); }, Qt::QueuedConnection);
    return operation;
}

SendOperation::SendOperation(QObject* parent) : QObject(parent) {}

SendOperation::~SendOperation() = default;

void SendOperation::cancel()
{
    if (!m_finished && m_reply)
        m_reply->cancel();
}

void SendOperation::onFinished()
{
    SendResult result = m_result;
    // Before anything reads it: an answer that echoes the request must not carry the key any further.
    result.body = Redaction::redact(m_reply->body(), m_apiKey);
    result.bodyTruncated = m_reply->bodyTruncated();
    if (const std::optional<int> status = m_reply->answerStatus()) {
        result.httpStatus = *status;
        result.outcome = outcomeForStatus(result.httpStatus);
        result.readBody();
        if (result.outcome == SendResult::Outcome::Redirected)
            result.redirectTarget = QString::fromLatin1(m_reply->header("Location"));
        if (result.outcome == SendResult::Outcome::RateLimited)
            result.retryAfterSeconds = retryAfter(m_reply->header("Retry-After"));
        result.mayHaveBeenDelivered = result.outcome == SendResult::Outcome::Accepted ||
                                      result.outcome == SendResult::Outcome::ServerError;
    } else {
        result.httpStatus = m_reply->statusSeen();
        result.outcome = m_reply->timedOut()    ? SendResult::Outcome::Timeout
                         : m_reply->cancelled() ? SendResult::Outcome::Cancelled
                                                : SendResult::Outcome::NetworkError;
        result.networkError = Redaction::redact(m_reply->whatBroke(), m_apiKey);
        // Once the body has left, only an answer can say whether it arrived.
        result.mayHaveBeenDelivered = m_reply->requestSent() && !failedBeforeSending(m_reply->error());
    }
    finish(result);
}

void SendOperation::finish(const SendResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    emit finished(m_result);
}

OctopodsClient::OctopodsClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_network(network)
{
}

void OctopodsClient::setConfig(const Config& config)
{
    const bool otherEndpoint = config.endpoint != m_config.endpoint;
    m_config = config;
    if (otherEndpoint)
        emit endpointChanged();
}

OctopodsClient::Endpoint OctopodsClient::endpoint(const Config& config)
{
    return endpointAt(config, config.path());
}

OctopodsClient::Endpoint OctopodsClient::endpointAt(const Config& config, const QString& callPath)
{
    const QUrl& base = config.baseUrl;
    if (!base.isValid() || base.host().isEmpty())
        return {{}, tr("the API base URL \"%1\" is not a URL").arg(base.toString())};
    const QString scheme = base.scheme().toLower();
    if (scheme == u"http" && !isThisMachine(base.host()))
        return {{},
                tr("the API base URL must use https (plain http is only allowed on this machine): %1")
                    .arg(base.toString())};
    if (scheme != u"https" && scheme != u"http")
        return {{}, tr("the API base URL must use https: %1").arg(base.toString())};
    QUrl url = base;
    QString path = base.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + callPath);
    return {url, {}};
}

OctopodsClient::Endpoint OctopodsClient::statusEndpoint(const Config& config, const QString& messageId)
{
    const QString id = messageId.trimmed();
    if (id.isEmpty())
        return {{}, tr("no message id was given")};
    Endpoint target = endpointAt(config, config.statusPath);
    if (!target.problem.isEmpty())
        return target;
    // Encoded, so that an id with a "/" or a "?" stays one segment of this path and asks for nothing else.
    QString path = target.url.path(QUrl::FullyEncoded);
    if (!path.endsWith(u'/'))
        path += u'/';
    target.url.setPath(path + QString::fromLatin1(QUrl::toPercentEncoding(id)), QUrl::StrictMode);
    return target;
}

QList<std::pair<QByteArray, QByteArray>> OctopodsClient::headers(const QString& apiKey)
{
    return {{"X-Octopods-Auth", apiKey.toUtf8()},
            {"Content-Type", "application/json"},
            {"Accept", "application/json"},
            {"User-Agent", "wa-composer/" WA_VERSION}};
}

SendOperation* OctopodsClient::send(const OctopodsRequest& request, const QString& apiKey)
{
    const Endpoint target = endpoint(m_config);
    if (!target.problem.isEmpty()) {
        SendResult refused;
        refused.outcome = SendResult::Outcome::NotSent;
        refused.networkError = target.problem;
        return SendOperation::alreadyFinished(refused, this);
    }
    QNetworkRequest http(target.url);
    for (const auto& [name, value] : headers(apiKey))
        http.setRawHeader(name, value);
    // Never follow a redirect with the key and the body, and never let Qt resend on its own.
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    const QByteArray body = request.toJson(JsonWriter::Format::Compact);
    http.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    http.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute,
                      true); // a buffered copy could be resent
    auto* device = new OneShotBody(body, nullptr);
    QNetworkReply* reply = m_network->post(http, device);
    device->setParent(reply);
    return new SendOperation(reply, m_config.timeout, apiKey, this);
}

StatusCheck* OctopodsClient::fetchStatus(const QString& messageId, const QString& apiKey)
{
    const Endpoint target = statusEndpoint(m_config, messageId);
    if (!target.problem.isEmpty()) {
        StatusResult refused;
        refused.outcome = StatusResult::Outcome::NotAsked;
        refused.problem = Redaction::redact(target.problem, apiKey);
        return StatusCheck::alreadyFinished(refused, this);
    }
    QNetworkRequest http(target.url);
    for (const auto& [name, value] : headers(apiKey)) {
        if (name != "Content-Type") // a GET has no body
            http.setRawHeader(name, value);
    }
    // The key is never taken to another address, nor an answer kept by a cache.
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return new StatusCheck(m_network->get(http), m_config.timeout, apiKey, this);
}

} // namespace wa
