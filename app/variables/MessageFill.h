#pragma once

#include "message/InteractiveMessage.h"
#include "message/Validator.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>

namespace wa {

struct SendTemplate;

// The values an agent gives a message's variables, by name. An empty value is no value: the fallback applies.
using VariableValues = QMap<QString, QString>;

// A variable as the message uses it.
struct VariableUse
{
    QString name;
    std::optional<QString> fallback; // the first fallback written for it, if any
    friend bool operator==(const VariableUse&, const VariableUse&) = default;
};

// A text field that holds placeholders, as the validator needs to know it.
struct FilledField
{
    QString path;              // as the validator names it: "action.buttons[0].reply.title"
    qsizetype fixedLength = 0; // characters that are not placeholders
    QStringList names;         // its variables, each once, in order
    QStringList unfilled;      // those with no value and no fallback
};

// A message with its placeholders filled in.
struct FilledMessage
{
    // What the customer gets. What has no value and no fallback is left as written ("{{name}}"), or made
    // empty, as fill() was asked.
    InteractiveMessage message;
    QList<VariableUse> variables;        // every variable used, in order of first use
    QStringList unfilled;                // the variables with no value and no fallback, in order of first use
    QList<ValidationIssue> syntaxErrors; // malformed placeholders, by path, with their position
    QList<FilledField> fields;           // the fields that hold placeholders

    bool hasVariables() const { return !variables.isEmpty(); }
    // Nothing stands between it and a send, as far as variables go.
    bool isComplete() const { return unfilled.isEmpty() && syntaxErrors.isEmpty(); }
    const FilledField* field(QStringView path) const;
};

// Fills every customer-visible text of a message (README, "Variables"): header text, media link and file
// name, body, footer, button, section and row texts, the list button, the CTA's text and URL, the flow's
// CTA, token and every string in its data. Ids are machine values and never filled.
class MessageFill
{
    Q_DECLARE_TR_FUNCTIONS(wa::MessageFill)
public:
    enum class Unfilled { AsWritten, Empty };

    // A value wins over the fallback; with neither, the placeholder is as `unfilled` says.
    static FilledMessage fill(const InteractiveMessage& message, const VariableValues& values,
                              Unfilled unfilled = Unfilled::AsWritten);
    // Every issue of a message as written, once filled with values: its malformed placeholders, then the
    // validator's on what the values (or fallbacks) make of it (see Validator::check).
    static QList<ValidationIssue> check(const InteractiveMessage& message, const VariableValues& values = {});
    // The variables a message uses, in order of first use.
    static QList<VariableUse> variablesOf(const InteractiveMessage& message);
    // True when some text of the message holds "{{": the only messages fill() changes.
    static bool mayHoldPlaceholders(const InteractiveMessage& message);
    // What the send history keeps of `written` sent filled with `values`: the message as written and the
    // non-empty values of the variables it uses. Empty when it uses none.
    static SendTemplate sendTemplate(const InteractiveMessage& written, const VariableValues& values);
    // "{{name}}: no value", a line per variable, for the CLI and the send panel.
    static QStringList unfilledLines(const QStringList& names);
};

} // namespace wa
