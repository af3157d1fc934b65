#pragma once

#include "Command.h"
#include "variables/MessageFill.h"

#include <optional>

class QCommandLineParser;

namespace wa::cli {

// --var NAME=VALUE (repeatable) and --vars FILE.json: the values a verb fills a message's placeholders with.
class VariableOptions
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::VariableOptions)
public:
    static void add(QCommandLineParser& parser);
    // The file's values, each --var over them; `defaults` (a draft's) under both. Empty, with the reason on
    // io.err and exitCode set, when a value cannot be read.
    static std::optional<VariableValues> read(const QCommandLineParser& parser, Io& io, int& exitCode,
                                              const VariableValues& defaults = {});
    // The variables line by line: "{{name}}" or "{{name|fallback}}" as first written.
    static QStringList describe(const QList<VariableUse>& variables);
};

} // namespace wa::cli
