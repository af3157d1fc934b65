#include "OctopodsReply.h"

#include "ReplyError.h"

namespace wa {

OctopodsReply::OctopodsReply(QNetworkReply* reply, qint64 maxBodyBytes, std::chrono::milliseconds timeout,
                             QObject* parent)
    : QObject(parent), m_reply(reply), m_maxBodyBytes(maxBodyBytes)
{
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent == total)
            m_requestSent = true;
    });
    connect(reply, &QNetworkReply::readyRead, this, &OctopodsReply::readSome);
    connect(reply, &QNetworkReply::finished, this, &OctopodsReply::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_tlsProblem = ReplyError::tlsProblem(errors); });
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeout);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_deadline.start();
}

OctopodsReply::~OctopodsReply()
{
    releaseReply(m_reply, this, m_finished);
}

void OctopodsReply::cancel()
{
    if (m_finished || !m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void OctopodsReply::readSome()
{
    if (!m_reply->isOpen()) // aborted: nothing more to read
        return;
    // Kept up to the cap, the rest read and dropped: a huge answer costs no memory.
    const qint64 room = m_maxBodyBytes - m_body.size();
    if (room > 0)
        m_body += m_reply->read(room);
    if (m_reply->bytesAvailable() > 0) {
        m_bodyTruncated = true;
        m_reply->skip(m_reply->bytesAvailable());
    }
}

void OctopodsReply::onFinished()
{
    m_deadline.stop();
    readSome();
    m_finished = true;
    m_error = m_reply->error();
    m_networkSays = m_reply->errorString();
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    emit finished();
    if (m_reply) // whoever heard may have read its headers; it goes after that
        m_reply->deleteLater();
}

std::optional<int> OctopodsReply::answerStatus() const
{
    if (!m_status.isValid() || m_timedOut || m_cancelled)
        return std::nullopt;
    const int status = m_status.toInt();
    // A 307 or 308 is an answer too, though Qt reports it as a resend it could not make (to follow it).
    const bool redirect = status >= 300 && status < 400;
    if (!ReplyError::isAnswer(m_error) && !redirect)
        return std::nullopt;
    return status;
}

int OctopodsReply::statusSeen() const
{
    return m_status.isValid() ? m_status.toInt() : 0;
}

QString OctopodsReply::whatBroke() const
{
    return !m_tlsProblem.isEmpty() ? m_tlsProblem : ReplyError::whatBroke(m_error, m_networkSays);
}

QByteArray OctopodsReply::header(const QByteArray& name) const
{
    return m_reply ? m_reply->rawHeader(name) : QByteArray();
}

} // namespace wa
