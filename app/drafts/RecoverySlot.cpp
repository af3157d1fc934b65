#include "RecoverySlot.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wa {

RecoverySlot::RecoverySlot(Database& database, Clock clock) : m_database(database), m_clock(std::move(clock))
{
}

bool RecoverySlot::save(const Recovery& recovery, QString* error)
{
    QString problem;
    if (!m_database.open(&problem)) {
        sql::setError(error, problem);
        return false;
    }
    if (m_database.isReadOnly()) {
        sql::setError(error,
                      tr("The unsaved message was not kept for recovery: %1").arg(m_database.whyReadOnly()));
        return false;
    }
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    // One statement, so one transaction of its own. A draft of this computer's purged meanwhile (another
    // window) is not an error: the message is kept as never saved. A team draft's id is kept as it is.
    const bool here = recovery.library.isEmpty();
    if (!sql::run(
            m_database.connection(),
            QStringLiteral(
                "INSERT INTO recovery (id, draft_id, name, payload, saved_at, library, library_draft_id, "
                "product_looks) VALUES (1, (SELECT id FROM drafts WHERE id = ?), ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET draft_id = excluded.draft_id, name = excluded.name, "
                "payload = excluded.payload, saved_at = excluded.saved_at, library = excluded.library, "
                "library_draft_id = excluded.library_draft_id, product_looks = excluded.product_looks"),
            {here ? recovery.draftId : 0, sql::text(recovery.name),
             sql::text(QString::fromUtf8(recovery.payload)),
             sql::timeText(recovery.savedAt.isValid() ? recovery.savedAt : now),
             sql::textOrNull(recovery.library),
             here || recovery.draftId == 0 ? QVariant() : QVariant(recovery.draftId),
             ProductLookRules::toColumn(recovery.productLooks)},
            &problem)) {
        sql::setError(error, tr("The unsaved message was not kept for recovery: %1").arg(problem));
        return false;
    }
    return true;
}

std::optional<Recovery> RecoverySlot::read(QString* error)
{
    QString problem;
    if (!m_database.open(&problem)) {
        sql::setError(error, problem);
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
                  QStringLiteral(
                      "SELECT draft_id, name, payload, saved_at, library, library_draft_id, product_looks "
                      "FROM recovery "
                      "WHERE id = 1"),
                  {}, &problem)) {
        sql::setError(error, tr("Could not read the unsaved message: %1").arg(problem));
        return std::nullopt;
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            sql::setError(error, tr("Could not read the unsaved message: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    Recovery recovery;
    recovery.draftId = query.value(0).toLongLong(); // NULL reads as 0
    recovery.name = query.value(1).toString();
    recovery.payload = query.value(2).toString().toUtf8();
    recovery.savedAt = sql::timeFrom(query.value(3));
    recovery.library = query.value(4).toString();
    if (!recovery.library.isEmpty())
        recovery.draftId = query.value(5).toLongLong();
    recovery.productLooks = ProductLookRules::fromColumn(query.value(6));
    return recovery;
}

bool RecoverySlot::clear(QString* error)
{
    QString problem;
    if (!m_database.open(&problem)) {
        sql::setError(error, problem);
        return false;
    }
    if (m_database.isReadOnly())
        return true; // nothing this session can have written to clear
    if (!sql::run(m_database.connection(), QStringLiteral("DELETE FROM recovery"), {}, &problem)) {
        sql::setError(error, tr("Could not clear the unsaved message: %1").arg(problem));
        return false;
    }
    return true;
}

} // namespace wa
