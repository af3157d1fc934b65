#pragma once

#include <chrono>

namespace wa {

// When to try reaching a server again: soon at first, then twice as long each time up to a ceiling, so that
// a server back in a moment is found at once and one away for the day is not hammered by every window.
class RetrySchedule
{
public:
    using Delay = std::chrono::milliseconds;

    static constexpr Delay DefaultFirst{1000};
    static constexpr Delay DefaultCeiling{30000};

    explicit RetrySchedule(Delay first = DefaultFirst, Delay ceiling = DefaultCeiling)
        : m_first(first), m_ceiling(ceiling < first ? first : ceiling), m_next(first)
    {
    }

    // The wait before the next try; the one after it is longer.
    Delay next()
    {
        const Delay delay = m_next;
        m_next = m_next * 2 > m_ceiling ? m_ceiling : m_next * 2;
        return delay;
    }
    // The server answered: the next time it goes away, start soon again.
    void reset() { m_next = m_first; }
    Delay ceiling() const { return m_ceiling; }

private:
    Delay m_first;
    Delay m_ceiling;
    Delay m_next;
};

} // namespace wa
