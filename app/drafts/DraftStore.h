#pragma once

#include "Draft.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

namespace wa {

class Database;

// The drafts library, the tags and the search index, in the app's database. Every SQL
// statement about drafts lives here, so that another engine (a team library on PostgreSQL) needs this class
// only. Opens the database on first use. Every write is one transaction; failures come back as text in
// *error (when given), never as a crash, and leave the database as it was.
//
// It says what changed, whoever changed it: its own writes by the signals below, as they commit; another
// connection's (another window, `wa-composer drafts import` in a shell) by changedElsewhere(), found by
// checkForOutsideChanges() (SQLite's data_version, then the library's own count of changes), which
// watchOutsideChanges() runs on a timer.
class DraftStore : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxExcerptLength = 120; // code points

    // The time stamps' source, for tests; the default is the current time in UTC.
    using Clock = std::function<QDateTime()>;

    explicit DraftStore(Database& database, Clock clock = {}, QObject* parent = nullptr);

    // Stores a new draft (its id, time stamps and trashedAt are ignored) and returns its id, never one a
    // purged draft had. Refuses an empty name or one in use, saying so.
    std::optional<qint64> create(Draft draft, QString* error = nullptr);
    // Writes everything but the id, createdAt and trashedAt of the draft with that id; sets updatedAt and
    // re-indexes it. Refuses a missing id, an empty name, or (outside the trash) a name in use.
    bool update(const Draft& draft, QString* error = nullptr);
    // Not there is not an error: nullopt with *error untouched.
    std::optional<Draft> find(qint64 id, QString* error = nullptr);
    // The draft outside the trash with this name, ignoring case.
    std::optional<Draft> findByName(const QString& name, QString* error = nullptr);
    QList<DraftSummary> list(const DraftQuery& query, QString* error = nullptr);

    // Trimmed; sets updatedAt. Refuses an empty name or (outside the trash) one in use.
    bool rename(qint64 id, const QString& newName, QString* error = nullptr);
    // A new draft with the same content, named "Name (copy)", "Name (copy 2)" ... (a copy of a copy counts
    // on from the original's name). Its id.
    std::optional<qint64> duplicate(qint64 id, QString* error = nullptr);
    // Out of the library, its search and its tags, until restored or purged. Already there: nothing to do.
    bool moveToTrash(qint64 id, QString* error = nullptr);
    // Takes the draft out of the trash; if its name is now in use it becomes "Name (restored)",
    // "Name (restored 2)" ... rather than failing. Its updatedAt stays: restoring is no edit.
    bool restore(qint64 id, QString* error = nullptr);
    // Deletes a draft in the trash for good (a draft outside the trash is refused).
    bool purge(qint64 id, QString* error = nullptr);

    // Every tag of the drafts outside the trash, once each ignoring case (spelled as the most recently
    // updated draft spells it), sorted ignoring case.
    QStringList tags(QString* error = nullptr);
    // `wanted` (trimmed; "Untitled" when empty) if no draft outside the trash has that name, else
    // "wanted (2)", "wanted (3)" ... Empty when the database cannot be read.
    QString uniqueName(const QString& wanted, QString* error = nullptr);
    // The drafts outside the trash; -1 when the database cannot be read.
    int count(QString* error = nullptr);

    // Looks once whether another connection changed the drafts since the last look, and emits
    // changedElsewhere() if it did. Cheap (one pragma) when nothing was committed elsewhere; nothing at all
    // while the database is not open (nobody has read from it yet). True when it emitted.
    bool checkForOutsideChanges();
    // Checks every `interval` from now on (the window while it is active); zero stops.
    void watchOutsideChanges(std::chrono::milliseconds interval);


    // The texts of a message that search looks through: header, body, footer, button and row titles,
    // descriptions, section titles, link text and URL, flow button... (ids left out). A payload that is not
    // a valid message gives every string value in its JSON; one that is not JSON gives nothing.
    static QStringList searchableTexts(const QByteArray& payload);
    // The FTS5 query for what the user typed: each run of letters and digits a quoted prefix term, all
    // required. Empty when there is nothing to look for. Never an FTS5 syntax error.
    static QString ftsQuery(const QString& search);
    // True for an ftsQuery() whose every word is one letter: listed newest first rather than ranked.
    static bool isBroadSearch(const QString& match);
    // The summary's one line for a payload.
    static QString excerpt(const QByteArray& payload);

signals:
    // A committed write of this store. Not for the autosave slot, which is nobody's library.
    void draftAdded(qint64 id); // created, duplicated, imported
    void draftChanged(qint64 id); // saved, renamed, tagged
    void draftTrashed(qint64 id);
    void draftRestored(qint64 id);
    void draftPurged(qint64 id);
    // Another connection changed the library: which drafts is not known, so read again what is shown.
    void changedElsewhere();

private:
    // Opens the database on first use, and takes note of what it holds then.
    bool openDatabase(QString* error);
    QDateTime now() const;
    // How many times the drafts and their tags were written, by anyone (triggers keep the count); -1 when
    // it cannot be read.
    qint64 libraryChanges();
    // A summary's type and excerpt for a payload (see excerpt()), remembered when `remember` says so.
    std::pair<QString, QString> gistCached(const QByteArray& payload, bool remember);
    void useLargerPageCache();

    static constexpr qsizetype MaxCachedGists = 2048;
    static constexpr int PageCacheKiB = 16384;

    Database& m_database;
    Clock m_clock;
    // By payload, exactly: parsing the JSON of each message is most of what listing a page costs, and the
    // next keystroke of a search lists many of the same drafts again.
    QHash<QByteArray, std::pair<QString, QString>> m_gists;
    qint64 m_dataVersion = -1; // SQLite's data_version at the last look; -1 before the first
    qint64 m_libraryChanges = -1;
    QTimer m_watchTimer;
};

} // namespace wa
