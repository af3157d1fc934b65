#include "PreviewIcons.h"

#include <QPainter>
#include <QPainterPath>

namespace wa::PreviewIcons {

namespace {

// Icons are drawn on a 24-unit grid, like Material icons, then scaled into their rect.
class Grid
{
public:
    Grid(QPainter& painter, const QRectF& rect, const QColor& colour) : m_painter(painter)
    {
        m_painter.save();
        const qreal side = std::min(rect.width(), rect.height());
        m_painter.translate(rect.center() - QPointF(side / 2, side / 2));
        m_painter.scale(side / 24, side / 24);
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_stroke = QPen(colour, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        m_fill = colour;
    }
    ~Grid() { m_painter.restore(); }
    Grid(const Grid&) = delete;
    Grid& operator=(const Grid&) = delete;

    void stroke(const QPainterPath& path, qreal width = 2)
    {
        QPen pen = m_stroke;
        pen.setWidthF(width);
        m_painter.setPen(pen);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(path);
    }
    void fill(const QPainterPath& path)
    {
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(m_fill);
        m_painter.drawPath(path);
    }

private:
    QPainter& m_painter;
    QPen m_stroke;
    QColor m_fill;
};

QPainterPath reply()
{
    QPainterPath path;
    path.moveTo(10, 5);
    path.lineTo(4, 11);
    path.lineTo(10, 17);
    path.moveTo(4, 11);
    path.lineTo(13, 11);
    path.cubicTo(17.5, 11, 20, 13.5, 20, 19);
    return path;
}

QPainterPath listLines()
{
    QPainterPath path;
    for (qreal y : {6.0, 12.0, 18.0}) {
        path.moveTo(9, y);
        path.lineTo(20, y);
    }
    return path;
}

QPainterPath listDots()
{
    QPainterPath path;
    for (qreal y : {6.0, 12.0, 18.0})
        path.addEllipse(QPointF(4.5, y), 1.5, 1.5);
    return path;
}

QPainterPath externalLink()
{
    QPainterPath path;
    path.moveTo(11, 5);
    path.lineTo(5, 5);
    path.lineTo(5, 19);
    path.lineTo(19, 19);
    path.lineTo(19, 13);
    path.moveTo(14, 4);
    path.lineTo(20, 4);
    path.lineTo(20, 10);
    path.moveTo(20, 4);
    path.lineTo(11, 13);
    return path;
}

QPainterPath pin()
{
    QPainterPath path;
    path.moveTo(12, 22);
    path.cubicTo(12, 22, 4.5, 14.5, 4.5, 9.5);
    path.arcTo(QRectF(4.5, 2, 15, 15), 180, -180);
    path.cubicTo(19.5, 14.5, 12, 22, 12, 22);
    path.closeSubpath();
    QPainterPath hole;
    hole.addEllipse(QPointF(12, 9.5), 3, 3);
    return path.subtracted(hole);
}

QPainterPath form()
{
    QPainterPath path;
    path.addRoundedRect(QRectF(5, 3, 14, 18), 2, 2);
    for (qreal y : {8.0, 12.0, 16.0}) {
        path.moveTo(8.5, y);
        path.lineTo(15.5, y);
    }
    return path;
}

QPainterPath storefront()
{
    QPainterPath path;
    path.moveTo(3, 9);
    path.lineTo(5, 4);
    path.lineTo(19, 4);
    path.lineTo(21, 9);
    path.closeSubpath();
    path.moveTo(5, 11);
    path.lineTo(5, 20);
    path.lineTo(19, 20);
    path.lineTo(19, 11);
    path.moveTo(10, 20);
    path.lineTo(10, 15);
    path.lineTo(14, 15);
    path.lineTo(14, 20);
    return path;
}

QPainterPath cart()
{
    QPainterPath path;
    path.moveTo(2, 3);
    path.lineTo(5, 3);
    path.lineTo(7.5, 15);
    path.lineTo(18, 15);
    path.lineTo(20.5, 7);
    path.lineTo(6, 7);
    return path;
}

QPainterPath cartWheels()
{
    QPainterPath path;
    path.addEllipse(QPointF(9, 19.5), 1.6, 1.6);
    path.addEllipse(QPointF(17, 19.5), 1.6, 1.6);
    return path;
}

QPainterPath picture()
{
    QPainterPath path;
    path.addRoundedRect(QRectF(3, 4, 18, 16), 2, 2);
    path.moveTo(3, 17);
    path.lineTo(9, 11);
    path.lineTo(14, 16);
    path.lineTo(16.5, 13.5);
    path.lineTo(21, 18);
    return path;
}

// The picture with a slash through it: the link gave no picture.
QPainterPath brokenPicture()
{
    QPainterPath path = picture();
    path.moveTo(3, 3);
    path.lineTo(21, 21);
    return path;
}

QPainterPath play()
{
    QPainterPath path;
    path.moveTo(9, 6.5);
    path.lineTo(18.5, 12);
    path.lineTo(9, 17.5);
    path.closeSubpath();
    return path;
}

QPainterPath page()
{
    QPainterPath path;
    path.moveTo(14, 2);
    path.lineTo(6, 2);
    path.quadTo(4, 2, 4, 4);
    path.lineTo(4, 20);
    path.quadTo(4, 22, 6, 22);
    path.lineTo(18, 22);
    path.quadTo(20, 22, 20, 20);
    path.lineTo(20, 8);
    path.closeSubpath();
    return path;
}

// A handset, as WhatsApp's call buttons show it.
QPainterPath handset()
{
    QPainterPath path;
    path.moveTo(6.6, 10.8);
    path.cubicTo(8.0, 13.6, 10.4, 16.0, 13.2, 17.4);
    path.lineTo(15.4, 15.2);
    path.cubicTo(15.7, 14.9, 16.1, 14.8, 16.4, 14.9);
    path.cubicTo(17.5, 15.3, 18.7, 15.5, 20.0, 15.5);
    path.cubicTo(20.6, 15.5, 21.0, 15.9, 21.0, 16.5);
    path.lineTo(21.0, 20.0);
    path.cubicTo(21.0, 20.6, 20.6, 21.0, 20.0, 21.0);
    path.cubicTo(10.6, 21.0, 3.0, 13.4, 3.0, 4.0);
    path.cubicTo(3.0, 3.4, 3.4, 3.0, 4.0, 3.0);
    path.lineTo(7.5, 3.0);
    path.cubicTo(8.1, 3.0, 8.5, 3.4, 8.5, 4.0);
    path.cubicTo(8.5, 5.3, 8.7, 6.5, 9.1, 7.6);
    path.cubicTo(9.2, 7.9, 9.1, 8.3, 8.8, 8.6);
    path.closeSubpath();
    return path;
}

// A person's head and shoulders: a contact card.
QPainterPath person()
{
    QPainterPath path;
    path.addEllipse(QPointF(12, 8), 4, 4);
    path.moveTo(4, 20);
    path.cubicTo(4, 15.5, 8, 14, 12, 14);
    path.cubicTo(16, 14, 20, 15.5, 20, 20);
    path.closeSubpath();
    return path;
}

} // namespace

void paint(QPainter& painter, PreviewIcon icon, const QRectF& rect, const QColor& colour)
{
    Grid grid(painter, rect, colour);
    switch (icon) {
    case PreviewIcon::None:
        break;
    case PreviewIcon::Reply:
        grid.stroke(reply());
        break;
    case PreviewIcon::List:
        grid.stroke(listLines());
        grid.fill(listDots());
        break;
    case PreviewIcon::ExternalLink:
        grid.stroke(externalLink());
        break;
    case PreviewIcon::Location:
        grid.fill(pin());
        break;
    case PreviewIcon::Flow:
        grid.stroke(form(), 1.8);
        break;
    case PreviewIcon::Catalog:
        grid.stroke(storefront(), 1.8);
        break;
    case PreviewIcon::Cart:
        grid.stroke(cart());
        grid.fill(cartWheels());
        break;
    case PreviewIcon::Image:
        grid.stroke(picture(), 1.6);
        break;
    case PreviewIcon::BrokenImage:
        grid.stroke(brokenPicture(), 1.6);
        break;
    case PreviewIcon::Video: {
        QPainterPath circle;
        circle.addEllipse(QPointF(12, 12), 11, 11);
        grid.fill(circle.subtracted(play()));
        break;
    }
    case PreviewIcon::Document:
        grid.fill(page());
        break;
    case PreviewIcon::Phone:
        grid.fill(handset());
        break;
    case PreviewIcon::Contact:
        grid.fill(person());
        break;
    }
}

void paintBackArrow(QPainter& painter, const QRectF& rect, const QColor& colour)
{
    Grid grid(painter, rect, colour);
    QPainterPath path;
    path.moveTo(20, 12);
    path.lineTo(4, 12);
    path.moveTo(11, 5);
    path.lineTo(4, 12);
    path.lineTo(11, 19);
    grid.stroke(path);
}

void paintPlayMark(QPainter& painter, const QRectF& rect, const QColor& background, const QColor& colour)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawEllipse(rect);
    painter.restore();
    Grid grid(painter, rect, colour);
    // The triangle a little right of centre, where the eye finds its middle.
    QPainterPath triangle;
    triangle.moveTo(9.5, 7);
    triangle.lineTo(17.5, 12);
    triangle.lineTo(9.5, 17);
    triangle.closeSubpath();
    grid.fill(triangle);
}

void paintClose(QPainter& painter, const QRectF& rect, const QColor& colour)
{
    Grid grid(painter, rect, colour);
    QPainterPath path;
    path.moveTo(5, 5);
    path.lineTo(19, 19);
    path.moveTo(19, 5);
    path.lineTo(5, 19);
    grid.stroke(path);
}

void paintMicrophone(QPainter& painter, const QRectF& rect, const QColor& colour)
{
    Grid grid(painter, rect, colour);
    QPainterPath capsule;
    capsule.addRoundedRect(QRectF(9, 3, 6, 11), 3, 3);
    grid.fill(capsule);
    QPainterPath stand;
    stand.moveTo(6, 11);
    stand.cubicTo(6, 18, 18, 18, 18, 11);
    stand.moveTo(12, 17);
    stand.lineTo(12, 21);
    grid.stroke(stand, 1.8);
}

} // namespace wa::PreviewIcons
