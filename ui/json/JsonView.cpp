#include "JsonView.h"

#include "JsonHighlighter.h"
#include "editor/ShapedTextCache.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace wa {

JsonView::JsonView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("jsonView"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("jsonText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("JSON payload"));
    m_highlighter = new JsonHighlighter(m_text->document());
    keepShapedText(*m_text->document());

    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyJsonButton"));
    m_copy->setToolTip(tr("Copy the payload to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, &JsonView::copyToClipboard);

    auto* title = new QLabel(tr("JSON payload"), this);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_text);
}

void JsonView::setJson(const QByteArray& json)
{
    const QString text = QString::fromUtf8(json).trimmed();
    const QString current = m_text->toPlainText();
    if (text == current)
        return;
    // A keystroke changes a few characters of the payload: replace only those, so that the document lays
    // out and highlights one block instead of all of them, and the reader keeps their place.
    const qsizetype shorter = std::min(text.size(), current.size());
    qsizetype prefix = 0;
    while (prefix < shorter && text[prefix] == current[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           text[text.size() - 1 - suffix] == current[current.size() - 1 - suffix])
        ++suffix;
    QTextCursor cursor(m_text->document());
    // Inside an edit block the cursor skips working out its x position, which would shape the whole
    // (possibly 4,096-character) line a second time.
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.sliced(prefix, text.size() - prefix - suffix));
    cursor.endEditBlock();
}

QString JsonView::json() const
{
    return m_text->toPlainText();
}

void JsonView::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(json());
}

} // namespace wa
