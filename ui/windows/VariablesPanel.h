#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace wa {

class VariableSession;

// Beside the send panel: every variable the message uses, in order of first use, with a field for its value
// for this customer (the fallback, if any, as placeholder text). It edits the VariableSession only.
class VariablesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VariablesPanel(VariableSession& variables, QWidget* parent = nullptr);

    // The value field of a variable, for tests and for focus; nullptr when the message does not use it.
    QLineEdit* field(const QString& name) const { return m_fields.value(name); }

private:
    void rebuild();
    void showValues();
    void showCustomer();

    VariableSession& m_variables;
    QLabel* m_hint;
    QFormLayout* m_form;
    QHash<QString, QLineEdit*> m_fields;
};

} // namespace wa
