// Whole-process start-up against its floor, measured alternately in one run so that the machine's load
// weighs on both alike (issue 21): wa-composer's screenshot of the window and of the phone alone, each beside
// floor_bubble (a bare Qt program painting one bubble into a PNG of the same size). Prints one table: the
// medians and their ratio, with the goal. Run by `scripts/dev bench`; BENCH_STARTUP_ROUNDS sets the rounds.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

struct Row
{
    QString what;
    QStringList program; // wa-composer's command
    QStringList floor;   // the floor's
    double goal;         // the ratio it should stay within
};

double runMs(const QStringList& command)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice()); // the offscreen plugin's notices
    QElapsedTimer clock;
    clock.start();
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(60000)) { // did not start, or hung: no figure
        process.kill();
        process.waitForFinished();
        return -1;
    }
    const double elapsed = clock.nsecsElapsed() / 1e6;
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 ? elapsed : -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir scratch;
    qputenv("WA_COMPOSER_DATA_DIR", scratch.filePath(QStringLiteral("data")).toLocal8Bit());
    const QString composer = QStringLiteral(WA_COMPOSER);
    const QString floor = QStringLiteral(WA_FLOOR);
    const QString list = QStringLiteral(WA_TEST_DATA "/largest_list.json");
    const QString png = scratch.filePath(QStringLiteral("out.png"));
    const QList<Row> rows = {
        {QStringLiteral("window, largest list, 1280x800"),
         {composer, QStringLiteral("--screenshot"), png, list},
         {floor, png, QStringLiteral("1280x800")},
         1.25},
        {QStringLiteral("phone alone, largest list, 380x720"),
         {composer, QStringLiteral("--screenshot"), png, QStringLiteral("--preview-only"), list},
         {floor, png, QStringLiteral("380x720")},
         1.1},
    };
    const int rounds = std::max(3, qEnvironmentVariableIntValue("BENCH_STARTUP_ROUNDS"));
    out << "Start-up against a bare Qt program (" << rounds << " alternating rounds, medians)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("what"), -36)
               .arg(QStringLiteral("wa-composer"), 12)
               .arg(QStringLiteral("floor"), 9)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("goal"), 6);
    bool failed = false;
    for (const Row& row : rows) {
        runMs(row.program); // warm the page cache and fontconfig's
        runMs(row.floor);
        QList<double> program;
        QList<double> base;
        for (int i = 0; i < rounds; ++i) {
            program.append(runMs(row.program));
            base.append(runMs(row.floor));
        }
        if (*std::min_element(program.cbegin(), program.cend()) < 0 ||
            *std::min_element(base.cbegin(), base.cend()) < 0) {
            out << row.what << ": a run failed\n";
            failed = true;
            continue;
        }
        const double ratio = median(program) / median(base);
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(row.what, -36)
                   .arg(QStringLiteral("%1 ms").arg(median(program), 0, 'f', 1), 12)
                   .arg(QStringLiteral("%1 ms").arg(median(base), 0, 'f', 1), 9)
                   .arg(QStringLiteral("%1x").arg(ratio, 0, 'f', 2), 7)
                   .arg(QStringLiteral("%1x").arg(row.goal, 0, 'f', 2), 6);
    }
    return failed ? 1 : 0;
}
