#include "StatusWatcher.h"

#include "OctopodsClient.h"
#include "SendHistory.h"
#include "StatusCheck.h"

#include <QTimer>

#include <algorithm>

namespace wa {

std::optional<StatusWatcher::Delay> StatusWatcher::Schedule::delayBefore(int look, const QDateTime& sentAt,
                                                                         const QDateTime& now) const
{
    const qint64 sinceSend = sentAt.msecsTo(now);
    if (sinceSend >= giveUpAfter.count())
        return std::nullopt;
    Delay delay = firstLook;
    if (look == 0) {
        // A send stamped ahead of this clock (another computer's time) waits firstLook, no longer.
        delay = std::clamp(firstLook - Delay(sinceSend), Delay(0), firstLook);
    } else {
        // Doubled look times, without overflowing however long a watch has run.
        for (int i = 0; i < look && delay < longest; ++i)
            delay *= 2;
        delay = std::min(delay, longest);
    }
    // The last look falls on the cut-off, not after it.
    return std::min(delay, Delay(giveUpAfter.count() - sinceSend));
}

StatusWatcher::StatusWatcher(OctopodsClient& client, SendHistory* history, KeySource apiKey, QObject* parent)
    : QObject(parent), m_client(client), m_history(history), m_apiKey(std::move(apiKey))
{
}

StatusWatcher::~StatusWatcher()
{
    // A lookup still under way is the client's child: it is aborted here, and says nothing more.
    for (auto& [id, watch] : m_watches)
        delete watch->check.data();
}

QDateTime StatusWatcher::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

std::optional<DeliveryStatus> StatusWatcher::lastKnown(const QString& messageId) const
{
    const auto found = m_lastKnown.find(messageId);
    if (found == m_lastKnown.end())
        return std::nullopt;
    return found->second;
}

void StatusWatcher::watch(const QString& messageId, const QDateTime& sentAt, const QString& known)
{
    if (messageId.isEmpty() || !sentAt.isValid() || isWatching(messageId) || DeliveryStatus::isFinal(known))
        return;
    auto watch = std::make_unique<Watch>();
    watch->messageId = messageId;
    watch->sentAt = sentAt;
    watch->timer = new QTimer(this);
    watch->timer->setSingleShot(true);
    connect(watch->timer, &QTimer::timeout, this, [this, messageId] { look(messageId); });
    Watch& added = *watch;
    m_watches.emplace(messageId, std::move(watch));
    scheduleNext(added);
}

void StatusWatcher::watchRecent(int limit)
{
    if (!m_history)
        return;
    QString error;
    const QList<SendAttempt> attempts =
        m_history->awaitingStatus(now().addMSecs(-m_schedule.giveUpAfter.count()), limit, &error);
    if (!error.isEmpty())
        qWarning("send history: %s", qPrintable(error)); // the sends it could read are still watched
    for (const SendAttempt& attempt : attempts)
        watch(attempt.messageId, attempt.sentAt, attempt.deliveryStatus);
}

void StatusWatcher::unwatch(const QString& messageId)
{
    if (isWatching(messageId))
        stop(messageId, Stop::Unwatched);
}

void StatusWatcher::scheduleNext(Watch& watch)
{
    const std::optional<Delay> delay = m_schedule.delayBefore(watch.looks, watch.sentAt, now());
    if (!delay) {
        stop(watch.messageId, Stop::GaveUp);
        return;
    }
    watch.timer->start(*delay);
    emit lookScheduled(watch.messageId, delay->count());
}

void StatusWatcher::look(const QString& messageId)
{
    const auto found = m_watches.find(messageId);
    if (found == m_watches.end())
        return;
    Watch& watch = *found->second;
    const QString key = m_apiKey ? m_apiKey() : QString();
    if (key.isEmpty()) {
        // No key yet (the keychain is still answering) or any more: asking would only be refused.
        ++watch.looks;
        scheduleNext(watch);
        return;
    }
    StatusCheck* check = m_client.fetchStatus(messageId, key);
    watch.check = check;
    connect(check, &StatusCheck::finished, this, [this, messageId, check](const StatusResult& result) {
        check->deleteLater();
        onChecked(messageId, result);
    });
}

void StatusWatcher::onChecked(const QString& messageId, const StatusResult& result)
{
    const auto found = m_watches.find(messageId);
    if (found == m_watches.end())
        return;
    Watch& watch = *found->second;
    watch.check.clear();
    ++watch.looks;
    if (result.isKnown()) {
        if (watch.last != result.status) {
            watch.last = result.status;
            m_lastKnown[messageId] = result.status;
            keep(watch, result.status);
            emit statusChanged(messageId, result.status);
        }
        if (result.status.isFinal()) {
            stop(messageId, Stop::Final);
            return;
        }
    } else {
        emit lookFailed(messageId, result);
        const bool tooSoonToTell = result.outcome == StatusResult::Outcome::NotFound &&
                                   watch.sentAt.msecsTo(now()) < m_schedule.notFoundGrace.count();
        if (result.isRefused() && !tooSoonToTell) {
            stop(messageId, Stop::Refused);
            return;
        }
    }
    // stop() may have been called by a listener meanwhile.
    if (const auto still = m_watches.find(messageId); still != m_watches.end())
        scheduleNext(*still->second);
}

void StatusWatcher::keep(const Watch& watch, const DeliveryStatus& status)
{
    if (!m_history)
        return;
    QString error;
    const QDateTime at = status.lastUpdated.isValid() ? status.lastUpdated : now();
    if (!m_history->setDeliveryStatus(watch.messageId, status.name, at, &error))
        qWarning("send history: %s", qPrintable(error)); // the status is still shown
}

void StatusWatcher::stop(const QString& messageId, Stop why)
{
    const auto found = m_watches.find(messageId);
    if (found == m_watches.end())
        return;
    std::unique_ptr<Watch> watch = std::move(found->second);
    m_watches.erase(found);
    // stop() may run from the timer's own timeout.
    watch->timer->stop();
    watch->timer->deleteLater();
    if (watch->check) {
        // Finished: it deletes itself from its own signal; under way: deleting it aborts it quietly.
        if (watch->check->isFinished())
            watch->check->disconnect(this);
        else
            delete watch->check.data();
    }
    emit stopped(messageId, why);
}

} // namespace wa
