#pragma once

#include "LibraryCommand.h"

namespace wa::cli {

// wa-composer drafts export NAME DIR | --all DIR: one draft file (docs/drafts-file-format.md) per draft,
// <DIR>/<name>.json, the name made safe for a file and never overwriting a file already there.
class DraftsExportCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::DraftsExportCommand)
public:
    using LibraryCommand::LibraryCommand;
    QString name() const override { return QStringLiteral("drafts export"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, Io& io) override;
};

} // namespace wa::cli
