#pragma once

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <utility>

// The SQL plumbing the stores share: binding values as the schema wants them, running a statement, and a
// write transaction that lands whole or not at all.
namespace wa::sql {

inline void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

// QSQLITE binds a null QString as NULL: columns that must hold text get an empty one instead.
QVariant text(const QString& value);
// An empty string is stored as NULL (an optional field left out).
QVariant textOrNull(const QString& value);
// ISO 8601, UTC, milliseconds: sorts as text.
QString timeText(const QDateTime& time);
QDateTime timeFrom(const QVariant& value);
// A text column's value, whether it comes as text or as its UTF-8 bytes (LibraryBackend::textColumn()).
QString textFrom(const QVariant& value);

// A map of strings as a JSON object (variable values); `emptyAsNull` stores an empty map as NULL, not {}.
QVariant stringMap(const QMap<QString, QString>& values, bool emptyAsNull);
// Read back: what is not a JSON object is no values, and a member that is not a string is left out (only
// this app writes these columns).
QMap<QString, QString> stringMapFrom(const QVariant& value);

// After a statement failed: on PostgreSQL, which refuses everything in a transaction after a failure (even
// the release of the failed statement), the transaction is rolled back now. Nothing on SQLite.
void endFailedTransaction(const QSqlQuery& query);
// Prepares sql, binds the values in order and runs it; false with the driver's text in *sqlError (and
// endFailedTransaction()).
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* sqlError);
bool run(const QSqlDatabase& db, const QString& sql, const QVariantList& values, QString* sqlError);

// The statements of one connection, each prepared on first use and kept until clear() (the connection is
// closing), so that SQL run again and again (recording a send, a search keystroke) is not parsed again.
class StatementCache
{
public:
    // nullptr, with *error, when the SQL cannot be prepared.
    QSqlQuery* prepared(const QSqlDatabase& db, const QString& sql, QString* error);
    void clear() { m_statements.clear(); }

private:
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

// One step of a schema: its statements, then, when given, work in C++ over what they made (values only the
// app can compute, such as a message's summary), all in the transaction that also records the new version.
struct SchemaStep
{
    using Work = std::function<bool(const QSqlDatabase& db, QString* sqlError)>;

    SchemaStep(std::initializer_list<QString> sql) : statements(sql) {}
    SchemaStep(QStringList sql, Work work) : statements(std::move(sql)), then(std::move(work)) {}

    QStringList statements;
    Work then; // may be empty
};

// Closes the named connection and removes it, once no handle on it is left (Qt warns otherwise).
void removeConnection(const QString& name);

// One write: everything between begin() and commit() lands, or nothing does (the destructor rolls back).
class Transaction
{
public:
    Transaction() = default;
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Takes the write lock up front (SQLite's BEGIN IMMEDIATE), so that another writer makes this one wait
    // (busy_timeout) instead of failing half-way.
    bool begin(const QSqlDatabase& db, QString* sqlError);
    // On failure the transaction stays open, and the destructor rolls it back.
    bool commit(QString* sqlError);

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace wa::sql
