#pragma once

#include "Command.h"

namespace wa::cli {

// wa-composer format FILE|- [--compact]: the canonical JSON, keys in WhatsApp's order.
class FormatCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::FormatCommand)
public:
    QString name() const override { return QStringLiteral("format"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, Io& io) override;
};

} // namespace wa::cli
