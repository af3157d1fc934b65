#include "MediaDownload.h"

#include "MediaLoader.h"
#include "sending/ReplyError.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace wa {

MediaDownload::MediaDownload(QNetworkAccessManager* network, const QUrl& link, qint64 maxBytes,
                             std::chrono::milliseconds timeout, QObject* parent, Method method)
    : QObject(parent), m_network(network), m_maxBytes(maxBytes), m_timeout(timeout), m_method(method)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeout);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(tr("no answer within %1 s").arg(QString::number(double(m_timeout.count()) / 1000.0)));
    });
    m_deadline.start();
    ask(link);
}

MediaDownload::~MediaDownload()
{
    releaseReply(m_reply, this, m_finished);
}

void MediaDownload::ask(const QUrl& link)
{
    m_link = link;
    QNetworkRequest http(link);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Our own cache decides; a cache set on the shared manager must neither answer nor keep these.
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    http.setRawHeader("Accept", m_method == Method::Get ? "image/*" : "*/*");
    http.setRawHeader("User-Agent", "wa-composer/" WA_VERSION);
    QNetworkReply* reply = m_method == Method::Get ? m_network->get(http) : m_network->head(http);
    m_reply = reply;
    m_httpStatus = 0;
    m_announcedSize = -1;
    m_contentType.clear();
    m_tlsProblem.clear();
    connect(reply, &QNetworkReply::metaDataChanged, this, &MediaDownload::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &MediaDownload::readSome);
    connect(reply, &QNetworkReply::finished, this, &MediaDownload::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_tlsProblem = ReplyError::tlsProblem(errors); });
}

void MediaDownload::fail(const QString& reason)
{
    if (m_finished)
        return;
    if (m_failure.isEmpty())
        m_failure = reason;
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // finishes the reply, and so this, at once
    else
        finish();
}

void MediaDownload::onMetaData()
{
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    // An image announced too large is refused before its first byte is read.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_announcedSize = length.isValid() ? length.toLongLong() : -1;
    if (answerIsOk() && length.isValid() && length.toLongLong() > m_maxBytes)
        fail(MediaLoader::tooLargeReason(m_maxBytes));
}

void MediaDownload::readSome()
{
    if (!m_reply->isOpen()) // aborted: nothing more to read
        return;
    if (!answerIsOk()) { // a refusal's or a redirect's page is not kept: its status says enough
        m_reply->skip(m_reply->bytesAvailable());
        return;
    }
    m_body += m_reply->read(m_maxBytes + 1 - m_body.size());
    if (m_body.size() > m_maxBytes)
        fail(MediaLoader::tooLargeReason(m_maxBytes));
}

void MediaDownload::onFinished()
{
    if (m_finished)
        return;
    if (m_failure.isEmpty())
        readSome();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = m_reply->error();
    const bool answered = m_httpStatus != 0 && ReplyError::isAnswer(error);
    const bool redirect = m_httpStatus >= 300 && m_httpStatus < 400 && m_reply->hasRawHeader("Location");
    if (!m_failure.isEmpty()) {
        // Already said: the cap, the deadline.
    } else if (redirect) {
        if (follow(m_reply->rawHeader("Location")))
            return;
    } else if (answered && !answerIsOk()) {
        m_failure = tr("HTTP %1").arg(m_httpStatus);
    } else if (!answered && error != QNetworkReply::NoError) {
        m_failure = !m_tlsProblem.isEmpty()
                        ? m_tlsProblem
                        : withoutLink(ReplyError::whatBroke(error, m_reply->errorString()));
    }
    finish();
}

bool MediaDownload::follow(const QByteArray& location)
{
    const QUrl target = m_link.resolved(QUrl::fromEncoded(location));
    const bool downgrade = m_link.scheme().compare(u"https", Qt::CaseInsensitive) == 0 &&
                           target.scheme().compare(u"https", Qt::CaseInsensitive) != 0;
    if (!MediaLoader::whyNotAllowed(target).isEmpty() || downgrade) {
        m_failure = tr("it redirects to a link that is not https");
        return false;
    }
    if (++m_redirects > MediaLoader::MaxRedirects) {
        m_failure = tr("it redirects more than %1 times").arg(MediaLoader::MaxRedirects);
        return false;
    }
    m_reply->disconnect(this);
    m_reply->deleteLater();
    ask(target);
    return true;
}

void MediaDownload::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    emit finished();
}

QString MediaDownload::withoutLink(QString text) const
{
    // Qt names the whole link in some of its texts; its query may be a signature.
    for (const QString& spelling :
         {m_link.toString(), m_link.toString(QUrl::FullyEncoded), m_link.toDisplayString()})
        text.replace(spelling, m_link.host());
    return text;
}

} // namespace wa
