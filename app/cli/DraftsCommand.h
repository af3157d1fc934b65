#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace wa {
class AppServices;
}

namespace wa::cli {

// wa-composer drafts list|show|export|import ...: the drafts library from the command line, in the data
// folder the services were given (--data-dir, or WA_COMPOSER_DATA_DIR). Each sub-command is a
// Command of its own, with its own options and help.
class DraftsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::DraftsCommand)
public:
    explicit DraftsCommand(AppServices& services);
    ~DraftsCommand() override;

    QString name() const override { return QStringLiteral("drafts"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, Io& io) override;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace wa::cli
