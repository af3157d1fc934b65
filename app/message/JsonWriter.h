#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>

namespace wa {

// Writes JSON text as a stream of keys and values, in the order they are given, formatted like
// QJsonDocument (same indentation, UTF-8). WhatsApp's and Octopods' documents list keys in a fixed
// order ("type" first); QJsonObject sorts keys alphabetically, so the codec writes through this instead.
// Streaming also keeps serialization allocation-light: it runs on every keystroke.
class JsonWriter
{
public:
    enum class Format { Indented, Compact };

    explicit JsonWriter(Format format = Format::Indented) : m_indented(format == Format::Indented)
    {
        m_out.reserve(4096); // a typical message fits: no reallocation while writing
    }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);
    void string(const QString& text);
    void boolean(bool value);
    void integer(qint64 value);
    void value(const QJsonValue& value); // any JSON value; object keys in alphabetical order

    // Writes key and string in one go.
    void member(QLatin1StringView name, const QString& text)
    {
        key(name);
        string(text);
    }

    void member(QLatin1StringView name, qint64 value)
    {
        key(name);
        integer(value);
    }

    // The text written so far (with a final newline when indented).
    QByteArray take();

    // One value on its own; object keys in alphabetical order.
    static QByteArray write(const QJsonValue& value, Format format = Format::Indented);

private:
    void beforeValue();
    void closeContainer(char bracket);
    void newline();
    void appendString(QStringView text);

    QByteArray m_out;
    QList<bool> m_empty; // per open object or array: nothing written in it yet
    bool m_afterKey = false;
    bool m_indented;
};

} // namespace wa
