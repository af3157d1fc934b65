#pragma once

#include "LibraryCommand.h"

namespace wa::cli {

// wa-composer drafts copy NAME... | --all --to team|local (with --library or WA_COMPOSER_LIBRARY naming the
// team library): copies drafts from this computer's library to the team's, or back. A name already taken
// there gets the next free one ("Offer (2)"); nothing is overwritten and nothing leaves the source.
class DraftsCopyCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::DraftsCopyCommand)
public:
    using LibraryCommand::LibraryCommand;
    QString name() const override { return QStringLiteral("drafts copy"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, Io& io) override;
};

} // namespace wa::cli
