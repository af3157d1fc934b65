#pragma once

#include "LibraryCommand.h"

namespace wa::cli {

// wa-composer drafts list [--search Q] [--tag T] [--sort name|updated] [--trash] [--json]: the library as a
// table (name, type, last change in local time, excerpt), or as JSON for tools.
class DraftsListCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::DraftsListCommand)
public:
    using LibraryCommand::LibraryCommand;
    QString name() const override { return QStringLiteral("drafts list"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, Io& io) override;
};

} // namespace wa::cli
