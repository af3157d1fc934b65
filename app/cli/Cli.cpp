#include "Cli.h"

#include "AppServices.h"
#include "DraftsCommand.h"
#include "FormatCommand.h"
#include "RequestCommand.h"
#include "SendCommand.h"
#include "StatusCommand.h"
#include "ValidateCommand.h"

namespace wa::cli {

Cli::Cli(AppServices& services)
{
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<FormatCommand>());
    m_commands.push_back(std::make_unique<RequestCommand>(services));
    m_commands.push_back(std::make_unique<SendCommand>(services));
    m_commands.push_back(std::make_unique<StatusCommand>(services));
    m_commands.push_back(std::make_unique<DraftsCommand>(services));
}

Cli::~Cli() = default;

Command* Cli::find(const QString& verb) const
{
    for (const auto& command : m_commands)
        if (command->name() == verb)
            return command.get();
    return nullptr;
}

namespace {
// Options QGuiApplication takes for the window itself; anything else on the command line is for the CLI.
bool isWindowOption(QStringView argument)
{
    static const QStringList options{QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
                                     QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
                                     QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
                                     QStringLiteral("qwindowtitle"),    QStringLiteral("reverse"),
                                     QStringLiteral("session"),         QStringLiteral("style"),
                                     QStringLiteral("stylesheet"),      QStringLiteral("widgetcount"),
                                     QStringLiteral("display"),         QStringLiteral("geometry"),
                                     QStringLiteral("qmljsdebugger")};
    if (!argument.startsWith(u'-'))
        return false;
    QStringView name = argument.sliced(argument.startsWith(u"--") ? 2 : 1);
    name = name.left(name.indexOf(u'=')); // -qmljsdebugger=port:1234
    return options.contains(name);
}
} // namespace

bool Cli::handles(const QStringList& arguments)
{
    // A mistyped verb or option must exit with an error here, not open a window (or abort for want of a
    // display): only the window's own options, or none at all, go to the window.
    return arguments.size() > 1 && !isWindowOption(arguments[1]);
}

std::optional<QString> Cli::takeDataDir(QStringList& arguments, QString* error)
{
    static const QString option = QStringLiteral("--data-dir");
    std::optional<QString> folder;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString& argument = arguments[i];
        if (argument == u"--")
            break; // what follows is FILE names, even one spelled --data-dir
        QString value;
        if (argument == option) {
            value = arguments.value(i + 1);
            arguments.remove(i, qMin<qsizetype>(2, arguments.size() - i));
        } else if (argument.startsWith(option + u'=')) {
            value = argument.sliced(option.size() + 1);
            arguments.removeAt(i);
        } else {
            ++i;
            continue;
        }
        if (value.isEmpty()) {
            if (error)
                *error =
                    tr("--data-dir: give the folder for the app's data (the drafts and the send history).");
            return std::nullopt;
        }
        folder = value;
    }
    return folder;
}

void Cli::printUsage(QTextStream& stream) const
{
    stream << tr("Usage: wa-composer [--data-dir DIR] [VERB] [OPTIONS] [FILE|-]") << "\n\n"
           << tr("Without a verb, wa-composer opens the composer window.") << "\n\n"
           << tr("Verbs:") << '\n';
    for (const auto& command : m_commands)
        stream << "  " << command->name().leftJustified(10) << command->summary().section(u'\n', 0, 0)
               << '\n';
    stream << '\n'
           << tr("--data-dir DIR, anywhere on the command line (for the window too), keeps the drafts\n"
                 "and the send history in DIR/drafts.sqlite instead of the app's data folder; so does\n"
                 "the environment variable %1.")
                  .arg(QLatin1StringView(AppServices::DataDirVariable))
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
    if (verb.startsWith(u'-'))
        io.err << tr("Unknown option '%1'.").arg(verb) << '\n';
    else
        io.err << tr("Unknown verb '%1'.").arg(verb) << '\n';
    printUsage(io.err);
    return Unreadable;
}

} // namespace wa::cli
