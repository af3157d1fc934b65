#include "JsonHighlighter.h"

namespace wa {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document),
      // A string (then, if a colon follows, it is a key), a number, or a literal.
      m_token(QStringLiteral(
          R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)"))
{
    // Keys by their colour alone: a bolder weight is a second font to load before the first frame (issue 21).
    m_key.setForeground(QColor(0x00, 0x6d, 0x77));
    m_string.setForeground(QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(QColor(0x00, 0x00, 0xff));
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    for (auto it = m_token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0)
            setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)),
                      match.capturedLength(2) > 0 ? m_key : m_string);
        else if (match.capturedLength(3) > 0)
            setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_number);
        else
            setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), m_literal);
    }
}

} // namespace wa
