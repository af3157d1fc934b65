#pragma once

#include "RecoverySlot.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

namespace wa {

// Keeps the message being composed in the recovery slot, so that a crash or a power cut loses at
// most the last moments of typing. Each change only marks the message; the write happens once the typing
// pauses (the delay), or at most ten delays after the first unsaved change while it goes on, on the event
// loop: never on the keystroke itself. A failed write keeps the change pending; the next change (or
// saveNow()) tries again. Nothing is written when it is destroyed: on close the window decides between
// saveNow() and discard().
class Autosave : public QObject
{
    Q_OBJECT
public:
    // The message as it is now; called only when a save happens, never per keystroke.
    using Snapshot = std::function<Recovery()>;

    static constexpr std::chrono::milliseconds DefaultDelay{1000};
    // While changes keep coming, a save still happens this many delays after the first unsaved one.
    static constexpr int MaxWaitInDelays = 10;

    Autosave(RecoverySlot& slot, Snapshot snapshot, QObject* parent = nullptr);

    // From the next change on.
    void setDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds delay() const { return m_delay; }

    // Cheap enough for every keystroke: reads the clock, starts the timer only when it is not running.
    void markChanged();
    // Writes now (focus lost, before a risky action). True without writing when nothing changed since the
    // last save. Emits saved() or failed() like a save on the timer.
    bool saveNow(QString* error = nullptr);
    // A change not written yet (also after a failed write).
    bool isPending() const { return m_pending; }
    // A write is due on the timer: without one, nothing is written until the next change or saveNow().
    bool isScheduled() const { return m_timer.isActive(); }
    // The message was saved as a draft or thrown away: nothing to recover any more. Forgets any pending
    // change, and clears the slot if this Autosave wrote it: a slot it never wrote holds another session's
    // work (a crash not yet offered back, another window), which is not its to throw away. If the slot
    // cannot be cleared, *error and failed() say so.
    void discard(QString* error = nullptr);
    // The slot holds what this Autosave last wrote.
    bool hasWritten() const { return m_written; }

signals:
    void saved(const QDateTime& at);
    // Disk full, read-only folder, database locked by another instance...: the editor keeps the message,
    // and the next change retries.
    void failed(const QString& error);

private:
    using Clock = std::chrono::steady_clock;

    void onTimeout();

    RecoverySlot& m_slot;
    Snapshot m_snapshot;
    std::chrono::milliseconds m_delay = DefaultDelay;
    QTimer m_timer;
    bool m_pending = false;
    bool m_written = false;
    Clock::time_point m_firstChange; // of the changes not written yet
    Clock::time_point m_lastChange;
};

} // namespace wa
