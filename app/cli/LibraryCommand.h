#pragma once

#include "Command.h"

namespace wa {
class AppServices;
class DraftLibrary;
} // namespace wa

namespace wa::cli {

// A verb that works on the app's data (the drafts library, the send history), as KeePassXC's
// DatabaseCommand: it is given the services main() built, and never opens a database of its own.
class LibraryCommand : public Command
{
public:
    explicit LibraryCommand(AppServices& services) : m_services(services) {}

protected:
    AppServices& services() const { return m_services; }
    DraftLibrary& library() const;

private:
    AppServices& m_services;
};

} // namespace wa::cli
