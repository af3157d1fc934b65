#pragma once

#include <algorithm>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace wa {

// One placeholder or escape in a text, as written: "{{name}}", "{{name|fallback}}" or "{{{{" (a literal
// "{{").
struct PlaceholderToken
{
    enum class Kind { Placeholder, Escape };
    Kind kind = Kind::Placeholder;
    qsizetype start = 0;  // UTF-16 index of the opening braces
    qsizetype length = 0; // UTF-16 units, braces included
    QString name;
    std::optional<QString> fallback; // "{{name|}}" has an empty fallback, "{{name}}" none
    friend bool operator==(const PlaceholderToken&, const PlaceholderToken&) = default;
};

// A placeholder that cannot be read: where it starts and what is wrong, in a sentence.
struct PlaceholderError
{
    qsizetype position = 0; // 1-based, in characters (code points), as the validator counts
    QString message;
    friend bool operator==(const PlaceholderError&, const PlaceholderError&) = default;
};

// A text read for placeholders. Reading stops at the first malformed one: what follows it is left as written.
struct PlaceholderText
{
    QList<PlaceholderToken> tokens; // in the order written
    std::optional<PlaceholderError> error;

    bool hasPlaceholders() const;
    bool isEmpty() const { return tokens.isEmpty() && !error; }
};

// The variables syntax (README, "Variables"): {{name}} and {{name|fallback}} in any text a customer sees;
// names hold letters, digits, '_' and '.', with optional spaces around them; "{{{{" is a literal "{{".
class Placeholders
{
    Q_DECLARE_TR_FUNCTIONS(wa::Placeholders)
public:
    // Cheap for the usual text without "{{": no allocation.
    static PlaceholderText parse(QStringView text);

    // What a placeholder becomes: its value, or nullopt to leave it as written.
    using Resolve = std::function<std::optional<QString>(const PlaceholderToken&)>;
    // The text with every placeholder resolved and every escape made "{{".
    static QString fill(const QString& text, const PlaceholderText& parsed, const Resolve& resolve);
    // The characters (code points) the text keeps whatever the values: all but its placeholders.
    static qsizetype fixedLength(QStringView text, const PlaceholderText& parsed);

    static bool isNameCharacter(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'.'; }
    // A name a placeholder can have: not empty, nothing but name characters.
    static bool isName(QStringView name)
    {
        return !name.isEmpty() && std::all_of(name.begin(), name.end(), isNameCharacter);
    }
    // "{{name}}", as messages name a variable.
    static QString spelled(const QString& name) { return QStringLiteral("{{%1}}").arg(name); }
};

} // namespace wa
