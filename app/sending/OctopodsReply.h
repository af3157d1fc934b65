#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace wa {

// One reply from Octopods, read the way both calls read it: the body kept up to a cap as it arrives (the rest
// read and dropped), a deadline that aborts it, TLS errors in words (never ignored), and aborted when dropped
// unfinished. What the answer means is the caller's: SendOperation's or StatusCheck's.
class OctopodsReply : public QObject
{
    Q_OBJECT
public:
    // The reply stays the network manager's child (deleting a reply after its manager is gone would crash);
    // this only deletes it later, once finished or dropped.
    OctopodsReply(QNetworkReply* reply, qint64 maxBodyBytes, std::chrono::milliseconds timeout,
                  QObject* parent = nullptr);
    ~OctopodsReply() override;

    void cancel();

    // After finished(): the HTTP status when Octopods answered (a redirect too), nullopt when no usable
    // answer came (a network error, the deadline, cancel()).
    std::optional<int> answerStatus() const;
    int statusSeen() const; // the HTTP status, answer or not; 0 when none came
    bool timedOut() const { return m_timedOut; }
    bool cancelled() const { return m_cancelled; }
    QNetworkReply::NetworkError error() const { return m_error; }
    // Why no answer came, in words: the TLS errors, or what the network said. Not cleaned of the key: the
    // caller knows it (Redaction).
    QString whatBroke() const;
    QString tlsProblem() const { return m_tlsProblem; } // empty unless TLS failed
    QByteArray header(const QByteArray& name) const;
    const QByteArray& body() const { return m_body; }
    bool bodyTruncated() const { return m_bodyTruncated; }
    // True once the whole request body has been handed to the network.
    bool requestSent() const { return m_requestSent; }

signals:
    void finished();

private:
    void readSome();
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    qint64 m_maxBodyBytes;
    QByteArray m_body;
    bool m_bodyTruncated = false;
    QString m_tlsProblem;
    QString m_networkSays;
    QVariant m_status;
    QNetworkReply::NetworkError m_error = QNetworkReply::NoError;
    bool m_requestSent = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace wa
