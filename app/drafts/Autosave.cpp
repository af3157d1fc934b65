#include "Autosave.h"

#include <algorithm>

namespace wa {

Autosave::Autosave(RecoverySlot& slot, Snapshot snapshot, QObject* parent)
    : QObject(parent), m_slot(slot), m_snapshot(std::move(snapshot))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::onTimeout);
}

void Autosave::setDelay(std::chrono::milliseconds delay)
{
    m_delay = std::max(delay, std::chrono::milliseconds(0));
}

void Autosave::markChanged()
{
    // Restarting a QTimer on every keystroke unregisters and registers it with the event dispatcher; the
    // time of the last change is enough, and the timer, when it fires, waits again for what is left.
    m_lastChange = Clock::now();
    if (!m_pending) {
        m_pending = true;
        m_firstChange = m_lastChange;
    }
    if (!m_timer.isActive())
        m_timer.start(m_delay);
}

void Autosave::onTimeout()
{
    if (!m_pending)
        return;
    const Clock::time_point due = std::min(m_lastChange + m_delay, m_firstChange + MaxWaitInDelays * m_delay);
    const Clock::time_point now = Clock::now();
    if (now < due) {
        m_timer.start(std::chrono::ceil<std::chrono::milliseconds>(due - now));
        return;
    }
    saveNow();
}

bool Autosave::saveNow(QString* error)
{
    m_timer.stop();
    if (!m_pending)
        return true;
    // Cleared before the snapshot, so that a change made meanwhile (by whatever the snapshot calls) stays
    // pending.
    m_pending = false;
    Recovery recovery = m_snapshot();
    if (!recovery.savedAt.isValid())
        recovery.savedAt = QDateTime::currentDateTimeUtc();
    QString problem;
    if (!m_slot.save(recovery, &problem)) {
        m_pending = true;
        // The wait for the next try starts again: otherwise, with the first change long past, every
        // keystroke would try at once, and a locked database makes each try wait.
        m_firstChange = Clock::now();
        if (error)
            *error = problem;
        emit failed(problem);
        return false;
    }
    m_written = true;
    emit saved(recovery.savedAt);
    return true;
}

void Autosave::discard(QString* error)
{
    m_timer.stop();
    m_pending = false;
    if (!m_written)
        return;
    QString problem;
    if (m_slot.clear(&problem)) {
        m_written = false;
    } else {
        if (error)
            *error = problem;
        emit failed(problem);
    }
}

} // namespace wa
