#include "StatusCheck.h"

#include "Redaction.h"
#include "ReplyError.h"

#include <QNetworkReply>
#include <QSslError>

namespace wa {

namespace {

using Outcome = StatusResult::Outcome;

Outcome outcomeForStatus(int status)
{
    if (status >= 200 && status < 300)
        return Outcome::Known; // once the body says which status
    if (status >= 300 && status < 400)
        return Outcome::Redirected;
    switch (status) {
    case 401:
        return Outcome::Unauthorized;
    case 403:
        return Outcome::Forbidden;
    case 404:
        return Outcome::NotFound;
    case 429:
        return Outcome::RateLimited;
    default:
        return status >= 400 && status < 500 ? Outcome::Rejected : Outcome::ServerError;
    }
}

} // namespace

StatusCheck::StatusCheck(QNetworkReply* reply, std::chrono::milliseconds timeout, QString apiKey,
                         QObject* parent)
    : QObject(parent), m_reply(reply), m_apiKey(std::move(apiKey))
{
    // The reply stays the network manager's child: deleting a reply after its manager is gone would crash.
    connect(reply, &QNetworkReply::readyRead, this, &StatusCheck::readSome);
    connect(reply, &QNetworkReply::finished, this, &StatusCheck::onFinished);
    // TLS errors are never ignored: they end the lookup as a network error that says what was wrong.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList what;
        for (const QSslError& error : errors)
            what.append(error.errorString());
        m_tlsProblem = tr("TLS: %1").arg(what.join(QStringLiteral("; ")));
    });
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeout);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_deadline.start();
}

StatusCheck::StatusCheck(QObject* parent) : QObject(parent) {}

StatusCheck* StatusCheck::alreadyFinished(const StatusResult& result, QObject* parent)
{
    auto* check = new StatusCheck(parent);
    check->m_result = result;
    check->m_finished = true;
    // Queued, so that whoever asked has connected to finished() first.
    QMetaObject::invokeMethod(
        check, [check] { emit check->finished(check->m_result); }, Qt::QueuedConnection);
    return check;
}

StatusCheck::~StatusCheck()
{
    if (m_reply) {
        m_reply->disconnect(this);
        if (!m_finished)
            m_reply->abort();
        m_reply->deleteLater();
    }
}

void StatusCheck::cancel()
{
    if (m_finished || !m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void StatusCheck::readSome()
{
    if (!m_reply->isOpen()) // aborted: nothing more to read
        return;
    // Kept up to the cap, the rest read and dropped: a status is a few hundred bytes, garbage may be more.
    const qint64 room = StatusResult::MaxBodyBytes - m_result.body.size();
    if (room > 0)
        m_result.body += m_reply->read(room);
    if (m_reply->bytesAvailable() > 0) {
        m_result.bodyTruncated = true;
        m_reply->skip(m_reply->bytesAvailable());
    }
}

void StatusCheck::onFinished()
{
    m_deadline.stop();
    readSome();
    StatusResult result = m_result;
    // Before anything reads it: an answer that echoes the request must not carry the key any further.
    result.body = Redaction::redact(result.body, m_apiKey);
    const QNetworkReply::NetworkError error = m_reply->error();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool redirect = status.isValid() && status.toInt() >= 300 && status.toInt() < 400;
    if (status.isValid() && !m_timedOut && !m_cancelled && (ReplyError::isAnswer(error) || redirect)) {
        result.httpStatus = status.toInt();
        result.outcome = outcomeForStatus(result.httpStatus);
        if (result.outcome == Outcome::Known) {
            QString problem;
            if (std::optional<DeliveryStatus> read = DeliveryStatus::fromJson(result.body, &problem)) {
                result.status = *read;
            } else {
                result.outcome = Outcome::Unreadable;
                result.problem = problem;
            }
        } else {
            result.problem = tr("HTTP %1").arg(result.httpStatus);
        }
    } else {
        result.httpStatus = status.isValid() ? status.toInt() : 0;
        result.outcome = m_timedOut    ? Outcome::Timeout
                         : m_cancelled ? Outcome::Cancelled
                                       : Outcome::NetworkError;
        result.problem = !m_tlsProblem.isEmpty() ? m_tlsProblem
                         : m_timedOut            ? tr("no answer in time")
                         : m_cancelled           ? tr("cancelled")
                                                 : ReplyError::whatBroke(error, m_reply->errorString());
    }
    // Qt's error texts name the URL, and an answer's parse error may quote it: the key never goes further.
    result.problem = Redaction::redact(result.problem, m_apiKey);
    finish(result);
}

void StatusCheck::finish(const StatusResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    if (m_reply)
        m_reply->deleteLater();
    emit finished(m_result);
}

} // namespace wa
