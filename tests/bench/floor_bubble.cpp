// The floor a start-up figure is compared with: a bare Qt Widgets program that paints one chat bubble into
// an image of the size asked and saves it as PNG with Qt's defaults. Nothing of wa-composer: what any Qt
// program on this machine pays to start, paint and write a picture (issue 21).
//
// floor_bubble OUT.png WIDTHxHEIGHT
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cstdio>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QStringList size = arguments.value(2).split(u'x');
    if (arguments.size() != 3 || size.size() != 2) {
        std::fputs("usage: floor_bubble OUT.png WIDTHxHEIGHT\n", stderr);
        return 2;
    }
    // Opaque, as a window's grab is; saved with Qt's defaults, as issue 21 defines the floor.
    QImage image(size[0].toInt(), size[1].toInt(), QImage::Format_RGB32);
    image.fill(QColor(0xEF, 0xEA, 0xE2));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(18, 60, 300, 64), 8, 8);
    painter.fillPath(bubble, Qt::white);
    painter.setPen(QColor(0x11, 0x1B, 0x21));
    painter.drawText(QRectF(28, 70, 280, 44), Qt::AlignLeft | Qt::AlignTop,
                     QStringLiteral("Hello! How can we help?"));
    painter.end();
    return image.save(arguments[1], "PNG") ? 0 : 1;
}
