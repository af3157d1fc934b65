#pragma once

#include <QHostAddress>
#include <QString>

namespace wa {

// Whether a host name is this machine ("localhost", 127.0.0.0/8, ::1): the one place plain http (test
// servers, a local proxy) and an unencrypted database connection are allowed.
inline bool isThisMachine(const QString& host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace wa
