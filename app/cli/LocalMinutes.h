#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace wa::cli {

// "yyyy-MM-dd HH:mm" in this computer's time zone, for many instants near each other (a list, newest first),
// as QDateTime::toLocalTime() gives them. The zone's offset is looked up again only when an instant leaves
// the span between two of its transitions: converting each one and formatting it through the locale was a
// fifth of `drafts list` (and toLocalTime() reads /etc/localtime again each time, issue 21).
class LocalMinutes
{
public:
    QString operator()(const QDateTime& time);

private:
    void lookUp(const QDateTime& time);

    const QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_offset = 0;
    qint64 m_from = 1; // the span where m_offset holds, in milliseconds since 1970 UTC: none yet
    qint64 m_until = 0;
};

} // namespace wa::cli
