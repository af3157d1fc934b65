#pragma once

#include "DeliveryStatus.h"
#include "OctopodsRequest.h"
#include "SendResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace wa {

class Database;

// A message with variables as the agent wrote it, and the values it was filled with for one send: what the
// history keeps besides the message sent, so that the send can be reopened with its placeholders.
struct SendTemplate
{
    QByteArray payload;            // the message with its placeholders, compact JSON; empty: it had none
    QMap<QString, QString> values; // the values given, by variable name (a fallback that applied has none)

    bool isEmpty() const { return payload.isEmpty(); }
    friend bool operator==(const SendTemplate&, const SendTemplate&) = default;
};

// One row of the send history. There is no field for the API key, and there must never be one.
struct SendAttempt
{
    qint64 id = 0; // assigned by record()
    QDateTime sentAt;
    QString destinationPhone;
    QString teammateId; // empty when none was given
    QByteArray payload; // the interactive message's JSON as sent, compact UTF-8
    QString requestPath;
    SendResult::Outcome outcome = SendResult::Outcome::NotSent;
    int httpStatus = 0; // 0 when no answer came
    QString responseExcerpt;
    QString messageId;
    QString errorCode;
    bool mayHaveBeenDelivered = false;
    SendTemplate written; // empty when the message had no variables
    // The delivery status Octopods last reported for an accepted send (DeliveryStatus::name, e.g.
    // "DELIVERED"), and when the message took it; empty and invalid while none is known.
    QString deliveryStatus = {};
    QDateTime deliveryStatusAt = {};

    friend bool operator==(const SendAttempt&, const SendAttempt&) = default;
};

// Every send and what came of it, in the app's database (table send_attempts). Opens the database on first
// use. Failures come back as text in *error (when given), never as a crash.
class SendHistory
{
    Q_DECLARE_TR_FUNCTIONS(wa::SendHistory)
public:
    static constexpr qsizetype MaxExcerptLength = 4096; // code points of the response body kept

    explicit SendHistory(Database& database) : m_database(database) {}

    // Stores the attempt (its id is ignored) and returns the new row's id.
    std::optional<qint64> record(const SendAttempt& attempt, QString* error = nullptr);
    // The latest attempts, newest first (by sentAt, then by id). A row that cannot be read is left out
    // and named in *error.
    QList<SendAttempt> recent(int limit, QString* error = nullptr);
    std::optional<SendAttempt> find(qint64 id, QString* error = nullptr);
    // The numbers sent to lately, each once, the most recently used first.
    QStringList recentRecipients(int limit, QString* error = nullptr);
    // How many earlier sends of this message to this number Octopods accepted or may have delivered: the
    // customer may have it that many times already. -1 when the history cannot be read.
    int deliveredBefore(const OctopodsRequest& request, QString* error = nullptr);
    // Keeps Octopods' latest status for every attempt with this message id: `at` is when the message took it
    // (its last_updated, else when it was read). Returns how many attempts have that id (0 is no error), or
    // nullopt when the history cannot be written.
    std::optional<int> setDeliveryStatus(const QString& messageId, const QString& status, const QDateTime& at,
                                         QString* error = nullptr);
    // The accepted sends since `since`, with a message id and no final status yet (DeliveryStatus::isFinal),
    // newest first: those whose status may still change.
    QList<SendAttempt> awaitingStatus(const QDateTime& since, int limit, QString* error = nullptr);

    // The row for a finished send; `when` is when it was sent, `written` the message before it was filled.
    static SendAttempt fromResult(const OctopodsRequest& request, const QString& requestPath,
                                  const SendResult& result, const QDateTime& when,
                                  const SendTemplate& written = {});
    // The body as text (invalid UTF-8 replaced by U+FFFD), cut to MaxExcerptLength code points.
    static QString excerpt(const QByteArray& body);

    // The stable names stored for outcomes: accepted, rejected, unauthorized, not_enabled, rate_limited,
    // server_error, network_error, timeout, cancelled, not_sent.
    static QString outcomeName(SendResult::Outcome outcome);
    static std::optional<SendResult::Outcome> outcomeFromName(QStringView name);

private:
    Database& m_database;
};

} // namespace wa
