#include "Database.h"

#include "Sql.h"
#include "drafts/SummaryColumns.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <optional>

namespace wa {

namespace {

// QtSql's driver for the file: the one open() uses and loadDriverInBackground() loads.
const QString SqliteDriver = QStringLiteral("QSQLITE");

// Version 1: what was sent, where, and what came of it. No column for the API key, ever.
const Database::Migration SendHistoryStep = {
    QStringLiteral(
        "CREATE TABLE send_attempts ("
        " id INTEGER PRIMARY KEY,"
        " sent_at TEXT NOT NULL," // ISO 8601, UTC, milliseconds: sorts as text
        " destination_phone TEXT NOT NULL,"
        " teammate_id TEXT,"
        " payload TEXT NOT NULL," // the interactive message's JSON, compact
        " request_path TEXT NOT NULL,"
        " outcome TEXT NOT NULL," // SendHistory::outcomeName()
        " http_status INTEGER,"   // NULL when no answer came
        " response_excerpt TEXT,"
        " message_id TEXT,"
        " error_code TEXT,"
        " may_have_been_delivered INTEGER NOT NULL DEFAULT 0 CHECK (may_have_been_delivered IN (0, 1))"
        ")"),
    QStringLiteral("CREATE INDEX send_attempts_sent_at ON send_attempts (sent_at)"),
};

// Version 2: the drafts library (DraftStore holds every statement that reads or writes these tables).
const Database::Migration DraftsStep = {
    // AUTOINCREMENT: an id is never handed out twice, so a window still holding a purged draft's id can
    // never overwrite a newer draft, and drafts_search (rowid = id) never meets a stale row.
    QStringLiteral(
        "CREATE TABLE drafts ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " name TEXT NOT NULL CHECK (name <> ''),"
        " name_key TEXT NOT NULL," // the name case-folded by DraftStore: what makes two names the same
        " payload TEXT NOT NULL,"  // the interactive message's JSON, compact; kept even when it is invalid
        " default_recipient TEXT," // E.164, NULL when none
        " teammate_id TEXT,"
        " created_at TEXT NOT NULL," // ISO 8601, UTC, milliseconds: sorts as text
        " updated_at TEXT NOT NULL,"
        " trashed_at TEXT" // NULL unless in the trash
        ")"),
    // Names are unique among the drafts outside the trash, ignoring case. The key is folded in C++
    // (Unicode case folding) rather than with COLLATE NOCASE, which folds ASCII only (it would let "Émile"
    // and "émile" live side by side) and which PostgreSQL does not have.
    QStringLiteral("CREATE UNIQUE INDEX drafts_name_key ON drafts (name_key) WHERE trashed_at IS NULL"),
    QStringLiteral("CREATE INDEX drafts_updated_at ON drafts (updated_at)"),
    // Tags in a table of their own rather than a JSON array in drafts: the tag filter and the list of
    // tags are then plain indexed SQL that any engine runs (SQLite's json_each() is not PostgreSQL's).
    QStringLiteral("CREATE TABLE draft_tags ("
                   " draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,"
                   " position INTEGER NOT NULL," // the order the user gave them
                   " tag TEXT NOT NULL,"
                   " tag_key TEXT NOT NULL," // case-folded like name_key: the filter ignores case
                   " PRIMARY KEY (draft_id, tag_key)"
                   ")"),
    QStringLiteral("CREATE INDEX draft_tags_tag_key ON draft_tags (tag_key)"),
    // The autosave slot: one row at most, overwritten often. A purged draft leaves its text here as a
    // message that was never saved.
    QStringLiteral("CREATE TABLE recovery ("
                   " id INTEGER PRIMARY KEY CHECK (id = 1),"
                   " draft_id INTEGER REFERENCES drafts (id) ON DELETE SET NULL," // NULL: never saved
                   " name TEXT NOT NULL,"
                   " payload TEXT NOT NULL,"
                   " saved_at TEXT NOT NULL"
                   ")"),
    // Full-text search over every draft (trashed ones too; queries filter on drafts.trashed_at). rowid is
    // drafts.id. DraftStore writes it in the same transaction as the draft; text is every text of the
    // message a person reads (ids left out). remove_diacritics 2: "cafe" finds "Café". prefix: indexes of
    // every word's first one, two and three letters, so the first keystrokes of a search (which match most
    // of a big library) read one index entry instead of every word that starts so.
    QStringLiteral("CREATE VIRTUAL TABLE drafts_search USING fts5 ("
                   "name, tags, text, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"),
};

// Version 3: a count of the library's changes, kept by triggers, so that a window notices what another
// connection (another window, `wa-composer drafts import`) changed in one cheap read (DraftStore's
// checkForOutsideChanges()), whatever the change and however fast it came.
const Database::Migration LibraryVersionStep = {
    QStringLiteral("CREATE TABLE library_version (id INTEGER PRIMARY KEY CHECK (id = 1), "
                   "changes INTEGER NOT NULL)"),
    QStringLiteral("INSERT INTO library_version (id, changes) VALUES (1, 0)"),
    QStringLiteral("CREATE TRIGGER drafts_inserted AFTER INSERT ON drafts BEGIN "
                   "UPDATE library_version SET changes = changes + 1; END"),
    QStringLiteral("CREATE TRIGGER drafts_updated AFTER UPDATE ON drafts BEGIN "
                   "UPDATE library_version SET changes = changes + 1; END"),
    QStringLiteral("CREATE TRIGGER drafts_deleted AFTER DELETE ON drafts BEGIN "
                   "UPDATE library_version SET changes = changes + 1; END"),
    QStringLiteral("CREATE TRIGGER draft_tags_inserted AFTER INSERT ON draft_tags BEGIN "
                   "UPDATE library_version SET changes = changes + 1; END"),
    QStringLiteral("CREATE TRIGGER draft_tags_deleted AFTER DELETE ON draft_tags BEGIN "
                   "UPDATE library_version SET changes = changes + 1; END"),
};

// Version 4: variables. The values last used for each customer (RecipientValues), and, for each send, the
// message as written and the values that filled it (the payload column keeps what was sent). A draft's
// default values sit beside its message.
const Database::Migration VariablesStep = {
    QStringLiteral("CREATE TABLE recipient_values ("
                   " phone TEXT NOT NULL," // E.164
                   " name TEXT NOT NULL,"  // the variable's name, as written in {{name}}
                   " value TEXT NOT NULL,"
                   " updated_at TEXT NOT NULL,"
                   " PRIMARY KEY (phone, name))"),
    QStringLiteral("ALTER TABLE send_attempts ADD COLUMN template TEXT"),        // NULL: it had no variables
    QStringLiteral("ALTER TABLE send_attempts ADD COLUMN variable_values TEXT"), // a JSON object, or NULL
    QStringLiteral("ALTER TABLE drafts ADD COLUMN variable_defaults TEXT"),      // a JSON object, or NULL
};

// Version 5: working together. Each draft's version, raised by every save and rename, so that a save over a
// draft changed since it was opened is noticed rather than lost; and who changed it last (the agent's
// display name, a setting). The same columns as the team library's step 2.
const Database::Migration AuthorshipStep = {
    QStringLiteral("ALTER TABLE drafts ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE drafts ADD COLUMN updated_by TEXT"), // NULL: not known
};

// Version 6: the autosave slot of a team library's draft. The slot stays on this computer whichever library
// the drafts live in; a team draft's id is no id of this file's drafts, so it is kept apart, with the library
// it belongs to, and a recovery is joined to its draft only in that library.
const Database::Migration TeamRecoveryStep = {
    QStringLiteral("ALTER TABLE recovery ADD COLUMN library TEXT"), // the team library's address; NULL: here
    QStringLiteral("ALTER TABLE recovery ADD COLUMN library_draft_id INTEGER"), // the draft's id there
};

// Version 7: the delivery status Octopods last reported for an accepted send (StatusWatcher in the window,
// `wa-composer status`), and when the message took it: a status is written by message id, hence the index.
const Database::Migration DeliveryStatusStep = {
    QStringLiteral("ALTER TABLE send_attempts ADD COLUMN delivery_status TEXT"), // Octopods' name; NULL: none
    QStringLiteral("ALTER TABLE send_attempts ADD COLUMN delivery_status_at TEXT"), // ISO 8601, UTC
    QStringLiteral("CREATE INDEX send_attempts_message_id ON send_attempts (message_id)"),
};

// Version 8: how the draft's products look in the preview (ProductLook: name, price, picture by retailer
// id), a JSON object or NULL; never part of the message. The autosave slot keeps them too, with the unsaved
// message they belong to. The drafts column is the team library's step 4.
const Database::Migration ProductLooksStep = {
    QStringLiteral("ALTER TABLE drafts ADD COLUMN product_looks TEXT"),
    QStringLiteral("ALTER TABLE recovery ADD COLUMN product_looks TEXT"),
};

// Version 9: each draft's one-line summary, its message's type and excerpt (SummaryColumns), written with
// every save so that a listing reads them instead of parsing every message; filled here for the drafts there
// are. The team library's step 5.
const Database::Migration SummaryStep = {
    {QStringLiteral("ALTER TABLE drafts ADD COLUMN summary_type TEXT NOT NULL DEFAULT ''"),
     QStringLiteral("ALTER TABLE drafts ADD COLUMN summary_excerpt TEXT NOT NULL DEFAULT ''")},
    SummaryColumns::fillAll,
};

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter = 0;
    return QStringLiteral("wa.Database.") + QString::number(++counter);
}

// The first column of the first row, or nullopt with the SQL error.
std::optional<QVariant> scalar(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        *error = query.lastError().isValid() ? query.lastError().text() : Database::tr("no result");
        return std::nullopt;
    }
    return query.value(0);
}

bool exec(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

Database::Database(const QString& path) : Database(path, schema()) {}

Database::Database(const QString& path, const QList<Migration>& migrations)
    : m_path(path), m_migrations(migrations), m_connectionName(uniqueConnectionName())
{
}

Database::~Database()
{
    removeConnection();
}

const QList<Database::Migration>& Database::schema()
{
    // Append a step to change the schema; never edit one that has shipped.
    static const QList<Migration> steps = {
        SendHistoryStep,    // 1
        DraftsStep,         // 2
        LibraryVersionStep, // 3
        VariablesStep,      // 4
        AuthorshipStep,     // 5
        TeamRecoveryStep,   // 6
        DeliveryStatusStep, // 7
        ProductLooksStep,   // 8
        SummaryStep,        // 9
    };
    return steps;
}

void Database::loadDriverInBackground()
{
    QThreadPool::globalInstance()->start([] {
        // A connection made and removed at once: what stays is the driver's plugin, loaded for the process.
        const QString name = QStringLiteral("wa-composer-driver-loading");
        QSqlDatabase::addDatabase(SqliteDriver, name);
        QSqlDatabase::removeDatabase(name);
    });
}

bool Database::open(QString* error)
{
    if (m_open)
        return true;
    QString problem;
    m_open = openConnection(&problem);
    if (!m_open) {
        removeConnection();
        if (error)
            *error = problem;
    }
    return m_open;
}

void Database::close()
{
    removeConnection();
    m_open = false;
}

QSqlDatabase Database::connection() const
{
    return m_open ? QSqlDatabase::database(m_connectionName, false) : QSqlDatabase();
}

bool Database::openConnection(QString* error)
{
    if (m_path.isEmpty()) {
        *error = tr("There is no folder for the app's data, so the database cannot be opened.");
        return false;
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    const QFileInfo fileInfo(m_path);
    if (!QDir().mkpath(folder)) {
        *error = tr("Could not create the folder %1 for the database.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(SqliteDriver, m_connectionName);
    if (!db.isValid()) {
        *error = tr("Qt's SQLite driver (QSQLITE) is not available, so the database cannot be opened.");
        return false;
    }
    const bool folderWritable = QFileInfo(folder).isWritable();
    if (!fileInfo.exists() && !folderWritable) {
        *error = tr("The folder %1 is read-only: the database cannot be created there.")
                     .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // SQLite writes beside the file even to read it in WAL mode (its -shm index): a file it cannot write, or
    // a folder, is opened for reading only.
    if (fileInfo.exists() && (!folderWritable || !fileInfo.isWritable()))
        return openReadOnly(db, error);
    m_readOnly = false;
    db.setDatabaseName(m_path);
    const QString file = QDir::toNativeSeparators(m_path);
    if (!db.open()) {
        *error = tr("Could not open the database %1: %2").arg(file, db.lastError().text());
        return false;
    }

    QString sqlError;
    // Settings of this connection only: they write nothing to the file.
    if (!exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs), &sqlError) ||
        !exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError)) {
        *error = tr("Could not set up the database %1: %2").arg(file, sqlError);
        return false;
    }
    // Read the version before anything is written: a newer file must stay exactly as it is, and even
    // switching to WAL writes to the file's header.
    const std::optional<QVariant> version = scalar(db, QStringLiteral("PRAGMA user_version"), &sqlError);
    if (!version) {
        *error = tr("Could not read the database %1: %2").arg(file, sqlError);
        return false;
    }
    if (version->toLongLong() > schemaVersion()) {
        *error = tr("The database %1 was written by a newer version of wa-composer (schema version %2; this "
                    "version knows up to %3). It was left unchanged.")
                     .arg(file, QString::number(version->toLongLong()), QString::number(schemaVersion()));
        return false;
    }
    if (version->toLongLong() < 0) {
        *error = tr("The database %1 has an invalid schema version (%2). It was left unchanged.")
                     .arg(file, QString::number(version->toLongLong()));
        return false;
    }
    const std::optional<QVariant> mode = switchToWal(db, &sqlError);
    if (!mode || mode->toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0) {
        *error = tr("Could not turn on write-ahead logging for the database %1: %2")
                     .arg(file, mode ? tr("the journal mode stayed %1").arg(mode->toString()) : sqlError);
        return false;
    }
    // In WAL mode NORMAL still never corrupts the file and survives any crash of the app; only a power cut
    // can lose the last commit. FULL would wait for the disk on every saved send and keystroke of a draft.
    if (!exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &sqlError)) {
        *error = tr("Could not set up the database %1: %2").arg(file, sqlError);
        return false;
    }
    return migrate(db, version->toInt(), error);
}

bool Database::openReadOnly(QSqlDatabase& db, QString* error)
{
    const QString file = QDir::toNativeSeparators(m_path);
    // With the WAL's index there (the last writer still has it open), read through it; without it, and no
    // way to make one, as an immutable file: nobody can be writing to it from this folder.
    const bool indexExists = QFileInfo::exists(m_path + QStringLiteral("-shm"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                       (indexExists ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1")));
    if (!db.open()) {
        *error = tr("Could not open the database %1 for reading: %2").arg(file, db.lastError().text());
        return false;
    }
    QString sqlError;
    const std::optional<QVariant> version = scalar(db, QStringLiteral("PRAGMA user_version"), &sqlError);
    if (!version) {
        *error = tr("Could not read the database %1: %2").arg(file, sqlError);
        return false;
    }
    if (version->toLongLong() != schemaVersion()) {
        *error =
            tr("The database %1 is at schema version %2 and this version of wa-composer reads version %3; "
               "it cannot be upgraded because it is read-only.")
                .arg(file, version->toString(), QString::number(schemaVersion()));
        return false;
    }
    m_readOnly = true;
    return true;
}

QString Database::whyReadOnly() const
{
    if (!m_readOnly)
        return {};
    return tr("the database %1 is read-only (it or its folder cannot be written to), so nothing can be saved "
              "in it")
        .arg(QDir::toNativeSeparators(m_path));
}

std::optional<QVariant> Database::switchToWal(const QSqlDatabase& db, QString* sqlError)
{
    // Switching takes the file's exclusive lock, and SQLite does not wait for it (busy_timeout does not
    // apply): a second process opening a new file at this moment is told "database is locked". Wait as
    // busy_timeout would. Once one process has switched, the file stays in WAL and the others see it so.
    QDeadlineTimer deadline(BusyTimeoutMs);
    for (;;) {
        const std::optional<QVariant> mode =
            scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), sqlError);
        if (mode || deadline.hasExpired())
            return mode;
        QThread::msleep(10);
    }
}

bool Database::migrate(QSqlDatabase& db, int from, QString* error)
{
    for (int step = from; step < schemaVersion(); ++step) {
        const int target = step + 1;
        QString failure;
        // The write lock first (another writer makes this wait, busy_timeout), then the version again inside
        // the transaction: another process creating or upgrading the same file at this moment (two
        // `drafts import` started together in an empty folder) may have taken this step already.
        sql::Transaction transaction;
        QString sqlError;
        std::optional<QVariant> current;
        if (!transaction.begin(db, &sqlError) ||
            !(current = scalar(db, QStringLiteral("PRAGMA user_version"), &sqlError))) {
            failure = sqlError;
        } else if (current->toInt() > step) {
            if (current->toInt() > schemaVersion()) {
                *error =
                    tr("The database %1 was upgraded by a newer version of wa-composer meanwhile (schema "
                       "version %2; this version knows up to %3).")
                        .arg(QDir::toNativeSeparators(m_path), current->toString(),
                             QString::number(schemaVersion()));
                return false;
            }
            step = current->toInt() - 1; // done by the other process: on from where it got to
            continue;
        } else {
            const Migration& migration = m_migrations.at(step);
            for (const QString& sql : migration.statements) {
                if (!exec(db, sql, &sqlError)) {
                    failure = tr("%1 (in: %2)").arg(sqlError, sql.simplified());
                    break;
                }
            }
            if (failure.isEmpty() && migration.then && !migration.then(db, &sqlError))
                failure = sqlError;
            // PRAGMA takes no bound values; the number is ours.
            if (failure.isEmpty() &&
                !exec(db, QStringLiteral("PRAGMA user_version = ") + QString::number(target), &sqlError))
                failure = sqlError;
            if (failure.isEmpty() && !transaction.commit(&sqlError))
                failure = sqlError;
        }
        if (!failure.isEmpty()) {
            *error = tr("Could not upgrade the database %1 to schema version %2; it stays at version %3: %4")
                         .arg(QDir::toNativeSeparators(m_path), QString::number(target),
                              QString::number(step), failure);
            return false;
        }
    }
    return true;
}

QSqlQuery* Database::prepared(const QString& sql, QString* error)
{
    if (!open(error))
        return nullptr;
    return m_statements.prepared(connection(), sql, error);
}

void Database::removeConnection()
{
    m_statements.clear(); // no statement may outlive its connection
    sql::removeConnection(m_connectionName);
}

} // namespace wa
