#pragma once

#include "DraftLibrary.h"

#include <QDateTime>
#include <QHash>

#include <functional>
#include <utility>

namespace wa {

class Database;

// The drafts library in this computer's SQLite file (the app's database): the drafts, their tags and an FTS5
// search index. Opens the database on first use. Another connection's changes are found through SQLite's
// data_version and the library's own count of changes (kept by triggers): one pragma when nothing was
// committed elsewhere.
class DraftStore : public DraftLibrary
{
    Q_OBJECT
public:
    // The time stamps' source, for tests; the default is the current time in UTC.
    using Clock = std::function<QDateTime()>;

    explicit DraftStore(Database& database, Clock clock = {}, QObject* parent = nullptr);

    std::optional<qint64> create(Draft draft, QString* error = nullptr) override;
    std::optional<Created> createUnderFreeName(Draft draft, QString* error = nullptr) override;
    bool update(const Draft& draft, QString* error = nullptr) override;
    std::optional<Draft> find(qint64 id, QString* error = nullptr) override;
    std::optional<Draft> findByName(const QString& name, QString* error = nullptr) override;
    QList<DraftSummary> list(const DraftQuery& query, QString* error = nullptr) override;
    bool rename(qint64 id, const QString& newName, QString* error = nullptr) override;
    std::optional<qint64> duplicate(qint64 id, QString* error = nullptr) override;
    bool moveToTrash(qint64 id, QString* error = nullptr) override;
    bool restore(qint64 id, QString* error = nullptr) override;
    bool purge(qint64 id, QString* error = nullptr) override;
    QStringList tags(QString* error = nullptr) override;
    QString uniqueName(const QString& wanted, QString* error = nullptr) override;
    int count(QString* error = nullptr) override;
    bool checkForOutsideChanges() override;

private:
    class Write;

    enum class NameInUse { Refuse, PickFree };
    std::optional<Created> insert(Draft draft, NameInUse onNameInUse, QString* error);

    // Opens the database on first use, and takes note of what it holds then.
    bool openDatabase(QString* error);
    QDateTime now() const;
    // How many times the drafts and their tags were written, by anyone (triggers keep the count); -1 when
    // it cannot be read.
    qint64 libraryChanges();
    // After a commit of this store's: its own change is no news from elsewhere.
    void noteOwnWrite();
    // A summary's type and excerpt for a payload (DraftSearch::gist), remembered when `remember` says so.
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
};

} // namespace wa
