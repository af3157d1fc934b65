#pragma once

#include <QByteArray>
#include <QString>

namespace wa {

// Takes the API key out of what a server answered before anything keeps or shows it (the send history, the
// terminal, the send panel): a server or a proxy that echoes the request's headers back would otherwise put
// the key into drafts.sqlite. Removes the key itself (as sent, and as JSON or a URL would escape it) and the
// value of anything that looks like an X-Octopods-Auth header, whatever the key.
class Redaction
{
public:
    static constexpr const char* Mark = "[redacted]";
    // Shorter keys are not searched for in the text (they would match everywhere); the header form is
    // still removed.
    static constexpr qsizetype MinKeyLength = 6;

    static QByteArray redact(const QByteArray& text, const QString& apiKey);
    static QString redact(const QString& text, const QString& apiKey);
};

} // namespace wa
