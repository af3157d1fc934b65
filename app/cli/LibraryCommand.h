#pragma once

#include <chrono>

#include "Command.h"

namespace wa {
class AppServices;
class DraftLibrary;
} // namespace wa

namespace wa::cli {

// A verb that works on the app's data (the drafts library, the send history), as KeePassXC's
// DatabaseCommand: it is given the services main() built, and never opens a database of its own. Every one
// takes --library: this computer's library ("local", the default) or a team library's address
// (postgresql://USER@HOST:PORT/DB), else WA_COMPOSER_LIBRARY; the team library's password comes from
// WA_COMPOSER_LIBRARY_PASSWORD, never from the command line.
class LibraryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::LibraryCommand)
public:
    static constexpr const char* LibraryVariable = "WA_COMPOSER_LIBRARY";
    static constexpr const char* PasswordVariable = "WA_COMPOSER_LIBRARY_PASSWORD";
    // How long a command waits for the keychain's answer about the team library's password.
    static constexpr std::chrono::seconds KeychainTimeout{5};

    explicit LibraryCommand(AppServices& services) : m_services(services) {}

protected:
    AppServices& services() const { return m_services; }
    DraftLibrary& library() const;

    void addSharedOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser, Io& io) override;

private:
    AppServices& m_services;
};

} // namespace wa::cli
