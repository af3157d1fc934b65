#pragma once

#include "Draft.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace wa {

namespace sql {
class Transaction;
}

// What differs between the engines a drafts library lives in: this computer's SQLite file or a team's
// PostgreSQL server. DraftStore holds every statement both run alike (drafts, tags, names, trash); a backend
// holds the connection, how writers take their turn, the search index, and how changes made elsewhere are
// noticed. Nothing here is the user's: DraftStore says what failed, in words.
class LibraryBackend
{
public:
    virtual ~LibraryBackend() = default;

    // Opens the connection (and brings the schema up to date) on first use; afterwards only says whether
    // it is open. After a failure the next call tries again.
    virtual bool open(QString* error) = 0;
    virtual bool isOpen() const = 0;
    virtual QSqlDatabase connection() const = 0;
    // A statement prepared once per connection (see Database::prepared).
    virtual QSqlQuery* prepared(const QString& sql, QString* error = nullptr) = 0;
    // DraftLibrary::identity(): empty for this computer's file.
    virtual QString identity() const { return {}; }
    // Why nothing can be written, in a sentence; empty when the library is writable.
    virtual QString whyReadOnly() const { return {}; }
    // A text column as a listing reads it fastest; sql::textFrom() reads the value either way.
    virtual QString textColumn(const QString& column) const { return column; }

    // Begins a write transaction that no other writer of the library runs beside: two imports picking a
    // free name, or two saves checking one, take their turns.
    virtual bool beginWrite(sql::Transaction& transaction, QString* sqlError) = 0;
    // The write's last statement has run and the commit comes next (its own changes are then no news).
    virtual void aboutToCommit() {}
    virtual void committed() {}

    // The search index of draft `id`: written with the draft, renamed with it, dropped when it is purged.
    virtual bool writeSearch(qint64 id, const QString& name, const QStringList& tags,
                             const QByteArray& payload, QString* sqlError) = 0;
    virtual bool renameSearch(qint64 id, const QString& name, QString* sqlError) = 0;
    virtual bool removeSearch(qint64 id, QString* sqlError) = 0;

    // How list() finds what was typed, as SQL over the drafts (aliased d).
    struct Search
    {
        QString from;        // the FROM clause: "drafts d", or it joined with an index
        QString condition;   // ANDed into the WHERE clause
        QVariantList values; // bound to the condition's placeholders, in order
        QString rank;        // an ORDER BY term, best first; empty: newest first is the order
        // When not 0: only the newest this many matches are ranked (the rest follow none of them), reading
        // rankInputs (columns of the drafts and the FROM clause) for the rank.
        int rankedAtMost = 0;
        QString rankInputs;
        // The FROM clause for those newest matches, when it can be narrower than `from`; else empty.
        QString newestFrom;
    };
    // What the query's search says, as SQL; nullopt when nothing searchable was typed (every draft matches).
    // The rest of the query (page size, tag, trash) says whether a narrower FROM is worth a look.
    virtual std::optional<Search> search(const DraftQuery& query) = 0;
    // Before a read of many rows (SQLite enlarges its page cache).
    virtual void beforeRead() {}

    // Looks once whether another connection changed the drafts since the last look (and takes note of what
    // it saw). False the first time: that look only sets the baseline.
    virtual bool changedElsewhere() = 0;
    // Whether the baseline is set: the library was read at least once.
    virtual bool hasLooked() const = 0;
    // Called when the engine itself says another client changed the library (PostgreSQL's NOTIFY), so that
    // nobody has to look on a timer. An engine that cannot tell never calls it.
    virtual void setChangeListener(std::function<void()> listener) { (void)listener; }

    // After a failed call: whether it failed because the server is out of reach (gone under the open
    // connection, or not answering open()), rather than refusing one statement. The next open() connects
    // anew. This computer's file is never out of reach.
    virtual bool lostConnection() { return false; }
    // Called when the connection is found lost while no call was running (the server closed it), so that
    // the window need not wait for the agent's next click to say so. An engine that cannot tell never calls.
    virtual void setLossListener(std::function<void()> listener) { (void)listener; }
    // Whether the server answers at all, found without blocking: `answer` comes later, from the event loop
    // (never from inside this call), so that a window is never frozen for a connect timeout. A newer probe
    // replaces one still running, which then never answers.
    virtual void probe(std::function<void(bool answers)> answer) { answer(true); }
};

} // namespace wa
