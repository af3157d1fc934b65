#include "drafts/Autosave.h"
#include "drafts/RecoverySlot.h"
#include "message/MessageJson.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace wa;
using namespace std::chrono_literals;

namespace {

constexpr auto Delay = 50ms;

QByteArray payloadWithBody(const QString& body)
{
    InteractiveMessage message;
    message.body = body;
    message.action = ReplyButtonsAction{{{QStringLiteral("yes-id"), QStringLiteral("Yes")}}};
    return MessageJson::toJson(message, JsonWriter::Format::Compact);
}

} // namespace

// Autosave over a real SQLite file: changes are written once the typing pauses (and never later than ten
// delays while it goes on), the message is read only when a save happens, saveNow() and discard() do what the
// window needs on focus loss and after a save, and a write that really fails (a read-only folder, a full
// disk, another instance holding the write lock) is reported and retried without losing the change.
class TestAutosave : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void savesOnceAfterTheTypingPauses();
    void readsTheMessageOnlyWhenSaving();
    void savesWhileTheTypingGoesOn();
    void saveNow();
    void discardClearsTheSlot();
    void failureIsReportedAndRetried_data();
    void failureIsReportedAndRetried();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/drafts.sqlite")); }
    QByteArray slotPayload();
    void type(const QString& body);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RecoverySlot> m_slot;
    std::unique_ptr<Autosave> m_autosave;
    Recovery m_message; // what the editor holds
    int m_snapshots = 0;
    std::function<void()> m_undoFailure; // puts things right after a failure the test caused
};

void TestAutosave::init()
{
    // Any Qt warning fails the test, among them QSqlDatabase's "connection ... is still in use".
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(path());
    m_slot = std::make_unique<RecoverySlot>(*m_database);
    m_message = {0, QStringLiteral("Untitled"), payloadWithBody(QStringLiteral("H")), {}};
    m_snapshots = 0;
    m_autosave = std::make_unique<Autosave>(*m_slot, [this] {
        ++m_snapshots;
        return m_message;
    });
    m_autosave->setDelay(Delay);
}

void TestAutosave::cleanup()
{
    if (m_undoFailure)
        m_undoFailure();
    m_undoFailure = nullptr;
    m_autosave.reset();
    m_slot.reset();
    m_database.reset();
    m_dir.reset();
}

QByteArray TestAutosave::slotPayload()
{
    QString error;
    const std::optional<Recovery> recovery = m_slot->read(&error);
    if (!error.isEmpty())
        qWarning("recovery(): %s", qPrintable(error));
    return recovery ? recovery->payload : QByteArray();
}

// One keystroke: the editor's message changes and the autosave hears of it.
void TestAutosave::type(const QString& body)
{
    m_message.payload = payloadWithBody(body);
    m_autosave->markChanged();
}

void TestAutosave::savesOnceAfterTheTypingPauses()
{
    QSignalSpy saved(m_autosave.get(), &Autosave::saved);
    QString body;
    QElapsedTimer sinceLastKey;
    qint64 longestPause = 0; // a loaded machine may sleep longer than asked
    for (int i = 0; i < 20; ++i) {
        if (i > 0) {
            QTest::qWait(5); // the event loop runs between keystrokes, as in the window
            longestPause = std::max(longestPause, sinceLastKey.elapsed());
        }
        body += QLatin1Char('a' + i);
        type(body);
        sinceLastKey.start();
    }
    // Nothing written while the keys came faster than the delay.
    QVERIFY2(
        saved.count() == 0 || longestPause >= Delay.count(),
        qPrintable(QStringLiteral("%1 saves, longest pause %2 ms").arg(saved.count()).arg(longestPause)));
    const qsizetype savedWhileTyping = saved.count();
    QVERIFY(m_autosave->isPending());
    QTRY_COMPARE(saved.count(), savedWhileTyping + 1);
    QVERIFY2(sinceLastKey.elapsed() >= Delay.count(), qPrintable(QString::number(sinceLastKey.elapsed())));
    QVERIFY(!m_autosave->isPending());
    QCOMPARE(slotPayload(), payloadWithBody(body));
    const QDateTime at = saved.last().first().toDateTime();
    QVERIFY(at.isValid());
    QCOMPARE(m_slot->read()->savedAt, at);

    QVERIFY(!m_autosave->isScheduled()); // nothing changed since: no write is due
    QCOMPARE(saved.count(), savedWhileTyping + 1);
}

void TestAutosave::readsTheMessageOnlyWhenSaving()
{
    QSignalSpy saved(m_autosave.get(), &Autosave::saved);
    for (int i = 0; i < 1000; ++i)
        m_autosave->markChanged();
    QCOMPARE(m_snapshots, 0);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_snapshots, 1);
    QVERIFY(m_autosave->saveNow()); // nothing new: no snapshot
    QCOMPARE(m_snapshots, 1);
}

void TestAutosave::savesWhileTheTypingGoesOn()
{
    // A key every 10 ms never lets the 50 ms delay pass; the first save still comes within ten delays of
    // the first key.
    QSignalSpy saved(m_autosave.get(), &Autosave::saved);
    QString body;
    QElapsedTimer typing;
    typing.start();
    QElapsedTimer sinceLastKey;
    qint64 longestPause = 0;
    qint64 firstSaveAt = -1;
    while (typing.elapsed() < 30 * Delay.count()) {
        body += QLatin1Char('x');
        if (sinceLastKey.isValid())
            longestPause = std::max(longestPause, sinceLastKey.elapsed());
        type(body);
        sinceLastKey.start();
        QTest::qWait(10);
        if (firstSaveAt < 0 && saved.count() > 0)
            firstSaveAt = typing.elapsed();
    }
    QVERIFY2(saved.count() >= 2, qPrintable(QString::number(saved.count())));
    QVERIFY2(firstSaveAt >= 0 && firstSaveAt < 2 * Autosave::MaxWaitInDelays * Delay.count(),
             qPrintable(QString::number(firstSaveAt)));
    // About one save per ten delays, unless the machine paused the typing for longer than a delay.
    QVERIFY2(
        saved.count() <= 30 / Autosave::MaxWaitInDelays + 1 || longestPause >= Delay.count(),
        qPrintable(QStringLiteral("%1 saves, longest pause %2 ms").arg(saved.count()).arg(longestPause)));
    QTRY_VERIFY(!m_autosave->isPending());
    QCOMPARE(slotPayload(), payloadWithBody(body));
}

void TestAutosave::saveNow()
{
    QSignalSpy saved(m_autosave.get(), &Autosave::saved);
    QString error;
    QVERIFY(m_autosave->saveNow(&error)); // nothing to save
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_snapshots, 0);
    QCOMPARE(slotPayload(), QByteArray());

    type(QStringLiteral("Before the risky action"));
    QVERIFY2(m_autosave->saveNow(&error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!m_autosave->isPending());
    QCOMPARE(slotPayload(), payloadWithBody(QStringLiteral("Before the risky action")));

    QVERIFY(!m_autosave->isScheduled()); // the timer does not write it again
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_snapshots, 1);
}

void TestAutosave::discardClearsTheSlot()
{
    QSignalSpy saved(m_autosave.get(), &Autosave::saved);
    QSignalSpy failed(m_autosave.get(), &Autosave::failed);
    type(QStringLiteral("Written"));
    QVERIFY(m_autosave->saveNow());
    type(QStringLiteral("Written, then saved as a draft"));
    QVERIFY(m_autosave->isPending());

    QString error;
    m_autosave->discard(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_autosave->isPending());
    QVERIFY(!m_slot->read());
    QVERIFY(!m_autosave->isScheduled()); // the pending change was dropped, not written later
    QCOMPARE(saved.count(), 1);
    QVERIFY(!m_slot->read());
    QCOMPARE(failed.count(), 0);

    type(QStringLiteral("A new message")); // and it goes on afterwards
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(slotPayload(), payloadWithBody(QStringLiteral("A new message")));
}

void TestAutosave::failureIsReportedAndRetried_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("read-only folder") << QStringLiteral("read-only");
    QTest::newRow("write error (file size limit, like a full disk)") << QStringLiteral("full");
    QTest::newRow("locked by another instance") << QStringLiteral("locked");
}

void TestAutosave::failureIsReportedAndRetried()
{
    QFETCH(QString, failure);
    QSignalSpy saved(m_autosave.get(), &Autosave::saved);
    QSignalSpy failed(m_autosave.get(), &Autosave::failed);
    type(QStringLiteral("Kept"));
    QVERIFY(m_autosave->saveNow());

    if (failure == QLatin1String("read-only")) {
        if (::geteuid() == 0)
            QSKIP("Running as root, whom permission bits do not stop; the other rows fail the write for "
                  "real all the same.");
        // Closed first: an open connection keeps writing through the descriptor it has.
        m_database->close();
        const QString folder = QFileInfo(path()).absolutePath();
        QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        m_undoFailure = [this, folder] {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
        };
    } else if (failure == QLatin1String("full")) {
        // A file size limit fails a write that grows a file the way a full disk does (SQLITE_FULL), and it
        // binds root too. Without SIGXFSZ ignored, the process would be killed instead.
        rlimit before{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &before) == 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = before;
        limit.rlim_cur = rlim_t(QFileInfo(path() + QStringLiteral("-wal")).size());
        QVERIFY(limit.rlim_cur > 0);
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
        m_undoFailure = [before, previousHandler] {
            ::setrlimit(RLIMIT_FSIZE, &before);
            std::signal(SIGXFSZ, previousHandler);
        };
    } else {
        // Another instance in the middle of a write. Our wait for the lock is cut from Database's 5 s to
        // 100 ms to keep the test short; the failure is the same "database is locked".
        QSqlQuery(m_database->connection()).exec(QStringLiteral("PRAGMA busy_timeout = 100"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));
        }
        m_undoFailure = [] {
            {
                QSqlDatabase other = QSqlDatabase::database(QStringLiteral("other"), false);
                QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
                other.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        };
    }

    // On the timer: reported, and the change stays pending.
    type(QStringLiteral("Typed while the disk said no"));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(!failed.first().first().toString().isEmpty(), "the failure says what went wrong");
    qInfo("%s", qPrintable(failed.first().first().toString()));
    QVERIFY(m_autosave->isPending());
    QCOMPARE(saved.count(), 1);
    // Through saveNow(): the same, with the text.
    QString error;
    QVERIFY(!m_autosave->saveNow(&error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.last().first().toString(), error);
    QVERIFY(m_autosave->isPending());

    // Once the disk says yes again, the next change writes the latest message.
    m_undoFailure();
    m_undoFailure = nullptr;
    QCOMPARE(slotPayload(), payloadWithBody(QStringLiteral("Kept"))); // the failed writes left it as it was
    type(QStringLiteral("Typed while the disk said no, and more"));
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY(!m_autosave->isPending());
    QCOMPARE(slotPayload(), payloadWithBody(QStringLiteral("Typed while the disk said no, and more")));
    QCOMPARE(failed.count(), 2);

    // And saveNow() retries as well.
    type(QStringLiteral("Last words"));
    QVERIFY(m_autosave->saveNow());
    QCOMPARE(slotPayload(), payloadWithBody(QStringLiteral("Last words")));
}

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
