#include "MediaDiskCache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace wa {

namespace {
const QString FileSuffix = QStringLiteral(".media");
// A file with no index entry may be one another process has written and not yet recorded: only one this old
// is surely left over (by a crash, or by an index two processes wrote at once).
constexpr qint64 OrphanAgeMs = 60 * 60 * 1000;
} // namespace

MediaDiskCache::MediaDiskCache(QString folder) : m_folder(std::move(folder)) {}

QString MediaDiskCache::keyFor(const QUrl& link)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(link.toString(QUrl::FullyEncoded).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

QString MediaDiskCache::filePath(const QString& key) const
{
    return QDir(m_folder).filePath(key + FileSuffix);
}

QString MediaDiskCache::pathFor(const QUrl& link) const
{
    return filePath(keyFor(link));
}

qint64 MediaDiskCache::nextUse(const QList<Record>& records)
{
    qint64 latest = 0;
    for (const Record& record : records)
        latest = std::max(latest, record.lastUsed);
    // Strictly after every other use, so that two uses in the same millisecond still have an order.
    return std::max(QDateTime::currentMSecsSinceEpoch(), latest + 1);
}

QList<MediaDiskCache::Record> MediaDiskCache::load() const
{
    QFile file(QDir(m_folder).filePath(QLatin1StringView(IndexFileName)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value(u"entries").toArray();
    QList<Record> records;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        Record record;
        record.key = entry.value(u"key").toString();
        record.byteSize = entry.value(u"bytes").toInteger(-1);
        record.contentType = entry.value(u"type").toString();
        record.lastUsed = entry.value(u"used").toInteger();
        // A file gone or of another size is not what the index describes: forgotten.
        const QFileInfo info(filePath(record.key));
        if (record.key.isEmpty() || record.key.contains(u'/') || !info.isFile() ||
            info.size() != record.byteSize)
            continue;
        records.append(record);
    }
    return records;
}

void MediaDiskCache::save(const QList<Record>& records) const
{
    QJsonArray entries;
    for (const Record& record : records)
        entries.append(QJsonObject{{QStringLiteral("key"), record.key},
                                   {QStringLiteral("bytes"), record.byteSize},
                                   {QStringLiteral("type"), record.contentType},
                                   {QStringLiteral("used"), record.lastUsed}});
    const QJsonObject index{{QStringLiteral("version"), 1}, {QStringLiteral("entries"), entries}};
    // A cache that cannot be written is only a cache: the next session downloads again.
    write(QDir(m_folder).filePath(QLatin1StringView(IndexFileName)), QJsonDocument(index).toJson());
}

std::optional<MediaDiskCache::Entry> MediaDiskCache::find(const QUrl& link)
{
    QList<Record> records = load();
    const QString key = keyFor(link);
    const auto found =
        std::find_if(records.begin(), records.end(), [&](const Record& record) { return record.key == key; });
    if (found == records.end())
        return std::nullopt;
    const Entry entry{filePath(key), found->contentType, found->byteSize};
    found->lastUsed = nextUse(records);
    save(records);
    return entry;
}

bool MediaDiskCache::contains(const QUrl& link) const
{
    const QString key = keyFor(link);
    const QList<Record> records = load();
    return std::any_of(records.begin(), records.end(),
                       [&](const Record& record) { return record.key == key; });
}

void MediaDiskCache::add(const QUrl& link, qint64 byteSize, const QString& contentType)
{
    QList<Record> records = load();
    const QString key = keyFor(link);
    records.removeIf([&](const Record& record) { return record.key == key; });
    if (byteSize > m_limit) {
        QFile::remove(filePath(key));
    } else {
        Record record;
        record.key = key;
        record.byteSize = byteSize;
        record.contentType = contentType;
        record.lastUsed = nextUse(records);
        records.append(record);
    }
    evict(records);
    save(records);
    sweepOrphans(records);
}

void MediaDiskCache::remove(const QUrl& link)
{
    QList<Record> records = load();
    const QString key = keyFor(link);
    records.removeIf([&](const Record& record) { return record.key == key; });
    QFile::remove(filePath(key));
    save(records);
}

qint64 MediaDiskCache::totalBytes() const
{
    qint64 total = 0;
    for (const Record& record : load())
        total += record.byteSize;
    return total;
}

void MediaDiskCache::evict(QList<Record>& records) const
{
    std::sort(records.begin(), records.end(),
              [](const Record& a, const Record& b) { return a.lastUsed < b.lastUsed; });
    qint64 total = 0;
    for (const Record& record : records)
        total += record.byteSize;
    while (total > m_limit && !records.isEmpty()) {
        total -= records.first().byteSize;
        QFile::remove(filePath(records.first().key));
        records.removeFirst();
    }
}

void MediaDiskCache::sweepOrphans(const QList<Record>& records) const
{
    const QDateTime oldEnough = QDateTime::currentDateTimeUtc().addMSecs(-OrphanAgeMs);
    const QFileInfoList files = QDir(m_folder).entryInfoList({QLatin1Char('*') + FileSuffix}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QString key = file.completeBaseName();
        const bool indexed = std::any_of(records.begin(), records.end(),
                                         [&](const Record& record) { return record.key == key; });
        if (!indexed && file.lastModified().toUTC() < oldEnough)
            QFile::remove(file.filePath());
    }
}

bool MediaDiskCache::write(const QString& path, const QByteArray& bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

} // namespace wa
