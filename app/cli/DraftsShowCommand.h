#pragma once

#include "Command.h"

namespace wa::cli {

// wa-composer drafts show NAME: the draft's message, exactly as `send --draft NAME` would send it as
// waba_interactive_message.
class DraftsShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::DraftsShowCommand)
public:
    QString name() const override { return QStringLiteral("drafts show"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, Io& io) override;
};

} // namespace wa::cli
