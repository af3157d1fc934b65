#pragma once

#include "OctopodsOptions.h"
#include "RequestCommand.h"
#include "sending/SendResult.h"

namespace wa::cli {

// wa-composer send --to PHONE [--teammate ID] [--base URL] [--path PATH] [--timeout SECONDS] FILE|-
// (or --draft NAME): builds the request as `request` does and sends it to Octopods with the key from
// WA_COMPOSER_API_KEY.
class SendCommand : public RequestCommand
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::SendCommand)
public:
    using RequestCommand::RequestCommand;
    QString name() const override { return QStringLiteral("send"); }
    QString summary() const override;

    enum SendExit : int {
        Refused = 3, // not sent: Octopods said no (rejected, key, not enabled, rate-limited, a redirect), or
                     // nothing left this computer (connection refused, name not found)
        Unreachable = 4, // no clear answer once the message had left: it may have arrived
    };
    static constexpr const char* KeyVariable = OctopodsOptions::KeyVariable;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, Io& io) override;
};

} // namespace wa::cli
