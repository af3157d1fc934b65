#include "RequestCommand.h"

#include "sending/PhoneNumber.h"

#include <QCommandLineParser>

namespace wa::cli {

namespace {
const QString ToOption = QStringLiteral("to");
const QString TeammateOption = QStringLiteral("teammate");
const QString RegionOption = QStringLiteral("region");
const QString CompactOption = QStringLiteral("compact");
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
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The interactive message (or a request body), or - for standard input."));
}

std::optional<OctopodsRequest> RequestCommand::buildRequest(const QCommandLineParser& parser, Io& io,
                                                            int& exitCode) const
{
    const std::optional<Payload> payload = readMessage(parser, io, exitCode);
    if (!payload)
        return std::nullopt;

    // Options win over what a request body already holds.
    OctopodsRequest request = payload->request.value_or(OctopodsRequest{});
    request.message = payload->message;
    const bool phoneFromOption = parser.isSet(ToOption);
    const QString phoneInput = phoneFromOption ? parser.value(ToOption) : request.destinationPhone;
    if (parser.isSet(TeammateOption))
        request.intercomTeammateId = parser.value(TeammateOption).trimmed();
    if (phoneInput.trimmed().isEmpty()) {
        io.err << tr("--to: the customer's phone number is required.") << Qt::endl;
        exitCode = Unreadable; // the command line is incomplete
        return std::nullopt;
    }
    const PhoneNumberResult phone = PhoneNumber::normalize(phoneInput, parser.value(RegionOption));
    if (!phone.isValid()) {
        // Name the phone where the user wrote it: the option, or the request body's key.
        io.err << (phoneFromOption ? QStringLiteral("--to") : QStringLiteral("destination_phone")) << ": "
               << phone.error << Qt::endl;
        exitCode = Invalid;
        return std::nullopt;
    }
    request.destinationPhone = phone.e164;

    bool hasErrors = false;
    for (const ValidationIssue& issue : request.validate()) {
        hasErrors |= issue.severity == Severity::Error;
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
