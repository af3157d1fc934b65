#include "media/MediaLoader.h"
#include "media/MessageMedia.h"
#include "message/PayloadInput.h"
#include "message/Validator.h"
#include "preview/PreviewImage.h"
#include "support/TestHttpServer.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wa;
using test::TestHttpServer;

// Messages rendered as the phone shows them, compared with reference PNGs in tests/data/preview, so that an
// accidental visual change fails: the article's two examples, an image header whose picture the local test
// server serves (and one it answers 404), a collapsed long body, linked numbers and addresses, and a
// right-to-left message's mirrored icons. After an intended change, look at the new images and regenerate
// the references with `scripts/dev references` (WA_UPDATE_REFERENCES=1 build/tests/ui/tst_previewrender).
class TestPreviewRender : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();
    void aChangedLabelIsCaught();
    void aMissingPictureIsCaught();
    void theTailShowsInBothThemes_data();
    void theTailShowsInBothThemes();

private:
    // The message in file (under tests/data) as a preview's input, its pictures loaded from the test server.
    std::optional<PreviewInput> input(const QString& file, bool sheetOpen = false);
    QImage render(const QString& file, PreviewTheme::Kind theme, bool sheetOpen = false);

    TestHttpServer m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_cache;
};

namespace {

constexpr QSize ScreenSize(380, 720);
// Anti-aliasing may move a channel a little between runs of a font renderer; anything more is a change.
constexpr int ChannelTolerance = 24;
constexpr double AllowedDifferentPixels = 0.001; // of the image

struct Difference
{
    qsizetype pixels = 0;
    QImage mask; // the differing pixels in red over a faded copy of the expected image
};

Difference compare(const QImage& expected, const QImage& actual)
{
    Difference difference;
    difference.mask = expected.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < expected.height(); ++y) {
        const auto* e = reinterpret_cast<const QRgb*>(expected.constScanLine(y));
        const auto* a = reinterpret_cast<const QRgb*>(actual.constScanLine(y));
        auto* m = reinterpret_cast<QRgb*>(difference.mask.scanLine(y));
        for (int x = 0; x < expected.width(); ++x) {
            const int delta =
                std::max({std::abs(qRed(e[x]) - qRed(a[x])), std::abs(qGreen(e[x]) - qGreen(a[x])),
                          std::abs(qBlue(e[x]) - qBlue(a[x]))});
            if (delta > ChannelTolerance) {
                ++difference.pixels;
                m[x] = qRgb(255, 0, 0);
            } else {
                m[x] = qRgb(128 + qGray(m[x]) / 2, 128 + qGray(m[x]) / 2, 128 + qGray(m[x]) / 2);
            }
        }
    }
    return difference;
}

QString referencePath(const QString& name)
{
    return QStringLiteral(WA_TEST_DATA "/preview/%1.png").arg(name);
}

} // namespace

void TestPreviewRender::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_cache.isValid());
    QFile picture(QStringLiteral(WA_TEST_DATA "/media/landscape.png"));
    QVERIFY(picture.open(QIODevice::ReadOnly));
    m_server.setDefaultResponse(TestHttpServer::picture(picture.readAll()));
    m_server.setResponseFor("/missing.png", TestHttpServer::notFound());
}

std::optional<PreviewInput> TestPreviewRender::input(const QString& file, bool sheetOpen)
{
    QFile json(QStringLiteral(WA_TEST_DATA "/") + file);
    if (!json.open(QIODevice::ReadOnly))
        return std::nullopt;
    // The files link their pictures to "http://TEST_SERVER/...": this run's server.
    const QByteArray text = json.readAll().replace("http://TEST_SERVER", m_server.baseUrl().toEncoded());
    const Payload payload = PayloadInput::parse(text);
    if (!payload.isParsed())
        return std::nullopt;
    PreviewInput input;
    input.message = payload.message;
    input.issues = Validator::check(payload.message);
    // The test server speaks plain http, which the validator rightly refuses for a link that is sent.
    input.issues.removeIf([](const ValidationIssue& issue) { return issue.path.endsWith(u".image.link"); });
    input.businessName = QStringLiteral("Octopods Demo");
    input.time = QStringLiteral("09:41");
    input.sheetOpen = sheetOpen;
    if (!MessageMedia::imageLinks(payload.message).isEmpty()) {
        MediaLoader loader(&m_network, m_cache.path());
        MessageMedia media(loader);
        QSignalSpy settled(&media, &MessageMedia::settled);
        media.show(payload.message);
        media.settleNow();
        if (!media.isSettled() && !settled.wait(10000))
            return std::nullopt;
        input.media = media.results();
    }
    return input;
}

QImage TestPreviewRender::render(const QString& file, PreviewTheme::Kind theme, bool sheetOpen)
{
    const std::optional<PreviewInput> shown = input(file, sheetOpen);
    if (!shown)
        return {};
    return renderPreviewImage(*shown, theme, ScreenSize).convertToFormat(QImage::Format_RGB32);
}

void TestPreviewRender::matchesReference_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<PreviewTheme::Kind>("theme");
    QTest::addColumn<bool>("sheetOpen");
    const auto light = PreviewTheme::Kind::Light;
    const auto dark = PreviewTheme::Kind::Dark;
    QTest::newRow("list-light") << QStringLiteral("octopods_list.json") << light << false;
    QTest::newRow("list-dark") << QStringLiteral("octopods_list.json") << dark << false;
    QTest::newRow("list-sheet-light") << QStringLiteral("octopods_list.json") << light << true;
    QTest::newRow("list-sheet-dark") << QStringLiteral("octopods_list.json") << dark << true;
    QTest::newRow("reply-buttons-light") << QStringLiteral("octopods_reply_buttons.json") << light << false;
    QTest::newRow("reply-buttons-dark") << QStringLiteral("octopods_reply_buttons.json") << dark << false;
    QTest::newRow("image-header-light") << QStringLiteral("preview/image_header.json") << light << false;
    QTest::newRow("image-header-dark") << QStringLiteral("preview/image_header.json") << dark << false;
    QTest::newRow("image-header-404-light")
        << QStringLiteral("preview/image_header_404.json") << light << false;
    QTest::newRow("read-more-light") << QStringLiteral("preview/read_more.json") << light << false;
    QTest::newRow("links-light") << QStringLiteral("preview/links.json") << light << false;
    QTest::newRow("right-to-left-light") << QStringLiteral("preview/right_to_left.json") << light << false;
    QTest::newRow("right-to-left-dark") << QStringLiteral("preview/right_to_left.json") << dark << false;
    QTest::newRow("right-to-left-link-light")
        << QStringLiteral("preview/right_to_left_link.json") << light << false;
}

void TestPreviewRender::matchesReference()
{
    QFETCH(QString, file);
    QFETCH(PreviewTheme::Kind, theme);
    QFETCH(bool, sheetOpen);
    const QImage actual = render(file, theme, sheetOpen);
    QVERIFY(!actual.isNull());
    QCOMPARE(actual.size(), ScreenSize);

    const QString reference = referencePath(QString::fromLatin1(QTest::currentDataTag()));
    if (qEnvironmentVariable("WA_UPDATE_REFERENCES") == u"1") {
        QVERIFY(actual.save(reference, "PNG"));
        QSKIP("reference written");
    }
    const QImage expected = QImage(reference).convertToFormat(QImage::Format_RGB32);
    QVERIFY2(!expected.isNull(),
             qPrintable(QStringLiteral("no reference %1: run scripts/dev references").arg(reference)));
    QCOMPARE(expected.size(), actual.size());

    const Difference difference = compare(expected, actual);
    const qsizetype allowed = qsizetype(AllowedDifferentPixels * actual.width() * actual.height());
    if (difference.pixels > allowed) {
        const QString out = QDir::temp().filePath(QStringLiteral("wa-composer-render"));
        QDir().mkpath(out);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        actual.save(out + u'/' + tag + QStringLiteral("-actual.png"));
        difference.mask.save(out + u'/' + tag + QStringLiteral("-difference.png"));
        QFAIL(qPrintable(QStringLiteral("%1 pixels differ from %2 (at most %3 may); see %4/%5-*.png")
                             .arg(difference.pixels)
                             .arg(reference)
                             .arg(allowed)
                             .arg(out, tag)));
    }
}

// The comparison is able to fail: the reply-buttons reference against the same message with one label
// changed.
void TestPreviewRender::aChangedLabelIsCaught()
{
    QFile json(QStringLiteral(WA_TEST_DATA "/octopods_reply_buttons.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    Payload payload = PayloadInput::parse(json.readAll());
    QVERIFY(payload.isParsed());
    payload.message.actionAs<ReplyButtonsAction>()->buttons[0].title = QStringLiteral("BUTTON_TITLE_X");
    PreviewInput input;
    input.message = payload.message;
    input.businessName = QStringLiteral("Octopods Demo");
    input.time = QStringLiteral("09:41");
    const QImage changed = renderPreviewImage(input, PreviewTheme::Kind::Light, ScreenSize)
                               .convertToFormat(QImage::Format_RGB32);
    const QImage expected =
        QImage(referencePath(QStringLiteral("reply-buttons-light"))).convertToFormat(QImage::Format_RGB32);
    QVERIFY2(!expected.isNull(), "no reference reply-buttons-light: run scripts/dev references");
    const Difference difference = compare(expected, changed);
    QVERIFY(difference.pixels > qsizetype(AllowedDifferentPixels * changed.width() * changed.height()));
}

// The picture is what the reference holds: the same message whose link the server answers 404 differs from
// it, and is told apart by its placeholder.
void TestPreviewRender::aMissingPictureIsCaught()
{
    const std::optional<PreviewInput> missing = input(QStringLiteral("preview/image_header_404.json"));
    QVERIFY(missing);
    QCOMPARE(missing->media.size(), 1);
    QCOMPARE(missing->media.cbegin()->httpStatus, 404);
    std::optional<PreviewInput> shown = input(QStringLiteral("preview/image_header.json"));
    QVERIFY(shown);
    QCOMPARE(shown->media.size(), 1);
    QVERIFY(shown->media.cbegin()->isLoaded());
    shown->media[shown->message.header.mediaLink] = *missing->media.cbegin(); // answered 404 instead
    const QImage failed = renderPreviewImage(*shown, PreviewTheme::Kind::Light, ScreenSize)
                              .convertToFormat(QImage::Format_RGB32);
    const QImage expected =
        QImage(referencePath(QStringLiteral("image-header-light"))).convertToFormat(QImage::Format_RGB32);
    QVERIFY2(!expected.isNull(), "no reference image-header-light: run scripts/dev references");
    QVERIFY(compare(expected, failed).pixels >
            qsizetype(AllowedDifferentPixels * failed.width() * failed.height()));
}

void TestPreviewRender::theTailShowsInBothThemes_data()
{
    QTest::addColumn<PreviewTheme::Kind>("theme");
    QTest::newRow("light") << PreviewTheme::Kind::Light;
    QTest::newRow("dark") << PreviewTheme::Kind::Dark;
}

// The bubble's tail stands out from the wallpaper in the dark theme as in the light one: the pixel inside
// the tail is the bubble's colour, not the chat's.
void TestPreviewRender::theTailShowsInBothThemes()
{
    QFETCH(PreviewTheme::Kind, theme);
    const std::optional<PreviewInput> shown = input(QStringLiteral("octopods_reply_buttons.json"));
    QVERIFY(shown);
    PreviewLayout layout(PreviewTheme::forKind(theme));
    const PreviewScene scene = layout.layout(*shown, ScreenSize);
    const QImage image = renderPreviewImage(*shown, theme, ScreenSize).convertToFormat(QImage::Format_RGB32);
    const QPoint inTail(qRound(scene.bubble.left() - 2), qRound(scene.tail.top() + 3));
    const QColor tail = image.pixelColor(inTail);
    const QColor bubble = layout.theme().bubble;
    QVERIFY2(std::abs(tail.lightness() - bubble.lightness()) <= 3,
             qPrintable(QStringLiteral("the tail is %1, the bubble %2").arg(tail.name(), bubble.name())));
    QVERIFY(std::abs(bubble.lightness() - layout.theme().wallpaper.lightness()) >= 12);
}

QTEST_MAIN(TestPreviewRender)
#include "tst_previewrender.moc"
