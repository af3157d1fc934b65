#include "MessageMedia.h"

#include "MediaLoader.h"

#include "variables/Placeholders.h"

#include <QFileInfo>
#include <QImageReader>

namespace wa {

namespace {

void addImageLink(QList<MessageMedia::Link>& links, const QString& headerPath, const Header& header)
{
    if (header.kind != HeaderKind::Image || header.mediaLink.isEmpty() ||
        Placeholders::parse(header.mediaLink).hasPlaceholders())
        return;
    links.append({headerPath + QStringLiteral(".image.link"), header.mediaLink});
}

void addLookLink(QList<MessageMedia::Link>& links, const QString& retailerId, const ProductLooks& looks)
{
    const QString link = looks.value(retailerId).imageLink;
    if (link.isEmpty())
        return;
    links.append({QStringLiteral("preview.products[%1].image").arg(retailerId), link, true});
}

} // namespace

QList<MessageMedia::Link> MessageMedia::imageLinks(const InteractiveMessage& message,
                                                   const ProductLooks& looks)
{
    QList<Link> links;
    addImageLink(links, QStringLiteral("header"), message.header);
    if (const auto* carousel = message.actionAs<CarouselAction>()) {
        for (qsizetype i = 0; i < carousel->cards.size(); ++i)
            addImageLink(links, QStringLiteral("action.cards[%1].header").arg(i), carousel->cards[i].header);
    }
    if (looks.isEmpty())
        return links;
    // Only what the preview shows: a product list's items are not on its card.
    if (const auto* product = message.actionAs<ProductAction>())
        addLookLink(links, product->productRetailerId, looks);
    if (const auto* carousel = message.actionAs<CarouselAction>()) {
        for (const CarouselCard& card : carousel->cards)
            if (card.kind == CarouselCard::Kind::Product)
                addLookLink(links, card.productRetailerId, looks);
    }
    return links;
}

MessageMedia::MessageMedia(MediaLoader& loader, QObject* parent) : QObject(parent), m_loader(loader)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(DefaultSettleDelay);
    connect(&m_settle, &QTimer::timeout, this, &MessageMedia::requestShown);
    connect(&m_loader, &MediaLoader::loaded, this, &MessageMedia::take);
}

void MessageMedia::show(const InteractiveMessage& message, const ProductLooks& looks)
{
    QList<Link> links = imageLinks(message, looks);
    if (links == m_shown)
        return;
    m_shown = std::move(links);
    refresh();
}

void MessageMedia::setStandIns(const QHash<QString, QString>& files)
{
    if (files == m_standInFiles)
        return;
    m_standInFiles = files;
    m_results.removeIf([](const auto& entry) { return entry.value().standIn; }); // read again, or asked for
    refresh();
}

void MessageMedia::refresh()
{
    QHash<QString, MediaResult> results;
    bool waiting = false;
    for (const Link& link : std::as_const(m_shown)) {
        if (results.contains(link.link))
            continue;
        const auto known = m_results.constFind(link.link);
        if (known != m_results.cend()) {
            results.insert(link.link, *known);
            waiting = waiting || !known->isFinal();
        } else if (m_standInFiles.contains(link.link)) {
            results.insert(link.link, standInResult(link.link));
        } else if (const std::optional<MediaResult> cached = m_loader.cached(QUrl(link.link))) {
            results.insert(link.link, *cached); // loaded earlier this session: no need to wait
        } else {
            results.insert(link.link, MediaResult());
            waiting = true;
        }
    }
    m_results = std::move(results);
    if (waiting)
        m_settle.start(); // restarted by every change: asked once the typing stops
    emit changed();
    if (!waiting)
        emit settled();
}

void MessageMedia::settleNow()
{
    if (m_settle.isActive()) {
        m_settle.stop();
        requestShown();
    }
}

void MessageMedia::requestShown()
{
    for (auto it = m_results.cbegin(); it != m_results.cend(); ++it) {
        if (!it->isFinal())
            m_loader.request(QUrl(it.key()));
    }
}

void MessageMedia::take(const QUrl& link, const MediaResult& result)
{
    // Answers are matched by the link as the loader saw it; a stand-in's link was never asked.
    for (auto it = m_results.begin(); it != m_results.end(); ++it) {
        if (QUrl(it.key()) != link || m_standInFiles.contains(it.key()))
            continue;
        *it = result;
        emit changed();
        if (isSettled())
            emit settled();
        return;
    }
}

MediaResult MessageMedia::standInResult(const QString& link) const
{
    const QString file = m_standInFiles.value(link);
    QImageReader reader(file);
    reader.setAutoTransform(true);
    MediaResult result;
    result.standIn = true;
    result.image = reader.read();
    if (result.image.isNull()) {
        result.state = MediaResult::State::Failed;
        result.reason = tr("The picture standing in for this link (%1) cannot be read: %2")
                            .arg(QFileInfo(file).fileName(), reader.errorString());
        return result;
    }
    result.state = MediaResult::State::Loaded;
    result.byteSize = QFileInfo(file).size();
    return result;
}

QList<ValidationIssue> MessageMedia::warnings() const
{
    QList<ValidationIssue> issues;
    for (const Link& link : m_shown) {
        const MediaResult result = m_results.value(link.link);
        // A link that may not be asked for at all is the validator's to refuse (it must be https).
        if (result.state != MediaResult::State::Failed || link.previewOnly)
            continue;
        issues.append({link.path, Severity::Warning, QStringLiteral("media-unavailable"),
                       result.standIn ? result.reason : result.warning()});
    }
    return issues;
}

bool MessageMedia::isSettled() const
{
    return std::all_of(m_results.cbegin(), m_results.cend(),
                       [](const MediaResult& result) { return result.isFinal(); });
}

} // namespace wa
