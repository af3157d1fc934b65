#include "TextMetrics.h"

#include "EmojiTable.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace wa::TextMetrics {

Measure measure(QStringView text)
{
    // Branch-free so that the compiler vectorizes it: this runs over the whole body on every keystroke.
    const char16_t* units = text.utf16();
    const qsizetype size = text.size();
    if (size == 0)
        return {};
    qsizetype surrogates = (units[0] & 0xF800) == 0xD800;
    qsizetype pairs = 0;
    for (qsizetype i = 1; i < size; ++i) {
        surrogates += (units[i] & 0xF800) == 0xD800;
        pairs += ((units[i] & 0xFC00) == 0xDC00) & ((units[i - 1] & 0xFC00) == 0xD800);
    }
    return {size - pairs, surrogates - 2 * pairs};
}

qsizetype codePointCount(QStringView text)
{
    return measure(text).codePoints;
}

namespace {
using Ranges = std::vector<EmojiTable::Range>;

// The generated lists are sorted but may overlap or touch: merge them once into disjoint ranges.
template <std::size_t N> Ranges disjoint(const EmojiTable::Range (&table)[N])
{
    Ranges ranges(std::begin(table), std::end(table));
    std::sort(ranges.begin(), ranges.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    Ranges merged;
    for (const auto& range : ranges) {
        if (!merged.empty() && range.first <= merged.back().last + 1)
            merged.back().last = std::max(merged.back().last, range.last);
        else
            merged.push_back(range);
    }
    return merged;
}

bool contains(const Ranges& ranges, char32_t c)
{
    const auto after =
        std::upper_bound(ranges.begin(), ranges.end(), c,
                         [](char32_t value, const EmojiTable::Range& range) { return value < range.first; });
    return after != ranges.begin() && c <= std::prev(after)->last;
}

bool hasPresentation(char32_t c)
{
    static const Ranges ranges = disjoint(EmojiTable::presentation);
    return contains(ranges, c);
}

bool isPictograph(char32_t c)
{
    static const Ranges ranges = disjoint(EmojiTable::pictographic);
    return contains(ranges, c);
}

enum class Style { None, Text, Emoji };

// The strongest style of pictograph in the text.
Style pictographStyle(QStringView text)
{
    Style style = Style::None;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        // U+FE0F asks for emoji presentation of what precedes it; U+20E3 makes a keycap (1️⃣).
        if (c == 0xFE0F || c == 0x20E3 || hasPresentation(c))
            return Style::Emoji;
        if (isPictograph(c))
            style = Style::Text;
    }
    return style;
}
} // namespace

bool containsEmoji(QStringView text)
{
    return pictographStyle(text) == Style::Emoji;
}

bool containsTextStylePictograph(QStringView text)
{
    return pictographStyle(text) == Style::Text;
}

bool containsMarkdown(QStringView text)
{
    // A marker pair that hugs its text at word boundaries, as WhatsApp requires for it to render.
    static const QRegularExpression pair(
        QStringLiteral(R"((?:^|[^\w*_~`])([*_~])(?!\s|\1)[^\n]*?(?<!\s)\1(?!\w))"));
    // Most fields hold no marker at all: skip the regular expressions for them (a hot path while typing).
    const char16_t* units = text.utf16();
    unsigned markers = 0; // branch-free and not bool, so that GCC vectorizes it
    for (qsizetype i = 0; i < text.size(); ++i)
        markers |= (units[i] == u'*') | (units[i] == u'_') | (units[i] == u'~') | (units[i] == u'`');
    if (!markers)
        return false;
    static const QRegularExpression code(QStringLiteral("`[^`\\n]+`|```"));
    return pair.match(text).hasMatch() || code.match(text).hasMatch();
}

bool isBlank(QStringView text)
{
    return !text.isEmpty() && text.trimmed().isEmpty();
}

bool hasOuterWhitespace(QStringView text)
{
    return !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
}

} // namespace wa::TextMetrics
