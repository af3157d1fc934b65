#pragma once

#include <QStringView>

namespace wa::TextMetrics {

// What WhatsApp's limits count: Unicode code points (an emoji such as U+1F600 is one, not two UTF-16 units).
qsizetype codePointCount(QStringView text);

struct Measure
{
    qsizetype codePoints = 0;
    qsizetype loneSurrogates = 0; // halves of a character with the other half missing: broken text
};
Measure measure(QStringView text);

// True when the text holds an emoji as phones show one: a code point with Emoji_Presentation (Unicode's
// emoji-data.txt), or a pictograph or digit turned into one by U+FE0F or the keycap mark U+20E3.
bool containsEmoji(QStringView text);

// True when the text holds a pictograph in text style (Extended_Pictographic without U+FE0F: ™ © ▶ ☀),
// which some phones still draw as an emoji.
bool containsTextStylePictograph(QStringView text);

// True when the text holds WhatsApp formatting markers that would render (*bold*, _italic_, ~strike~,
// `code`).
bool containsMarkdown(QStringView text);

// True when the text is non-empty and made of white space only.
bool isBlank(QStringView text);

// True when the text starts or ends with white space.
bool hasOuterWhitespace(QStringView text);

} // namespace wa::TextMetrics
