#include "SummaryColumns.h"

#include "DraftSearch.h"
#include "storage/Sql.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace wa {

bool SummaryColumns::fillAll(const QSqlDatabase& db, QString* sqlError)
{
    // Filling in what every draft showed already is no change to the library: its count of changes (kept by
    // triggers on every row written) is put back as it was, so that no window reads the library again for it.
    QSqlQuery count(db);
    if (!sql::run(count, QStringLiteral("SELECT changes FROM library_version WHERE id = 1"), {}, sqlError))
        return false;
    const QVariant changes = count.next() ? count.value(0) : QVariant();
    count.finish();
    return fillBatches(db, sqlError) &&
           (changes.isNull() ||
            sql::run(db, QStringLiteral("UPDATE library_version SET changes = ? WHERE id = 1"), {changes},
                     sqlError));
}

bool SummaryColumns::fillBatches(const QSqlDatabase& db, QString* sqlError)
{
    QSqlQuery write(db);
    if (!write.prepare(
            QStringLiteral("UPDATE drafts SET summary_type = ?, summary_excerpt = ? WHERE id = ?"))) {
        *sqlError = write.lastError().text();
        return false;
    }
    // A batch at a time, in id order: a big library's messages are never all in memory at once, and no row
    // is written while a query still reads the table.
    qint64 after = 0;
    for (;;) {
        QList<std::pair<qint64, DraftSearch::Gist>> batch;
        {
            QSqlQuery read(db);
            if (!sql::run(read,
                          QStringLiteral("SELECT id, payload FROM drafts WHERE id > ? ORDER BY id LIMIT %1")
                              .arg(BatchSize),
                          {after}, sqlError))
                return false;
            while (read.next())
                batch.append(
                    {read.value(0).toLongLong(), DraftSearch::gist(read.value(1).toString().toUtf8())});
            if (read.lastError().isValid()) {
                *sqlError = read.lastError().text();
                return false;
            }
        }
        if (batch.isEmpty())
            return true;
        after = batch.last().first;
        for (const auto& [id, gist] : batch) {
            if (gist.type.isEmpty() && gist.excerpt.isEmpty())
                continue; // what the columns hold already
            write.addBindValue(sql::text(gist.type));
            write.addBindValue(sql::text(gist.excerpt));
            write.addBindValue(id);
            if (!write.exec()) {
                *sqlError = write.lastError().text();
                return false;
            }
        }
    }
}

} // namespace wa
