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
    MessageMedia::Link look{QStringLiteral("preview.products[%1].image").arg(retailerId), link};
    look.previewOnly = true;
    links.append(look);
}

} // namespace

QList<MessageMedia::Link> MessageMedia::documentLinks(const InteractiveMessage& message)
{
    const Header& header = message.header;
    if (header.kind != HeaderKind::Document || header.mediaLink.isEmpty() ||
        Placeholders::parse(header.mediaLink).hasPlaceholders())
        return {};
    return {{QStringLiteral("header.document.link"), header.mediaLink, true}};
}

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
    connect(&m_loader, &MediaLoader::loaded, this,
            [this](const QUrl& link, const MediaResult& result) { take(link, result, false); });
    connect(&m_loader, &MediaLoader::probed, this,
            [this](const QUrl& link, const MediaResult& result) { take(link, result, true); });
}

QString MessageMedia::standInKey(const QString& link)
{
    // Without its query: a signed link's signature is not kept in the settings, and a new signature for the
    // same picture keeps its stand-in.
    return QUrl(link).adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

bool MessageMedia::isReservedForExamples(const QString& link)
{
    // RFC 2606 and 6761: never anyone's server. File > New's starters link there; nothing would answer.
    const QString host = QUrl(link).host().toLower();
    for (const QStringView domain : {u"example.com", u"example.net", u"example.org"})
        if (host == domain || host.endsWith(u'.' + domain.toString()))
            return true;
    for (const QStringView suffix : {u".example", u".test", u".invalid"})
        if (host.endsWith(suffix))
            return true;
    return false;
}

void MessageMedia::show(const InteractiveMessage& message, const ProductLooks& looks)
{
    QList<Link> links = imageLinks(message, looks) + documentLinks(message);
    if (links == m_shown)
        return;
    // A link that changes kind (the header from image to document) is asked again the new way: a probe has no
    // picture, a picture's size is not the document's.
    for (const Link& link : std::as_const(links))
        if (isDocument(link.link) != link.document)
            m_results.remove(link.link);
    m_shown = std::move(links);
    refresh();
}

bool MessageMedia::isDocument(const QString& link) const
{
    return std::any_of(m_shown.cbegin(), m_shown.cend(),
                       [&](const Link& shown) { return shown.link == link && shown.document; });
}

void MessageMedia::setStandIns(const QHash<QString, QString>& files)
{
    if (files == m_standInFiles)
        return;
    m_standInFiles = files;
    // Stand-ins are read again and links that lost theirs asked for. A link that now has one drops what the
    // network gave it (or has yet to give: take() ignores it), which would otherwise be shown instead.
    m_results.removeIf([this](const auto& entry) {
        return entry.value().standIn || m_standInFiles.contains(standInKey(entry.key()));
    });
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
        } else if (!link.document && m_standInFiles.contains(standInKey(link.link))) {
            results.insert(link.link, standInResult(link.link));
        } else if (isReservedForExamples(link.link)) {
            continue; // nobody's server: the placeholder, never asked, never warned about
        } else if (const std::optional<MediaResult> cached = link.document
                                                                 ? m_loader.probedBefore(QUrl(link.link))
                                                                 : m_loader.cached(QUrl(link.link))) {
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
    for (const Link& link : std::as_const(m_shown)) {
        const auto known = m_results.constFind(link.link);
        if (known == m_results.cend() || known->isFinal())
            continue;
        if (link.document)
            m_loader.probe(QUrl(link.link));
        else
            m_loader.request(QUrl(link.link));
    }
}

void MessageMedia::take(const QUrl& link, const MediaResult& result, bool probed)
{
    // Answers are matched by the link as the loader saw it, which may answer several spellings at once
    // ("HTTPS://Example.com/a.jpg", "https://example.com/a.jpg"), and by how it was asked (a probe answers a
    // document, a download a picture); a stand-in's link was never asked.
    bool taken = false;
    for (auto it = m_results.begin(); it != m_results.end(); ++it) {
        if (QUrl(it.key()) != link || it->standIn || isDocument(it.key()) != probed)
            continue;
        *it = result;
        taken = true;
    }
    if (!taken)
        return;
    emit changed();
    if (isSettled())
        emit settled();
}

MediaResult MessageMedia::standInResult(const QString& link) const
{
    const QString file = m_standInFiles.value(standInKey(link));
    QImageReader reader(file);
    reader.setAutoTransform(true);
    MediaLoader::limitDecodedSize(reader);
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
        const QString warning = result.standIn  ? result.reason
                                : link.document ? result.documentWarning()
                                                : result.warning();
        issues.append({link.path, Severity::Warning, QStringLiteral("media-unavailable"), warning});
    }
    return issues;
}

bool MessageMedia::isSettled() const
{
    return std::all_of(m_results.cbegin(), m_results.cend(),
                       [](const MediaResult& result) { return result.isFinal(); });
}

} // namespace wa
