#include "message/TextMetrics.h"

#include <QTest>

namespace TextMetrics = wa::TextMetrics;

class TestTextMetrics : public QObject
{
    Q_OBJECT
private slots:
    void countsCodePoints_data();
    void countsCodePoints();
    void findsEmoji_data();
    void findsEmoji();
    void findsMarkdown_data();
    void findsMarkdown();
    void measuresBrokenText_data();
    void measuresBrokenText();
    void whitespace();
};

void TestTextMetrics::countsCodePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("codePoints");
    QTest::newRow("empty") << QString() << qsizetype(0);
    QTest::newRow("ascii") << QStringLiteral("Hello") << qsizetype(5);
    QTest::newRow("accented") << QStringLiteral("café") << qsizetype(4);
    QTest::newRow("one emoji is one") << QStringLiteral("😀") << qsizetype(1);
    QTest::newRow("emoji and text") << QStringLiteral("Hi 😀!") << qsizetype(5);
    QTest::newRow("skin tone is two code points") << QStringLiteral("👍🏽") << qsizetype(2);
    QTest::newRow("flag is two regional indicators") << QStringLiteral("🇮🇪") << qsizetype(2);
    QTest::newRow("arabic") << QStringLiteral("مرحبا") << qsizetype(5);
    QTest::newRow("cjk") << QStringLiteral("你好") << qsizetype(2);
    QTest::newRow("supplementary cjk") << QStringLiteral("𠀀𠀁") << qsizetype(2);
    // A lone surrogate is a broken character, counted once rather than dropped.
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) << qsizetype(1);
    QTest::newRow("reversed surrogates") << (QString(QChar(0xDE00)) + QChar(0xD83D)) << qsizetype(2);
}

void TestTextMetrics::countsCodePoints()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, codePoints);
    QCOMPARE(TextMetrics::codePointCount(text), codePoints);
    QCOMPARE(TextMetrics::codePointCount(text), text.toUcs4().size());
}

void TestTextMetrics::findsEmoji_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasEmoji");
    QTest::addColumn<bool>("textStylePictograph");
    QTest::newRow("plain") << QStringLiteral("Book now") << false << false;
    QTest::newRow("punctuation") << QStringLiteral("Go -> now! (50% off)") << false << false;
    QTest::newRow("arabic") << QStringLiteral("احجز الآن") << false << false;
    QTest::newRow("digits are not keycaps") << QStringLiteral("Call 123 #4") << false << false;
    // Emoji as phones show them: Emoji_Presentation, or made so by U+FE0F or a keycap.
    QTest::newRow("grinning face") << QStringLiteral("Book 😀") << true << false;
    QTest::newRow("rocket") << QStringLiteral("🚀 Launch") << true << false;
    QTest::newRow("star") << QStringLiteral("\u2B50 rated") << true << false;
    QTest::newRow("flag") << QStringLiteral("🇮🇪") << true << false;
    QTest::newRow("shaking face") << QStringLiteral("\U0001FAE8") << true << false;
    QTest::newRow("heart with FE0F") << QStringLiteral("I \u2764\uFE0F it") << true << false;
    QTest::newRow("keycap one") << QStringLiteral("1\uFE0F\u20E3 first") << true << false;
    // Pictographs in text style: ™ © ▶ ☀ ✔ are drawn as text unless U+FE0F follows.
    QTest::newRow("trade mark") << QStringLiteral("Brand\u2122") << false << true;
    QTest::newRow("play button") << QStringLiteral("Play \u25B6") << false << true;
    QTest::newRow("sun") << QStringLiteral("\u2600 sunny") << false << true;
    QTest::newRow("heavy check mark") << QStringLiteral("Done \u2714") << false << true;
    // By Unicode's properties, not by block: these arrows and ticks are plain text.
    QTest::newRow("heavy arrow") << QStringLiteral("Next \u279C") << false << false;
    QTest::newRow("check mark") << QStringLiteral("Done \u2713") << false << false;
    QTest::newRow("arrow") << QStringLiteral("Go \u2192") << false << false;
}

void TestTextMetrics::findsEmoji()
{
    QFETCH(QString, text);
    QFETCH(bool, hasEmoji);
    QFETCH(bool, textStylePictograph);
    QCOMPARE(TextMetrics::containsEmoji(text), hasEmoji);
    QCOMPARE(TextMetrics::containsTextStylePictograph(text), textStylePictograph);
}

void TestTextMetrics::findsMarkdown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasMarkdown");
    QTest::newRow("plain") << QStringLiteral("Order status") << false;
    QTest::newRow("bold") << QStringLiteral("*Order* status") << true;
    QTest::newRow("italic") << QStringLiteral("Your _new_ order") << true;
    QTest::newRow("strike") << QStringLiteral("~old~ new") << true;
    QTest::newRow("inline code") << QStringLiteral("Use `CODE10`") << true;
    QTest::newRow("monospace fence") << QStringLiteral("```mono```") << true;
    QTest::newRow("lone star") << QStringLiteral("5 * 3") << false;
    QTest::newRow("spaced markers do not hug") << QStringLiteral("* bold *") << false;
    QTest::newRow("snake_case is a word") << QStringLiteral("order_id_42") << false;
    QTest::newRow("empty pair") << QStringLiteral("**") << false;
    QTest::newRow("email") << QStringLiteral("a_b@example.com") << false;
}

void TestTextMetrics::findsMarkdown()
{
    QFETCH(QString, text);
    QFETCH(bool, hasMarkdown);
    QCOMPARE(TextMetrics::containsMarkdown(text), hasMarkdown);
}

void TestTextMetrics::measuresBrokenText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("loneSurrogates");
    QTest::addColumn<qsizetype>("codePoints");
    QTest::newRow("plain") << QStringLiteral("Hello") << qsizetype(0) << qsizetype(5);
    QTest::newRow("emoji pairs") << QStringLiteral("😀👍🏽") << qsizetype(0) << qsizetype(3);
    QTest::newRow("lone high") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")) << qsizetype(1)
                               << qsizetype(3);
    QTest::newRow("lone low") << (QStringLiteral("a") + QChar(0xDC00)) << qsizetype(1) << qsizetype(2);
    QTest::newRow("high at the end") << (QStringLiteral("😀") + QChar(0xD83D)) << qsizetype(1) << qsizetype(2);
    QTest::newRow("reversed pair") << (QString(QChar(0xDE00)) + QChar(0xD83D)) << qsizetype(2)
                                   << qsizetype(2);
}

void TestTextMetrics::measuresBrokenText()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, loneSurrogates);
    QFETCH(qsizetype, codePoints);
    const TextMetrics::Measure measure = TextMetrics::measure(text);
    QCOMPARE(measure.loneSurrogates, loneSurrogates);
    QCOMPARE(measure.codePoints, codePoints);
    QCOMPARE(loneSurrogates == 0, text.isValidUtf16());
}

void TestTextMetrics::whitespace()
{
    QVERIFY(TextMetrics::isBlank(QStringLiteral("   ")));
    QVERIFY(TextMetrics::isBlank(QStringLiteral("\n\t")));
    QVERIFY(!TextMetrics::isBlank(QString()));
    QVERIFY(!TextMetrics::isBlank(QStringLiteral(" a ")));
    QVERIFY(TextMetrics::hasOuterWhitespace(QStringLiteral(" a")));
    QVERIFY(TextMetrics::hasOuterWhitespace(QStringLiteral("a\n")));
    QVERIFY(!TextMetrics::hasOuterWhitespace(QStringLiteral("a b")));
    QVERIFY(!TextMetrics::hasOuterWhitespace(QString()));
}

QTEST_GUILESS_MAIN(TestTextMetrics)
#include "tst_textmetrics.moc"
