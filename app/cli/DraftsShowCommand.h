#pragma once

#include "LibraryCommand.h"

namespace wa::cli {

// wa-composer drafts show NAME: the draft's message, exactly as `send --draft NAME` would send it as
// waba_interactive_message.
class DraftsShowCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::DraftsShowCommand)
public:
    using LibraryCommand::LibraryCommand;
    QString name() const override { return QStringLiteral("drafts show"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, Io& io) override;
};

} // namespace wa::cli
