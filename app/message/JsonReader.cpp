#include "JsonReader.h"

#include <QCoreApplication>
#include <cmath>

namespace wa {

namespace {
// Names the translation context, so lupdate and the runtime agree on it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wa::JsonReader)
};

QString expectedName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Bool:
        return Text::tr("true or false");
    case QJsonValue::Double:
        return Text::tr("a number");
    default:
        return Text::tr("null");
    }
}
} // namespace

QString JsonReader::describe(const QJsonValue& value)
{
    if (value.isUndefined())
        return Text::tr("nothing");
    return expectedName(value.type());
}

QString JsonReader::child(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonPath::toString() const
{
    QString text;
    for (int i = 0; i < m_size; ++i) {
        const Segment& segment = m_segments[i];
        if (segment.index >= 0)
            text += u'[' + QString::number(segment.index) + u']';
        else
            text = JsonReader::child(text, segment.key);
    }
    return text;
}

void JsonReader::error(const JsonPath& path, const QString& message)
{
    error(path.toString(), message);
}

void JsonReader::error(const QString& path, const QString& message)
{
    QString full = path.isEmpty() ? m_root : child(m_root, path);
    if (full.isEmpty())
        full = QStringLiteral("$");
    m_errors.append({full, message});
}

QJsonValue JsonReader::lookUp(const QJsonObject& object, QLatin1StringView key, const JsonPath& path,
                              Presence presence, QJsonValue::Type type, bool* found)
{
    *found = false;
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        if (presence == Presence::Required)
            error(path.child(key), Text::tr("missing"));
        return {};
    }
    const QJsonValue value = it.value();
    if (value.type() != type) {
        error(path.child(key), Text::tr("expected %1, got %2").arg(expectedName(type), describe(value)));
        return {};
    }
    *found = true;
    return value;
}

std::optional<QString> JsonReader::string(const QJsonObject& object, QLatin1StringView key,
                                          const JsonPath& path, Presence presence)
{
    bool found;
    const QJsonValue value = lookUp(object, key, path, presence, QJsonValue::String, &found);
    if (!found)
        return std::nullopt;
    // The model reads an empty optional string as "absent": say so rather than drop the key silently.
    if (presence == Presence::Optional && value.toString().isEmpty()) {
        error(path.child(key), Text::tr("empty: leave the key out, or give it a value"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject& object, QLatin1StringView key,
                                              const JsonPath& path, Presence presence)
{
    bool found;
    const QJsonValue value = lookUp(object, key, path, presence, QJsonValue::Object, &found);
    return found ? std::optional(value.toObject()) : std::nullopt;
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject& object, QLatin1StringView key,
                                            const JsonPath& path, Presence presence)
{
    bool found;
    const QJsonValue value = lookUp(object, key, path, presence, QJsonValue::Array, &found);
    return found ? std::optional(value.toArray()) : std::nullopt;
}

std::optional<qint64> JsonReader::integer(const QJsonObject& object, QLatin1StringView key,
                                          const JsonPath& path, Presence presence)
{
    bool found;
    const QJsonValue value = lookUp(object, key, path, presence, QJsonValue::Double, &found);
    if (!found)
        return std::nullopt;
    constexpr double Exact = 9007199254740992.0; // 2^53: doubles hold every whole number up to here
    const double number = value.toDouble();
    if (number != std::floor(number) || std::fabs(number) > Exact) {
        error(path.child(key), Text::tr("expected a whole number, got %1").arg(number));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<bool> JsonReader::boolean(const QJsonObject& object, QLatin1StringView key,
                                        const JsonPath& path, Presence presence)
{
    bool found;
    const QJsonValue value = lookUp(object, key, path, presence, QJsonValue::Bool, &found);
    return found ? std::optional(value.toBool()) : std::nullopt;
}

std::optional<QJsonObject> JsonReader::objectAt(const QJsonValue& value, const JsonPath& path)
{
    if (!value.isObject()) {
        error(path, Text::tr("expected %1, got %2").arg(expectedName(QJsonValue::Object), describe(value)));
        return std::nullopt;
    }
    return value.toObject();
}

void JsonReader::constant(const QJsonObject& object, QLatin1StringView key, QLatin1StringView expected,
                          const JsonPath& path)
{
    const std::optional<QString> value = string(object, key, path);
    if (value && *value != expected)
        error(path.child(key), Text::tr("must be \"%1\", not \"%2\"").arg(expected, value->left(40)));
}

void JsonReader::rejectUnknownKeys(const QJsonObject& object, std::initializer_list<QLatin1StringView> known,
                                   const JsonPath& path)
{
    // Usually every key is known: count them without materializing the keys as QStrings.
    qsizetype knownPresent = 0;
    for (QLatin1StringView name : known)
        knownPresent += object.contains(name);
    if (knownPresent == object.size())
        return;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) != known.end())
            continue;
        QStringList names;
        for (QLatin1StringView name : known)
            names.append(name);
        error(child(path.toString(), it.key().left(60)),
              Text::tr("unknown key; expected one of: %1").arg(names.join(u", ")));
    }
}

} // namespace wa
