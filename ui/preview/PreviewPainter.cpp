#include "PreviewPainter.h"

#include "variables/Placeholders.h"

#include "PreviewIcons.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>

namespace wa {

namespace {

void drawElided(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font,
                const QColor& colour, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(rect, int(alignment) | Qt::TextSingleLine,
                     QFontMetricsF(font).elidedText(text, Qt::ElideRight, rect.width()));
}

// The wallpaper's faint doodles: a tile of small rings, dots and strokes, made once per colour and pixel
// ratio.
QPixmap doodleTile(const PreviewTheme& theme, qreal ratio)
{
    const QString key = QStringLiteral("wa-doodle-%1-%2-%3-%4")
                            .arg(theme.wallpaper.rgba())
                            .arg(theme.wallpaperDoodle.rgba())
                            .arg(theme.wallpaperDoodleWidth)
                            .arg(ratio);
    QPixmap tile;
    if (QPixmapCache::find(key, &tile))
        return tile;
    // The doodles are drawn in the tile's own 96-unit box, like an icon on its grid.
    const int side = 96;
    tile = QPixmap(QSize(side, side) * ratio);
    tile.setDevicePixelRatio(ratio);
    tile.fill(theme.wallpaper);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(theme.wallpaperDoodle, theme.wallpaperDoodleWidth, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(14, 16), 6, 6);
    p.drawEllipse(QPointF(70, 58), 4, 4);
    p.drawLine(QPointF(40, 8), QPointF(52, 20));
    p.drawLine(QPointF(52, 8), QPointF(40, 20));
    p.drawArc(QRectF(18, 60, 18, 14), 0, 180 * 16);
    p.drawRoundedRect(QRectF(66, 14, 14, 10), 3, 3);
    p.drawLine(QPointF(8, 82), QPointF(20, 88));
    p.drawLine(QPointF(58, 82), QPointF(62, 92));
    p.drawLine(QPointF(62, 92), QPointF(70, 84));
    p.setBrush(theme.wallpaperDoodle);
    p.drawEllipse(QPointF(36, 42), 2, 2);
    p.drawEllipse(QPointF(88, 40), 1.5, 1.5);
    p.drawEllipse(QPointF(44, 88), 1.5, 1.5);
    p.end();
    QPixmapCache::insert(key, tile);
    return tile;
}

QPainterPath bubblePath(const PreviewScene& scene, const PreviewTheme& theme)
{
    const QRectF& bubble = scene.bubble;
    const qreal r = theme.bubbleRadius;
    QPainterPath path;
    path.addRoundedRect(bubble, r, r);
    // The corner the tail grows from is square, and the tail curves out of it to a point. The offsets from
    // the tail's box (theme.tailWidth x theme.tailHeight) are the shape of its rounded tip.
    QPainterPath tail;
    tail.moveTo(bubble.left() + r, bubble.top());
    tail.lineTo(scene.tail.left() + 1.5, scene.tail.top());
    tail.quadTo(scene.tail.left() - 0.5, scene.tail.top() + 0.5, scene.tail.left() + 0.8,
                scene.tail.top() + 2.2);
    tail.lineTo(bubble.left(), scene.tail.bottom());
    tail.lineTo(bubble.left(), bubble.top() + r);
    tail.lineTo(bubble.left() + r, bubble.top() + r);
    tail.closeSubpath();
    return path.united(tail);
}

} // namespace

void PreviewPainter::paint(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // A repaint of the chat alone (a keystroke) skips the bars: laying their texts out is most of their cost.
    const QRectF clip =
        painter.hasClipping() ? painter.clipBoundingRect() : QRectF(QPointF(0, 0), scene.size);
    paintWallpaper(painter, scene, theme);
    paintChat(painter, scene, theme);
    if (clip.intersects(scene.composer))
        paintComposer(painter, scene, theme);
    if (clip.intersects(scene.topBar))
        paintTopBar(painter, scene, theme);
    if (scene.sheet)
        paintSheet(painter, *scene.sheet, theme);
    painter.restore();
}

void PreviewPainter::paintWallpaper(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme)
{
    const QRectF screen(QPointF(0, 0), scene.size);
    painter.drawTiledPixmap(screen, doodleTile(theme, painter.device()->devicePixelRatioF()));
}

void PreviewPainter::paintTopBar(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme)
{
    painter.fillRect(scene.topBar, theme.topBar);
    PreviewIcons::paintBackArrow(painter, scene.backArrow, theme.topBarText);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.avatar);
    painter.drawEllipse(scene.avatar);
    QFont initial = theme.titleFont;
    initial.setPixelSize(qRound(scene.avatar.height() * theme.avatarInitialRatio));
    drawElided(painter, scene.avatar, scene.avatarInitial, initial, theme.avatarText, Qt::AlignCenter);
    drawElided(painter, scene.nameRect, scene.businessName, theme.titleFont, theme.topBarText);
    drawElided(painter, scene.subtitleRect, scene.subtitle, theme.subtitleFont, theme.topBarSecondaryText);
}

void PreviewPainter::paintChat(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme)
{
    painter.save();
    painter.setClipRect(scene.chatViewport);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.dateChip);
    painter.drawRoundedRect(scene.dateChip, theme.dateChipRadius, theme.dateChipRadius);
    drawElided(painter, scene.dateChip, scene.dateText, theme.subtitleFont, theme.dateChipText,
               Qt::AlignCenter);
    paintBubble(painter, scene, theme);
    paintCards(painter, scene, theme);
    paintButtons(painter, scene, theme);
    paintOutlines(painter, scene.outlines, theme);
    painter.restore();
    paintScrollIndicator(painter, scene.chatViewport, scene.chatContentHeight, scene.chatScroll, theme);
}

void PreviewPainter::paintBubble(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme)
{
    const QPainterPath bubble = bubblePath(scene, theme);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.bubbleShadow);
    painter.drawPath(bubble.translated(0, theme.bubbleShadowOffset));
    painter.setBrush(theme.bubble);
    painter.drawPath(bubble);

    if (scene.media)
        paintMedia(painter, *scene.media, scene.shimmerPhase, theme);
    for (const PreviewText& text : scene.texts)
        paintText(painter, text, theme);
    drawElided(painter, scene.timeRect, scene.time, theme.timeFont, theme.secondaryText,
               Qt::AlignRight | Qt::AlignVCenter);
    if (!scene.readMoreLabel.isEmpty())
        drawElided(painter, scene.readMore, scene.readMoreLabel, theme.readMoreFont, theme.link,
                   Qt::AlignLeft | Qt::AlignVCenter);
}

void PreviewPainter::paintCards(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme)
{
    for (const PreviewCard& card : scene.cards) {
        if (!card.rect.intersects(scene.chatViewport))
            continue; // scrolled out of sight
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.bubbleShadow);
        painter.drawRoundedRect(card.rect.translated(0, theme.bubbleShadowOffset), theme.bubbleRadius,
                                theme.bubbleRadius);
        painter.setBrush(theme.bubble);
        painter.drawRoundedRect(card.rect, theme.bubbleRadius, theme.bubbleRadius);
        if (card.media)
            paintMedia(painter, *card.media, scene.shimmerPhase, theme);
        if (card.body)
            paintText(painter, *card.body, theme);
        for (const PreviewText& line : card.product)
            paintText(painter, line, theme);
    }
}

void PreviewPainter::paintMedia(QPainter& painter, const PreviewMedia& media, qreal phase,
                                const PreviewTheme& theme)
{
    const qreal radius = theme.mediaRadius;
    const qreal padding = theme.mediaPadding;
    painter.setPen(Qt::NoPen);
    if (media.kind == HeaderKind::Document) {
        painter.setBrush(theme.documentBackground);
        painter.drawRoundedRect(media.rect, radius, radius);
        const qreal iconSize = theme.documentIconSize;
        const QRectF icon(media.rect.left() + padding, media.rect.center().y() - iconSize / 2, iconSize,
                          iconSize);
        const QColor typeColour = theme.documentColour(media.badge);
        PreviewIcons::paint(painter, PreviewIcon::Document, icon, typeColour);
        if (!media.badge.isEmpty())
            drawElided(painter, icon.adjusted(0, icon.height() * 0.45, 0, -icon.height() * 0.1), media.badge,
                       theme.documentTypeFont, theme.documentTypeText, Qt::AlignCenter);
        const QRectF name(icon.right() + padding, media.rect.top() + theme.documentTextTop,
                          media.rect.right() - icon.right() - 2 * padding, theme.mediaLineHeight);
        drawElided(painter, name, media.name, theme.bodyFont, theme.text);
        drawElided(painter, name.translated(0, theme.mediaLineHeight), media.detail, theme.footerFont,
                   theme.secondaryText);
        return;
    }
    if (media.look == PreviewMedia::Look::Picture && !media.picture.isNull()) {
        paintPicture(painter, media, theme);
        return;
    }
    painter.setBrush(theme.mediaPlaceholder);
    painter.drawRoundedRect(media.rect, radius, radius);
    const qreal side = std::min(theme.mediaIconMaxSize, media.rect.height() * theme.mediaIconRatio);
    const QRectF iconRect(media.rect.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    if (media.look == PreviewMedia::Look::Failed) {
        PreviewIcons::paint(painter, PreviewIcon::BrokenImage, iconRect, theme.mediaIcon);
    } else if (media.kind == HeaderKind::Video) {
        const qreal mark = std::min(theme.playMarkSize, media.rect.height() * theme.mediaIconRatio * 1.4);
        PreviewIcons::paintPlayMark(
            painter, QRectF(media.rect.center() - QPointF(mark / 2, mark / 2), QSizeF(mark, mark)),
            theme.playMark, theme.mediaIcon);
    } else {
        PreviewIcons::paint(painter, media.icon, iconRect, theme.mediaIcon);
    }
    if (media.look == PreviewMedia::Look::Loading)
        paintShimmer(painter, media.rect, phase, theme);
    const QRectF caption =
        media.rect.adjusted(padding, media.rect.height() - theme.mediaLineHeight - theme.mediaCaptionBottom,
                            -padding, -theme.mediaCaptionBottom);
    const QString line = media.name.isEmpty()     ? media.detail
                         : media.detail.isEmpty() ? media.name
                                                  : media.name + QStringLiteral(" · ") + media.detail;
    drawElided(painter, caption, line, theme.footerFont, theme.mediaIcon);
}

void PreviewPainter::paintPicture(QPainter& painter, const PreviewMedia& media, const PreviewTheme& theme)
{
    // Fitted by the layout to the box's pixels, its corners already rounded: drawn as it is.
    painter.drawImage(media.rect.topLeft(), media.picture);
    if (media.badge.isEmpty())
        return;
    const QFontMetricsF metrics(theme.footerFont);
    const QRectF badge(media.rect.left() + theme.badgeMargin, media.rect.top() + theme.badgeMargin,
                       std::min(metrics.horizontalAdvance(media.badge) + 2 * theme.badgePaddingX,
                                media.rect.width() - 2 * theme.badgeMargin),
                       theme.badgeHeight);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.badgeBackground);
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    painter.restore();
    drawElided(painter, badge.adjusted(theme.badgePaddingX, 0, -theme.badgePaddingX, 0), media.badge,
               theme.footerFont, theme.badgeText, Qt::AlignCenter);
}

void PreviewPainter::paintShimmer(QPainter& painter, const QRectF& box, qreal phase,
                                  const PreviewTheme& theme)
{
    // A band of light crossing the box from its leading edge, wider than it so it enters and leaves whole.
    const qreal band = box.width() * theme.shimmerBandRatio;
    const qreal centre = box.left() - band + phase * (box.width() + 2 * band);
    QLinearGradient light(centre - band / 2, 0, centre + band / 2, 0);
    QColor clear = theme.shimmer;
    clear.setAlpha(0);
    light.setColorAt(0, clear);
    light.setColorAt(0.5, theme.shimmer);
    light.setColorAt(1, clear);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(light);
    painter.drawRoundedRect(box, theme.mediaRadius, theme.mediaRadius);
    painter.restore();
}

void PreviewPainter::paintButtons(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme)
{
    painter.setPen(QPen(theme.separator, theme.separatorWidth));
    // Moved down by half the line's width, so that a line on a pixel boundary fills whole pixels.
    for (const QLineF& line : scene.separators)
        painter.drawLine(line.translated(0, theme.separatorWidth / 2));
    const QFontMetricsF metrics(theme.buttonFont);
    for (const PreviewButton& button : scene.buttons) {
        const qreal labelWidth = metrics.horizontalAdvance(button.label);
        const bool hasIcon = button.icon != PreviewIcon::None;
        const qreal total = labelWidth + (hasIcon ? theme.iconSize + theme.buttonIconGap : 0);
        const qreal left = button.rect.center().x() - total / 2;
        // Left to right: the icon left of the label; right to left, mirrored: the icon right of it.
        const qreal labelLeft =
            hasIcon && !button.rightToLeft ? left + theme.iconSize + theme.buttonIconGap : left;
        if (hasIcon) {
            const qreal iconLeft = button.rightToLeft ? left + labelWidth + theme.buttonIconGap : left;
            const QRectF icon(iconLeft, button.rect.center().y() - theme.iconSize / 2, theme.iconSize,
                              theme.iconSize);
            // The arrows point the way the text reads: the reply arrow and the link's arrow are mirrored.
            const bool mirror = button.rightToLeft && (button.icon == PreviewIcon::Reply ||
                                                       button.icon == PreviewIcon::ExternalLink);
            painter.save();
            if (mirror) {
                painter.translate(icon.center());
                painter.scale(-1, 1);
                painter.translate(-icon.center());
            }
            PreviewIcons::paint(painter, button.icon, icon, theme.buttonText);
            painter.restore();
        }
        // One pixel of slack, so that rounding never elides a label that fits.
        drawElided(painter, QRectF(labelLeft, button.rect.top(), labelWidth + 1, button.rect.height()),
                   button.label, theme.buttonFont, theme.buttonText);
    }
}

void PreviewPainter::paintComposer(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme)
{
    const QRectF bar = scene.composer;
    const qreal paddingX = theme.composerPaddingX;
    const qreal height = bar.height() - 2 * theme.composerPaddingY;
    const QRectF send(bar.right() - paddingX - height, bar.top() + theme.composerPaddingY, height, height);
    const QRectF field(bar.left() + paddingX, bar.top() + theme.composerPaddingY,
                       send.left() - paddingX - bar.left() - paddingX, height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.composer);
    painter.drawRoundedRect(field, height / 2, height / 2);
    drawElided(painter, field.adjusted(theme.composerHintPaddingLeft, 0, -theme.composerHintPaddingRight, 0),
               scene.composerHint, theme.bodyFont, theme.composerText);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.sendButton);
    painter.drawEllipse(send);
    const qreal inset = theme.microphoneInset;
    PreviewIcons::paintMicrophone(painter, send.adjusted(inset, inset, -inset, -inset), theme.sendButtonText);
}

void PreviewPainter::paintSheet(QPainter& painter, const PreviewSheet& sheet, const PreviewTheme& theme)
{
    painter.fillRect(painter.window(), theme.scrim);
    const qreal r = theme.sheetRadius;
    QPainterPath rounded;
    rounded.addRoundedRect(sheet.rect, r, r);
    QPainterPath bottom;
    bottom.addRect(sheet.rect.adjusted(0, r, 0, 0)); // the bottom corners are the screen's
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.sheet);
    painter.drawPath(rounded.united(bottom));

    PreviewIcons::paintClose(painter, sheet.closeButton, theme.secondaryText);
    drawElided(painter, sheet.titleRect, sheet.title, theme.titleFont, theme.text, Qt::AlignCenter);

    painter.save();
    painter.setClipRect(sheet.rowsViewport);
    for (const PreviewSheetSection& section : sheet.sections) {
        if (!section.titleRect.isEmpty())
            drawElided(painter, section.titleRect, section.title, theme.sectionTitleFont, theme.sectionTitle);
    }
    painter.setPen(QPen(theme.separator, theme.separatorWidth));
    for (const QLineF& line : sheet.separators)
        painter.drawLine(line.translated(0, theme.separatorWidth / 2));
    for (const PreviewSheetRow& row : sheet.rows) {
        paintText(painter, row.title, theme);
        if (row.description)
            paintText(painter, *row.description, theme);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(row.selected ? theme.radioChecked : theme.radio, theme.radioLineWidth));
        const qreal ring = theme.radioLineWidth / 2; // the ring's line stays inside the radio's box
        painter.drawEllipse(row.radio.adjusted(ring, ring, -ring, -ring));
        if (row.selected) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(theme.radioChecked);
            const qreal dot = theme.radioDotInset;
            painter.drawEllipse(row.radio.adjusted(dot, dot, -dot, -dot));
        }
    }
    paintOutlines(painter, sheet.outlines, theme);
    painter.restore();
    paintScrollIndicator(painter, sheet.rowsViewport, sheet.rowsHeight, sheet.scroll, theme);

    painter.setPen(Qt::NoPen);
    painter.setBrush(sheet.sendEnabled ? theme.sendButton : theme.sendButtonDisabled);
    const qreal h = sheet.sendButton.height();
    painter.drawRoundedRect(sheet.sendButton, h / 2, h / 2);
    drawElided(painter, sheet.sendButton, sheet.sendLabel, theme.buttonFont,
               sheet.sendEnabled ? theme.sendButtonText : theme.secondaryText, Qt::AlignCenter);
}

QList<PlaceholderToken> PreviewPainter::markedPlaceholders(const QString& text, const PlaceholderMarks& marks)
{
    QList<PlaceholderToken> marked;
    if (!marks.any() || !text.contains(u"{{"))
        return marked;
    for (const PlaceholderToken& token : Placeholders::parse(text).tokens) {
        if (token.kind == PlaceholderToken::Kind::Placeholder &&
            (marks.chips || marks.unfilled.contains(token.name)))
            marked.append(token);
    }
    return marked;
}

void PreviewPainter::paintPlaceholderMarks(QPainter& painter, const QTextLine& line, QPointF origin,
                                           const QList<PlaceholderToken>& marked,
                                           const PlaceholderMarks& marks, const PreviewTheme& theme)
{
    const qsizetype lineStart = line.textStart();
    const qsizetype lineEnd = lineStart + line.textLength();
    painter.save();
    for (const PlaceholderToken& token : marked) {
        const qsizetype start = std::max(token.start, lineStart);
        const qsizetype end = std::min(token.start + token.length, lineEnd);
        if (start >= end)
            continue; // on another line
        const qreal x1 = line.cursorToX(int(start));
        const qreal x2 = line.cursorToX(int(end));
        const QRectF rect =
            QRectF(origin.x() + std::min(x1, x2), origin.y() + line.y(), std::abs(x2 - x1), line.height())
                .adjusted(-theme.placeholderOutsetX, 0, theme.placeholderOutsetX, 0);
        if (marks.chips) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(theme.placeholderChip);
        } else {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(theme.placeholderOutline, theme.placeholderOutlineWidth, Qt::DashLine));
        }
        painter.drawRoundedRect(rect, theme.placeholderRadius, theme.placeholderRadius);
    }
    painter.restore();
}

void PreviewPainter::paintText(QPainter& painter, const PreviewText& text, const PreviewTheme& theme)
{
    const QRectF visible = painter.hasClipping() ? painter.clipBoundingRect() : QRectF(painter.window());
    const QFontMetricsF markerMetrics(theme.bodyFont);
    for (const PreviewParagraph& paragraph : text.part->paragraphs) {
        if (text.shownHeight >= 0 && paragraph.top >= text.shownHeight - 0.5)
            break; // behind "Read more", its bullet or number with it
        const QPointF top = text.position + QPointF(0, paragraph.top);
        if (paragraph.kind == TextFormatting::BlockKind::Quote) {
            const qreal x = paragraph.rightToLeft ? top.x() + text.width - theme.quoteBarWidth : top.x();
            // A quote cut by "Read more" has its bar cut with it.
            const qreal shown = text.shownHeight >= 0
                                    ? std::min(paragraph.height, text.shownHeight - paragraph.top)
                                    : paragraph.height;
            painter.fillRect(QRectF(x, top.y() + theme.quoteBarInsetY, theme.quoteBarWidth,
                                    shown - 2 * theme.quoteBarInsetY),
                             theme.quoteBar);
        } else if (!paragraph.marker.isEmpty()) {
            const qreal markerWidth = markerMetrics.horizontalAdvance(paragraph.marker);
            const qreal x = paragraph.rightToLeft
                                ? top.x() + text.width - paragraph.indent + theme.listMarkerGapRightToLeft
                                : top.x() + paragraph.indent - theme.listMarkerGap - markerWidth;
            painter.setFont(paragraph.layout->font());
            painter.setPen(text.colour);
            painter.drawText(QPointF(x, top.y() + paragraph.layout->lineAt(0).ascent()), paragraph.marker);
        }
        const QList<PlaceholderToken> marked =
            markedPlaceholders(paragraph.layout->text(), text.placeholders);
        for (int i = 0; i < paragraph.layout->lineCount(); ++i) {
            const QTextLine line = paragraph.layout->lineAt(i);
            // A 4,096-character body has a hundred lines, most of them scrolled out of sight.
            const qreal lineTop = top.y() + line.y();
            if (lineTop > visible.bottom() || lineTop + line.height() < visible.top())
                continue;
            if (text.shownHeight >= 0 && paragraph.top + line.y() + line.height() > text.shownHeight + 0.5)
                break; // behind "Read more"
            const qreal x = paragraph.rightToLeft ? text.width - paragraph.indent - line.naturalTextWidth()
                                                  : paragraph.indent;
            const QPointF origin = top + QPointF(x, 0);
            if (!marked.isEmpty())
                paintPlaceholderMarks(painter, line, origin, marked, text.placeholders, theme);
            painter.setPen(text.colour);
            line.draw(&painter, origin);
        }
    }
}

void PreviewPainter::paintOutlines(QPainter& painter, const QList<PreviewOutline>& outlines,
                                   const PreviewTheme& theme)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(theme.error, theme.outlineWidth, Qt::DashLine));
    for (const PreviewOutline& outline : outlines)
        painter.drawRoundedRect(outline.rect.adjusted(-theme.outlineOutsetX, -theme.outlineOutsetY,
                                                      theme.outlineOutsetX, theme.outlineOutsetY),
                                theme.outlineRadius, theme.outlineRadius);
}

void PreviewPainter::paintScrollIndicator(QPainter& painter, const QRectF& viewport, qreal contentHeight,
                                          qreal scroll, const PreviewTheme& theme)
{
    if (contentHeight <= viewport.height() || viewport.height() <= 0)
        return;
    const qreal length =
        std::max(theme.scrollIndicatorMinLength, viewport.height() * viewport.height() / contentHeight);
    const qreal travel = viewport.height() - length;
    const qreal y = viewport.top() + travel * scroll / (contentHeight - viewport.height());
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.secondaryText);
    painter.setOpacity(theme.scrollIndicatorOpacity);
    const qreal width = theme.scrollIndicatorWidth;
    painter.drawRoundedRect(QRectF(viewport.right() - theme.scrollIndicatorMargin - width, y, width, length),
                            width / 2, width / 2);
    painter.setOpacity(1);
}

} // namespace wa
