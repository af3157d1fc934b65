#include "SendCommand.h"

#include "AppServices.h"
#include "sending/OctopodsClient.h"
#include "sending/Sender.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace wa::cli {

namespace {
const QString EndpointOption = QStringLiteral("endpoint");
const QString OpenConversationOption = QStringLiteral("open-conversation");

// Honest about whether the customer may have the message: 3 when it surely did not leave (or was
// refused), 4 only when it may have arrived.
int exitCodeFor(const SendResult& result)
{
    using Outcome = SendResult::Outcome;
    switch (result.outcome) {
    case Outcome::Accepted:
        return Success;
    case Outcome::Rejected:
    case Outcome::Unauthorized:
    case Outcome::NotEnabled:
    case Outcome::RateLimited:
    case Outcome::Redirected:
        return SendCommand::Refused;
    case Outcome::NotSent: // the base URL given cannot be used
        return Unreadable;
    case Outcome::ServerError:
    case Outcome::NetworkError:
    case Outcome::Timeout:
    case Outcome::Cancelled:
        break;
    }
    return result.mayHaveBeenDelivered ? SendCommand::Unreachable : SendCommand::Refused;
}
} // namespace

QString SendCommand::summary() const
{
    return tr("Send a message to a customer through Octopods, with the API key from %1 (or the one the app\n"
              "stored in the keychain). Every attempt goes into the app's send history.\n"
              "Exit status: 0 sent, 1 invalid, 2 unreadable or wrong options, 3 not sent (refused by "
              "Octopods,\n"
              "or nothing left this computer), 4 no clear answer once sent (it may have arrived).")
        .arg(QLatin1StringView(KeyVariable));
}

void SendCommand::addOptions(QCommandLineParser& parser)
{
    RequestCommand::addOptions(parser);
    const OctopodsClient::Config defaults;
    OctopodsOptions::addBase(parser);
    parser.addOption({EndpointOption,
                      tr("Octopods' call to send with: messages (%1, the default) or interactive (%2).")
                          .arg(SendEndpoints::path(SendEndpoint::Messages),
                               SendEndpoints::path(SendEndpoint::Interactive)),
                      tr("NAME"), SendEndpoints::name(defaults.endpoint)});
    parser.addOption({OpenConversationOption,
                      tr("Have Octopods open the customer's Intercom conversation (--endpoint interactive "
                         "only).")});
    OctopodsOptions::addTimeout(parser);
}

int SendCommand::execute(const QCommandLineParser& parser, Io& io)
{
    std::optional<OctopodsClient::Config> config = OctopodsOptions::config(parser, io);
    if (!config)
        return Unreadable;
    const std::optional<SendEndpoint> endpoint = SendEndpoints::fromName(parser.value(EndpointOption));
    if (!endpoint) {
        io.err
            << tr("--endpoint: give messages or interactive, not \"%1\".").arg(parser.value(EndpointOption))
            << Qt::endl;
        return Unreadable;
    }
    const bool openConversation = parser.isSet(OpenConversationOption);
    if (openConversation && !SendEndpoints::takesOpenConversation(*endpoint)) {
        io.err << tr("--open-conversation: only the interactive endpoint takes it (add --endpoint "
                     "interactive).")
               << Qt::endl;
        return Unreadable;
    }
    const QString key = OctopodsOptions::apiKey(services(), io);
    if (key.isEmpty())
        return Unreadable;
    int exitCode = Success;
    SendTemplate written;
    std::optional<OctopodsRequest> request = buildRequest(parser, io, exitCode, &written);
    if (!request)
        return exitCode;
    if (openConversation)
        request->openIntercomConversation = true;
    if (const QString warning = SendEndpoints::undocumentedTypeWarning(*endpoint, request->message.type());
        !warning.isEmpty())
        io.err << tr("warning: %1").arg(warning)
               << Qt::endl; // said, not refused: it is not documented either way

    config->endpoint = *endpoint;
    // The options configure this process's one client (no settings are read: the command line says it all).
    services().client().setConfig(*config);
    SendOperation* operation = services().sender().send(*request, key, written);
    // finished() always comes from the event loop, even for a send refused before it started.
    QEventLoop loop;
    QObject::connect(operation, &SendOperation::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const SendResult& result = operation->result();

    QTextStream& stream = result.isAccepted() ? io.out : io.err;
    stream << result.summary() << '\n';
    if (!result.isAccepted() && !result.body.isEmpty()) {
        constexpr qsizetype Shown = 4096;
        const bool cut = result.bodyTruncated || result.body.size() > Shown;
        stream << tr("Response (HTTP %1):").arg(result.httpStatus) << '\n'
               << QString::fromUtf8(result.body.left(Shown)) << (cut ? QStringLiteral("…") : QString())
               << '\n';
    }
    stream.flush();
    return exitCodeFor(result);
}

} // namespace wa::cli
