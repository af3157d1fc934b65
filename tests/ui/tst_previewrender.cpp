#include "message/PayloadInput.h"
#include "message/Validator.h"
#include "preview/PreviewImage.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace wa;

// The article's two examples rendered as the phone shows them, compared with reference PNGs in
// tests/data/preview, so that an accidental visual change fails. After an intended change, look at the new
// images and regenerate the references with `scripts/dev references`
// (WA_UPDATE_REFERENCES=1 build/tests/ui/tst_previewrender).
class TestPreviewRender : public QObject
{
    Q_OBJECT
private slots:
    void matchesReference_data();
    void matchesReference();
    void aChangedLabelIsCaught();

private:
    static QImage render(const QString& file, PreviewTheme::Kind theme, bool sheetOpen);
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

QImage TestPreviewRender::render(const QString& file, PreviewTheme::Kind theme, bool sheetOpen)
{
    QFile json(QStringLiteral(WA_TEST_DATA "/") + file);
    if (!json.open(QIODevice::ReadOnly))
        return {};
    const Payload payload = PayloadInput::parse(json.readAll());
    if (!payload.isParsed())
        return {};
    PreviewInput input;
    input.message = payload.message;
    input.issues = Validator::check(payload.message);
    input.businessName = QStringLiteral("Octopods Demo");
    input.time = QStringLiteral("09:41");
    input.sheetOpen = sheetOpen;
    return renderPreviewImage(input, theme, ScreenSize).convertToFormat(QImage::Format_RGB32);
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

QTEST_MAIN(TestPreviewRender)
#include "tst_previewrender.moc"
