#include "VariablesPanel.h"

#include "sending/PhoneNumber.h"
#include "variables/Placeholders.h"
#include "variables/VariableSession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wa {

VariablesPanel::VariablesPanel(VariableSession& variables, QWidget* parent)
    : QWidget(parent), m_variables(variables)
{
    setObjectName(QStringLiteral("variablesPanel"));
    // A plain title, as the issues' and the JSON's are: a bold one was the only bold text of the first frame
    // (a font of its own to load), and a rich-text label makes a whole text document to measure one word.
    auto* title = new QLabel(tr("Variables"), this);
    title->setTextFormat(Qt::PlainText);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("variablesHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_hint);
    layout->addLayout(m_form);
    layout->addStretch();

    connect(&m_variables, &VariableSession::variablesChanged, this, &VariablesPanel::rebuild);
    connect(&m_variables, &VariableSession::valuesReplaced, this, &VariablesPanel::showValues);
    connect(&m_variables, &VariableSession::changed, this, &VariablesPanel::showCustomer);
    rebuild();
}

void VariablesPanel::rebuild()
{
    // Fields are kept by name, so a variable that stays keeps its field (and the focus, if it has it).
    QHash<QString, QLineEdit*> kept;
    while (m_form->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_form->takeRow(0);
        delete row.labelItem->widget();
        delete row.labelItem;
        delete row.fieldItem;
    }
    for (const VariableUse& variable : m_variables.variables()) {
        QLineEdit* field = m_fields.take(variable.name);
        if (!field) {
            field = new QLineEdit(this);
            field->setObjectName(QStringLiteral("variable_") + variable.name);
            const QString name = variable.name;
            connect(field, &QLineEdit::textEdited, this,
                    [this, name](const QString& text) { m_variables.setValue(name, text); });
            field->setText(m_variables.value(variable.name));
        }
        // What an empty field stands for: the draft's default, else the fallback, else nothing yet.
        if (const QString byDefault = m_variables.defaults().value(variable.name); !byDefault.isEmpty()) {
            field->setPlaceholderText(tr("Default: %1").arg(byDefault));
            field->setToolTip(tr("Left empty, the draft's default “%1” is used.").arg(byDefault));
        } else if (variable.fallback) {
            field->setPlaceholderText(tr("Fallback: %1").arg(*variable.fallback));
            field->setToolTip(tr("Left empty, the customer sees “%1”.").arg(*variable.fallback));
        } else {
            field->setPlaceholderText(tr("Needed: no fallback"));
            field->setToolTip(tr("No fallback: Send waits for a value."));
        }
        auto* label = new QLabel(Placeholders::spelled(variable.name), this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(field);
        m_form->addRow(label, field);
        kept.insert(variable.name, field);
    }
    qDeleteAll(m_fields); // variables the message no longer uses
    m_fields = kept;
    showCustomer();
}

void VariablesPanel::showValues()
{
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        it.value()->setText(m_variables.value(it.key()));
}

void VariablesPanel::showCustomer()
{
    if (m_fields.isEmpty()) {
        m_hint->setText(tr("None. Write {{name}} in any text to fill it for each customer; {{name|there}} "
                           "gives a fallback."));
        return;
    }
    const QString recipient = m_variables.recipient();
    m_hint->setText(
        recipient.isEmpty()
            ? tr("Values for the customer you send to; they are remembered for their number.")
            : tr("For %1: remembered for this number.").arg(PhoneNumber::international(recipient)));
}

} // namespace wa
