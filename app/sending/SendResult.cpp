#include "SendResult.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wa {

namespace {
// Ids come as strings or numbers depending on the article; either way they are shown as text.
QString textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}
} // namespace

void SendResult::readBody()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return;
    const QJsonObject json = document.object();
    messageId = textOf(json.value(QLatin1StringView("message_id")));
    requestId = textOf(json.value(QLatin1StringView("request_id")));
    channelMessageId = textOf(json.value(QLatin1StringView("channel_message_id")));
    errorCode = textOf(json.value(QLatin1StringView("error_code")));
    const QJsonValue text = json.value(QLatin1StringView("error"));
    errorText = text.isString() ? text.toString() : textOf(text);
    if (errorText.isEmpty() && json.value(QLatin1StringView("message")).isString())
        errorText = json.value(QLatin1StringView("message")).toString();
}

QString SendResult::explain(const QString& errorCode)
{
    // The names Octopods documents for a 400 (SPEC.md, "The Octopods request").
    if (errorCode == u"DEPRECATED_API_KEY")
        return tr("the API key was rotated or revoked. Enter the channel's current key in Settings.");
    if (errorCode == u"PHONE_INVALID")
        return tr("Octopods did not accept the customer's phone number. Check it: a + and the country code, "
                  "then the number.");
    if (errorCode == u"ARGUMENT_MISSING")
        return tr("a field Octopods requires is missing from the request (the phone number, or the message's "
                  "type, body or action).");
    if (errorCode == u"TYPE_MISMATCH")
        return tr("a field of the request is not of the kind Octopods expects (text where an object belongs, "
                  "or the other way round).");
    return {};
}

QString SendResult::summary() const
{
    const QString octopodsSays = errorText.isEmpty() && errorCode.isEmpty() ? QString()
                                 : errorCode.isEmpty()
                                     ? tr(" Octopods says: %1").arg(errorText)
                                     : tr(" Octopods says: %1 (%2)").arg(errorText, errorCode);
    switch (outcome) {
    case Outcome::Accepted:
        return messageId.isEmpty() ? tr("Sent: Octopods accepted the message (HTTP %1).").arg(httpStatus)
                                   : tr("Sent: Octopods accepted the message as %1 (HTTP %2).")
                                         .arg(messageId)
                                         .arg(httpStatus);
    case Outcome::Rejected:
        if (const QString meaning = explain(errorCode); !meaning.isEmpty())
            return tr("Not sent: %1").arg(meaning) + octopodsSays;
        return tr("Not sent: Octopods rejected the message (HTTP %1).").arg(httpStatus) + octopodsSays;
    case Outcome::Unauthorized:
        return tr("Not sent: the API key was not accepted (HTTP 401). Check the key in Settings.") +
               octopodsSays;
    case Outcome::NotEnabled:
        return tr("Not sent: this Octopods account is not opted in to interactive messages (HTTP 403). Ask "
                  "Octopods to enable them for the channel.") +
               octopodsSays;
    case Outcome::RateLimited:
        return (retryAfterSeconds
                    ? tr("Not sent: too many requests (HTTP 429). Try again in %n second(s).", nullptr,
                         *retryAfterSeconds)
                    : tr("Not sent: too many requests (HTTP 429). Wait a moment and try again.")) +
               octopodsSays;
    case Outcome::Redirected:
        return tr("Not sent: the server answered with a redirect (HTTP %1)%2. The app never sends the key "
                  "and "
                  "the message on to another address: check the base URL in Settings.")
            .arg(httpStatus)
            .arg(redirectTarget.isEmpty() ? QString() : tr(" to %1").arg(redirectTarget));
    case Outcome::ServerError:
        return tr("Octopods had a problem (HTTP %1). The message may or may not have been sent: check the "
                  "conversation before sending again.")
                   .arg(httpStatus) +
               octopodsSays;
    case Outcome::NetworkError:
        return mayHaveBeenDelivered ? tr("The connection broke after the message was sent (%1). It may have "
                                         "been delivered: check "
                                         "the conversation before sending again.")
                                          .arg(networkError)
                                    : tr("Not sent: %1; nothing left this computer.").arg(networkError);
    case Outcome::Timeout:
        return mayHaveBeenDelivered
                   ? tr("No answer in time after the message was sent. It may have been delivered: "
                        "check the conversation before sending again.")
                   : tr("Not sent: Octopods did not answer in time.");
    case Outcome::Cancelled:
        return mayHaveBeenDelivered ? tr("Cancelled after the message was sent: it may have been delivered.")
                                    : tr("Cancelled: the message was not sent.");
    case Outcome::NotSent:
        return tr("Not sent: %1").arg(networkError);
    }
    return {};
}

} // namespace wa
