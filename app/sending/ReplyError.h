#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace wa {

// How a finished QNetworkReply went wrong, for every call to Octopods (a send, a status lookup): whether
// its error is only Qt's reading of a complete HTTP answer, and what broke, in words.
class ReplyError
{
    Q_DECLARE_TR_FUNCTIONS(wa::ReplyError)
public:
    // Whether the reply's error, if any, is only Qt's reading of a complete HTTP answer (a 404 gives
    // ContentNotFoundError): then the status says what happened. Anything else broke the answer off.
    static bool isAnswer(QNetworkReply::NetworkError error);
    // What went wrong, in words: Qt's own text for some of these is "Unknown error".
    static QString whatBroke(QNetworkReply::NetworkError error, const QString& qtSays);
    // TLS errors in words ("TLS: The certificate has expired"): they are never ignored, and end the call.
    static QString tlsProblem(const QList<QSslError>& errors);
};

// A reply its owner lets go of (the owner is being destroyed): none of its signals reach the owner any more,
// an unfinished one is aborted, and it is deleted once Qt is done with it.
inline void releaseReply(QNetworkReply* reply, const QObject* owner, bool finished)
{
    if (!reply)
        return;
    reply->disconnect(owner);
    if (!finished)
        reply->abort();
    reply->deleteLater();
}

} // namespace wa
