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
bool isEmojiCodePoint(char32_t c)
{
    if (c == 0xFE0F || c == 0x20E3) // emoji presentation selector, combining enclosing keycap
        return true;
    // The generated table holds two sorted, overlapping lists: merge them once into disjoint ranges.
    static const std::vector<EmojiTable::Range> merged = [] {
        std::vector<EmojiTable::Range> ranges(std::begin(EmojiTable::ranges), std::end(EmojiTable::ranges));
        std::sort(ranges.begin(), ranges.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<EmojiTable::Range> disjoint;
        for (const auto& range : ranges) {
            if (!disjoint.empty() && range.first <= disjoint.back().last + 1)
                disjoint.back().last = std::max(disjoint.back().last, range.last);
            else
                disjoint.push_back(range);
        }
        return disjoint;
    }();
    const auto after =
        std::upper_bound(merged.begin(), merged.end(), c,
                         [](char32_t value, const EmojiTable::Range& range) { return value < range.first; });
    if (after != merged.begin() && c <= std::prev(after)->last)
        return true;
    return false;
}
} // namespace

bool containsEmoji(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isEmojiCodePoint(c))
            return true;
    }
    return false;
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
