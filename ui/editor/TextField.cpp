#include "TextField.h"

#include "ShapedTextCache.h"

#include "message/TextMetrics.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalBlocker>

#include <cmath>

namespace wa {

namespace {
const QColor ErrorColour(0xc6, 0x28, 0x28);
const QColor WarningColour(0xb2, 0x6a, 0x00);
} // namespace

// The issue's colour around the input, drawn over the style's own frame, which stays. A style sheet did it
// before: it made a style-sheet style for the field, parsed its rules and polished the field again, a tenth
// of the form's first frame when the body had a warning (issue 21).
class TextField::IssueOutline : public QWidget
{
public:
    IssueOutline(QWidget* input, QWidget* parent) : QWidget(parent), m_input(input)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
        input->installEventFilter(this);
        follow();
    }
    void setColour(const QColor& colour)
    {
        m_colour = colour;
        update();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_input && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
            follow();
        return false;
    }
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(m_colour, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    }

private:
    void follow()
    {
        setGeometry(m_input->geometry());
        raise();
    }

    QWidget* m_input;
    QColor m_colour;
};

TextField::TextField(const QString& path, int limit, Lines lines, QWidget* parent)
    : QWidget(parent), m_path(path), m_limit(limit)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (lines == Lines::One) {
        m_line = new QLineEdit(this);
        m_line->setObjectName(path);
        connect(m_line, &QLineEdit::textEdited, this, [this](const QString& text) {
            updateCounter();
            emit edited(text);
        });
        layout->addWidget(m_line);
    } else {
        m_lines = new QPlainTextEdit(this);
        m_lines->setObjectName(path);
        m_lines->setTabChangesFocus(true); // the whole form works by keyboard
        m_lines->setMinimumHeight(90);
        keepShapedText(*m_lines->document());
        connect(m_lines, &QPlainTextEdit::textChanged, this, [this] {
            updateCounter();
            emit edited(m_lines->toPlainText());
        });
        layout->addWidget(m_lines);
    }
    m_counter = new QLabel(this);
    m_counter->setObjectName(path + QStringLiteral(".counter"));
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(QStringLiteral("0000/0000")));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_counter, 0, Qt::AlignTop);
    updateCounter();
}

QWidget* TextField::input() const
{
    return m_line ? static_cast<QWidget*>(m_line) : m_lines;
}

QString TextField::text() const
{
    if (m_textToShow)
        return *m_textToShow;
    return m_line ? m_line->text() : m_lines->toPlainText();
}

void TextField::setText(const QString& text)
{
    if (text == this->text())
        return;
    if (m_lines && !m_lines->isVisible())
        m_textToShow = text;
    else
        showText(text);
    updateCounter();
}

void TextField::showText(QString text) // a copy: it may be the text held until now, forgotten here
{
    m_textToShow.reset();
    const QSignalBlocker blocker(input()); // the document's own value is no user edit
    if (m_line) {
        m_line->setText(text);
        return;
    }
    const bool barFirst = needsScrollBarFirst(text);
    if (barFirst)
        m_lines->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_lines->setPlainText(text);
    if (barFirst)
        m_lines->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded); // it stays while the text is longer
}

// Whether a shown editor without its scroll bar yet will need one for this text, by a guess from the font's
// average character. The bar shown first, the text is laid out once, at the width the bar leaves; else it is
// laid out at the whole width and again when the bar appears (a 4,096-character body shaped twice before the
// first frame, issue 21). A wrong guess costs that second layout, no more.
bool TextField::needsScrollBarFirst(const QString& text) const
{
    const QWidget* viewport = m_lines->viewport();
    if (!m_lines->isVisible() || m_lines->verticalScrollBar()->isVisible() || viewport->width() <= 0)
        return false;
    const QFontMetricsF metrics(m_lines->font());
    const qreal charactersPerLine = std::max(1.0, viewport->width() / metrics.averageCharWidth());
    qreal lines = 0;
    for (const QStringView paragraph : QStringView(text).split(u'\n'))
        lines += std::max(1.0, std::ceil(paragraph.size() / charactersPerLine));
    // A line more than it holds: a guess a little short must not take the bar away again.
    return (lines - 1) * metrics.lineSpacing() > viewport->height();
}

void TextField::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Its children are shown and sized by now: the text is laid out once, at the width it is shown at.
    if (m_textToShow)
        showText(*m_textToShow);
}

QColor TextField::issueColour(Severity severity)
{
    return severity == Severity::Error ? ErrorColour : WarningColour;
}

void TextField::setLimit(int limit)
{
    m_limit = limit;
    updateCounter();
}

void TextField::setPlaceholder(const QString& text)
{
    if (m_line)
        m_line->setPlaceholderText(text);
    else
        m_lines->setPlaceholderText(text);
}

void TextField::updateCounter()
{
    m_counter->setVisible(m_limit > 0);
    const qsizetype length = TextMetrics::codePointCount(text());
    m_counter->setText(QStringLiteral("%1/%2").arg(length).arg(m_limit));
    QPalette palette = m_counter->palette();
    palette.setColor(QPalette::WindowText,
                     length > m_limit ? ErrorColour : palette.color(QPalette::PlaceholderText));
    m_counter->setPalette(palette);
}

void TextField::setIssue(const ValidationIssue* issue)
{
    QWidget* field = input();
    if (const QString tip = issue ? issue->message : QString(); tip != field->toolTip())
        field->setToolTip(tip); // the message may change with every keystroke ("4,095 characters")
    // This runs for every field on every keystroke: the outline changes only with the kind of issue, not its
    // wording.
    const QString shown = issue ? issue->code + u'|' + severityName(issue->severity) : QString();
    if (shown == m_shownIssue)
        return;
    m_shownIssue = shown;
    if (!issue) {
        if (m_outline)
            m_outline->hide();
        field->setProperty("issue", QVariant());
        return;
    }
    if (!m_outline)
        m_outline = new IssueOutline(field, this);
    m_outline->setColour(issueColour(issue->severity));
    m_outline->show();
    field->setProperty("issue", issue->code);
}

} // namespace wa
