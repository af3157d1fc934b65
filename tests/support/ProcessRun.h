#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace wa::test {

// What one `wa-composer` process said and how it ended (-1: it crashed or did not end in a minute).
struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Starts every command at once, each in its environment, without waiting for the others (processes racing
// on one library), then waits for them all.
inline QList<ProcessRun> runTogether(const QString& program, const QList<QStringList>& commands,
                                     const QList<QProcessEnvironment>& environments)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environments.at(i));
        process->start(program, commands.at(i));
        processes.push_back(std::move(process));
    }
    QList<ProcessRun> runs;
    for (const auto& process : processes) {
        ProcessRun run;
        if (process->waitForFinished(60000) && process->exitStatus() == QProcess::NormalExit)
            run.exitCode = process->exitCode();
        run.out = QString::fromUtf8(process->readAllStandardOutput());
        run.err = QString::fromUtf8(process->readAllStandardError());
        runs.append(run);
    }
    return runs;
}

} // namespace wa::test
