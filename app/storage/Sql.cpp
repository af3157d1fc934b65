#include "Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace wa::sql {

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant stringMap(const QMap<QString, QString>& values, bool emptyAsNull)
{
    if (values.isEmpty() && emptyAsNull)
        return {};
    QJsonObject object;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> stringMapFrom(const QVariant& value)
{
    QMap<QString, QString> values;
    const QJsonObject object = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (it->isString())
            values.insert(it.key(), it->toString());
    return values;
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// The number in text's digits [from, from + count), or -1 if one of them is not a digit.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int number = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        number = number * 10 + (c - u'0');
    }
    return number;
}

// "2024-05-01T09:30:00.250Z", the one form timeText() writes, read by hand: QDateTime::fromString() parses
// any ISO 8601 and costs a listing of 10,000 drafts a twentieth of its time (issue 21).
std::optional<QDateTime> utcTimeFrom(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' ||
        text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return std::nullopt;
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2),
                     digitsAt(text, 20, 3));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QString textFrom(const QVariant& value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(value.toByteArray());
    return value.toString();
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    // PostgreSQL's timestamptz comes as a QDateTime; SQLite's text as ISO 8601.
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    const QString text = textFrom(value);
    if (const std::optional<QDateTime> time = utcTimeFrom(text))
        return *time;
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC(); // written otherwise (an older version)
}

void endFailedTransaction(const QSqlQuery& query)
{
    // PostgreSQL aborts a transaction at its first failed statement and refuses everything after it, even
    // the release of the failed statement (which Qt would warn about): end it now, as it would end anyway.
    // Outside a transaction the ROLLBACK is a no-op. SQLite carries on, and its callers roll back.
    // A connection the server dropped has nothing to end (and Qt would warn that it is not open).
    const QSqlDriver* driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL && driver->isOpen())
        const_cast<QSqlDriver*>(driver)->rollbackTransaction(); // Qt hands out only a const driver
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* sqlError)
{
    query.setForwardOnly(true);
    // Nothing to bind: one round trip, rather than PostgreSQL's prepare, execute and free.
    if (values.isEmpty()) {
        if (query.exec(sql))
            return true;
        *sqlError = query.lastError().text();
        endFailedTransaction(query);
        return false;
    }
    if (!query.prepare(sql)) {
        *sqlError = query.lastError().text();
        endFailedTransaction(query);
        return false;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *sqlError = query.lastError().text();
        endFailedTransaction(query);
        return false;
    }
    return true;
}

bool run(const QSqlDatabase& db, const QString& sql, const QVariantList& values, QString* sqlError)
{
    QSqlQuery query(db);
    return run(query, sql, values, sqlError);
}

QSqlQuery* StatementCache::prepared(const QSqlDatabase& db, const QString& sql, QString* error)
{
    auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(db);
    if (!query->prepare(sql)) {
        if (error)
            *error = query->lastError().text();
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}

void removeConnection(const QString& name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Transaction::~Transaction()
{
    // A connection the server dropped ended the transaction with it.
    if (m_open && m_db.isOpen())
        m_db.rollback();
}

bool Transaction::begin(const QSqlDatabase& db, QString* sqlError)
{
    m_db = db;
    // A deferred transaction that has read (a name check) cannot wait for the lock once another connection
    // has committed: SQLite fails it on the spot.
    if (m_db.driverName() == QLatin1StringView("QSQLITE")) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *sqlError = query.lastError().text();
            return false;
        }
    } else if (!m_db.transaction()) {
        *sqlError = m_db.lastError().text();
        return false;
    }
    m_open = true;
    return true;
}

bool Transaction::commit(QString* sqlError)
{
    if (!m_db.commit()) {
        *sqlError = m_db.lastError().text();
        return false;
    }
    m_open = false;
    return true;
}

} // namespace wa::sql
