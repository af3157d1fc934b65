#include "message/PayloadInput.h"
#include "message/StarterMessages.h"
#include "message/Validator.h"
#include "preview/PreviewLayout.h"
#include "preview/PreviewWidget.h"

#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <memory>

using namespace wa;

Q_DECLARE_METATYPE(wa::InteractiveMessage)
Q_DECLARE_METATYPE(wa::PhoneSize)

namespace {

const QSize Phone(380, 640);

InteractiveMessage load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    const Payload payload = PayloadInput::parse(file.readAll());
    if (!payload.isParsed())
        qFatal("cannot parse %s", qPrintable(path));
    return payload.message;
}

InteractiveMessage listMessage()
{
    return load(QStringLiteral(WA_TEST_DATA "/messages/list.json"));
}

QPoint centreOf(const QRectF& rect)
{
    return rect.center().toPoint();
}

// A preview as the window shows it: light, a time, its own size, exposed. Its phone is the large one, so that
// a widget of the test phone's width (narrower than that) is the phone's screen: scene and widget points
// are the same.
std::unique_ptr<PreviewWidget> makePreview(const InteractiveMessage& message, QSize size = Phone)
{
    auto preview = std::make_unique<PreviewWidget>();
    preview->setPhoneSize(PhoneSize::Large);
    preview->setThemeChoice(ThemeChoice::Light);
    preview->setTime(QStringLiteral("09:41"));
    preview->setMessage(message, Validator::check(message));
    preview->resize(size);
    preview->show();
    return preview;
}

// What the widget shows as its tooltip at pos ("" when it shows none). QToolTip hides only after a delay, so
// a placeholder is shown first: if it is still there, the widget showed nothing of its own.
QString toolTipAt(PreviewWidget& preview, QPoint pos)
{
    const QString placeholder = QStringLiteral("(no tooltip)");
    QToolTip::showText(preview.mapToGlobal(pos), placeholder, &preview);
    if (QToolTip::text() != placeholder)
        qWarning("QToolTip did not take the placeholder");
    QHelpEvent event(QEvent::ToolTip, pos, preview.mapToGlobal(pos));
    QCoreApplication::sendEvent(&preview, &event);
    const QString text = QToolTip::isVisible() ? QToolTip::text() : QString();
    return text == placeholder ? QString() : text;
}

} // namespace

class TestPreviewWidget : public QObject
{
    Q_OBJECT
private slots:
    void thePhoneKeepsItsWidth_data();
    void thePhoneKeepsItsWidth();
    void readMoreShowsTheWholeBody();
    void aKeystrokeRepaintsTheChatAlone();
    void aFailedPictureSaysWhyInItsTooltip();
    void listButtonOpensTheSheet();
    void clickingARowSelectsIt_data();
    void clickingARowSelectsIt();
    void sheetCloses_data();
    void sheetCloses();
    void sheetStaysOpen_data();
    void sheetStaysOpen();
    void otherButtonsOpenNoSheet_data();
    void otherButtonsOpenNoSheet();
    void hoveringAButtonShowsItsId_data();
    void hoveringAButtonShowsItsId();
    void hoveringShowsRowsAndErrors();
    void toolTipIgnoresWhatIsOutOfSight();
    void wheelScrollsTheChatOrTheSheet();
    void wheelSwipesThroughTheCards();
    void nonListMessageClosesTheSheet();
    void editingTheListKeepsTheSheet();
    void themeChoice_data();
    void themeChoice();
    void systemThemeFollowsThePalette();
    void renderImageScales_data();
    void renderImageScales();
    void renderImageOfAHiddenWidget();
    void everyMessageRenders_data();
    void everyMessageRenders();
};

void TestPreviewWidget::listButtonOpensTheSheet()
{
    auto preview = makePreview(listMessage());
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    QSignalSpy spy(preview.get(), &PreviewWidget::sheetOpenChanged);
    QVERIFY(!preview->isSheetOpen());
    QVERIFY(!preview->scene().sheet);
    QCOMPARE(preview->scene().buttons.size(), 1);
    QCOMPARE(preview->scene().buttons.first().role, PreviewButton::Role::OpenList);

    QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(preview->scene().buttons.first().rect));
    QVERIFY(preview->isSheetOpen());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toBool(), true);
    QVERIFY(preview->scene().sheet);
    QCOMPARE(preview->scene().sheet->rows.size(), 4);
    QVERIFY(!preview->scene().sheet->sendEnabled);
    QCOMPARE(preview->scene().sheet->title, QStringLiteral("Browse styles"));
}

void TestPreviewWidget::clickingARowSelectsIt_data()
{
    QTest::addColumn<int>("row");
    for (int row = 0; row < 4; ++row)
        QTest::addRow("row %d", row) << row;
}

void TestPreviewWidget::clickingARowSelectsIt()
{
    QFETCH(int, row);
    auto preview = makePreview(listMessage());
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    preview->setSheetOpen(true);
    QVERIFY(preview->scene().sheet);
    QSignalSpy spy(preview.get(), &PreviewWidget::sheetOpenChanged);

    QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(preview->scene().sheet->rows[row].rect));
    QVERIFY(preview->isSheetOpen());
    QCOMPARE(spy.count(), 0);
    const PreviewSheet& sheet = *preview->scene().sheet;
    for (qsizetype i = 0; i < sheet.rows.size(); ++i)
        QCOMPARE(sheet.rows[i].selected, i == row);
    QVERIFY(sheet.sendEnabled);

    // Another row moves the choice: one at a time, like radio buttons.
    const int other = (row + 1) % 4;
    QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(preview->scene().sheet->rows[other].rect));
    for (qsizetype i = 0; i < preview->scene().sheet->rows.size(); ++i)
        QCOMPARE(preview->scene().sheet->rows[i].selected, i == other);
}

void TestPreviewWidget::sheetCloses_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("chooseFirst");
    QTest::newRow("escape") << QStringLiteral("escape") << false;
    QTest::newRow("escape after choosing") << QStringLiteral("escape") << true;
    QTest::newRow("scrim above the sheet") << QStringLiteral("scrim") << false;
    QTest::newRow("top bar, under the scrim") << QStringLiteral("top bar") << false;
    QTest::newRow("close button") << QStringLiteral("close") << true;
    QTest::newRow("send after choosing") << QStringLiteral("send") << true;
}

void TestPreviewWidget::sheetCloses()
{
    QFETCH(QString, how);
    QFETCH(bool, chooseFirst);
    auto preview = makePreview(listMessage());
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(preview->scene().buttons.first().rect));
    QVERIFY(preview->isSheetOpen());
    if (chooseFirst) {
        QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(preview->scene().sheet->rows[1].rect));
        QVERIFY(preview->scene().sheet->rows[1].selected);
    }
    QSignalSpy spy(preview.get(), &PreviewWidget::sheetOpenChanged);

    const PreviewSheet& sheet = *preview->scene().sheet;
    if (how == QStringLiteral("escape"))
        QTest::keyClick(preview.get(), Qt::Key_Escape);
    else if (how == QStringLiteral("scrim"))
        QTest::mouseClick(preview.get(), Qt::LeftButton, {},
                          QPoint(Phone.width() / 2, int(sheet.rect.top()) - 20));
    else if (how == QStringLiteral("top bar"))
        QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(preview->scene().topBar));
    else if (how == QStringLiteral("close"))
        QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(sheet.closeButton));
    else
        QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(sheet.sendButton));

    QVERIFY(!preview->isSheetOpen());
    QVERIFY(!preview->scene().sheet);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toBool(), false);

    // Opened again, the sheet starts afresh: nothing chosen, Send disabled.
    QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(preview->scene().buttons.first().rect));
    QVERIFY(preview->isSheetOpen());
    for (const PreviewSheetRow& row : preview->scene().sheet->rows)
        QVERIFY(!row.selected);
    QVERIFY(!preview->scene().sheet->sendEnabled);
}

void TestPreviewWidget::sheetStaysOpen_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("send with nothing chosen") << QStringLiteral("send");
    QTest::newRow("the sheet's title") << QStringLiteral("title");
    QTest::newRow("right mouse button outside") << QStringLiteral("right");
    QTest::newRow("another key") << QStringLiteral("key");
}

void TestPreviewWidget::sheetStaysOpen()
{
    QFETCH(QString, where);
    auto preview = makePreview(listMessage());
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    preview->setSheetOpen(true);
    QSignalSpy spy(preview.get(), &PreviewWidget::sheetOpenChanged);
    const PreviewSheet& sheet = *preview->scene().sheet;
    if (where == QStringLiteral("send"))
        QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(sheet.sendButton));
    else if (where == QStringLiteral("title"))
        QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(sheet.titleRect));
    else if (where == QStringLiteral("right"))
        QTest::mouseClick(preview.get(), Qt::RightButton, {}, QPoint(Phone.width() / 2, 10));
    else
        QTest::keyClick(preview.get(), Qt::Key_A);
    QVERIFY(preview->isSheetOpen());
    QVERIFY(preview->scene().sheet);
    QCOMPARE(spy.count(), 0);
}

void TestPreviewWidget::otherButtonsOpenNoSheet_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    for (const MessageType type : allMessageTypes()) {
        if (type != MessageType::List)
            QTest::addRow("%s", qPrintable(messageTypeName(type))) << StarterMessages::starter(type);
    }
}

void TestPreviewWidget::otherButtonsOpenNoSheet()
{
    QFETCH(InteractiveMessage, message);
    auto preview = makePreview(message);
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    QSignalSpy spy(preview.get(), &PreviewWidget::sheetOpenChanged);
    QVERIFY(!preview->scene().buttons.isEmpty());
    for (qsizetype i = 0; i < preview->scene().buttons.size(); ++i) {
        QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(preview->scene().buttons[i].rect));
        QVERIFY(!preview->isSheetOpen());
        QVERIFY(!preview->scene().sheet);
    }
    // Asked directly, a message without a list has no sheet to open either.
    preview->setSheetOpen(true);
    QVERIFY(!preview->isSheetOpen());
    QVERIFY(!preview->scene().sheet);
    QCOMPARE(spy.count(), 0);
}

void TestPreviewWidget::hoveringAButtonShowsItsId_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::newRow("first") << 0 << QStringLiteral("reserve-trx2-grn-39");
    QTest::newRow("second") << 1 << QStringLiteral("other-size-trx2");
    QTest::newRow("third") << 2 << QStringLiteral("no-thanks");
}

void TestPreviewWidget::hoveringAButtonShowsItsId()
{
    QFETCH(int, index);
    QFETCH(QString, id);
    const InteractiveMessage message = load(QStringLiteral(WA_TEST_DATA "/messages/button.json"));
    QCOMPARE(message.actionAs<ReplyButtonsAction>()->buttons.value(index).id, id);
    auto preview = makePreview(message);
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));

    const QString tip = toolTipAt(*preview, centreOf(preview->scene().buttons[index].rect));
    QVERIFY2(tip.contains(id), qPrintable(tip));
    // Only this button's id.
    for (const ReplyButton& other : message.actionAs<ReplyButtonsAction>()->buttons) {
        if (other.id != id)
            QVERIFY2(!tip.contains(other.id), qPrintable(tip));
    }
    QToolTip::hideText();
}

void TestPreviewWidget::hoveringShowsRowsAndErrors()
{
    // A reply title WhatsApp refuses: its button's tooltip says why, under the button's id.
    InteractiveMessage message = StarterMessages::starter(MessageType::Button);
    message.actionAs<ReplyButtonsAction>()->buttons[1].title = QString(21, u'x');
    const QList<ValidationIssue> issues = Validator::check(message);
    QString error;
    for (const ValidationIssue& issue : issues) {
        if (issue.path == u"action.buttons[1].reply.title")
            error = issue.message;
    }
    QVERIFY(!error.isEmpty());
    auto preview = makePreview(message);
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    QString tip = toolTipAt(*preview, centreOf(preview->scene().buttons[1].rect));
    QVERIFY2(tip.contains(QStringLiteral("talk-to-agent")), qPrintable(tip));
    QVERIFY2(tip.contains(error), qPrintable(tip));
    tip = toolTipAt(*preview, centreOf(preview->scene().buttons[0].rect));
    QVERIFY2(tip.contains(QStringLiteral("order-status")) && !tip.contains(error), qPrintable(tip));

    // The list's rows show their ids.
    preview->setMessage(listMessage(), Validator::check(listMessage()));
    preview->setSheetOpen(true);
    tip = toolTipAt(*preview, centreOf(preview->scene().sheet->rows[2].rect));
    QVERIFY2(tip.contains(QStringLiteral("day-canvas-low")), qPrintable(tip));

    // Nothing to say over the wallpaper: the tip goes away.
    preview->setSheetOpen(false);
    const QPoint empty(3, int(preview->scene().chatViewport.center().y()));
    QCOMPARE(PreviewLayout::hitTest(preview->scene(), empty).kind, PreviewHit::Kind::Nothing);
    QCOMPARE(toolTipAt(*preview, empty), QString());
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestPreviewWidget::toolTipIgnoresWhatIsOutOfSight()
{
    // A body WhatsApp refuses, longer than the screen: its outline runs on under the composer.
    InteractiveMessage message = StarterMessages::starter(MessageType::Button);
    message.body = QStringLiteral("All the details of your order, one more time. ").repeated(24);
    const QList<ValidationIssue> issues = Validator::check(message);
    QVERIFY(Validator::hasErrors(issues));
    // Short enough that even the collapsed body runs under the composer.
    auto preview = makePreview(message, QSize(380, 360));
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    const PreviewScene& scene = preview->scene();
    QCOMPARE(scene.outlines.size(), 1);
    const QString error = scene.outlines.first().message;

    // Over the body, in sight: the error.
    const QPoint inSight(int(scene.texts.first().position.x()) + 20, int(scene.chatViewport.bottom()) - 20);
    QVERIFY(scene.outlines.first().rect.contains(inSight));
    QVERIFY2(toolTipAt(*preview, inSight).contains(error), qPrintable(QToolTip::text()));

    // Over the composer, which is painted over the rest of the body: nothing of the body.
    const QPoint composer(inSight.x(), int(scene.composer.center().y()));
    QVERIFY(scene.outlines.first().rect.contains(composer));
    QCOMPARE(toolTipAt(*preview, composer), QString());
    QToolTip::hideText();
}

// Over a carousel, a sideways wheel (a touchpad's swipe) or Shift with the wheel moves the cards; elsewhere
// the wheel scrolls the chat.
void TestPreviewWidget::wheelSwipesThroughTheCards()
{
    auto preview = makePreview(load(QStringLiteral(WA_TEST_DATA "/messages/carousel.json")));
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    const auto wheel = [&](QPointF pos, QPoint delta, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWheelEvent event(pos, preview->mapToGlobal(pos), QPoint(), delta, Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(preview.get(), &event);
    };
    const QPointF onCards = preview->scene().cardsStrip.center();
    const qreal firstLeft = preview->scene().cards[0].rect.left();
    wheel(onCards, QPoint(-120, 0)); // a swipe to the left shows the next cards
    QVERIFY(preview->scene().cardsScroll > 0);
    QCOMPARE(preview->scene().cards[0].rect.left(), firstLeft - preview->scene().cardsScroll);
    wheel(onCards, QPoint(0, -120 * 100), Qt::ShiftModifier);
    QCOMPARE(preview->scene().cardsScroll, preview->scene().cardsMaxScroll);
    const qreal chat = preview->scene().chatScroll;
    wheel(QPointF(190, 100), QPoint(-120, 0)); // over the bubble, not the cards
    QCOMPARE(preview->scene().cardsScroll, preview->scene().cardsMaxScroll);
    QCOMPARE(preview->scene().chatScroll, chat);
    // Another message starts from its first card.
    const InteractiveMessage other = load(QStringLiteral(WA_TEST_DATA "/messages/voice_call.json"));
    preview->setMessage(other, Validator::check(other));
    preview->setMessage(load(QStringLiteral(WA_TEST_DATA "/messages/carousel.json")), {});
    QCOMPARE(preview->scene().cardsScroll, 0.0);
}

void TestPreviewWidget::wheelScrollsTheChatOrTheSheet()
{
    InteractiveMessage message = load(QStringLiteral(WA_TEST_DATA "/largest_list.json"));
    auto preview = makePreview(message, QSize(380, 480));
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    auto wheel = [&](int notches) {
        const QPointF pos(190, 240);
        QWheelEvent event(pos, preview->mapToGlobal(pos), QPoint(), QPoint(0, -120 * notches), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(preview.get(), &event);
    };
    const qreal chatMax = preview->scene().chatContentHeight - preview->scene().chatViewport.height();
    QVERIFY(chatMax > 100);
    wheel(1); // a notch down moves the content up
    QVERIFY(preview->scene().chatScroll > 0);
    const qreal notch = preview->scene().chatScroll;
    wheel(1);
    QCOMPARE(preview->scene().chatScroll, 2 * notch);
    wheel(-10);
    QCOMPARE(preview->scene().chatScroll, 0.0);
    wheel(1000);
    QCOMPARE(preview->scene().chatScroll, chatMax);
    wheel(-1); // clamped, not remembered past the end
    QCOMPARE(preview->scene().chatScroll, chatMax - notch);

    // With the sheet open the wheel scrolls its rows, not the chat.
    preview->setSheetOpen(true);
    const qreal chat = preview->scene().chatScroll;
    QCOMPARE(preview->scene().sheet->scroll, 0.0);
    wheel(1);
    QCOMPARE(preview->scene().sheet->scroll, notch);
    wheel(1000);
    QCOMPARE(preview->scene().sheet->scroll,
             preview->scene().sheet->rowsHeight - preview->scene().sheet->rowsViewport.height());
    QCOMPARE(preview->scene().chatScroll, chat);
    // Closed and opened again, the sheet starts at its top.
    preview->setSheetOpen(false);
    preview->setSheetOpen(true);
    QCOMPARE(preview->scene().sheet->scroll, 0.0);
}

void TestPreviewWidget::nonListMessageClosesTheSheet()
{
    auto preview = makePreview(listMessage());
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(preview->scene().buttons.first().rect));
    QVERIFY(preview->isSheetOpen());
    QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(preview->scene().sheet->rows[1].rect));
    QVERIFY(preview->scene().sheet->rows[1].selected);
    QSignalSpy spy(preview.get(), &PreviewWidget::sheetOpenChanged);

    const InteractiveMessage buttons = StarterMessages::starter(MessageType::Button);
    preview->setMessage(buttons, Validator::check(buttons));
    QVERIFY(!preview->isSheetOpen());
    QVERIFY(!preview->scene().sheet);
    // Whoever follows the sheet (the window) must hear that it closed, as for every other way of closing it.
    QCOMPARE(spy.count(), 1);

    // Back to the list and opened again: the sheet starts afresh, as after any other way of closing it.
    preview->setMessage(listMessage(), Validator::check(listMessage()));
    QVERIFY(!preview->isSheetOpen());
    QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(preview->scene().buttons.first().rect));
    QVERIFY(preview->isSheetOpen());
    QVERIFY(!preview->scene().sheet->rows[1].selected);
    QVERIFY(!preview->scene().sheet->sendEnabled);
}

void TestPreviewWidget::editingTheListKeepsTheSheet()
{
    InteractiveMessage message = listMessage();
    auto preview = makePreview(message);
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    preview->setSheetOpen(true);
    QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(preview->scene().sheet->rows[3].rect));
    QSignalSpy spy(preview.get(), &PreviewWidget::sheetOpenChanged);

    // Typing in the body while the sheet is open: the sheet and the choice stay.
    message.body = *message.body + QStringLiteral(" More soon.");
    preview->setMessage(message, Validator::check(message));
    QVERIFY(preview->isSheetOpen());
    QVERIFY(preview->scene().sheet->rows[3].selected);

    // The chosen row removed: nothing is chosen any more.
    message.actionAs<ListAction>()->sections[1].rows.removeLast();
    preview->setMessage(message, Validator::check(message));
    QVERIFY(preview->isSheetOpen());
    QCOMPARE(preview->scene().sheet->rows.size(), 3);
    for (const PreviewSheetRow& row : preview->scene().sheet->rows)
        QVERIFY(!row.selected);
    QVERIFY(!preview->scene().sheet->sendEnabled);
    // Nor when a fourth row comes back: the choice went with the row.
    message.actionAs<ListAction>()->sections[1].rows.append(
        {QStringLiteral("day-boot"), QStringLiteral("Boot"), {}});
    preview->setMessage(message, Validator::check(message));
    QCOMPARE(preview->scene().sheet->rows.size(), 4);
    for (const PreviewSheetRow& row : preview->scene().sheet->rows)
        QVERIFY(!row.selected);
    QCOMPARE(spy.count(), 0);
}

void TestPreviewWidget::themeChoice_data()
{
    QTest::addColumn<ThemeChoice>("choice");
    QTest::addColumn<PreviewTheme::Kind>("kind");
    QTest::newRow("dark") << ThemeChoice::Dark << PreviewTheme::Kind::Dark;
    QTest::newRow("light") << ThemeChoice::Light << PreviewTheme::Kind::Light;
}

void TestPreviewWidget::themeChoice()
{
    QFETCH(ThemeChoice, choice);
    QFETCH(PreviewTheme::Kind, kind);
    const PreviewTheme theme = PreviewTheme::forKind(kind);
    const PreviewTheme other = PreviewTheme::forKind(
        kind == PreviewTheme::Kind::Dark ? PreviewTheme::Kind::Light : PreviewTheme::Kind::Dark);

    auto preview = makePreview(listMessage());
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    preview->setThemeChoice(choice == ThemeChoice::Dark ? ThemeChoice::Light : ThemeChoice::Dark);
    QCOMPARE(preview->themeKind(), other.kind);
    preview->setThemeChoice(choice);
    QCOMPARE(preview->themeChoice(), choice);
    QCOMPARE(preview->themeKind(), kind);

    const QImage image = preview->renderImage(1);
    QCOMPARE(image.size(), Phone);
    // The top bar at the top-left; the plain wallpaper at the left edge of the chat (doodles keep clear of
    // it).
    QCOMPARE(image.pixelColor(2, 2), theme.topBar);
    const PreviewScene& scene = preview->scene();
    QVERIFY(scene.chatViewport.contains(QPointF(2, Phone.height() / 2)));
    QCOMPARE(image.pixelColor(2, Phone.height() / 2), theme.wallpaper);
    QVERIFY(image.pixelColor(2, Phone.height() / 2) != other.wallpaper);
    // The bubble in the theme's colour (inside it, clear of text: just right of the tail, under the top
    // corner).
    const QPoint inBubble(int(scene.bubble.left()) + 3, int(scene.bubble.top()) + 3);
    QCOMPARE(image.pixelColor(inBubble), theme.bubble);
    // Texts are laid out for this theme too.
    QCOMPARE(scene.texts.first().colour, theme.text);
}

void TestPreviewWidget::systemThemeFollowsThePalette()
{
    auto preview = makePreview(listMessage());
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    preview->setThemeChoice(ThemeChoice::System);
    QPalette dark = preview->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    preview->setPalette(dark);
    QCOMPARE(preview->themeKind(), PreviewTheme::Kind::Dark);
    QPalette light = preview->palette();
    light.setColor(QPalette::Window, QColor(0xF0, 0xF0, 0xF0));
    preview->setPalette(light);
    QCOMPARE(preview->themeKind(), PreviewTheme::Kind::Light);
    // An explicit choice wins over the palette.
    preview->setThemeChoice(ThemeChoice::Dark);
    preview->setPalette(light);
    QCOMPARE(preview->themeKind(), PreviewTheme::Kind::Dark);
}

void TestPreviewWidget::renderImageScales_data()
{
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("1") << qreal(1);
    QTest::newRow("2") << qreal(2);
}

void TestPreviewWidget::renderImageScales()
{
    QFETCH(qreal, ratio);
    auto preview = makePreview(listMessage());
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    const QImage image = preview->renderImage(ratio);
    QCOMPARE(image.size(), (QSizeF(Phone) * ratio).toSize());
    QCOMPARE(image.devicePixelRatio(), ratio);
    QCOMPARE(image.deviceIndependentSize(), QSizeF(Phone));
    // The same picture, finer: the top bar still covers the top, the wallpaper the chat's left edge.
    QCOMPARE(image.pixelColor(QPoint(2, 2) * ratio), PreviewTheme::light().topBar);
    QCOMPARE(image.pixelColor(QPoint(2, Phone.height() / 2) * ratio), PreviewTheme::light().wallpaper);
    const QPoint lastTopBarRow(Phone.width() / 2, int(preview->scene().topBar.bottom() * ratio) - 1);
    QCOMPARE(image.pixelColor(lastTopBarRow), PreviewTheme::light().topBar);
}

void TestPreviewWidget::renderImageOfAHiddenWidget()
{
    // Laid out once, then resized while hidden (Qt delivers the resize event only when it is shown): the
    // scene and the image must both be for the new size ("laid out for the current message and size").
    PreviewWidget preview;
    preview.setThemeChoice(ThemeChoice::Light);
    preview.setMessage(listMessage(), Validator::check(listMessage()));
    QCOMPARE(preview.scene().size, preview.screenRect().size());
    const QSize size(320, 700); // the small phone's width: the screen fills the widget
    QVERIFY(preview.size() != size);
    preview.resize(size);
    QCOMPARE(preview.scene().size, QSizeF(size));

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta); // whatever renderImage leaves unpainted shows
    image = preview.renderImage(1);
    QCOMPARE(image.size(), size);
    // The composer along the bottom edge: the wallpaper left of its field, its round green send button.
    const PreviewTheme theme = PreviewTheme::light();
    const qreal diameter = theme.composerHeight - 10;
    const QPoint inSendButton(size.width() - 6 - int(diameter) + 5,
                              size.height() - int(theme.composerHeight) + 5 + int(diameter / 2));
    QCOMPARE(image.pixelColor(2, size.height() - 10), theme.wallpaper);
    QCOMPARE(image.pixelColor(inSendButton), theme.sendButton);

    // Shown, the widget gets its resize event and the picture is right.
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QCOMPARE(preview.scene().size, QSizeF(size));
    image = preview.renderImage(1);
    QCOMPARE(image.pixelColor(2, size.height() - 10), theme.wallpaper);
    QCOMPARE(image.pixelColor(inSendButton), theme.sendButton);
}

void TestPreviewWidget::everyMessageRenders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("width");
    QTest::addColumn<ThemeChoice>("theme");

    const QDir dir(QStringLiteral(WA_TEST_DATA "/messages"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 11);
    for (const QString& file : files) {
        for (const int width : {320, 480, 900}) {
            QTest::addRow("%s %d light", qPrintable(file), width)
                << dir.filePath(file) << width << ThemeChoice::Light;
            QTest::addRow("%s %d dark", qPrintable(file), width)
                << dir.filePath(file) << width << ThemeChoice::Dark;
        }
    }
}

void TestPreviewWidget::everyMessageRenders()
{
    QFETCH(QString, file);
    QFETCH(int, width);
    QFETCH(ThemeChoice, theme);
    const InteractiveMessage message = load(file);
    const QList<ValidationIssue> issues = Validator::check(message);
    QVERIFY(!Validator::hasErrors(issues));

    PreviewWidget preview;
    preview.setThemeChoice(theme);
    preview.setTime(QStringLiteral("09:41"));
    preview.setMessage(message, issues);
    preview.resize(width, 700);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    // The phone is as wide as the one chosen, or as the widget when that is narrower.
    const QSize size(std::min<int>(width, PreviewTheme::light().typicalPhoneWidth), 700);
    const PreviewScene& scene = preview.scene();
    QCOMPARE(scene.size, QSizeF(size));
    QVERIFY(scene.bubble.left() >= 0 && scene.bubble.right() <= size.width());
    QVERIFY(!scene.buttons.isEmpty());
    QVERIFY(scene.outlines.isEmpty());

    const PreviewTheme colours = PreviewTheme::forKind(
        theme == ThemeChoice::Dark ? PreviewTheme::Kind::Dark : PreviewTheme::Kind::Light);
    QImage image = preview.renderImage(1);
    QCOMPARE(image.size(), size);
    QCOMPARE(image.pixelColor(2, 2), colours.topBar);
    if (!scene.media) // a picture or product card covers the bubble's top corner
        QCOMPARE(image.pixelColor(int(scene.bubble.left()) + 3, int(scene.bubble.top()) + 3), colours.bubble);

    if (message.type() == MessageType::List) {
        preview.setSheetOpen(true);
        QVERIFY(preview.scene().sheet);
        image = preview.renderImage(1);
        QCOMPARE(image.size(), size);
        // The sheet's own colour, under its title bar and left of the close button.
        const QRectF sheet = preview.scene().sheet->rect;
        QCOMPARE(image.pixelColor(2, int(sheet.top()) + 20), colours.sheet);
    }
}

void TestPreviewWidget::thePhoneKeepsItsWidth_data()
{
    QTest::addColumn<PhoneSize>("phone");
    QTest::addColumn<int>("widgetWidth");
    QTest::addColumn<int>("screenWidth");
    const PreviewTheme theme = PreviewTheme::light();
    for (const int widget : {900, 400}) {
        for (const PhoneSize phone : {PhoneSize::Small, PhoneSize::Typical, PhoneSize::Large})
            QTest::addRow("%s phone, %d wide", qPrintable(phoneSizeName(phone)), widget)
                << phone << widget << std::min(widget, int(theme.phoneWidth(phone)));
    }
}

// However wide the window, the preview is a phone: its screen keeps the chosen width, centred, and taps land
// where the phone shows things.
void TestPreviewWidget::thePhoneKeepsItsWidth()
{
    QFETCH(PhoneSize, phone);
    QFETCH(int, widgetWidth);
    QFETCH(int, screenWidth);
    auto preview = makePreview(listMessage(), QSize(widgetWidth, 640));
    preview->setPhoneSize(phone);
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    const QRectF screen = preview->screenRect();
    QCOMPARE(screen.width(), qreal(screenWidth));
    QVERIFY(std::abs(screen.center().x() - widgetWidth / 2.0) <= 1);
    QCOMPARE(preview->scene().size, screen.size());
    QCOMPARE(preview->renderImage(1).size(), screen.size().toSize());

    const QImage shown = preview->grab().toImage();
    const PreviewTheme theme = PreviewTheme::light();
    if (screen.left() >= 2)
        QCOMPARE(shown.pixelColor(1, 320), theme.surround);
    QCOMPARE(shown.pixelColor(int(screen.left()) + 2, 2), theme.topBar);

    // The list button, tapped where the phone shows it, opens the sheet.
    const QRectF button = preview->scene().buttons.first().rect;
    QTest::mouseClick(preview.get(), Qt::LeftButton, {}, preview->mapFromScene(button.center()).toPoint());
    QVERIFY(preview->isSheetOpen());
}

// Tapping "Read more" shows the long body whole; another message opened shows collapsed again.
void TestPreviewWidget::readMoreShowsTheWholeBody()
{
    InteractiveMessage message = StarterMessages::starter(MessageType::Button);
    QStringList lines;
    for (int i = 0; i < 40; ++i)
        lines.append(QStringLiteral("line %1").arg(i));
    message.body = lines.join(u'\n');
    auto preview = makePreview(message, QSize(380, 2000));
    const QRectF readMore = preview->scene().readMore;
    QVERIFY(!readMore.isEmpty());
    const qreal collapsedHeight = preview->scene().bubble.height();
    QTest::mouseClick(preview.get(), Qt::LeftButton, {}, centreOf(readMore));
    QVERIFY(preview->scene().readMore.isEmpty());
    QVERIFY(preview->scene().bubble.height() > collapsedHeight);
    preview->showFromTheTop();
    QVERIFY(!preview->scene().readMore.isEmpty());
}

// Hovering a picture that did not load says what the customer's phone will make of its link.
void TestPreviewWidget::aFailedPictureSaysWhyInItsTooltip()
{
    InteractiveMessage message = StarterMessages::starter(MessageType::Button);
    message.header = Header{};
    message.header.kind = HeaderKind::Image;
    message.header.mediaLink = QStringLiteral("https://cdn.example.com/missing.jpg");
    auto preview = makePreview(message);
    const MediaResult missing =
        MediaResult::failed(MediaResult::State::Failed, QStringLiteral("HTTP 404"), 404);
    preview->setMedia({{message.header.mediaLink, missing}});
    QVERIFY(preview->scene().media);
    QCOMPARE(preview->scene().media->look, PreviewMedia::Look::Failed);
    QCOMPARE(toolTipAt(*preview, centreOf(preview->scene().media->rect)), missing.warning());
}

namespace {
// The areas a widget was asked to paint.
class PaintRecorder : public QObject
{
public:
    QRegion painted;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent*>(event)->region();
        return false;
    }
};
} // namespace

// Typing changes the chat: the bars above and below it keep their pixels, unless a sheet covers the chat.
void TestPreviewWidget::aKeystrokeRepaintsTheChatAlone()
{
    InteractiveMessage message = listMessage();
    auto preview = makePreview(message);
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    const PreviewScene scene = preview->scene();
    PaintRecorder recorder;
    preview->installEventFilter(&recorder);
    QCoreApplication::processEvents();
    recorder.painted = {};

    message.body = *message.body + QStringLiteral("!");
    preview->setMessage(message, Validator::check(message));
    QTRY_VERIFY(!recorder.painted.isEmpty());
    QVERIFY(preview->mapFromScene(scene.chatViewport).contains(recorder.painted.boundingRect()));
    QVERIFY(!recorder.painted.intersects(preview->mapFromScene(scene.topBar).adjusted(0, 0, 0, -1)));

    // With the list sheet open, the sheet is painted again over the new chat: the whole screen.
    preview->setSheetOpen(true);
    QCoreApplication::processEvents();
    recorder.painted = {};
    message.body = *message.body + QStringLiteral("?");
    preview->setMessage(message, Validator::check(message));
    QTRY_VERIFY(!recorder.painted.isEmpty());
    QCOMPARE(recorder.painted.boundingRect(), preview->rect());
}

QTEST_MAIN(TestPreviewWidget)
#include "tst_previewwidget.moc"
