#pragma once

#include <QSet>
#include <QString>

namespace wa {

// An id made up so that the agent never has to invent one (it stays editable): prefix-N, numbered from
// the count of ids already there, and unused among them.
inline QString freshId(const QString& prefix, const QSet<QString>& taken)
{
    qsizetype n = taken.size() + 1;
    while (taken.contains(prefix + QString::number(n)))
        ++n;
    return prefix + QString::number(n);
}

} // namespace wa
