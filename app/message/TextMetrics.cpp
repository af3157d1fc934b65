#include "TextMetrics.h"

#include <QRegularExpression>

namespace wa::TextMetrics {

qsizetype codePointCount(QStringView text)
{
    // Branch-free so the compiler vectorizes it: this runs over the whole body on every keystroke.
    const char16_t* units = text.utf16();
    qsizetype pairs = 0;
    for (qsizetype i = 1; i < text.size(); ++i)
        pairs += ((units[i] & 0xFC00) == 0xDC00) & ((units[i - 1] & 0xFC00) == 0xD800);
    return text.size() - pairs;
}

namespace {
bool isEmojiCodePoint(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF)  // pictographs, emoticons, transport, flags, supplemental symbols
           || (c >= 0x2600 && c <= 0x27BF) // miscellaneous symbols and dingbats
           || (c >= 0x2B00 && c <= 0x2BFF) // arrows and stars such as U+2B50
           || (c >= 0x231A && c <= 0x23FF) // watch, hourglass, media controls
           || c == 0xFE0F || c == 0x200D   // emoji presentation selector, zero-width joiner
           || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
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
