#include "Cli.h"

#include "FormatCommand.h"
#include "RequestCommand.h"
#include "ValidateCommand.h"

namespace wa::cli {

Cli::Cli()
{
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<FormatCommand>());
    m_commands.push_back(std::make_unique<RequestCommand>());
}

Cli::~Cli() = default;

Command* Cli::find(const QString& verb) const
{
    for (const auto& command : m_commands)
        if (command->name() == verb)
            return command.get();
    return nullptr;
}

bool Cli::handles(const QStringList& arguments) const
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments[1];
    return find(first) || first == u"help" || first == u"--help" || first == u"-h" || first == u"--version" ||
           first == u"-v";
}

void Cli::printUsage(QTextStream& stream) const
{
    stream << tr("Usage: wa-composer [VERB] [OPTIONS] [FILE|-]") << "\n\n"
           << tr("Without a verb, wa-composer opens the composer window.") << "\n\n"
           << tr("Verbs:") << '\n';
    for (const auto& command : m_commands)
        stream << "  " << command->name().leftJustified(10) << command->summary().section(u'\n', 0, 0)
               << '\n';
    stream << '\n' << tr("Run 'wa-composer VERB --help' for a verb's options.") << '\n';
    stream.flush();
}

int Cli::run(const QStringList& arguments, Io& io)
{
    const QString verb = arguments.value(1);
    if (Command* command = find(verb))
        return command->run(arguments, io);
    if (verb == u"--version" || verb == u"-v") {
        io.out << QStringLiteral("wa-composer %1").arg(QStringLiteral(WA_VERSION)) << Qt::endl;
        return Success;
    }
    if (verb == u"help" || verb == u"--help" || verb == u"-h") {
        if (Command* command = find(arguments.value(2)))
            return command->run({arguments.value(0), command->name(), QStringLiteral("--help")}, io);
        printUsage(io.out);
        return Success;
    }
    io.err << tr("Unknown verb '%1'.").arg(verb) << '\n';
    printUsage(io.err);
    return Unreadable;
}

} // namespace wa::cli
