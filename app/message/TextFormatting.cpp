#include "message/TextFormatting.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

namespace wa::TextFormatting {

namespace {

constexpr quint8 CodeStyles = quint8(Style::Monospace) | quint8(Style::InlineCode);

// The three markers that pair within a line (* _ ~), in the order of inlineMarker() and m_closers.
constexpr std::array<quint8, 3> InlineStyles = {quint8(Style::Bold), quint8(Style::Italic),
                                                quint8(Style::Strikethrough)};

int inlineMarker(char16_t c)
{
    switch (c) {
    case u'*':
        return 0;
    case u'_':
        return 1;
    case u'~':
        return 2;
    default:
        return -1;
    }
}

// The characters the two walks stop at (markers, backticks, newlines); everything else is copied a run at
// a time. A table lookup beats five comparisons per character here, for prose and for marker-dense text.
constexpr auto SpecialTable = [] {
    std::array<bool, 128> table{};
    for (char16_t c : {u'*', u'_', u'~', u'`', u'\n'})
        table[c] = true;
    return table;
}();

// The first special character in [i, end), or end.
qsizetype nextSpecial(const char16_t* units, qsizetype i, qsizetype end)
{
    while (i < end && !(units[i] < 128 && SpecialTable[units[i]]))
        ++i;
    return i;
}

bool isWordCodePoint(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= u'0' && cp <= u'9') || (cp >= u'a' && cp <= u'z') || (cp >= u'A' && cp <= u'Z');
    if (QChar::isLetterOrNumber(cp))
        return true;
    // Combining marks (Arabic harakat, Hebrew points, Indic vowel signs) belong to the letter they sit on;
    // variation selectors only choose emoji or text presentation, so "❤️*hi*" still opens.
    const QChar::Category category = QChar::category(cp);
    return (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining) &&
           !(cp >= 0xFE00 && cp <= 0xFE0F) && !(cp >= 0xE0100 && cp <= 0xE01EF);
}

// Word boundaries are decided on whole code points: an emoji's low surrogate is not a letter, but the low
// half of a supplementary CJK ideograph belongs to one.
bool isWordBefore(QStringView s, qsizetype i)
{
    if (i <= 0)
        return false;
    const QChar low = s[i - 1];
    if (low.isLowSurrogate() && i >= 2 && s[i - 2].isHighSurrogate())
        return isWordCodePoint(QChar::surrogateToUcs4(s[i - 2], low));
    return isWordCodePoint(low.unicode());
}

bool isWordAt(QStringView s, qsizetype i)
{
    if (i >= s.size())
        return false;
    const QChar high = s[i];
    if (high.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
        return isWordCodePoint(QChar::surrogateToUcs4(high, s[i + 1]));
    return isWordCodePoint(high.unicode());
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

struct CodeSpan
{
    qsizetype start = 0; // the opening backtick
    qsizetype end = 0;   // just past the closing backtick(s)
    bool monospace = false;
};

// Every pass below is linear: code spans first (they win over everything), with the closing markers that
// qualify, then one left-to-right walk that pairs markers and writes the shown text, then links over it.
class Parser
{
public:
    explicit Parser(QStringView source) : m_src(source), m_size(source.size()) {}
    FormattedText run();

private:
    void scan();
    qsizetype monospaceEnd(qsizetype i);
    qsizetype inlineCodeEnd(qsizetype i, qsizetype* lineEnd);
    bool isCloser(qsizetype i) const;

    qsizetype startLine(qsizetype lineStart);
    void endBlock();
    void parseInline(qsizetype from, qsizetype to, quint8 styles);
    const CodeSpan* spanStartingAt(qsizetype i);
    qsizetype closerFor(int marker, qsizetype opener);
    void emitCode(const CodeSpan& span, quint8 styles);
    void append(qsizetype from, qsizetype to, quint8 styles);
    void appendChar(QChar c, quint8 styles);
    void markLinks();
    void markAddressesAndNumbers();
    void markLink(qsizetype start, qsizetype end);
    bool isFree(qsizetype start, qsizetype end) const; // neither a link yet nor code
    void collectRanges();

    QStringView m_src;
    qsizetype m_size;
    std::vector<CodeSpan> m_spans;
    std::size_t m_nextSpan = 0;
    // Positions of markers that may close, per marker; consumed in order since openers come in order.
    std::array<std::vector<qsizetype>, 3> m_closers;
    std::array<std::size_t, 3> m_closerCursor{};
    qsizetype m_lineEnd = -1; // the '\n' ending the line being parsed (inside a code span too), or m_size

    FormattedText m_out;
    std::vector<quint8> m_styles; // one per shown UTF-16 unit
    Block m_block;
};

FormattedText Parser::run()
{
    scan();
    m_out.text.reserve(m_size);
    m_styles.reserve(std::size_t(m_size));
    parseInline(startLine(0), m_size, 0);
    endBlock();
    markLinks();
    collectRanges();
    return std::move(m_out);
}

void Parser::scan()
{
    // An opening ``` with no closing one after it means no later one has either; the same holds for ` on
    // one line. Remembering that keeps the scan linear however many unmatched backticks there are.
    bool monospaceLeft = true;
    qsizetype noInlineCodeBefore = 0;
    const char16_t* units = m_src.utf16();
    for (qsizetype i = 0; i < m_size; ++i) {
        i = nextSpecial(units, i, m_size);
        if (i == m_size)
            break;
        const char16_t c = units[i];
        if (c == u'`') {
            qsizetype end = 0;
            if (monospaceLeft && i + 2 < m_size && m_src[i + 1] == u'`' && m_src[i + 2] == u'`' &&
                !isWordBefore(m_src, i)) {
                end = monospaceEnd(i);
                monospaceLeft = end > 0;
            }
            const bool monospace = end > 0;
            if (!monospace && i >= noInlineCodeBefore) {
                qsizetype lineEnd = -1;
                end = inlineCodeEnd(i, &lineEnd);
                if (lineEnd >= 0)
                    noInlineCodeBefore = lineEnd;
            }
            if (end) {
                m_spans.push_back({i, end, monospace});
                i = end - 1;
            }
        } else if (const int marker = inlineMarker(c); marker >= 0 && isCloser(i)) {
            m_closers[std::size_t(marker)].push_back(i);
        }
    }
}

// The nearest ``` after some content that ends at a word boundary; 0 when there is none.
qsizetype Parser::monospaceEnd(qsizetype i)
{
    for (qsizetype j = i + 4; (j = m_src.indexOf(u"```", j)) >= 0; ++j) {
        if (!isWordAt(m_src, j + 3))
            return j + 3;
    }
    return 0;
}

// `code` hugs its content and its backticks stand alone (a run of two or more is not inline code).
// Returns 0 when there is none; *lineEnd is set when no closing backtick on the line can qualify.
qsizetype Parser::inlineCodeEnd(qsizetype i, qsizetype* lineEnd)
{
    if (i + 1 >= m_size || m_src[i + 1].isSpace() || m_src[i + 1] == u'`' || isWordBefore(m_src, i) ||
        (i > 0 && m_src[i - 1] == u'`'))
        return 0;
    qsizetype j = i + 2;
    for (; j < m_size && m_src[j] != u'\n'; ++j) {
        if (m_src[j] == u'`' && !m_src[j - 1].isSpace() && m_src[j - 1] != u'`' &&
            (j + 1 == m_size || (m_src[j + 1] != u'`' && !isWordAt(m_src, j + 1))))
            return j + 1;
    }
    *lineEnd = j;
    return 0;
}

// What a closing marker needs on its own; the opener adds "after me, with something in between".
bool Parser::isCloser(qsizetype i) const
{
    return i > 0 && !m_src[i - 1].isSpace() && !isWordAt(m_src, i + 1);
}

qsizetype Parser::startLine(qsizetype lineStart)
{
    m_block = Block{BlockKind::Paragraph, int(m_out.text.size()), 0, 0};
    const QStringView rest = m_src.sliced(lineStart);
    if (rest.size() >= 2 && rest[1] == u' ') {
        const char16_t c = rest[0].unicode();
        if (c == u'>') {
            m_block.kind = BlockKind::Quote;
            return lineStart + 2;
        }
        if (c == u'*' || c == u'-') {
            m_block.kind = BlockKind::Bullet;
            return lineStart + 2;
        }
    }
    qsizetype digits = 0;
    while (digits < rest.size() && digits < 10 && isAsciiDigit(rest[digits]))
        ++digits;
    if (digits >= 1 && digits <= 9 && digits + 1 < rest.size() && rest[digits] == u'.' &&
        rest[digits + 1] == u' ') {
        m_block.kind = BlockKind::Numbered;
        m_block.number = rest.first(digits).toInt(); // nine digits always fit an int
        return lineStart + digits + 2;
    }
    return lineStart;
}

void Parser::endBlock()
{
    m_block.length = int(m_out.text.size()) - m_block.start;
    m_out.blocks.append(m_block);
}

void Parser::parseInline(qsizetype from, qsizetype to, quint8 styles)
{
    qsizetype plain = from;
    qsizetype i = from;
    const char16_t* units = m_src.utf16();
    while (i < to) {
        i = nextSpecial(units, i, to);
        if (i == to)
            break;
        const char16_t c = units[i];
        if (c == u'\n') {
            // Only the top level sees a newline: pairs and code spans inside a pair stay on one line.
            append(plain, i, styles);
            endBlock();
            appendChar(QChar(u'\n'), styles);
            i = plain = startLine(i + 1);
            continue;
        }
        if (c == u'`') {
            if (const CodeSpan* span = spanStartingAt(i)) {
                append(plain, i, styles);
                emitCode(*span, styles);
                i = plain = span->end;
                continue;
            }
        } else if (const int marker = inlineMarker(c); marker >= 0) {
            const qsizetype close = closerFor(marker, i);
            if (close >= 0 && close < to) {
                append(plain, i, styles);
                parseInline(i + 1, close, styles | InlineStyles[std::size_t(marker)]);
                i = plain = close + 1;
                continue;
            }
        }
        ++i;
    }
    append(plain, to, styles);
}

const CodeSpan* Parser::spanStartingAt(qsizetype i)
{
    while (m_nextSpan < m_spans.size() && m_spans[m_nextSpan].start < i)
        ++m_nextSpan;
    return m_nextSpan < m_spans.size() && m_spans[m_nextSpan].start == i ? &m_spans[m_nextSpan] : nullptr;
}

// The nearest closing marker for an opener at `opener`, on its line, with some content; -1 when the
// marker does not open. A closer inside a code span was never listed, so a pair cannot cross one.
qsizetype Parser::closerFor(int marker, qsizetype opener)
{
    if (opener + 1 >= m_size || m_src[opener + 1].isSpace() || isWordBefore(m_src, opener))
        return -1;
    if (m_lineEnd < opener) {
        m_lineEnd = m_src.indexOf(u'\n', opener);
        if (m_lineEnd < 0)
            m_lineEnd = m_size;
    }
    const std::vector<qsizetype>& closers = m_closers[std::size_t(marker)];
    std::size_t& cursor = m_closerCursor[std::size_t(marker)];
    while (cursor < closers.size() && closers[cursor] < opener + 2)
        ++cursor;
    if (cursor == closers.size() || closers[cursor] >= m_lineEnd)
        return -1;
    return closers[cursor];
}

void Parser::emitCode(const CodeSpan& span, quint8 styles)
{
    const qsizetype fence = span.monospace ? 3 : 1;
    const quint8 codeStyles =
        styles | (span.monospace ? quint8(Style::Monospace) : quint8(Style::InlineCode));
    qsizetype from = span.start + fence;
    const qsizetype to = span.end - fence;
    // Lines inside a monospace span are plain paragraphs: their "> " or "- " is shown as typed. The search
    // stays inside the span, or a text of many spans and no newline would be read once per span.
    for (qsizetype newline; span.monospace && (newline = m_src.first(to).indexOf(u'\n', from)) >= 0;
         from = newline + 1) {
        append(from, newline, codeStyles);
        endBlock();
        appendChar(QChar(u'\n'), codeStyles);
        m_block = Block{BlockKind::Paragraph, int(m_out.text.size()), 0, 0};
    }
    append(from, to, codeStyles);
}

void Parser::append(qsizetype from, qsizetype to, quint8 styles)
{
    if (to <= from)
        return;
    m_out.text.append(m_src.sliced(from, to - from));
    m_styles.insert(m_styles.end(), std::size_t(to - from), styles);
}

void Parser::appendChar(QChar c, quint8 styles)
{
    m_out.text.append(c);
    m_styles.push_back(styles);
}

// Links are found in the shown text, so that "*https://example.com*" is a bold link; never in code.
void Parser::markLinks()
{
    const QStringView text = m_out.text;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t lower = text[i].unicode() | 0x20; // ASCII letters only: 'H' and 'h' both give 'h'
        if ((lower != u'h' && lower != u'w') || (m_styles[std::size_t(i)] & CodeStyles))
            continue;
        // Most h's and w's start ordinary words: look at the next letter before comparing prefixes.
        if (i + 4 >= size || (text[i + 1].unicode() | 0x20) != (lower == u'h' ? u't' : u'w'))
            continue;
        const QStringView rest = text.sliced(i);
        qsizetype prefix = 0;
        if (rest.startsWith(u"https://", Qt::CaseInsensitive))
            prefix = 8;
        else if (rest.startsWith(u"http://", Qt::CaseInsensitive))
            prefix = 7;
        else if (rest.startsWith(u"www.", Qt::CaseInsensitive))
            prefix = 4;
        if (!prefix || isWordBefore(text, i))
            continue;
        qsizetype end = i + prefix;
        qsizetype open = 0;
        qsizetype close = 0;
        for (; end < size && !text[end].isSpace() && !(m_styles[std::size_t(end)] & CodeStyles); ++end) {
            open += text[end] == u'(';
            close += text[end] == u')';
        }
        // Sentence punctuation after a link is not part of it; a ')' is, when it closes a '(' of the link.
        while (end > i + prefix) {
            const char16_t last = text[end - 1].unicode();
            if (last == u')') {
                if (open >= close)
                    break;
                --close;
            } else if (!QStringView(u".,;:!?'\"").contains(QChar(last))) {
                break;
            }
            --end;
        }
        if (end == i + prefix)
            continue;
        markLink(i, end);
        i = end - 1;
    }
    markAddressesAndNumbers();
}

void Parser::markLink(qsizetype start, qsizetype end)
{
    for (qsizetype k = start; k < end; ++k)
        m_styles[std::size_t(k)] |= quint8(Style::Link);
}

bool Parser::isFree(qsizetype start, qsizetype end) const
{
    for (qsizetype k = start; k < end; ++k)
        if (m_styles[std::size_t(k)] & (CodeStyles | quint8(Style::Link)))
            return false;
    return true;
}

// The phone links e-mail addresses and phone numbers too: an address with a dotted domain; a number written
// with a "+" and 8 to 15 digits, or 9 to 15 digits without (fewer are prices, dates or order numbers more
// often than phones), spaces, dashes, dots and parentheses allowed between them.
void Parser::markAddressesAndNumbers()
{
    const QString& text = m_out.text;
    // Cheap checks first: most texts have neither an '@' nor a run of digits worth a look.
    const bool maybeMail = text.contains(u'@');
    int digits = 0;
    for (const QChar c : text)
        digits += c.isDigit();
    if (maybeMail) {
        static const QRegularExpression mail(QStringLiteral(
            R"((?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-]))"));
        for (auto it = mail.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch found = it.next();
            if (isFree(found.capturedStart(), found.capturedEnd()))
                markLink(found.capturedStart(), found.capturedEnd());
        }
    }
    if (digits < 8)
        return;
    static const QRegularExpression number(QStringLiteral(R"((?<![\w+])\+?\(?\d[\d ().-]{6,}\d(?![\w]))"));
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch found = it.next();
        const QStringView span = found.capturedView();
        qsizetype count = 0;
        for (const QChar c : span)
            count += c.isDigit();
        const bool plus = span.startsWith(u'+');
        if (count > 15 || count < (plus ? 8 : 9) || span.contains(u"  "))
            continue;
        if (isFree(found.capturedStart(), found.capturedEnd()))
            markLink(found.capturedStart(), found.capturedEnd());
    }
}

void Parser::collectRanges()
{
    const qsizetype size = qsizetype(m_styles.size());
    qsizetype runStart = 0;
    for (qsizetype i = 1; i <= size; ++i) {
        if (i < size && m_styles[std::size_t(i)] == m_styles[std::size_t(runStart)])
            continue;
        if (const quint8 styles = m_styles[std::size_t(runStart)])
            m_out.ranges.append({int(runStart), int(i - runStart), Styles::fromInt(styles)});
        runStart = i;
    }
}

} // namespace

Styles FormattedText::stylesAt(int position) const
{
    const auto after = std::upper_bound(ranges.cbegin(), ranges.cend(), position,
                                        [](int p, const StyledRange& range) { return p < range.start; });
    if (after == ranges.cbegin())
        return {};
    const StyledRange& range = *std::prev(after);
    return position < range.start + range.length ? range.styles : Styles();
}

FormattedText parse(QStringView source)
{
    return Parser(source).run();
}

} // namespace wa::TextFormatting
