#include "message/PayloadInput.h"
#include "message/Validator.h"
#include "preview/PreviewLayout.h"
#include "preview/PreviewPainter.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace wa;

namespace {
// One keystroke: a character typed, or the last one deleted, in turn, so the body never grows.
void typeOrDelete(QString& body, bool& typed)
{
    if (typed)
        body.chop(1);
    else
        body.append(u'a');
    typed = !typed;
}
} // namespace

// One keystroke in the body of the largest valid list message, in the preview alone: validate, lay out
// (the body again; everything else from the cache) and paint the whole phone screen into an image, the
// way the widget paints it. Issue 4's target: within 4 ms.
class BenchPreview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keystrokeLayoutAndPaint_data();
    void keystrokeLayoutAndPaint();
    void carouselKeystroke();
    void imageHeaderKeystroke_data();
    void imageHeaderKeystroke();
    void layoutOnly();
    void paintOnly();

private:
    InteractiveMessage m_message;
};

void BenchPreview::initTestCase()
{
    QFile file(QStringLiteral(WA_TEST_DATA "/largest_list.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Payload payload = PayloadInput::parse(file.readAll());
    QVERIFY(payload.isParsed());
    m_message = payload.message;
    m_message.body->chop(1); // room for the typed character within the limit
}

void BenchPreview::keystrokeLayoutAndPaint_data()
{
    QTest::addColumn<bool>("sheetOpen");
    QTest::newRow("chat") << false;
    QTest::newRow("list sheet open") << true;
}

void BenchPreview::keystrokeLayoutAndPaint()
{
    QFETCH(bool, sheetOpen);
    PreviewLayout layout;
    PreviewInput input;
    input.message = m_message;
    input.businessName = QStringLiteral("Octopods Demo");
    input.time = QStringLiteral("09:41");
    input.sheetOpen = sheetOpen;
    const QSize size(380, 720);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    layout.layout(input, size); // the cache holds everything but what the keystroke changes
    bool typed = false;
    QBENCHMARK
    {
        typeOrDelete(*input.message.body, typed);
        input.issues = Validator::check(input.message);
        const PreviewScene scene = layout.layout(input, size);
        QPainter painter(&image);
        PreviewPainter::paint(painter, scene, layout.theme());
    }
}

// The largest carousel (10 cards, each text near its 160 characters): a keystroke in the last card's text,
// validated, laid out and painted, scrolled to the end so that the cards in sight are the last ones.
void BenchPreview::carouselKeystroke()
{
    QFile file(QStringLiteral(WA_TEST_DATA "/messages/carousel.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Payload payload = PayloadInput::parse(file.readAll());
    QVERIFY(payload.isParsed());
    InteractiveMessage message = payload.message;
    auto& cards = message.actionAs<CarouselAction>()->cards;
    while (cards.size() < 10) {
        CarouselCard card = cards.first();
        card.index = cards.size();
        cards.append(card);
    }
    for (CarouselCard& card : cards)
        card.body = QStringLiteral("*Card %1*\n").arg(card.index) + QString(140, u'x');
    PreviewLayout layout;
    PreviewInput input;
    input.message = message;
    input.time = QStringLiteral("09:41");
    input.cardsScroll = 1e6;
    const QSize size(380, 720);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    layout.layout(input, size);
    bool typed = false;
    QBENCHMARK
    {
        typeOrDelete(*input.message.actionAs<CarouselAction>()->cards.last().body, typed);
        input.issues = Validator::check(input.message);
        const PreviewScene scene = layout.layout(input, size);
        QPainter painter(&image);
        PreviewPainter::paint(painter, scene, layout.theme());
    }
}

void BenchPreview::imageHeaderKeystroke_data()
{
    QTest::addColumn<QSize>("pictureSize");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("800x418 picture") << QSize(800, 418) << 1.0;
    QTest::newRow("800x418 picture, 2x screen") << QSize(800, 418) << 2.0;
    QTest::newRow("4000x3000 photo") << QSize(4000, 3000) << 1.0;
    QTest::newRow("4000x3000 photo, 2x screen") << QSize(4000, 3000) << 2.0;
}

// A keystroke in the body of a reply-buttons message whose image header is loaded: the picture was fitted
// to its box once, when it arrived; a keystroke lays out the body and paints the fitted picture unscaled.
void BenchPreview::imageHeaderKeystroke()
{
    QFETCH(QSize, pictureSize);
    QFETCH(qreal, ratio);
    QFile file(QStringLiteral(WA_TEST_DATA "/preview/image_header.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Payload payload = PayloadInput::parse(file.readAll());
    QVERIFY(payload.isParsed());
    MediaResult loaded;
    loaded.state = MediaResult::State::Loaded;
    loaded.image = QImage(QStringLiteral(WA_TEST_DATA "/media/landscape.png"))
                       .scaled(pictureSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QVERIFY(!loaded.image.isNull());
    PreviewLayout layout;
    PreviewInput input;
    input.message = payload.message;
    input.message.body = QString(900, u'x'); // a long body, the image's worst neighbour
    input.businessName = QStringLiteral("Octopods Demo");
    input.time = QStringLiteral("09:41");
    input.media.insert(payload.message.header.mediaLink, loaded);
    const QSize size(380, 720);
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    QCOMPARE(layout.layout(input, size, ratio).media->look, PreviewMedia::Look::Picture);
    bool typed = false;
    QBENCHMARK
    {
        typeOrDelete(*input.message.body, typed);
        input.issues = Validator::check(input.message);
        const PreviewScene scene = layout.layout(input, size, ratio);
        QPainter painter(&image);
        PreviewPainter::paint(painter, scene, layout.theme());
    }
}

void BenchPreview::layoutOnly()
{
    PreviewLayout layout;
    PreviewInput input;
    input.message = m_message;
    bool typed = false;
    QBENCHMARK
    {
        typeOrDelete(*input.message.body, typed);
        layout.layout(input, QSizeF(380, 720));
    }
}

void BenchPreview::paintOnly()
{
    PreviewLayout layout;
    PreviewInput input;
    input.message = m_message;
    const PreviewScene scene = layout.layout(input, QSizeF(380, 720));
    QImage image(QSize(380, 720), QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        QPainter painter(&image);
        PreviewPainter::paint(painter, scene, layout.theme());
    }
}

QTEST_MAIN(BenchPreview)
#include "bench_preview.moc"
