#include "windows/PngFile.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace wa;

// PngFile against Qt's own PNG reader: what it writes reads back pixel for pixel, with or without alpha, at
// the image's resolution; a device that refuses the bytes is a failure that says so, never a crash.
class TestPngFile : public QObject
{
    Q_OBJECT
private slots:
    void readsBackTheSamePixels_data();
    void readsBackTheSamePixels();
    void keepsTheResolution();
    void aRefusingDeviceFails();
    void aNullImageFails();
};

namespace {

// Flat colours, anti-aliased text and a gradient: what a screenshot holds.
QImage screenLike(QSize size, QImage::Format format)
{
    QImage image(size, format);
    image.fill(format == QImage::Format_ARGB32 ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(0, 0, size.width(), 40), QColor(0x00, 0x80, 0x69));
    QLinearGradient sky(0, 0, size.width(), size.height());
    sky.setColorAt(0, QColor(255, 200, 120, 200));
    sky.setColorAt(1, QColor(40, 90, 160, 255));
    painter.setBrush(sky);
    painter.drawEllipse(QRectF(20, 60, size.width() - 40, size.height() - 80));
    painter.setPen(Qt::black);
    painter.drawText(QRect(10, 10, size.width() - 20, 30), QStringLiteral("Your order #4411 has shipped"));
    return image;
}

} // namespace

void TestPngFile::readsBackTheSamePixels_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QImage::Format>("format");
    QTest::newRow("window, opaque") << QSize(1280, 800) << QImage::Format_RGB32;
    QTest::newRow("phone, premultiplied") << QSize(380, 720) << QImage::Format_ARGB32_Premultiplied;
    QTest::newRow("with alpha") << QSize(200, 120) << QImage::Format_ARGB32;
    QTest::newRow("one pixel") << QSize(1, 1) << QImage::Format_RGB32;
    // Rows are deflated in bands of at least 64, side by side: one band short of two, bands of uneven
    // heights, and alpha across bands.
    QTest::newRow("127 rows, one band") << QSize(300, 127) << QImage::Format_RGB32;
    QTest::newRow("odd size, several bands") << QSize(1281, 803) << QImage::Format_RGB32;
    QTest::newRow("2x window with alpha") << QSize(2560, 1600) << QImage::Format_ARGB32;
}

void TestPngFile::readsBackTheSamePixels()
{
    QFETCH(QSize, size);
    QFETCH(QImage::Format, format);
    const QImage image = screenLike(size, format);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString why;
    QVERIFY2(PngFile::write(image, buffer, &why), qPrintable(why));
    QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage back = QImage::fromData(bytes, "PNG");
    QVERIFY(!back.isNull());
    QCOMPARE(back.size(), size);
    QCOMPARE(back.hasAlphaChannel(), image.hasAlphaChannel());
    const QImage::Format common = image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    QCOMPARE(back.convertToFormat(common), image.convertToFormat(common));
}

void TestPngFile::keepsTheResolution()
{
    QImage image = screenLike(QSize(100, 50), QImage::Format_RGB32);
    image.setDotsPerMeterX(3780); // 96 dpi
    image.setDotsPerMeterY(3780);
    for (const qreal ratio : {1.0, 2.0}) {
        image.setDevicePixelRatio(ratio); // a 2x export: twice the dots per metre, shown at its logical size
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(PngFile::write(image, buffer));
        const QImage back = QImage::fromData(bytes, "PNG");
        QCOMPARE(back.dotsPerMeterX(), qRound(3780 * ratio));
        QCOMPARE(back.dotsPerMeterY(), qRound(3780 * ratio));
    }
}

void TestPngFile::aRefusingDeviceFails()
{
    QByteArray bytes;
    QBuffer readOnly(&bytes);
    QVERIFY(readOnly.open(QIODevice::ReadOnly)); // every write refused
    QString why;
    QVERIFY(!PngFile::write(screenLike(QSize(64, 64), QImage::Format_RGB32), readOnly, &why));
    QVERIFY(!why.isEmpty());
}

void TestPngFile::aNullImageFails()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString why;
    QVERIFY(!PngFile::write(QImage(), buffer, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(bytes.isEmpty());
}

QTEST_MAIN(TestPngFile)
#include "tst_pngfile.moc"
