#include "DraftsShowCommand.h"

#include "DraftLookup.h"
#include "message/MessageJson.h"

#include <QCommandLineParser>

namespace wa::cli {

QString DraftsShowCommand::summary() const
{
    return tr(
        "Print a draft's message: the JSON that 'send --draft NAME' sends as waba_interactive_message.\n"
        "Exit status: 0 done, 1 the draft is not a complete message, 2 no such draft.");
}

void DraftsShowCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The draft's name (any case)."));
}

int DraftsShowCommand::execute(const QCommandLineParser& parser, Io& io)
{
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1) {
        io.err << tr("drafts show takes one NAME (quote a name with spaces).") << Qt::endl;
        return Unreadable;
    }
    DraftLibrary& store = library();
    int exitCode = Success;
    const std::optional<Draft> draft = DraftLookup::find(store, names.first(), io, exitCode);
    if (!draft)
        return exitCode;
    // Through the codec, as a send writes it: the canonical form, whatever spacing the stored text has.
    const MessageParseResult result = MessageJson::fromJson(draft->payload);
    if (!result.message) {
        io.err << tr("The draft \"%1\" is not a complete message yet:").arg(draft->name) << '\n';
        for (const JsonError& error : result.errors)
            io.err << error.toString() << '\n';
        io.err.flush();
        return Invalid;
    }
    io.out << QString::fromUtf8(MessageJson::toJson(*result.message));
    io.out.flush();
    return Success;
}

} // namespace wa::cli
