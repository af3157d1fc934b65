#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace wa {

// The media kept on disk between sessions: each link's original bytes in a file named after a hash of the
// link (the link itself, which may hold a signature, is written nowhere), and an index (index.json) of their
// sizes, content types and last use. The total stays under a limit, the least recently used going first.
// Our own index rather than QNetworkDiskCache: that one follows HTTP's caching headers (an image sent with
// no-store would never be kept), evicts by age rather than by use, hands back a corrupt file as a good
// answer, and would have to be set on the network manager every call shares. The index is read and written
// again on every change, so that two windows (two processes) on one folder lose at most a use mark, never a
// file. Used from one thread; write() from any.
class MediaDiskCache
{
public:
    static constexpr qint64 DefaultLimitBytes = 100 * 1024 * 1024;
    static constexpr const char* IndexFileName = "index.json";

    explicit MediaDiskCache(QString folder);

    QString folder() const { return m_folder; }
    void setLimit(qint64 bytes) { m_limit = bytes; }
    qint64 limit() const { return m_limit; }

    struct Entry
    {
        QString path;
        QString contentType;
        qint64 byteSize = 0;
    };
    // What is kept for this link, marked as just used; nullopt when nothing is (or its file is gone).
    std::optional<Entry> find(const QUrl& link);
    // Where this link's bytes go: whoever downloaded them writes them there with write(), then calls add().
    QString pathFor(const QUrl& link) const;
    // Records the file written at pathFor(link) as just used, then evicts the least recently used entries
    // until the total fits the limit. A file larger than the limit on its own is not kept.
    void add(const QUrl& link, qint64 byteSize, const QString& contentType);
    // Forgets the link and deletes its file (a file that no longer decodes).
    void remove(const QUrl& link);
    qint64 totalBytes() const;
    bool contains(const QUrl& link) const;

    // Writes the bytes whole or not at all (QSaveFile), creating the folder; safe from a worker thread.
    static bool write(const QString& path, const QByteArray& bytes);

private:
    struct Record
    {
        QString key;
        qint64 byteSize = 0;
        QString contentType;
        qint64 lastUsed = 0; // ms since the epoch, strictly increasing within one index
    };
    QList<Record> load() const;
    void save(const QList<Record>& records) const;
    void evict(QList<Record>& records) const;
    void sweepOrphans(const QList<Record>& records) const;
    static QString keyFor(const QUrl& link);
    QString filePath(const QString& key) const;
    static qint64 nextUse(const QList<Record>& records);

    QString m_folder;
    qint64 m_limit = DefaultLimitBytes;
};

} // namespace wa
