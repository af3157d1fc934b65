#pragma once

#include "DraftLibrary.h"
#include "LibraryBackend.h"
#include "RetrySchedule.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <utility>

namespace wa {

class Database;

// The drafts library, on either engine: every statement that reads or writes the drafts, their tags and
// names, run alike on this computer's SQLite file and on a team's PostgreSQL server. What differs (the
// connection, how writers take turns, the search index, noticing changes made elsewhere) is the backend's.
class DraftStore : public DraftLibrary
{
    Q_OBJECT
public:
    // The time stamps' source, for tests; the default is the current time in UTC.
    using Clock = std::function<QDateTime()>;

    // The library in the app's SQLite database.
    explicit DraftStore(Database& database, Clock clock = {}, QObject* parent = nullptr);
    explicit DraftStore(std::unique_ptr<LibraryBackend> backend, Clock clock = {}, QObject* parent = nullptr);
    ~DraftStore() override;

    LibraryBackend& backend() const { return m_backend; }

    // The statement list() runs for a page, in order (the benchmarks ask the server to explain
    // it), with its values; byName: it reads ids and name keys, which the app sorts.
    struct PageStatement
    {
        QString sql;
        QVariantList values;
        bool byName = false;
        bool summaries = false;   // it reads each draft's summary after its id, not its id alone
        bool amongLatest = false; // the search looks among the latest drafts only (LibraryBackend::Search)
    };
    PageStatement pageStatement(const DraftQuery& query);

    std::optional<qint64> create(Draft draft, QString* error = nullptr) override;
    std::optional<Created> createUnderFreeName(Draft draft, QString* error = nullptr) override;
    bool update(const Draft& draft, QString* error = nullptr,
                std::optional<Draft>* changedSince = nullptr) override;
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
    void reconnectNow() override;
    QString identity() const override;
    // How long to wait between tries while the server is away (tests wait less).
    void setReconnectDelays(RetrySchedule schedule);
    // Whether another try to reach an away server is coming by itself.
    bool isTryingAgain() const { return m_reconnectTimer.isActive(); }

private:
    class Write;

    enum class NameInUse { Refuse, PickFree };
    std::optional<Created> insert(Draft draft, NameInUse onNameInUse, QString* error);

    bool openDatabase(QString* error);
    // latestOnly: the search may look among the latest drafts only, when the backend found that enough.
    PageStatement pageStatement(const DraftQuery& query, const std::optional<LibraryBackend::Search>& search,
                                bool latestOnly);
    // Says why a call failed and, when the server went away, takes note and schedules the first try.
    void failed(QString* error, const QString& text);
    void noteIfAway(const QString& why);
    // Why a save to an older version is refused: who changed the draft, and when.
    static QString changedMeanwhile(const Draft& now);
    QDateTime now() const;
    LibraryBackend& m_backend;
    std::unique_ptr<LibraryBackend> m_ownBackend;
    const QString m_summaryColumns; // what a listing selects of each draft, in the backend's terms
    Clock m_clock;
    QTimer m_reconnectTimer;
    RetrySchedule m_retries;
    int m_refusals = 0; // tries in a row the server answered but refused
    static constexpr int MaxRefusals = 10;
    // tags() reads this many tags of the newest drafts, which spell most tags as the library has them now.
    static constexpr int NewestTagsRead = 2000;
};

} // namespace wa
