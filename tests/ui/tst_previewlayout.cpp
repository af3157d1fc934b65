#include "message/Limits.h"
#include "message/PayloadInput.h"
#include "message/StarterMessages.h"
#include "message/Validator.h"
#include "preview/ChatTime.h"
#include "preview/PreviewLayout.h"

#include <QFile>
#include <QFontMetricsF>
#include <QTest>

#include <algorithm>

using namespace wa;

Q_DECLARE_METATYPE(wa::InteractiveMessage)

namespace {

const QSizeF Phone(380, 640);
// Wider than any word words() makes ("juliett " in the body font is about 55 px).
constexpr qreal MaxWordWidth = 70;

bool near(qreal a, qreal b, qreal epsilon = 0.01)
{
    return std::abs(a - b) <= epsilon;
}

QByteArray describe(const QRectF& r)
{
    return QStringLiteral("(%1, %2  %3 x %4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()).toUtf8();
}

// inner lies inside outer, give or take rounding.
bool inside(const QRectF& inner, const QRectF& outer, qreal epsilon = 0.01)
{
    return inner.left() >= outer.left() - epsilon && inner.top() >= outer.top() - epsilon &&
           inner.right() <= outer.right() + epsilon && inner.bottom() <= outer.bottom() + epsilon;
}

// Ordinary words, cut to about length characters (never ending in a space).
QString words(int length)
{
    static const QStringList pool = {
        QStringLiteral("alpha"),   QStringLiteral("bravo"), QStringLiteral("charlie"),
        QStringLiteral("delta"),   QStringLiteral("echo"),  QStringLiteral("foxtrot"),
        QStringLiteral("golf"),    QStringLiteral("hotel"), QStringLiteral("india"),
        QStringLiteral("juliett"), QStringLiteral("kilo"),  QStringLiteral("lima"),
    };
    QString text;
    for (int i = 0; text.size() < length; ++i) {
        if (!text.isEmpty())
            text += u' ';
        text += pool[i % pool.size()];
    }
    text.truncate(length);
    return text.trimmed();
}

QString unbrokenWord(int length)
{
    QString text;
    while (text.size() < length)
        text += QStringLiteral("abcdefghij");
    text.truncate(length);
    return text;
}

QString longUrl()
{
    QString url = QStringLiteral("https://www.strideshoes.example/collections/autumn");
    for (int i = 0; i < 12; ++i)
        url += QStringLiteral("/trail-running-shoes-category-%1").arg(i);
    return url + QStringLiteral("?utm_source=whatsapp&utm_medium=cta&utm_campaign=autumn-sale");
}

QString arabic()
{
    return QStringLiteral("مرحبا بك في متجرنا ").repeated(4).trimmed();
}

QString hebrew()
{
    return QStringLiteral("שלום וברוכים הבאים לחנות שלנו ").repeated(3).trimmed();
}

InteractiveMessage replyMessage(const QString& body, int buttons = 1)
{
    InteractiveMessage message;
    message.body = body;
    ReplyButtonsAction action;
    const QStringList titles = {QStringLiteral("Yes"), QStringLiteral("No, thanks"),
                                QStringLiteral("Talk to us")};
    for (int i = 0; i < buttons; ++i)
        action.buttons.append({QStringLiteral("reply-%1").arg(i), titles[i % titles.size()]});
    message.action = action;
    return message;
}

InteractiveMessage listWithRows(int rows)
{
    InteractiveMessage message = StarterMessages::starter(MessageType::List);
    ListSection section{QStringLiteral("Topics"), {}};
    for (int i = 0; i < rows; ++i)
        section.rows.append({QStringLiteral("row-%1").arg(i), QStringLiteral("Topic %1").arg(i), QString()});
    message.actionAs<ListAction>()->sections = {section};
    return message;
}

InteractiveMessage load(const QString& relativePath)
{
    QFile file(QStringLiteral(WA_TEST_DATA) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    const Payload payload = PayloadInput::parse(file.readAll());
    if (!payload.isParsed())
        qFatal("cannot parse %s", qPrintable(file.fileName()));
    return payload.message;
}

PreviewInput inputFor(const InteractiveMessage& message)
{
    PreviewInput input;
    input.message = message;
    input.issues = Validator::check(message);
    input.businessName = QStringLiteral("Stride Shoes");
    input.time = QStringLiteral("09:41");
    return input;
}

PreviewScene layOut(const InteractiveMessage& message, QSizeF size = Phone)
{
    PreviewLayout layout;
    return layout.layout(inputFor(message), size);
}

// The widest a bubble may get on a screen this wide (DESIGN.md: a phone's bubble stops growing).
qreal maxBubbleFor(const PreviewTheme& t, qreal width)
{
    return std::min(t.bubbleMaxWidth, (width - 2 * t.chatMargin - t.tailWidth) * t.bubbleMaxWidthRatio);
}

// Where the text's painted lines end: a collapsed body's last line shown.
qreal bottomOf(const PreviewText& text)
{
    return text.position.y() + (text.shownHeight >= 0 ? text.shownHeight : text.part->height);
}

QString issueMessage(const QList<ValidationIssue>& issues, const QString& path)
{
    for (const ValidationIssue& issue : issues) {
        if (issue.severity == Severity::Error && issue.path == path)
            return issue.message;
    }
    return {};
}

} // namespace

class TestPreviewLayout : public QObject
{
    Q_OBJECT
private slots:
    void bubbleStaysWithinBounds_data();
    void bubbleStaysWithinBounds();
    void bubbleIsContentSizedUnlessMedia_data();
    void bubbleIsContentSizedUnlessMedia();
    void replyButtonsStack_data();
    void replyButtonsStack();
    void eachTypeGetsItsButton_data();
    void eachTypeGetsItsButton();
    void buttonLabelsFitTheirButtons_data();
    void buttonLabelsFitTheirButtons();
    void timeBesideOrUnderLastLine_data();
    void timeBesideOrUnderLastLine();
    void sheetGeometry_data();
    void sheetGeometry();
    void sheetScrollIsClamped_data();
    void sheetScrollIsClamped();
    void sheetSendFollowsSelection_data();
    void sheetSendFollowsSelection();
    void noSheetWithoutAnOpenList_data();
    void noSheetWithoutAnOpenList();
    void rightToLeftParagraphs_data();
    void rightToLeftParagraphs();
    void hitTestButtons_data();
    void hitTestButtons();
    void hitTestSheet_data();
    void hitTestSheet();
    void chatScrollIsClampedAndMovesTheBubble_data();
    void chatScrollIsClampedAndMovesTheBubble();
    void buttonsOutOfSightAreNotHit();
    void outlinesMarkErrors_data();
    void outlinesMarkErrors();
    void noOutlinesWithoutErrors_data();
    void noOutlinesWithoutErrors();
    void sheetOutlinesMarkTheRow();
    void errorsAtMatchesPaths_data();
    void errorsAtMatchesPaths();
    void buttonsFollowTheBodysDirection();
    void anEmptyBodyIsOutlined_data();
    void anEmptyBodyIsOutlined();
    void chatTimeHasNoSeconds_data();
    void chatTimeHasNoSeconds();
    void carouselCardsSitSideBySide_data();
    void carouselCardsSitSideBySide();
    void carouselScrollIsClamped();
    void carouselCardsFollowCardIndex();
    void carouselOutlinesMarkTheCardsPart();
    void unchangedTextsKeepTheirLayout();
    void themeChangeLaysTextOutAgain();
    void mediaShowsWhatIsKnownOfItsLink_data();
    void mediaShowsWhatIsKnownOfItsLink();
    void aPictureKeepsItsShapeWithinBounds_data();
    void aPictureKeepsItsShapeWithinBounds();
    void mediaCaptionsNeverShowTheLinkOrTheSku_data();
    void mediaCaptionsNeverShowTheLinkOrTheSku();
    void aDocumentShowsItsTypeAndSize();
    void aRightToLeftCollapsedBodyKeepsTheTimeClear();
    void aLongBodyCollapsesAfterTheLineCount_data();
    void aLongBodyCollapsesAfterTheLineCount();
    void aCollapsedBodyShowsTheWholeTextsLines_data();
    void aCollapsedBodyShowsTheWholeTextsLines();
};

namespace {

const QString PictureLink = QStringLiteral("https://cdn.example.com/landscape.jpg");

InteractiveMessage imageHeaderMessage(const QString& link = PictureLink)
{
    InteractiveMessage message = StarterMessages::starter(MessageType::Button);
    message.header = Header{};
    message.header.kind = HeaderKind::Image;
    message.header.mediaLink = link;
    return message;
}

MediaResult picture(QSize size, bool standIn = false)
{
    MediaResult result;
    result.state = MediaResult::State::Loaded;
    result.image = QImage(size, QImage::Format_RGB32);
    result.image.fill(Qt::darkCyan);
    result.standIn = standIn;
    return result;
}

} // namespace

void TestPreviewLayout::bubbleStaysWithinBounds_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("fillsWidth"); // the text needs more than the widest bubble

    const QList<std::pair<const char*, std::pair<QString, bool>>> bodies = {
        {"short", {QStringLiteral("Hi"), false}},
        {"1024 chars of words", {words(1024), true}},
        {"4096-char word", {unbrokenWord(4096), true}},
        {"long url", {longUrl(), true}},
    };
    for (const int width : {320, 360, 480, 800, 1200}) {
        for (const auto& [name, body] : bodies)
            QTest::addRow("%d %s", width, name) << width << body.first << body.second;
    }
}

void TestPreviewLayout::bubbleStaysWithinBounds()
{
    QFETCH(int, width);
    QFETCH(QString, body);
    QFETCH(bool, fillsWidth);

    const PreviewTheme theme = PreviewTheme::light();
    const PreviewScene scene = layOut(replyMessage(body), QSizeF(width, 2000));
    const QRectF& bubble = scene.bubble;
    const qreal maxBubble = maxBubbleFor(theme, width);

    QVERIFY2(bubble.left() >= 0, describe(bubble).constData());
    QVERIFY2(bubble.right() <= width, describe(bubble).constData());
    QVERIFY2(bubble.width() >= std::min(theme.bubbleMinWidth, maxBubble) - 0.01,
             describe(bubble).constData());
    QVERIFY2(bubble.width() <= theme.bubbleMaxWidth + 0.01, describe(bubble).constData());
    QVERIFY2(bubble.width() <= maxBubble + 0.01, describe(bubble).constData());
    if (fillsWidth) // as wide as its widest line: the widest bubble, less at most a word that did not fit
        QVERIFY2(bubble.width() >= maxBubble - MaxWordWidth, describe(bubble).constData());
    QVERIFY2(scene.tail.right() <= bubble.left() + 0.01 && scene.tail.left() >= 0,
             describe(scene.tail).constData());

    QCOMPARE(scene.texts.size(), 1);
    for (const PreviewText& text : scene.texts) {
        QVERIFY2(text.position.x() >= bubble.left(), qPrintable(QString::number(text.position.x())));
        QVERIFY2(text.position.x() + text.part->naturalWidth <= bubble.right() + 0.5,
                 qPrintable(QStringLiteral("text ends at %1, bubble at %2")
                                .arg(text.position.x() + text.part->naturalWidth)
                                .arg(bubble.right())));
        QVERIFY(text.position.x() + text.width <= bubble.right() + 0.01);
        QVERIFY(text.position.y() >= bubble.top());
        QVERIFY(bottomOf(text) <= bubble.bottom());
        // Every line, not only the widest the part remembers.
        for (const PreviewParagraph& paragraph : text.part->paragraphs) {
            for (int i = 0; i < paragraph.layout->lineCount(); ++i)
                QVERIFY(paragraph.indent + paragraph.layout->lineAt(i).naturalTextWidth() <=
                        text.width + 0.5);
        }
    }
    QVERIFY2(inside(scene.timeRect, bubble), describe(scene.timeRect).constData());
}

void TestPreviewLayout::bubbleIsContentSizedUnlessMedia_data()
{
    QTest::addColumn<int>("width");
    for (const int width : {360, 480, 1200})
        QTest::addRow("%d", width) << width;
}

void TestPreviewLayout::bubbleIsContentSizedUnlessMedia()
{
    QFETCH(int, width);
    const QSizeF size(width, 900);
    const qreal maxBubble = maxBubbleFor(PreviewTheme::light(), width);

    const QRectF shortBubble = layOut(replyMessage(QStringLiteral("Hi")), size).bubble;
    const QRectF longBubble = layOut(replyMessage(words(600)), size).bubble;
    QVERIFY2(shortBubble.width() < longBubble.width(),
             qPrintable(QStringLiteral("%1 vs %2").arg(shortBubble.width()).arg(longBubble.width())));
    QVERIFY(longBubble.width() >= maxBubble - MaxWordWidth);

    InteractiveMessage withImage = replyMessage(QStringLiteral("Hi"));
    withImage.header = Header{HeaderKind::Image, {}, {}, QStringLiteral("https://example.com/shoe.jpg"), {}};
    const PreviewScene scene = layOut(withImage, size);
    QVERIFY2(near(scene.bubble.width(), maxBubble), describe(scene.bubble).constData());
    QVERIFY(scene.media);
    QCOMPARE(scene.media->kind, HeaderKind::Image);
    QVERIFY2(inside(scene.media->rect, scene.bubble), describe(scene.media->rect).constData());
    QVERIFY(scene.texts.first().position.y() >= scene.media->rect.bottom());
}

void TestPreviewLayout::replyButtonsStack_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("width");
    for (const int width : {320, 800}) {
        for (const int count : {1, 2, 3})
            QTest::addRow("%d button(s) at %d", count, width) << count << width;
    }
}

void TestPreviewLayout::replyButtonsStack()
{
    QFETCH(int, count);
    QFETCH(int, width);
    const InteractiveMessage message =
        replyMessage(QStringLiteral("Would you like to reserve a pair?"), count);
    const PreviewScene scene = layOut(message, QSizeF(width, 900));
    const auto& replies = message.actionAs<ReplyButtonsAction>()->buttons;

    QCOMPARE(scene.buttons.size(), count);
    QCOMPARE(scene.separators.size(), count);
    for (int i = 0; i < count; ++i) {
        const PreviewButton& button = scene.buttons[i];
        QCOMPARE(button.role, PreviewButton::Role::Reply);
        QCOMPARE(button.label, replies[i].title);
        QCOMPARE(button.icon, PreviewIcon::Reply);
        QCOMPARE(button.path, QStringLiteral("action.buttons[%1]").arg(i));
        QVERIFY2(button.detail.contains(replies[i].id), qPrintable(button.detail));
        QVERIFY(near(button.rect.left(), scene.bubble.left()));
        QVERIFY(near(button.rect.width(), scene.bubble.width()));
        QVERIFY(button.rect.height() > 0);
        QVERIFY2(inside(button.rect, scene.bubble), describe(button.rect).constData());
        if (i == 0)
            QVERIFY2(button.rect.top() >= scene.timeRect.bottom(), describe(button.rect).constData());
        else
            QVERIFY2(near(button.rect.top(), scene.buttons[i - 1].rect.bottom()),
                     describe(button.rect).constData());
        // Its separator is the line along its top edge, across the bubble.
        const QLineF& separator = scene.separators[i];
        QVERIFY(near(separator.y1(), button.rect.top()) && near(separator.y2(), button.rect.top()));
        QVERIFY(near(separator.x1(), scene.bubble.left()) && near(separator.x2(), scene.bubble.right()));
    }
    QVERIFY(near(scene.buttons.last().rect.bottom(), scene.bubble.bottom()));
}

void TestPreviewLayout::eachTypeGetsItsButton_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<PreviewButton::Role>("role");
    QTest::addColumn<QString>("label");  // empty: not checked
    QTest::addColumn<QString>("detail"); // what the hover text holds
    QTest::addColumn<bool>("exactDetail");

    using Role = PreviewButton::Role;
    auto starter = [](MessageType type) { return StarterMessages::starter(type); };
    QTest::newRow("starter button") << starter(MessageType::Button) << Role::Reply
                                    << QStringLiteral("Order status") << QStringLiteral("order-status")
                                    << false;
    QTest::newRow("starter list") << starter(MessageType::List) << Role::OpenList
                                  << QStringLiteral("See topics") << QString() << false;
    QTest::newRow("starter cta_url") << starter(MessageType::CtaUrl) << Role::OpenUrl
                                     << QStringLiteral("Track order")
                                     << QStringLiteral("https://example.com/orders") << true;
    QTest::newRow("starter location")
        << starter(MessageType::LocationRequest) << Role::SendLocation << QString() << QString() << false;
    QTest::newRow("starter flow") << starter(MessageType::Flow) << Role::OpenFlow << QStringLiteral("Start")
                                  << QStringLiteral("0000000000000000") << false;
    QTest::newRow("starter product") << starter(MessageType::Product) << Role::ViewProduct << QString()
                                     << QStringLiteral("sku-1") << false;
    QTest::newRow("starter product_list") << starter(MessageType::ProductList) << Role::ViewItems << QString()
                                          << QStringLiteral("catalog-id") << false;
    QTest::newRow("starter catalog") << starter(MessageType::Catalog) << Role::ViewCatalog << QString()
                                     << QString() << false;

    const QString messages = QStringLiteral("messages/");
    QTest::newRow("button.json") << load(messages + QLatin1String("button.json")) << Role::Reply
                                 << QStringLiteral("Yes, reserve it") << QStringLiteral("reserve-trx2-grn-39")
                                 << false;
    QTest::newRow("button_document.json")
        << load(messages + QLatin1String("button_document.json")) << Role::Reply << QStringLiteral("All good")
        << QStringLiteral("order-48213-ok") << false;
    QTest::newRow("list.json") << load(messages + QLatin1String("list.json")) << Role::OpenList
                               << QStringLiteral("Browse styles") << QString() << false;
    QTest::newRow("cta_url.json")
        << load(messages + QLatin1String("cta_url.json")) << Role::OpenUrl
        << QStringLiteral("Shop the collection")
        << QStringLiteral(
               "https://www.strideshoes.example/collections/autumn?utm_source=whatsapp&utm_medium=cta")
        << true;
    QTest::newRow("location_request_message.json")
        << load(messages + QLatin1String("location_request_message.json")) << Role::SendLocation << QString()
        << QString() << false;
    QTest::newRow("flow.json") << load(messages + QLatin1String("flow.json")) << Role::OpenFlow
                               << QStringLiteral("Book a fitting") << QStringLiteral("1627019861106475")
                               << false;
    QTest::newRow("flow_by_name.json")
        << load(messages + QLatin1String("flow_by_name.json")) << Role::OpenFlow
        << QStringLiteral("Start the survey") << QStringLiteral("shoe_care_survey") << false;
    QTest::newRow("product.json") << load(messages + QLatin1String("product.json")) << Role::ViewProduct
                                  << QString() << QStringLiteral("TRX2-GRN-39") << false;
    QTest::newRow("product_list.json")
        << load(messages + QLatin1String("product_list.json")) << Role::ViewItems << QString()
        << QStringLiteral("367025965434465") << false;
    QTest::newRow("catalog_message.json") << load(messages + QLatin1String("catalog_message.json"))
                                          << Role::ViewCatalog << QString() << QString() << false;
    QTest::newRow("catalog_message_plain.json")
        << load(messages + QLatin1String("catalog_message_plain.json")) << Role::ViewCatalog << QString()
        << QString() << false;
}

void TestPreviewLayout::eachTypeGetsItsButton()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(PreviewButton::Role, role);
    QFETCH(QString, label);
    QFETCH(QString, detail);
    QFETCH(bool, exactDetail);

    const PreviewScene scene = layOut(message);
    QVERIFY(!scene.buttons.isEmpty());
    const PreviewButton& button = scene.buttons.first();
    QCOMPARE(button.role, role);
    QVERIFY(!button.label.isEmpty());
    if (!label.isEmpty())
        QCOMPARE(button.label, label);
    QVERIFY(!button.detail.isEmpty());
    if (exactDetail)
        QCOMPARE(button.detail, detail);
    else
        QVERIFY2(button.detail.contains(detail), qPrintable(button.detail));
    if (role == PreviewButton::Role::Reply) {
        QCOMPARE(scene.buttons.size(), message.actionAs<ReplyButtonsAction>()->buttons.size());
    } else {
        QCOMPARE(scene.buttons.size(), 1);
        QCOMPARE(button.path, QStringLiteral("action"));
    }
    QVERIFY2(inside(button.rect, scene.bubble), describe(button.rect).constData());
    // Product and catalog messages show a product card, full width, like a media header.
    if (role == PreviewButton::Role::ViewProduct || role == PreviewButton::Role::ViewCatalog ||
        message.header.isMedia()) {
        QVERIFY(scene.media);
        QVERIFY(inside(scene.media->rect, scene.bubble));
    } else {
        QVERIFY(!scene.media);
    }
}

void TestPreviewLayout::buttonLabelsFitTheirButtons_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<int>("width");
    const QString wide(20, u'W'); // the widest label each type allows

    InteractiveMessage reply = replyMessage(QStringLiteral("Hi"), 3);
    for (ReplyButton& button : reply.actionAs<ReplyButtonsAction>()->buttons)
        button.title = wide.left(19) + button.id.right(1); // titles must differ
    InteractiveMessage list = StarterMessages::starter(MessageType::List);
    list.actionAs<ListAction>()->button = wide;
    InteractiveMessage cta = StarterMessages::starter(MessageType::CtaUrl);
    cta.actionAs<CtaUrlAction>()->displayText = wide;
    InteractiveMessage flow = StarterMessages::starter(MessageType::Flow);
    flow.actionAs<FlowAction>()->cta = wide;
    for (const int width : {320, 360, 900}) {
        QTest::addRow("reply %d", width) << reply << width;
        QTest::addRow("list %d", width) << list << width;
        QTest::addRow("cta_url %d", width) << cta << width;
        QTest::addRow("flow %d", width) << flow << width;
    }
}

void TestPreviewLayout::buttonLabelsFitTheirButtons()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(int, width);
    QVERIFY(!Validator::hasErrors(Validator::check(message)));
    const PreviewTheme theme = PreviewTheme::light();
    const PreviewScene scene = layOut(message, QSizeF(width, 900));
    const QFontMetricsF metrics(theme.buttonFont);
    // However wide the labels, the bubble keeps to its bounds.
    QVERIFY2(scene.bubble.width() <= maxBubbleFor(theme, width) + 0.01, describe(scene.bubble).constData());
    QVERIFY2(scene.bubble.right() <= width, describe(scene.bubble).constData());
    for (qsizetype i = 0; i < scene.buttons.size(); ++i) {
        const PreviewButton& button = scene.buttons[i];
        const auto* reply = message.actionAs<ReplyButtonsAction>();
        const QString full = reply ? reply->buttons[i].title : QString(20, u'W');
        // The painter centres icon, gap and label in the button: together they fit in it.
        const qreal drawn = metrics.horizontalAdvance(button.label) +
                            (button.icon == PreviewIcon::None ? 0 : theme.iconSize + 8);
        QVERIFY2(drawn <= button.rect.width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(drawn).arg(button.rect.width())));
        QVERIFY(!button.label.isEmpty());
        QVERIFY2(button.label == full ||
                     (button.label.endsWith(QChar(0x2026)) && full.startsWith(button.label.chopped(1))),
                 qPrintable(button.label));
        // Where the bubble can grow, it grows rather than cut the label.
        if (scene.bubble.width() < maxBubbleFor(theme, width) - 0.01)
            QCOMPARE(button.label, full);
    }
}

void TestPreviewLayout::timeBesideOrUnderLastLine_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("beside");
    QTest::addColumn<int>("lines"); // 0: several
    const qreal width = Phone.width();

    // A single line that leaves no room for the time: as wide as the widest bubble's text, nearly.
    const PreviewTheme theme = PreviewTheme::light();
    const qreal maxContent = maxBubbleFor(theme, width) - 2 * theme.bubblePaddingX;
    const QFontMetricsF metrics(theme.bodyFont);
    QString full;
    while (metrics.horizontalAdvance(full + u'm') <= maxContent - 6)
        full += u'm';

    QTest::newRow("short body") << QStringLiteral("Hi") << true << 1;
    QTest::newRow("line nearly full") << full << false << 1;
    QTest::newRow("wrapped, short last line") << words(200) + QStringLiteral(" ok") << true << 0;
    QTest::newRow("wrapped, last line full") << words(200) + u'\n' + full << false << 0;
    QTest::newRow("right-to-left last line") << QStringLiteral("مرحبا") << false << 1;
}

void TestPreviewLayout::timeBesideOrUnderLastLine()
{
    QFETCH(QString, body);
    QFETCH(bool, beside);
    QFETCH(int, lines);

    const PreviewTheme theme = PreviewTheme::light();
    const PreviewScene scene = layOut(replyMessage(body));
    QCOMPARE(scene.texts.size(), 1);
    const PreviewText& last = scene.texts.last();
    int lineCount = 0;
    for (const PreviewParagraph& paragraph : last.part->paragraphs)
        lineCount += paragraph.layout->lineCount();
    if (lines > 0)
        QCOMPARE(lineCount, lines);
    else
        QVERIFY(lineCount > 1);
    const PreviewParagraph& paragraph = last.part->paragraphs.back();
    const QTextLine lastLine = paragraph.layout->lineAt(paragraph.layout->lineCount() - 1);
    const qreal lastLineTop = last.position.y() + paragraph.top + lastLine.y();

    QVERIFY(!scene.timeRect.isEmpty());
    if (beside) {
        // On the last line's band, after its text.
        QVERIFY2(scene.timeRect.top() < bottomOf(last), describe(scene.timeRect).constData());
        QVERIFY2(scene.timeRect.top() >= lastLineTop, describe(scene.timeRect).constData());
        QVERIFY2(scene.timeRect.left() >= last.position.x() + last.part->lastLineWidth + theme.timeGap - 0.5,
                 describe(scene.timeRect).constData());
    } else {
        QVERIFY2(
            scene.timeRect.top() >= bottomOf(last) - 0.01,
            qPrintable(
                QStringLiteral("time at %1, text ends at %2").arg(scene.timeRect.top()).arg(bottomOf(last))));
    }
    QVERIFY2(inside(scene.timeRect, scene.bubble), describe(scene.timeRect).constData());
    QVERIFY(scene.timeRect.bottom() <= scene.buttons.first().rect.top());
    QVERIFY(near(scene.timeRect.right(), scene.bubble.right() - theme.bubblePaddingX));
}

void TestPreviewLayout::sheetGeometry_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QSizeF>("size");

    InteractiveMessage untitled = StarterMessages::starter(MessageType::List);
    untitled.actionAs<ListAction>()->sections[0].title.clear();

    QTest::newRow("starter") << StarterMessages::starter(MessageType::List) << Phone;
    QTest::newRow("untitled section") << untitled << Phone;
    QTest::newRow("list.json phone") << load(QStringLiteral("messages/list.json")) << Phone;
    QTest::newRow("list.json narrow") << load(QStringLiteral("messages/list.json")) << QSizeF(320, 400);
    QTest::newRow("list.json wide") << load(QStringLiteral("messages/list.json")) << QSizeF(1200, 900);
    QTest::newRow("largest short") << load(QStringLiteral("largest_list.json")) << QSizeF(380, 480);
    QTest::newRow("largest tall") << load(QStringLiteral("largest_list.json")) << QSizeF(800, 1400);
}

void TestPreviewLayout::sheetGeometry()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QSizeF, size);
    const PreviewTheme theme = PreviewTheme::light();
    const ListAction& action = *message.actionAs<ListAction>();

    PreviewInput input = inputFor(message);
    input.sheetOpen = true;
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, size);
    QVERIFY(scene.sheet);
    const PreviewSheet& sheet = *scene.sheet;

    QCOMPARE(sheet.title, action.button);
    QVERIFY(near(sheet.rect.bottom(), size.height()));
    QVERIFY(near(sheet.rect.left(), 0) && near(sheet.rect.right(), size.width()));
    QVERIFY2(sheet.rect.height() <= size.height() * theme.sheetMaxHeightRatio + 0.01,
             describe(sheet.rect).constData());
    QVERIFY(inside(sheet.closeButton, sheet.rect));
    QVERIFY(inside(sheet.titleRect, sheet.rect));
    QVERIFY(inside(sheet.rowsViewport, sheet.rect));
    QVERIFY(inside(sheet.sendButton, sheet.rect));
    QVERIFY(sheet.rowsViewport.top() >= sheet.titleRect.bottom() - 0.01);
    QVERIFY(sheet.sendButton.top() >= sheet.rowsViewport.bottom() - 0.01);
    QVERIFY(!sheet.sendLabel.isEmpty());

    // Rows: one per row of the payload, in order, across the sheet, the title clear of the radio button.
    QCOMPARE(sheet.rows.size(), action.rowCount());
    int flat = 0;
    for (qsizetype s = 0; s < action.sections.size(); ++s) {
        for (qsizetype r = 0; r < action.sections[s].rows.size(); ++r, ++flat) {
            const PreviewSheetRow& row = sheet.rows[flat];
            const ListRow& source = action.sections[s].rows[r];
            QCOMPARE(row.id, source.id);
            QCOMPARE(row.path, QStringLiteral("action.sections[%1].rows[%2]").arg(s).arg(r));
            QCOMPARE(row.description.has_value(), !source.description.isEmpty());
            QVERIFY(row.rect.left() >= -0.01 && row.rect.right() <= size.width() + 0.01);
            QVERIFY(row.rect.height() > 0);
            QVERIFY2(inside(row.radio, row.rect), describe(row.radio).constData());
            QVERIFY(row.title.position.x() >= row.rect.left());
            QVERIFY(row.title.position.x() + row.title.part->naturalWidth <= row.radio.left());
            QVERIFY(row.title.position.y() >= row.rect.top() && bottomOf(row.title) <= row.rect.bottom());
            if (row.description) {
                QVERIFY(row.description->position.y() >= bottomOf(row.title));
                QVERIFY(bottomOf(*row.description) <= row.rect.bottom());
                QVERIFY(row.description->position.x() + row.description->part->naturalWidth <=
                        row.radio.left());
            }
            if (flat > 0)
                QVERIFY2(row.rect.top() >= sheet.rows[flat - 1].rect.bottom() - 0.01,
                         describe(row.rect).constData());
            QVERIFY(!row.selected);
        }
    }
    QVERIFY(near(sheet.rows.first().rect.top() - sheet.rowsViewport.top(),
                 action.sections.first().title.isEmpty() ? 0 : theme.sheetSectionTitleHeight));
    QVERIFY(near(sheet.rows.last().rect.bottom() - sheet.rows.first().rect.top() +
                     (action.sections.first().title.isEmpty() ? 0 : theme.sheetSectionTitleHeight),
                 sheet.rowsHeight));

    // Section titles only for titled sections, each just above its first row.
    QCOMPARE(sheet.sections.size(), action.sections.size());
    flat = 0;
    for (qsizetype s = 0; s < action.sections.size(); ++s) {
        const PreviewSheetSection& section = sheet.sections[s];
        QCOMPARE(section.title, action.sections[s].title);
        QCOMPARE(section.titleRect.isEmpty(), action.sections[s].title.isEmpty());
        if (!section.titleRect.isEmpty()) {
            QVERIFY(near(section.titleRect.bottom(), sheet.rows[flat].rect.top()));
            QVERIFY(section.titleRect.left() >= 0 && section.titleRect.right() <= size.width());
        }
        flat += int(action.sections[s].rows.size());
    }
}

void TestPreviewLayout::sheetScrollIsClamped_data()
{
    QTest::addColumn<qreal>("scroll");
    QTest::newRow("none") << qreal(0);
    QTest::newRow("some") << qreal(50);
    QTest::newRow("far past the end") << qreal(1e6);
    QTest::newRow("negative") << qreal(-100);
}

void TestPreviewLayout::sheetScrollIsClamped()
{
    QFETCH(qreal, scroll);
    PreviewInput input = inputFor(load(QStringLiteral("largest_list.json")));
    QCOMPARE(input.message.actionAs<ListAction>()->rowCount(), 10);
    QVERIFY(!Validator::hasErrors(input.issues));
    input.sheetOpen = true;
    PreviewLayout layout;
    const QSizeF size(380, 480);

    input.sheetScroll = 0;
    const PreviewSheet top = *layout.layout(input, size).sheet;
    input.sheetScroll = scroll;
    const PreviewSheet sheet = *layout.layout(input, size).sheet;

    QVERIFY2(sheet.rowsHeight > sheet.rowsViewport.height(),
             qPrintable(QStringLiteral("%1 <= %2").arg(sheet.rowsHeight).arg(sheet.rowsViewport.height())));
    const qreal maxScroll = sheet.rowsHeight - sheet.rowsViewport.height();
    const qreal expected = std::clamp(scroll, qreal(0), maxScroll);
    QVERIFY2(near(sheet.scroll, expected), qPrintable(QString::number(sheet.scroll)));
    // Everything in the rows moves up by the scroll; the sheet's frame stays.
    QCOMPARE(sheet.rect, top.rect);
    QCOMPARE(sheet.sendButton, top.sendButton);
    for (qsizetype i = 0; i < sheet.rows.size(); ++i) {
        QVERIFY(near(sheet.rows[i].rect.top(), top.rows[i].rect.top() - expected));
        QVERIFY(near(sheet.rows[i].title.position.y(), top.rows[i].title.position.y() - expected));
        QVERIFY(near(sheet.rows[i].radio.top(), top.rows[i].radio.top() - expected));
    }
    for (qsizetype s = 0; s < sheet.sections.size(); ++s)
        QVERIFY(near(sheet.sections[s].titleRect.top(), top.sections[s].titleRect.top() - expected));
    if (near(expected, maxScroll))
        QVERIFY(near(sheet.rows.last().rect.bottom(), sheet.rowsViewport.bottom()));
}

void TestPreviewLayout::sheetSendFollowsSelection_data()
{
    QTest::addColumn<int>("selectedRow");
    QTest::addColumn<bool>("sendEnabled");
    QTest::newRow("nothing chosen") << -1 << false;
    QTest::newRow("first row") << 0 << true;
    QTest::newRow("row of the second section") << 2 << true;
    QTest::newRow("last row") << 3 << true;
    QTest::newRow("past the last row") << 4 << false;
}

void TestPreviewLayout::sheetSendFollowsSelection()
{
    QFETCH(int, selectedRow);
    QFETCH(bool, sendEnabled);
    PreviewInput input = inputFor(load(QStringLiteral("messages/list.json")));
    input.sheetOpen = true;
    input.selectedRow = selectedRow;
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, Phone);
    QVERIFY(scene.sheet);
    QCOMPARE(scene.sheet->sendEnabled, sendEnabled);
    QCOMPARE(scene.sheet->rows.size(), 4);
    for (qsizetype i = 0; i < scene.sheet->rows.size(); ++i)
        QCOMPARE(scene.sheet->rows[i].selected, i == selectedRow);
}

void TestPreviewLayout::noSheetWithoutAnOpenList_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<bool>("sheetOpen");
    for (const MessageType type : allMessageTypes()) {
        if (type != MessageType::List)
            QTest::addRow("%s", qPrintable(messageTypeName(type))) << StarterMessages::starter(type) << true;
    }
    QTest::newRow("list, sheet closed") << StarterMessages::starter(MessageType::List) << false;
}

void TestPreviewLayout::noSheetWithoutAnOpenList()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(bool, sheetOpen);
    PreviewInput input = inputFor(message);
    input.sheetOpen = sheetOpen;
    input.selectedRow = 0;
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, Phone);
    QVERIFY(!scene.sheet);
    QVERIFY(!scene.buttons.isEmpty());
    // With no sheet, a button is a button: nothing reports the sheet's parts.
    QCOMPARE(PreviewLayout::hitTest(scene, scene.buttons.first().rect.center()).kind,
             PreviewHit::Kind::Button);
}

void TestPreviewLayout::rightToLeftParagraphs_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("footer");
    QTest::addColumn<bool>("bodyRtl");
    QTest::addColumn<bool>("footerRtl");
    QTest::newRow("arabic") << arabic() << QString() << true << false;
    QTest::newRow("hebrew") << hebrew() << QString() << true << false;
    QTest::newRow("latin") << words(300) << QString() << false << false;
    QTest::newRow("latin body, arabic footer")
        << words(120) << QStringLiteral("شكرا لتسوقكم معنا") << false << true;
    QTest::newRow("arabic body, latin footer")
        << arabic() << QStringLiteral("Reply STOP to opt out") << true << false;
    QTest::newRow("arabic lines") << arabic() + u'\n' + hebrew() << QString() << true << false;
}

void TestPreviewLayout::rightToLeftParagraphs()
{
    QFETCH(QString, body);
    QFETCH(QString, footer);
    QFETCH(bool, bodyRtl);
    QFETCH(bool, footerRtl);

    InteractiveMessage message = replyMessage(body);
    if (!footer.isEmpty())
        message.footer = footer;
    const PreviewScene scene = layOut(message);
    QCOMPARE(scene.texts.size(), footer.isEmpty() ? 1 : 2);

    auto check = [&](const PreviewText& text, bool rtl) {
        QVERIFY(!text.part->paragraphs.empty());
        for (const PreviewParagraph& paragraph : text.part->paragraphs) {
            QCOMPARE(paragraph.rightToLeft, rtl);
            QCOMPARE(paragraph.layout->textOption().textDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        }
        QCOMPARE(text.part->lastLineRightToLeft, rtl);
        // Right-to-left lines are drawn against the right edge of the text's box: the box is in the bubble.
        QVERIFY(text.position.x() + text.width <= scene.bubble.right());
    };
    check(scene.texts[0], bodyRtl);
    if (QTest::currentTestFailed())
        return;
    if (!footer.isEmpty())
        check(scene.texts[1], footerRtl);
}

void TestPreviewLayout::hitTestButtons_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    for (const int count : {1, 2, 3})
        QTest::addRow("%d reply button(s)", count) << replyMessage(QStringLiteral("Pick one"), count);
    QTest::newRow("list") << StarterMessages::starter(MessageType::List);
    QTest::newRow("cta_url") << StarterMessages::starter(MessageType::CtaUrl);
    QTest::newRow("product (card above)") << StarterMessages::starter(MessageType::Product);
}

void TestPreviewLayout::hitTestButtons()
{
    QFETCH(InteractiveMessage, message);
    const PreviewScene scene = layOut(message);
    QVERIFY(!scene.buttons.isEmpty());
    for (qsizetype i = 0; i < scene.buttons.size(); ++i) {
        const PreviewHit hit = PreviewLayout::hitTest(scene, scene.buttons[i].rect.center());
        QCOMPARE(hit.kind, PreviewHit::Kind::Button);
        QCOMPARE(hit.index, int(i));
        // Its edges too, just inside.
        const QRectF inner = scene.buttons[i].rect.adjusted(1, 1, -1, -1);
        QCOMPARE(PreviewLayout::hitTest(scene, inner.topLeft()).index, int(i));
        QCOMPARE(PreviewLayout::hitTest(scene, inner.bottomRight()).index, int(i));
    }
    QCOMPARE(PreviewLayout::hitTest(scene, scene.topBar.center()).kind, PreviewHit::Kind::Nothing);
    QCOMPARE(PreviewLayout::hitTest(scene, QPointF(5, 5)).kind, PreviewHit::Kind::Nothing);
    QCOMPARE(PreviewLayout::hitTest(scene, scene.composer.center()).kind, PreviewHit::Kind::Nothing);
    QCOMPARE(PreviewLayout::hitTest(scene, scene.texts.first().position + QPointF(2, 2)).kind,
             PreviewHit::Kind::Nothing);
    QCOMPARE(PreviewLayout::hitTest(scene, scene.timeRect.center()).kind, PreviewHit::Kind::Nothing);
    QCOMPARE(PreviewLayout::hitTest(
                 scene, QPointF(scene.bubble.right() + 5, scene.buttons.first().rect.center().y()))
                 .kind,
             PreviewHit::Kind::Nothing);
}

void TestPreviewLayout::hitTestSheet_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<qreal>("scroll");
    QTest::newRow("starter") << StarterMessages::starter(MessageType::List) << Phone << qreal(0);
    QTest::newRow("list.json") << load(QStringLiteral("messages/list.json")) << Phone << qreal(0);
    QTest::newRow("largest, at the top")
        << load(QStringLiteral("largest_list.json")) << QSizeF(380, 480) << qreal(0);
    // Rows scrolled up under the sheet's title bar, and others under its Send strip.
    QTest::newRow("largest, scrolled")
        << load(QStringLiteral("largest_list.json")) << QSizeF(380, 480) << qreal(130);
    QTest::newRow("list.json wide") << load(QStringLiteral("messages/list.json")) << QSizeF(1000, 800)
                                    << qreal(0);
}

void TestPreviewLayout::hitTestSheet()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QSizeF, size);
    QFETCH(qreal, scroll);
    PreviewInput input = inputFor(message);
    input.sheetOpen = true;
    input.sheetScroll = scroll;
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, size);
    QVERIFY(scene.sheet);
    const PreviewSheet& sheet = *scene.sheet;

    int visible = 0;
    for (qsizetype i = 0; i < sheet.rows.size(); ++i) {
        const QPointF centre = sheet.rows[i].rect.center();
        const PreviewHit hit = PreviewLayout::hitTest(scene, centre);
        if (sheet.rowsViewport.contains(centre)) {
            ++visible;
            QCOMPARE(hit.kind, PreviewHit::Kind::SheetRow);
            QCOMPARE(hit.index, int(i));
        } else {
            // Scrolled out of sight: the row is not what a tap there reaches.
            QVERIFY(hit.kind != PreviewHit::Kind::SheetRow);
        }
    }
    QVERIFY(visible > 0);
    QCOMPARE(PreviewLayout::hitTest(scene, sheet.closeButton.center()).kind, PreviewHit::Kind::SheetClose);
    QCOMPARE(PreviewLayout::hitTest(scene, sheet.sendButton.center()).kind, PreviewHit::Kind::SheetSend);
    QCOMPARE(PreviewLayout::hitTest(scene, QPointF(size.width() / 2, sheet.rect.top() - 10)).kind,
             PreviewHit::Kind::SheetOutside);
    QCOMPARE(PreviewLayout::hitTest(scene, QPointF(5, 5)).kind, PreviewHit::Kind::SheetOutside);
    QCOMPARE(PreviewLayout::hitTest(scene, sheet.titleRect.center()).kind, PreviewHit::Kind::SheetBody);
    // Beside the Send button, whatever row may have scrolled under it.
    QCOMPARE(PreviewLayout::hitTest(scene, QPointF(5, sheet.sendButton.center().y())).kind,
             PreviewHit::Kind::SheetBody);
    if (scroll > 0) {
        bool rowUnderTitle = false;
        for (const PreviewSheetRow& row : sheet.rows)
            rowUnderTitle = rowUnderTitle || row.rect.contains(sheet.titleRect.center());
        QVERIFY(rowUnderTitle); // the case this row is about
    }
    // The chat's buttons under the scrim are out of reach while the sheet is open.
    if (!sheet.rect.contains(scene.buttons.first().rect.center()))
        QCOMPARE(PreviewLayout::hitTest(scene, scene.buttons.first().rect.center()).kind,
                 PreviewHit::Kind::SheetOutside);
}

void TestPreviewLayout::chatScrollIsClampedAndMovesTheBubble_data()
{
    QTest::addColumn<qreal>("scroll");
    QTest::newRow("none") << qreal(0);
    QTest::newRow("some") << qreal(120);
    QTest::newRow("far past the end") << qreal(1e7);
    QTest::newRow("negative") << qreal(-50);
}

void TestPreviewLayout::chatScrollIsClampedAndMovesTheBubble()
{
    QFETCH(qreal, scroll);
    const QSizeF size(380, 480);
    PreviewInput input = inputFor(replyMessage(words(4096), 3));
    PreviewLayout layout;
    const PreviewScene top = layout.layout(input, size);
    input.chatScroll = scroll;
    const PreviewScene scene = layout.layout(input, size);

    QVERIFY2(
        scene.chatContentHeight > scene.chatViewport.height(),
        qPrintable(QStringLiteral("%1 <= %2").arg(scene.chatContentHeight).arg(scene.chatViewport.height())));
    const qreal maxScroll = scene.chatContentHeight - scene.chatViewport.height();
    const qreal expected = std::clamp(scroll, qreal(0), maxScroll);
    QVERIFY2(near(scene.chatScroll, expected), qPrintable(QString::number(scene.chatScroll)));

    QVERIFY(near(scene.bubble.top(), top.bubble.top() - expected));
    QVERIFY(near(scene.bubble.height(), top.bubble.height()));
    QVERIFY(near(scene.tail.top(), top.tail.top() - expected));
    QVERIFY(near(scene.timeRect.top(), top.timeRect.top() - expected));
    QVERIFY(near(scene.dateChip.top(), top.dateChip.top() - expected));
    QVERIFY(near(scene.texts.first().position.y(), top.texts.first().position.y() - expected));
    for (qsizetype i = 0; i < scene.buttons.size(); ++i)
        QVERIFY(near(scene.buttons[i].rect.top(), top.buttons[i].rect.top() - expected));
    // The frame of the phone does not scroll.
    QCOMPARE(scene.topBar, top.topBar);
    QCOMPARE(scene.composer, top.composer);
    QCOMPARE(scene.chatViewport, top.chatViewport);
    if (near(expected, maxScroll)) {
        // Scrolled to the end, the last button is in sight and can be tapped.
        QVERIFY(scene.chatViewport.contains(scene.buttons.last().rect.center()));
        QCOMPARE(PreviewLayout::hitTest(scene, scene.buttons.last().rect.center()).index, 2);
    } else if (near(expected, 0)) {
        // Unscrolled, the buttons are below the composer: a tap on the composer reaches none of them.
        QVERIFY(scene.buttons.last().rect.top() > scene.chatViewport.bottom());
    }
}

void TestPreviewLayout::buttonsOutOfSightAreNotHit()
{
    // Scrolled so that the first button straddles the composer's top edge.
    const QSizeF size(380, 480);
    PreviewInput input = inputFor(replyMessage(words(1000), 3));
    PreviewLayout layout;
    const PreviewScene top = layout.layout(input, size);
    input.chatScroll =
        top.buttons.first().rect.top() - top.composer.top() + top.buttons.first().rect.height() / 2;
    const PreviewScene scene = layout.layout(input, size);
    QVERIFY(near(scene.chatScroll, input.chatScroll)); // within the scroll range
    const QRectF& button = scene.buttons.first().rect;
    QVERIFY(button.top() < scene.composer.top() && button.bottom() > scene.composer.top());

    const QPointF inSight(button.center().x(), (button.top() + scene.composer.top()) / 2);
    const QPointF underComposer(button.center().x(), (button.bottom() + scene.composer.top()) / 2);
    QVERIFY(button.contains(inSight) && button.contains(underComposer));
    QCOMPARE(PreviewLayout::hitTest(scene, inSight).kind, PreviewHit::Kind::Button);
    QCOMPARE(PreviewLayout::hitTest(scene, underComposer).kind, PreviewHit::Kind::Nothing);
    for (const PreviewButton& hidden : scene.buttons.mid(1)) {
        QVERIFY(hidden.rect.top() >= scene.composer.top());
        QCOMPARE(PreviewLayout::hitTest(scene, hidden.rect.center()).kind, PreviewHit::Kind::Nothing);
    }
}

void TestPreviewLayout::outlinesMarkErrors_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QString>("issuePath");
    QTest::addColumn<QString>("target"); // "button N", "body" or "media"

    InteractiveMessage longTitle = replyMessage(QStringLiteral("Pick one"), 3);
    longTitle.actionAs<ReplyButtonsAction>()->buttons[1].title = QString(21, u'a');
    QTest::newRow("reply title of 21 characters")
        << longTitle << QStringLiteral("action.buttons[1].reply.title") << QStringLiteral("button 1");

    InteractiveMessage emptyId = replyMessage(QStringLiteral("Pick one"), 2);
    emptyId.actionAs<ReplyButtonsAction>()->buttons[0].id.clear();
    QTest::newRow("reply id missing")
        << emptyId << QStringLiteral("action.buttons[0].reply.id") << QStringLiteral("button 0");

    QTest::newRow("11 list rows") << listWithRows(11) << QStringLiteral("action.sections[0].rows[10]")
                                  << QStringLiteral("button 0");

    QTest::newRow("body too long") << replyMessage(words(1100)) << QStringLiteral("body.text")
                                   << QStringLiteral("body");

    InteractiveMessage noSource = replyMessage(QStringLiteral("Our new shoe"));
    noSource.header.kind = HeaderKind::Image;
    QString mediaPath;
    for (const ValidationIssue& issue : Validator::check(noSource)) {
        if (issue.severity == Severity::Error && issue.path.startsWith(u"header"))
            mediaPath = issue.path;
    }
    QTest::newRow("image without id or link") << noSource << mediaPath << QStringLiteral("media");
}

void TestPreviewLayout::outlinesMarkErrors()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QString, issuePath);
    QFETCH(QString, target);

    const QList<ValidationIssue> issues = Validator::check(message);
    QVERIFY(!issuePath.isEmpty());
    const QString expected = issueMessage(issues, issuePath);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no error at %1").arg(issuePath)));
    QCOMPARE(std::count_if(issues.cbegin(), issues.cend(),
                           [](const ValidationIssue& i) { return i.severity == Severity::Error; }),
             1);

    const PreviewScene scene = layOut(message);
    QCOMPARE(scene.outlines.size(), 1);
    const PreviewOutline& outline = scene.outlines.first();
    QCOMPARE(outline.message, expected);

    QRectF marked;
    if (target.startsWith(u"button")) {
        const int index = target.mid(7).toInt();
        marked = scene.buttons[index].rect;
        // Only the offending button.
        for (qsizetype i = 0; i < scene.buttons.size(); ++i) {
            if (i != index)
                QVERIFY2(!outline.rect.intersects(scene.buttons[i].rect), describe(outline.rect).constData());
        }
    } else if (target == QStringLiteral("body")) {
        const PreviewText& body = scene.texts.first();
        marked = QRectF(body.position, QSizeF(body.width, body.part->height));
    } else {
        QVERIFY(scene.media);
        marked = scene.media->rect;
    }
    QVERIFY2(outline.rect.intersects(marked),
             (describe(outline.rect) + " vs " + describe(marked)).constData());
    QVERIFY2(inside(outline.rect, scene.bubble), describe(outline.rect).constData());
}

void TestPreviewLayout::noOutlinesWithoutErrors_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<bool>("hasWarnings");

    for (const MessageType type : allMessageTypes())
        QTest::addRow("starter %s", qPrintable(messageTypeName(type)))
            << StarterMessages::starter(type) << false;
    QTest::newRow("largest list (warning: body over 1024)")
        << load(QStringLiteral("largest_list.json")) << true;

    InteractiveMessage spaced = replyMessage(QStringLiteral("Pick one"), 2);
    spaced.actionAs<ReplyButtonsAction>()->buttons[0].title = QStringLiteral("Yes ");
    QTest::newRow("warning: title ends in a space") << spaced << true;

    InteractiveMessage untitled = StarterMessages::starter(MessageType::List);
    untitled.actionAs<ListAction>()->sections[0].title.clear();
    QTest::newRow("warning: single untitled section") << untitled << true;
}

void TestPreviewLayout::noOutlinesWithoutErrors()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(bool, hasWarnings);
    PreviewInput input = inputFor(message);
    QVERIFY(!Validator::hasErrors(input.issues));
    QCOMPARE(!input.issues.isEmpty(), hasWarnings);
    input.sheetOpen = true;
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, Phone);
    QVERIFY(scene.outlines.isEmpty());
    if (scene.sheet)
        QVERIFY(scene.sheet->outlines.isEmpty());
}

void TestPreviewLayout::sheetOutlinesMarkTheRow()
{
    InteractiveMessage message = load(QStringLiteral("messages/list.json"));
    message.actionAs<ListAction>()->sections[1].rows[0].title = QString(25, u'r');
    PreviewInput input = inputFor(message);
    const QString expected = issueMessage(input.issues, QStringLiteral("action.sections[1].rows[0].title"));
    QVERIFY(!expected.isEmpty());
    input.sheetOpen = true;
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, Phone);

    // In the chat, the list button carries the row's error; in the sheet, the row itself.
    QCOMPARE(scene.outlines.size(), 1);
    QVERIFY(scene.outlines.first().rect.intersects(scene.buttons.first().rect));
    QCOMPARE(scene.outlines.first().message, expected);
    QVERIFY(scene.sheet);
    QCOMPARE(scene.sheet->outlines.size(), 1);
    const PreviewOutline& outline = scene.sheet->outlines.first();
    QCOMPARE(outline.message, expected);
    QVERIFY(outline.rect.intersects(scene.sheet->rows[2].rect));
    for (const int other : {0, 1, 3})
        QVERIFY(!outline.rect.intersects(scene.sheet->rows[other].rect));
}

void TestPreviewLayout::errorsAtMatchesPaths_data()
{
    QTest::addColumn<QString>("issuePath");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("meets");
    QTest::newRow("parent holds child")
        << QStringLiteral("action.buttons[1].reply.title") << QStringLiteral("action.buttons") << true;
    QTest::newRow("child sees parent's error")
        << QStringLiteral("action.buttons") << QStringLiteral("action.buttons[1].reply.title") << true;
    QTest::newRow("button holds its title")
        << QStringLiteral("action.buttons[1].reply.title") << QStringLiteral("action.buttons[1]") << true;
    QTest::newRow("same path") << QStringLiteral("body.text") << QStringLiteral("body.text") << true;
    QTest::newRow("body holds body.text") << QStringLiteral("body.text") << QStringLiteral("body") << true;
    QTest::newRow("action holds a row")
        << QStringLiteral("action.sections[0].rows[10]") << QStringLiteral("action") << true;
    QTest::newRow("the whole message") << QStringLiteral("body.text") << QString() << true;
    QTest::newRow("[1] is not [10]") << QStringLiteral("action.buttons[10]")
                                     << QStringLiteral("action.buttons[1]") << false;
    QTest::newRow("[10] is not [1]") << QStringLiteral("action.buttons[1]")
                                     << QStringLiteral("action.buttons[10]") << false;
    QTest::newRow("rows[1] is not rows[12].title") << QStringLiteral("action.sections[0].rows[12].title")
                                                   << QStringLiteral("action.sections[0].rows[1]") << false;
    QTest::newRow("body is not body_x") << QStringLiteral("body_x") << QStringLiteral("body") << false;
    QTest::newRow("body_x is not body") << QStringLiteral("body") << QStringLiteral("body_x") << false;
    QTest::newRow("header is not headers")
        << QStringLiteral("headers.text") << QStringLiteral("header") << false;
    QTest::newRow("siblings") << QStringLiteral("footer.text") << QStringLiteral("body.text") << false;
    QTest::newRow("sibling buttons") << QStringLiteral("action.buttons[0].reply.id")
                                     << QStringLiteral("action.buttons[1]") << false;
}

void TestPreviewLayout::errorsAtMatchesPaths()
{
    QFETCH(QString, issuePath);
    QFETCH(QString, path);
    QFETCH(bool, meets);

    const QString message = QStringLiteral("Something is wrong at %1.").arg(issuePath);
    const QList<ValidationIssue> issues = {{issuePath, Severity::Error, QStringLiteral("x"), message}};
    QCOMPARE(PreviewLayout::errorsAt(issues, path), meets ? QStringList{message} : QStringList{});

    // Warnings never count, however well the paths meet.
    const QList<ValidationIssue> warnings = {{issuePath, Severity::Warning, QStringLiteral("x"), message}};
    QCOMPARE(PreviewLayout::errorsAt(warnings, path), QStringList{});

    // The same sentence twice is said once; two different ones both, in order.
    const QString other = QStringLiteral("Another problem.");
    const QList<ValidationIssue> several = {{issuePath, Severity::Error, QStringLiteral("x"), message},
                                            {issuePath, Severity::Error, QStringLiteral("y"), message},
                                            {issuePath, Severity::Error, QStringLiteral("z"), other}};
    QCOMPARE(PreviewLayout::errorsAt(several, path), meets ? QStringList({message, other}) : QStringList{});
}

void TestPreviewLayout::unchangedTextsKeepTheirLayout()
{
    InteractiveMessage message = StarterMessages::starter(MessageType::List);
    message.footer = QStringLiteral("Free returns within 30 days");
    PreviewInput input = inputFor(message);
    input.sheetOpen = true;
    PreviewLayout layout;

    const PreviewScene first = layout.layout(input, Phone);
    const PreviewScene second = layout.layout(input, Phone);
    QCOMPARE(first.texts.size(), 3); // header, body, footer
    for (qsizetype i = 0; i < first.texts.size(); ++i)
        QCOMPARE(second.texts[i].part.get(), first.texts[i].part.get());
    QVERIFY(first.sheet && second.sheet);
    for (qsizetype i = 0; i < first.sheet->rows.size(); ++i) {
        QCOMPARE(second.sheet->rows[i].title.part.get(), first.sheet->rows[i].title.part.get());
        QCOMPARE(second.sheet->rows[i].description->part.get(), first.sheet->rows[i].description->part.get());
    }

    // A keystroke in the body lays out the body again, and nothing else.
    input.message.body = *message.body + u'!';
    input.issues = Validator::check(input.message);
    const PreviewScene third = layout.layout(input, Phone);
    QCOMPARE(third.texts.size(), 3);
    QCOMPARE(third.texts[0].part.get(), first.texts[0].part.get());
    QVERIFY(third.texts[1].part.get() != first.texts[1].part.get());
    QCOMPARE(third.texts[2].part.get(), first.texts[2].part.get());
    QCOMPARE(third.sheet->rows[0].title.part.get(), first.sheet->rows[0].title.part.get());

    // And the next keystroke keeps the header laid out once, too.
    input.message.body = *input.message.body + u'!';
    const PreviewScene fourth = layout.layout(input, Phone);
    QCOMPARE(fourth.texts[0].part.get(), first.texts[0].part.get());
    QVERIFY(fourth.texts[1].part.get() != third.texts[1].part.get());
}

void TestPreviewLayout::themeChangeLaysTextOutAgain()
{
    // Formats hold the theme's colours (links, inline code): a theme change must not reuse old layouts.
    InteractiveMessage message = replyMessage(QStringLiteral("See https://example.com and `code`"));
    const PreviewInput input = inputFor(message);
    PreviewLayout layout;
    const PreviewScene light = layout.layout(input, Phone);
    layout.setTheme(PreviewTheme::dark());
    QCOMPARE(layout.theme().kind, PreviewTheme::Kind::Dark);
    const PreviewScene dark = layout.layout(input, Phone);
    QVERIFY(dark.texts.first().part.get() != light.texts.first().part.get());
    QCOMPARE(dark.texts.first().colour, PreviewTheme::dark().text);
    QCOMPARE(light.texts.first().colour, PreviewTheme::light().text);
    bool darkLink = false;
    for (const PreviewParagraph& paragraph : dark.texts.first().part->paragraphs) {
        for (const QTextLayout::FormatRange& range : paragraph.layout->formats())
            darkLink = darkLink || range.format.foreground().color() == PreviewTheme::dark().link;
    }
    QVERIFY(darkLink);
}

// In a right-to-left message the buttons read right to left too (their icons after the label, the arrows
// mirrored), as the phone lays them out; a header in another script does not decide it, the body does.
void TestPreviewLayout::buttonsFollowTheBodysDirection()
{
    InteractiveMessage message = StarterMessages::starter(MessageType::Button);
    message.header = Header::fromText(QStringLiteral("Stride Shoes"));
    message.body = arabic();
    const PreviewScene rtl = layOut(message);
    QVERIFY(!rtl.buttons.isEmpty());
    for (const PreviewButton& button : rtl.buttons)
        QVERIFY(button.rightToLeft);
    message.body = QStringLiteral("Hello");
    message.header = Header::fromText(arabic().left(20));
    for (const PreviewButton& button : layOut(message).buttons)
        QVERIFY(!button.rightToLeft);
}

void TestPreviewLayout::anEmptyBodyIsOutlined_data()
{
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << true << QStringLiteral("Must not be empty");
    QTest::newRow("absent") << false << QStringLiteral("A body is required");
}

// Where the phone would refuse a message for its body, the bubble shows an outlined empty line that says why.
void TestPreviewLayout::anEmptyBodyIsOutlined()
{
    QFETCH(bool, present);
    QFETCH(QString, says);
    InteractiveMessage message = StarterMessages::starter(MessageType::Button);
    message.body = present ? std::optional(QString()) : std::nullopt;
    const PreviewScene scene = layOut(message);
    QCOMPARE(scene.outlines.size(), 1);
    QVERIFY2(scene.outlines.first().message.contains(says), qPrintable(scene.outlines.first().message));
    QVERIFY(scene.bubble.contains(scene.outlines.first().rect.center()));
    QVERIFY(scene.outlines.first().rect.height() > 0);
    // A body in place: no outline, and no empty line either.
    const PreviewScene written = layOut(StarterMessages::starter(MessageType::Button));
    QVERIFY(written.outlines.isEmpty());
    QCOMPARE(written.texts.size(), 1);
}

void TestPreviewLayout::chatTimeHasNoSeconds_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("shown");
    QTest::newRow("C") << QLocale::c() << QStringLiteral("16:07");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("16:07");
    QTest::newRow("American English")
        << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("4:07\u202fPM");
}

// WhatsApp shows hours and minutes in the locale's form; some locales' short format has seconds.
void TestPreviewLayout::chatTimeHasNoSeconds()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, shown);
    const QString time = chatTime(QTime(16, 7, 22), locale);
    // Qt's CLDR data may put a plain or a narrow no-break space before the PM.
    QCOMPARE(QString(time).replace(u'\u202f', u' ').replace(u'\u00a0', u' '),
             QString(shown).replace(u'\u202f', u' '));
    QVERIFY(!time.contains(QStringLiteral("22")));
}

void TestPreviewLayout::carouselCardsSitSideBySide_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("buttonsPerCard");
    QTest::addColumn<int>("role");
    QTest::newRow("link buttons") << QStringLiteral("messages/carousel.json") << 1
                                  << int(PreviewButton::Role::OpenUrl);
    QTest::newRow("quick replies") << QStringLiteral("messages/carousel_quick_replies.json") << 2
                                   << int(PreviewButton::Role::Reply);
    QTest::newRow("products") << QStringLiteral("messages/carousel_products.json") << 1
                              << int(PreviewButton::Role::ViewProduct);
}

// Under the body's bubble, cards of one size in a row, each with its buttons at its bottom, as on the phone.
void TestPreviewLayout::carouselCardsSitSideBySide()
{
    QFETCH(QString, file);
    QFETCH(int, buttonsPerCard);
    QFETCH(int, role);
    const InteractiveMessage message = load(file);
    const qsizetype n = message.actionAs<CarouselAction>()->cards.size();
    const PreviewScene scene = layOut(message);
    const PreviewTheme& t = PreviewTheme::light();
    QCOMPARE(scene.cards.size(), n);
    QCOMPARE(scene.buttons.size(), n * buttonsPerCard);
    QVERIFY(scene.outlines.isEmpty());
    for (qsizetype i = 0; i < n; ++i) {
        const PreviewCard& card = scene.cards[i];
        QCOMPARE(card.path, QStringLiteral("action.cards[%1]").arg(i));
        QVERIFY(card.rect.top() >= scene.bubble.bottom());
        QCOMPARE(card.rect.size(), scene.cards[0].rect.size());
        QCOMPARE(card.rect.left(), scene.bubble.left() + i * (card.rect.width() + t.cardGap));
        QVERIFY(card.media && card.rect.contains(card.media->rect));
        if (card.body)
            QVERIFY(card.body->position.y() >= card.media->rect.bottom());
        for (int b = 0; b < buttonsPerCard; ++b) {
            const PreviewButton& button = scene.buttons[i * buttonsPerCard + b];
            QCOMPARE(int(button.role), role);
            QVERIFY(button.path.startsWith(card.path + QStringLiteral(".action")));
            QCOMPARE(button.rect.left(), card.rect.left());
            QCOMPARE(button.rect.width(), card.rect.width());
            QVERIFY(card.body ? button.rect.top() >= bottomOf(*card.body)
                              : button.rect.top() >= card.media->rect.bottom());
        }
        QCOMPARE(scene.buttons[i * buttonsPerCard + buttonsPerCard - 1].rect.bottom(), card.rect.bottom());
    }
    // Tapping a card's button hits that button; the strip holds the cards; the chat makes room for them.
    const PreviewButton& second = scene.buttons[buttonsPerCard];
    if (scene.chatViewport.contains(second.rect.center()))
        QCOMPARE(PreviewLayout::hitTest(scene, second.rect.center()).index, buttonsPerCard);
    QCOMPARE(scene.cardsStrip.top(), scene.cards[0].rect.top());
    QCOMPARE(scene.cardsStrip.height(), scene.cards[0].rect.height());
    QVERIFY(scene.chatContentHeight > scene.cards[0].rect.bottom() - scene.chatViewport.top());
    QVERIFY(scene.bubble.width() < Phone.width()); // the body's bubble holds no button
}

void TestPreviewLayout::carouselScrollIsClamped()
{
    const InteractiveMessage message = load(QStringLiteral("messages/carousel.json"));
    const PreviewTheme& t = PreviewTheme::light();
    PreviewLayout layout;
    PreviewInput input = inputFor(message);
    const PreviewScene start = layout.layout(input, Phone);
    QCOMPARE(start.cardsScroll, 0.0);
    QVERIFY(start.cardsMaxScroll > 0); // three cards do not fit a phone: the next one peeks in
    QVERIFY(start.cards[1].rect.left() < Phone.width());
    QVERIFY(start.cards[1].rect.right() > Phone.width());
    input.cardsScroll = 1e6;
    const PreviewScene end = layout.layout(input, Phone);
    QCOMPARE(end.cardsScroll, end.cardsMaxScroll);
    QCOMPARE(end.cards.last().rect.right(), Phone.width() - t.chatMargin);
    QCOMPARE(end.cards[0].rect.left(), start.cards[0].rect.left() - end.cardsScroll);
    QCOMPARE(end.buttons[0].rect.left(), end.cards[0].rect.left()); // the buttons move with their cards
    input.cardsScroll = -50;
    QCOMPARE(layout.layout(input, Phone).cardsScroll, 0.0);
    // A screen wide enough for every card has nothing to scroll.
    QCOMPARE(layout.layout(input, QSizeF(1200, 640)).cardsMaxScroll, 0.0);
}

void TestPreviewLayout::carouselCardsFollowCardIndex()
{
    InteractiveMessage message = load(QStringLiteral("messages/carousel.json"));
    auto& cards = message.actionAs<CarouselAction>()->cards;
    cards[0].index = 2;
    cards[2].index = 0;
    const PreviewScene scene = layOut(message);
    QCOMPARE(scene.cards[0].path, QStringLiteral("action.cards[2]"));
    QCOMPARE(scene.cards[2].path, QStringLiteral("action.cards[0]"));
    QCOMPARE(scene.buttons[0].path, QStringLiteral("action.cards[2].action"));
}

void TestPreviewLayout::carouselOutlinesMarkTheCardsPart()
{
    InteractiveMessage message = load(QStringLiteral("messages/carousel.json"));
    auto& cards = message.actionAs<CarouselAction>()->cards;
    cards[1].body = QString(Limits::CardBodyTextMax + 1, u'x');
    cards[0].header.mediaLink = QStringLiteral("http://cdn.example.com/a.jpg");
    const PreviewScene scene = layOut(message);
    QCOMPARE(scene.outlines.size(), 2);
    const auto outlined = [&](const QRectF& part) {
        return std::any_of(scene.outlines.begin(), scene.outlines.end(),
                           [&](const PreviewOutline& o) { return o.rect.contains(part.center()); });
    };
    QVERIFY(outlined(scene.cards[0].media->rect));
    QVERIFY(outlined(QRectF(scene.cards[1].body->position, QSizeF(10, 10))));
    QVERIFY(!outlined(scene.cards[2].rect));
    // Too few cards outlines the strip, not every card's parts.
    cards.remove(1, 2);
    const PreviewScene one = layOut(message);
    QCOMPARE(one.outlines.size(), 2); // the strip, and the first card's media still
    QVERIFY(std::any_of(one.outlines.begin(), one.outlines.end(), [&](const PreviewOutline& o) {
        return o.message.contains(QStringLiteral("at least 2"));
    }));
}

void TestPreviewLayout::mediaShowsWhatIsKnownOfItsLink_data()
{
    QTest::addColumn<std::optional<MediaResult>>("known");
    QTest::addColumn<qreal>("ratio");
    QTest::addColumn<int>("look");
    QTest::addColumn<bool>("loading");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<bool>("badge");
    using Look = PreviewMedia::Look;
    const MediaResult missing =
        MediaResult::failed(MediaResult::State::Failed, QStringLiteral("HTTP 404"), 404);
    const MediaResult refused =
        MediaResult::failed(MediaResult::State::NotAllowed, QStringLiteral("not https"));
    QTest::newRow("nothing asked") << std::optional<MediaResult>() << 1.0 << int(Look::Placeholder) << false
                                   << QString() << false;
    QTest::newRow("loading") << std::optional(MediaResult()) << 1.0 << int(Look::Loading) << true << QString()
                             << false;
    QTest::newRow("loaded") << std::optional(picture({800, 418})) << 1.0 << int(Look::Picture) << false
                            << QString() << false;
    QTest::newRow("loaded, sharp") << std::optional(picture({800, 418})) << 2.0 << int(Look::Picture) << false
                                   << QString() << false;
    QTest::newRow("stand-in") << std::optional(picture({640, 480}, true)) << 1.0 << int(Look::Picture)
                              << false << QString() << true;
    QTest::newRow("404") << std::optional(missing) << 1.0 << int(Look::Failed) << false << missing.warning()
                         << false;
    QTest::newRow("not allowed") << std::optional(refused) << 1.0 << int(Look::Failed) << false
                                 << refused.warning() << false;
}

// The image header's box shows what the preview knows of its link: a placeholder, the loading shimmer, the
// picture fitted to the box's device pixels, or the failure with its reason as tooltip.
void TestPreviewLayout::mediaShowsWhatIsKnownOfItsLink()
{
    QFETCH(std::optional<MediaResult>, known);
    QFETCH(qreal, ratio);
    QFETCH(int, look);
    QFETCH(bool, loading);
    QFETCH(QString, problem);
    QFETCH(bool, badge);
    PreviewInput input;
    input.message = imageHeaderMessage();
    if (known)
        input.media.insert(PictureLink, *known);
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, Phone, ratio);
    QVERIFY(scene.media);
    QCOMPARE(int(scene.media->look), look);
    QCOMPARE(scene.mediaLoading, loading);
    QCOMPARE(scene.media->problem, problem);
    QCOMPARE(!scene.media->badge.isEmpty(), badge);
    if (look == int(PreviewMedia::Look::Picture)) {
        QCOMPARE(scene.media->picture.size(), (scene.media->rect.size() * ratio).toSize());
        QCOMPARE(scene.media->picture.devicePixelRatio(), ratio);
    }
}

void TestPreviewLayout::aPictureKeepsItsShapeWithinBounds_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("aspect"); // of the box
    const PreviewTheme theme = PreviewTheme::light();
    QTest::newRow("Meta's 1.91:1") << QSize(800, 418) << 800.0 / 418;
    QTest::newRow("4:3") << QSize(800, 600) << 4.0 / 3;
    QTest::newRow("square") << QSize(500, 500) << 1.0;
    QTest::newRow("panorama: cropped") << QSize(1500, 300) << theme.mediaMaxAspect;
    QTest::newRow("portrait: cropped") << QSize(300, 900) << theme.mediaMinAspect;
}

void TestPreviewLayout::aPictureKeepsItsShapeWithinBounds()
{
    QFETCH(QSize, size);
    QFETCH(qreal, aspect);
    PreviewInput input;
    input.message = imageHeaderMessage();
    input.media.insert(PictureLink, picture(size));
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, Phone);
    QVERIFY(scene.media);
    QVERIFY2(near(scene.media->rect.width() / scene.media->rect.height(), aspect, 0.01),
             describe(scene.media->rect));
}

void TestPreviewLayout::mediaCaptionsNeverShowTheLinkOrTheSku_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QString>("caption"); // name and detail, as painted
    InteractiveMessage byId = imageHeaderMessage(QString());
    byId.header.mediaId = QStringLiteral("1234567890");
    QTest::newRow("image link") << imageHeaderMessage() << QString();
    QTest::newRow("media id") << byId << PreviewLayout::tr("Media id %1").arg(byId.header.mediaId);
    QTest::newRow("product") << StarterMessages::starter(MessageType::Product) << QString();
    QTest::newRow("catalog") << StarterMessages::starter(MessageType::Catalog) << QString();
}

// The phone never shows where a picture comes from, nor a product's retailer id or catalog id.
void TestPreviewLayout::mediaCaptionsNeverShowTheLinkOrTheSku()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QString, caption);
    PreviewInput input;
    input.message = message;
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, Phone);
    QVERIFY(scene.media);
    QCOMPARE(scene.media->name + scene.media->detail, caption);
}

// A document shows its name, its type on its icon and beside the name, and its size once the link was probed;
// a link that does not answer says so in its tooltip.
void TestPreviewLayout::aDocumentShowsItsTypeAndSize()
{
    InteractiveMessage message = StarterMessages::starter(MessageType::Button);
    message.header = Header{};
    message.header.kind = HeaderKind::Document;
    message.header.mediaLink = QStringLiteral("https://cdn.example.com/files/terms.pdf");
    PreviewInput input;
    input.message = message;
    PreviewLayout layout;
    PreviewScene scene = layout.layout(input, Phone);
    QVERIFY(scene.media);
    QCOMPARE(scene.media->name, QStringLiteral("terms.pdf"));
    QCOMPARE(scene.media->detail, QStringLiteral("PDF"));
    QCOMPARE(scene.media->badge, QStringLiteral("PDF"));
    QCOMPARE(layout.theme().documentColour(scene.media->badge), layout.theme().documentPdf);

    MediaResult probed;
    probed.state = MediaResult::State::Loaded;
    probed.byteSize = 245'760;
    input.media.insert(message.header.mediaLink, probed);
    scene = layout.layout(input, Phone);
    QCOMPARE(scene.media->detail,
             QStringLiteral("PDF · ") + QLocale().formattedDataSize(245'760, 1, QLocale::DataSizeSIFormat));
    QVERIFY(scene.media->problem.isEmpty());

    const MediaResult missing =
        MediaResult::failed(MediaResult::State::Failed, QStringLiteral("HTTP 404"), 404);
    input.media.insert(message.header.mediaLink, missing);
    scene = layout.layout(input, Phone);
    QCOMPARE(scene.media->detail, QStringLiteral("PDF"));
    QCOMPARE(scene.media->problem, missing.documentWarning());
}

// In a right-to-left body, "Read more" sits at the right, where the time would go beside it: the time goes
// under it instead.
void TestPreviewLayout::aRightToLeftCollapsedBodyKeepsTheTimeClear()
{
    QStringList lines;
    for (int i = 0; i < 30; ++i)
        lines.append(QStringLiteral("سطر رقم %1").arg(i));
    PreviewInput input;
    input.message = StarterMessages::starter(MessageType::Button);
    input.message.body = lines.join(u'\n');
    input.message.footer.reset();
    input.time = QStringLiteral("09:41");
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, Phone);
    QVERIFY(!scene.readMore.isEmpty());
    QVERIFY(near(scene.readMore.right(), scene.texts.last().position.x() + scene.texts.last().width, 0.5));
    QVERIFY2(!scene.timeRect.intersects(scene.readMore), describe(scene.timeRect).constData());
    QVERIFY(scene.timeRect.top() >= scene.readMore.bottom() - 0.01);
}

void TestPreviewLayout::aLongBodyCollapsesAfterTheLineCount_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<bool>("collapsed");
    const int limit = PreviewTheme::light().bodyCollapsedLines;
    QTest::newRow("at the count") << limit << false;
    QTest::newRow("one past the count") << limit + 1 << true;
    QTest::newRow("far past") << limit * 3 << true;
}

// WhatsApp shows a long body's first lines and "Read more", which shows the rest once tapped.
void TestPreviewLayout::aLongBodyCollapsesAfterTheLineCount()
{
    QFETCH(int, lines);
    QFETCH(bool, collapsed);
    QStringList paragraphs;
    for (int i = 1; i <= lines; ++i)
        paragraphs.append(QStringLiteral("line %1").arg(i));
    PreviewInput input;
    input.message = StarterMessages::starter(MessageType::Button);
    input.message.body = paragraphs.join(u'\n');
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, Phone);
    const PreviewText& body = scene.texts.first();
    QCOMPARE(!scene.readMore.isEmpty(), collapsed);
    QCOMPARE(body.shownHeight >= 0, collapsed);
    if (!collapsed)
        return;
    QCOMPARE(scene.readMoreLabel, PreviewLayout::tr("Read more"));
    // The lines shown are the count, and "Read more" sits under the last of them.
    const int limit = layout.theme().bodyCollapsedLines;
    const PreviewParagraph& last = body.part->paragraphs[size_t(limit - 1)];
    QVERIFY(near(body.shownHeight, last.top + last.height));
    QVERIFY(near(scene.readMore.top(), body.position.y() + body.shownHeight));
    QVERIFY(inside(scene.readMore, scene.bubble));
    QCOMPARE(PreviewLayout::hitTest(scene, scene.readMore.center()).kind, PreviewHit::Kind::ReadMore);

    input.bodyExpanded = true;
    const PreviewScene expanded = layout.layout(input, Phone);
    QVERIFY(expanded.readMore.isEmpty());
    QVERIFY(expanded.texts.first().shownHeight < 0);
    QVERIFY(expanded.bubble.height() > scene.bubble.height());
}

namespace {
// Each line of a laid-out text: where it starts in its paragraph, its length and width.
struct ShownLine
{
    qsizetype paragraph;
    int start;
    int length;
    qreal width;
    friend bool operator==(const ShownLine&, const ShownLine&) = default;
};

QList<ShownLine> linesOf(const PreviewTextPart& part, int count)
{
    QList<ShownLine> lines;
    for (size_t p = 0; p < part.paragraphs.size(); ++p) {
        const QTextLayout& layout = *part.paragraphs[p].layout;
        for (int i = 0; i < layout.lineCount() && lines.size() < count; ++i)
            lines.append({qsizetype(p), layout.lineAt(i).textStart(), layout.lineAt(i).textLength(),
                          layout.lineAt(i).naturalTextWidth()});
    }
    return lines;
}

qsizetype charactersLaidOut(const PreviewTextPart& part)
{
    qsizetype characters = 0;
    for (const PreviewParagraph& paragraph : part.paragraphs)
        characters += paragraph.layout->text().size();
    return characters;
}

QString repeated(const QString& piece, qsizetype size)
{
    QString text;
    while (text.size() < size)
        text += piece;
    return text.left(size);
}
} // namespace

void TestPreviewLayout::aCollapsedBodyShowsTheWholeTextsLines_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("laidOutInPart"); // whether fewer characters than the body's are laid out
    const QString words =
        QStringLiteral("Your order *has shipped* and ~will~ arrive _soon_, track it here. ");
    QTest::newRow("4,096 characters of words, formats across the cut") << repeated(words, 4096) << true;
    QTest::newRow("Arabic") << repeated(QStringLiteral("تم شحن طلبك وسيصل قريبا، تابعه من هنا. "), 4096)
                            << true;
    QTest::newRow("Hindi, marks that take no room")
        << repeated(QStringLiteral("आपका ऑर्डर भेज दिया गया है और जल्द ही पहुँचेगा। "), 4096) << true;
    QTest::newRow("one 4,096-character word") << QString(4096, u'w') << false;
    QTest::newRow("short paragraphs, bullets, a quote")
        << repeated(QStringLiteral("Hello there\n* first point\n> a quote that is a little longer\n1. one\n"),
                    2000)
        << true;
    QTest::newRow("a paragraph, then a long one") << QStringLiteral("Hi!\n") + repeated(words, 3000) << true;
    QTest::newRow("short, not collapsed") << QStringLiteral("Thanks, see you soon.") << false;
}

// Only what a collapsed body shows is laid out, and it is line for line what the whole text would show.
void TestPreviewLayout::aCollapsedBodyShowsTheWholeTextsLines()
{
    QFETCH(QString, body);
    QFETCH(bool, laidOutInPart);
    PreviewInput input;
    input.message = StarterMessages::starter(MessageType::Button);
    input.message.body = body;
    PreviewLayout layout;
    const PreviewScene collapsed = layout.layout(input, Phone);
    input.bodyExpanded = true;
    const PreviewScene whole = layout.layout(input, Phone);
    const PreviewText& shown = collapsed.texts.first();
    const PreviewText& all = whole.texts.first();
    const int limit = layout.theme().bodyCollapsedLines;
    const QList<ShownLine> allLines = linesOf(*all.part, std::numeric_limits<int>::max());
    QCOMPARE(!collapsed.readMore.isEmpty(), allLines.size() > limit);
    QCOMPARE(linesOf(*shown.part, limit), allLines.mid(0, limit));
    QCOMPARE(charactersLaidOut(*shown.part) < body.size(), laidOutInPart);
    QCOMPARE(shown.part->cut, laidOutInPart);
    if (allLines.size() > limit)
        QVERIFY(near(
            shown.shownHeight, *[&] {
                // The whole text's height at its fifteenth line.
                int counted = 0;
                for (const PreviewParagraph& paragraph : all.part->paragraphs) {
                    if (counted + paragraph.layout->lineCount() >= limit) {
                        const QTextLine last = paragraph.layout->lineAt(limit - counted - 1);
                        return std::optional(paragraph.top + last.y() + last.height());
                    }
                    counted += paragraph.layout->lineCount();
                }
                return std::optional<qreal>();
            }()));
}

QTEST_MAIN(TestPreviewLayout)
#include "tst_previewlayout.moc"
