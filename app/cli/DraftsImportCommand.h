#pragma once

#include "LibraryCommand.h"

namespace wa::cli {

// wa-composer drafts import FILE...: each file (a draft file, a bare message or an Octopods request body)
// becomes a draft on its own; a file that fails is reported and the others are still imported.
class DraftsImportCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::DraftsImportCommand)
public:
    using LibraryCommand::LibraryCommand;
    QString name() const override { return QStringLiteral("drafts import"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, Io& io) override;
};

} // namespace wa::cli
