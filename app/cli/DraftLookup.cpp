#include "DraftLookup.h"

#include <algorithm>

namespace wa::cli {

namespace {
// Edits (insertions, deletions, substitutions) between two short strings.
qsizetype editDistance(const QString& a, const QString& b)
{
    QList<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool isInTrash(DraftLibrary& store, const QString& name)
{
    DraftQuery query;
    query.search = name;
    query.trash = true;
    const QString key = name.trimmed().toCaseFolded();
    const QList<DraftSummary> trashed = store.list(query);
    return std::any_of(trashed.begin(), trashed.end(),
                       [&](const DraftSummary& draft) { return draft.name.toCaseFolded() == key; });
}

QString quoted(const QString& name)
{
    return u'"' + name + u'"';
}
} // namespace

QStringList DraftLookup::closeNames(DraftLibrary& store, const QString& name, int count)
{
    DraftQuery query;
    query.search = name;
    query.limit = count;
    QStringList names;
    for (const DraftSummary& summary : store.list(query))
        names.append(summary.name);
    if (!names.isEmpty())
        return names;
    // Nothing starts like it: a typo, perhaps. A library is a few thousand names at most.
    const QString wanted = name.trimmed().toCaseFolded();
    const qsizetype allowed = std::max<qsizetype>(2, wanted.size() / 3);
    QList<std::pair<qsizetype, QString>> near;
    for (const DraftSummary& summary : store.list(DraftQuery{})) {
        const qsizetype distance = editDistance(wanted, summary.name.toCaseFolded());
        if (distance <= allowed)
            near.append({distance, summary.name});
    }
    std::stable_sort(near.begin(), near.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (qsizetype i = 0; i < near.size() && i < count; ++i)
        names.append(near[i].second);
    return names;
}

std::optional<Draft> DraftLookup::find(DraftLibrary& store, const QString& name, Io& io, int& exitCode)
{
    QString error;
    std::optional<Draft> draft = store.findByName(name, &error);
    if (draft)
        return draft;
    exitCode = Unreadable;
    if (!error.isEmpty()) {
        io.err << error << Qt::endl;
        return std::nullopt;
    }
    io.err << tr("No draft named %1.").arg(quoted(name));
    if (isInTrash(store, name))
        io.err << ' ' << tr("One is in the trash: restore it in the window to use it.");
    QStringList close = closeNames(store, name);
    if (!close.isEmpty()) {
        std::transform(close.begin(), close.end(), close.begin(), quoted);
        io.err << ' ' << tr("Did you mean %1?").arg(close.join(QStringLiteral(", ")));
    } else {
        io.err << ' ' << tr("'wa-composer drafts list' shows the drafts.");
    }
    io.err << Qt::endl;
    return std::nullopt;
}

} // namespace wa::cli
