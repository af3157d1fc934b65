#include "StatusCheck.h"

#include "Redaction.h"

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
    : QObject(parent), m_reply(new OctopodsReply(reply, StatusResult::MaxBodyBytes, timeout, this)),
      m_apiKey(std::move(apiKey))
{
    connect(m_reply, &OctopodsReply::finished, this, &StatusCheck::onFinished);
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

StatusCheck::~StatusCheck() = default;

void StatusCheck::cancel()
{
    if (!m_finished && m_reply)
        m_reply->cancel();
}

void StatusCheck::onFinished()
{
    StatusResult result = m_result;
    // Before anything reads it: an answer that echoes the request must not carry the key any further.
    result.body = Redaction::redact(m_reply->body(), m_apiKey);
    result.bodyTruncated = m_reply->bodyTruncated();
    if (const std::optional<int> status = m_reply->answerStatus()) {
        result.httpStatus = *status;
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
        result.httpStatus = m_reply->statusSeen();
        result.outcome = m_reply->timedOut()    ? Outcome::Timeout
                         : m_reply->cancelled() ? Outcome::Cancelled
                                                : Outcome::NetworkError;
        result.problem = !m_reply->tlsProblem().isEmpty() ? m_reply->tlsProblem()
                         : m_reply->timedOut()            ? tr("no answer in time")
                         : m_reply->cancelled()           ? tr("cancelled")
                                                          : m_reply->whatBroke();
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
    emit finished(m_result);
}

} // namespace wa
