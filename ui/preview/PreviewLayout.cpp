#include "PreviewLayout.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace wa {

namespace {

using TextFormatting::BlockKind;
using TextFormatting::Style;

// Whether a path of the payload and an issue's path are the same part, or one holds the other
// ("action.buttons" holds "action.buttons[1].reply.title").
bool pathsMeet(QStringView a, QStringView b)
{
    const QStringView shorter = a.size() <= b.size() ? a : b;
    const QStringView longer = a.size() <= b.size() ? b : a;
    if (!longer.startsWith(shorter))
        return false;
    if (shorter.isEmpty() || longer.size() == shorter.size())
        return true;
    const QChar next = longer.at(shorter.size());
    return next == u'.' || next == u'[';
}

QList<QTextLayout::FormatRange> formatsFor(const TextFormatting::FormattedText& formatted,
                                           const TextFormatting::Block& block, const PreviewTheme& theme)
{
    QList<QTextLayout::FormatRange> formats;
    const int blockEnd = block.start + block.length;
    for (const TextFormatting::StyledRange& range : formatted.ranges) {
        const int start = std::max(range.start, block.start);
        const int end = std::min(range.start + range.length, blockEnd);
        if (start >= end)
            continue;
        QTextCharFormat format;
        if (range.styles & Style::Bold)
            format.setFontWeight(QFont::Bold);
        if (range.styles & Style::Italic)
            format.setFontItalic(true);
        if (range.styles & Style::Strikethrough)
            format.setFontStrikeOut(true);
        if (range.styles & (Style::Monospace | Style::InlineCode))
            format.setFontFamilies(theme.monospaceFont.families());
        if (range.styles & Style::InlineCode)
            format.setBackground(theme.codeBackground);
        if (range.styles & Style::Link)
            format.setForeground(theme.link);
        formats.append({start - block.start, end - start, format});
    }
    return formats;
}

PreviewParagraph layParagraph(const QString& text, const QFont& font, qreal indent)
{
    PreviewParagraph paragraph;
    paragraph.rightToLeft = text.isRightToLeft();
    paragraph.indent = indent;
    paragraph.layout = std::make_unique<QTextLayout>(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(paragraph.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    // Lines are placed by hand (right-to-left ones at the right edge of the bubble as finally sized).
    option.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    paragraph.layout->setTextOption(option);
    paragraph.layout->setCacheEnabled(true);
    return paragraph;
}

// Where to cut a paragraph laid out in part: at the first white space from `from` on (the text's end when
// there is none), so that no word, surrogate pair or cluster is split.
qsizetype cutAfter(const QString& text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i)
        if (text[i].isSpace())
            return i;
    return text.size();
}

// Formats reaching past a cut paragraph's end end with it.
QList<QTextLayout::FormatRange> clipped(QList<QTextLayout::FormatRange> formats, qsizetype length)
{
    formats.removeIf([length](const QTextLayout::FormatRange& range) { return range.start >= length; });
    for (QTextLayout::FormatRange& range : formats)
        range.length = int(std::min<qsizetype>(range.length, length - range.start));
    return formats;
}

void breakLines(PreviewParagraph& paragraph, qreal width)
{
    QTextLayout& layout = *paragraph.layout;
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max<qreal>(1, width - paragraph.indent));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    paragraph.height = y;
}

} // namespace

PreviewLayout::PreviewLayout(PreviewTheme theme)
    : m_theme(std::move(theme)), m_chipMetrics(m_theme.subtitleFont), m_timeMetrics(m_theme.timeFont),
      m_buttonMetrics(m_theme.buttonFont), m_readMoreMetrics(m_theme.readMoreFont),
      m_bodyCharacterWidth(QFontMetricsF(m_theme.bodyFont).averageCharWidth())
{
}

void PreviewLayout::setTheme(const PreviewTheme& theme)
{
    m_theme = theme;
    // Made once: a QFontMetricsF looks its font up again each time it is constructed.
    m_chipMetrics = QFontMetricsF(m_theme.subtitleFont);
    m_timeMetrics = QFontMetricsF(m_theme.timeFont);
    m_buttonMetrics = QFontMetricsF(m_theme.buttonFont);
    m_readMoreMetrics = QFontMetricsF(m_theme.readMoreFont);
    m_bodyCharacterWidth = QFontMetricsF(m_theme.bodyFont).averageCharWidth();
    m_cache.clear();
    m_previousCache.clear();
}

std::shared_ptr<const PreviewTextPart> PreviewLayout::text(TextRole role, const QString& source, qreal width,
                                                           int shownLines)
{
    const CacheKey key{role, source, qRound(width), shownLines};
    if (auto found = m_cache.constFind(key); found != m_cache.constEnd())
        return *found;
    if (auto found = m_previousCache.constFind(key); found != m_previousCache.constEnd())
        return *m_cache.insert(key, *found);

    const bool markdown = role == TextRole::Body || role == TextRole::Footer;
    const QFont& font = role == TextRole::Header           ? m_theme.headerFont
                        : role == TextRole::Footer         ? m_theme.footerFont
                        : role == TextRole::RowTitle       ? m_theme.rowTitleFont
                        : role == TextRole::RowDescription ? m_theme.rowDescriptionFont
                        : role == TextRole::ProductName    ? m_theme.productNameFont
                        : role == TextRole::ProductPrice   ? m_theme.productPriceFont
                                                           : m_theme.bodyFont;
    TextFormatting::FormattedText formatted;
    if (markdown) {
        formatted = TextFormatting::parse(source);
    } else {
        // Fields without markdown show every character as typed, one paragraph a line.
        formatted.text = source;
        int start = 0;
        for (const QStringView line : QStringView(source).split(u'\n')) {
            formatted.blocks.append({BlockKind::Paragraph, start, int(line.size()), 0});
            start += int(line.size()) + 1;
        }
    }

    auto part = std::make_shared<PreviewTextPart>();
    part->width = width;
    qreal y = 0;
    int lineCount = 0; // final lines so far
    // A guess at how many characters a line holds, a little generous: text narrower than the font's average
    // needs more, and the doubling below takes it.
    const qsizetype charactersPerLine =
        qsizetype(width / (0.75 * std::max<qreal>(1, m_bodyCharacterWidth))) + 1;
    for (const TextFormatting::Block& block : formatted.blocks) {
        if (shownLines >= 0 && lineCount > shownLines) {
            part->cut = true;
            break;
        }
        const qreal indent = block.kind == BlockKind::Quote       ? m_theme.quoteIndent
                             : block.kind == BlockKind::Paragraph ? 0
                                                                  : m_theme.listIndent;
        const QString whole = formatted.text.mid(block.start, block.length);
        const QList<QTextLayout::FormatRange> formats =
            markdown ? formatsFor(formatted, block, m_theme) : QList<QTextLayout::FormatRange>();
        // A line is final once the next one has begun: lines laid out from the text's start up to the cut
        // break where they would with the whole text after them. Shaping is most of a layout's cost.
        const int wanted = shownLines - lineCount + 1; // final lines that tell the text has more to show
        qsizetype length = shownLines >= 0 ? cutAfter(whole, (wanted + 1) * charactersPerLine) : whole.size();
        PreviewParagraph paragraph;
        for (;;) {
            paragraph = layParagraph(whole.left(length), font, indent);
            if (markdown)
                paragraph.layout->setFormats(length < whole.size() ? clipped(formats, length) : formats);
            breakLines(paragraph, width);
            if (length == whole.size() || paragraph.layout->lineCount() - 1 >= wanted)
                break;
            length = cutAfter(whole, 2 * length);
        }
        const bool cut = length < whole.size();
        paragraph.kind = block.kind;
        if (block.kind == BlockKind::Bullet)
            paragraph.marker = QStringLiteral("•");
        else if (block.kind == BlockKind::Numbered)
            paragraph.marker = QString::number(block.number) + u'.';
        paragraph.top = y;
        y += paragraph.height;
        const int lines = paragraph.layout->lineCount();
        const int finalLines = cut ? lines - 1 : lines; // the last line of a cut paragraph is not its own
        for (int i = 0; i < finalLines; ++i)
            part->naturalWidth =
                std::max(part->naturalWidth, paragraph.layout->lineAt(i).naturalTextWidth() + indent);
        lineCount += finalLines;
        part->lastLineWidth =
            lines ? paragraph.layout->lineAt(lines - 1).naturalTextWidth() + indent : indent;
        part->lastLineRightToLeft = paragraph.rightToLeft;
        part->paragraphs.push_back(std::move(paragraph));
        if (cut) {
            part->cut = true;
            break;
        }
    }
    part->height = y;
    return *m_cache.insert(key, part);
}

namespace {
bool startsRightToLeft(const PreviewTextPart& part)
{
    return !part.paragraphs.empty() && part.paragraphs.front().rightToLeft;
}
} // namespace

std::optional<qreal> PreviewLayout::collapsedHeight(const PreviewTextPart& part, int lines)
{
    int counted = 0;
    qreal bottom = 0; // of the last line counted
    for (const PreviewParagraph& paragraph : part.paragraphs) {
        const int here = paragraph.layout->lineCount();
        if (counted + here > lines) {
            const int kept = lines - counted; // of this paragraph's lines
            if (kept == 0)
                return bottom;
            const QTextLine last = paragraph.layout->lineAt(kept - 1);
            return paragraph.top + last.y() + last.height();
        }
        counted += here;
        bottom = paragraph.top + paragraph.height;
    }
    return std::nullopt;
}

QStringList PreviewLayout::errorsAt(const QList<ValidationIssue>& issues, QStringView path)
{
    QStringList errors;
    for (const ValidationIssue& issue : issues) {
        if (issue.severity == Severity::Error && pathsMeet(issue.path, path) &&
            !errors.contains(issue.message))
            errors.append(issue.message);
    }
    return errors;
}

QStringList PreviewLayout::errorsWithin(const QList<ValidationIssue>& issues, QStringView path)
{
    QStringList errors;
    for (const ValidationIssue& issue : issues) {
        const bool within = issue.path.startsWith(path) &&
                            (issue.path.size() == path.size() || issue.path[path.size()] == u'.' ||
                             issue.path[path.size()] == u'[');
        if (issue.severity == Severity::Error && within && !errors.contains(issue.message))
            errors.append(issue.message);
    }
    return errors;
}

// A product or the catalog as WhatsApp shows it without the catalog's data: a neutral box with the kind's
// icon (never the retailer id or the catalog id, which the customer does not see).
std::optional<PreviewMedia> PreviewLayout::catalogBox(PreviewIcon icon)
{
    PreviewMedia box;
    box.icon = icon;
    return box;
}

std::optional<PreviewMedia> PreviewLayout::productBox(const QString& retailerId, const PreviewInput& input)
{
    std::optional<PreviewMedia> box = catalogBox(PreviewIcon::Cart);
    const QString link = input.productLooks.value(retailerId).imageLink;
    if (!link.isEmpty()) {
        box->link = link;
        box->previewOnly = true;
    }
    return box;
}

QList<std::pair<std::shared_ptr<const PreviewTextPart>, QColor>>
PreviewLayout::productTexts(const QString& retailerId, const PreviewInput& input, qreal width)
{
    const ProductLook look = input.productLooks.value(retailerId);
    QList<std::pair<std::shared_ptr<const PreviewTextPart>, QColor>> texts;
    if (!look.name.isEmpty())
        texts.append({text(TextRole::ProductName, look.name, width), m_theme.text});
    if (!look.price.isEmpty())
        texts.append({text(TextRole::ProductPrice, look.price, width), m_theme.secondaryText});
    return texts;
}

std::optional<PreviewMedia> PreviewLayout::mediaFor(const InteractiveMessage& message)
{
    if (message.actionAs<ProductAction>())
        return catalogBox(PreviewIcon::Cart);
    if (message.actionAs<CatalogAction>())
        return catalogBox(PreviewIcon::Catalog);
    return mediaFor(message.header);
}

std::optional<PreviewMedia> PreviewLayout::mediaFor(const CarouselCard& card)
{
    if (card.kind == CarouselCard::Kind::Product)
        return catalogBox(PreviewIcon::Cart);
    return mediaFor(card.header);
}

std::optional<PreviewMedia> PreviewLayout::mediaFor(const Header& header)
{
    if (!header.isMedia())
        return std::nullopt;
    PreviewMedia box;
    box.kind = header.kind;
    box.icon = header.kind == HeaderKind::Video      ? PreviewIcon::Video
               : header.kind == HeaderKind::Document ? PreviewIcon::Document
                                                     : PreviewIcon::Image;
    if (header.kind == HeaderKind::Document) {
        const QString fromLink = QFileInfo(QUrl(header.mediaLink).path()).fileName();
        box.name = !header.filename.isEmpty() ? header.filename
                   : !fromLink.isEmpty()      ? fromLink
                                              : tr("Document");
        const QString suffix = QFileInfo(box.name).suffix().toUpper();
        box.detail = suffix.isEmpty() ? tr("File") : suffix;
        box.link = header.mediaLink; // probed for its size
        box.badge = suffix.left(4);  // on the file's icon, as WhatsApp marks a PDF
    } else if (!header.mediaLink.isEmpty()) {
        // The link itself is not painted: the phone shows the picture, or a grey box, never where it is from.
        if (header.kind == HeaderKind::Image)
            box.link = header.mediaLink;
    } else if (!header.mediaId.isEmpty()) {
        box.detail = tr("Media id %1").arg(header.mediaId);
    }
    return box;
}

void PreviewLayout::dressMedia(PreviewMedia& media, const PreviewInput& input)
{
    const auto known = media.link.isEmpty() ? input.media.cend() : input.media.constFind(media.link);
    if (known == input.media.cend())
        return; // a placeholder: no link, or nothing asked about it
    if (media.kind == HeaderKind::Document) {
        // The phone shows a document at once; its size once known, as "PDF · 1.2 MB".
        if (known->isLoaded() && known->byteSize > 0)
            media.detail += QStringLiteral(" · ") +
                            QLocale().formattedDataSize(known->byteSize, 1, QLocale::DataSizeSIFormat);
        else if (known->isFinal() && !known->isLoaded())
            media.problem = known->documentWarning();
        return;
    }
    media.standIn = known->standIn;
    switch (known->state) {
    case MediaResult::State::Loading:
        media.look = PreviewMedia::Look::Loading;
        break;
    case MediaResult::State::Loaded:
        media.look = PreviewMedia::Look::Picture;
        media.picture = known->image;
        if (known->standIn)
            media.badge = tr("Local picture");
        break;
    case MediaResult::State::Failed:
    case MediaResult::State::NotAllowed:
        media.look = PreviewMedia::Look::Failed;
        media.problem = known->standIn ? known->reason
                        : media.previewOnly
                            ? tr("The preview cannot show this picture: %1.").arg(known->reason)
                            : known->warning();
        break;
    }
}

qreal PreviewLayout::mediaAspect(const PreviewMedia& media) const
{
    if (media.look != PreviewMedia::Look::Picture || media.picture.isNull() || media.picture.height() == 0)
        return m_theme.mediaAspect;
    const qreal own = qreal(media.picture.width()) / media.picture.height();
    return std::clamp(own, m_theme.mediaMinAspect, m_theme.mediaMaxAspect);
}

void PreviewLayout::fitPicture(PreviewMedia& media, qreal devicePixelRatio)
{
    if (media.look != PreviewMedia::Look::Picture || media.picture.isNull())
        return;
    const QSize box = (media.rect.size() * devicePixelRatio).toSize();
    if (box.isEmpty()) {
        media.picture = {};
        return;
    }
    const std::pair<qint64, QSize> key{media.picture.cacheKey(), box};
    QImage fitted = m_pictures.value(key);
    if (fitted.isNull())
        fitted = m_previousPictures.value(key);
    if (fitted.isNull()) {
        // As the phone does: the box filled, what overflows it cut off evenly on both sides.
        const QSizeF whole = media.picture.size();
        const qreal scale = std::max(box.width() / whole.width(), box.height() / whole.height());
        const QSizeF shown = QSizeF(box) / scale;
        const QRect source(
            QPointF((whole.width() - shown.width()) / 2, (whole.height() - shown.height()) / 2).toPoint(),
            shown.toSize());
        const QImage scaled =
            media.picture.copy(source).scaled(box, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        // Its rounded corners cut once here, so that painting it is a plain copy, without a clip path.
        fitted = QImage(box, QImage::Format_ARGB32_Premultiplied);
        fitted.fill(Qt::transparent);
        QPainter corners(&fitted);
        corners.setRenderHint(QPainter::Antialiasing);
        corners.setPen(Qt::NoPen);
        corners.setBrush(scaled);
        const qreal radius = m_theme.mediaRadius * devicePixelRatio;
        corners.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(box)), radius, radius);
        corners.end();
        fitted.setDevicePixelRatio(devicePixelRatio);
    }
    m_pictures.insert(key, fitted);
    media.picture = fitted;
}

namespace {
// WhatsApp's default for a call button's life (SPEC.md: ttl_minutes default 10080, 7 days).
constexpr qint64 VoiceCallDefaultTtlMinutes = 10080;

// "7 days", "2 hours", "45 minutes": how long a call button lasts, in the largest whole unit.
QString lasting(qint64 minutes)
{
    if (minutes >= 1440 && minutes % 1440 == 0)
        return PreviewLayout::tr("%n day(s)", nullptr, int(minutes / 1440));
    if (minutes >= 60 && minutes % 60 == 0)
        return PreviewLayout::tr("%n hour(s)", nullptr, int(minutes / 60));
    return PreviewLayout::tr("%n minute(s)", nullptr, int(minutes));
}
} // namespace

QList<PreviewButton> PreviewLayout::buttonsFor(const CarouselCard& card, const QString& path)
{
    const QString action = path + QStringLiteral(".action");
    switch (card.kind) {
    case CarouselCard::Kind::Url:
        return {{PreviewButton::Role::OpenUrl,
                 {},
                 card.url.displayText,
                 PreviewIcon::ExternalLink,
                 card.url.url,
                 action}};
    case CarouselCard::Kind::QuickReplies: {
        QList<PreviewButton> buttons;
        for (qsizetype b = 0; b < card.quickReplies.size(); ++b)
            buttons.append({PreviewButton::Role::Reply,
                            {},
                            card.quickReplies[b].title,
                            PreviewIcon::Reply,
                            tr("Reply id: %1").arg(card.quickReplies[b].id),
                            action + QStringLiteral(".buttons[%1]").arg(b)});
        return buttons;
    }
    case CarouselCard::Kind::Product:
        break;
    }
    return {{PreviewButton::Role::ViewProduct,
             {},
             tr("View"),
             PreviewIcon::None,
             tr("Product %1").arg(card.productRetailerId),
             action}};
}

void PreviewLayout::layoutCards(const CarouselAction& carousel, const PreviewInput& input,
                                PreviewScene& scene)
{
    const PreviewTheme& t = m_theme;
    const qreal screenWidth = scene.size.width();
    const qreal left = scene.bubble.left();
    // On a narrow screen a card still leaves the next one peeking in, so the customer knows to swipe.
    const qreal cardWidth =
        std::max(t.cardMinWidth, std::min(t.cardWidth, screenWidth - left - t.chatMargin - t.cardPeek));
    const qreal contentWidth = cardWidth - 2 * t.cardPaddingX;
    const qreal mediaHeight = (cardWidth - 2 * t.mediaInset) / t.cardMediaAspect;

    // The customer sees the cards by card_index; cards with a wrong index keep their place in the list.
    QList<qsizetype> order(carousel.cards.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return carousel.cards[a].index < carousel.cards[b].index;
    });

    // Each card's parts first; every card then takes the tallest one's height, with its buttons at the
    // bottom.
    struct Parts
    {
        std::shared_ptr<const PreviewTextPart> body;
        QList<std::pair<std::shared_ptr<const PreviewTextPart>, QColor>> product; // name, price
        QList<PreviewButton> buttons;
    };
    QList<Parts> parts;
    qreal textHeight = 0;
    int mostButtons = 0;
    for (qsizetype i : order) {
        const CarouselCard& card = carousel.cards[i];
        Parts part;
        if (card.isMedia() && card.body && !card.body->isEmpty())
            part.body = text(TextRole::Body, *card.body, contentWidth);
        part.buttons = buttonsFor(card, QStringLiteral("action.cards[%1]").arg(i));
        textHeight = std::max(textHeight, part.body ? part.body->height + t.cardTextPaddingY * 2 : 0);
        if (card.kind == CarouselCard::Kind::Product) {
            part.product = productTexts(card.productRetailerId, input, contentWidth);
            qreal productHeight = 0;
            for (const auto& [line, colour] : part.product)
                productHeight += line->height;
            if (!part.product.isEmpty())
                textHeight =
                    std::max(textHeight, productHeight + t.productPriceGap * (part.product.size() - 1) +
                                             t.cardTextPaddingY * 2);
        }
        mostButtons = std::max(mostButtons, int(part.buttons.size()));
        parts.append(part);
    }
    const qreal height =
        t.mediaInset + mediaHeight + std::max(textHeight, t.cardTextPaddingY) + mostButtons * t.buttonHeight;
    const qreal top = scene.bubble.bottom() + t.cardsTopGap;
    const qreal allWidth = carousel.cards.size() * (cardWidth + t.cardGap) - t.cardGap;
    scene.cardsMaxScroll = std::max<qreal>(0, left + allWidth + t.chatMargin - screenWidth);
    scene.cardsScroll = std::clamp(input.cardsScroll, qreal(0), scene.cardsMaxScroll);
    scene.cardsStrip = QRectF(0, top, screenWidth, height);
    if (const QStringList errors =
            [&] {
                QStringList own;
                for (const ValidationIssue& issue : input.issues)
                    if (issue.severity == Severity::Error && issue.path == u"action.cards")
                        own.append(issue.message);
                return own;
            }();
        !errors.isEmpty())
        scene.outlines.append(
            {QRectF(left, top, std::min(allWidth, screenWidth - left - t.chatMargin), height),
             errors.join(u'\n')});

    qreal x = left - scene.cardsScroll;
    for (qsizetype k = 0; k < order.size(); ++k, x += cardWidth + t.cardGap) {
        const CarouselCard& card = carousel.cards[order[k]];
        PreviewCard placed;
        placed.path = QStringLiteral("action.cards[%1]").arg(order[k]);
        placed.rect = QRectF(x, top, cardWidth, height);
        placed.media = card.kind == CarouselCard::Kind::Product ? productBox(card.productRetailerId, input)
                                                                : mediaFor(card);
        if (placed.media) {
            dressMedia(*placed.media, input);
            placed.media->rect =
                QRectF(x + t.mediaInset, top + t.mediaInset, cardWidth - 2 * t.mediaInset, mediaHeight);
            fitPicture(*placed.media, scene.devicePixelRatio);
            const QString mediaPath =
                placed.path + (card.isMedia() ? QStringLiteral(".header") : QStringLiteral(".action"));
            if (const QStringList errors = errorsWithin(input.issues, mediaPath); !errors.isEmpty())
                scene.outlines.append({placed.media->rect, errors.join(u'\n')});
        }
        const qreal textTop = top + t.mediaInset + mediaHeight + t.cardTextPaddingY;
        if (parts[k].body) {
            placed.body = PreviewText{parts[k].body, QPointF(x + t.cardPaddingX, textTop), contentWidth,
                                      t.text, input.placeholders};
            if (const QStringList errors = errorsWithin(input.issues, placed.path + QStringLiteral(".body"));
                !errors.isEmpty())
                scene.outlines.append(
                    {QRectF(placed.body->position, QSizeF(contentWidth, parts[k].body->height)),
                     errors.join(u'\n')});
        }
        qreal productTop = textTop;
        for (const auto& [part, colour] : parts[k].product) {
            placed.product.append(
                PreviewText{part, QPointF(x + t.cardPaddingX, productTop), contentWidth, colour, {}});
            productTop += part->height + t.productPriceGap;
        }
        QStringList cardErrors;
        for (const ValidationIssue& issue : input.issues)
            if (issue.severity == Severity::Error &&
                (issue.path == placed.path + QStringLiteral(".card_index") ||
                 issue.path == placed.path + QStringLiteral(".type")))
                cardErrors.append(issue.message);
        if (!cardErrors.isEmpty())
            scene.outlines.append({placed.rect, cardErrors.join(u'\n')});
        qreal y = placed.rect.bottom() - parts[k].buttons.size() * t.buttonHeight;
        for (PreviewButton b : parts[k].buttons) {
            scene.separators.append(QLineF(x, y, x + cardWidth, y));
            b.rect = QRectF(x, y, cardWidth, t.buttonHeight);
            b.label = m_buttonMetrics.elidedText(b.label, Qt::ElideRight,
                                                 cardWidth - t.iconSize - 2 * t.buttonPaddingX);
            const qreal inset = t.buttonOutlineInset;
            if (const QStringList errors = errorsWithin(input.issues, b.path); !errors.isEmpty())
                scene.outlines.append({b.rect.adjusted(inset, inset, -inset, -inset), errors.join(u'\n')});
            scene.buttons.append(b);
            y += t.buttonHeight;
        }
        scene.cards.append(placed);
    }
}

QList<PreviewButton> PreviewLayout::buttonsFor(const InteractiveMessage& message)
{
    QList<PreviewButton> buttons;
    auto button = [&](PreviewButton::Role role, const QString& label, PreviewIcon icon, const QString& detail,
                      const QString& path) {
        buttons.append({role, {}, label, icon, detail, path});
    };
    const QString action = QStringLiteral("action");
    switch (message.type()) {
    case MessageType::Button: {
        const auto& reply = *message.actionAs<ReplyButtonsAction>();
        for (qsizetype i = 0; i < reply.buttons.size(); ++i)
            button(PreviewButton::Role::Reply, reply.buttons[i].title, PreviewIcon::Reply,
                   tr("Reply id: %1").arg(reply.buttons[i].id), QStringLiteral("action.buttons[%1]").arg(i));
        break;
    }
    case MessageType::List: {
        const auto& list = *message.actionAs<ListAction>();
        button(PreviewButton::Role::OpenList, list.button, PreviewIcon::List,
               tr("Opens the list: %n row(s)", nullptr, list.rowCount()), action);
        break;
    }
    case MessageType::CtaUrl: {
        const auto& cta = *message.actionAs<CtaUrlAction>();
        button(PreviewButton::Role::OpenUrl, cta.displayText, PreviewIcon::ExternalLink, cta.url, action);
        break;
    }
    case MessageType::LocationRequest:
        button(PreviewButton::Role::SendLocation, tr("Send location"), PreviewIcon::Location,
               tr("Asks the customer to share their location"), action);
        break;
    case MessageType::Flow: {
        const auto& flow = *message.actionAs<FlowAction>();
        button(PreviewButton::Role::OpenFlow, flow.cta, PreviewIcon::Flow,
               flow.flowId.isEmpty() ? tr("Flow name: %1").arg(flow.flowName)
                                     : tr("Flow id: %1").arg(flow.flowId),
               action);
        break;
    }
    case MessageType::Product:
        button(PreviewButton::Role::ViewProduct, tr("View"), PreviewIcon::None,
               tr("Product %1").arg(message.actionAs<ProductAction>()->productRetailerId), action);
        break;
    case MessageType::ProductList: {
        const auto& products = *message.actionAs<ProductListAction>();
        button(PreviewButton::Role::ViewItems, tr("View items"), PreviewIcon::Cart,
               tr("%n product(s) in catalog %1", nullptr, products.productCount()).arg(products.catalogId),
               action);
        break;
    }
    case MessageType::Catalog:
        button(PreviewButton::Role::ViewCatalog, tr("View catalog"), PreviewIcon::None,
               tr("Opens the business's catalog"), action);
        break;
    case MessageType::Carousel:
        break; // its buttons are on its cards
    case MessageType::VoiceCall: {
        const auto& call = *message.actionAs<VoiceCallAction>();
        const qint64 minutes = call.ttlMinutes.value_or(VoiceCallDefaultTtlMinutes);
        button(PreviewButton::Role::Call, call.displayText.isEmpty() ? tr("Call Now") : call.displayText,
               PreviewIcon::Phone,
               tr("Calls the business on WhatsApp; the button works for %1").arg(lasting(minutes)), action);
        break;
    }
    case MessageType::CallPermissionRequest:
        // WhatsApp fixes the answers; the customer's choice comes back in a webhook.
        button(PreviewButton::Role::AnswerCallPermission, tr("Allow calls"), PreviewIcon::Phone,
               tr("Fixed by WhatsApp: the customer allows or declines calls from the business"), action);
        break;
    case MessageType::ContactInfoRequest:
        button(PreviewButton::Role::ShareContact, tr("Share contact info"), PreviewIcon::Contact,
               tr("Fixed by WhatsApp: the customer's contact card comes back as a contacts message"), action);
        break;
    case MessageType::Address:
        button(PreviewButton::Role::ProvideAddress, tr("Provide address"), PreviewIcon::Location,
               tr("Opens WhatsApp's address form (India only)"), action);
        break;
    }
    return buttons;
}

PreviewScene PreviewLayout::layout(const PreviewInput& input, QSizeF size, qreal devicePixelRatio)
{
    m_previousCache.swap(m_cache);
    m_cache.clear();
    m_previousPictures.swap(m_pictures);
    m_pictures.clear();

    const PreviewTheme& t = m_theme;
    const InteractiveMessage& message = input.message;
    PreviewScene scene;
    scene.size = size;
    scene.devicePixelRatio = devicePixelRatio;
    const qreal width = size.width();

    // The top bar: back arrow, avatar, the business's name.
    scene.topBar = QRectF(0, 0, width, t.topBarHeight);
    scene.backArrow =
        QRectF(t.backArrowLeft, (t.topBarHeight - t.barIconSize) / 2, t.barIconSize, t.barIconSize);
    scene.avatar = QRectF(t.avatarLeft, (t.topBarHeight - t.avatarSize) / 2, t.avatarSize, t.avatarSize);
    scene.businessName = input.businessName;
    scene.avatarInitial = input.businessName.isEmpty() ? QString() : input.businessName.left(1).toUpper();
    const qreal nameLeft = scene.avatar.right() + t.avatarGap;
    scene.nameRect = QRectF(nameLeft, t.titleTop, std::max<qreal>(0, width - nameLeft - t.topBarPaddingRight),
                            t.titleHeight);
    scene.subtitleRect = QRectF(nameLeft, t.subtitleTop, scene.nameRect.width(), t.subtitleHeight);
    scene.subtitle = tr("Business account");

    scene.composer = QRectF(0, size.height() - t.composerHeight, width, t.composerHeight);
    scene.composerHint = tr("Message");
    scene.chatViewport =
        QRectF(0, t.topBarHeight, width, std::max<qreal>(0, scene.composer.top() - t.topBarHeight));

    // The chat, in its own coordinates (0 = the viewport's top before scrolling); moved into place at the
    // end.
    scene.dateText = tr("Today");
    const qreal chipWidth = m_chipMetrics.horizontalAdvance(scene.dateText) + 2 * t.dateChipPaddingX;
    scene.dateChip = QRectF((width - chipWidth) / 2, t.dateChipTop, chipWidth, t.dateChipHeight);

    const qreal bubbleLeft = t.chatMargin + t.tailWidth;
    const qreal maxBubble =
        std::max(t.bubbleMaxWidthFloor, std::min(t.bubbleMaxWidth, (width - 2 * t.chatMargin - t.tailWidth) *
                                                                       t.bubbleMaxWidthRatio));
    const qreal maxContent = maxBubble - 2 * t.bubblePaddingX;

    // What the card holds, by type.
    std::optional<PreviewMedia> media = mediaFor(message);
    const auto* product = message.actionAs<ProductAction>();
    if (product)
        media = productBox(product->productRetailerId, input);
    if (media)
        dressMedia(*media, input);
    QList<PreviewButton> buttons = buttonsFor(message);
    const Header& header = message.header;

    // Texts, wrapped at the widest a bubble gets; the bubble then takes the width its content needs.
    struct Placed
    {
        std::shared_ptr<const PreviewTextPart> part;
        QColor colour;
        QString path;
        std::optional<qreal> collapsedTo = std::nullopt; // a long body behind "Read more"
        qreal shownHeight() const { return collapsedTo.value_or(part->height); }
    };
    QList<Placed> texts;
    if (header.kind == HeaderKind::Text)
        texts.append({text(TextRole::Header, header.text, maxContent), t.text, QStringLiteral("header")});
    if (product) // the product's name and price under its picture, above the body
        for (const auto& [part, colour] : productTexts(product->productRetailerId, input, maxContent))
            texts.append({part, colour, QStringLiteral("preview.product")});
    std::shared_ptr<const PreviewTextPart> body;
    if (message.body && !message.body->isEmpty()) {
        const int shownLines = input.bodyExpanded ? -1 : t.bodyCollapsedLines;
        body = text(TextRole::Body, *message.body, maxContent, shownLines);
        texts.append({body, t.text, QStringLiteral("body"),
                      input.bodyExpanded ? std::nullopt : collapsedHeight(*body, t.bodyCollapsedLines)});
    } else if (!errorsAt(input.issues, u"body").isEmpty())
        // An empty line where the body belongs, so that its outline says what is missing.
        texts.append({text(TextRole::Body, QStringLiteral(" "), maxContent), t.text, QStringLiteral("body")});
    if (message.footer && !message.footer->isEmpty())
        texts.append(
            {text(TextRole::Footer, *message.footer, maxContent), t.secondaryText, QStringLiteral("footer")});

    scene.time = input.time;
    const qreal timeWidth = m_timeMetrics.horizontalAdvance(scene.time);
    const qreal timeHeight = m_timeMetrics.height();
    qreal content = 0;
    for (const Placed& placed : texts)
        content = std::max(content, placed.part->naturalWidth);
    const bool collapsed = std::any_of(texts.cbegin(), texts.cend(),
                                       [](const Placed& placed) { return placed.collapsedTo.has_value(); });
    if (collapsed)
        scene.readMoreLabel = tr("Read more");
    const qreal readMoreWidth = collapsed ? m_readMoreMetrics.horizontalAdvance(scene.readMoreLabel) : 0;
    // The time sits beside the last line when it fits there: "Read more" is the last line of a collapsed
    // body that ends the texts.
    const bool endsCollapsed = !texts.isEmpty() && texts.last().collapsedTo.has_value();
    const qreal lastLineWidth = texts.isEmpty() ? 0
                                : endsCollapsed ? readMoreWidth
                                                : texts.last().part->lastLineWidth;
    // A right-to-left last line ends where the time would go: the time goes under it.
    const bool lastLineRightToLeft = texts.isEmpty() ? false
                                     : endsCollapsed ? startsRightToLeft(*texts.last().part)
                                                     : texts.last().part->lastLineRightToLeft;
    const bool timeBesideText =
        !texts.isEmpty() && !lastLineRightToLeft && lastLineWidth + t.timeGap + timeWidth <= maxContent;
    if (timeBesideText)
        content = std::max(content, lastLineWidth + t.timeGap + timeWidth);
    content = std::max(content, timeWidth);
    for (const PreviewButton& b : buttons)
        content = std::max(content, m_buttonMetrics.horizontalAdvance(b.label) + t.iconSize +
                                        t.buttonIconGap + 2 * t.buttonPaddingX - 2 * t.bubblePaddingX);
    qreal bubbleWidth =
        std::clamp(content + 2 * t.bubblePaddingX, std::min(t.bubbleMinWidth, maxBubble), maxBubble);
    if (media)
        bubbleWidth = maxBubble; // a picture takes the bubble's full width, as on the phone
    const qreal contentWidth = bubbleWidth - 2 * t.bubblePaddingX;

    // Top to bottom.
    const qreal bubbleTop = scene.dateChip.bottom() + t.dateChipGap;
    qreal y = bubbleTop;
    if (media) {
        const qreal mediaWidth = bubbleWidth - 2 * t.mediaInset;
        const qreal mediaHeight =
            media->kind == HeaderKind::Document ? t.documentHeight : mediaWidth / mediaAspect(*media);
        media->rect = QRectF(bubbleLeft + t.mediaInset, y + t.mediaInset, mediaWidth, mediaHeight);
        fitPicture(*media, scene.devicePixelRatio);
        y = media->rect.bottom();
        const QStringList errors =
            errorsAt(input.issues, header.isMedia() ? QStringLiteral("header") : QStringLiteral("action"));
        if (!errors.isEmpty())
            scene.outlines.append({media->rect, errors.join(u'\n')});
    }
    y += t.bubblePaddingTop;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const Placed& placed = texts[i];
        if (i > 0)
            y += t.paragraphSpacing;
        const QPointF position(bubbleLeft + t.bubblePaddingX, y);
        scene.texts.append(
            {placed.part, position, contentWidth, placed.colour, {}, placed.collapsedTo.value_or(-1)});
        qreal height = placed.shownHeight();
        if (placed.collapsedTo) {
            // At the body's leading edge, as its own lines are.
            const qreal x =
                startsRightToLeft(*placed.part) ? position.x() + contentWidth - readMoreWidth : position.x();
            scene.readMore = QRectF(x, y + height, readMoreWidth, m_readMoreMetrics.height());
            height += scene.readMore.height();
        }
        const QStringList errors = errorsAt(input.issues, placed.path);
        if (!errors.isEmpty())
            scene.outlines.append({QRectF(position, QSizeF(contentWidth, height)), errors.join(u'\n')});
        y += height;
    }
    if (timeBesideText)
        scene.timeRect = QRectF(bubbleLeft + bubbleWidth - t.bubblePaddingX - timeWidth,
                                y - timeHeight + t.timeBesideTextDrop, timeWidth, timeHeight);
    else {
        scene.timeRect = QRectF(bubbleLeft + bubbleWidth - t.bubblePaddingX - timeWidth,
                                y + t.timeBelowTextGap, timeWidth, timeHeight);
        y += timeHeight;
    }
    y += t.bubblePaddingBottom;

    for (PreviewButton& b : buttons) {
        scene.separators.append(QLineF(bubbleLeft, y, bubbleLeft + bubbleWidth, y));
        b.rect = QRectF(bubbleLeft, y, bubbleWidth, t.buttonHeight);
        b.label = m_buttonMetrics.elidedText(b.label, Qt::ElideRight,
                                             bubbleWidth - t.iconSize - 2 * t.buttonPaddingX);
        const QStringList errors = errorsAt(input.issues, b.path);
        const qreal inset = t.buttonOutlineInset;
        if (!errors.isEmpty())
            scene.outlines.append({b.rect.adjusted(inset, inset, -inset, -inset), errors.join(u'\n')});
        y += t.buttonHeight;
    }
    // The phone lays a button out in the direction of the body's first paragraph, as it does the body.
    const bool rightToLeft = body && startsRightToLeft(*body);
    for (PreviewButton& b : buttons)
        b.rightToLeft = rightToLeft;
    scene.buttons = buttons;
    scene.bubble = QRectF(bubbleLeft, bubbleTop, bubbleWidth, y - bubbleTop);
    scene.tail = QRectF(t.chatMargin, bubbleTop, t.tailWidth, t.tailHeight);
    scene.media = media;
    if (const auto* carousel = message.actionAs<CarouselAction>())
        layoutCards(*carousel, input, scene);
    scene.shimmerPhase = input.shimmerPhase;
    scene.mediaLoading = (scene.media && scene.media->look == PreviewMedia::Look::Loading) ||
                         std::any_of(scene.cards.cbegin(), scene.cards.cend(), [](const PreviewCard& card) {
                             return card.media && card.media->look == PreviewMedia::Look::Loading;
                         });
    scene.chatContentHeight =
        std::max(scene.bubble.bottom(), scene.cardsStrip.isNull() ? 0 : scene.cardsStrip.bottom()) +
        t.chatPaddingBottom;

    // Scroll the chat, then move it under the top bar.
    const qreal maxScroll = std::max<qreal>(0, scene.chatContentHeight - scene.chatViewport.height());
    scene.chatScroll = std::clamp(input.chatScroll, qreal(0), maxScroll);
    const QPointF shift(0, scene.chatViewport.top() - scene.chatScroll);
    scene.dateChip.translate(shift);
    scene.bubble.translate(shift);
    scene.tail.translate(shift);
    scene.timeRect.translate(shift);
    scene.readMore.translate(shift);
    if (scene.media)
        scene.media->rect.translate(shift);
    for (PreviewText& placed : scene.texts)
        placed.position += shift;
    for (QLineF& line : scene.separators)
        line.translate(shift);
    for (PreviewButton& b : scene.buttons)
        b.rect.translate(shift);
    for (PreviewOutline& outline : scene.outlines)
        outline.rect.translate(shift);
    scene.cardsStrip.translate(shift);
    for (PreviewCard& card : scene.cards) {
        card.rect.translate(shift);
        if (card.media)
            card.media->rect.translate(shift);
        if (card.body)
            card.body->position += shift;
        for (PreviewText& line : card.product)
            line.position += shift;
    }

    if (input.sheetOpen && message.type() == MessageType::List)
        scene.sheet = layoutSheet(*message.actionAs<ListAction>(), input, size);
    if (input.placeholders.any()) {
        for (PreviewText& placed : scene.texts)
            placed.placeholders = input.placeholders;
        if (scene.sheet) {
            for (PreviewSheetRow& row : scene.sheet->rows) {
                row.title.placeholders = input.placeholders;
                if (row.description)
                    row.description->placeholders = input.placeholders;
            }
        }
    }
    return scene;
}

PreviewSheet PreviewLayout::layoutSheet(const ListAction& action, const PreviewInput& input, QSizeF size)
{
    const PreviewTheme& t = m_theme;
    const qreal width = size.width();
    PreviewSheet sheet;
    sheet.title = action.button;
    sheet.sendLabel = tr("Send");

    // Rows first, in the sheet's scrolling coordinates.
    const qreal textWidth =
        std::max(t.sheetRowMinTextWidth, width - 2 * t.sheetPaddingX - t.radioSize - t.radioGap);
    qreal y = 0;
    int flat = 0;
    for (qsizetype s = 0; s < action.sections.size(); ++s) {
        const ListSection& section = action.sections[s];
        PreviewSheetSection placedSection;
        placedSection.title = section.title;
        if (!section.title.isEmpty()) {
            placedSection.titleRect =
                QRectF(t.sheetPaddingX, y, width - 2 * t.sheetPaddingX, t.sheetSectionTitleHeight);
            const QString path = QStringLiteral("action.sections[%1].title").arg(s);
            if (const QStringList errors = errorsAt(input.issues, path); !errors.isEmpty())
                sheet.outlines.append({placedSection.titleRect, errors.join(u'\n')});
            y += t.sheetSectionTitleHeight;
        }
        sheet.sections.append(placedSection);
        for (qsizetype r = 0; r < section.rows.size(); ++r, ++flat) {
            const ListRow& row = section.rows[r];
            PreviewSheetRow placed;
            placed.id = row.id;
            placed.path = QStringLiteral("action.sections[%1].rows[%2]").arg(s).arg(r);
            placed.selected = flat == input.selectedRow;
            const qreal top = y;
            y += t.sheetRowPaddingY;
            placed.title = {text(TextRole::RowTitle, row.title, textWidth),
                            QPointF(t.sheetPaddingX, y),
                            textWidth,
                            t.text,
                            {}};
            y += placed.title.part->height;
            if (!row.description.isEmpty()) {
                y += t.sheetRowDescriptionGap;
                placed.description = PreviewText{text(TextRole::RowDescription, row.description, textWidth),
                                                 QPointF(t.sheetPaddingX, y),
                                                 textWidth,
                                                 t.secondaryText,
                                                 {}};
                y += placed.description->part->height;
            }
            y += t.sheetRowPaddingY;
            placed.rect = QRectF(0, top, width, y - top);
            placed.radio = QRectF(width - t.sheetPaddingX - t.radioSize, top + (y - top - t.radioSize) / 2,
                                  t.radioSize, t.radioSize);
            if (const QStringList errors = errorsAt(input.issues, placed.path); !errors.isEmpty())
                sheet.outlines.append(
                    {placed.rect.adjusted(t.sheetRowOutlineInsetX, t.sheetRowOutlineInsetY,
                                          -t.sheetRowOutlineInsetX, -t.sheetRowOutlineInsetY),
                     errors.join(u'\n')});
            if (r + 1 < section.rows.size())
                sheet.separators.append(QLineF(t.sheetPaddingX, y, width - t.sheetPaddingX, y));
            sheet.rows.append(placed);
        }
    }
    sheet.rowsHeight = y;
    sheet.sendEnabled = input.selectedRow >= 0 && input.selectedRow < flat;

    // The sheet rises from the bottom as tall as its rows need, up to most of the screen.
    const qreal chrome = t.sheetTopBarHeight + t.sheetSendHeight;
    const qreal height = std::min(chrome + sheet.rowsHeight, size.height() * t.sheetMaxHeightRatio);
    sheet.rect = QRectF(0, size.height() - height, width, height);
    sheet.closeButton =
        QRectF(t.sheetPaddingX - t.sheetCloseOutdent,
               sheet.rect.top() + (t.sheetTopBarHeight - t.barIconSize) / 2, t.barIconSize, t.barIconSize);
    const qreal touch = t.sheetCloseTouchMargin;
    sheet.closeTarget = sheet.closeButton.adjusted(-touch, -touch, touch, touch);
    const qreal titleLeft = sheet.closeButton.right() + t.sheetTitleGap;
    sheet.titleRect = QRectF(titleLeft, sheet.rect.top(), width - 2 * titleLeft, t.sheetTopBarHeight);
    sheet.rowsViewport =
        QRectF(0, sheet.rect.top() + t.sheetTopBarHeight, width, std::max<qreal>(0, height - chrome));
    sheet.sendButton = QRectF(t.sheetPaddingX, sheet.rect.bottom() - t.sheetSendHeight + t.sheetSendPaddingY,
                              width - 2 * t.sheetPaddingX, t.sheetSendHeight - 2 * t.sheetSendPaddingY);

    const qreal maxScroll = std::max<qreal>(0, sheet.rowsHeight - sheet.rowsViewport.height());
    sheet.scroll = std::clamp(input.sheetScroll, qreal(0), maxScroll);
    const QPointF shift(0, sheet.rowsViewport.top() - sheet.scroll);
    for (PreviewSheetSection& section : sheet.sections)
        section.titleRect.translate(shift);
    for (PreviewSheetRow& row : sheet.rows) {
        row.rect.translate(shift);
        row.radio.translate(shift);
        row.title.position += shift;
        if (row.description)
            row.description->position += shift;
    }
    for (QLineF& line : sheet.separators)
        line.translate(shift);
    for (PreviewOutline& outline : sheet.outlines)
        outline.rect.translate(shift);
    return sheet;
}

PreviewHit PreviewLayout::hitTest(const PreviewScene& scene, QPointF point)
{
    if (const auto& sheet = scene.sheet) {
        if (!sheet->rect.contains(point))
            return {PreviewHit::Kind::SheetOutside, -1};
        if (sheet->closeTarget.contains(point))
            return {PreviewHit::Kind::SheetClose, -1};
        if (sheet->sendButton.contains(point))
            return {PreviewHit::Kind::SheetSend, -1};
        if (sheet->rowsViewport.contains(point)) {
            for (qsizetype i = 0; i < sheet->rows.size(); ++i) {
                if (sheet->rows[i].rect.contains(point))
                    return {PreviewHit::Kind::SheetRow, int(i)};
            }
        }
        return {PreviewHit::Kind::SheetBody, -1};
    }
    if (!scene.chatViewport.contains(point))
        return {};
    for (qsizetype i = 0; i < scene.buttons.size(); ++i) {
        if (scene.buttons[i].rect.contains(point))
            return {PreviewHit::Kind::Button, int(i)};
    }
    if (scene.readMore.contains(point))
        return {PreviewHit::Kind::ReadMore, -1};
    return {};
}

} // namespace wa
