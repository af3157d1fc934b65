#pragma once

#include "MediaDiskCache.h"
#include "MediaResult.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <optional>

class QImageReader;
class QNetworkAccessManager;

namespace wa {

// Loads an image header's link so the preview can paint the real picture, and says in words why the
// customer's phone would not see it. Does nothing until asked: no request at start-up, none for the CLI.
// request() returns at once; loaded() follows (never from inside request()), once per link for however many
// requests were made while it loaded. Pictures are decoded on a worker thread (QtConcurrent); those loaded
// this session answer from memory (cached()), and their bytes are kept on disk (MediaDiskCache) so a later
// session needs no network either. A failure is not remembered: the next request tries again.
class MediaLoader : public QObject
{
    Q_OBJECT
public:
    // WhatsApp's own limit for an image header.
    static constexpr qint64 MaxBytes = 5 * 1024 * 1024;
    // WhatsApp's limit for a document; a document announced larger fails its probe.
    static constexpr qint64 MaxDocumentBytes = 100 * 1024 * 1024;
    static constexpr std::chrono::milliseconds DefaultTimeout = std::chrono::seconds(15);
    // Redirects followed, never from https down to http, and to plain http only on this machine.
    static constexpr int MaxRedirects = 3;
    // Decoded pictures kept in memory for cached(), by their decoded size.
    static constexpr qint64 MemoryLimitBytes = 128 * 1024 * 1024;

    // The disk cache lives in cacheFolder (made when the first picture is kept).
    MediaLoader(QNetworkAccessManager* network, QString cacheFolder, QObject* parent = nullptr);
    ~MediaLoader() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setDiskCacheLimit(qint64 bytes) { m_disk.setLimit(bytes); }
    qint64 diskCacheLimit() const { return m_disk.limit(); }
    QString cacheFolder() const { return m_disk.folder(); }

    // Why this link will not be asked for, in words; empty when it may be: https, or plain http on this
    // machine (127.0.0.1, ::1, localhost). Judged from the link alone: no name is looked up.
    static QString whyNotAllowed(const QUrl& link);
    static QString tooLargeReason(qint64 maxBytes = MaxBytes);
    // A picture larger than a preview ever shows is decoded smaller (by the reader, so a JPEG is not decoded
    // whole first): the box is at most about 430 points wide, 2x on a sharp screen.
    static constexpr int MaxDecodedSide = 1600;
    static void limitDecodedSize(QImageReader& reader);
    static constexpr qsizetype MaxProbesRemembered = 500;

    // Starts loading the link unless it is loading already; loaded(link, ...) follows.
    void request(const QUrl& link);
    // Asks whether a document's link answers, and its size, without its body (an HTTP HEAD); probed(link,
    // ...) follows, with the size as byteSize (0 when not announced) and no image. Remembered this session.
    void probe(const QUrl& link);
    std::optional<MediaResult> probedBefore(const QUrl& link) const;

    // The picture, when it was loaded this session (and is still in memory); nullopt otherwise.
    std::optional<MediaResult> cached(const QUrl& link) const;
    bool isLoading(const QUrl& link) const { return m_pending.contains(link); }

signals:
    // Once per load, whatever its end: Loaded, Failed or NotAllowed.
    void loaded(const QUrl& link, const wa::MediaResult& result);
    void probed(const QUrl& link, const wa::MediaResult& result);

private:
    void download(const QUrl& link);
    void readFromDisk(const QUrl& link, const MediaDiskCache::Entry& entry);
    void finish(const QUrl& link, const MediaResult& result);
    using Announcement = void (MediaLoader::*)(const QUrl&, const wa::MediaResult&);
    // Emits loaded() (or probed()) after the caller has returned, as every other answer comes.
    void announceLater(const QUrl& link, const MediaResult& result,
                       Announcement signal = &MediaLoader::loaded);

    QNetworkAccessManager* m_network;
    MediaDiskCache m_disk;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QSet<QUrl> m_pending; // downloading, decoding or reading from disk
    QCache<QUrl, MediaResult> m_memory;
    QSet<QUrl> m_probing;
    QHash<QUrl, MediaResult> m_probed; // answers without a body: a few numbers each
};

} // namespace wa
