#pragma once

#include "Sql.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <memory>
#include <optional>

class QSqlQuery;

namespace wa {

// The app's one SQLite file (drafts, send history), through QtSql's QSQLITE driver. Nothing happens when
// it is constructed: the first open() opens the file, turns on WAL and foreign keys, and brings the schema
// up to date. A file written by a newer version of the app is refused and left exactly as it was.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(wa::Database)
public:
    // One schema step: its statements (and its work in C++) run in one transaction that also sets
    // PRAGMA user_version.
    using Migration = sql::SchemaStep;

    explicit Database(const QString& path);
    // The schema machinery with other steps, for its tests.
    Database(const QString& path, const QList<Migration>& migrations);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The app's schema: step N (counting from 1) takes user_version from N - 1 to N.
    static const QList<Migration>& schema();
    // Loads QtSql's SQLite driver on a worker thread, so that the first open() finds it loaded: asked as
    // the window is being built, the plugin's loading (a fifth of the drafts panel's first reading) leaves
    // the GUI thread and the first frame (issue 21).
    static void loadDriverInBackground();

    // Opens and migrates on the first call; afterwards only says whether the database is open. After a
    // failure, the next call tries again. On failure *error (if given) says what went wrong.
    bool open(QString* error = nullptr);
    bool isOpen() const { return m_open; }
    // Opened for reading only: the file or its folder cannot be written to (a read-only share, another user's
    // folder). Everything can be read; every write fails, and writers say so with whyReadOnly().
    bool isReadOnly() const { return m_readOnly; }
    // Why nothing can be saved, in a sentence; empty when the database is writable.
    QString whyReadOnly() const;
    // Closes the file; open() opens it again.
    void close();

    QString path() const { return m_path; }
    // The version the file is at once open: the number of migration steps.
    int schemaVersion() const { return int(m_migrations.size()); }

    // The open connection, for queries. Keep neither it nor a QSqlQuery on it beyond the Database.
    QSqlDatabase connection() const;
    // A statement of this connection, prepared on first use and kept until close(), so that SQL run again
    // and again (recording a send, a search keystroke) is not parsed again each time. Bind its values and
    // exec() it; it is not for two uses at once. nullptr, with *error, when the database cannot be opened
    // or the SQL prepared.
    QSqlQuery* prepared(const QString& sql, QString* error = nullptr);

private:
    bool openConnection(QString* error);
    // Read-only: a file that exists in a folder (or as a file) this process cannot write.
    bool openReadOnly(QSqlDatabase& db, QString* error);
    bool migrate(QSqlDatabase& db, int from, QString* error);
    static std::optional<QVariant> switchToWal(const QSqlDatabase& db, QString* sqlError);

    static constexpr int BusyTimeoutMs = 5000;
    void removeConnection();

    QString m_path;
    QList<Migration> m_migrations;
    QString m_connectionName;
    bool m_open = false;
    bool m_readOnly = false;
    sql::StatementCache m_statements;
};

} // namespace wa
