#include "PostgresLibraryBackend.h"

#include "DraftSearch.h"
#include "storage/PostgresDatabase.h"
#include "storage/ServerProbe.h"
#include "storage/Sql.h"

#include <QAbstractEventDispatcher>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlQuery>

namespace wa {

PostgresLibraryBackend::PostgresLibraryBackend(PostgresDatabase& database) : m_database(database) {}

PostgresLibraryBackend::~PostgresLibraryBackend()
{
    QObject::disconnect(m_notifications); // the connection may outlive this backend
}

bool PostgresLibraryBackend::open(QString* error)
{
    if (!m_database.open(error))
        return false;
    if (m_libraryChanges < 0)
        changedElsewhere(); // the baseline
    if (!m_notifications)
        listen();
    return true;
}

void PostgresLibraryBackend::listen()
{
    QSqlDriver* driver = m_database.connection().driver();
    if (!driver || !driver->subscribeToNotification(QLatin1StringView(PostgresDatabase::ChangesChannel)))
        return; // no news then: the window still looks on a timer while it is active
    // Delivered by the event loop as the server sends it: nothing waits for it, typing least of all.
    m_notifications = QObject::connect(driver, &QSqlDriver::notification, driver,
                                       [this](const QString&, QSqlDriver::NotificationSource source) {
                                           // This connection's own writes are no news.
                                           if (source != QSqlDriver::SelfSource && m_listener)
                                               m_listener();
                                       });
    // The same socket says when the server closes the connection while nobody is calling. Qt's driver
    // watches it for notifications only, so a watcher of our own reads it too (what it reads stays in libpq
    // for the driver) and tells a closed connection at once.
    // Only where the event loop lets two notifiers watch one socket: GLib's (the window's). Qt's own Unix
    // loop (the command line's) allows one, and a command is over before a server could go away under it;
    // there the next call notices.
    const QAbstractEventDispatcher* loop = QAbstractEventDispatcher::instance();
    const qintptr socket = m_database.socketDescriptor();
    if (socket < 0 || !loop || !loop->inherits("QEventDispatcherGlib"))
        return;
    m_socket = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Read);
    QObject::connect(m_socket.get(), &QSocketNotifier::activated, m_socket.get(), [this] {
        if (!m_database.readPending() && lostConnection() && m_lossListener)
            m_lossListener();
    });
}

QString PostgresLibraryBackend::identity() const
{
    return m_database.address().toUrl();
}

bool PostgresLibraryBackend::lostConnection()
{
    if (!m_database.lostTouch())
        return false;
    // libpq closed the socket: nothing may watch it when the event loop looks again. (This may run in the
    // watcher's own signal: it goes later.)
    if (m_socket) {
        m_socket->setEnabled(false);
        m_socket.release()->deleteLater();
    }
    // The next connection listens anew; the baseline stays, so that what changed meanwhile is news.
    QObject::disconnect(m_notifications);
    m_notifications = {};
    return true;
}

void PostgresLibraryBackend::probe(std::function<void(bool answers)> answer)
{
    constexpr std::chrono::seconds ProbeTimeout{5};
    const PostgresAddress& address = m_database.address();
    // The old probe goes, unanswered; this one is dropped with the backend.
    m_probe = std::make_unique<ServerProbe>(address.host, address.port, ProbeTimeout);
    QObject::connect(m_probe.get(), &ServerProbe::answered, m_probe.get(), std::move(answer));
    m_probe->start();
}

bool PostgresLibraryBackend::isOpen() const
{
    return m_database.isOpen();
}

QSqlDatabase PostgresLibraryBackend::connection() const
{
    return m_database.connection();
}

QSqlQuery* PostgresLibraryBackend::prepared(const QString& sql, QString* error)
{
    return m_database.prepared(sql, error);
}

bool PostgresLibraryBackend::beginWrite(sql::Transaction& transaction, QString* sqlError)
{
    const QSqlDatabase db = m_database.connection();
    if (!transaction.begin(db, sqlError) ||
        !sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(PostgresDatabase::WritersLock),
                  {}, sqlError))
        return false;
    // Writers take turns: what the count says now is everyone's but this write's.
    m_changesBeforeWrite = libraryChanges();
    return true;
}

void PostgresLibraryBackend::aboutToCommit()
{
    m_changesAfterWrite = libraryChanges();
}

void PostgresLibraryBackend::committed()
{
    // Nobody else wrote since the last look: this write's changes are no news. Otherwise the next look must
    // still see the others'.
    if (m_libraryChanges >= 0 && m_changesBeforeWrite == m_libraryChanges && m_changesAfterWrite >= 0)
        m_libraryChanges = m_changesAfterWrite;
}

QString PostgresLibraryBackend::indexedText(const QString& text)
{
    QStringList words = DraftSearch::words(text);
    for (QString& word : words)
        word = DraftSearch::folded(word);
    return words.join(u' ');
}

QString PostgresLibraryBackend::tsQuery(const QString& typed)
{
    return tsQuery(DraftSearch::words(typed));
}

QString PostgresLibraryBackend::tsQuery(const QStringList& words)
{
    // Words hold letters, digits and marks only: nothing to_tsquery() reads as an operator. Quoted anyway.
    QStringList terms;
    for (const QString& word : words)
        terms.append(u'\'' + DraftSearch::folded(word) + QStringLiteral("':*"));
    return terms.join(QStringLiteral(" & "));
}

bool PostgresLibraryBackend::writeSearch(qint64 id, const QString& name, const QStringList& tags,
                                         const QByteArray& payload, QString* sqlError)
{
    return sql::run(m_database.connection(),
                    QStringLiteral("UPDATE drafts SET search = setweight(to_tsvector('simple', ?), 'A') || "
                                   "setweight(to_tsvector('simple', ?), 'B') || "
                                   "setweight(to_tsvector('simple', ?), 'C') WHERE id = ?"),
                    {sql::text(indexedText(name)), sql::text(indexedText(tags.join(u'\n'))),
                     sql::text(indexedText(DraftSearch::searchableTexts(payload).join(u'\n'))), id},
                    sqlError);
}

bool PostgresLibraryBackend::renameSearch(qint64 id, const QString& name, QString* sqlError)
{
    // The name's words are the ones weighted A: the tags' and the message's stay as they are.
    return sql::run(m_database.connection(),
                    QStringLiteral("UPDATE drafts SET search = setweight(to_tsvector('simple', ?), 'A') || "
                                   "ts_filter(search, '{b,c}') WHERE id = ?"),
                    {sql::text(indexedText(name)), id}, sqlError);
}

std::optional<LibraryBackend::Search> PostgresLibraryBackend::search(const DraftQuery& draftQuery)
{
    // What was typed is split once, for the query and for whether it is broad.
    const QStringList words = DraftSearch::words(draftQuery.search);
    if (words.isEmpty())
        return std::nullopt;
    const QString query = tsQuery(words);
    Search search;
    search.from = QStringLiteral("drafts d, to_tsquery('simple', ?) q");
    search.condition = QStringLiteral("d.search @@ q");
    search.values = {query};
    // As on this computer, words of one letter each list their matches newest first rather than ranked.
    if (DraftSearch::isBroad(words))
        return search;
    // A common word, or the prefix of one ("ord"), matches a good part of a big library: reading every match
    // to rank it would take more than a frame. The newest matches are ranked; when the word is common among
    // the latest drafts, they are found walking the drafts by time, which stops as soon as there are enough
    // (the server cannot tell a common prefix from a rare one ahead of time).
    search.rank = QStringLiteral("ts_rank(d.search, q) DESC");
    search.rankedAtMost = RankedAtMost;
    search.rankInputs = QStringLiteral("d.search, q");
    // Asked only where the answer is of use: a page that fits in the ranked matches, outside the trash, with
    // no tag (the latest drafts with a tag as well would rarely fill a page).
    const bool narrowable = !draftQuery.trash && draftQuery.tag.trimmed().isEmpty() && draftQuery.limit > 0 &&
                            draftQuery.limit <= RankedAtMost;
    if (narrowable && isCommonLately(query))
        search.newestFrom =
            QStringLiteral("(SELECT id, updated_at, trashed_at, search FROM drafts "
                           "ORDER BY updated_at DESC, id DESC LIMIT %1) d, to_tsquery('simple', ?) q")
                .arg(LatestDrafts);
    return search;
}

bool PostgresLibraryBackend::isCommonLately(const QString& query)
{
    // Prepared once per connection: this runs on every keystroke in the search field (a millisecond).
    QSqlQuery* count = m_database.prepared(
        QStringLiteral(
            "SELECT count(*) FROM (SELECT search FROM drafts WHERE trashed_at IS NULL "
            "ORDER BY updated_at DESC, id DESC LIMIT %1) r WHERE r.search @@ to_tsquery('simple', ?)")
            .arg(CommonSample));
    if (!count)
        return false;
    count->addBindValue(query);
    const bool common = count->exec() && count->next() && count->value(0).toInt() >= CommonInSample;
    count->finish();
    return common;
}

bool PostgresLibraryBackend::changedElsewhere()
{
    if (!m_database.isOpen())
        return false;
    const qint64 changes = libraryChanges();
    if (changes < 0 || changes == m_libraryChanges)
        return false;
    const bool firstLook = m_libraryChanges < 0;
    m_libraryChanges = changes;
    return !firstLook;
}

qint64 PostgresLibraryBackend::libraryChanges()
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
