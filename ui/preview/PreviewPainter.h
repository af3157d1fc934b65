#pragma once

#include "PreviewLayout.h"
#include "variables/Placeholders.h"

class QPainter;

namespace wa {

// Paints a laid-out PreviewScene onto any paint device: the widget, or a QImage for PNG export and
// --screenshot. It reads geometry from the scene and every colour and font from the theme; it decides
// nothing about where things go.
class PreviewPainter
{
public:
    static void paint(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme);

private:
    static void paintWallpaper(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme);
    static void paintTopBar(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme);
    static void paintChat(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme);
    static void paintBubble(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme);
    static void paintCards(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme);
    static void paintMedia(QPainter& painter, const PreviewMedia& media, qreal phase,
                           const PreviewTheme& theme);
    static void paintPicture(QPainter& painter, const PreviewMedia& media, const PreviewTheme& theme);
    static void paintShimmer(QPainter& painter, const QRectF& box, qreal phase, const PreviewTheme& theme);
    static void paintButtons(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme);
    static void paintComposer(QPainter& painter, const PreviewScene& scene, const PreviewTheme& theme);
    static void paintSheet(QPainter& painter, const PreviewSheet& sheet, const PreviewTheme& theme);
    static void paintText(QPainter& painter, const PreviewText& text, const PreviewTheme& theme);
    // The placeholders of a paragraph that the marks call for.
    static QList<PlaceholderToken> markedPlaceholders(const QString& text, const PlaceholderMarks& marks);
    static void paintPlaceholderMarks(QPainter& painter, const QTextLine& line, QPointF origin,
                                      const QList<PlaceholderToken>& marked, const PlaceholderMarks& marks,
                                      const PreviewTheme& theme);
    static void paintOutlines(QPainter& painter, const QList<PreviewOutline>& outlines,
                              const PreviewTheme& theme);
    static void paintScrollIndicator(QPainter& painter, const QRectF& viewport, qreal contentHeight,
                                     qreal scroll, const PreviewTheme& theme);
};

} // namespace wa
