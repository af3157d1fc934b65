#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wa {

// What became of one send, in the terms an agent acts on (SPEC.md, "The Octopods request").
struct SendResult
{
    Q_DECLARE_TR_FUNCTIONS(wa::SendResult)
public:
    enum class Outcome {
        Accepted,     // 2xx: Octopods took the message
        Rejected,     // 400 or 422: Octopods refused it, with its error_code and error
        Unauthorized, // 401: the API key is missing or wrong
        NotEnabled,   // 403: interactive messages are not enabled for this channel
        RateLimited,  // 429: too many requests; Retry-After says when to try again
        Redirected,   // 3xx: the server sent the request elsewhere, and the key is never followed there
        ServerError,  // 5xx, or any other status
        NetworkError, // DNS, refused, reset, TLS: no usable answer
        Timeout,      // no complete answer within the time allowed
        Cancelled,    // the agent cancelled
        NotSent,      // refused before sending: a base URL that is not https (or http on this machine)
    };

    Outcome outcome = Outcome::NotSent;
    int httpStatus = 0; // 0 when no answer came
    QByteArray body;    // the response, at most MaxBodyBytes of it, never trusted to be JSON
    bool bodyTruncated = false;
    QString messageId; // from an accepted answer, when it holds them
    QString requestId;
    QString channelMessageId;
    QString errorCode; // Octopods' error_code, e.g. "PHONE_INVALID"
    QString errorText; // Octopods' error
    std::optional<int> retryAfterSeconds;
    QString networkError;   // what went wrong, in words, for network errors and timeouts
    QString redirectTarget; // a redirect's Location
    // True when the request may have reached Octopods although no clear answer says so (a timeout or a
    // reset after the body was sent, a server error): a retry could send the message twice.
    bool mayHaveBeenDelivered = false;

    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

    bool isAccepted() const { return outcome == Outcome::Accepted; }
    // The outcome in plain words, with what to do about it.
    QString summary() const;
    // What one of Octopods' error names (`error_code` of a 400) means, with what to do about it; empty for a
    // name Octopods does not document, which is then shown as it came.
    static QString explain(const QString& errorCode);
    // Reads message ids or Octopods' error out of the body when it is JSON; leaves them empty otherwise.
    void readBody();
};

} // namespace wa
