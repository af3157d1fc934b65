#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
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

// A place in a JSON document, as the keys and indices that lead there, spelled out only when there is
// something to report: most payloads have no errors, so most paths are never spelled (a hot path on every
// keystroke). A plain value without allocations. Keys are views: they must outlive the path (literals do).
class JsonPath
{
public:
    JsonPath() = default;
    JsonPath child(QLatin1StringView key) const { return with({key, -1}); }
    JsonPath at(qsizetype index) const { return with({{}, index}); }
    QString toString() const; // "action.sections[1].rows[0].id"

private:
    struct Segment
    {
        QLatin1StringView key;
        qsizetype index = -1; // an array element when >= 0
    };
    // Deep enough for every path of an interactive message (action.sections[i].rows[j].description is 6).
    static constexpr int Capacity = 8;

    JsonPath with(Segment segment) const
    {
        Q_ASSERT(m_size < Capacity);
        JsonPath path = *this;
        if (path.m_size < Capacity)
            path.m_segments[path.m_size++] = segment;
        return path;
    }

    std::array<Segment, Capacity> m_segments{};
    int m_size = 0;
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
    // A whole number, such as 1440 (1440.0 too: JSON does not tell them apart), within ±2^53.
    std::optional<qint64> integer(const QJsonObject& object, QLatin1StringView key, const JsonPath& path,
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
    // For a path with keys the document chose (JsonPath holds only fixed ones), spelled with child().
    void error(const QString& path, const QString& message);
    const QList<JsonError>& errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }

    static QString child(const QString& path, const QString& key);
    static QString describe(const QJsonValue& value); // "a number", "an array" ...

private:
    QJsonValue lookUp(const QJsonObject& object, QLatin1StringView key, const JsonPath& path,
                      Presence presence, QJsonValue::Type type, bool* found);

    QString m_root;
    QList<JsonError> m_errors;
};

} // namespace wa
