#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringView>

namespace wa::TextFormatting {

// WhatsApp's formatting of body and footer text (SPEC.md, "WhatsApp text formatting"), parsed once into
// what a painter needs: the text as the phone shows it, with the markers that apply removed, and ranges
// over that text. Markers that do not qualify stay in the text, exactly as WhatsApp shows them.

enum class Style : quint8 {
    Bold = 0x1,          // *bold*
    Italic = 0x2,        // _italic_
    Strikethrough = 0x4, // ~strike~
    Monospace = 0x8,     // ```monospace``` (may span lines)
    InlineCode = 0x10,   // `code`
    Link = 0x20, // http(s)://…, www.…, an e-mail address or a phone number (not inside code or monospace)
};
Q_DECLARE_FLAGS(Styles, Style)

// A stretch of the shown text with one set of styles. Ranges are sorted, do not overlap, are never empty,
// and two neighbours that touch never carry the same styles (they would be one range).
struct StyledRange
{
    int start = 0;
    int length = 0;
    Styles styles;
    friend bool operator==(const StyledRange&, const StyledRange&) = default;
};

enum class BlockKind {
    Paragraph, // an ordinary line
    Quote,     // "> " at the start of a line: shown after a bar, without the "> "
    Bullet,    // "* " or "- " at the start of a line: shown after a bullet, without the marker
    Numbered,  // "1. " (any number) at the start of a line: shown after "N.", without the marker
};

// One line of the shown text (lines are separated by '\n', which stays in the text).
struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    int start = 0;  // in the shown text
    int length = 0; // without the '\n'
    int number = 0; // Numbered only: the N of "N. "
    friend bool operator==(const Block&, const Block&) = default;
};

struct FormattedText
{
    QString text;              // what the phone shows, markers that applied removed
    QList<StyledRange> ranges; // styled stretches only; unstyled text has no range
    QList<Block> blocks;       // one per line, in order, covering the whole text

    // The styles at a position of the shown text.
    Styles stylesAt(int position) const;
    friend bool operator==(const FormattedText&, const FormattedText&) = default;
};

FormattedText parse(QStringView source);

} // namespace wa::TextFormatting

Q_DECLARE_OPERATORS_FOR_FLAGS(wa::TextFormatting::Styles)
