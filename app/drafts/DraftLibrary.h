#pragma once

#include "Draft.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace wa {

// The drafts library, whatever holds it: this computer's SQLite file (DraftStore) or, later, a team's
// server. The window, the draft session and the command line know only this interface. Every write is one
// transaction; failures come back as text in *error (when given), never as a crash, and leave the library
// as it was. Names follow DraftNaming, search DraftSearch.
//
// It says what changed, whoever changed it: its own writes by the signals below, as they commit; another
// connection's (another window, `wa-composer drafts import` in a shell, a teammate) by changedElsewhere(),
// found by checkForOutsideChanges(), which watchOutsideChanges() runs on a timer.
class DraftLibrary : public QObject
{
    Q_OBJECT
public:
    explicit DraftLibrary(QObject* parent = nullptr);

    // Stores a new draft (its id, time stamps and trashedAt are ignored) and returns its id, never one a
    // purged draft had. Refuses an empty name or one in use, saying so.
    virtual std::optional<qint64> create(Draft draft, QString* error = nullptr) = 0;
    // The same, under the draft's name or, when it is in use, the first free "Name (2)", "Name (3)" ...
    // (an import). The choice and the insert are one transaction: two imports of one name at once (two
    // processes) both land, under two names. The name it got, with its id.
    struct Created
    {
        qint64 id = 0;
        QString name;
    };
    virtual std::optional<Created> createUnderFreeName(Draft draft, QString* error = nullptr) = 0;
    // Writes everything but the id, createdAt and trashedAt of the draft with that id; sets updatedAt and
    // re-indexes it. Refuses a missing id, an empty name, or (outside the trash) a name in use. With a
    // version (not 0), refuses too when the draft is no longer at that version (saved or renamed since it was
    // read, by a teammate or another window): *changedSince (when given) then gets it as it is now.
    virtual bool update(const Draft& draft, QString* error = nullptr,
                        std::optional<Draft>* changedSince = nullptr) = 0;
    // Not there is not an error: nullopt with *error untouched.
    virtual std::optional<Draft> find(qint64 id, QString* error = nullptr) = 0;
    // The draft outside the trash with this name, ignoring case.
    virtual std::optional<Draft> findByName(const QString& name, QString* error = nullptr) = 0;
    virtual QList<DraftSummary> list(const DraftQuery& query, QString* error = nullptr) = 0;

    // Trimmed; sets updatedAt. Refuses an empty name or (outside the trash) one in use.
    virtual bool rename(qint64 id, const QString& newName, QString* error = nullptr) = 0;
    // A new draft with the same content, named "Name (copy)", "Name (copy 2)" ... Its id.
    virtual std::optional<qint64> duplicate(qint64 id, QString* error = nullptr) = 0;
    // Out of the library, its search and its tags, until restored or purged. Already there: nothing to do.
    virtual bool moveToTrash(qint64 id, QString* error = nullptr) = 0;
    // Takes the draft out of the trash; if its name is now in use it becomes "Name (restored)" ... rather
    // than failing. Its updatedAt stays: restoring is no edit.
    virtual bool restore(qint64 id, QString* error = nullptr) = 0;
    // Deletes a draft in the trash for good (a draft outside the trash is refused).
    virtual bool purge(qint64 id, QString* error = nullptr) = 0;

    // Every tag of the drafts outside the trash, once each ignoring case (spelled as the most recently
    // updated draft spells it), sorted ignoring case.
    virtual QStringList tags(QString* error = nullptr) = 0;
    // `wanted` (trimmed; "Untitled" when empty) if no draft outside the trash has that name, else
    // "wanted (2)", "wanted (3)" ... Empty when the library cannot be read.
    virtual QString uniqueName(const QString& wanted, QString* error = nullptr) = 0;
    // The drafts outside the trash; -1 when the library cannot be read.
    virtual int count(QString* error = nullptr) = 0;

    // Looks once whether another connection changed the drafts since the last look, and emits
    // changedElsewhere() if it did. Cheap when nothing changed; nothing at all while the library was never
    // read. True when it emitted.
    virtual bool checkForOutsideChanges() = 0;
    // Which library this is, to tell its drafts' ids from another's: empty for this computer's, the address
    // (without password) for a team library.
    virtual QString identity() const { return {}; }
    // Who is writing: the agent's display name, kept with every draft they save (updatedBy).
    void setAuthor(const QString& name) { m_author = name.trimmed(); }
    QString author() const { return m_author; }

    // Checks every `interval` from now on (the window while it is active); zero stops.
    void watchOutsideChanges(std::chrono::milliseconds interval);

    // Whether the library answers. This computer's always does; a team library's server may be away
    // (stopped, restarting, the network down). While it is away every call fails at once, saying so, and the
    // library tries to reach it again by itself: soon at first, then less and less often, until it answers.
    bool isReachable() const { return m_awaySince.isNull(); }
    // Since when it is away, and what the last try said; null and empty while it answers.
    QDateTime awaySince() const { return m_awaySince; }
    QString whyAway() const { return m_whyAway; }
    // Tries to reach an away library now rather than at the next scheduled try (the agent asked).
    virtual void reconnectNow() {}

signals:
    // A committed write of this library object.
    void draftAdded(qint64 id);   // created, duplicated, imported
    void draftChanged(qint64 id); // saved, renamed, tagged
    void draftTrashed(qint64 id);
    void draftRestored(qint64 id);
    void draftPurged(qint64 id);
    // Another connection changed the library: which drafts is not known, so read again what is shown.
    void changedElsewhere();
    // It went away or came back (isReachable()), or another try failed (whyAway()).
    void reachabilityChanged();

protected:
    // Away since now (or still away, saying why again), or back when `why` is empty.
    void setAway(const QString& why);

private:
    QTimer m_watchTimer;
    QString m_author;
    QDateTime m_awaySince;
    QString m_whyAway;
};

} // namespace wa
