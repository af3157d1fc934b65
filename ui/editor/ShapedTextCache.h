#pragma once

class QTextDocument;

namespace wa {

// Keeps the shaped glyphs of a text editor's paragraphs after they are laid out. A QTextDocument's paragraph
// layouts drop them at the end of each layout, so painting the paragraph and placing the cursor in it shape
// it again: for a 4,096-character body, three times a keystroke where once does. The cost is the glyphs'
// memory, a few bytes a character.
void keepShapedText(QTextDocument& document);

} // namespace wa
