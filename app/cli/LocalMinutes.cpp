#include "LocalMinutes.h"

#include <limits>

namespace wa::cli {

QString LocalMinutes::operator()(const QDateTime& time)
{
    const qint64 utc = time.toMSecsSinceEpoch();
    if (utc < m_from || utc >= m_until)
        lookUp(time);
    constexpr qint64 Day = 24 * 60 * 60 * 1000;
    constexpr qint64 UnixEpochJulianDay = 2440588;
    const qint64 local = utc + qint64(m_offset) * 1000;
    const qint64 days = local >= 0 ? local / Day : (local - Day + 1) / Day;
    const QDate date = QDate::fromJulianDay(UnixEpochJulianDay + days);
    const int minutes = int((local - days * Day) / 60000);
    if (date.year() < 0 || date.year() > 9999)
        return QString::asprintf("%04d-%02d-%02d %02d:%02d", date.year(), date.month(), date.day(),
                                 minutes / 60, minutes % 60);
    // "2024-05-01 09:30", its digits written here: asprintf() costs ten times as much.
    QString text(16, u'-');
    const auto put = [&text](qsizetype at, int number, int digits) {
        for (qsizetype i = at + digits - 1; i >= at; --i, number /= 10)
            text[i] = QChar(u'0' + number % 10);
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    text[10] = u' ';
    put(11, minutes / 60, 2);
    text[13] = u':';
    put(14, minutes % 60, 2);
    return text;
}

void LocalMinutes::lookUp(const QDateTime& time)
{
    m_offset = m_zone.offsetFromUtc(time);
    m_from = std::numeric_limits<qint64>::min();
    m_until = std::numeric_limits<qint64>::max();
    if (!m_zone.hasTransitions())
        return;
    // The last change at or before this instant, and the next after it.
    const QTimeZone::OffsetData before = m_zone.previousTransition(time.addMSecs(1));
    const QTimeZone::OffsetData after = m_zone.nextTransition(time);
    if (before.atUtc.isValid())
        m_from = before.atUtc.toMSecsSinceEpoch();
    if (after.atUtc.isValid())
        m_until = after.atUtc.toMSecsSinceEpoch();
}

} // namespace wa::cli
