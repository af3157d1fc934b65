#include "DraftStore.h"

#include "DraftNaming.h"
#include "DraftSearch.h"
#include "SqliteLibraryBackend.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <vector>

namespace wa {

using sql::run;
using sql::stringMap;
using sql::stringMapFrom;
using sql::text;
using sql::textFrom;
using sql::textOrNull;
using sql::timeFrom;
using sql::timeText;

namespace {

using L1 = QLatin1StringView;

// The columns readDraft() reads, in the order draftFrom() expects them.
constexpr auto DraftColumns = "id, name, payload, default_recipient, teammate_id, created_at, updated_at, "
                              "trashed_at, variable_defaults, version, updated_by, product_looks";

// From a query selecting DraftColumns; the tags are read separately.
Draft draftFrom(const QSqlQuery& query)
{
    Draft draft;
    draft.id = query.value(0).toLongLong();
    draft.name = query.value(1).toString();
    draft.payload = query.value(2).toString().toUtf8();
    draft.defaultRecipient = query.value(3).toString();
    draft.teammateId = query.value(4).toString();
    draft.createdAt = timeFrom(query.value(5));
    draft.updatedAt = timeFrom(query.value(6));
    draft.trashedAt = timeFrom(query.value(7));
    draft.variableDefaults = stringMapFrom(query.value(8));
    draft.version = query.value(9).toLongLong();
    draft.updatedBy = query.value(10).toString();
    draft.productLooks = ProductLookRules::fromColumn(query.value(11));
    return draft;
}

// A message as the library stores it: its payload as text (bytes that are not UTF-8 become U+FFFD, and so
// does U+0000, which PostgreSQL's text cannot hold: both engines keep the same text), and its summary's type
// and excerpt (SummaryColumns), made from that text as it will be read back.
struct StoredMessage
{
    explicit StoredMessage(const QByteArray& payload)
    {
        QString stored = QString::fromUtf8(payload);
        stored.replace(QChar(0), QChar::ReplacementCharacter);
        const DraftSearch::Gist gist = DraftSearch::gist(stored.toUtf8());
        text = sql::text(stored);
        type = sql::text(gist.type);
        excerpt = sql::text(gist.excerpt);
    }

    QVariant text;
    QVariant type;
    QVariant excerpt;
};

// The draft matching `where` into *draft (left empty when there is none); false on an SQL error.
bool readDraft(const QSqlDatabase& db, const QString& where, const QVariantList& values,
               std::optional<Draft>* draft, QString* sqlError)
{
    draft->reset();
    Draft found;
    {
        QSqlQuery query(db);
        if (!run(query, QStringLiteral("SELECT %1 FROM drafts WHERE %2").arg(L1(DraftColumns), where), values,
                 sqlError))
            return false;
        if (!query.next()) {
            if (!query.lastError().isValid())
                return true;
            *sqlError = query.lastError().text();
            return false;
        }
        found = draftFrom(query);
    }
    QSqlQuery tags(db);
    if (!run(tags, QStringLiteral("SELECT tag FROM draft_tags WHERE draft_id = ? ORDER BY position"),
             {found.id}, sqlError))
        return false;
    while (tags.next())
        found.tags.append(tags.value(0).toString());
    if (tags.lastError().isValid()) {
        *sqlError = tags.lastError().text();
        return false;
    }
    *draft = found;
    return true;
}

struct State
{
    QString name;
    bool trashed = false;
    qint64 version = 0;
};

// The name and place of draft `id` into *state (left empty when there is none); false on an SQL error.
bool readState(const QSqlDatabase& db, qint64 id, std::optional<State>* state, QString* sqlError)
{
    state->reset();
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT name, trashed_at IS NOT NULL, version FROM drafts WHERE id = ?"),
             {id}, sqlError))
        return false;
    if (query.next())
        *state = State{query.value(0).toString(), query.value(1).toInt() != 0, query.value(2).toLongLong()};
    if (query.lastError().isValid()) {
        *sqlError = query.lastError().text();
        return false;
    }
    return true;
}

// Whether a draft outside the trash, other than `except`, has this name; nullopt on an SQL error.
std::optional<bool> nameInUse(const QSqlDatabase& db, const QString& name, qint64 except, QString* sqlError)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral(
                 "SELECT 1 FROM drafts WHERE name_key = ? AND trashed_at IS NULL AND id <> ? LIMIT 1"),
             {DraftNaming::key(name), except}, sqlError))
        return std::nullopt;
    const bool found = query.next();
    if (query.lastError().isValid()) {
        *sqlError = query.lastError().text();
        return std::nullopt;
    }
    return found;
}

// The keys of every name outside the trash; nullopt on an SQL error.
std::optional<QSet<QString>> namesInUse(const QSqlDatabase& db, QString* sqlError)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT name_key FROM drafts WHERE trashed_at IS NULL"), {}, sqlError))
        return std::nullopt;
    QSet<QString> keys;
    while (query.next())
        keys.insert(query.value(0).toString());
    if (query.lastError().isValid()) {
        *sqlError = query.lastError().text();
        return std::nullopt;
    }
    return keys;
}

bool writeTags(const QSqlDatabase& db, qint64 id, const QStringList& tags, QString* sqlError)
{
    if (!run(db, QStringLiteral("DELETE FROM draft_tags WHERE draft_id = ?"), {id}, sqlError))
        return false;
    for (qsizetype position = 0; position < tags.size(); ++position) {
        const QString& tag = tags.at(position);
        if (!run(db,
                 QStringLiteral(
                     "INSERT INTO draft_tags (draft_id, position, tag, tag_key) VALUES (?, ?, ?, ?)"),
                 {id, position, tag, DraftNaming::key(tag)}, sqlError))
            return false;
    }
    return true;
}

// A new draft outside the trash, with its tags and its search row; its id.
std::optional<qint64> insertDraft(LibraryBackend& backend, const Draft& draft, const QString& now,
                                  const QString& author, QString* sqlError)
{
    const QSqlDatabase db = backend.connection();
    qint64 id = 0;
    {
        QSqlQuery query(db);
        const StoredMessage message(draft.payload);
        // RETURNING rather than lastInsertId(), which PostgreSQL's driver cannot give for an identity column.
        if (!run(query,
                 QStringLiteral(
                     "INSERT INTO drafts (name, name_key, payload, summary_type, summary_excerpt, "
                     "default_recipient, teammate_id, variable_defaults, product_looks, created_at, "
                     "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {draft.name, DraftNaming::key(draft.name), message.text, message.type, message.excerpt,
                  textOrNull(draft.defaultRecipient), textOrNull(draft.teammateId),
                  stringMap(draft.variableDefaults, true), ProductLookRules::toColumn(draft.productLooks),
                  now, now, textOrNull(author)},
                 sqlError))
            return std::nullopt;
        if (!query.next()) {
            *sqlError = query.lastError().text();
            return std::nullopt;
        }
        id = query.value(0).toLongLong();
    }
    if (!writeTags(db, id, draft.tags, sqlError) ||
        !backend.writeSearch(id, draft.name, draft.tags, draft.payload, sqlError))
        return std::nullopt;
    return id;
}

// Compares names (and tags) the way a person reads a sorted list: ignoring case, "Offer 2" before
// "Offer 10", accents where the user's language puts them. SQL cannot do that in SQLite.
QCollator readingOrder()
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

// What a listing reads of each draft (summaryFrom() reads them in this order): its summary as saved with
// its message (SummaryColumns), never the message itself.
QString summaryColumns(const LibraryBackend& backend)
{
    QStringList columns{QStringLiteral("d.id")};
    for (const char* text :
         {"d.name", "d.summary_type", "d.summary_excerpt", "d.updated_at", "d.trashed_at", "d.updated_by"})
        columns.append(backend.textColumn(QLatin1StringView(text)));
    return columns.join(QStringLiteral(", "));
}

DraftSummary summaryFrom(const QSqlQuery& query)
{
    DraftSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.name = textFrom(query.value(1));
    summary.type = textFrom(query.value(2));
    summary.excerpt = textFrom(query.value(3));
    summary.updatedAt = timeFrom(query.value(4));
    summary.trashedAt = timeFrom(query.value(5));
    summary.updatedBy = textFrom(query.value(6));
    return summary;
}

// Runs a prepared query with these values; every row is a draft of the page, read whole with
// `summaries` (the query selects summaryColumns()), else by its id alone (the first column).
bool readPage(QSqlQuery& query, const QVariantList& values, bool summaries, QList<DraftSummary>* page,
              QString* sqlError)
{
    query.setForwardOnly(true);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *sqlError = query.lastError().text();
        return false;
    }
    while (query.next()) {
        if (summaries) {
            page->append(summaryFrom(query));
        } else {
            DraftSummary summary;
            summary.id = query.value(0).toLongLong();
            page->append(summary);
        }
    }
    const bool ok = !query.lastError().isValid();
    if (!ok)
        *sqlError = query.lastError().text();
    query.finish(); // a kept statement must not hold the read snapshot until its next use
    return ok;
}

// Reads the tags of the page's drafts, each draft's in their order: of the drafts in `in` (an SQL list of
// ids), or, when it is empty, of the whole library, each tag read once as stored and placed here. A list of
// everything (the command line's) spells 10,000 ids into the statement otherwise, which costs the engine
// ten times the whole table and its sort (issue 21).
bool readTags(const LibraryBackend& backend, const QString& in, QList<DraftSummary>* page, QString* sqlError)
{
    QHash<qint64, qsizetype> places;
    places.reserve(page->size());
    for (qsizetype i = 0; i < page->size(); ++i)
        places.insert(page->at(i).id, i);
    QSqlQuery tags(backend.connection());
    tags.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT draft_id, %1, position FROM draft_tags")
                      .arg(backend.textColumn(QStringLiteral("tag")));
    if (!in.isEmpty())
        sql += QStringLiteral(" WHERE draft_id IN (%1)").arg(in);
    if (!run(tags, sql, {}, sqlError))
        return false;
    // The tags in whatever order the engine reads them, each with its draft's place and its position there.
    struct Placed
    {
        qsizetype draft;
        qint64 position;
        QString tag;
    };
    std::vector<Placed> placed;
    while (tags.next()) {
        const auto found = places.constFind(tags.value(0).toLongLong());
        if (found != places.constEnd())
            placed.push_back({*found, tags.value(2).toLongLong(), textFrom(tags.value(1))});
    }
    if (tags.lastError().isValid()) {
        *sqlError = tags.lastError().text();
        return false;
    }
    std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        return std::tie(a.draft, a.position) < std::tie(b.draft, b.position);
    });
    for (Placed& tag : placed)
        (*page)[tag.draft].tags.append(std::move(tag.tag));
    return true;
}

// The ids as an SQL list. They are ours, read from the library: no text of the user's is spliced.
QString idList(const QList<DraftSummary>& page)
{
    QStringList ids;
    ids.reserve(page.size());
    for (const DraftSummary& summary : page)
        ids.append(QString::number(summary.id));
    return ids.join(QLatin1Char(','));
}

// The ids of `sql`'s rows (id, name) in reading order, the first `limit` only when it is positive. Only
// names are read, not whole drafts; and a page needs a partial sort only: each name is compared with the
// last of the page so far, and few of them get in (sort keys, one per name, cost more than that).
bool idsByName(const QSqlDatabase& db, const QString& sql, const QVariantList& values, int limit,
               QList<qint64>* ids, QString* sqlError)
{
    struct Named
    {
        qint64 id;
        QString name;
    };
    std::vector<Named> named;
    {
        QSqlQuery query(db);
        if (!run(query, sql, values, sqlError))
            return false;
        while (query.next())
            named.push_back({query.value(0).toLongLong(), query.value(1).toString()});
        if (query.lastError().isValid()) {
            *sqlError = query.lastError().text();
            return false;
        }
    }
    const QCollator collator = readingOrder();
    const auto before = [&](const Named& a, const Named& b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    };
    auto end = named.end();
    if (limit > 0 && size_t(limit) < named.size()) {
        end = named.begin() + limit;
        std::partial_sort(named.begin(), end, named.end(), before);
    } else {
        std::sort(named.begin(), named.end(), before);
    }
    ids->reserve(end - named.begin());
    for (auto it = named.begin(); it != end; ++it)
        ids->append(it->id);
    return true;
}

} // namespace

// One write to the library, as every write method makes it: the database opened, the write transaction
// begun (and rolled back unless committed), failures said in one sentence ("The draft was not renamed: ...")
// but for the database's own, which is passed on as it is.
class DraftStore::Write
{
public:
    Write(DraftStore& store, QString* error, QString failure)
        : m_store(store), m_error(error), m_failure(std::move(failure))
    {
    }

    bool begin()
    {
        if (!m_store.openDatabase(&problem)) {
            m_store.failed(m_error, problem);
            return false;
        }
        if (const QString why = m_store.m_backend.whyReadOnly(); !why.isEmpty())
            return fail(why);
        db = m_store.m_backend.connection();
        return m_store.m_backend.beginWrite(m_transaction, &problem) || fail();
    }
    // A change to draft `id`: begun, and its name and place read. nullopt, said, when there is no such draft.
    std::optional<State> beginChangeOf(qint64 id)
    {
        if (!begin())
            return std::nullopt;
        std::optional<State> state;
        if (!readState(db, id, &state, &problem)) {
            fail();
            return std::nullopt;
        }
        if (!state)
            fail(DraftNaming::missing(id));
        return state;
    }
    bool commit()
    {
        m_store.m_backend.aboutToCommit();
        if (!m_transaction.commit(&problem))
            return fail();
        m_store.m_backend.committed();
        return true;
    }
    // Says why (the last problem unless given) and returns false.
    bool fail(const QString& why = {})
    {
        m_store.failed(m_error, m_failure.arg(why.isEmpty() ? problem : why));
        return false;
    }

    QSqlDatabase db;
    QString problem;

private:
    DraftStore& m_store;
    QString* m_error;
    QString m_failure;
    sql::Transaction m_transaction;
};

DraftStore::DraftStore(Database& database, Clock clock, QObject* parent)
    : DraftStore(std::make_unique<SqliteLibraryBackend>(database), std::move(clock), parent)
{
}

DraftStore::DraftStore(std::unique_ptr<LibraryBackend> backend, Clock clock, QObject* parent)
    : DraftLibrary(parent), m_backend(*backend), m_ownBackend(std::move(backend)),
      m_summaryColumns(summaryColumns(m_backend)), m_clock(std::move(clock))
{
    // A team library's server says when a teammate wrote: look then (one read of the change count).
    m_backend.setChangeListener([this] { checkForOutsideChanges(); });
    m_backend.setLossListener([this] { noteIfAway(tr("The team library's server closed the connection.")); });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &DraftStore::reconnectNow);
}

DraftStore::~DraftStore() = default;

QDateTime DraftStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool DraftStore::openDatabase(QString* error)
{
    // Away: no connection is tried on the agent's clicks and keystrokes (each might wait for a timeout);
    // the scheduled tries bring the library back.
    if (!isReachable()) {
        sql::setError(
            error,
            tr("The team library cannot be reached; wa-composer tries again by itself. (%1)").arg(whyAway()));
        return false;
    }
    return m_backend.open(error);
}

void DraftStore::failed(QString* error, const QString& text)
{
    sql::setError(error, text);
    noteIfAway(text);
}

void DraftStore::noteIfAway(const QString& why)
{
    if (isReachable() && m_backend.lostConnection()) {
        setAway(why);
        m_reconnectTimer.start(m_retries.next());
    }
}

QString DraftStore::identity() const
{
    return m_backend.identity();
}

void DraftStore::setReconnectDelays(RetrySchedule schedule)
{
    m_retries = schedule;
}

void DraftStore::reconnectNow()
{
    if (isReachable())
        return;
    m_reconnectTimer.stop();
    m_backend.probe([this](bool answers) {
        if (!answers) {
            setAway(tr("The server does not answer."));
            m_reconnectTimer.start(m_retries.next());
            return;
        }
        QString error;
        if (!m_backend.open(&error)) {
            // The server answers but turns the app away: starting up after a crash (it will let us in soon),
            // or a password changed, the database gone (it never will). Tried again only at the longest
            // delay, and a few times: a login that fails again and again may lock the account. Try Now
            // always.
            setAway(tr("The server answers but refused the connection: %1").arg(error));
            if (++m_refusals < MaxRefusals)
                m_reconnectTimer.start(m_retries.ceiling());
            return;
        }
        m_refusals = 0;
        m_retries.reset();
        m_backend.changedElsewhere(); // the new baseline, before anything (a save waiting) runs
        setAway({});
        if (!isReachable())
            return; // a save waiting for this found it gone again: that said so, and the next try is set
        // What teammates did meanwhile is not known, nor what failed to show here: read it all again.
        emit changedElsewhere();
    });
}

bool DraftStore::checkForOutsideChanges()
{
    if (!isReachable() || !m_backend.isOpen())
        return false;
    if (!m_backend.changedElsewhere()) {
        // Nothing new, or the look failed: the server going away shows here first while the agent reads.
        noteIfAway(tr("The connection to the team library was lost."));
        return false;
    }
    emit changedElsewhere();
    return true;
}

std::optional<qint64> DraftStore::create(Draft draft, QString* error)
{
    const std::optional<Created> created = insert(std::move(draft), NameInUse::Refuse, error);
    return created ? std::optional(created->id) : std::nullopt;
}

std::optional<DraftLibrary::Created> DraftStore::createUnderFreeName(Draft draft, QString* error)
{
    return insert(std::move(draft), NameInUse::PickFree, error);
}

std::optional<DraftLibrary::Created> DraftStore::insert(Draft draft, NameInUse onNameInUse, QString* error)
{
    Write write(*this, error, tr("The draft was not saved: %1"));
    if (!write.begin())
        return std::nullopt;
    draft.name = draft.name.trimmed();
    draft.tags = DraftNaming::cleanTags(draft.tags);
    if (draft.name.isEmpty() && onNameInUse == NameInUse::Refuse) {
        write.fail(tr("it has no name"));
        return std::nullopt;
    }
    if (const QString why = ProductLookRules::problem(draft.productLooks); !why.isEmpty()) {
        write.fail(why);
        return std::nullopt;
    }
    // Inside the write transaction, so that no other writer can take the name between the check and the
    // insert.
    if (onNameInUse == NameInUse::PickFree) {
        const std::optional<QSet<QString>> taken = namesInUse(write.db, &write.problem);
        if (!taken) {
            write.fail();
            return std::nullopt;
        }
        draft.name = DraftNaming::unique(draft.name, *taken);
    } else {
        const std::optional<bool> taken = nameInUse(write.db, draft.name, 0, &write.problem);
        if (!taken || *taken) {
            write.fail(taken ? DraftNaming::nameTaken(draft.name) : QString());
            return std::nullopt;
        }
    }
    const std::optional<qint64> id = insertDraft(m_backend, draft, timeText(now()), author(), &write.problem);
    if (!id || !write.commit()) {
        write.fail();
        return std::nullopt;
    }
    emit draftAdded(*id);
    return Created{*id, draft.name};
}

bool DraftStore::update(const Draft& draft, QString* error, std::optional<Draft>* changedSince)
{
    Write write(*this, error, tr("The draft was not saved: %1"));
    const QString name = draft.name.trimmed();
    const QStringList tags = DraftNaming::cleanTags(draft.tags);
    const std::optional<State> state = write.beginChangeOf(draft.id);
    if (!state)
        return false;
    // Inside the write: no other writer can slip in between this look and the update.
    if (draft.version != 0 && draft.version != state->version) {
        std::optional<Draft> now;
        if (!readDraft(write.db, QStringLiteral("id = ?"), {draft.id}, &now, &write.problem) || !now)
            return write.fail();
        if (changedSince)
            *changedSince = now;
        return write.fail(changedMeanwhile(*now));
    }
    if (name.isEmpty())
        return write.fail(tr("it has no name"));
    if (const QString why = ProductLookRules::problem(draft.productLooks); !why.isEmpty())
        return write.fail(why);
    // Names need only be unique outside the trash; restore() settles a clash.
    if (!state->trashed) {
        const std::optional<bool> taken = nameInUse(write.db, name, draft.id, &write.problem);
        if (!taken || *taken)
            return write.fail(taken ? DraftNaming::nameTaken(name) : QString());
    }
    const StoredMessage message(draft.payload);
    if (!run(write.db,
             QStringLiteral(
                 "UPDATE drafts SET name = ?, name_key = ?, payload = ?, summary_type = ?, "
                 "summary_excerpt = ?, default_recipient = ?, teammate_id = ?, variable_defaults = ?, "
                 "product_looks = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?"),
             {name, DraftNaming::key(name), message.text, message.type, message.excerpt,
              textOrNull(draft.defaultRecipient), textOrNull(draft.teammateId),
              stringMap(draft.variableDefaults, true), ProductLookRules::toColumn(draft.productLooks),
              timeText(now()), textOrNull(author()), draft.id},
             &write.problem) ||
        !writeTags(write.db, draft.id, tags, &write.problem) ||
        !m_backend.writeSearch(draft.id, name, tags, draft.payload, &write.problem) || !write.commit())
        return write.fail();
    emit draftChanged(draft.id);
    return true;
}

QString DraftStore::changedMeanwhile(const Draft& now)
{
    const QString when = QLocale().toString(now.updatedAt.toLocalTime(), QLocale::ShortFormat);
    return now.updatedBy.isEmpty()
               ? tr("“%1” was changed at %2, since it was opened here").arg(now.name, when)
               : tr("%1 changed “%2” at %3, since it was opened here").arg(now.updatedBy, now.name, when);
}

std::optional<Draft> DraftStore::find(qint64 id, QString* error)
{
    QString problem;
    if (!openDatabase(&problem)) {
        failed(error, problem);
        return std::nullopt;
    }
    std::optional<Draft> draft;
    if (!readDraft(m_backend.connection(), QStringLiteral("id = ?"), {id}, &draft, &problem))
        failed(error, tr("Could not read the drafts: %1").arg(problem));
    return draft;
}

std::optional<Draft> DraftStore::findByName(const QString& name, QString* error)
{
    QString problem;
    if (!openDatabase(&problem)) {
        failed(error, problem);
        return std::nullopt;
    }
    std::optional<Draft> draft;
    if (!readDraft(m_backend.connection(), QStringLiteral("name_key = ? AND trashed_at IS NULL"),
                   {DraftNaming::key(name.trimmed())}, &draft, &problem))
        failed(error, tr("Could not read the drafts: %1").arg(problem));
    return draft;
}

DraftStore::PageStatement DraftStore::pageStatement(const DraftQuery& query)
{
    return pageStatement(query, m_backend.search(query), true);
}

DraftStore::PageStatement DraftStore::pageStatement(const DraftQuery& query,
                                                    const std::optional<LibraryBackend::Search>& search,
                                                    bool latestOnly)
{
    const QString tag = query.tag.trimmed();

    const QString from = search ? search->from : QStringLiteral("drafts d");
    QStringList conditions = {query.trash ? QStringLiteral("d.trashed_at IS NOT NULL")
                                          : QStringLiteral("d.trashed_at IS NULL")};
    PageStatement page;
    QVariantList& values = page.values;
    if (search) {
        conditions.append(search->condition);
        values.append(search->values);
    }
    if (!tag.isEmpty()) {
        conditions.append(
            QStringLiteral("EXISTS (SELECT 1 FROM draft_tags t WHERE t.draft_id = d.id AND t.tag_key = ?)"));
        values.append(DraftNaming::key(tag));
    }
    const QString where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (!search && query.sort == DraftQuery::Sort::Name) {
        // name_key rather than name: outside the trash, the index on name_key holds every id and key, so
        // that the drafts themselves (their messages) are not read at all. The collator ignores case, and the
        // key differs from the name by case only (folded) and by normalization, which the collator applies
        // itself: both sort alike.
        page.byName = true;
        page.sql = QStringLiteral("SELECT d.id, d.name_key FROM ") + from + where;
        return page;
    }
    QString& sql = page.sql;
    // Without a search the drafts come in the order of an index and each is read as it comes: its summary
    // too. A search's matches are ranked (or filtered) first, carrying their ids only, for a page of them: a
    // first keystroke matches most of the library (the summaries along made "o" and "or" 15-40% slower). A
    // list of every match (the command line's) reads each as it comes: their ids spelled into a second
    // statement cost more.
    page.summaries = !search || query.limit < 0;
    sql = QStringLiteral("SELECT %1 FROM ").arg(page.summaries ? m_summaryColumns : QStringLiteral("d.id")) +
          from + where;
    const QString newestFirst = QStringLiteral("d.updated_at DESC, d.id DESC");
    // A search ranks its matches, unless it is too broad to (then, like no search, newest first); or ranks
    // the newest of them only, taken in time order first, for a page that fits in them (a list of every
    // match, the command line's, ranks every match).
    const bool rankNewest = search && !search->rank.isEmpty() && search->rankedAtMost > 0 &&
                            query.limit > 0 && query.limit <= search->rankedAtMost;
    page.amongLatest = rankNewest && latestOnly && !search->newestFrom.isEmpty();
    if (rankNewest)
        sql = QStringLiteral(
                  "SELECT d.id FROM (SELECT d.id, d.updated_at, %1 FROM %2%3 ORDER BY %4 LIMIT %5) d "
                  "ORDER BY %6, %4")
                  .arg(search->rankInputs, page.amongLatest ? search->newestFrom : from, where, newestFirst,
                       QString::number(search->rankedAtMost), search->rank);
    else if (search && !search->rank.isEmpty())
        sql += QStringLiteral(" ORDER BY %1, %2").arg(search->rank, newestFirst);
    else
        sql += QStringLiteral(" ORDER BY ") + newestFirst;
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(query.limit);
    }
    return page;
}

QList<DraftSummary> DraftStore::list(const DraftQuery& query, QString* error)
{
    const auto fail = [&](const QString& why) {
        failed(error, tr("Could not read the drafts: %1").arg(why));
        return QList<DraftSummary>();
    };
    QString problem;
    if (!openDatabase(&problem)) {
        failed(error, problem);
        return {};
    }
    if (query.limit == 0)
        return {};
    // A page (the panel's, again at every keystroke) reads much of the library again and again: the engine
    // may keep more of it. A list of everything (the command line's) reads each row once, and a larger cache
    // would only be memory to fault in: a quarter of `drafts list` at 10,000 drafts (issue 21).
    if (query.limit > 0)
        m_backend.beforeRead();
    // Asked of the backend once: a search may cost it a look at the latest drafts.
    const std::optional<LibraryBackend::Search> search = m_backend.search(query);
    const PageStatement statement = pageStatement(query, search, true);
    // The page's drafts in order: read whole as they come when nothing is sorted but by an index; else first
    // their ids (sorting carries an id and a rank or a time, or the app sorts names) and then only the page's
    // drafts are read.
    QList<DraftSummary> page;
    if (statement.byName) {
        QList<qint64> ids;
        if (!idsByName(m_backend.connection(), statement.sql, statement.values, query.limit, &ids, &problem))
            return fail(problem);
        page.reserve(ids.size());
        for (const qint64 id : std::as_const(ids)) {
            DraftSummary summary;
            summary.id = id;
            page.append(summary);
        }
    } else {
        // Prepared once per connection: this runs on every keystroke in the search field.
        QSqlQuery* select = m_backend.prepared(statement.sql, &problem);
        if (!select || !readPage(*select, statement.values, statement.summaries, &page, &problem))
            return fail(problem);
        // The latest drafts did not fill the page: older ones may, so the whole library is searched.
        if (statement.amongLatest && page.size() < query.limit) {
            const PageStatement everywhere = pageStatement(query, search, false);
            page.clear();
            select = m_backend.prepared(everywhere.sql, &problem);
            if (!select || !readPage(*select, everywhere.values, everywhere.summaries, &page, &problem))
                return fail(problem);
        }
    }
    if (page.isEmpty())
        return {};
    const QString in = idList(page);

    if (!statement.summaries) {
        QHash<qint64, DraftSummary> summaries;
        summaries.reserve(page.size());
        QSqlQuery select(m_backend.connection());
        if (!run(select,
                 QStringLiteral("SELECT %1 FROM drafts d WHERE d.id IN (%2)").arg(m_summaryColumns, in), {},
                 &problem))
            return fail(problem);
        while (select.next()) {
            const DraftSummary summary = summaryFrom(select);
            summaries.insert(summary.id, summary);
        }
        if (select.lastError().isValid())
            return fail(select.lastError().text());
        QList<DraftSummary> read;
        read.reserve(page.size());
        for (const DraftSummary& listed : std::as_const(page)) {
            // A draft deleted between the two reads (another window) is simply not shown.
            const auto found = summaries.constFind(listed.id);
            if (found != summaries.constEnd())
                read.append(*found);
        }
        page = std::move(read);
    }

    if (!readTags(m_backend, query.limit < 0 ? QString() : in, &page, &problem))
        return fail(problem);
    return page;
}

bool DraftStore::rename(qint64 id, const QString& newName, QString* error)
{
    Write write(*this, error, tr("The draft was not renamed: %1"));
    const QString name = newName.trimmed();
    const std::optional<State> state = write.beginChangeOf(id);
    if (!state)
        return false;
    if (name.isEmpty())
        return write.fail(tr("the new name is empty"));
    if (!state->trashed) {
        const std::optional<bool> taken = nameInUse(write.db, name, id, &write.problem);
        if (!taken || *taken)
            return write.fail(taken ? DraftNaming::nameTaken(name) : QString());
    }
    if (!run(write.db,
             QStringLiteral("UPDATE drafts SET name = ?, name_key = ?, updated_at = ?, updated_by = ?, "
                            "version = version + 1 WHERE id = ?"),
             {name, DraftNaming::key(name), timeText(now()), textOrNull(author()), id}, &write.problem) ||
        !m_backend.renameSearch(id, name, &write.problem) || !write.commit())
        return write.fail();
    emit draftChanged(id);
    return true;
}

std::optional<qint64> DraftStore::duplicate(qint64 id, QString* error)
{
    Write write(*this, error, tr("The draft was not duplicated: %1"));
    if (!write.begin())
        return std::nullopt;
    std::optional<Draft> original;
    if (!readDraft(write.db, QStringLiteral("id = ?"), {id}, &original, &write.problem) || !original) {
        write.fail(original ? QString() : DraftNaming::missing(id));
        return std::nullopt;
    }
    const std::optional<QSet<QString>> taken = namesInUse(write.db, &write.problem);
    if (!taken) {
        write.fail();
        return std::nullopt;
    }
    Draft copy = *original;
    copy.name = DraftNaming::copyOf(original->name, *taken);
    const std::optional<qint64> copyId =
        insertDraft(m_backend, copy, timeText(now()), author(), &write.problem);
    if (!copyId || !write.commit()) {
        write.fail();
        return std::nullopt;
    }
    emit draftAdded(*copyId);
    return copyId;
}

bool DraftStore::moveToTrash(qint64 id, QString* error)
{
    Write write(*this, error, tr("The draft was not moved to the trash: %1"));
    const std::optional<State> state = write.beginChangeOf(id);
    if (!state)
        return false;
    if (state->trashed)
        return true; // already there
    if (!run(write.db, QStringLiteral("UPDATE drafts SET trashed_at = ? WHERE id = ?"), {timeText(now()), id},
             &write.problem) ||
        !write.commit())
        return write.fail();
    emit draftTrashed(id);
    return true;
}

bool DraftStore::restore(qint64 id, QString* error)
{
    Write write(*this, error, tr("The draft was not restored: %1"));
    const std::optional<State> state = write.beginChangeOf(id);
    if (!state)
        return false;
    if (!state->trashed)
        return true; // not in the trash: nothing to do
    const std::optional<QSet<QString>> taken = namesInUse(write.db, &write.problem);
    if (!taken)
        return write.fail();
    const QString name = DraftNaming::restored(state->name, *taken);
    if (!run(write.db,
             QStringLiteral("UPDATE drafts SET trashed_at = NULL, name = ?, name_key = ? WHERE id = ?"),
             {name, DraftNaming::key(name), id}, &write.problem) ||
        (name != state->name && !m_backend.renameSearch(id, name, &write.problem)) || !write.commit())
        return write.fail();
    emit draftRestored(id);
    return true;
}

bool DraftStore::purge(qint64 id, QString* error)
{
    Write write(*this, error, tr("The draft was not deleted: %1"));
    const std::optional<State> state = write.beginChangeOf(id);
    if (!state)
        return false;
    // Deleting for good is the trash's job only: one slip in the library must stay undoable.
    if (!state->trashed)
        return write.fail(tr("it is not in the trash"));
    // Its tags go with it (ON DELETE CASCADE); the recovery slot keeps its text as never saved (SET NULL).
    if (!m_backend.removeSearch(id, &write.problem) ||
        !run(write.db, QStringLiteral("DELETE FROM drafts WHERE id = ?"), {id}, &write.problem) ||
        !write.commit())
        return write.fail();
    emit draftPurged(id);
    return true;
}

QStringList DraftStore::tags(QString* error)
{
    QString problem;
    if (!openDatabase(&problem)) {
        failed(error, problem);
        return {};
    }
    m_backend.beforeRead();
    const QSqlDatabase db = m_backend.connection();
    const auto fail = [&](const QString& why) {
        failed(error, tr("Could not read the tags: %1").arg(why));
        return QStringList();
    };
    // Reading every tag of every draft costs 170 ms at 100,000 drafts (issue 21). The keys are found one
    // index seek each (a skip scan of draft_tags_tag_key); the tags of the newest drafts give most keys
    // their latest spelling; only a key not among them is looked for on its own.
    QStringList keys;
    {
        QSqlQuery query(db);
        if (!run(query,
                 QStringLiteral(
                     "WITH RECURSIVE found (next_key) AS (SELECT min(tag_key) FROM draft_tags UNION ALL "
                     "SELECT (SELECT min(tag_key) FROM draft_tags WHERE tag_key > found.next_key) FROM found "
                     "WHERE found.next_key IS NOT NULL) SELECT next_key FROM found WHERE next_key IS NOT "
                     "NULL"),
                 {}, &problem))
            return fail(problem);
        while (query.next())
            keys.append(query.value(0).toString());
        if (query.lastError().isValid())
            return fail(query.lastError().text());
    }
    if (keys.isEmpty())
        return {};
    // By key, the spelling of the most recently updated draft outside the trash that has it.
    QHash<QString, QString> spellings;
    {
        QSqlQuery query(db);
        if (!run(
                query,
                QStringLiteral("SELECT t.tag_key, t.tag FROM drafts d JOIN draft_tags t ON t.draft_id = d.id "
                               "WHERE d.trashed_at IS NULL ORDER BY d.updated_at DESC, d.id DESC LIMIT %1")
                    .arg(NewestTagsRead),
                {}, &problem))
            return fail(problem);
        // Newest first: the first spelling of a key is its latest.
        while (query.next() && spellings.size() < keys.size()) {
            const QString key = query.value(0).toString();
            if (!spellings.contains(key))
                spellings.insert(key, query.value(1).toString());
        }
        if (query.lastError().isValid())
            return fail(query.lastError().text());
    }
    for (const QString& key : std::as_const(keys)) {
        if (spellings.contains(key))
            continue;
        QSqlQuery* query = m_backend.prepared(
            QStringLiteral(
                "SELECT t.tag FROM draft_tags t JOIN drafts d ON d.id = t.draft_id WHERE t.tag_key = ? "
                "AND d.trashed_at IS NULL ORDER BY d.updated_at DESC, d.id DESC LIMIT 1"),
            &problem);
        if (!query)
            return fail(problem);
        query->addBindValue(key);
        if (!query->exec())
            return fail(query->lastError().text());
        if (query->next())
            spellings.insert(key, query->value(0).toString()); // else only drafts in the trash have it
        const bool failedToRead = query->lastError().isValid();
        const QString why = query->lastError().text();
        query->finish();
        if (failedToRead)
            return fail(why);
    }
    QStringList tags = spellings.values();
    const QCollator collator = readingOrder();
    std::sort(tags.begin(), tags.end(), [&](const QString& a, const QString& b) {
        const int order = collator.compare(a, b);
        return order != 0 ? order < 0 : a < b;
    });
    return tags;
}

QString DraftStore::uniqueName(const QString& wanted, QString* error)
{
    QString problem;
    if (!openDatabase(&problem)) {
        failed(error, problem);
        return {};
    }
    const std::optional<QSet<QString>> taken = namesInUse(m_backend.connection(), &problem);
    if (!taken) {
        failed(error, tr("Could not read the drafts: %1").arg(problem));
        return {};
    }
    return DraftNaming::unique(wanted, *taken);
}

int DraftStore::count(QString* error)
{
    QString problem;
    if (!openDatabase(&problem)) {
        failed(error, problem);
        return -1;
    }
    QSqlQuery query(m_backend.connection());
    if (!run(query, QStringLiteral("SELECT count(*) FROM drafts WHERE trashed_at IS NULL"), {}, &problem) ||
        !query.next()) {
        failed(
            error,
            tr("Could not read the drafts: %1").arg(problem.isEmpty() ? query.lastError().text() : problem));
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace wa
