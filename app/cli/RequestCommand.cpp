#include "RequestCommand.h"

#include "DraftLookup.h"
#include "VariableOptions.h"
#include "message/MessageJson.h"
#include "sending/PhoneNumber.h"
#include "sending/SendHistory.h"

#include <QCommandLineParser>

namespace wa::cli {

namespace {
const QString ToOption = QStringLiteral("to");
const QString TeammateOption = QStringLiteral("teammate");
const QString RegionOption = QStringLiteral("region");
const QString CompactOption = QStringLiteral("compact");
const QString DraftOption = QStringLiteral("draft");
const QString RequestMessageKey = QStringLiteral("waba_interactive_message");
} // namespace

QString RequestCommand::summary() const
{
    return tr(
        "Print the body of the Octopods send request for a message, with the phone number in E.164 form.\n"
        "Problems go to standard error as 'path: message'. Exit status: 0 done, 1 invalid, 2 unreadable.");
}

void RequestCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({ToOption, tr("The customer's phone number (any common notation)."), tr("PHONE")});
    parser.addOption({TeammateOption, tr("The Intercom teammate id to send as."), tr("ID")});
    parser.addOption(
        {RegionOption, tr("Country for numbers written without a country code, e.g. IE."), tr("CC")});
    parser.addOption({CompactOption, tr("One line, no spaces.")});
    parser.addOption({DraftOption,
                      tr("The drafts library's draft of this name instead of FILE; its default recipient and "
                         "teammate apply unless --to and --teammate are given."),
                      tr("NAME")});
    VariableOptions::add(parser);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("The interactive message (or a request body, or an exported draft), or - for standard input."));
}

std::optional<Payload> RequestCommand::readDraft(const QCommandLineParser& parser, Io& io,
                                                 int& exitCode) const
{
    if (!parser.positionalArguments().isEmpty()) {
        io.err << tr("--draft takes the place of FILE: give one or the other.") << Qt::endl;
        exitCode = Unreadable;
        return std::nullopt;
    }
    std::optional<Draft> draft = DraftLookup::find(library(), parser.value(DraftOption), io, exitCode);
    if (!draft)
        return std::nullopt;
    // Named as in the request body, like the issues of a message read from a FILE.
    JsonError syntax;
    const std::optional<QJsonValue> json = MessageJson::parseDocument(draft->payload, &syntax);
    MessageParseResult result =
        json ? MessageJson::fromJson(*json, RequestMessageKey) : MessageParseResult{std::nullopt, {syntax}};
    if (!result.message) {
        io.err << tr("The draft \"%1\" is not a complete message yet:").arg(draft->name) << '\n';
        for (const JsonError& error : result.errors)
            io.err << error.toString() << '\n';
        io.err.flush();
        exitCode = Invalid;
        return std::nullopt;
    }
    Payload payload;
    payload.message = std::move(*result.message);
    payload.draft = std::move(draft);
    return payload;
}

std::optional<OctopodsRequest> RequestCommand::buildRequest(const QCommandLineParser& parser, Io& io,
                                                            int& exitCode, SendTemplate* written) const
{
    const std::optional<Payload> payload =
        parser.isSet(DraftOption) ? readDraft(parser, io, exitCode) : readMessage(parser, io, exitCode);
    if (!payload)
        return std::nullopt;

    // Options win over what a request body or a draft already holds.
    OctopodsRequest request = payload->request.value_or(OctopodsRequest{});
    request.message = payload->message;
    if (payload->draft) {
        request.destinationPhone = payload->draft->defaultRecipient;
        request.intercomTeammateId = payload->draft->teammateId;
    }
    const bool phoneFromOption = parser.isSet(ToOption);
    const QString phoneInput = phoneFromOption ? parser.value(ToOption) : request.destinationPhone;
    if (parser.isSet(TeammateOption))
        request.intercomTeammateId = parser.value(TeammateOption).trimmed();
    if (phoneInput.trimmed().isEmpty()) {
        io.err << (payload->draft ? tr("--to: the customer's phone number is required (the draft has no "
                                       "default recipient).")
                                  : tr("--to: the customer's phone number is required."))
               << Qt::endl;
        exitCode = Unreadable; // the command line is incomplete
        return std::nullopt;
    }
    const PhoneNumberResult phone = PhoneNumber::normalize(phoneInput, parser.value(RegionOption));
    if (!phone.isValid()) {
        // Name the phone where the user wrote it: the option, the request body's key or the draft's.
        const QString where = phoneFromOption  ? QStringLiteral("--to")
                              : payload->draft ? QStringLiteral("default_recipient")
                                               : QStringLiteral("destination_phone");
        io.err << where << ": " << phone.error << Qt::endl;
        exitCode = Invalid;
        return std::nullopt;
    }
    request.destinationPhone = phone.e164;

    // A draft's default values apply under what the command line gives.
    const std::optional<VariableValues> values = VariableOptions::read(
        parser, io, exitCode, payload->draft ? payload->draft->variableDefaults : VariableValues());
    if (!values)
        return std::nullopt;
    const FilledMessage filled = MessageFill::fill(payload->message, *values);
    if (!filled.isComplete()) {
        for (ValidationIssue issue : filled.syntaxErrors) {
            issue.path = JsonReader::child(payload->messagePath, issue.path);
            io.err << issueLine(issue) << '\n';
        }
        for (const QString& line : MessageFill::unfilledLines(filled.unfilled))
            io.err << line << '\n';
        io.err.flush();
        exitCode = Invalid;
        return std::nullopt;
    }
    request.message = filled.message;
    if (written)
        *written = MessageFill::sendTemplate(payload->message, *values);

    bool hasErrors = false;
    for (ValidationIssue issue : request.validate()) {
        hasErrors |= issue.severity == Severity::Error;
        // A draft file holds the message under "message": name the parts where the file has them.
        if (payload->messagePath == u"message" && issue.path.startsWith(RequestMessageKey))
            issue.path.replace(0, RequestMessageKey.size(), payload->messagePath);
        io.err << issueLine(issue) << '\n';
    }
    io.err.flush();
    if (hasErrors) {
        exitCode = Invalid;
        return std::nullopt;
    }
    return request;
}

int RequestCommand::execute(const QCommandLineParser& parser, Io& io)
{
    int exitCode = Success;
    const std::optional<OctopodsRequest> request = buildRequest(parser, io, exitCode);
    if (!request)
        return exitCode;
    const auto format =
        parser.isSet(CompactOption) ? JsonWriter::Format::Compact : JsonWriter::Format::Indented;
    io.out << QString::fromUtf8(request->toJson(format));
    if (format == JsonWriter::Format::Compact)
        io.out << '\n';
    io.out.flush();
    return Success;
}

} // namespace wa::cli
