#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace wa::cli {

// `wa-composer VERB ...`: finds the verb's Command and runs it. Without a verb the app opens its window.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::Cli)
public:
    Cli();
    ~Cli();

    // True when the arguments name a verb (or ask for the CLI's help or version): no window, no display
    // needed.
    bool handles(const QStringList& arguments) const;
    int run(const QStringList& arguments, Io& io);

private:
    Command* find(const QString& verb) const;
    void printUsage(QTextStream& stream) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace wa::cli
