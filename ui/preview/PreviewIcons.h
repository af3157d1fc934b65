#pragma once

#include "PreviewLayout.h"

class QPainter;

namespace wa::PreviewIcons {

// Draws one of the phone's small line icons centred in rect, in colour. Drawn with paths rather than
// loaded from files, so they stay crisp at any device pixel ratio and need no resources at start-up.
void paint(QPainter& painter, PreviewIcon icon, const QRectF& rect, const QColor& colour);

void paintBackArrow(QPainter& painter, const QRectF& rect, const QColor& colour);
// WhatsApp's play mark over a video: a dark translucent disc filling rect, a triangle in colour.
void paintPlayMark(QPainter& painter, const QRectF& rect, const QColor& background, const QColor& colour);
void paintClose(QPainter& painter, const QRectF& rect, const QColor& colour);
void paintMicrophone(QPainter& painter, const QRectF& rect, const QColor& colour);

} // namespace wa::PreviewIcons
