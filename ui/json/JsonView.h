#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace wa {

class JsonHighlighter;

// The payload exactly as it will be sent, indented and highlighted, with a Copy button.
class JsonView : public QWidget
{
    Q_OBJECT
public:
    explicit JsonView(QWidget* parent = nullptr);

    void setJson(const QByteArray& json);
    QString json() const;

public slots:
    void copyToClipboard();

private:
    QPlainTextEdit* m_text;
    QPushButton* m_copy;
    JsonHighlighter* m_highlighter;
};

} // namespace wa
