#pragma once

#include "LibraryBackend.h"

#include <QMetaObject>
#include <QSocketNotifier>

#include <memory>

namespace wa {

class PostgresDatabase;
class ServerProbe;

// The library on a team's PostgreSQL server (PostgresDatabase). Writers take their turns under an advisory
// lock held to the end of their transaction; search is a weighted tsvector (the `simple` configuration, so
// that every language is split alike) over words the app folds itself, so that it finds what the SQLite
// library finds; another client's changes show in the library's count of changes, kept by triggers.
class PostgresLibraryBackend : public LibraryBackend
{
public:
    explicit PostgresLibraryBackend(PostgresDatabase& database);
    ~PostgresLibraryBackend() override;

    bool open(QString* error) override;
    bool isOpen() const override;
    QSqlDatabase connection() const override;
    QSqlQuery* prepared(const QString& sql, QString* error = nullptr) override;

    bool beginWrite(sql::Transaction& transaction, QString* sqlError) override;
    void aboutToCommit() override;
    void committed() override;

    bool writeSearch(qint64 id, const QString& name, const QStringList& tags, const QByteArray& payload,
                     QString* sqlError) override;
    bool renameSearch(qint64 id, const QString& name, QString* sqlError) override;
    bool removeSearch(qint64, QString*) override { return true; } // the column goes with the draft
    std::optional<Search> search(const DraftQuery& query) override;

    bool changedElsewhere() override;
    bool hasLooked() const override { return m_libraryChanges >= 0; }
    void setChangeListener(std::function<void()> listener) override { m_listener = std::move(listener); }
    QString identity() const override;
    bool lostConnection() override;
    void setLossListener(std::function<void()> listener) override { m_lossListener = std::move(listener); }
    void probe(std::function<void(bool answers)> answer) override;

    // A text as the search column holds it: its words, folded, separated by spaces (so that PostgreSQL's
    // parser sees nothing but plain words: no URLs, e-mail addresses or hyphenated compounds of its own).
    static QString indexedText(const QString& text);
    // to_tsquery()'s text for what was typed: every word a prefix, all required. Empty: nothing to find.
    static QString tsQuery(const QString& typed);
    static QString tsQuery(const QStringList& words);

    // How many of a search's matches are ranked at most: the newest ones.
    static constexpr int RankedAtMost = 2000;
    // A word is common lately when it matches CommonInSample of the CommonSample latest drafts (one in
    // forty): its newest matches are then looked for among the LatestDrafts latest drafts only, which hold
    // enough of them to rank.
    static constexpr int CommonSample = 1000;
    static constexpr int CommonInSample = 25;
    static constexpr int LatestDrafts = 12000;

private:
    // The count of the library's changes; -1 when it cannot be read.
    qint64 libraryChanges();
    // Whether the tsquery matches CommonInSample of the CommonSample latest drafts.
    bool isCommonLately(const QString& query);
    // LISTEN on the library's channel, on this connection.
    void listen();

    PostgresDatabase& m_database;
    qint64 m_libraryChanges = -1; // at the last look; -1 before the first
    qint64 m_changesBeforeWrite = -1;
    qint64 m_changesAfterWrite = -1;
    std::function<void()> m_listener;
    std::function<void()> m_lossListener;
    QMetaObject::Connection m_notifications;
    std::unique_ptr<QSocketNotifier> m_socket; // on the connection's socket, beside Qt's driver's
    std::unique_ptr<ServerProbe> m_probe;
};

} // namespace wa
