#include "message/TextFormatting.h"

#include <QRandomGenerator>
#include <QTest>

namespace TF = wa::TextFormatting;

namespace {

QString styleCodes(TF::Styles styles)
{
    QString codes;
    const std::pair<TF::Style, QChar> letters[] = {
        {TF::Style::Bold, u'B'},      {TF::Style::Italic, u'I'},     {TF::Style::Strikethrough, u'S'},
        {TF::Style::Monospace, u'M'}, {TF::Style::InlineCode, u'C'}, {TF::Style::Link, u'L'},
    };
    for (const auto& [style, letter] : letters) {
        if (styles.testFlag(style))
            codes += letter;
    }
    return codes;
}

// The shown text with each styled range written "[codes:text]" (B bold, I italic, S strikethrough,
// M monospace, C inline code, L link), so that a row reads "*bold* and _it_" -> "[B:bold] and [I:it]".
QString render(const TF::FormattedText& formatted)
{
    QString out;
    int position = 0;
    for (const TF::StyledRange& range : formatted.ranges) {
        out += formatted.text.mid(position, range.start - position);
        out += u'[' + styleCodes(range.styles) + u':' + formatted.text.mid(range.start, range.length) + u']';
        position = range.start + range.length;
    }
    return out + formatted.text.mid(position);
}

// The blocks as "Q:quoted | B:item | N12:twelfth | P:plain", each with its shown text.
QString renderBlocks(const TF::FormattedText& formatted)
{
    QStringList parts;
    for (const TF::Block& block : formatted.blocks) {
        QString kind;
        switch (block.kind) {
        case TF::BlockKind::Paragraph:
            kind = QStringLiteral("P");
            break;
        case TF::BlockKind::Quote:
            kind = QStringLiteral("Q");
            break;
        case TF::BlockKind::Bullet:
            kind = QStringLiteral("B");
            break;
        case TF::BlockKind::Numbered:
            kind = u'N' + QString::number(block.number);
            break;
        }
        parts += kind + u':' + formatted.text.mid(block.start, block.length);
    }
    return parts.join(QStringLiteral(" | "));
}

// Everything the header promises of any parse; an empty string when it all holds.
QString invariantViolation(QStringView source, const TF::FormattedText& f)
{
    const QString& text = f.text;
    if (text.size() > source.size())
        return QStringLiteral("shown text longer than the source");
    // Markers are only ever removed: the shown text is a subsequence of the source.
    qsizetype s = 0;
    for (const QChar c : text) {
        while (s < source.size() && source[s] != c)
            ++s;
        if (s == source.size())
            return QStringLiteral("shown text is not the source with characters removed");
        ++s;
    }

    const auto splitsPair = [&text](int boundary) {
        return boundary > 0 && boundary < text.size() && text[boundary - 1].isHighSurrogate() &&
               text[boundary].isLowSurrogate();
    };
    int previousEnd = 0;
    for (qsizetype i = 0; i < f.ranges.size(); ++i) {
        const TF::StyledRange& range = f.ranges[i];
        if (range.length <= 0)
            return QStringLiteral("empty range at %1").arg(range.start);
        if (range.styles == TF::Styles())
            return QStringLiteral("range without styles at %1").arg(range.start);
        if (range.start < previousEnd || range.start + range.length > text.size())
            return QStringLiteral("range %1+%2 unsorted, overlapping or past the end")
                .arg(range.start)
                .arg(range.length);
        if (i > 0 && range.start == previousEnd && f.ranges[i - 1].styles == range.styles)
            return QStringLiteral("neighbours with the same styles not merged at %1").arg(range.start);
        if (splitsPair(range.start) || splitsPair(range.start + range.length))
            return QStringLiteral("range %1+%2 splits a surrogate pair").arg(range.start).arg(range.length);
        if (range.styles.testFlag(TF::Style::Link) &&
            (range.styles & (TF::Style::Monospace | TF::Style::InlineCode)))
            return QStringLiteral("link inside code at %1").arg(range.start);
        previousEnd = range.start + range.length;
    }

    // stylesAt() agrees with the ranges everywhere, and is empty outside the text.
    qsizetype next = 0;
    for (int p = 0; p < text.size(); ++p) {
        while (next < f.ranges.size() && f.ranges[next].start + f.ranges[next].length <= p)
            ++next;
        const bool inside = next < f.ranges.size() && f.ranges[next].start <= p;
        if (f.stylesAt(p) != (inside ? f.ranges[next].styles : TF::Styles()))
            return QStringLiteral("stylesAt(%1) disagrees with the ranges").arg(p);
    }
    if (f.stylesAt(-1) != TF::Styles() || f.stylesAt(int(text.size())) != TF::Styles())
        return QStringLiteral("stylesAt() outside the text is not empty");

    if (f.blocks.size() != text.count(u'\n') + 1)
        return QStringLiteral("%1 blocks for %2 lines").arg(f.blocks.size()).arg(text.count(u'\n') + 1);
    int expectedStart = 0;
    for (const TF::Block& block : f.blocks) {
        if (block.start != expectedStart || block.length < 0)
            return QStringLiteral("block at %1 does not follow the previous one").arg(block.start);
        const int end = block.start + block.length;
        if (end > text.size() || text.mid(block.start, block.length).contains(u'\n'))
            return QStringLiteral("block at %1 is not one line").arg(block.start);
        if (end < text.size() && text[end] != u'\n')
            return QStringLiteral("block at %1 does not end at a newline").arg(block.start);
        if (block.kind != TF::BlockKind::Numbered && block.number != 0)
            return QStringLiteral("number on a block that is not numbered at %1").arg(block.start);
        expectedStart = end + 1;
    }
    if (expectedStart != text.size() + 1)
        return QStringLiteral("blocks do not reach the end of the text");
    return {};
}

} // namespace

class TestTextFormatting : public QObject
{
    Q_OBJECT
private slots:
    void emphasis_data();
    void emphasis();
    void emoji_data();
    void emoji() { emphasis(); }
    void scripts_data();
    void scripts() { emphasis(); }
    void code_data();
    void code() { emphasis(); }
    void links_data();
    void links() { emphasis(); }
    void blocks_data();
    void blocks();
    void stylesAt_data();
    void stylesAt();
    void longBody_data();
    void longBody();
    void randomText_data();
    void randomText();
};

// Inline rows: the source and its rendering; every such row is a single paragraph.
void TestTextFormatting::emphasis_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << QStringLiteral("Hello, world") << QStringLiteral("Hello, world");
    QTest::newRow("bold") << QStringLiteral("*bold*") << QStringLiteral("[B:bold]");
    QTest::newRow("italic") << QStringLiteral("_it_") << QStringLiteral("[I:it]");
    QTest::newRow("strikethrough") << QStringLiteral("~gone~") << QStringLiteral("[S:gone]");
    QTest::newRow("one character") << QStringLiteral("*a*") << QStringLiteral("[B:a]");
    QTest::newRow("in a sentence") << QStringLiteral("Say *hello* now")
                                   << QStringLiteral("Say [B:hello] now");
    QTest::newRow("two styles") << QStringLiteral("*bold* and _it_") << QStringLiteral("[B:bold] and [I:it]");
    QTest::newRow("words inside") << QStringLiteral("*two words*") << QStringLiteral("[B:two words]");
    QTest::newRow("punctuation after") << QStringLiteral("*yes*!") << QStringLiteral("[B:yes]!");
    QTest::newRow("in parentheses") << QStringLiteral("(*yes*)") << QStringLiteral("([B:yes])");
    QTest::newRow("after a colon") << QStringLiteral("Note:_this_") << QStringLiteral("Note:[I:this]");

    QTest::newRow("bold italic") << QStringLiteral("*_both_*") << QStringLiteral("[BI:both]");
    QTest::newRow("italic bold") << QStringLiteral("_*both*_") << QStringLiteral("[BI:both]");
    QTest::newRow("all three") << QStringLiteral("~_*all*_~") << QStringLiteral("[BIS:all]");
    QTest::newRow("italic inside bold")
        << QStringLiteral("*bold _and italic_*") << QStringLiteral("[B:bold ][BI:and italic]");
    QTest::newRow("bold inside italic")
        << QStringLiteral("_a *b* c_") << QStringLiteral("[I:a ][BI:b][I: c]");
    QTest::newRow("bold at the start of strike")
        << QStringLiteral("~*x* y~") << QStringLiteral("[BS:x][S: y]");
    // A pair is parsed inside the pair that holds it: the italic would cross the bold's end, so it stays.
    QTest::newRow("crossing pairs") << QStringLiteral("*a _b* c_") << QStringLiteral("[B:a _b] c_");
    // The nearest closing marker wins, so a marker of the same kind never nests.
    QTest::newRow("same marker inside") << QStringLiteral("*a *b* c*") << QStringLiteral("[B:a *b] c*");
    QTest::newRow("doubled markers") << QStringLiteral("**bold**") << QStringLiteral("[B:*bold]*");
    QTest::newRow("run of underscores") << QStringLiteral("_________") << QStringLiteral("[I:___]");

    QTest::newRow("inside a word, end") << QStringLiteral("a*b*") << QStringLiteral("a*b*");
    QTest::newRow("inside a word, start") << QStringLiteral("*a*b") << QStringLiteral("*a*b");
    QTest::newRow("snake_case") << QStringLiteral("snake_case_name") << QStringLiteral("snake_case_name");
    QTest::newRow("arithmetic") << QStringLiteral("2*3*4") << QStringLiteral("2*3*4");
    QTest::newRow("digits around") << QStringLiteral("1~2~3") << QStringLiteral("1~2~3");
    QTest::newRow("closing skipped inside a word")
        << QStringLiteral("*a*b c*") << QStringLiteral("[B:a*b c]");
    QTest::newRow("nearest closing") << QStringLiteral("*a* b*") << QStringLiteral("[B:a] b*");

    QTest::newRow("spaces inside") << QStringLiteral("say * bold * now")
                                   << QStringLiteral("say * bold * now");
    QTest::newRow("space after opening") << QStringLiteral("x _ it_") << QStringLiteral("x _ it_");
    QTest::newRow("space before closing") << QStringLiteral("x _it _") << QStringLiteral("x _it _");
    QTest::newRow("empty pair") << QStringLiteral("a ** b ~~") << QStringLiteral("a ** b ~~");

    QTest::newRow("unmatched opening") << QStringLiteral("*bold") << QStringLiteral("*bold");
    QTest::newRow("unmatched closing") << QStringLiteral("bold*") << QStringLiteral("bold*");
    QTest::newRow("lone marker") << QStringLiteral("~") << QStringLiteral("~");
    QTest::newRow("mismatched kinds") << QStringLiteral("*a_") << QStringLiteral("*a_");
    QTest::newRow("tilde for about") << QStringLiteral("~5 min") << QStringLiteral("~5 min");

    QTest::newRow("pair across lines") << QStringLiteral("*a\nb*") << QStringLiteral("*a\nb*");
    QTest::newRow("italic across lines") << QStringLiteral("x _a\nb_ y") << QStringLiteral("x _a\nb_ y");
    QTest::newRow("closing on the next line only")
        << QStringLiteral("*a\n*b*") << QStringLiteral("*a\n[B:b]");
}

void TestTextFormatting::emphasis()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const TF::FormattedText formatted = TF::parse(source);
    QCOMPARE(render(formatted), expected);
    for (const TF::Block& block : formatted.blocks)
        QCOMPARE(block.kind, TF::BlockKind::Paragraph);
    const QString violation = invariantViolation(source, formatted);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestTextFormatting::emoji_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("around bold") << QStringLiteral("😀*hi*😀") << QStringLiteral("😀[B:hi]😀");
    QTest::newRow("bold emoji") << QStringLiteral("*😀*") << QStringLiteral("[B:😀]");
    QTest::newRow("emoji inside") << QStringLiteral("*I 😀 it*") << QStringLiteral("[B:I 😀 it]");
    QTest::newRow("emoji ends the content") << QStringLiteral("_ok 👍_") << QStringLiteral("[I:ok 👍]");
    QTest::newRow("variation selector") << QStringLiteral("❤️*hi*") << QStringLiteral("❤️[B:hi]");
    QTest::newRow("skin tone") << QStringLiteral("👍🏽_ok_👍🏽")
                               << QStringLiteral("👍🏽[I:ok]👍🏽");
    QTest::newRow("zwj sequence") << QStringLiteral("👩‍💻~bug~")
                                  << QStringLiteral("👩‍💻[S:bug]");
    QTest::newRow("flag") << QStringLiteral("🇮🇪*Dublin*") << QStringLiteral("🇮🇪[B:Dublin]");
    QTest::newRow("keycap") << QStringLiteral("1️⃣*one*") << QStringLiteral("1️⃣[B:one]");
    // A supplementary ideograph is a letter, surrogates or not: the marker is inside a word.
    QTest::newRow("supplementary letter") << QStringLiteral("𠀀*x*") << QStringLiteral("𠀀*x*");
    QTest::newRow("emoji in code") << QStringLiteral("`😀`") << QStringLiteral("[C:😀]");
}

void TestTextFormatting::scripts_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("arabic bold") << QStringLiteral("مرحبا *بالعالم*") << QStringLiteral("مرحبا [B:بالعالم]");
    QTest::newRow("arabic inside a word") << QStringLiteral("نص*عريض*") << QStringLiteral("نص*عريض*");
    // Harakat are marks of the letter before them: still inside the word.
    QTest::newRow("arabic with harakat") << QStringLiteral("كَتَبَ*x*") << QStringLiteral("كَتَبَ*x*");
    QTest::newRow("arabic-indic digits") << QStringLiteral("١*٢*") << QStringLiteral("١*٢*");
    QTest::newRow("arabic italic and strike")
        << QStringLiteral("_شكرا_ ~جدا~") << QStringLiteral("[I:شكرا] [S:جدا]");
    QTest::newRow("hebrew italic") << QStringLiteral("שלום _עולם_") << QStringLiteral("שלום [I:עולם]");
    QTest::newRow("hebrew strike") << QStringLiteral("~מחיר~ 50") << QStringLiteral("[S:מחיר] 50");
    QTest::newRow("hebrew inside a word") << QStringLiteral("של*ום*") << QStringLiteral("של*ום*");
    QTest::newRow("cyrillic") << QStringLiteral("*Привет*") << QStringLiteral("[B:Привет]");
    QTest::newRow("combining accent") << QStringLiteral("cafe\u0301*x*") << QStringLiteral("cafe\u0301*x*");
    QTest::newRow("cjk") << QStringLiteral("你好*世界*") << QStringLiteral("你好*世界*");
    QTest::newRow("cjk after a space") << QStringLiteral("你好 *世界*") << QStringLiteral("你好 [B:世界]");
}

void TestTextFormatting::code_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("inline code") << QStringLiteral("`code`") << QStringLiteral("[C:code]");
    QTest::newRow("monospace") << QStringLiteral("```mono```") << QStringLiteral("[M:mono]");
    QTest::newRow("monospace keeps its spaces")
        << QStringLiteral("``` a b ```") << QStringLiteral("[M: a b ]");
    QTest::newRow("code in a sentence")
        << QStringLiteral("Run `ls -l` now") << QStringLiteral("Run [C:ls -l] now");
    QTest::newRow("code must hug, start") << QStringLiteral("` a`") << QStringLiteral("` a`");
    QTest::newRow("code must hug, end") << QStringLiteral("`a `") << QStringLiteral("`a `");
    QTest::newRow("empty code") << QStringLiteral("``") << QStringLiteral("``");
    QTest::newRow("empty monospace") << QStringLiteral("``````") << QStringLiteral("``````");
    QTest::newRow("unmatched monospace") << QStringLiteral("```code") << QStringLiteral("```code");
    QTest::newRow("unmatched code") << QStringLiteral("a `b") << QStringLiteral("a `b");
    QTest::newRow("double backticks") << QStringLiteral("``a``") << QStringLiteral("``a``");
    QTest::newRow("code inside a word") << QStringLiteral("a`b`") << QStringLiteral("a`b`");
    QTest::newRow("code before a word") << QStringLiteral("`b`a") << QStringLiteral("`b`a");
    QTest::newRow("monospace before a word") << QStringLiteral("```a```b") << QStringLiteral("```a```b");
    QTest::newRow("nearest monospace closing")
        << QStringLiteral("```a``` b```") << QStringLiteral("[M:a] b```");
    QTest::newRow("code on one line only") << QStringLiteral("`a\nb`") << QStringLiteral("`a\nb`");

    QTest::newRow("markers inside code") << QStringLiteral("`*a* _b_`") << QStringLiteral("[C:*a* _b_]");
    QTest::newRow("markers inside monospace")
        << QStringLiteral("```*a* ~b~```") << QStringLiteral("[M:*a* ~b~]");
    QTest::newRow("code inside monospace")
        << QStringLiteral("```a `b` c```") << QStringLiteral("[M:a `b` c]");
    QTest::newRow("code stops bold crossing into it")
        << QStringLiteral("*a `b* c`") << QStringLiteral("*a [C:b* c]");
    QTest::newRow("code stops italic crossing out of it")
        << QStringLiteral("`a _b` c_") << QStringLiteral("[C:a _b] c_");
    QTest::newRow("monospace stops strike crossing")
        << QStringLiteral("~a ```b~ c```") << QStringLiteral("~a [M:b~ c]");
    QTest::newRow("code inside bold") << QStringLiteral("*a `b` c*") << QStringLiteral("[B:a ][BC:b][B: c]");
    QTest::newRow("monospace inside bold") << QStringLiteral("*```x```*") << QStringLiteral("[BM:x]");
    QTest::newRow("bold after code") << QStringLiteral("`x` *y*") << QStringLiteral("[C:x] [B:y]");
    QTest::newRow("italic around a code holding a marker")
        << QStringLiteral("_use `*` here_") << QStringLiteral("[I:use ][IC:*][I: here]");
}

void TestTextFormatting::links_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("https") << QStringLiteral("https://example.com")
                           << QStringLiteral("[L:https://example.com]");
    QTest::newRow("http with a path") << QStringLiteral("http://example.com/a/b?q=1&r=2#top")
                                      << QStringLiteral("[L:http://example.com/a/b?q=1&r=2#top]");
    QTest::newRow("www") << QStringLiteral("www.example.com") << QStringLiteral("[L:www.example.com]");
    QTest::newRow("uppercase") << QStringLiteral("Go to HTTPS://A.COM")
                               << QStringLiteral("Go to [L:HTTPS://A.COM]");
    QTest::newRow("in a sentence") << QStringLiteral("Visit https://a.io now")
                                   << QStringLiteral("Visit [L:https://a.io] now");
    QTest::newRow("two links") << QStringLiteral("https://a.com or www.b.org")
                               << QStringLiteral("[L:https://a.com] or [L:www.b.org]");
    QTest::newRow("trailing period") << QStringLiteral("See www.a.com.")
                                     << QStringLiteral("See [L:www.a.com].");
    QTest::newRow("trailing punctuation run")
        << QStringLiteral("https://a.com/x?!") << QStringLiteral("[L:https://a.com/x]?!");
    QTest::newRow("trailing comma and colon")
        << QStringLiteral("www.a.com, www.b.com: ok") << QStringLiteral("[L:www.a.com], [L:www.b.com]: ok");
    QTest::newRow("quoted") << QStringLiteral("\"www.a.com\"") << QStringLiteral("\"[L:www.a.com]\"");
    QTest::newRow("single quoted") << QStringLiteral("'www.a.com';") << QStringLiteral("'[L:www.a.com]';");
    QTest::newRow("in parentheses") << QStringLiteral("(see https://a.com)")
                                    << QStringLiteral("(see [L:https://a.com])");
    QTest::newRow("balanced parenthesis kept")
        << QStringLiteral("https://w.org/Foo_(bar)") << QStringLiteral("[L:https://w.org/Foo_(bar)]");
    QTest::newRow("balanced inside parentheses")
        << QStringLiteral("(https://w.org/Foo_(bar)).") << QStringLiteral("([L:https://w.org/Foo_(bar)]).");
    QTest::newRow("query with underscores")
        << QStringLiteral("https://a.com/snake_case_x") << QStringLiteral("[L:https://a.com/snake_case_x]");
    QTest::newRow("ends at a newline")
        << QStringLiteral("www.a.com\nnext") << QStringLiteral("[L:www.a.com]\nnext");
    QTest::newRow("emoji after") << QStringLiteral("www.a.com 😀") << QStringLiteral("[L:www.a.com] 😀");

    QTest::newRow("inside bold") << QStringLiteral("*https://a.com*") << QStringLiteral("[BL:https://a.com]");
    QTest::newRow("part of a bold") << QStringLiteral("*see www.a.com*")
                                    << QStringLiteral("[B:see ][BL:www.a.com]");
    QTest::newRow("inside italic, with a period")
        << QStringLiteral("_www.a.com._") << QStringLiteral("[IL:www.a.com][I:.]");
    // Links are found in the shown text: a pair that qualifies inside a URL is applied, and the link goes on.
    QTest::newRow("pair inside a url")
        << QStringLiteral("https://a.com/_x_") << QStringLiteral("[L:https://a.com/][IL:x]");

    // E-mail addresses and phone numbers, as the phone links them.
    QTest::newRow("e-mail") << QStringLiteral("Write to help@shop.example.com.")
                            << QStringLiteral("Write to [L:help@shop.example.com].");
    QTest::newRow("e-mail with a plus")
        << QStringLiteral("ann+orders@a.io") << QStringLiteral("[L:ann+orders@a.io]");
    QTest::newRow("not an address: no dot in the domain")
        << QStringLiteral("me@localhost") << QStringLiteral("me@localhost");
    QTest::newRow("a handle is not an address") << QStringLiteral("@shop") << QStringLiteral("@shop");
    QTest::newRow("international number")
        << QStringLiteral("Call +353 83 800 0000 today") << QStringLiteral("Call [L:+353 83 800 0000] today");
    QTest::newRow("number with dashes and parentheses")
        << QStringLiteral("(01) 555-123-4567") << QStringLiteral("[L:(01) 555-123-4567]");
    QTest::newRow("national number, 9 digits")
        << QStringLiteral("083 800 000") << QStringLiteral("[L:083 800 000]");
    QTest::newRow("8 digits without a plus: not a phone")
        << QStringLiteral("Order 12345678") << QStringLiteral("Order 12345678");
    QTest::newRow("+ and 8 digits") << QStringLiteral("+3531234567") << QStringLiteral("[L:+3531234567]");
    QTest::newRow("16 digits: a card number, not a phone")
        << QStringLiteral("4111 1111 1111 1111") << QStringLiteral("4111 1111 1111 1111");
    QTest::newRow("a price") << QStringLiteral("€1,299.00") << QStringLiteral("€1,299.00");
    QTest::newRow("number inside code")
        << QStringLiteral("`+353838000000`") << QStringLiteral("[C:+353838000000]");
    QTest::newRow("bold number") << QStringLiteral("*+353838000000*") << QStringLiteral("[BL:+353838000000]");
    QTest::newRow("a link's digits stay the link's")
        << QStringLiteral("https://a.com/123456789012") << QStringLiteral("[L:https://a.com/123456789012]");

    QTest::newRow("not inside code") << QStringLiteral("`https://a.com`")
                                     << QStringLiteral("[C:https://a.com]");
    QTest::newRow("not inside monospace")
        << QStringLiteral("```www.a.com```") << QStringLiteral("[M:www.a.com]");
    QTest::newRow("ends at code") << QStringLiteral("https://a.com/`x`")
                                  << QStringLiteral("[L:https://a.com/][C:x]");
    QTest::newRow("not inside a word")
        << QStringLiteral("xwww.a.com ahttp://a.com") << QStringLiteral("xwww.a.com ahttp://a.com");
    QTest::newRow("scheme only") << QStringLiteral("http:// and https://.")
                                 << QStringLiteral("http:// and https://.");
    QTest::newRow("www only") << QStringLiteral("www. www..") << QStringLiteral("www. www..");
    QTest::newRow("other scheme") << QStringLiteral("ftp://a.com") << QStringLiteral("ftp://a.com");
    QTest::newRow("domain without www") << QStringLiteral("example.com") << QStringLiteral("example.com");
}

void TestTextFormatting::blocks_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("blocks");

    QTest::newRow("empty") << QString() << QString() << QStringLiteral("P:");
    QTest::newRow("one line") << QStringLiteral("hi") << QStringLiteral("hi") << QStringLiteral("P:hi");
    QTest::newRow("two lines") << QStringLiteral("a\nb") << QStringLiteral("a\nb")
                               << QStringLiteral("P:a | P:b");
    QTest::newRow("trailing newline")
        << QStringLiteral("a\n") << QStringLiteral("a\n") << QStringLiteral("P:a | P:");
    QTest::newRow("only a newline") << QStringLiteral("\n") << QStringLiteral("\n")
                                    << QStringLiteral("P: | P:");
    QTest::newRow("blank line between")
        << QStringLiteral("a\n\nb") << QStringLiteral("a\n\nb") << QStringLiteral("P:a | P: | P:b");

    QTest::newRow("quote") << QStringLiteral("> hi") << QStringLiteral("hi") << QStringLiteral("Q:hi");
    QTest::newRow("quote needs its space")
        << QStringLiteral(">hi") << QStringLiteral(">hi") << QStringLiteral("P:>hi");
    QTest::newRow("quote with bold") << QStringLiteral("> *hi*") << QStringLiteral("[B:hi]")
                                     << QStringLiteral("Q:hi");
    QTest::newRow("quote in a quote")
        << QStringLiteral("> > x") << QStringLiteral("> x") << QStringLiteral("Q:> x");
    QTest::newRow("quote mid-line") << QStringLiteral("a > b") << QStringLiteral("a > b")
                                    << QStringLiteral("P:a > b");

    QTest::newRow("bullet star") << QStringLiteral("* item") << QStringLiteral("item")
                                 << QStringLiteral("B:item");
    QTest::newRow("bullet dash") << QStringLiteral("- item") << QStringLiteral("item")
                                 << QStringLiteral("B:item");
    QTest::newRow("dash needs its space")
        << QStringLiteral("-item") << QStringLiteral("-item") << QStringLiteral("P:-item");
    QTest::newRow("star without space opens bold")
        << QStringLiteral("*item*") << QStringLiteral("[B:item]") << QStringLiteral("P:item");
    QTest::newRow("bullet star is not a bold opening")
        << QStringLiteral("* bold*") << QStringLiteral("bold*") << QStringLiteral("B:bold*");
    QTest::newRow("spaces inside markers at a line start")
        << QStringLiteral("* bold *") << QStringLiteral("bold *") << QStringLiteral("B:bold *");
    QTest::newRow("bullet then bold") << QStringLiteral("* *bold* item") << QStringLiteral("[B:bold] item")
                                      << QStringLiteral("B:bold item");
    QTest::newRow("bullet then code")
        << QStringLiteral("- `x`") << QStringLiteral("[C:x]") << QStringLiteral("B:x");
    QTest::newRow("bullet marker alone") << QStringLiteral("- ") << QString() << QStringLiteral("B:");
    QTest::newRow("dash alone") << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("P:-");
    QTest::newRow("indented dash") << QStringLiteral(" - item") << QStringLiteral(" - item")
                                   << QStringLiteral("P: - item");
    QTest::newRow("tab after dash") << QStringLiteral("-\titem") << QStringLiteral("-\titem")
                                    << QStringLiteral("P:-\titem");

    QTest::newRow("numbered") << QStringLiteral("1. one") << QStringLiteral("one")
                              << QStringLiteral("N1:one");
    QTest::newRow("two digits") << QStringLiteral("12. twelve") << QStringLiteral("twelve")
                                << QStringLiteral("N12:twelve");
    QTest::newRow("nine digits") << QStringLiteral("123456789. x") << QStringLiteral("x")
                                 << QStringLiteral("N123456789:x");
    // Not a numbered line; ten digits are a phone number to the phone, so they are linked.
    QTest::newRow("ten digits") << QStringLiteral("1234567890. x") << QStringLiteral("[L:1234567890]. x")
                                << QStringLiteral("P:1234567890. x");
    QTest::newRow("leading zero") << QStringLiteral("07. x") << QStringLiteral("x") << QStringLiteral("N7:x");
    QTest::newRow("no space after the dot")
        << QStringLiteral("1.x") << QStringLiteral("1.x") << QStringLiteral("P:1.x");
    QTest::newRow("decimal number") << QStringLiteral("1.5 kg") << QStringLiteral("1.5 kg")
                                    << QStringLiteral("P:1.5 kg");
    QTest::newRow("no dot") << QStringLiteral("1 apple") << QStringLiteral("1 apple")
                            << QStringLiteral("P:1 apple");
    QTest::newRow("parenthesis is not a dot")
        << QStringLiteral("1) x") << QStringLiteral("1) x") << QStringLiteral("P:1) x");
    QTest::newRow("numbered with a link") << QStringLiteral("3. www.a.com") << QStringLiteral("[L:www.a.com]")
                                          << QStringLiteral("N3:www.a.com");
    QTest::newRow("numbered inside a quote")
        << QStringLiteral("> 1. x") << QStringLiteral("1. x") << QStringLiteral("Q:1. x");

    QTest::newRow("a menu") << QStringLiteral("Menu:\n- tea\n* *coffee*\n1. first\n2. second\n> note")
                            << QStringLiteral("Menu:\ntea\n[B:coffee]\nfirst\nsecond\nnote")
                            << QStringLiteral("P:Menu: | B:tea | B:coffee | N1:first | N2:second | Q:note");
    QTest::newRow("pair across lines")
        << QStringLiteral("*a\nb*") << QStringLiteral("*a\nb*") << QStringLiteral("P:*a | P:b*");

    QTest::newRow("monospace over lines keeps line starts")
        << QStringLiteral("```a\n> b\n- c\n1. d```") << QStringLiteral("[M:a\n> b\n- c\n1. d]")
        << QStringLiteral("P:a | P:> b | P:- c | P:1. d");
    QTest::newRow("monospace starting with a newline")
        << QStringLiteral("```\ncode\n```") << QStringLiteral("[M:\ncode\n]")
        << QStringLiteral("P: | P:code | P:");
    QTest::newRow("monospace after a bullet, text after it parsed")
        << QStringLiteral("- ```a\nb``` *c*") << QStringLiteral("[M:a\nb] [B:c]")
        << QStringLiteral("B:a | P:b c");
    QTest::newRow("line after monospace")
        << QStringLiteral("```a```\n- b") << QStringLiteral("[M:a]\nb") << QStringLiteral("P:a | B:b");
    QTest::newRow("bold cannot hold multi-line monospace")
        << QStringLiteral("*a ```b\nc``` d*") << QStringLiteral("*a [M:b\nc] d*")
        << QStringLiteral("P:*a b | P:c d*");
    QTest::newRow("unmatched monospace leaves lines alone")
        << QStringLiteral("```a\n- b") << QStringLiteral("```a\nb") << QStringLiteral("P:```a | B:b");

    QTest::newRow("arabic bullet") << QStringLiteral("- مرحبا *عالم*") << QStringLiteral("مرحبا [B:عالم]")
                                   << QStringLiteral("B:مرحبا عالم");
    QTest::newRow("hebrew numbered") << QStringLiteral("1. שלום") << QStringLiteral("שלום")
                                     << QStringLiteral("N1:שלום");
    QTest::newRow("hebrew quote") << QStringLiteral("> _שלום_") << QStringLiteral("[I:שלום]")
                                  << QStringLiteral("Q:שלום");
}

void TestTextFormatting::blocks()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QFETCH(QString, blocks);
    const TF::FormattedText formatted = TF::parse(source);
    QCOMPARE(render(formatted), expected);
    QCOMPARE(renderBlocks(formatted), blocks);
    const QString violation = invariantViolation(source, formatted);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestTextFormatting::stylesAt_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("styles");

    const QString source = QStringLiteral("a *b _c_* `d` www.e.f"); // shown: "a b c d www.e.f"
    QTest::newRow("before the text") << source << -1 << QString();
    QTest::newRow("plain") << source << 0 << QString();
    QTest::newRow("space before bold") << source << 1 << QString();
    QTest::newRow("bold") << source << 2 << QStringLiteral("B");
    QTest::newRow("space inside bold") << source << 3 << QStringLiteral("B");
    QTest::newRow("bold italic") << source << 4 << QStringLiteral("BI");
    QTest::newRow("after bold") << source << 5 << QString();
    QTest::newRow("code") << source << 6 << QStringLiteral("C");
    QTest::newRow("link start") << source << 8 << QStringLiteral("L");
    QTest::newRow("link end") << source << 14 << QStringLiteral("L");
    QTest::newRow("past the end") << source << 15 << QString();
    QTest::newRow("empty text") << QString() << 0 << QString();
}

void TestTextFormatting::stylesAt()
{
    QFETCH(QString, source);
    QFETCH(int, position);
    QFETCH(QString, styles);
    QCOMPARE(styleCodes(TF::parse(source).stylesAt(position)), styles);
}

// A body at WhatsApp's 4096-character limit, and bodies built to make a careless parser quadratic; the
// rows also keep the parse correct at that size.
void TestTextFormatting::longBody_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("shownSize");
    QTest::addColumn<int>("ranges");
    QTest::addColumn<int>("blocks");

    const auto body = [](const QString& unit) {
        QString text;
        while (text.size() + unit.size() <= 4096)
            text += unit;
        return text + QString(4096 - text.size(), u'x');
    };
    // 35 characters, 117 of them, then 1 'x': per line a bullet, a bold, an italic and a link.
    const QString line = QStringLiteral("- *bold* and _italic_ at www.a.com\n");
    QTest::newRow("formatted lines") << body(line) << 117 * 29 + 1 << 117 * 3 << 118;
    QTest::newRow("unmatched bold openings") << body(QStringLiteral("*a ")) << 4096 << 0 << 1;
    QTest::newRow("unmatched code openings") << body(QStringLiteral("`a ")) << 4096 << 0 << 1;
    QTest::newRow("unmatched monospace openings") << body(QStringLiteral("```a ")) << 4096 << 0 << 1;
    QTest::newRow("closings inside words") << body(QStringLiteral("*a*b ")) << 4096 << 0 << 1;
    // 4096 = 3 * 1365 + 1: each "___" is an italic "_", all of them one merged range, and one left over.
    QTest::newRow("all underscores") << body(QStringLiteral("_")) << 1366 << 1 << 1;
    QTest::newRow("all newlines") << body(QStringLiteral("\n")) << 4096 << 0 << 4097;
}

void TestTextFormatting::longBody()
{
    QFETCH(QString, source);
    QFETCH(int, shownSize);
    QFETCH(int, ranges);
    QFETCH(int, blocks);
    QCOMPARE(source.size(), 4096);
    const TF::FormattedText formatted = TF::parse(source);
    QCOMPARE(formatted.text.size(), shownSize);
    QCOMPARE(formatted.ranges.size(), ranges);
    QCOMPARE(formatted.blocks.size(), blocks);
    const QString violation = invariantViolation(source, formatted);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestTextFormatting::randomText_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QStringList>("alphabet");
    QTest::addColumn<int>("maxTokens");

    const QStringList markers = {QStringLiteral("*"), QStringLiteral("_"),  QStringLiteral("~"),
                                 QStringLiteral("`"), QStringLiteral("a"),  QStringLiteral("b"),
                                 QStringLiteral(" "), QStringLiteral("\n"), QStringLiteral("😀")};
    QStringList everything = markers;
    everything << QStringLiteral("```") << QStringLiteral("> ") << QStringLiteral("- ")
               << QStringLiteral("* ") << QStringLiteral("1. ") << QStringLiteral("7") << QStringLiteral(".")
               << QStringLiteral("(") << QStringLiteral(")") << QStringLiteral("www.")
               << QStringLiteral("https://") << QStringLiteral("ש") << QStringLiteral("\u0301")
               << QString(QChar(0xD83D)); // a lone surrogate
    QTest::newRow("markers, short") << 20240601u << markers << 12;
    QTest::newRow("markers, long") << 7u << markers << 60;
    QTest::newRow("everything, short") << 424242u << everything << 12;
    QTest::newRow("everything, long") << 99u << everything << 80;
}

// Thousands of strings from a small alphabet: nothing crashes and every invariant holds.
void TestTextFormatting::randomText()
{
    QFETCH(quint32, seed);
    QFETCH(QStringList, alphabet);
    QFETCH(int, maxTokens);
    QRandomGenerator random(seed);
    for (int n = 0; n < 1500; ++n) {
        QString source;
        const int tokens = random.bounded(maxTokens + 1);
        for (int t = 0; t < tokens; ++t)
            source += alphabet[random.bounded(int(alphabet.size()))];
        const TF::FormattedText formatted = TF::parse(source);
        const QString violation = invariantViolation(source, formatted);
        QVERIFY2(violation.isEmpty(), qPrintable(violation + QStringLiteral(" in ") +
                                                 QString(source).replace(u'\n', QStringLiteral("\\n"))));
        QCOMPARE(TF::parse(source), formatted);
    }
}

QTEST_APPLESS_MAIN(TestTextFormatting)
#include "tst_textformatting.moc"
