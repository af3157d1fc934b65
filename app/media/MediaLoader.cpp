#include "MediaLoader.h"

#include "MediaDownload.h"
#include "ThisMachine.h"

#include <QBuffer>
#include <QFile>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace wa {

namespace {

// What a worker thread makes of some bytes.
struct Decoded
{
    QImage image;
    QString problem; // when image is null
    QByteArray bytes;
    bool kept = false; // written to the disk cache
};

Decoded decode(QByteArray bytes)
{
    Decoded decoded;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    MediaLoader::limitDecodedSize(reader);
    decoded.image = reader.read();
    if (decoded.image.isNull())
        decoded.problem = reader.error() == QImageReader::UnsupportedFormatError
                              ? MediaLoader::tr("not an image")
                              : MediaLoader::tr("the image cannot be read (%1)").arg(reader.errorString());
    decoded.bytes = std::move(bytes);
    return decoded;
}

// Decodes downloaded bytes and, when they are a picture, keeps them at keepAt.
Decoded decodeAndKeep(const QByteArray& bytes, const QString& keepAt)
{
    Decoded decoded = decode(bytes);
    if (!decoded.image.isNull() && !keepAt.isEmpty())
        decoded.kept = MediaDiskCache::write(keepAt, decoded.bytes);
    return decoded;
}

Decoded readAndDecode(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString(), {}, false};
    return decode(file.readAll());
}

} // namespace

MediaLoader::MediaLoader(QNetworkAccessManager* network, QString cacheFolder, QObject* parent)
    : QObject(parent), m_network(network), m_disk(std::move(cacheFolder)),
      m_memory(int(MemoryLimitBytes / 1024))
{
}

MediaLoader::~MediaLoader() = default;

QString MediaLoader::whyNotAllowed(const QUrl& link)
{
    if (!link.isValid() || link.host().isEmpty())
        return tr("the link is not a web address");
    const QString scheme = link.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http")
        return isThisMachine(link.host()) ? QString() : tr("the link must use https");
    return tr("the link must use https, not %1").arg(scheme);
}

void MediaLoader::limitDecodedSize(QImageReader& reader)
{
    const QSize whole = reader.size();
    if (whole.isValid() && std::max(whole.width(), whole.height()) > MaxDecodedSide)
        reader.setScaledSize(whole.scaled(MaxDecodedSide, MaxDecodedSide, Qt::KeepAspectRatio));
}

QString MediaLoader::tooLargeReason(qint64 maxBytes)
{
    return maxBytes == MaxBytes ? tr("the image is larger than %1 MB").arg(MaxBytes / (1024 * 1024))
                                : tr("the file is larger than %1 MB").arg(maxBytes / (1024 * 1024));
}

std::optional<MediaResult> MediaLoader::cached(const QUrl& link) const
{
    if (const MediaResult* result = m_memory.object(link))
        return *result;
    return std::nullopt;
}

void MediaLoader::request(const QUrl& link)
{
    if (m_pending.contains(link))
        return; // its loaded() answers this request too
    if (const QString why = whyNotAllowed(link); !why.isEmpty()) {
        announceLater(link, MediaResult::failed(MediaResult::State::NotAllowed, why));
        return;
    }
    if (const std::optional<MediaResult> known = cached(link)) {
        announceLater(link, *known);
        return;
    }
    m_pending.insert(link);
    if (const std::optional<MediaDiskCache::Entry> entry = m_disk.find(link))
        readFromDisk(link, *entry);
    else
        download(link);
}

void MediaLoader::probe(const QUrl& link)
{
    if (m_probing.contains(link))
        return;
    if (const QString why = whyNotAllowed(link); !why.isEmpty())
        return announceLater(link, MediaResult::failed(MediaResult::State::NotAllowed, why),
                             &MediaLoader::probed);
    if (const auto known = m_probed.constFind(link); known != m_probed.cend())
        return announceLater(link, *known, &MediaLoader::probed);
    m_probing.insert(link);
    auto* fetch =
        new MediaDownload(m_network, link, MaxDocumentBytes, m_timeout, this, MediaDownload::Method::Head);
    connect(fetch, &MediaDownload::finished, this, [this, link, fetch] {
        fetch->deleteLater();
        m_probing.remove(link);
        MediaResult result;
        // A server that does not answer HEAD (405, 501) may still serve the file to WhatsApp, and a link
        // signed for GET (S3, Cloud Storage) refuses HEAD with 403: nothing known, nothing warned.
        const bool noHead =
            fetch->httpStatus() == 405 || fetch->httpStatus() == 501 || fetch->httpStatus() == 403;
        if (!fetch->failure().isEmpty() && !noHead) {
            result = MediaResult::failed(MediaResult::State::Failed, fetch->failure(), fetch->httpStatus());
        } else {
            result.state = MediaResult::State::Loaded;
            result.httpStatus = fetch->httpStatus();
            result.contentType = fetch->contentType();
            result.byteSize = noHead ? 0 : std::max<qint64>(0, fetch->announcedSize());
            if (m_probed.size() >= MaxProbesRemembered)
                m_probed.clear(); // a few numbers each: forgetting them all now and then costs one HEAD each
            m_probed.insert(link, result);
        }
        emit probed(link, result);
    });
}

std::optional<MediaResult> MediaLoader::probedBefore(const QUrl& link) const
{
    if (const auto known = m_probed.constFind(link); known != m_probed.cend())
        return *known;
    return std::nullopt;
}

void MediaLoader::announceLater(const QUrl& link, const MediaResult& result, Announcement signal)
{
    // Queued, so that whoever asked hears the answer the way it hears every other: after request() returned.
    QMetaObject::invokeMethod(
        this, [this, link, result, signal] { emit(this->*signal)(link, result); }, Qt::QueuedConnection);
}

void MediaLoader::download(const QUrl& link)
{
    auto* fetch = new MediaDownload(m_network, link, MaxBytes, m_timeout, this);
    connect(fetch, &MediaDownload::finished, this, [this, link, fetch] {
        fetch->deleteLater();
        if (!fetch->failure().isEmpty()) {
            finish(link,
                   MediaResult::failed(MediaResult::State::Failed, fetch->failure(), fetch->httpStatus()));
            return;
        }
        MediaResult result;
        result.byteSize = fetch->body().size();
        result.contentType = fetch->contentType();
        result.httpStatus = fetch->httpStatus();
        const QString keepAt = result.byteSize <= m_disk.limit() ? m_disk.pathFor(link) : QString();
        auto* watcher = new QFutureWatcher<Decoded>(this);
        connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, link, watcher, result]() mutable {
            watcher->deleteLater();
            const Decoded decoded = watcher->result();
            if (decoded.image.isNull()) {
                finish(link,
                       MediaResult::failed(MediaResult::State::Failed, decoded.problem, result.httpStatus));
                return;
            }
            if (decoded.kept)
                m_disk.add(link, result.byteSize, result.contentType);
            result.state = MediaResult::State::Loaded;
            result.image = decoded.image;
            finish(link, result);
        });
        watcher->setFuture(QtConcurrent::run(decodeAndKeep, fetch->body(), keepAt));
    });
}

void MediaLoader::readFromDisk(const QUrl& link, const MediaDiskCache::Entry& entry)
{
    auto* watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, link, watcher, entry] {
        watcher->deleteLater();
        const Decoded decoded = watcher->result();
        if (decoded.image.isNull() || decoded.bytes.size() != entry.byteSize) {
            m_disk.remove(link); // damaged on disk: dropped, and asked for again
            download(link);
            return;
        }
        MediaResult result;
        result.state = MediaResult::State::Loaded;
        result.image = decoded.image;
        result.byteSize = entry.byteSize;
        result.contentType = entry.contentType;
        finish(link, result);
    });
    watcher->setFuture(QtConcurrent::run(readAndDecode, entry.path));
}

void MediaLoader::finish(const QUrl& link, const MediaResult& result)
{
    m_pending.remove(link);
    if (result.isLoaded()) {
        const qsizetype cost = std::max<qsizetype>(1, result.image.sizeInBytes() / 1024);
        m_memory.insert(link, new MediaResult(result), cost);
    }
    emit loaded(link, result);
}

} // namespace wa
