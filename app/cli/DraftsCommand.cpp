#include "DraftsCommand.h"

#include "DraftsCopyCommand.h"
#include "DraftsExportCommand.h"
#include "DraftsImportCommand.h"
#include "DraftsListCommand.h"
#include "DraftsShowCommand.h"

#include <QCommandLineParser>

namespace wa::cli {

DraftsCommand::DraftsCommand(AppServices& services)
{
    m_commands.push_back(std::make_unique<DraftsListCommand>(services));
    m_commands.push_back(std::make_unique<DraftsShowCommand>(services));
    m_commands.push_back(std::make_unique<DraftsExportCommand>(services));
    m_commands.push_back(std::make_unique<DraftsImportCommand>(services));
    m_commands.push_back(std::make_unique<DraftsCopyCommand>(services));
}

DraftsCommand::~DraftsCommand() = default;

QString DraftsCommand::summary() const
{
    QString text = tr("List, show, export, import and copy the drafts library's drafts.") + u'\n' +
                   tr("Commands:") + u'\n';
    for (const auto& command : m_commands)
        text += QStringLiteral("  ") + command->name().section(u' ', 1).leftJustified(8) +
                command->summary().section(u'\n', 0, 0) + u'\n';
    text += tr("Run 'wa-composer drafts COMMAND --help' for a command's options.");
    return text;
}

void DraftsCommand::addOptions(QCommandLineParser& parser)
{
    // Everything after the command is the command's own: its options are not this parser's.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addPositionalArgument(QStringLiteral("COMMAND"), tr("list, show, export, import or copy."),
                                 tr("COMMAND [OPTIONS]"));
}

int DraftsCommand::execute(const QCommandLineParser& parser, Io& io)
{
    const QStringList arguments = parser.positionalArguments();
    const QString wanted = arguments.value(0);
    for (const auto& command : m_commands) {
        if (command->name().section(u' ', 1) == wanted)
            return command->run(
                QStringList{QStringLiteral("wa-composer"), command->name()} + arguments.mid(1), io);
    }
    if (wanted.isEmpty())
        io.err << tr("drafts: say what to do: list, show, export, import or copy.") << '\n';
    else
        io.err << tr("Unknown drafts command '%1'.").arg(wanted) << '\n';
    io.err << tr("Run 'wa-composer drafts --help' for the commands.") << Qt::endl;
    return Unreadable;
}

} // namespace wa::cli
