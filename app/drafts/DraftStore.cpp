#include "DraftStore.h"

#include "message/MessageJson.h"
#include "storage/Database.h"

#include <QCollator>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <vector>

namespace wa {

namespace {

using L1 = QLatin1StringView;

// The columns readDraft() reads, in the order draftFrom() expects them.
constexpr auto DraftColumns =
    "id, name, payload, default_recipient, teammate_id, created_at, updated_at, trashed_at";

// bm25() weights of drafts_search's columns: a word of the name counts most, then a tag, then the message.
constexpr auto Rank = "bm25(drafts_search, 10.0, 5.0, 1.0)";

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

// QSQLITE binds a null QString as NULL: columns that must hold text get an empty one instead.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// ISO 8601, UTC, milliseconds: sorts as text, like send_attempts.sent_at.
QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// What makes two names, or two tags, the same: "Café", "CAFÉ" and a decomposed "café" are one name.
QString keyOf(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QStringList cleanTags(const QStringList& tags)
{
    QStringList clean;
    QSet<QString> seen;
    for (const QString& tag : tags) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty() || seen.contains(keyOf(trimmed)))
            continue;
        seen.insert(keyOf(trimmed));
        clean.append(trimmed);
    }
    return clean;
}

// Prepares sql, binds the values in order and runs it; false with the driver's text in *sqlError.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* sqlError)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *sqlError = query.lastError().text();
        return false;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *sqlError = query.lastError().text();
        return false;
    }
    return true;
}

bool run(const QSqlDatabase& db, const QString& sql, const QVariantList& values, QString* sqlError)
{
    QSqlQuery query(db);
    return run(query, sql, values, sqlError);
}

// One write: everything between begin() and commit() lands, or nothing does.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool begin(QString* sqlError)
    {
        // IMMEDIATE takes the write lock up front, so that another app instance writing makes this one wait
        // (busy_timeout) instead of failing: a deferred transaction that has read (the name check) cannot
        // wait for the lock once another connection has committed; SQLite fails it on the spot.
        if (m_db.driverName() == L1("QSQLITE")) {
            QSqlQuery query(m_db);
            if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                *sqlError = query.lastError().text();
                return false;
            }
        } else if (!m_db.transaction()) {
            *sqlError = m_db.lastError().text();
            return false;
        }
        m_open = true;
        return true;
    }

    // On failure the transaction stays open, and the destructor rolls it back.
    bool commit(QString* sqlError)
    {
        if (!m_db.commit()) {
            *sqlError = m_db.lastError().text();
            return false;
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

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
    return draft;
}

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
};

// The name and place of draft `id` into *state (left empty when there is none); false on an SQL error.
bool readState(const QSqlDatabase& db, qint64 id, std::optional<State>* state, QString* sqlError)
{
    state->reset();
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT name, trashed_at IS NOT NULL FROM drafts WHERE id = ?"), {id},
             sqlError))
        return false;
    if (query.next())
        *state = State{query.value(0).toString(), query.value(1).toInt() != 0};
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
             {keyOf(name), except}, sqlError))
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

// The first of candidate(1), candidate(2) ... that is not taken.
QString freeName(const QSet<QString>& taken, const std::function<QString(qsizetype)>& candidate)
{
    // Among taken.size() + 1 different names one is free; the bound only matters if a translation of the
    // numbered forms leaves the number out (all candidates alike), which must not loop for ever.
    for (qsizetype n = 1; n <= taken.size() + 1; ++n) {
        const QString name = candidate(n);
        if (!taken.contains(keyOf(name)))
            return name;
    }
    for (qsizetype n = 2;; ++n) {
        const QString name = QStringLiteral("%1 (%2)").arg(candidate(1), QString::number(n));
        if (!taken.contains(keyOf(name)))
            return name;
    }
}

// The %1 of `name` if it has the shape of `format` (%1 a name, %2 a number), e.g. "Offer" for
// "Offer (copy 2)" and "%1 (copy %2)".
std::optional<QString> baseOf(const QString& name, const QString& format)
{
    QString pattern = QRegularExpression::escape(format);
    pattern.replace(L1("\\%1"), L1("(?<base>.+)"));
    pattern.replace(L1("\\%2"), L1("[0-9]+"));
    const QRegularExpression shape(QRegularExpression::anchoredPattern(pattern),
                                   QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = shape.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(QStringLiteral("base"));
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
                 {id, position, tag, keyOf(tag)}, sqlError))
            return false;
    }
    return true;
}

// The search row of a draft. Everything is indexed composed (NFC), like the queries, so that a decomposed
// "é" typed or pasted finds a composed one.
bool writeSearch(const QSqlDatabase& db, qint64 id, const QString& name, const QStringList& tags,
                 const QByteArray& payload, QString* sqlError)
{
    const auto composed = [](const QString& text) { return text.normalized(QString::NormalizationForm_C); };
    return run(db, QStringLiteral("DELETE FROM drafts_search WHERE rowid = ?"), {id}, sqlError) &&
           run(db, QStringLiteral("INSERT INTO drafts_search (rowid, name, tags, text) VALUES (?, ?, ?, ?)"),
               {id, composed(name), text(composed(tags.join(QLatin1Char('\n')))),
                text(composed(DraftStore::searchableTexts(payload).join(QLatin1Char('\n'))))},
               sqlError);
}

bool renameSearch(const QSqlDatabase& db, qint64 id, const QString& name, QString* sqlError)
{
    return run(db, QStringLiteral("UPDATE drafts_search SET name = ? WHERE rowid = ?"),
               {name.normalized(QString::NormalizationForm_C), id}, sqlError);
}

// A new draft outside the trash, with its tags and its search row; its id.
std::optional<qint64> insertDraft(const QSqlDatabase& db, const Draft& draft, const QString& now,
                                  QString* sqlError)
{
    qint64 id = 0;
    {
        QSqlQuery query(db);
        if (!run(
                query,
                QStringLiteral("INSERT INTO drafts (name, name_key, payload, default_recipient, teammate_id, "
                               "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {draft.name, keyOf(draft.name), text(QString::fromUtf8(draft.payload)),
                 textOrNull(draft.defaultRecipient), textOrNull(draft.teammateId), now, now},
                sqlError))
            return std::nullopt;
        id = query.lastInsertId().toLongLong();
    }
    if (!writeTags(db, id, draft.tags, sqlError) ||
        !writeSearch(db, id, draft.name, draft.tags, draft.payload, sqlError))
        return std::nullopt;
    return id;
}

QString missing(qint64 id)
{
    return DraftStore::tr("draft %1 does not exist (it may have been deleted)").arg(id);
}

// The start of a change to one draft: its write transaction begun and its state read. nullopt, with *problem,
// when either fails or there is no such draft.
std::optional<State> beginChangeOf(Transaction& transaction, const QSqlDatabase& db, qint64 id,
                                   QString* problem)
{
    std::optional<State> state;
    if (!transaction.begin(problem) || !readState(db, id, &state, problem))
        return std::nullopt;
    if (!state)
        *problem = missing(id);
    return state;
}

QString nameTaken(const QString& name)
{
    return DraftStore::tr("another draft is already named \"%1\"").arg(name);
}

// At most `max` code points (a pair of surrogates is never split), the last an ellipsis when cut.
QString shortened(const QString& text, qsizetype max)
{
    const QList<uint> points = text.toUcs4();
    if (points.size() <= max)
        return text;
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()), max - 1).trimmed() +
           QChar(0x2026);
}

// What a summary shows of a payload: its "type" and one line of text. Read with Qt's JSON parser only, not
// the codec, so that an unfinished message still shows what it has.
struct Gist
{
    QString type;
    QString excerpt;
};

Gist gistOf(const QByteArray& payload)
{
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    if (!document.isObject())
        return {};
    const QJsonObject message = document.object();
    const QJsonObject header = message.value(L1("header")).toObject();
    QString line;
    if (header.value(L1("type")).toString() == L1("text"))
        line = header.value(L1("text")).toString().simplified();
    if (line.isEmpty())
        line = message.value(L1("body")).toObject().value(L1("text")).toString().simplified();
    return {message.value(L1("type")).toString(), shortened(line, DraftStore::MaxExcerptLength)};
}

void appendStrings(const QJsonValue& value, QStringList* texts)
{
    if (value.isString() && !value.toString().isEmpty()) {
        texts->append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            appendStrings(item, texts);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            appendStrings(it.value(), texts);
    }
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

// Runs a prepared query with these values and reads the first column of every row as an id.
bool readIds(QSqlQuery& query, const QVariantList& values, QList<qint64>* ids, QString* sqlError)
{
    query.setForwardOnly(true);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *sqlError = query.lastError().text();
        return false;
    }
    while (query.next())
        ids->append(query.value(0).toLongLong());
    const bool ok = !query.lastError().isValid();
    if (!ok)
        *sqlError = query.lastError().text();
    query.finish(); // a kept statement must not hold the read snapshot until its next use
    return ok;
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

DraftStore::DraftStore(Database& database, Clock clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(std::move(clock))
{
    connect(&m_watchTimer, &QTimer::timeout, this, &DraftStore::checkForOutsideChanges);
}

void DraftStore::watchOutsideChanges(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_watchTimer.stop();
        return;
    }
    m_watchTimer.start(interval);
}

bool DraftStore::openDatabase(QString* error)
{
    if (!m_database.open(error))
        return false;
    // What is read from now on is what later changes elsewhere are told from (the send history may have
    // opened the file first).
    if (m_dataVersion < 0)
        checkForOutsideChanges();
    return true;
}

bool DraftStore::checkForOutsideChanges()
{
    if (!m_database.isOpen())
        return false;
    QSqlQuery* pragma = m_database.prepared(QStringLiteral("PRAGMA data_version"));
    if (!pragma || !pragma->exec() || !pragma->next())
        return false;
    const qint64 version = pragma->value(0).toLongLong();
    pragma->finish(); // a kept statement must not hold a read snapshot: data_version would never move
    // data_version moves with every commit of another connection, the autosave slot's and the send
    // history's too: the library's own count of changes tells those from changes to the drafts.
    if (version == m_dataVersion)
        return false;
    const bool firstLook = m_dataVersion < 0;
    m_dataVersion = version;
    const qint64 changes = libraryChanges();
    const bool changed = changes != m_libraryChanges;
    m_libraryChanges = changes;
    if (firstLook || !changed)
        return false;
    emit changedElsewhere();
    return true;
}

qint64 DraftStore::libraryChanges()
{
    QSqlQuery* query = m_database.prepared(QStringLiteral("SELECT changes FROM library_version WHERE id = 1"));
    if (!query || !query->exec() || !query->next())
        return -1;
    const qint64 changes = query->value(0).toLongLong();
    query->finish();
    return changes;
}

QDateTime DraftStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

std::optional<qint64> DraftStore::create(Draft draft, QString* error)
{
    const auto fail = [&](const QString& why) {
        setError(error, tr("The draft was not saved: %1").arg(why));
        return std::nullopt;
    };
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return std::nullopt;
    }
    draft.name = draft.name.trimmed();
    draft.tags = cleanTags(draft.tags);
    if (draft.name.isEmpty())
        return fail(tr("it has no name"));

    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.begin(&problem))
        return fail(problem);
    const std::optional<bool> taken = nameInUse(db, draft.name, 0, &problem);
    if (!taken)
        return fail(problem);
    if (*taken)
        return fail(nameTaken(draft.name));
    const std::optional<qint64> id = insertDraft(db, draft, timeText(now()), &problem);
    if (!id || !transaction.commit(&problem))
        return fail(problem);
    emit draftAdded(*id);
    return id;
}

bool DraftStore::update(const Draft& draft, QString* error)
{
    const auto fail = [&](const QString& why) {
        setError(error, tr("The draft was not saved: %1").arg(why));
        return false;
    };
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return false;
    }
    const QString name = draft.name.trimmed();
    const QStringList tags = cleanTags(draft.tags);
    if (name.isEmpty())
        return fail(tr("it has no name"));

    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.begin(&problem))
        return fail(problem);
    std::optional<State> state;
    if (!readState(db, draft.id, &state, &problem))
        return fail(problem);
    if (!state)
        return fail(missing(draft.id));
    // Names need only be unique outside the trash; restore() settles a clash.
    if (!state->trashed) {
        const std::optional<bool> taken = nameInUse(db, name, draft.id, &problem);
        if (!taken)
            return fail(problem);
        if (*taken)
            return fail(nameTaken(name));
    }
    if (!run(db,
             QStringLiteral("UPDATE drafts SET name = ?, name_key = ?, payload = ?, default_recipient = ?, "
                            "teammate_id = ?, updated_at = ? WHERE id = ?"),
             {name, keyOf(name), text(QString::fromUtf8(draft.payload)), textOrNull(draft.defaultRecipient),
              textOrNull(draft.teammateId), timeText(now()), draft.id},
             &problem) ||
        !writeTags(db, draft.id, tags, &problem) ||
        !writeSearch(db, draft.id, name, tags, draft.payload, &problem) || !transaction.commit(&problem))
        return fail(problem);
    emit draftChanged(draft.id);
    return true;
}

std::optional<Draft> DraftStore::find(qint64 id, QString* error)
{
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return std::nullopt;
    }
    std::optional<Draft> draft;
    if (!readDraft(m_database.connection(), QStringLiteral("id = ?"), {id}, &draft, &problem))
        setError(error, tr("Could not read the drafts: %1").arg(problem));
    return draft;
}

std::optional<Draft> DraftStore::findByName(const QString& name, QString* error)
{
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return std::nullopt;
    }
    std::optional<Draft> draft;
    if (!readDraft(m_database.connection(), QStringLiteral("name_key = ? AND trashed_at IS NULL"),
                   {keyOf(name.trimmed())}, &draft, &problem))
        setError(error, tr("Could not read the drafts: %1").arg(problem));
    return draft;
}

QList<DraftSummary> DraftStore::list(const DraftQuery& query, QString* error)
{
    const auto fail = [&](const QString& why) {
        setError(error, tr("Could not read the drafts: %1").arg(why));
        return QList<DraftSummary>();
    };
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return {};
    }
    if (query.limit == 0)
        return {};
    useLargerPageCache();
    const QString match = ftsQuery(query.search);
    const QString tag = query.tag.trimmed();

    // Words of one letter each (the first keystroke of a search) match most of a big library, and ranking
    // thousands of drafts by relevance to "o" would take more than a frame while telling little: those
    // searches list their matches newest first, walking the drafts by time until the page is full.
    const bool broad = isBroadSearch(match);
    const QString from = match.isEmpty() || broad
                             ? QStringLiteral("drafts d")
                             : QStringLiteral("drafts_search JOIN drafts d ON d.id = drafts_search.rowid");
    QStringList conditions = {query.trash ? QStringLiteral("d.trashed_at IS NOT NULL")
                                          : QStringLiteral("d.trashed_at IS NULL")};
    QVariantList values;
    if (broad) {
        conditions.append(
            QStringLiteral("d.id IN (SELECT rowid FROM drafts_search WHERE drafts_search MATCH ?)"));
        values.append(match);
    } else if (!match.isEmpty()) {
        conditions.append(QStringLiteral("drafts_search MATCH ?"));
        values.append(match);
    }
    if (!tag.isEmpty()) {
        conditions.append(
            QStringLiteral("EXISTS (SELECT 1 FROM draft_tags t WHERE t.draft_id = d.id AND t.tag_key = ?)"));
        values.append(keyOf(tag));
    }
    const QString where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));

    // First the ids of the page, in order; then only those drafts are read whole. Sorting carries an id
    // and a rank or a time (or a name) per matching draft instead of its message: a one-letter search
    // matches most of the library.
    QList<qint64> ids;
    if (match.isEmpty() && query.sort == DraftQuery::Sort::Name) {
        // name_key rather than name: outside the trash, the index on name_key holds every id and key, so
        // that the drafts themselves (their messages) are not read at all. The collator ignores case, and the
        // key differs from the name by case only (folded) and by normalization, which the collator applies
        // itself: both sort alike.
        if (!idsByName(m_database.connection(),
                       QStringLiteral("SELECT d.id, d.name_key FROM ") + from + where, values, query.limit,
                       &ids, &problem))
            return fail(problem);
    } else {
        QString sql = QStringLiteral("SELECT d.id FROM ") + from + where;
        if (!match.isEmpty() && !broad)
            sql += QStringLiteral(" ORDER BY %1, d.updated_at DESC, d.id DESC").arg(L1(Rank));
        else
            sql += QStringLiteral(" ORDER BY d.updated_at DESC, d.id DESC");
        if (query.limit > 0) {
            sql += QStringLiteral(" LIMIT ?");
            values.append(query.limit);
        }
        // Prepared once per connection: this runs on every keystroke in the search field.
        QSqlQuery* select = m_database.prepared(sql, &problem);
        if (!select || !readIds(*select, values, &ids, &problem))
            return fail(problem);
    }
    if (ids.isEmpty())
        return {};

    // The ids are ours, read above: no text of the user's is spliced.
    QStringList idList;
    idList.reserve(ids.size());
    for (const qint64 id : ids)
        idList.append(QString::number(id));
    const QString in = idList.join(QLatin1Char(','));

    QHash<qint64, DraftSummary> summaries;
    summaries.reserve(ids.size());
    {
        QSqlQuery select(m_database.connection());
        // SQLite hands TEXT to Qt as UTF-16, which would be converted back to UTF-8 for the JSON parser: as
        // a BLOB it comes as the stored UTF-8 bytes, at a fraction of the cost on a page of messages.
        const QString payload = m_database.connection().driverName() == L1("QSQLITE")
                                    ? QStringLiteral("CAST(payload AS BLOB)")
                                    : QStringLiteral("payload");
        if (!run(select,
                 QStringLiteral("SELECT id, name, %1, updated_at, trashed_at FROM drafts WHERE id IN (%2)")
                     .arg(payload, in),
                 {}, &problem))
            return fail(problem);
        while (select.next()) {
            DraftSummary summary;
            summary.id = select.value(0).toLongLong();
            summary.name = select.value(1).toString();
            const QVariant bytes = select.value(2);
            // A list longer than the cache holds (the whole library) would only push the pages out.
            std::tie(summary.type, summary.excerpt) = gistCached(
                bytes.typeId() == QMetaType::QByteArray ? bytes.toByteArray() : bytes.toString().toUtf8(),
                ids.size() <= MaxCachedGists);
            summary.updatedAt = timeFrom(select.value(3));
            summary.trashedAt = timeFrom(select.value(4));
            summaries.insert(summary.id, summary);
        }
        if (select.lastError().isValid())
            return fail(select.lastError().text());
    }
    {
        QSqlQuery select(m_database.connection());
        if (!run(select,
                 QStringLiteral("SELECT draft_id, tag FROM draft_tags WHERE draft_id IN (%1) "
                                "ORDER BY draft_id, position")
                     .arg(in),
                 {}, &problem))
            return fail(problem);
        while (select.next()) {
            const auto found = summaries.find(select.value(0).toLongLong());
            if (found != summaries.end())
                found->tags.append(select.value(1).toString());
        }
        if (select.lastError().isValid())
            return fail(select.lastError().text());
    }

    QList<DraftSummary> page;
    page.reserve(ids.size());
    for (const qint64 id : ids) {
        // A draft deleted between the two reads (another window) is simply not shown.
        const auto found = summaries.constFind(id);
        if (found != summaries.constEnd())
            page.append(*found);
    }
    return page;
}

void DraftStore::useLargerPageCache()
{
    // SQLite keeps 2 MiB of the file's pages by default. A search reads the index and, for the rank's
    // tie-break and the trash filter, the row of every draft that matches (tags() reads every row): at
    // 10,000 drafts (13.5 MiB) that is read from the file again on every keystroke, a system call per page
    // (2,000 per search, half the time of one). A setting of the connection; the cache grows only as pages
    // are read. Set on every read of the library, as the connection may have been closed and opened again
    // since; a kept statement costs next to nothing.
    if (m_database.connection().driverName() != L1("QSQLITE"))
        return;
    if (QSqlQuery* pragma =
            m_database.prepared(QStringLiteral("PRAGMA cache_size = -%1").arg(PageCacheKiB))) {
        pragma->exec();
        pragma->finish();
    }
}

std::pair<QString, QString> DraftStore::gistCached(const QByteArray& payload, bool remember)
{
    const auto found = m_gists.constFind(payload);
    if (found != m_gists.constEnd())
        return *found;
    const Gist gist = gistOf(payload);
    if (!remember)
        return {gist.type, gist.excerpt};
    // Bounded: a few pages' worth, enough for the keystrokes of one search.
    if (m_gists.size() >= MaxCachedGists)
        m_gists.clear();
    return *m_gists.insert(payload, {gist.type, gist.excerpt});
}

bool DraftStore::rename(qint64 id, const QString& newName, QString* error)
{
    const auto fail = [&](const QString& why) {
        setError(error, tr("The draft was not renamed: %1").arg(why));
        return false;
    };
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return false;
    }
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return fail(tr("the new name is empty"));

    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const std::optional<State> state = beginChangeOf(transaction, db, id, &problem);
    if (!state)
        return fail(problem);
    if (!state->trashed) {
        const std::optional<bool> taken = nameInUse(db, name, id, &problem);
        if (!taken)
            return fail(problem);
        if (*taken)
            return fail(nameTaken(name));
    }
    if (!run(db, QStringLiteral("UPDATE drafts SET name = ?, name_key = ?, updated_at = ? WHERE id = ?"),
             {name, keyOf(name), timeText(now()), id}, &problem) ||
        !renameSearch(db, id, name, &problem) || !transaction.commit(&problem))
        return fail(problem);
    emit draftChanged(id);
    return true;
}

std::optional<qint64> DraftStore::duplicate(qint64 id, QString* error)
{
    const auto fail = [&](const QString& why) {
        setError(error, tr("The draft was not duplicated: %1").arg(why));
        return std::nullopt;
    };
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return std::nullopt;
    }
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.begin(&problem))
        return fail(problem);
    std::optional<Draft> original;
    if (!readDraft(db, QStringLiteral("id = ?"), {id}, &original, &problem))
        return fail(problem);
    if (!original)
        return fail(missing(id));
    const std::optional<QSet<QString>> taken = namesInUse(db, &problem);
    if (!taken)
        return fail(problem);

    const QString copyFormat = tr("%1 (copy)", "the name of a duplicated draft");
    const QString numberedFormat = tr("%1 (copy %2)", "the name of a duplicated draft, %2 from 2 on");
    // A copy of "Offer (copy)" is "Offer (copy 2)", not "Offer (copy) (copy)".
    const QString base = baseOf(original->name, copyFormat)
                             .value_or(baseOf(original->name, numberedFormat).value_or(original->name));
    Draft copy = *original;
    copy.name = freeName(*taken, [&](qsizetype n) {
        return n == 1 ? copyFormat.arg(base) : numberedFormat.arg(base, QString::number(n));
    });
    const std::optional<qint64> copyId = insertDraft(db, copy, timeText(now()), &problem);
    if (!copyId || !transaction.commit(&problem))
        return fail(problem);
    emit draftAdded(*copyId);
    return copyId;
}

bool DraftStore::moveToTrash(qint64 id, QString* error)
{
    const auto fail = [&](const QString& why) {
        setError(error, tr("The draft was not moved to the trash: %1").arg(why));
        return false;
    };
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return false;
    }
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const std::optional<State> state = beginChangeOf(transaction, db, id, &problem);
    if (!state)
        return fail(problem);
    if (state->trashed)
        return true; // already there
    if (!run(db, QStringLiteral("UPDATE drafts SET trashed_at = ? WHERE id = ?"), {timeText(now()), id},
             &problem) ||
        !transaction.commit(&problem))
        return fail(problem);
    emit draftTrashed(id);
    return true;
}

bool DraftStore::restore(qint64 id, QString* error)
{
    const auto fail = [&](const QString& why) {
        setError(error, tr("The draft was not restored: %1").arg(why));
        return false;
    };
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return false;
    }
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const std::optional<State> state = beginChangeOf(transaction, db, id, &problem);
    if (!state)
        return fail(problem);
    if (!state->trashed)
        return true; // not in the trash: nothing to do
    const std::optional<QSet<QString>> taken = namesInUse(db, &problem);
    if (!taken)
        return fail(problem);
    const QString name = freeName(*taken, [&](qsizetype n) {
        if (n == 1)
            return state->name;
        if (n == 2)
            return tr("%1 (restored)", "a restored draft whose name is in use").arg(state->name);
        return tr("%1 (restored %2)", "a restored draft whose name is in use, %2 from 2 on")
            .arg(state->name, QString::number(n - 1));
    });
    if (!run(db, QStringLiteral("UPDATE drafts SET trashed_at = NULL, name = ?, name_key = ? WHERE id = ?"),
             {name, keyOf(name), id}, &problem) ||
        (name != state->name && !renameSearch(db, id, name, &problem)) || !transaction.commit(&problem))
        return fail(problem);
    emit draftRestored(id);
    return true;
}

bool DraftStore::purge(qint64 id, QString* error)
{
    const auto fail = [&](const QString& why) {
        setError(error, tr("The draft was not deleted: %1").arg(why));
        return false;
    };
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return false;
    }
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const std::optional<State> state = beginChangeOf(transaction, db, id, &problem);
    if (!state)
        return fail(problem);
    // Deleting for good is the trash's job only: one slip in the library must stay undoable.
    if (!state->trashed)
        return fail(tr("it is not in the trash"));
    // Its tags go with it (ON DELETE CASCADE); the recovery slot keeps its text as never saved (SET NULL).
    if (!run(db, QStringLiteral("DELETE FROM drafts_search WHERE rowid = ?"), {id}, &problem) ||
        !run(db, QStringLiteral("DELETE FROM drafts WHERE id = ?"), {id}, &problem) ||
        !transaction.commit(&problem))
        return fail(problem);
    emit draftPurged(id);
    return true;
}

QStringList DraftStore::tags(QString* error)
{
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return {};
    }
    useLargerPageCache();
    QSqlQuery query(m_database.connection());
    // Most recently updated first, so that the spelling kept for a tag is its latest.
    if (!run(query,
             QStringLiteral("SELECT t.tag, t.tag_key FROM draft_tags t JOIN drafts d ON d.id = t.draft_id "
                            "WHERE d.trashed_at IS NULL ORDER BY d.updated_at DESC, d.id DESC, t.position"),
             {}, &problem)) {
        setError(error, tr("Could not read the tags: %1").arg(problem));
        return {};
    }
    QStringList tags;
    QSet<QString> seen;
    while (query.next()) {
        const QString key = query.value(1).toString();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        tags.append(query.value(0).toString());
    }
    if (query.lastError().isValid()) {
        setError(error, tr("Could not read the tags: %1").arg(query.lastError().text()));
        return {};
    }
    const QCollator collator = readingOrder();
    std::stable_sort(tags.begin(), tags.end(),
                     [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return tags;
}

QString DraftStore::uniqueName(const QString& wanted, QString* error)
{
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return {};
    }
    const std::optional<QSet<QString>> taken = namesInUse(m_database.connection(), &problem);
    if (!taken) {
        setError(error, tr("Could not read the drafts: %1").arg(problem));
        return {};
    }
    const QString trimmed = wanted.trimmed();
    const QString first = trimmed.isEmpty() ? tr("Untitled", "the name of a draft not named yet") : trimmed;
    return freeName(*taken, [&](qsizetype n) {
        return n == 1
                   ? first
                   : tr("%1 (%2)", "a draft name made unique, %2 from 2 on").arg(first, QString::number(n));
    });
}

int DraftStore::count(QString* error)
{
    QString problem;
    if (!openDatabase(&problem)) {
        setError(error, problem);
        return -1;
    }
    QSqlQuery query(m_database.connection());
    if (!run(query, QStringLiteral("SELECT count(*) FROM drafts WHERE trashed_at IS NULL"), {}, &problem) ||
        !query.next()) {
        setError(
            error,
            tr("Could not read the drafts: %1").arg(problem.isEmpty() ? query.lastError().text() : problem));
        return -1;
    }
    return query.value(0).toInt();
}

QStringList DraftStore::searchableTexts(const QByteArray& payload)
{
    const MessageParseResult parsed = MessageJson::fromJson(payload);
    QStringList texts;
    if (!parsed.ok()) {
        // Unfinished or foreign: whatever text it holds is still worth finding.
        const QJsonDocument document = QJsonDocument::fromJson(payload);
        if (document.isObject())
            appendStrings(document.object(), &texts);
        else if (document.isArray())
            appendStrings(document.array(), &texts);
        return texts;
    }
    const InteractiveMessage& message = *parsed.message;
    const auto add = [&](const QString& text) {
        if (!text.isEmpty())
            texts.append(text);
    };
    if (message.header.kind == HeaderKind::Text)
        add(message.header.text);
    if (message.header.kind == HeaderKind::Document)
        add(message.header.filename); // the phone shows it
    add(message.body.value_or(QString()));
    add(message.footer.value_or(QString()));
    // Titles and labels, never ids: an id is for the bot, not something a person remembers a draft by.
    if (const auto* buttons = message.actionAs<ReplyButtonsAction>()) {
        for (const ReplyButton& button : buttons->buttons)
            add(button.title);
    } else if (const auto* list = message.actionAs<ListAction>()) {
        add(list->button);
        for (const ListSection& section : list->sections) {
            add(section.title);
            for (const ListRow& row : section.rows) {
                add(row.title);
                add(row.description);
            }
        }
    } else if (const auto* cta = message.actionAs<CtaUrlAction>()) {
        add(cta->displayText);
        add(cta->url);
    } else if (const auto* flow = message.actionAs<FlowAction>()) {
        add(flow->cta);
    } else if (const auto* products = message.actionAs<ProductListAction>()) {
        for (const ProductSection& section : products->sections)
            add(section.title);
    }
    return texts;
}

QString DraftStore::ftsQuery(const QString& search)
{
    // Every run of letters and digits (the characters unicode61 indexes; anything else separates words
    // there too) becomes a quoted prefix term, all required. Quoting makes AND, NEAR, column filters and
    // the like plain words. Quoting alone is not enough: a NUL inside quotes is an "unterminated string"
    // to FTS5, and a term with no letters is an empty phrase that matches nothing, so that one stray "-"
    // would empty the results; hence the split. Doubling quotes is belt and braces: none survives it.
    QStringList terms;
    QString word;
    bool hasLetter = false;
    const auto flush = [&] {
        if (hasLetter)
            terms.append(QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                         QStringLiteral("\"*"));
        word.clear();
        hasLetter = false;
    };
    for (const uint point : search.normalized(QString::NormalizationForm_C).toUcs4()) {
        const char32_t c = point;
        const bool letter = QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse;
        if (letter || (QChar::isMark(c) && !word.isEmpty())) {
            word.append(QString::fromUcs4(&c, 1));
            hasLetter = hasLetter || letter;
        } else {
            flush();
        }
    }
    flush();
    return terms.join(QStringLiteral(" AND "));
}

bool DraftStore::isBroadSearch(const QString& match)
{
    if (match.isEmpty())
        return false;
    // ftsQuery's terms are "word"*, joined by AND.
    for (const QString& term : match.split(QStringLiteral(" AND "))) {
        if (QStringView(term).mid(1, term.size() - 3).toUcs4().size() != 1)
            return false;
    }
    return true;
}

QString DraftStore::excerpt(const QByteArray& payload)
{
    return gistOf(payload).excerpt;
}

} // namespace wa
