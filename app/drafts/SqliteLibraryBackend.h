#pragma once

#include "LibraryBackend.h"

namespace wa {

class Database;

// The library in this computer's SQLite file (the app's database): an FTS5 table for search, and another
// connection's changes found through SQLite's data_version and the library's own count of changes (kept by
// triggers): one pragma when nothing was committed elsewhere.
class SqliteLibraryBackend : public LibraryBackend
{
public:
    explicit SqliteLibraryBackend(Database& database) : m_database(database) {}

    bool open(QString* error) override;
    bool isOpen() const override;
    QSqlDatabase connection() const override;
    QSqlQuery* prepared(const QString& sql, QString* error = nullptr) override;
    QString whyReadOnly() const override;
    // Its UTF-8 as it is stored, as bytes: read as text, Qt's driver has SQLite convert each value to UTF-16
    // first, a tenth of a listing of 10,000 drafts (issue 21).
    QString textColumn(const QString& column) const override;

    bool beginWrite(sql::Transaction& transaction, QString* sqlError) override;
    void committed() override;

    bool writeSearch(qint64 id, const QString& name, const QStringList& tags, const QByteArray& payload,
                     QString* sqlError) override;
    bool renameSearch(qint64 id, const QString& name, QString* sqlError) override;
    bool removeSearch(qint64 id, QString* sqlError) override;
    std::optional<Search> search(const DraftQuery& query) override;
    void beforeRead() override;

    bool changedElsewhere() override;
    bool hasLooked() const override { return m_dataVersion >= 0; }

private:
    // SQLite's data_version: moves with every commit of another connection; -1 when it cannot be read.
    qint64 dataVersion();
    // How many times the drafts and their tags were written, by anyone (triggers keep the count); -1 when
    // it cannot be read.
    qint64 libraryChanges();

    static constexpr int PageCacheKiB = 16384;

    Database& m_database;
    qint64 m_dataVersion = -1; // at the last look; -1 before the first
    qint64 m_libraryChanges = -1;
};

} // namespace wa
