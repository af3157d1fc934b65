#include "ValidateCommand.h"

#include "VariableOptions.h"
#include "drafts/DraftFile.h"
#include "message/JsonWriter.h"
#include "message/Validator.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace wa::cli {

namespace {
const QString JsonOption = QStringLiteral("json");

QList<ValidationIssue> issuesOf(const Payload& payload, const VariableValues& values)
{
    QList<ValidationIssue> issues;
    for (const JsonError& error : payload.errors)
        issues.append({error.path, Severity::Error, QStringLiteral("json"), error.message});
    if (!payload.errors.isEmpty())
        return issues;
    if (payload.request && payload.hasDestinationPhone)
        return payload.request->validateAsWritten(values);
    if (payload.draft) {
        if (const auto recipient = DraftFile::checkRecipient(payload.draft->defaultRecipient,
                                                             QStringLiteral("default_recipient")))
            issues.append(*recipient);
    }
    for (ValidationIssue issue : MessageFill::check(payload.message, values)) {
        if (!payload.messagePath.isEmpty())
            issue.path = JsonReader::child(payload.messagePath, issue.path);
        issues.append(issue);
    }
    return issues;
}
} // namespace

QString ValidateCommand::summary() const
{
    return tr("Check an interactive message (or an Octopods request body) against every WhatsApp limit.\n"
              "Prints one 'path: message' line per problem. Exit status: 0 valid, 1 invalid, 2 unreadable.");
}

void ValidateCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({JsonOption, tr("Print the result as JSON, for tools.")});
    VariableOptions::add(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The JSON file to check, or - for standard input."));
}

namespace {
QJsonObject issueToJson(const ValidationIssue& issue)
{
    return {{QStringLiteral("path"), issue.path},
            {QStringLiteral("severity"), severityName(issue.severity)},
            {QStringLiteral("code"), issue.code},
            {QStringLiteral("message"), issue.message}};
}

// The first MaxPerCode issues of each kind, and how many more of each there are: a hostile file with a
// million buttons gets a screenful, not a million lines.
struct ListedIssues
{
    static constexpr qsizetype MaxPerCode = 20;

    QList<ValidationIssue> listed;
    QList<std::pair<QString, qsizetype>> omitted; // by code, in the order first met

    explicit ListedIssues(const QList<ValidationIssue>& issues)
    {
        QHash<QString, qsizetype> seen;
        for (const ValidationIssue& issue : issues) {
            const qsizetype n = ++seen[issue.code];
            if (n <= MaxPerCode) {
                listed.append(issue);
                continue;
            }
            if (n == MaxPerCode + 1)
                omitted.append({issue.code, 0});
            for (auto& [code, count] : omitted)
                if (code == issue.code)
                    ++count;
        }
    }
};

void printJson(Io& io, bool valid, const QList<ValidationIssue>& issues,
               const std::optional<MessageType>& type, const QList<VariableUse>& variables = {})
{
    const ListedIssues shown(issues);
    QJsonArray list;
    for (const ValidationIssue& issue : shown.listed)
        list.append(issueToJson(issue));
    QJsonObject result{{QStringLiteral("valid"), valid}, {QStringLiteral("issues"), list}};
    if (!shown.omitted.isEmpty()) {
        QJsonArray omitted;
        for (const auto& [code, count] : shown.omitted)
            omitted.append(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("count"), count}});
        result.insert(QStringLiteral("omitted"), omitted);
    }
    if (type) {
        result.insert(QStringLiteral("type"), messageTypeName(*type));
        QJsonArray used;
        for (const VariableUse& variable : variables) {
            QJsonObject entry{{QStringLiteral("name"), variable.name}};
            if (variable.fallback)
                entry.insert(QStringLiteral("fallback"), *variable.fallback);
            used.append(entry);
        }
        result.insert(QStringLiteral("variables"), used);
    }
    io.out << QString::fromUtf8(JsonWriter::write(result));
    io.out.flush();
}
} // namespace

int ValidateCommand::execute(const QCommandLineParser& parser, Io& io)
{
    const bool asJson = parser.isSet(JsonOption);
    int exitCode = Success;
    QString whyUnreadable;
    const std::optional<Payload> payload = readPayload(parser, io, exitCode, &whyUnreadable);
    if (!payload) {
        // Tools reading --json get an answer in JSON whatever happened.
        if (asJson)
            printJson(io, false,
                      {{QStringLiteral("$"), Severity::Error, QStringLiteral("unreadable"), whyUnreadable}},
                      std::nullopt);
        return exitCode;
    }
    // A draft's default values apply under what the command line gives.
    const std::optional<VariableValues> values = VariableOptions::read(
        parser, io, exitCode, payload->draft ? payload->draft->variableDefaults : VariableValues());
    if (!values)
        return exitCode;
    const QList<ValidationIssue> issues = issuesOf(*payload, *values);
    const bool valid = !Validator::hasErrors(issues);
    const QList<VariableUse> variables =
        payload->isParsed() ? MessageFill::variablesOf(payload->message) : QList<VariableUse>();
    if (asJson) {
        printJson(io, valid, issues,
                  payload->isParsed() ? std::optional(payload->message.type()) : std::nullopt, variables);
        return valid ? Success : Invalid;
    }
    const ListedIssues shown(issues);
    for (const ValidationIssue& issue : shown.listed)
        io.out << issueLine(issue) << '\n';
    for (const auto& [code, count] : shown.omitted)
        io.out << tr("… and %n more '%1' issue(s) not listed.", nullptr,
                     int(std::min<qsizetype>(count, INT_MAX)))
                      .arg(code)
               << '\n';
    if (!variables.isEmpty())
        io.out << tr("Variables: %1").arg(VariableOptions::describe(variables).join(QStringLiteral(", ")))
               << '\n';
    if (valid)
        io.out << tr("%1: valid %2 message")
                      .arg(parser.positionalArguments().first(), messageTypeName(payload->message.type()))
               << '\n';
    io.out.flush();
    return valid ? Success : Invalid;
}

} // namespace wa::cli
