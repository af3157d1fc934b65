#pragma once

#include "InteractiveMessage.h"

#include <QList>
#include <QString>

namespace wa {

struct FilledMessage;

enum class Severity { Error, Warning };

struct ValidationIssue
{
    QString path; // where, as in the payload: "action.sections[0].rows[3].title"
    Severity severity = Severity::Error;
    QString code;    // stable, for tools and tests: "too-long", "duplicate-id" ...
    QString message; // a sentence for people, translated
    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

// Checks a message against every rule and limit of SPEC.md. Pure: the same message gives the same issues.
class Validator
{
public:
    static QList<ValidationIssue> check(const InteractiveMessage& message);
    // The same for a message whose placeholders `fill` filled (MessageFill::check() is the way in): a field
    // with a variable that has no value and no fallback is checked for what does not depend on the value (its
    // length without it, its characters; a URL waits until it is filled), and a field whose variables have
    // little room left under its limit says how much.
    static QList<ValidationIssue> check(const InteractiveMessage& message, const FilledMessage& fill);
    static bool hasErrors(const QList<ValidationIssue>& issues);
};

QString severityName(Severity severity); // "error" or "warning"

} // namespace wa
