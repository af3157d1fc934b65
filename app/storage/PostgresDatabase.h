#pragma once

#include "Sql.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

class QSqlQuery;
struct pg_conn; // libpq's PGconn

namespace wa {

// Where a team library lives: a PostgreSQL server, a database on it, and who connects.
struct PostgresAddress
{
    static constexpr int DefaultPort = 5432;

    QString host;
    int port = DefaultPort;
    QString database;
    QString user;
    QString password; // never written anywhere by the app: the keychain or the environment gives it

    // On this machine (loopback or a socket folder): the one case where TLS is not required.
    bool isLocal() const;
    // postgresql://USER@HOST:PORT/DB (the password, when a URL has one, is taken too but never shown).
    static std::optional<PostgresAddress> fromUrl(const QString& url, QString* error);
    // The same URL, without the password: safe to show and to keep in settings.
    QString toUrl() const;
    friend bool operator==(const PostgresAddress&, const PostgresAddress&) = default;
};

// A connection to a team library's PostgreSQL server through QtSql's QPSQL driver. Nothing happens when it
// is constructed: the first open() connects (TLS required unless the server is local) and brings the schema
// up to date, one step per transaction, under an advisory lock, so that ten agents starting at once migrate
// once. A database a newer app has migrated further is refused and left as it is.
class PostgresDatabase
{
    Q_DECLARE_TR_FUNCTIONS(wa::PostgresDatabase)
public:
    using Migration = sql::SchemaStep; // its statements and its work run in one transaction

    // Keys of the advisory locks the app takes: the schema's, and the library's writers'.
    static constexpr qint64 SchemaLock = 0x77615f736368656d;  // "wa_schem"
    static constexpr qint64 WritersLock = 0x77615f7772697465; // "wa_write"
    // The channel every write of the library notifies (schema step 3).
    static constexpr const char* ChangesChannel = "wa_library";

    explicit PostgresDatabase(PostgresAddress address);
    ~PostgresDatabase();
    PostgresDatabase(const PostgresDatabase&) = delete;
    PostgresDatabase& operator=(const PostgresDatabase&) = delete;

    static const QList<Migration>& schema();
    int schemaVersion() const { return int(schema().size()); }

    bool open(QString* error = nullptr);
    bool isOpen() const { return m_open && !m_lost; }
    void close();
    // After a failure: whether the server is out of reach (it went away under an open connection, or the
    // last open() could not connect), rather than refusing one statement. The next open() connects anew.
    bool lostTouch();
    // The open connection's socket (to watch it), or -1.
    qintptr socketDescriptor() const;
    // Reads what the server sent (it stays in libpq for the driver to hand out); false once the server
    // closed the connection.
    bool readPending();
    const PostgresAddress& address() const { return m_address; }

    QSqlDatabase connection() const;
    // As Database::prepared: a statement prepared once per connection.
    QSqlQuery* prepared(const QString& sql, QString* error = nullptr);

private:
    bool connect(QString* error);
    bool migrate(QString* error);
    void removeConnection();
    pg_conn* libpqConnection() const; // libpq's connection under Qt's driver, while open

    static constexpr int ConnectTimeoutSeconds = 5;
    static constexpr int KeepaliveIdleSeconds = 10;
    static constexpr int KeepaliveIntervalSeconds = 3;
    static constexpr int KeepaliveProbes = 3;
    static constexpr int UnacknowledgedTimeoutMs = 15000;

    PostgresAddress m_address;
    QString m_connectionName;
    bool m_open = false;
    bool m_couldNotConnect = false; // the last open() failed to connect
    bool m_lost = false;            // the open connection's server is gone
    sql::StatementCache m_statements;
};

} // namespace wa
