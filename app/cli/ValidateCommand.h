#pragma once

#include "Command.h"

namespace wa::cli {

// wa-composer validate FILE|- [--json]: exit 0 valid, 1 invalid, 2 unreadable.
class ValidateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::ValidateCommand)
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, Io& io) override;
};

} // namespace wa::cli
