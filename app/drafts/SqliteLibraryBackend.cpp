#include "SqliteLibraryBackend.h"

#include "DraftSearch.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace wa {

namespace {
using L1 = QLatin1StringView;

// bm25() weights of drafts_search's columns: a word of the name counts most, then a tag, then the message.
constexpr auto Rank = "bm25(drafts_search, 10.0, 5.0, 1.0)";

QString composed(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C);
}
} // namespace

bool SqliteLibraryBackend::open(QString* error)
{
    if (!m_database.open(error))
        return false;
    // What is read from now on is what later changes elsewhere are told from (the send history may have
    // opened the file first).
    if (m_dataVersion < 0)
        changedElsewhere();
    return true;
}

bool SqliteLibraryBackend::isOpen() const
{
    return m_database.isOpen();
}

QSqlDatabase SqliteLibraryBackend::connection() const
{
    return m_database.connection();
}

QSqlQuery* SqliteLibraryBackend::prepared(const QString& sql, QString* error)
{
    return m_database.prepared(sql, error);
}

QString SqliteLibraryBackend::whyReadOnly() const
{
    return m_database.whyReadOnly();
}

QString SqliteLibraryBackend::textColumn(const QString& column) const
{
    return QStringLiteral("CAST(%1 AS BLOB)").arg(column);
}

bool SqliteLibraryBackend::beginWrite(sql::Transaction& transaction, QString* sqlError)
{
    // BEGIN IMMEDIATE: the file's write lock up front (Transaction::begin).
    return transaction.begin(m_database.connection(), sqlError);
}

void SqliteLibraryBackend::committed()
{
    // This connection's commits do not move data_version, but they do move the change count: take it as
    // the new baseline, unless another connection also committed since the last look (then the next look
    // must still see that).
    if (m_dataVersion >= 0 && dataVersion() == m_dataVersion)
        m_libraryChanges = libraryChanges();
}

// Everything is indexed composed (NFC), like the queries, so that a decomposed "é" typed or pasted finds a
// composed one.
bool SqliteLibraryBackend::writeSearch(qint64 id, const QString& name, const QStringList& tags,
                                       const QByteArray& payload, QString* sqlError)
{
    const QSqlDatabase db = m_database.connection();
    return removeSearch(id, sqlError) &&
           sql::run(db,
                    QStringLiteral("INSERT INTO drafts_search (rowid, name, tags, text) VALUES (?, ?, ?, ?)"),
                    {id, composed(name), sql::text(composed(tags.join(QLatin1Char('\n')))),
                     sql::text(composed(DraftSearch::searchableTexts(payload).join(QLatin1Char('\n'))))},
                    sqlError);
}

bool SqliteLibraryBackend::renameSearch(qint64 id, const QString& name, QString* sqlError)
{
    return sql::run(m_database.connection(),
                    QStringLiteral("UPDATE drafts_search SET name = ? WHERE rowid = ?"), {composed(name), id},
                    sqlError);
}

bool SqliteLibraryBackend::removeSearch(qint64 id, QString* sqlError)
{
    return sql::run(m_database.connection(), QStringLiteral("DELETE FROM drafts_search WHERE rowid = ?"),
                    {id}, sqlError);
}

std::optional<LibraryBackend::Search> SqliteLibraryBackend::search(const DraftQuery& query)
{
    const QStringList words = DraftSearch::words(query.search);
    if (words.isEmpty())
        return std::nullopt;
    const QString match = DraftSearch::ftsQuery(words);
    // Words of one letter each (the first keystroke of a search) match most of a big library, and ranking
    // thousands of drafts by relevance to "o" would take more than a frame while telling little: those
    // searches list their matches newest first, walking the drafts by time until the page is full.
    Search search;
    search.values = {match};
    if (DraftSearch::isBroad(words)) {
        search.from = QStringLiteral("drafts d");
        search.condition =
            QStringLiteral("d.id IN (SELECT rowid FROM drafts_search WHERE drafts_search MATCH ?)");
        return search;
    }
    search.from = QStringLiteral("drafts_search JOIN drafts d ON d.id = drafts_search.rowid");
    search.condition = QStringLiteral("drafts_search MATCH ?");
    search.rank = QString::fromLatin1(Rank);
    return search;
}

void SqliteLibraryBackend::beforeRead()
{
    // SQLite keeps 2 MiB of the file's pages by default. A search reads the index and, for the rank's
    // tie-break and the trash filter, the row of every draft that matches (tags() reads every row): at
    // 10,000 drafts (13.5 MiB) that is read from the file again on every keystroke, a system call per page
    // (2,000 per search, half the time of one). A setting of the connection; the cache grows only as pages
    // are read. Set on every read of the library, as the connection may have been closed and opened again
    // since; a kept statement costs next to nothing.
    if (QSqlQuery* pragma =
            m_database.prepared(QStringLiteral("PRAGMA cache_size = -%1").arg(PageCacheKiB))) {
        pragma->exec();
        pragma->finish();
    }
}

bool SqliteLibraryBackend::changedElsewhere()
{
    if (!m_database.isOpen())
        return false;
    const qint64 version = dataVersion();
    // data_version moves with every commit of another connection, the autosave slot's and the send
    // history's too: the library's own count of changes tells those from changes to the drafts.
    if (version < 0 || version == m_dataVersion)
        return false;
    const bool firstLook = m_dataVersion < 0;
    m_dataVersion = version;
    const qint64 changes = libraryChanges();
    const bool changed = changes != m_libraryChanges;
    m_libraryChanges = changes;
    return !firstLook && changed;
}

qint64 SqliteLibraryBackend::dataVersion()
{
    QSqlQuery* pragma = m_database.prepared(QStringLiteral("PRAGMA data_version"));
    if (!pragma || !pragma->exec() || !pragma->next())
        return -1;
    const qint64 version = pragma->value(0).toLongLong();
    pragma->finish(); // a kept statement must not hold a read snapshot: data_version would never move
    return version;
}

qint64 SqliteLibraryBackend::libraryChanges()
{
    QSqlQuery* query =
        m_database.prepared(QStringLiteral("SELECT changes FROM library_version WHERE id = 1"));
    if (!query || !query->exec() || !query->next())
        return -1;
    const qint64 changes = query->value(0).toLongLong();
    query->finish();
    return changes;
}

} // namespace wa
