#include "CurlCommand.h"

namespace wa {

QString CurlCommand::shellQuoted(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString CurlCommand::forRequest(const OctopodsClient::Config& config, const OctopodsRequest& request)
{
    const OctopodsClient::Endpoint endpoint = OctopodsClient::endpoint(config);
    const QString url =
        endpoint.url.isValid() ? endpoint.url.toString() : config.baseUrl.toString() + config.path();
    QStringList lines{QStringLiteral("curl -X POST %1").arg(shellQuoted(url))};
    for (const auto& [name, value] : OctopodsClient::headers(QString())) {
        if (name == "X-Octopods-Auth") // double quotes: the shell puts the key in, we never do
            lines.append(QStringLiteral("-H \"X-Octopods-Auth: $OCTOPODS_API_KEY\""));
        else
            lines.append(
                QStringLiteral("-H ") +
                shellQuoted(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value)));
    }
    lines.append(QStringLiteral("--data-raw ") +
                 shellQuoted(QString::fromUtf8(request.toJson(JsonWriter::Format::Compact))));
    return lines.join(QStringLiteral(" \\\n  "));
}

} // namespace wa
