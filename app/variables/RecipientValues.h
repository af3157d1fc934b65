#pragma once

#include "MessageFill.h"

#include <QCoreApplication>
#include <QHash>

namespace wa {

class Database;

// The values last used for each customer, by phone (E.164), in the app's database (table recipient_values):
// picking a customer again brings back their name and order number. Failures come back as text in *error
// (when given), never as a crash; a library that cannot be written to remembers nothing.
class RecipientValues
{
    Q_DECLARE_TR_FUNCTIONS(wa::RecipientValues)
public:
    explicit RecipientValues(Database& database) : m_database(database) {}

    // Empty when the customer has none (or the database cannot be read).
    VariableValues valuesFor(const QString& phone, QString* error = nullptr);
    // Each non-empty value replaces the one remembered under its name; other names are kept.
    bool remember(const QString& phone, const VariableValues& values, QString* error = nullptr);
    // The customer's name as their values give it, for each phone that has one (see isNameVariable()).
    QHash<QString, QString> customerNames(const QStringList& phones, QString* error = nullptr);

    // A variable that holds a person's name: "name", or one ending in "name" ("first_name", "contact.name",
    // "fullName"), ignoring case.
    static bool isNameVariable(const QString& variable);
    // Of these values, the customer's name, if one is: "name" first, then the first name variable.
    static QString nameIn(const VariableValues& values);

private:
    Database& m_database;
};

} // namespace wa
