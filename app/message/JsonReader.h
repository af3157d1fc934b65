#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

namespace wa {

// One problem in a JSON document, where it is: "action.sections[1].rows[0].id: missing".
struct JsonError
{
    QString path;
    QString message;
    QString toString() const { return path + QLatin1StringView(": ") + message; }
    friend bool operator==(const JsonError&, const JsonError&) = default;
};

// A place in a JSON document, built on the stack as a reader descends and spelled out only when there is
// something to report: most payloads have no errors, so most paths are never spelled (a hot path on import).
// A child points at its parent: keep each one in a variable of its own scope, never chain into a reference.
class JsonPath
{
public:
    JsonPath() = default;
    // Not copyable: a copy could outlive the parent it points at. Returning a new child by value still
    // works (guaranteed copy elision).
    JsonPath(const JsonPath&) = delete;
    JsonPath& operator=(const JsonPath&) = delete;

    JsonPath child(QLatin1StringView key) const { return JsonPath(this, key, -1); }
    JsonPath at(qsizetype index) const { return JsonPath(this, {}, index); }
    QString toString() const;

private:
    JsonPath(const JsonPath* parent, QLatin1StringView key, qsizetype index)
        : m_parent(parent), m_key(key), m_index(index)
    {
    }

    const JsonPath* m_parent = nullptr;
    QLatin1StringView m_key;
    qsizetype m_index = -1;
};

// Reads typed values out of QJson objects, recording every mismatch with its path instead of stopping
// at the first, so a user sees all that is wrong with a payload at once.
class JsonReader
{
public:
    // An Optional string that is present must not be empty: the model holds "absent" as an empty string.
    enum class Presence { Required, Optional };

    // rootPath prefixes every reported path, e.g. "waba_interactive_message".
    explicit JsonReader(QString rootPath = {}) : m_root(std::move(rootPath)) {}

    std::optional<QString> string(const QJsonObject& object, QLatin1StringView key, const JsonPath& path,
                                  Presence presence = Presence::Required);
    std::optional<QJsonObject> object(const QJsonObject& object, QLatin1StringView key, const JsonPath& path,
                                      Presence presence = Presence::Required);
    std::optional<QJsonArray> array(const QJsonObject& object, QLatin1StringView key, const JsonPath& path,
                                    Presence presence = Presence::Required);
    std::optional<bool> boolean(const QJsonObject& object, QLatin1StringView key, const JsonPath& path,
                                Presence presence = Presence::Optional);
    std::optional<QJsonObject> objectAt(const QJsonValue& value, const JsonPath& path);
    // A string key whose only valid value is fixed, such as "name": "cta_url".
    void constant(const QJsonObject& object, QLatin1StringView key, QLatin1StringView expected,
                  const JsonPath& path);
    void rejectUnknownKeys(const QJsonObject& object, std::initializer_list<QLatin1StringView> known,
                           const JsonPath& path);

    void error(const JsonPath& path, const QString& message);
    const QList<JsonError>& errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }

    static QString child(const QString& path, const QString& key);
    static QString describe(const QJsonValue& value); // "a number", "an array" ...

private:
    QJsonValue lookUp(const QJsonObject& object, QLatin1StringView key, const JsonPath& path,
                      Presence presence, QJsonValue::Type type, bool* found);
    void error(const QString& path, const QString& message);

    QString m_root;
    QList<JsonError> m_errors;
};

} // namespace wa
