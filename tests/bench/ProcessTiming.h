#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QStringList>

#include <algorithm>

namespace wa::bench {

// A whole process, timed from its start to its end. Its standard output is kept when asked, else it goes
// nowhere (as to a pipe nobody reads); its standard error always does (the offscreen plugin's notices).
struct TimedRun
{
    double ms = -1; // negative: it did not start, crashed, failed or did not end in time
    QByteArray output;
};

inline TimedRun timedRun(const QStringList& command, bool keepOutput,
                         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!keepOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    TimedRun run;
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        run.ms = clock.nsecsElapsed() / 1e6;
    if (keepOutput)
        run.output = process.readAllStandardOutput();
    return run;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace wa::bench
