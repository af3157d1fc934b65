#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace wa::cli {

// wa-composer drafts list|show|export|import ...: the drafts library from the command line, in the data
// folder (Database::defaultPath(), so WA_COMPOSER_DATA_DIR and --data-dir apply). Each sub-command is a
// Command of its own, with its own options and help.
class DraftsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::DraftsCommand)
public:
    DraftsCommand();
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
