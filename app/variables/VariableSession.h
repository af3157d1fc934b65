#pragma once

#include "MessageFill.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace wa {

class MessageDocument;
class RecipientValues;

// The values of the open message's variables for the customer it is about to go to, and the message filled
// with them: what the variables panel edits, and what the preview, the JSON pane and the send panel show and
// send. Values are remembered per customer (RecipientValues): picking a customer again brings theirs back.
// Worked out once per change, however many parts of the window ask.
class VariableSession : public QObject
{
    Q_OBJECT
public:
    // memory may be null: nothing is remembered.
    VariableSession(MessageDocument& document, RecipientValues* memory, QObject* parent = nullptr);
    ~VariableSession() override;

    MessageDocument& document() const { return m_document; }
    // The variables the message uses, in order of first use.
    const QList<VariableUse>& variables() const { return m_variables; }
    const VariableValues& values() const { return m_values; }
    QString value(const QString& name) const { return m_values.value(name); }
    void setValue(const QString& name, const QString& value);

    // The open draft's default values: what a variable with no value typed for this customer is filled with
    // (before its fallback). They belong to the draft, not to a customer, and are never remembered.
    void setDefaults(const VariableValues& defaults);
    const VariableValues& defaults() const { return m_defaults; }

    // The customer the values are for (E.164; empty: not chosen yet). Choosing another keeps what was typed
    // for this one, and brings back the other's; values typed before any customer was chosen stay, under what
    // the new one has.
    void setRecipient(const QString& phone);
    QString recipient() const { return m_recipient; }
    // The customers' names as their remembered values give them, by E.164 number.
    QHash<QString, QString> customerNames(const QStringList& phones) const;
    // Writes the values typed for the current customer now (a send, the window closing).
    void remember();

    // The message as the customer gets it; unfilled placeholders are left as written.
    const FilledMessage& filled() const;
    // The issues of the message as written, once filled with these values (MessageFill::check).
    const QList<ValidationIssue>& issues() const;
    // The message as written and these values, for the send history (MessageFill::sendTemplate).
    SendTemplate sendTemplate() const;
    // Why the values stop a send ("{{name}} has no value."), or empty.
    QString whatIsMissing() const;

signals:
    // The set of variables, or their fallbacks, changed: the panel lays out its fields again.
    void variablesChanged();
    // The values were replaced all at once (another customer).
    void valuesReplaced();
    // Anything that changes the filled message: the document, a value, the customer.
    void changed();

private:
    void documentChanged();
    void invalidate();
    // The defaults, under every value typed: what the message is filled with.
    VariableValues valuesToFill() const;

    MessageDocument& m_document;
    RecipientValues* m_memory;
    VariableValues m_values;
    VariableValues m_defaults;
    QString m_recipient;
    bool m_unsaved = false; // values typed for the current customer and not yet remembered
    QTimer m_rememberSoon;
    QList<VariableUse> m_variables;
    mutable std::optional<FilledMessage> m_filled;
    mutable std::optional<QList<ValidationIssue>> m_issues;
};

} // namespace wa
