#include "DraftNaming.h"

#include <QRegularExpression>

namespace wa {

QString DraftNaming::key(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QStringList DraftNaming::cleanTags(const QStringList& tags)
{
    QStringList clean;
    QSet<QString> seen;
    for (const QString& tag : tags) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty() || seen.contains(key(trimmed)))
            continue;
        seen.insert(key(trimmed));
        clean.append(trimmed);
    }
    return clean;
}

QString DraftNaming::unique(const QString& wanted, const QSet<QString>& taken)
{
    const QString trimmed = wanted.trimmed();
    const QString first = trimmed.isEmpty() ? tr("Untitled", "the name of a draft not named yet") : trimmed;
    return firstFree(taken, [&](qsizetype n) {
        return n == 1
                   ? first
                   : tr("%1 (%2)", "a draft name made unique, %2 from 2 on").arg(first, QString::number(n));
    });
}

QString DraftNaming::copyOf(const QString& original, const QSet<QString>& taken)
{
    const QString copyFormat = tr("%1 (copy)", "the name of a duplicated draft");
    const QString numberedFormat = tr("%1 (copy %2)", "the name of a duplicated draft, %2 from 2 on");
    // A copy of "Offer (copy)" is "Offer (copy 2)", not "Offer (copy) (copy)".
    const QString base =
        baseOf(original, copyFormat).value_or(baseOf(original, numberedFormat).value_or(original));
    return firstFree(taken, [&](qsizetype n) {
        return n == 1 ? copyFormat.arg(base) : numberedFormat.arg(base, QString::number(n));
    });
}

QString DraftNaming::restored(const QString& name, const QSet<QString>& taken)
{
    return firstFree(taken, [&](qsizetype n) {
        if (n == 1)
            return name;
        if (n == 2)
            return tr("%1 (restored)", "a restored draft whose name is in use").arg(name);
        return tr("%1 (restored %2)", "a restored draft whose name is in use, %2 from 2 on")
            .arg(name, QString::number(n - 1));
    });
}

QString DraftNaming::nameTaken(const QString& name)
{
    return tr("another draft is already named \"%1\"").arg(name);
}

QString DraftNaming::missing(qint64 id)
{
    return tr("draft %1 does not exist (it may have been deleted)").arg(id);
}

QString DraftNaming::firstFree(const QSet<QString>& taken, const std::function<QString(qsizetype)>& candidate)
{
    // Among taken.size() + 1 different names one is free; the bound only matters if a translation of the
    // numbered forms leaves the number out (all candidates alike), which must not loop for ever.
    for (qsizetype n = 1; n <= taken.size() + 1; ++n) {
        const QString name = candidate(n);
        if (!taken.contains(key(name)))
            return name;
    }
    for (qsizetype n = 2;; ++n) {
        const QString name = QStringLiteral("%1 (%2)").arg(candidate(1), QString::number(n));
        if (!taken.contains(key(name)))
            return name;
    }
}

std::optional<QString> DraftNaming::baseOf(const QString& name, const QString& format)
{
    QString pattern = QRegularExpression::escape(format);
    pattern.replace(QLatin1StringView("\\%1"), QLatin1StringView("(?<base>.+)"));
    pattern.replace(QLatin1StringView("\\%2"), QLatin1StringView("[0-9]+"));
    const QRegularExpression shape(QRegularExpression::anchoredPattern(pattern),
                                   QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = shape.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(QStringLiteral("base"));
}

} // namespace wa
