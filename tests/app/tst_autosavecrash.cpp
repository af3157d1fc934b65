#include "drafts/DraftStore.h"
#include "drafts/RecoverySlot.h"
#include "message/MessageJson.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace wa;

namespace {

// PRAGMA integrity_check's rows, through a connection of its own that sets nothing up (Database would
// write to the file first).
QStringList integrityCheck(const QString& path)
{
    const QString name = QStringLiteral("integrity");
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            rows.append(db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
                rows.append(query.lastError().text());
            while (query.next())
                rows.append(query.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// The counter of the message in the recovery slot: -1 when the slot is empty, -2 (and *problem) when it
// cannot be read or holds no valid message from the child.
qint64 recoveredCounter(const QString& path, QString* problem)
{
    Database database(path);
    const std::optional<Recovery> recovery = RecoverySlot(database).read(problem);
    if (!recovery)
        return problem->isEmpty() ? -1 : -2;
    const MessageParseResult parsed = MessageJson::fromJson(recovery->payload);
    if (!parsed.ok()) {
        *problem = QStringLiteral("not a valid message: ") + QString::fromUtf8(recovery->payload);
        return -2;
    }
    static const QRegularExpression shape(QStringLiteral("^autosave ([0-9]+)$"));
    const QRegularExpressionMatch match = shape.match(parsed.message->body.value_or(QString()));
    if (!match.hasMatch()) {
        *problem = QStringLiteral("unexpected body: ") + parsed.message->body.value_or(QString());
        return -2;
    }
    return match.captured(1).toLongLong();
}

} // namespace

// The promise of the recovery slot, tested the hard way: a process autosaving as fast as it can is killed
// (SIGKILL: no destructor, no close, no checkpoint) at a random moment, 50 times over one file. After each
// kill the file is intact and the slot holds a valid message at least as recent as the last autosave the
// process had finished. With synchronous=NORMAL in WAL mode a commit is in the operating system's hands
// when it returns, which is all a crash of the app needs (a power cut is another matter, see Database).
class TestAutosaveCrash : public QObject
{
    Q_OBJECT
private slots:
    void survivesBeingKilled();
};

void TestAutosaveCrash::survivesBeingKilled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
    const quint32 seed = qEnvironmentVariableIsSet("WA_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("WA_CRASH_SEED"))
                             : 20240601u;
    qInfo("random seed %u (replay with WA_CRASH_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);

    constexpr int Runs = 50;
    qint64 recovered = -1; // the counter in the slot after the last kill; -1: none yet
    qint64 next = 1;       // where the next child starts counting
    int killedBeforeFirstSave = 0;
    int killedBetweenCommitAndPrint = 0;
    qint64 saves = 0;
    QElapsedTimer total;
    total.start();
    for (int run = 0; run < Runs; ++run) {
        const int waitMs = int(random.bounded(20, 201));
        QProcess child;
        child.start(QStringLiteral(WA_AUTOSAVE_CHILD), {path, QString::number(next)});
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
        QTest::qWait(waitMs); // the event loop reads the child's output meanwhile
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("run %1: the child stopped by itself: %2")
                                .arg(run)
                                .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // Only whole lines: the kill may cut the last one.
        QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        lines.removeLast();
        const qint64 lastPrinted = lines.isEmpty() ? -1 : lines.last().toLongLong();
        const QByteArray errors = child.readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());
        if (lines.isEmpty())
            ++killedBeforeFirstSave;
        saves += lines.size();

        const QString context = QStringLiteral("run %1 (killed after %2 ms, last printed %3, slot held %4)")
                                    .arg(run)
                                    .arg(waitMs)
                                    .arg(lastPrinted)
                                    .arg(recovered);
        const QStringList integrity = integrityCheck(path);
        QVERIFY2(integrity == QStringList{QStringLiteral("ok")},
                 qPrintable(context + QStringLiteral(": ") + integrity.join(QLatin1Char('\n'))));
        QString problem;
        const qint64 counter = recoveredCounter(path, &problem);
        QVERIFY2(counter != -2, qPrintable(context + QStringLiteral(": ") + problem));
        // Never older than the last finished autosave, nor than what an earlier run left.
        QVERIFY2(counter >= lastPrinted && counter >= recovered,
                 qPrintable(context + QStringLiteral(": the slot holds %1").arg(counter)));
        // At most one newer: the one committed when the kill came, before its line was printed.
        const qint64 newest = lastPrinted >= 0 ? lastPrinted + 1 : next;
        QVERIFY2(counter <= newest, qPrintable(context + QStringLiteral(": the slot holds %1").arg(counter)));
        if (lastPrinted >= 0 && counter == lastPrinted + 1)
            ++killedBetweenCommitAndPrint;
        if (counter >= 0) {
            recovered = counter;
            next = counter + 1;
        }
    }
    QVERIFY2(recovered > 0, "no run got as far as one autosave");
    qInfo("%d kills in %lld ms: %lld autosaves finished, the slot ended at %lld; %d kills came before the "
          "child's first save, %d between a commit and its line",
          Runs, total.elapsed(), saves, recovered, killedBeforeFirstSave, killedBetweenCommitAndPrint);
}

QTEST_GUILESS_MAIN(TestAutosaveCrash)
#include "tst_autosavecrash.moc"
