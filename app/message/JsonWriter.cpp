#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wa {

void JsonWriter::newline()
{
    if (m_indented) {
        m_out += '\n';
        m_out.append(4 * m_empty.size(), ' ');
    }
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.isEmpty())
        return;
    if (!m_empty.last())
        m_out += ',';
    m_empty.last() = false;
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_empty.append(true);
}

void JsonWriter::endObject()
{
    closeContainer('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_empty.append(true);
}

void JsonWriter::endArray()
{
    closeContainer(']');
}

void JsonWriter::closeContainer(char bracket)
{
    if (!m_empty.takeLast())
        newline();
    m_out += bracket;
}

void JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    m_out += '"';
    m_out += name;
    m_out += m_indented ? "\": " : "\":";
    m_afterKey = true;
}

void JsonWriter::string(const QString& text)
{
    beforeValue();
    appendString(text);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::integer(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

namespace {
constexpr bool isSurrogate(char16_t c)
{
    return (c & 0xF800) == 0xD800;
}

// Whether any unit needs a closer look (escaping, or a surrogate that may be unpaired), written without
// short-circuits and with an int accumulator so that GCC vectorizes it: most strings need nothing.
bool anyNeedsAttention(const char16_t* units, qsizetype size)
{
    unsigned any = 0;
    for (qsizetype i = 0; i < size; ++i)
        any |= (units[i] < 0x20) | (units[i] == u'"') | (units[i] == u'\\') | isSurrogate(units[i]);
    return any != 0;
}

QByteArray escapeSequence(char16_t c)
{
    switch (c) {
    case u'"':
        return "\\\"";
    case u'\\':
        return "\\\\";
    case u'\n':
        return "\\n";
    case u'\r':
        return "\\r";
    case u'\t':
        return "\\t";
    case u'\b':
        return "\\b";
    case u'\f':
        return "\\f";
    default:
        return "\\u" + QByteArray::number(c, 16).rightJustified(4, '0');
    }
}
} // namespace

void JsonWriter::appendString(QStringView text)
{
    m_out += '"';
    const char16_t* units = text.utf16();
    const qsizetype size = text.size();
    if (!anyNeedsAttention(units, size)) {
        m_out += text.toUtf8();
        m_out += '"';
        return;
    }
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = units[i];
        if (isSurrogate(c) && QChar::isHighSurrogate(c) && i + 1 < size &&
            QChar::isLowSurrogate(units[i + 1])) {
            ++i; // a whole character: UTF-8 as it is
            continue;
        }
        // Control characters, quotes and backslashes must be escaped; so must half a surrogate pair, which
        // UTF-8 cannot encode (QJsonDocument writes it as \uXXXX too).
        if (c >= 0x20 && c != u'"' && c != u'\\' && !isSurrogate(c))
            continue;
        m_out += text.sliced(plainStart, i - plainStart).toUtf8();
        m_out += escapeSequence(c);
        plainStart = i + 1;
    }
    m_out += text.sliced(plainStart).toUtf8();
    m_out += '"';
}

void JsonWriter::value(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = v.toObject();
        beginObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            beforeValue();
            appendString(it.key());
            m_out += m_indented ? ": " : ":";
            m_afterKey = true;
            value(it.value());
        }
        endObject();
        break;
    }
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue& element : v.toArray())
            value(element);
        endArray();
        break;
    }
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double: {
        // Qt's own number formatting, so numbers in flow data read back exactly as Qt wrote them.
        beforeValue();
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        m_out += wrapped.mid(1, wrapped.size() - 2);
        break;
    }
    default:
        beforeValue();
        m_out += "null";
        break;
    }
}

QByteArray JsonWriter::take()
{
    if (m_indented)
        m_out += '\n';
    return std::exchange(m_out, {});
}

QByteArray JsonWriter::write(const QJsonValue& v, Format format)
{
    JsonWriter writer(format);
    writer.value(v);
    return writer.take();
}

} // namespace wa
