// wa-composer against its floors, each measured alternately with wa-composer in one run so that the machine's
// load weighs on both alike (issue 21), as one table: the medians, their ratio and the goal.
//  - Start-up: wa-composer's screenshot of the window and of the phone alone, beside floor_bubble (a bare Qt
//    program painting one bubble into a PNG of the same size), whole processes.
//  - Typing: one keystroke in the largest list's body with its repaint, through the whole window
//    (bench_keystroke), beside floor_keystroke (the same text in a bare QPlainTextEdit).
//  - The library: `drafts list` and `drafts list --search order` over 10,000 drafts beside the same query
//    through libsqlite3 alone, and the window's first frame with those drafts beside an empty library, as
//    bench_drafts measures them (alternately too, on the library it generates).
// Run last by `scripts/dev bench`; BENCH_FLOORS_ROUNDS sets the rounds.
#include "ProcessTiming.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

// What a run gives: its whole time, or the milliseconds per keystroke it prints.
enum class Figure { WallTime, PrintedPerKeystroke };

struct Row
{
    QString what;
    QStringList program; // wa-composer's command
    QStringList floor;   // the floor's
    Figure figure;
    double goal; // the ratio it should stay within
};

// A run's figure in milliseconds; negative when it failed, hung or printed none.
double measure(const QStringList& command, Figure figure)
{
    const wa::bench::TimedRun run = wa::bench::timedRun(command, figure == Figure::PrintedPerKeystroke);
    if (run.ms < 0 || figure == Figure::WallTime)
        return run.ms;
    // QBENCHMARK's "8.7 msecs per iteration" (an iteration types and deletes: two keystrokes), or the floor's
    // lone number (already per keystroke).
    const QString printed = QString::fromLocal8Bit(run.output);
    static const QRegularExpression perIteration(QStringLiteral("([0-9.]+) msecs per iteration"));
    if (const QRegularExpressionMatch match = perIteration.match(printed); match.hasMatch())
        return match.captured(1).toDouble() / 2;
    bool ok = false;
    const double value = printed.trimmed().toDouble(&ok);
    return ok ? value : -1;
}

QString milliseconds(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

void printRow(QTextStream& out, const QString& what, double ours, double floor, const QString& goal)
{
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(what, -40)
               .arg(milliseconds(ours), 12)
               .arg(milliseconds(floor), 10)
               .arg(QStringLiteral("%1x").arg(ours / floor, 0, 'f', 2), 7)
               .arg(goal, 8);
    out.flush();
}

// bench_drafts' figures for the library, read from what it prints; false if it failed or printed none.
bool libraryRows(QTextStream& out)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels); // qInfo() goes to standard error
    process.start(QStringLiteral(WA_BENCH_DRAFTS),
                  {QStringLiteral("listCommandAgainstBareSqlite"), QStringLiteral("windowFirstFrame")});
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        out << "the library's rows: bench_drafts failed\n";
        return false;
    }
    const QString printed = QString::fromLocal8Bit(process.readAll());
    static const QRegularExpression list(QStringLiteral(
        "\\) (drafts list[^(]*) \\((\\d+) rows.*wa-composer ([0-9.]+) ms, bare SQLite ([0-9.]+) ms"));
    int found = 0;
    for (auto match = list.globalMatch(printed); match.hasNext(); ++found) {
        const QRegularExpressionMatch row = match.next();
        printRow(out, QStringLiteral("%1, %2 rows").arg(row.captured(1).trimmed(), row.captured(2)),
                 row.captured(3).toDouble(), row.captured(4).toDouble(), QStringLiteral("3.00x"));
    }
    static const QRegularExpression frame(
        QStringLiteral("painted, (empty library|10,000 drafts): median ([0-9.]+) ms"));
    double empty = 0;
    double full = 0;
    for (auto match = frame.globalMatch(printed); match.hasNext();) {
        const QRegularExpressionMatch row = match.next();
        (row.captured(1).startsWith(u'e') ? empty : full) = row.captured(2).toDouble();
    }
    if (empty > 0 && full > 0) {
        printRow(out, QStringLiteral("first frame: 10,000 drafts vs none"), full, empty,
                 QStringLiteral("1.00x"));
        ++found;
    }
    if (found < 3)
        out << "the library's rows: bench_drafts printed " << found << " of 3\n";
    return found == 3;
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
    const QString list = QStringLiteral(WA_TEST_DATA "/largest_list.json");
    const QString png = scratch.filePath(QStringLiteral("out.png"));
    const QString keystrokes = QStringLiteral("100");
    const QList<Row> rows = {
        {QStringLiteral("first frame: window, 1280x800"),
         {composer, QStringLiteral("--screenshot"), png, list},
         {QStringLiteral(WA_FLOOR_BUBBLE), png, QStringLiteral("1280x800")},
         Figure::WallTime,
         1.25},
        {QStringLiteral("first frame: phone alone, 380x720"),
         {composer, QStringLiteral("--screenshot"), png, QStringLiteral("--preview-only"), list},
         {QStringLiteral(WA_FLOOR_BUBBLE), png, QStringLiteral("380x720")},
         Figure::WallTime,
         1.1},
        {QStringLiteral("keystroke with paint, largest list"),
         {QStringLiteral(WA_BENCH_KEYSTROKE), QStringLiteral("typeAndDeleteInBodyAndPaint"),
          QStringLiteral("-iterations"), keystrokes},
         {QStringLiteral(WA_FLOOR_KEYSTROKE), list, keystrokes},
         Figure::PrintedPerKeystroke,
         0}, // no ratio asked: within 4 ms a keystroke
    };
    const int rounds = std::max(3, qEnvironmentVariableIntValue("BENCH_FLOORS_ROUNDS"));
    out << "wa-composer against bare Qt programs (" << rounds << " alternating rounds, medians)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("what"), -40)
               .arg(QStringLiteral("wa-composer"), 12)
               .arg(QStringLiteral("floor"), 10)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("goal"), 8);
    bool failed = false;
    for (const Row& row : rows) {
        measure(row.program, row.figure); // warm the page cache and fontconfig's
        measure(row.floor, row.figure);
        QList<double> program;
        QList<double> base;
        for (int i = 0; i < rounds; ++i) {
            program.append(measure(row.program, row.figure));
            base.append(measure(row.floor, row.figure));
        }
        if (*std::min_element(program.cbegin(), program.cend()) < 0 ||
            *std::min_element(base.cbegin(), base.cend()) < 0) {
            out << row.what << ": a run failed\n";
            failed = true;
            continue;
        }
        printRow(out, row.what, wa::bench::median(program), wa::bench::median(base),
                 row.goal > 0 ? QStringLiteral("%1x").arg(row.goal, 0, 'f', 2) : QStringLiteral("< 4 ms"));
    }
    if (!libraryRows(out))
        failed = true;
    return failed ? 1 : 0;
}
