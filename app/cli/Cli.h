#pragma once

#include "Command.h"

#include <memory>
#include <optional>
#include <vector>

namespace wa {
class AppServices;
}

namespace wa::cli {

// `wa-composer VERB ...`: finds the verb's Command and runs it. Without a verb the app opens its window.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::Cli)
public:
    explicit Cli(AppServices& services);
    ~Cli();

    // True when the arguments name a verb (or ask for the CLI's help or version): no window, no display
    // needed.
    static bool handles(const QStringList& arguments);
    int run(const QStringList& arguments, Io& io);

    // Takes every `--data-dir DIR` and `--data-dir=DIR` out of the arguments (program name first; nothing
    // after a lone "--" counts) and returns the last folder given, nullopt when none is. main() calls it
    // before anything else reads the arguments, so the option works for the window and for every verb
    // alike, anywhere on the command line. A --data-dir without a folder: nullopt and *error says so.
    static std::optional<QString> takeDataDir(QStringList& arguments, QString* error);

private:
    Command* find(const QString& verb) const;
    void printUsage(QTextStream& stream) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace wa::cli
