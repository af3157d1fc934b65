#pragma once

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace wa {

class MessageDocument;
class TextField;
struct ReplyButtonsAction;

// The reply buttons of a "button" message: up to three, each with its id and title; add, remove, reorder.
class ReplyButtonsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyButtonsEditor(MessageDocument* document, QWidget* parent = nullptr);

    void show(const ReplyButtonsAction& action);
    QList<TextField*> fields() const;

private:
    void rebuild(qsizetype count);
    void editButtons(const QString& description, const std::function<void(ReplyButtonsAction&)>& change,
                     const QString& mergeKey = {});

    MessageDocument* m_document;
    QVBoxLayout* m_rows;
    QPushButton* m_add;
    QList<QWidget*> m_rowWidgets;
    QList<TextField*> m_fields; // id, title for each button, in order
};

} // namespace wa
