#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <functional>

namespace wa::bench {

// Wall-clock figures of one piece of work, beside QBENCHMARK's: the median and the worst of several runs.
struct Timing
{
    double medianMs;
    double maxMs;
};

inline Timing timeOf(int runs, const std::function<void()>& work)
{
    QList<qint64> times;
    QElapsedTimer clock;
    for (int i = 0; i < runs; ++i) {
        clock.start();
        work();
        times.append(clock.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2) / 1e6, times.last() / 1e6};
}

} // namespace wa::bench
