#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace wa {

// The library's naming rules, whatever engine stores it: when two names (or tags) are the same, and which
// free name a new, copied or restored draft gets. `taken` is always a set of key()s.
class DraftNaming
{
    Q_DECLARE_TR_FUNCTIONS(wa::DraftNaming)
public:
    // What makes two names, or two tags, the same: "Café", "CAFÉ" and a decomposed "café" are one name.
    static QString key(const QString& text);
    // Trimmed, without empty ones or duplicates (by key), in order.
    static QStringList cleanTags(const QStringList& tags);

    // `wanted` (trimmed; "Untitled" when empty), else "wanted (2)", "wanted (3)" ...
    static QString unique(const QString& wanted, const QSet<QString>& taken);
    // "Name (copy)", "Name (copy 2)" ...; a copy of a copy counts on from the original's name.
    static QString copyOf(const QString& original, const QSet<QString>& taken);
    // The name itself, else "Name (restored)", "Name (restored 2)" ...
    static QString restored(const QString& name, const QSet<QString>& taken);

    static QString nameTaken(const QString& name);
    static QString missing(qint64 id);

private:
    // The first of candidate(1), candidate(2) ... that is not taken.
    static QString firstFree(const QSet<QString>& taken, const std::function<QString(qsizetype)>& candidate);
    // The %1 of `name` if it has the shape of `format` (%1 a name, %2 a number).
    static std::optional<QString> baseOf(const QString& name, const QString& format);
};

} // namespace wa
