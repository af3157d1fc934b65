#include "AppServices.h"
#include "sending/SendHistory.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace wa;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The first column of the first row; a failure is a warning, which fails the test (see init()).
QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

QStringList column(const QSqlDatabase& db, const QString& sql, int index = 0)
{
    QStringList values;
    QSqlQuery query(db);
    if (!query.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    while (query.next())
        values.append(query.value(index).toString());
    return values;
}

// A plain QSQLITE connection of the test's own, beside the Database under test. Statements that fail
// are warnings, which fail the test.
void withRawConnection(const QString& path, const std::function<void(QSqlDatabase&)>& use)
{
    static int count = 0;
    const QString name = QStringLiteral("tst_database.raw.") + QString::number(++count);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void execRaw(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
}

int userVersionOf(const QString& path)
{
    int version = -1;
    withRawConnection(
        path, [&](QSqlDatabase& db) { version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt(); });
    return version;
}

QStringList tablesOf(const QString& path)
{
    QStringList tables;
    withRawConnection(path, [&](QSqlDatabase& db) {
        tables =
            column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    });
    return tables;
}

SendAttempt sampleAttempt()
{
    SendAttempt attempt;
    attempt.sentAt = QDateTime::currentDateTimeUtc();
    attempt.destinationPhone = QStringLiteral("+353838000000");
    attempt.payload =
        R"({"type":"location_request_message","body":{"text":"Where?"},"action":{"name":"send_location"}})";
    attempt.requestPath = QStringLiteral("/api/v1/sms/messages");
    attempt.outcome = SendResult::Outcome::Accepted;
    attempt.httpStatus = 201;
    return attempt;
}

const Database::Migration StepA = {QStringLiteral("CREATE TABLE a (x INTEGER)"),
                                   QStringLiteral("INSERT INTO a VALUES (1)")};
const Database::Migration StepB = {QStringLiteral("CREATE TABLE b (y INTEGER)")};
const Database::Migration BrokenStep = {QStringLiteral("CREATE TABLE c (z INTEGER)"),
                                        QStringLiteral("INSERT INTO nowhere VALUES (1)")};

} // namespace

// The database file itself: lazy opening, connection settings, the user_version migrations, and files it
// must refuse (newer, corrupt, unreachable) without changing a byte. Every case uses a real file in a
// temporary folder.
class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void nothingHappensUntilOpened();
    void defaultPathIsInAppData();
    void migratesAnEmptyFile();
    void connectionSettings();
    void reopeningDoesNotMigrateAgain();
    void upgradesOneStepAtATime();
    void upgradesAVersion6HistoryToDeliveryStatus();
    void failedStepRollsBackAndSaysWhich();
    void refusesANewerDatabase_data();
    void timesReadBackAsStored_data();
    void timesReadBackAsStored();
    void textReadsFromBytesOrText();
    void refusesANewerDatabase();
    void refusesWhatIsNotADatabase_data();
    void refusesWhatIsNotADatabase();
    void reportsAFolderItCannotCreate();
    void twoInstancesOnOneFile();
    void connectionsAreOwnAndRemoved();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString& name = QStringLiteral("drafts.sqlite")) const
    {
        return m_dir->filePath(name);
    }
};

void TestDatabase::init()
{
    // Any Qt warning fails the test, among them QSqlDatabase's "connection ... is still in use".
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::nothingHappensUntilOpened()
{
    const QString file = m_dir->filePath(QStringLiteral("sub/folder/drafts.sqlite"));
    {
        Database database(file);
        SendHistory history(database);
        QVERIFY(!database.isOpen());
        QVERIFY(!database.connection().isValid());
        QCOMPARE(database.path(), file);
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("sub"))));
}

void TestDatabase::defaultPathIsInAppData()
{
    // Only compared, never opened: the test must not touch the user's own data.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!folder.isEmpty());
    AppServices services(AppServices::defaultDataFolder());
    QCOMPARE(services.databasePath(), folder + QStringLiteral("/drafts.sqlite"));
    QCOMPARE(services.database().path(), folder + QStringLiteral("/drafts.sqlite"));
    QVERIFY(!services.database().isOpen()); // naming it opens nothing
    // The window's first frame needs none of these: making them must not open the file either.
    services.drafts();
    services.history();
    QVERIFY(!services.database().isOpen());
}

void TestDatabase::migratesAnEmptyFile()
{
    const QString file = m_dir->filePath(QStringLiteral("new/folder/drafts.sqlite"));
    Database database(file);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(database.isOpen());
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(database.schemaVersion(), 9);
    QCOMPARE(Database::schema().size(), 9);

    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 9);
    // drafts_search_* are FTS5's own shadow tables, sqlite_sequence AUTOINCREMENT's.
    QCOMPARE(
        column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")),
        (QStringList{QStringLiteral("draft_tags"), QStringLiteral("drafts"), QStringLiteral("drafts_search"),
                     QStringLiteral("drafts_search_config"), QStringLiteral("drafts_search_content"),
                     QStringLiteral("drafts_search_data"), QStringLiteral("drafts_search_docsize"),
                     QStringLiteral("drafts_search_idx"), QStringLiteral("library_version"),
                     QStringLiteral("recipient_values"), QStringLiteral("recovery"),
                     QStringLiteral("send_attempts"), QStringLiteral("sqlite_sequence")}));
    // name, type, not null, primary key
    QStringList columns;
    QSqlQuery info(db);
    QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(send_attempts)")));
    while (info.next())
        columns.append(QStringLiteral("%1 %2 %3 %4")
                           .arg(info.value(1).toString(), info.value(2).toString(), info.value(3).toString(),
                                info.value(5).toString()));
    QCOMPARE(columns, (QStringList{
                          QStringLiteral("id INTEGER 0 1"),
                          QStringLiteral("sent_at TEXT 1 0"),
                          QStringLiteral("destination_phone TEXT 1 0"),
                          QStringLiteral("teammate_id TEXT 0 0"),
                          QStringLiteral("payload TEXT 1 0"),
                          QStringLiteral("request_path TEXT 1 0"),
                          QStringLiteral("outcome TEXT 1 0"),
                          QStringLiteral("http_status INTEGER 0 0"),
                          QStringLiteral("response_excerpt TEXT 0 0"),
                          QStringLiteral("message_id TEXT 0 0"),
                          QStringLiteral("error_code TEXT 0 0"),
                          QStringLiteral("may_have_been_delivered INTEGER 1 0"),
                          QStringLiteral("template TEXT 0 0"),
                          QStringLiteral("variable_values TEXT 0 0"),
                          QStringLiteral("delivery_status TEXT 0 0"),
                          QStringLiteral("delivery_status_at TEXT 0 0"),
                      }));
    QCOMPARE(
        column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = 'send_attempts' ORDER BY name")),
        (QStringList{QStringLiteral("send_attempts_message_id"), QStringLiteral("send_attempts_sent_at")}));
    QCOMPARE(column(db, QStringLiteral("PRAGMA index_info(send_attempts_message_id)"), 2),
             QStringList{QStringLiteral("message_id")});
    QCOMPARE(column(db, QStringLiteral("PRAGMA index_info(send_attempts_sent_at)"), 2),
             QStringList{QStringLiteral("sent_at")});

    // Step 2, the drafts library (tst_draftstore tests how it is used).
    QStringList draftColumns;
    QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(drafts)")));
    while (info.next())
        draftColumns.append(QStringLiteral("%1 %2 %3 %4")
                                .arg(info.value(1).toString(), info.value(2).toString(),
                                     info.value(3).toString(), info.value(5).toString()));
    QCOMPARE(draftColumns, (QStringList{
                               QStringLiteral("id INTEGER 0 1"),
                               QStringLiteral("name TEXT 1 0"),
                               QStringLiteral("name_key TEXT 1 0"),
                               QStringLiteral("payload TEXT 1 0"),
                               QStringLiteral("default_recipient TEXT 0 0"),
                               QStringLiteral("teammate_id TEXT 0 0"),
                               QStringLiteral("created_at TEXT 1 0"),
                               QStringLiteral("updated_at TEXT 1 0"),
                               QStringLiteral("trashed_at TEXT 0 0"),
                               QStringLiteral("variable_defaults TEXT 0 0"),
                               QStringLiteral("version INTEGER 1 0"),
                               QStringLiteral("updated_by TEXT 0 0"),
                               QStringLiteral("product_looks TEXT 0 0"),
                               QStringLiteral("summary_type TEXT 1 0"),
                               QStringLiteral("summary_excerpt TEXT 1 0"),
                           }));
    QCOMPARE(column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
                                       "('drafts', 'draft_tags') AND sql IS NOT NULL ORDER BY name")),
             (QStringList{QStringLiteral("draft_tags_tag_key"), QStringLiteral("drafts_name_key"),
                          QStringLiteral("drafts_updated_at")}));
    // Names unique among the drafts outside the trash only: a unique, partial index.
    QStringList draftIndexes;
    QVERIFY(info.exec(QStringLiteral("PRAGMA index_list(drafts)")));
    while (info.next())
        draftIndexes.append(
            QStringLiteral("%1 %2 %3")
                .arg(info.value(1).toString(), info.value(2).toString(), info.value(4).toString()));
    draftIndexes.sort();
    QCOMPARE(draftIndexes,
             (QStringList{QStringLiteral("drafts_name_key 1 1"), QStringLiteral("drafts_updated_at 0 0")}));
}

void TestDatabase::connectionSettings()
{
    Database database(path());
    QVERIFY(database.open());
    QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(),
             1); // NORMAL: safe in WAL, no wait on every commit
    QVERIFY(QFileInfo::exists(path() + QStringLiteral("-wal")));

    // Foreign keys are enforced, not only switched on.
    execRaw(db, {QStringLiteral("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)"),
                 QStringLiteral("CREATE TEMP TABLE child (parent_id INTEGER REFERENCES parent (id))"),
                 QStringLiteral("INSERT INTO parent VALUES (1)"),
                 QStringLiteral("INSERT INTO child VALUES (1)")});
    QSqlQuery dangling(db);
    QVERIFY(!dangling.exec(QStringLiteral("INSERT INTO child VALUES (2)")));
    QVERIFY2(dangling.lastError().text().contains(QLatin1StringView("FOREIGN KEY constraint failed")),
             qPrintable(dangling.lastError().text()));
}

void TestDatabase::reopeningDoesNotMigrateAgain()
{
    for (int i = 0; i < 3; ++i) {
        Database database(path(), {StepA});
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        const QSqlDatabase db = database.connection();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM a")).toInt(), 1); // the INSERT ran once
    }
    // close() and open() on the same instance too.
    Database database(path(), {StepA});
    QVERIFY(database.open());
    QVERIFY(database.open()); // already open: nothing happens
    database.close();
    QVERIFY(!database.isOpen());
    QVERIFY(!database.connection().isValid());
    QVERIFY(database.open());
    QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT count(*) FROM a")).toInt(), 1);
}

void TestDatabase::upgradesOneStepAtATime()
{
    {
        Database v1(path(), {StepA});
        QVERIFY(v1.open());
    }
    QCOMPARE(userVersionOf(path()), 1);
    {
        Database v2(path(), {StepA, StepB});
        QString error;
        QVERIFY2(v2.open(&error), qPrintable(error));
        QCOMPARE(v2.schemaVersion(), 2);
        const QSqlDatabase db = v2.connection();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM a")).toInt(), 1);
    }
    QCOMPARE(tablesOf(path()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

// Step 7 over a history as version 6 left it: every send is still there, with no status known yet, and the
// table is exactly what a new file gets; statuses are then kept by message id.
void TestDatabase::upgradesAVersion6HistoryToDeliveryStatus()
{
    {
        Database v6(path(), Database::schema().first(6));
        QVERIFY(v6.open());
        QSqlDatabase db = v6.connection();
        execRaw(
            db,
            {QStringLiteral("INSERT INTO send_attempts (sent_at, destination_phone, payload, request_path, "
                            "outcome, http_status, message_id, template, variable_values) VALUES "
                            "('2024-03-05T10:00:00.000Z', '+353838000000', '{}', '/api/v1/sms/messages', "
                            "'accepted', 201, 'msg-1', NULL, NULL)"),
             QStringLiteral("INSERT INTO send_attempts (sent_at, destination_phone, payload, request_path, "
                            "outcome, http_status, error_code) VALUES ('2024-03-05T11:00:00.000Z', "
                            "'+353838000001', '{}', '/api/v1/sms/messages', 'rejected', 400, "
                            "'PHONE_INVALID')")});
    }
    QCOMPARE(userVersionOf(path()), 6);

    Database database(path());
    SendHistory history(database);
    QString error;
    const QList<SendAttempt> attempts = history.recent(10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(userVersionOf(path()), int(Database::schema().size()));
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(1).messageId, QStringLiteral("msg-1"));
    QCOMPARE(attempts.at(0).errorCode, QStringLiteral("PHONE_INVALID"));
    for (const SendAttempt& attempt : attempts) {
        QCOMPARE(attempt.deliveryStatus, QString());
        QVERIFY(!attempt.deliveryStatusAt.isValid());
    }
    QTemporaryDir fresh;
    {
        Database today(fresh.filePath(QStringLiteral("today.sqlite")));
        QVERIFY(today.open());
        const QString sql =
            QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'send_attempts' ORDER BY name");
        QCOMPARE(column(database.connection(), sql), column(today.connection(), sql));
    }

    const QDateTime at(QDate(2024, 3, 5), QTime(10, 42), Qt::UTC);
    QCOMPARE(history.setDeliveryStatus(QStringLiteral("msg-1"), QStringLiteral("DELIVERED"), at, &error),
             std::optional<int>(1));
    QCOMPARE(history.setDeliveryStatus(QStringLiteral("msg-unknown"), QStringLiteral("READ"), at, &error),
             std::optional<int>(0)); // not in the history is no error
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const std::optional<SendAttempt> updated = history.find(attempts.at(1).id);
    QVERIFY(updated);
    QCOMPARE(updated->deliveryStatus, QStringLiteral("DELIVERED"));
    QCOMPARE(updated->deliveryStatusAt, at);
    QCOMPARE(history.find(attempts.at(0).id)->deliveryStatus, QString());
}

void TestDatabase::failedStepRollsBackAndSaysWhich()
{
    {
        Database database(path(), {StepA, BrokenStep, StepB});
        QString error;
        QVERIFY(!database.open(&error));
        QVERIFY(!database.isOpen());
        QVERIFY(!database.connection().isValid());
        const QString start =
            QStringLiteral("Could not upgrade the database %1 to schema version 2; it stays at "
                           "version 1: no such table: nowhere")
                .arg(QDir::toNativeSeparators(path()));
        QVERIFY2(error.startsWith(start), qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1StringView(" (in: INSERT INTO nowhere VALUES (1))")),
                 qPrintable(error));
        // Trying again fails the same way; nothing was half done.
        QString again;
        QVERIFY(!database.open(&again));
        QCOMPARE(again, error);
    }
    QCOMPARE(userVersionOf(path()), 1);
    QCOMPARE(tablesOf(path()), QStringList{QStringLiteral("a")}); // step 2's CREATE TABLE c rolled back

    // A failure in the very first step leaves an empty file at version 0.
    const QString other = path(QStringLiteral("other.sqlite"));
    {
        Database database(other, {BrokenStep});
        QString error;
        QVERIFY(!database.open(&error));
        QVERIFY2(error.contains(QLatin1StringView("to schema version 1; it stays at version 0")),
                 qPrintable(error));
    }
    QCOMPARE(userVersionOf(other), 0);
    QCOMPARE(tablesOf(other), QStringList());
}

void TestDatabase::refusesANewerDatabase_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("rollback journal") << "DELETE";
    QTest::newRow("write-ahead log") << "WAL";
}

void TestDatabase::refusesANewerDatabase()
{
    QFETCH(QString, journalMode);
    withRawConnection(path(), [&](QSqlDatabase& db) {
        execRaw(db, {QStringLiteral("PRAGMA journal_mode = ") + journalMode,
                     QStringLiteral("CREATE TABLE future (v TEXT)"),
                     QStringLiteral("INSERT INTO future VALUES ('x')"),
                     QStringLiteral("PRAGMA user_version = 99")});
    });
    const QByteArray before = bytesOf(path());
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files, QDir::Name);

    {
        Database database(path());
        QString error;
        QVERIFY(!database.open(&error));
        QCOMPARE(error,
                 QStringLiteral("The database %1 was written by a newer version of wa-composer (schema "
                                "version 99; this version knows up to 9). It was left unchanged.")
                     .arg(QDir::toNativeSeparators(path())));
        // Its users get the same answer.
        SendHistory history(database);
        QString recordError;
        QVERIFY(!history.record(sampleAttempt(), &recordError));
        QCOMPARE(recordError, error);
        QString recentError;
        QVERIFY(history.recent(5, &recentError).isEmpty());
        QCOMPARE(recentError, error);
    }
    QCOMPARE(bytesOf(path()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files, QDir::Name), filesBefore);
    QCOMPARE(userVersionOf(path()), 99);
    QCOMPARE(tablesOf(path()), QStringList{QStringLiteral("future")});
}

void TestDatabase::refusesWhatIsNotADatabase_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QRandomGenerator random(20240501);
    QByteArray noise(8192, Qt::Uninitialized);
    for (char& byte : noise)
        byte = char(random.bounded(256));
    QTest::newRow("random bytes") << noise;
    QTest::newRow("a text file") << QByteArray("These are my notes, not a database.\n");
    // SQLite's own header, then garbage where the pages should be.
    QTest::newRow("header then noise") << QByteArray("SQLite format 3\0", 16) + noise.left(4080);
}

void TestDatabase::refusesWhatIsNotADatabase()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(writeBytes(path(), bytes));
    for (int attempt = 0; attempt < 2; ++attempt) {
        Database database(path());
        SendHistory history(database);
        QString error;
        QVERIFY(!database.open(&error));
        QVERIFY2(
            error.startsWith(
                QStringLiteral("Could not read the database %1: ").arg(QDir::toNativeSeparators(path()))),
            qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("not a database")), qPrintable(error)); // SQLite's own words
        QString findError;
        QVERIFY(!history.find(1, &findError));
        QCOMPARE(findError, error);
    }
    QCOMPARE(bytesOf(path()), bytes);
}

void TestDatabase::reportsAFolderItCannotCreate()
{
    QVERIFY(writeBytes(path(QStringLiteral("a-file")), "x"));
    const QString file = m_dir->filePath(QStringLiteral("a-file/sub/drafts.sqlite"));
    Database database(file);
    QString error;
    QVERIFY(!database.open(&error));
    QCOMPARE(error, QStringLiteral("Could not create the folder %1 for the database.")
                        .arg(QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("a-file/sub")))));
}

void TestDatabase::twoInstancesOnOneFile()
{
    Database first(path());
    Database second(path());
    QVERIFY(first.open());
    QVERIFY(second.open());
    SendHistory history(second);
    const SendAttempt attempt = sampleAttempt();

    QSqlDatabase reader = first.connection();
    const QString count = QStringLiteral("SELECT count(*) FROM send_attempts");
    QVERIFY(reader.transaction());
    QCOMPARE(scalar(reader, count).toInt(), 0); // the reader now holds a snapshot

    // With a rollback journal this write would wait for the reader (busy_timeout, 5 s) and then fail;
    // with WAL it goes through at once.
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(history.record(attempt, &error), qPrintable(error));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

    QCOMPARE(scalar(reader, count).toInt(), 0); // still its snapshot
    QVERIFY(reader.commit());
    QCOMPARE(scalar(reader, count).toInt(), 1);

    // And the other way round.
    QVERIFY(SendHistory(first).record(attempt, &error));
    QCOMPARE(history.recent(10).size(), 2);
}

void TestDatabase::connectionsAreOwnAndRemoved()
{
    const QStringList before = QSqlDatabase::connectionNames();
    QString firstName;
    QString secondName;
    {
        Database first(path());
        Database second(path());
        QVERIFY(first.open());
        QVERIFY(second.open());
        firstName = first.connection().connectionName();
        secondName = second.connection().connectionName();
        QVERIFY(firstName != secondName);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        // A failed open leaves no connection behind.
        QVERIFY(writeBytes(path(QStringLiteral("a-file")), "x"));
        Database refused(path(QStringLiteral("a-file/drafts.sqlite")));
        QVERIFY(!refused.open());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

QTEST_GUILESS_MAIN(TestDatabase)
// A time is stored as timeText() writes it and read by hand in that form; any other ISO 8601 (written by an
// older version, or by hand) is still read, by Qt, and what is not a time stays invalid.
void TestDatabase::timesReadBackAsStored_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QDateTime>("time");
    const auto utc = [](int y, int m, int d, int h, int min, int s, int ms) {
        return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
    };
    QTest::newRow("as written") << QVariant(QStringLiteral("2024-05-01T09:30:00.250Z"))
                                << utc(2024, 5, 1, 9, 30, 0, 250);
    QTest::newRow("leap day, last millisecond")
        << QVariant(QStringLiteral("2024-02-29T23:59:59.999Z")) << utc(2024, 2, 29, 23, 59, 59, 999);
    QTest::newRow("the epoch") << QVariant(QStringLiteral("1970-01-01T00:00:00.000Z"))
                               << utc(1970, 1, 1, 0, 0, 0, 0);
    QTest::newRow("as bytes") << QVariant(QByteArray("2024-05-01T09:30:00.250Z"))
                              << utc(2024, 5, 1, 9, 30, 0, 250);
    QTest::newRow("without milliseconds")
        << QVariant(QStringLiteral("2024-05-01T09:30:00Z")) << utc(2024, 5, 1, 9, 30, 0, 0);
    QTest::newRow("with an offset") << QVariant(QStringLiteral("2024-05-01T11:30:00.000+02:00"))
                                    << utc(2024, 5, 1, 9, 30, 0, 0);
    QTest::newRow("no such day") << QVariant(QStringLiteral("2023-02-29T09:30:00.000Z")) << QDateTime();
    QTest::newRow("a letter for a digit")
        << QVariant(QStringLiteral("2024-05-0xT09:30:00.000Z")) << QDateTime();
    QTest::newRow("null") << QVariant() << QDateTime();
}

void TestDatabase::timesReadBackAsStored()
{
    QFETCH(QVariant, stored);
    QFETCH(QDateTime, time);
    const QDateTime read = sql::timeFrom(stored);
    QCOMPARE(read.isValid(), time.isValid());
    if (!time.isValid())
        return;
    QCOMPARE(read, time);
    QCOMPARE(read.timeSpec(), Qt::UTC);
    QCOMPARE(sql::timeFrom(sql::timeText(read)), read); // and written again, read again
}

void TestDatabase::textReadsFromBytesOrText()
{
    const QString text = QStringLiteral("Café ☕ 😀");
    QCOMPARE(sql::textFrom(QVariant(text)), text);
    QCOMPARE(sql::textFrom(QVariant(text.toUtf8())), text);
    QVERIFY(sql::textFrom(QVariant()).isEmpty());
}

#include "tst_database.moc"
