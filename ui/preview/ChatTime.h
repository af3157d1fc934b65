#pragma once

#include <QLocale>
#include <QString>
#include <QTime>

namespace wa {

// A message's time as WhatsApp shows it under the bubble: hours and minutes in the locale's 12- or 24-hour
// form ("16:07", "4:07 PM"), never seconds, which some locales' short format has (the C locale's
// "HH:mm:ss").
QString chatTime(const QTime& time, const QLocale& locale = QLocale());

} // namespace wa
