#include "DraftsListCommand.h"
#include "LocalMinutes.h"

#include "drafts/DraftLibrary.h"
#include "message/JsonWriter.h"

#include <QCommandLineParser>

namespace wa::cli {

namespace {
using L1 = QLatin1StringView;
const QString SearchOption = QStringLiteral("search");
const QString TagOption = QStringLiteral("tag");
const QString SortOption = QStringLiteral("sort");
const QString TrashOption = QStringLiteral("trash");
const QString JsonOption = QStringLiteral("json");

QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// At most `width` characters, an ellipsis where it was cut (never between the halves of a surrogate pair).
QString elided(const QString& text, qsizetype width)
{
    if (text.size() <= width)
        return text;
    qsizetype cut = width - 1;
    if (cut > 0 && text[cut - 1].isHighSurrogate())
        --cut;
    return text.left(cut) + u'…';
}

void printJson(Io& io, const QList<DraftSummary>& drafts)
{
    JsonWriter out;
    out.beginArray();
    for (const DraftSummary& draft : drafts) {
        out.beginObject();
        out.key(L1("id"));
        out.value(QJsonValue(draft.id));
        out.member(L1("name"), draft.name);
        out.member(L1("type"), draft.type);
        out.key(L1("tags"));
        out.beginArray();
        for (const QString& tag : draft.tags)
            out.string(tag);
        out.endArray();
        out.member(L1("updated_at"), utcText(draft.updatedAt));
        if (draft.trashedAt.isValid())
            out.member(L1("trashed_at"), utcText(draft.trashedAt));
        out.member(L1("excerpt"), draft.excerpt);
        out.endObject();
    }
    out.endArray();
    io.out << QString::fromUtf8(out.take());
}

void printTable(Io& io, const QList<DraftSummary>& drafts)
{
    constexpr qsizetype MaxNameWidth = 32;
    constexpr qsizetype MaxExcerptWidth = 60;
    const QStringList headers = {DraftsListCommand::tr("NAME"), DraftsListCommand::tr("TYPE"),
                                 DraftsListCommand::tr("UPDATED"), DraftsListCommand::tr("EXCERPT")};
    LocalMinutes localMinutes;
    QList<QStringList> rows;
    rows.reserve(drafts.size());
    for (const DraftSummary& draft : drafts)
        rows.append({elided(draft.name, MaxNameWidth),
                     draft.type.isEmpty() ? QStringLiteral("-") : draft.type, localMinutes(draft.updatedAt),
                     elided(draft.excerpt, MaxExcerptWidth)});
    QList<qsizetype> widths;
    for (const QString& header : headers)
        widths.append(header.size());
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths[column], row[column].size());
    }
    const auto print = [&](const QStringList& cells) {
        QString line;
        for (qsizetype column = 0; column < cells.size(); ++column)
            line += column + 1 < cells.size()
                        ? cells[column].leftJustified(widths[column]) + QStringLiteral("  ")
                        : cells[column];
        while (line.endsWith(u' '))
            line.chop(1);
        io.out << line << '\n';
    };
    print(headers);
    for (const QStringList& row : rows)
        print(row);
}
} // namespace

QString DraftsListCommand::summary() const
{
    return tr("List the drafts: name, type, last change and an excerpt, newest first.\n"
              "Exit status: 0 done, 2 wrong options or the database cannot be read.");
}

void DraftsListCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({SearchOption, tr("Only drafts whose name, tags or text have these words (best first)."),
                      tr("WORDS")});
    parser.addOption({TagOption, tr("Only drafts with this tag."), tr("TAG")});
    parser.addOption({SortOption, tr("name or updated (the default: newest first)."), tr("ORDER"),
                      QStringLiteral("updated")});
    parser.addOption({TrashOption, tr("List the trash instead.")});
    parser.addOption(
        {JsonOption, tr("Print a JSON array (id, name, type, tags, updated_at, excerpt), for tools.")});
}

int DraftsListCommand::execute(const QCommandLineParser& parser, Io& io)
{
    if (!parser.positionalArguments().isEmpty()) {
        io.err << tr("drafts list takes no arguments; to look for drafts, use --search WORDS.") << Qt::endl;
        return Unreadable;
    }
    DraftQuery query;
    query.search = parser.value(SearchOption);
    query.tag = parser.value(TagOption);
    query.trash = parser.isSet(TrashOption);
    const QString sort = parser.value(SortOption);
    if (sort == u"name") {
        query.sort = DraftQuery::Sort::Name;
    } else if (sort != u"updated") {
        io.err << tr("--sort: name or updated, not '%1'.").arg(sort) << Qt::endl;
        return Unreadable;
    }

    DraftLibrary& store = library();
    QString error;
    const QList<DraftSummary> drafts = store.list(query, &error);
    if (!error.isEmpty()) {
        io.err << error << Qt::endl;
        return Unreadable;
    }
    if (parser.isSet(JsonOption))
        printJson(io, drafts);
    else if (!drafts.isEmpty())
        printTable(io, drafts);
    else if (query.trash)
        io.out << tr("The trash is empty.") << '\n';
    else if (!query.search.trimmed().isEmpty() || !query.tag.trimmed().isEmpty())
        io.out << tr("No drafts match.") << '\n';
    else
        io.out << tr("No drafts yet.") << '\n';
    io.out.flush();
    return Success;
}

} // namespace wa::cli
