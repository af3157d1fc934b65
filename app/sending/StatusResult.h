#pragma once

#include "DeliveryStatus.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace wa {

// What came of asking Octopods for a sent message's delivery status, in the terms the CLI's exit status and
// the window act on: known, refused (it will not change by asking again), or no usable answer (it may).
struct StatusResult
{
    Q_DECLARE_TR_FUNCTIONS(wa::StatusResult)
public:
    enum class Outcome {
        Known,        // 2xx with a status
        NotFound,     // 404: Octopods knows no message with this id (for this key)
        Unauthorized, // 401: the API key is missing or wrong
        Forbidden,    // 403: the key may not read this message
        Rejected,     // any other 4xx but 429
        Redirected,   // 3xx: never followed with the key
        RateLimited,  // 429
        ServerError,  // 5xx, or any other status
        Unreadable,   // 2xx whose body holds no status it could read (not JSON, no status, not text)
        NetworkError, // DNS, refused, reset, TLS: no answer
        Timeout,      // no complete answer within the time allowed
        Cancelled,
        NotAsked, // nothing left this computer: no message id, or a base URL that is not https
    };

    Outcome outcome = Outcome::NotAsked;
    int httpStatus = 0;    // 0 when no answer came
    DeliveryStatus status; // when Known
    // What was wrong, in words, for every outcome but Known (never with the API key in it).
    QString problem;
    QByteArray body; // the answer, at most MaxBodyBytes, cleaned of the key (Redaction)
    bool bodyTruncated = false;

    static constexpr qint64 MaxBodyBytes = 64 * 1024;

    bool isKnown() const { return outcome == Outcome::Known; }
    // Octopods answered no: asking again the same way will not change it.
    bool isRefused() const;
    // The outcome in plain words, with what to do about it.
    QString summary() const;
};

} // namespace wa
