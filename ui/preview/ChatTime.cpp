#include "ChatTime.h"

#include <QRegularExpression>

namespace wa {

QString chatTime(const QTime& time, const QLocale& locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // The seconds and what separates them from the minutes (":ss", ".ss"), and any fraction after them.
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+(\\.z+)?"));
    format.remove(seconds);
    return locale.toString(time, format.trimmed());
}

} // namespace wa
