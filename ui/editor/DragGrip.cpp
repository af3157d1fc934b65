#include "DragGrip.h"

#include <QPainter>

namespace wa {

namespace {
constexpr int Columns = 2;
constexpr int Rows = 3;
} // namespace

DragGrip::DragGrip(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

// A dot and the gap after it are each a seventh of a line of text, as in the glyph it replaces.
qreal DragGrip::dotSize() const
{
    return qMax(2.0, fontMetrics().height() / 7.0);
}

QSize DragGrip::sizeHint() const
{
    const qreal step = 2 * dotSize();
    return QSize(qCeil(step * Columns + dotSize()), fontMetrics().height());
}

void DragGrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    const qreal dot = dotSize();
    const qreal step = 2 * dot;
    const qreal top = (height() - step * (Rows - 1) - dot) / 2;
    for (int column = 0; column < Columns; ++column) {
        for (int row = 0; row < Rows; ++row)
            painter.drawEllipse(QRectF(dot / 2 + column * step, top + row * step, dot, dot));
    }
}

} // namespace wa
