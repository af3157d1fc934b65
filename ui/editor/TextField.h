#pragma once

#include "message/Validator.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wa {

// One limited text field of the form: its input, a counter ("17/20") that turns to the error colour past
// the limit, and its issue (marked, and said in the tooltip). It reports what the user typed and shows
// what the document holds; it never edits the document itself.
class TextField : public QWidget
{
    Q_OBJECT
public:
    enum class Lines { One, Many };

    // path names the field as the validator does ("body.text"); it is also the input's objectName.
    // limit 0: no counter.
    TextField(const QString& path, int limit, Lines lines, QWidget* parent = nullptr);

    QString path() const { return m_path; }
    QString text() const;
    void setText(const QString& text); // from the document: the cursor stays where it is when nothing changed
    void setPlaceholder(const QString& text);
    void setIssue(const ValidationIssue* issue); // nullptr: no issue
    QWidget* input() const;
    static QColor issueColour(Severity severity); // the form's one error and warning colour
    void setLimit(int limit);

signals:
    void edited(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateCounter();
    void showText(QString text);
    bool needsScrollBarFirst(const QString& text) const;

    QString m_path;
    int m_limit;
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_lines = nullptr;
    QLabel* m_counter;
    QString m_shownIssue; // what setIssue() last applied
    class IssueOutline;
    IssueOutline* m_outline = nullptr; // made for the first issue
    // The text of a many-lines field not shown yet, given to its editor when it shows: a QPlainTextEdit lays
    // a paragraph out whole at every change of its text, font and width, and before the first frame it gets
    // all three (a 4,096-character body was laid out six times, a tenth of the window's start).
    std::optional<QString> m_textToShow;
};

} // namespace wa
