#include "Redaction.h"

#include <QList>
#include <QRegularExpression>
#include <QUrl>

namespace wa {

namespace {

// The forms in which an answer may carry the key: as sent, JSON-escaped ("/" as "\/"), percent-encoded.
QList<QByteArray> formsOf(const QString& apiKey)
{
    const QString key = apiKey.trimmed();
    if (key.size() < Redaction::MinKeyLength)
        return {};
    QList<QByteArray> forms{key.toUtf8()};
    QByteArray escaped = key.toUtf8();
    escaped.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
    QByteArray encoded = QUrl::toPercentEncoding(key);
    for (const QByteArray& form : {escaped, encoded, encoded.toLower()})
        if (!forms.contains(form))
            forms.append(form);
    return forms;
}

} // namespace

QByteArray Redaction::redact(const QByteArray& text, const QString& apiKey)
{
    if (text.isEmpty())
        return text;
    QByteArray result = text;
    for (const QByteArray& form : formsOf(apiKey))
        result.replace(form, Mark);
    // "X-Octopods-Auth: value", "x-octopods-auth=value", "\"X-Octopods-Auth\": \"value\"", ['X_OCTOPODS_AUTH'
    // ... as echo services and logs spell a header.
    static const QRegularExpression header(
        QStringLiteral(R"((x[-_]octopods[-_]auth["']?\s*[:=]\s*\[?\s*["']?)([^"'\s,;}\]\r\n]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString decoded = QString::fromUtf8(result);
    if (!header.match(decoded).hasMatch())
        return result;
    QString replaced = decoded;
    replaced.replace(header, QStringLiteral("\\1") + QLatin1StringView(Mark));
    return replaced.toUtf8();
}

QString Redaction::redact(const QString& text, const QString& apiKey)
{
    return QString::fromUtf8(redact(text.toUtf8(), apiKey));
}

} // namespace wa
