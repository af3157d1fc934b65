#include "RecipientValues.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wa {

VariableValues RecipientValues::valuesFor(const QString& phone, QString* error)
{
    VariableValues values;
    if (phone.isEmpty() || !m_database.open(error))
        return values;
    QSqlQuery query(m_database.connection());
    QString sqlError;
    if (!sql::run(query, QStringLiteral("SELECT name, value FROM recipient_values WHERE phone = ?"), {phone},
                  &sqlError)) {
        sql::setError(error, tr("Could not read the customer's values: %1").arg(sqlError));
        return values;
    }
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    return values;
}

bool RecipientValues::remember(const QString& phone, const VariableValues& values, QString* error)
{
    if (phone.isEmpty())
        return true;
    if (!m_database.open(error))
        return false;
    if (m_database.isReadOnly()) {
        sql::setError(error, m_database.whyReadOnly());
        return false;
    }
    const QSqlDatabase db = m_database.connection();
    sql::Transaction transaction;
    QString sqlError;
    const QString now = sql::timeText(QDateTime::currentDateTimeUtc());
    bool ok = transaction.begin(db, &sqlError);
    for (auto it = values.constBegin(); ok && it != values.constEnd(); ++it) {
        if (it.value().isEmpty())
            continue;
        ok = sql::run(db,
                      QStringLiteral("INSERT INTO recipient_values (phone, name, value, updated_at) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (phone, name) DO UPDATE SET "
                                     "value = excluded.value, updated_at = excluded.updated_at"),
                      {phone, it.key(), it.value(), now}, &sqlError);
    }
    if (ok)
        ok = transaction.commit(&sqlError);
    if (!ok)
        sql::setError(error, tr("Could not remember the customer's values: %1").arg(sqlError));
    return ok;
}

QHash<QString, QString> RecipientValues::customerNames(const QStringList& phones, QString* error)
{
    QHash<QString, QString> names;
    for (const QString& phone : phones) {
        const QString name = nameIn(valuesFor(phone, error));
        if (!name.isEmpty())
            names.insert(phone, name);
    }
    return names;
}

bool RecipientValues::isNameVariable(const QString& variable)
{
    return variable.endsWith(u"name", Qt::CaseInsensitive);
}

QString RecipientValues::nameIn(const VariableValues& values)
{
    if (const QString name = values.value(QStringLiteral("name")); !name.isEmpty())
        return name;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (isNameVariable(it.key()) && !it.value().isEmpty())
            return it.value();
    return {};
}

} // namespace wa
