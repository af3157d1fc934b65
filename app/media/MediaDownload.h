#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace wa {

// One image link's download: the body kept up to a cap and aborted the moment the cap is passed (or as soon
// as a Content-Length says it will be), one deadline for the whole of it, TLS errors in words (never
// ignored), and at most MediaLoader::MaxRedirects redirects followed, each only to a link the loader would
// have asked itself and never from https down to http. Redirects are followed here rather than by Qt: Qt
// judges a target's scheme before it asks (a redirect to file: came back as "unknown protocol"), and Qt 6.4
// asked a chain of user-verified redirects once too often. Emits finished() once; aborted when dropped
// unfinished.
class MediaDownload : public QObject
{
    Q_OBJECT
public:
    // Get reads the body; Head only asks whether the link answers, and how large and what its body is.
    enum class Method { Get, Head };

    MediaDownload(QNetworkAccessManager* network, const QUrl& link, qint64 maxBytes,
                  std::chrono::milliseconds timeout, QObject* parent = nullptr, Method method = Method::Get);
    ~MediaDownload() override;

    // After finished(): empty when the body is the image's bytes, else why there are none, in words.
    QString failure() const { return m_failure; }
    const QByteArray& body() const { return m_body; }
    QString contentType() const { return m_contentType; }
    int httpStatus() const { return m_httpStatus; }
    // The size the answer announced (Content-Length); -1 when it announced none.
    qint64 announcedSize() const { return m_announcedSize; }

signals:
    void finished();

private:
    void ask(const QUrl& link);
    void onMetaData();
    void readSome();
    void onFinished();
    // Asks for the redirect's target when it may be asked; false when the download ends here.
    bool follow(const QByteArray& location);
    void finish();
    // Stops the download with this reason (the first reason given is the one kept).
    void fail(const QString& reason);
    bool answerIsOk() const { return m_httpStatus >= 200 && m_httpStatus < 300; }
    QString withoutLink(QString text) const;

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    qint64 m_maxBytes;
    std::chrono::milliseconds m_timeout;
    QUrl m_link; // the link last asked: the first, or the redirect followed
    QByteArray m_body;
    QString m_contentType;
    QString m_tlsProblem;
    QString m_failure;
    int m_httpStatus = 0;
    qint64 m_announcedSize = -1;
    Method m_method = Method::Get;
    int m_redirects = 0;
    bool m_finished = false;
};

} // namespace wa
