#include "PostgresDatabase.h"

#include "Sql.h"
#include "ThisMachine.h"
#include "drafts/SummaryColumns.h"

#include <QHostAddress>
#include <QLibrary>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

#include <libpq-fe.h> // its types only: its functions are looked up in the driver's libpq (LibpqCalls)

namespace wa {

namespace {

// The three libpq calls the app makes on the driver's connection, looked up in the libpq that Qt's PostgreSQL
// driver plugin loaded. Linking libpq would load it, and the 21 libraries it needs (Kerberos, LDAP, GnuTLS
// ...), at every start of the window and the command line, team library or not (issue 21).
struct LibpqCalls
{
    ConnStatusType (*status)(const PGconn*) = nullptr;
    int (*socket)(const PGconn*) = nullptr;
    int (*consumeInput)(PGconn*) = nullptr;

    bool isComplete() const { return status && socket && consumeInput; }

    // Only asked once a connection is open, so the plugin has loaded libpq: this finds it, not another copy.
    static const LibpqCalls& get()
    {
        static const LibpqCalls calls = [] {
            QLibrary libpq(QStringLiteral("pq"), 5);
            LibpqCalls found;
            found.status = reinterpret_cast<decltype(found.status)>(libpq.resolve("PQstatus"));
            found.socket = reinterpret_cast<decltype(found.socket)>(libpq.resolve("PQsocket"));
            found.consumeInput =
                reinterpret_cast<decltype(found.consumeInput)>(libpq.resolve("PQconsumeInput"));
            return found;
        }();
        return calls;
    }
};

// Version 1: the drafts library, as the SQLite one has it (Database's steps 2 to 4) in PostgreSQL's terms.
// Times are timestamptz; search is a tsvector column kept by the app (PostgresLibraryBackend), weighted
// A name, B tags, C the message's texts, with a GIN index.
const PostgresDatabase::Migration LibraryStep = {
    QStringLiteral(
        "CREATE TABLE drafts ("
        " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY," // never handed out twice
        " name text NOT NULL CHECK (name <> ''),"
        " name_key text NOT NULL," // the name case-folded by the app: what makes two names the same
        " payload text NOT NULL,"  // the interactive message's JSON, compact; kept even when invalid
        " default_recipient text," // E.164, NULL when none
        " teammate_id text,"
        " variable_defaults text," // a JSON object of strings, or NULL
        " created_at timestamptz NOT NULL,"
        " updated_at timestamptz NOT NULL,"
        " trashed_at timestamptz," // NULL unless in the trash
        " search tsvector NOT NULL DEFAULT ''::tsvector"
        ")"),
    QStringLiteral("CREATE UNIQUE INDEX drafts_name_key ON drafts (name_key) WHERE trashed_at IS NULL"),
    // The panel's first page, newest first, walks this index.
    QStringLiteral("CREATE INDEX drafts_updated_at ON drafts (updated_at DESC, id DESC)"),
    QStringLiteral("CREATE INDEX drafts_search ON drafts USING gin (search)"),
    QStringLiteral("CREATE TABLE draft_tags ("
                   " draft_id bigint NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,"
                   " position integer NOT NULL,"
                   " tag text NOT NULL,"
                   " tag_key text NOT NULL,"
                   " PRIMARY KEY (draft_id, tag_key)"
                   ")"),
    QStringLiteral("CREATE INDEX draft_tags_tag_key ON draft_tags (tag_key)"),
    // A count of the library's changes, kept by triggers: another client tells in one read whether anything
    // changed since it last looked.
    QStringLiteral("CREATE TABLE library_version (id integer PRIMARY KEY CHECK (id = 1), "
                   "changes bigint NOT NULL)"),
    QStringLiteral("INSERT INTO library_version (id, changes) VALUES (1, 0)"),
    QStringLiteral("CREATE FUNCTION wa_library_changed() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN UPDATE library_version SET changes = changes + 1; RETURN NULL; END $$"),
    QStringLiteral("CREATE TRIGGER drafts_changed AFTER INSERT OR UPDATE OR DELETE ON drafts "
                   "FOR EACH STATEMENT EXECUTE FUNCTION wa_library_changed()"),
    QStringLiteral("CREATE TRIGGER draft_tags_changed AFTER INSERT OR DELETE ON draft_tags "
                   "FOR EACH STATEMENT EXECUTE FUNCTION wa_library_changed()"),
};

// Version 2: working together: each draft's version, raised by every save and rename (a save over a draft a
// teammate changed since it was opened is refused, and the agent chooses), and who changed it last.
const PostgresDatabase::Migration AuthorshipStep = {
    QStringLiteral("ALTER TABLE drafts ADD COLUMN version bigint NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE drafts ADD COLUMN updated_by text"),
};

// Version 3: every write of the library also NOTIFYs the channel wa_library (once per transaction: the
// server folds equal notifications), so that the other clients hear of it at once instead of looking.
const PostgresDatabase::Migration NotifyStep = {
    QStringLiteral("CREATE OR REPLACE FUNCTION wa_library_changed() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN UPDATE library_version SET changes = changes + 1; "
                   "PERFORM pg_notify('wa_library', ''); RETURN NULL; END $$"),
};

// Version 4: how the draft's products look in the preview (ProductLook), a JSON object or NULL; never part
// of the message. The SQLite library's step 8.
const PostgresDatabase::Migration ProductLooksStep = {
    QStringLiteral("ALTER TABLE drafts ADD COLUMN product_looks text"),
};

// Version 5: each draft's one-line summary, its message's type and excerpt (SummaryColumns), written with
// every save; filled here for the drafts there are. The SQLite library's step 9.
const PostgresDatabase::Migration SummaryStep = {
    {QStringLiteral("ALTER TABLE drafts ADD COLUMN summary_type text NOT NULL DEFAULT ''"),
     QStringLiteral("ALTER TABLE drafts ADD COLUMN summary_excerpt text NOT NULL DEFAULT ''")},
    SummaryColumns::fillAll,
};

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter = 0;
    return QStringLiteral("wa.PostgresDatabase.") + QString::number(++counter);
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

bool PostgresAddress::isLocal() const
{
    return host.isEmpty() || host.startsWith(u'/') || isThisMachine(host); // none, or a Unix socket
}

std::optional<PostgresAddress> PostgresAddress::fromUrl(const QString& text, QString* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const auto refuse = [&](const QString& why) {
        if (error)
            *error = PostgresDatabase::tr("%1 is not a team library's address: %2.\nWrite it as "
                                          "postgresql://USER@HOST:PORT/DATABASE.")
                         .arg(url.toString(QUrl::RemovePassword), why);
        return std::nullopt;
    };
    if (!url.isValid())
        return refuse(url.errorString());
    if (url.scheme() != u"postgresql" && url.scheme() != u"postgres")
        return refuse(PostgresDatabase::tr("it does not start with postgresql://"));
    PostgresAddress address;
    address.host = url.host();
    address.port = url.port(DefaultPort);
    address.user = url.userName();
    address.password = url.password();
    address.database = url.path().mid(1);
    if (address.host.isEmpty())
        return refuse(PostgresDatabase::tr("it names no server"));
    if (address.user.isEmpty())
        return refuse(PostgresDatabase::tr("it names no user"));
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return refuse(PostgresDatabase::tr("it names no database"));
    return address;
}

QString PostgresAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    return url.toString();
}

PostgresDatabase::PostgresDatabase(PostgresAddress address)
    : m_address(std::move(address)), m_connectionName(uniqueConnectionName())
{
}

PostgresDatabase::~PostgresDatabase()
{
    removeConnection();
}

const QList<PostgresDatabase::Migration>& PostgresDatabase::schema()
{
    // Append a step to change the schema; never edit one that has shipped.
    static const QList<Migration> steps = {
        LibraryStep,      // 1
        AuthorshipStep,   // 2
        NotifyStep,       // 3
        ProductLooksStep, // 4
        SummaryStep,      // 5
    };
    return steps;
}

bool PostgresDatabase::open(QString* error)
{
    if (m_open && !m_lost)
        return true;
    if (m_lost)
        close();
    QString problem;
    const bool connected = connect(&problem);
    // A missing driver is no server away: nothing to try again.
    m_couldNotConnect = !connected && QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
    m_open = connected && migrate(&problem);
    if (!m_open) {
        removeConnection();
        if (error)
            *error = problem;
    }
    return m_open;
}

void PostgresDatabase::close()
{
    removeConnection();
    m_open = false;
    m_lost = false;
}

bool PostgresDatabase::lostTouch()
{
    if (!m_open)
        return m_couldNotConnect;
    if (m_lost)
        return true;
    // libpq marks its connection bad once the server is gone (closed by the server, reset, or silent past
    // the keepalives): a statement the server refused leaves it good.
    const PGconn* libpq = libpqConnection();
    if (!libpq || LibpqCalls::get().status(libpq) != CONNECTION_BAD)
        return false; // still up, or a driver that does not say: no reason to think the server is gone
    // The driver lets go of it now: libpq closed its socket, which the driver's notifier must not watch when
    // the event loop looks again. The connection itself goes at the next open(): the failed call may still
    // hold it (its transaction, its queries).
    connection().driver()->close();
    m_lost = true;
    return true;
}

qintptr PostgresDatabase::socketDescriptor() const
{
    const PGconn* connection = libpqConnection();
    return connection ? LibpqCalls::get().socket(connection) : -1;
}

bool PostgresDatabase::readPending()
{
    PGconn* connection = libpqConnection();
    const LibpqCalls& libpq = LibpqCalls::get();
    return connection && libpq.consumeInput(connection) == 1 && libpq.status(connection) == CONNECTION_OK;
}

PGconn* PostgresDatabase::libpqConnection() const
{
    if (!m_open)
        return nullptr;
    // Qt's documentation names the type PGconn*; Qt 6 spells it as the compiler does, pg_conn*.
    const QVariant handle = connection().driver()->handle();
    const bool isLibpq =
        qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0;
    // Without libpq's calls (never seen: the driver that gave the handle loaded it), as a driver that does
    // not say: the app does not watch the connection's socket or ask whether it is bad.
    return isLibpq && LibpqCalls::get().isComplete() ? *static_cast<PGconn* const*>(handle.constData())
                                                     : nullptr;
}

QSqlDatabase PostgresDatabase::connection() const
{
    return m_open ? QSqlDatabase::database(m_connectionName, false) : QSqlDatabase();
}

bool PostgresDatabase::connect(QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        *error = tr("Qt's PostgreSQL driver (QPSQL) is not available, so the team library cannot be opened. "
                    "On Debian it is the package libqt6sql6-psql.");
        return false;
    }
    db.setHostName(m_address.host);
    db.setPort(m_address.port);
    db.setDatabaseName(m_address.database);
    db.setUserName(m_address.user);
    db.setPassword(m_address.password);
    // The drafts and who wrote them cross the network: encrypted, unless the server is this machine.
    // A server that stops answering (a pulled cable, a standby taking over) is given up on within seconds
    // rather than the system's TCP timeouts, so that the window says so and reconnects.
    QStringList options = {QStringLiteral("connect_timeout=%1").arg(ConnectTimeoutSeconds),
                           QStringLiteral("application_name=wa-composer"),
                           QStringLiteral("keepalives_idle=%1").arg(KeepaliveIdleSeconds),
                           QStringLiteral("keepalives_interval=%1").arg(KeepaliveIntervalSeconds),
                           QStringLiteral("keepalives_count=%1").arg(KeepaliveProbes),
                           QStringLiteral("tcp_user_timeout=%1").arg(UnacknowledgedTimeoutMs)};
    if (!m_address.isLocal())
        options.append(QStringLiteral("sslmode=require"));
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        *error = tr("Could not connect to the team library %1: %2")
                     .arg(m_address.toUrl(), db.lastError().text().trimmed());
        return false;
    }
    QString sqlError;
    // Times come back in UTC, whatever the server's own zone; the server's notices ("... already exists,
    // skipping") are not for the agent's terminal.
    if (!exec(db, QStringLiteral("SET TIME ZONE 'UTC'"), &sqlError) ||
        !exec(db, QStringLiteral("SET client_min_messages TO error"), &sqlError)) {
        *error =
            tr("Could not set up the connection to the team library %1: %2").arg(m_address.toUrl(), sqlError);
        return false;
    }
    return true;
}

bool PostgresDatabase::migrate(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString where = m_address.toUrl();
    QString sqlError;
    {
        // Up to date already, the usual start: nothing to create and no lock to take, so that a role that
        // may only read and write rows (docs/team-library.md) opens the library too.
        QSqlQuery current(db);
        if (current.exec(QStringLiteral("SELECT version FROM wa_schema WHERE id = 1")) && current.next() &&
            current.value(0).toInt() == schemaVersion())
            return true;
    }
    // One client at a time: the others wait here, then find the schema up to date.
    if (!exec(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(SchemaLock), &sqlError)) {
        *error = tr("Could not prepare the team library %1: %2").arg(where, sqlError);
        return false;
    }
    const auto unlock = qScopeGuard([&] {
        QString ignored;
        exec(db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(SchemaLock), &ignored);
    });
    if (!exec(db,
              QStringLiteral("CREATE TABLE IF NOT EXISTS wa_schema (id integer PRIMARY KEY CHECK (id = 1), "
                             "version integer NOT NULL)"),
              &sqlError) ||
        !exec(db, QStringLiteral("INSERT INTO wa_schema (id, version) VALUES (1, 0) ON CONFLICT DO NOTHING"),
              &sqlError)) {
        *error = tr("Could not prepare the team library %1 (the app's role needs to create tables in it): %2")
                     .arg(where, sqlError);
        return false;
    }
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT version FROM wa_schema WHERE id = 1")) || !version.next()) {
        *error = tr("Could not read the team library %1: %2").arg(where, version.lastError().text());
        return false;
    }
    const int from = version.value(0).toInt();
    version.finish();
    if (from > schemaVersion()) {
        *error = tr("The team library %1 was upgraded by a newer version of wa-composer (schema version %2; "
                    "this version knows up to %3). Update wa-composer to use it.")
                     .arg(where, QString::number(from), QString::number(schemaVersion()));
        return false;
    }
    for (int step = from; step < schemaVersion(); ++step) {
        sql::Transaction transaction;
        QString failure;
        if (!transaction.begin(db, &sqlError)) {
            failure = sqlError;
        } else {
            const Migration& migration = schema().at(step);
            for (const QString& statement : migration.statements) {
                if (!exec(db, statement, &sqlError)) {
                    failure = tr("%1 (in: %2)").arg(sqlError, statement.simplified());
                    break;
                }
            }
            if (failure.isEmpty() && migration.then && !migration.then(db, &sqlError))
                failure = sqlError;
            if (failure.isEmpty() &&
                !exec(db, QStringLiteral("UPDATE wa_schema SET version = %1").arg(step + 1), &sqlError))
                failure = sqlError;
            if (failure.isEmpty() && !transaction.commit(&sqlError))
                failure = sqlError;
        }
        if (!failure.isEmpty()) {
            *error =
                tr("Could not upgrade the team library %1 to schema version %2; it stays at version %3: %4")
                    .arg(where, QString::number(step + 1), QString::number(step), failure);
            return false;
        }
    }
    return true;
}

QSqlQuery* PostgresDatabase::prepared(const QString& sql, QString* error)
{
    // A lost connection is reopened by open() alone (the library's scheduled tries), never on the way.
    if (m_lost) {
        if (error)
            *error = tr("The connection to the team library %1 was lost.").arg(m_address.toUrl());
        return nullptr;
    }
    if (!open(error))
        return nullptr;
    return m_statements.prepared(connection(), sql, error);
}

void PostgresDatabase::removeConnection()
{
    if (m_lost) {
        // The server is gone: the driver goes first, so that the prepared statements do not ask it to free
        // them as they go (each would fail, and say so).
        sql::removeConnection(m_connectionName);
        m_statements.clear();
        return;
    }
    m_statements.clear(); // no statement may outlive its connection
    sql::removeConnection(m_connectionName);
}

} // namespace wa
