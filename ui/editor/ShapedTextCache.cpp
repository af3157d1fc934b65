#include "ShapedTextCache.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace wa {

namespace {
void keepShapesFrom(const QTextDocument& document, int from, int to)
{
    for (QTextBlock block = document.findBlock(from); block.isValid() && block.position() <= to;
         block = block.next())
        block.layout()->setCacheEnabled(true);
}
} // namespace

void keepShapedText(QTextDocument& document)
{
    keepShapesFrom(document, 0, document.characterCount());
    // A paragraph keeps its layout, and the setting with it, while it is edited; new paragraphs get theirs
    // here, after their first layout.
    QObject::connect(&document, &QTextDocument::contentsChange, &document,
                     [&document](int from, int, int added) { keepShapesFrom(document, from, from + added); });
}

} // namespace wa
