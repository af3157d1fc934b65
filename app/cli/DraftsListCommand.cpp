#include "DraftsListCommand.h"
#include "LocalMinutes.h"

#include "drafts/DraftLibrary.h"
#include "message/JsonWriter.h"

#include <QCommandLineParser>

#include <iterator>
#include <limits>

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

// A cell of the table: its text, at most `width` characters with an ellipsis where it was cut (never
// between the halves of a surrogate pair). A view of the draft's own text: a listing copies none of it.
struct Cell
{
    Cell(QStringView whole, qsizetype width = std::numeric_limits<qsizetype>::max()) : text(whole)
    {
        if (whole.size() <= width)
            return;
        qsizetype cut = width - 1;
        if (cut > 0 && whole[cut - 1].isHighSurrogate())
            --cut;
        text = whole.left(cut);
        ellipsis = true;
    }
    Cell(const QString& whole, qsizetype width = std::numeric_limits<qsizetype>::max())
        : Cell(QStringView(whole), width)
    {
    }
    qsizetype size() const { return text.size() + (ellipsis ? 1 : 0); }

    QStringView text;
    bool ellipsis = false;
};

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
    const QString headers[] = {DraftsListCommand::tr("NAME"), DraftsListCommand::tr("TYPE"),
                               DraftsListCommand::tr("UPDATED"), DraftsListCommand::tr("EXCERPT")};
    const QString noType = QStringLiteral("-");
    const auto typeOf = [&noType](const DraftSummary& draft) -> QStringView {
        return draft.type.isEmpty() ? noType : draft.type;
    };
    LocalMinutes localMinutes;
    QStringList times;
    times.reserve(drafts.size());
    // Each column as wide as its widest cell; the last, the excerpt, is not padded.
    qsizetype widths[] = {headers[0].size(), headers[1].size(), headers[2].size()};
    for (const DraftSummary& draft : drafts) {
        times.append(localMinutes(draft.updatedAt));
        widths[0] = qMax(widths[0], Cell(draft.name, MaxNameWidth).size());
        widths[1] = qMax(widths[1], typeOf(draft).size());
        widths[2] = qMax(widths[2], times.last().size());
    }
    // The table goes out in pieces of some thousands of characters: a line at a time through the stream cost
    // as much again, and the whole table at once held it three times over (its text, the stream's copy, the
    // bytes), a fifth of a listing's time in pages first touched.
    constexpr qsizetype PieceSize = 16 * 1024;
    QString piece;
    piece.reserve(PieceSize + 1024);
    const auto print = [&](std::initializer_list<Cell> cells) {
        const qsizetype start = piece.size();
        qsizetype column = 0;
        for (const Cell& cell : cells) {
            piece += cell.text;
            if (cell.ellipsis)
                piece += u'…';
            if (column < qsizetype(std::size(widths)))
                piece.resize(piece.size() + widths[column] - cell.size() + 2, u' ');
            ++column;
        }
        qsizetype end = piece.size();
        while (end > start && piece[end - 1] == u' ')
            --end;
        piece.truncate(end);
        piece += u'\n';
        if (piece.size() >= PieceSize) {
            io.out << piece;
            piece.resize(0); // keeps its room
        }
    };
    print({headers[0], headers[1], headers[2], headers[3]});
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const DraftSummary& draft = drafts[i];
        print(
            {Cell(draft.name, MaxNameWidth), typeOf(draft), times[i], Cell(draft.excerpt, MaxExcerptWidth)});
    }
    io.out << piece;
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
