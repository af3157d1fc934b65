#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace wa {

// What Octopods last knew of a sent message: GET /api/v1/whatsapp/messages/{message_id} (SPEC.md, "The
// Octopods request"). A plain value; the answer it is read from is never trusted to be JSON.
struct DeliveryStatus
{
    Q_DECLARE_TR_FUNCTIONS(wa::DeliveryStatus)
public:
    enum class State {
        Sent,
        Delivered,
        Read,
        Failed,
        Deleted,
        Other, // a name Octopods does not document: shown as it came, and watched like SENT
    };

    QString name; // as Octopods spelled it, e.g. "DELIVERED"
    QString channelMessageId;
    QString intercomConversationId;
    QDateTime lastUpdated; // in UTC; invalid when Octopods gave no time it could be read as

    State state() const { return stateOf(name); }
    // Nothing more will change: the customer read it, or it failed or was deleted.
    bool isFinal() const { return isFinal(name); }

    static State stateOf(const QString& name);
    static bool isFinal(const QString& name);
    // The state in words ("Delivered"), or the name as it came when Octopods does not document it.
    static QString words(const QString& name);
    // "Delivered · 10:42" (the date too when it is not today's), "Delivered" without a time: how the window
    // shows a status, in local time.
    static QString shortText(const QString& name, const QDateTime& at);

    // The status an answer's body holds, or nullopt and *problem saying what is wrong with it (not JSON, no
    // status, a status that is not text).
    static std::optional<DeliveryStatus> fromJson(const QByteArray& body, QString* problem);
    // ISO 8601 text (a time without an offset taken as UTC) or seconds since 1970 (a number or digits);
    // anything else, or a time outside years 1970 to 9999, is no time (an invalid QDateTime).
    static QDateTime timeFrom(const QJsonValue& value);

    friend bool operator==(const DeliveryStatus&, const DeliveryStatus&) = default;
};

} // namespace wa
