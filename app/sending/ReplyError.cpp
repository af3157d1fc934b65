#include "ReplyError.h"

namespace wa {

bool ReplyError::isAnswer(QNetworkReply::NetworkError error)
{
    if (error == QNetworkReply::NoError)
        return true;
    if (error == QNetworkReply::ContentReSendError)
        return false;
    return (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError) ||
           error == QNetworkReply::ProtocolInvalidOperationError ||
           (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError);
}

QString ReplyError::whatBroke(QNetworkReply::NetworkError error, const QString& qtSays)
{
    const auto with = [&](const QString& words) {
        return qtSays.isEmpty() || qtSays.contains(QLatin1StringView("Unknown error"), Qt::CaseInsensitive)
                   ? words
                   : tr("%1 (%2)").arg(words, qtSays);
    };
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return with(tr("the server refused the connection"));
    case QNetworkReply::HostNotFoundError:
        return with(tr("the server's name was not found"));
    case QNetworkReply::RemoteHostClosedError:
    // Qt wanted to send the request again (the connection closed before an answer it could read: a hang-up,
    // or bytes that are no HTTP), which the one-shot body refuses.
    case QNetworkReply::ContentReSendError:
        return with(tr("the server closed the connection without sending an HTTP answer"));
    case QNetworkReply::SslHandshakeFailedError:
        return with(tr("a secure connection could not be made"));
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownServerError:
        return with(tr("the server's reply was not an HTTP answer"));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return with(tr("this computer's network was down"));
    default:
        return with(tr("the connection failed"));
    }
}

QString ReplyError::tlsProblem(const QList<QSslError>& errors)
{
    QStringList what;
    for (const QSslError& error : errors)
        what.append(error.errorString());
    return tr("TLS: %1").arg(what.join(QStringLiteral("; ")));
}

} // namespace wa
