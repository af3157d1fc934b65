#include "ValidateCommand.h"

#include "message/JsonWriter.h"
#include "message/Validator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace wa::cli {

namespace {
const QString JsonOption = QStringLiteral("json");

QList<ValidationIssue> issuesOf(const Payload& payload)
{
    QList<ValidationIssue> issues;
    for (const JsonError& error : payload.errors)
        issues.append({error.path, Severity::Error, QStringLiteral("json"), error.message});
    if (!payload.errors.isEmpty())
        return issues;
    if (payload.request && payload.hasDestinationPhone)
        return payload.request->validate();
    for (ValidationIssue issue : Validator::check(payload.message)) {
        if (payload.request)
            issue.path = JsonReader::child(QStringLiteral("waba_interactive_message"), issue.path);
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
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The JSON file to check, or - for standard input."));
}

int ValidateCommand::execute(const QCommandLineParser& parser, Io& io)
{
    int exitCode = Success;
    const std::optional<Payload> payload = readPayload(parser, io, exitCode);
    if (!payload)
        return exitCode;
    const QList<ValidationIssue> issues = issuesOf(*payload);
    const bool valid = !Validator::hasErrors(issues);

    if (parser.isSet(JsonOption)) {
        QJsonArray list;
        for (const ValidationIssue& issue : issues)
            list.append(QJsonObject{{QStringLiteral("path"), issue.path},
                                    {QStringLiteral("severity"), severityName(issue.severity)},
                                    {QStringLiteral("code"), issue.code},
                                    {QStringLiteral("message"), issue.message}});
        QJsonObject result{{QStringLiteral("valid"), valid}, {QStringLiteral("issues"), list}};
        if (payload->isParsed())
            result.insert(QStringLiteral("type"), messageTypeName(payload->message.type()));
        io.out << QString::fromUtf8(JsonWriter::write(result));
    } else {
        for (const ValidationIssue& issue : issues)
            io.out << issueLine(issue) << '\n';
        if (valid)
            io.out << tr("%1: valid %2 message")
                          .arg(parser.positionalArguments().first(), messageTypeName(payload->message.type()))
                   << '\n';
    }
    io.out.flush();
    return valid ? Success : Invalid;
}

} // namespace wa::cli
