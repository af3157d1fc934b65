#include "DraftLibrary.h"

namespace wa {

DraftLibrary::DraftLibrary(QObject* parent) : QObject(parent)
{
    connect(&m_watchTimer, &QTimer::timeout, this, &DraftLibrary::checkForOutsideChanges);
}

void DraftLibrary::watchOutsideChanges(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_watchTimer.stop();
        return;
    }
    m_watchTimer.start(interval);
}

void DraftLibrary::setAway(const QString& why)
{
    if (why.isEmpty() && isReachable())
        return;
    if (why.isEmpty())
        m_awaySince = {};
    else if (m_awaySince.isNull())
        m_awaySince = QDateTime::currentDateTimeUtc();
    m_whyAway = why;
    emit reachabilityChanged();
}

} // namespace wa
