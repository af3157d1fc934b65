#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace wa {

class MessageDocument;
class TextField;
struct FlowAction;

// A flow message's parameters: the flow (by id or by name), the button text, token, mode, the first
// action and screen, and the screen's input data as JSON.
class FlowEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FlowEditor(MessageDocument* document, QWidget* parent = nullptr);

    void show(const FlowAction& action);
    QList<TextField*> fields() const;

private:
    void editFlow(const QString& description, const std::function<void(FlowAction&)>& change,
                  const QString& mergeKey = {});
    TextField* addField(const QString& path, int limit, const QString& label, const QString& placeholder,
                        const std::function<void(FlowAction&, const QString&)>& apply);
    void editData();

    MessageDocument* m_document;
    QFormLayout* m_form;
    QComboBox* m_identity;
    TextField* m_flow;
    TextField* m_cta;
    TextField* m_token;
    QComboBox* m_mode;
    QComboBox* m_action;
    TextField* m_screen;
    QPlainTextEdit* m_data;
    QLabel* m_dataError;
};

} // namespace wa
