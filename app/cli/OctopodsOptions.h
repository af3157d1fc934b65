#pragma once

#include "Command.h"
#include "sending/OctopodsClient.h"

#include <optional>

namespace wa {
class AppServices;
}

namespace wa::cli {

// How a verb reaches Octopods, the same for `send` and `status`: --base and --timeout on the command line
// (no settings are read: the command line says it all), and the API key from WA_COMPOSER_API_KEY, else the
// one the window stored in the keychain.
class OctopodsOptions
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::OctopodsOptions)
public:
    static constexpr const char* KeyVariable = "WA_COMPOSER_API_KEY";

    static void addBase(QCommandLineParser& parser);
    static void addTimeout(QCommandLineParser& parser);
    // The client's configuration with the options' base URL and timeout; nullopt after saying on io.err
    // what is wrong with them.
    static std::optional<OctopodsClient::Config> config(const QCommandLineParser& parser, Io& io);
    // The environment's key, else the keychain's; empty after saying on io.err how to give one.
    static QString apiKey(AppServices& services, Io& io);
};

} // namespace wa::cli
