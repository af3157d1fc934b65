#pragma once

#include "DeliveryStatus.h"
#include "StatusResult.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QTimer;

namespace wa {

class OctopodsClient;
class SendHistory;
class StatusCheck;

// Keeps asking Octopods how accepted sends are doing, each on its own growing schedule, until the customer
// read it, it failed or was deleted, Octopods refused to say, or a day has passed since the send. Every
// look is asynchronous (nothing waits), nothing is ever sent again, and a status that changed is kept in the
// send history (when given one) before anyone hears of it.
class StatusWatcher : public QObject
{
    Q_OBJECT
public:
    using Delay = std::chrono::milliseconds;

    // When to look: no sooner than firstLook after the send, then twice as long each time up to longest, and
    // never again once giveUpAfter has passed since the send. Tests shorten all three.
    struct Schedule
    {
        Delay firstLook = std::chrono::seconds(5);
        Delay longest = std::chrono::minutes(5);
        Delay giveUpAfter = std::chrono::hours(24);
        // A message Octopods does not know yet this soon after the send may not be indexed yet: a 404 is
        // only believed from then on.
        Delay notFoundGrace = std::chrono::minutes(2);

        // The wait before look number `look` (0 is the first) of a message sent at sentAt, it being now:
        // firstLook after the send, then firstLook × 2^look, at most longest, the last look at the cut-off
        // itself; nullopt from the cut-off on.
        std::optional<Delay> delayBefore(int look, const QDateTime& sentAt, const QDateTime& now) const;
    };

    enum class Stop {
        Final,     // READ, failed or deleted: nothing more will change
        GaveUp,    // giveUpAfter has passed since the send
        Refused,   // Octopods refused to say (404, 401, 403 ...): asking again would get the same
        Unwatched, // unwatch() was called
    };
    Q_ENUM(Stop)

    using Clock = std::function<QDateTime()>;
    using KeySource = std::function<QString()>;

    // `apiKey` is asked at each look (the key may be loaded, or changed, meanwhile); while it gives none, the
    // look is skipped. `history` may be nullptr.
    StatusWatcher(OctopodsClient& client, SendHistory* history, KeySource apiKey, QObject* parent = nullptr);
    ~StatusWatcher() override;

    void setSchedule(const Schedule& schedule) { m_schedule = schedule; }
    const Schedule& schedule() const { return m_schedule; }
    // What "now" is (UTC); tests move it to the cut-off.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Starts watching a message Octopods accepted at sentAt; one already watched, or whose `known` status
    // is final, is left as it is.
    void watch(const QString& messageId, const QDateTime& sentAt, const QString& known = {});
    // Watches the latest accepted sends of the history (at most `limit`) still within giveUpAfter and not
    // final: what a window opened after the send keeps refreshing.
    void watchRecent(int limit = 20);
    void unwatch(const QString& messageId);
    bool isWatching(const QString& messageId) const { return m_watches.count(messageId) > 0; }
    // The latest status seen by this watcher for the message, when any.
    std::optional<DeliveryStatus> lastKnown(const QString& messageId) const;

signals:
    // A status seen for the first time, or different from the last one (its name or its time).
    void statusChanged(const QString& messageId, const wa::DeliveryStatus& status);
    // A look that found no status; the watcher goes on unless it stops (stopped() follows then).
    void lookFailed(const QString& messageId, const wa::StatusResult& result);
    // The next look is in `delay` milliseconds.
    void lookScheduled(const QString& messageId, qint64 delay);
    void stopped(const QString& messageId, wa::StatusWatcher::Stop why);

private:
    struct Watch
    {
        QString messageId;
        QDateTime sentAt;
        int looks = 0;
        QTimer* timer = nullptr;
        QPointer<StatusCheck> check;
        std::optional<DeliveryStatus> last;
    };

    void scheduleNext(Watch& watch);
    void look(const QString& messageId);
    void onChecked(const QString& messageId, const StatusResult& result);
    void keep(const Watch& watch, const DeliveryStatus& status);
    void stop(const QString& messageId, Stop why);
    QDateTime now() const;

    OctopodsClient& m_client;
    SendHistory* m_history;
    KeySource m_apiKey;
    Schedule m_schedule;
    Clock m_clock;
    std::map<QString, std::unique_ptr<Watch>> m_watches;
    std::map<QString, DeliveryStatus> m_lastKnown; // outlives the watch, for the panel and the CLI
};

} // namespace wa
