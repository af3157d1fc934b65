#include "Command.h"

#include <QCommandLineParser>

namespace wa::cli {

int Command::run(const QStringList& arguments, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    parser.addOption(help);
    addOptions(parser);

    QStringList withoutVerb = arguments;
    if (withoutVerb.size() > 1)
        withoutVerb.removeAt(1); // the parser sees "wa-composer [options] args" for this verb
    if (!parser.parse(withoutVerb)) {
        io.err << parser.errorText() << Qt::endl;
        io.err << tr("Run 'wa-composer %1 --help' for its options.").arg(name()) << Qt::endl;
        return Unreadable;
    }
    if (parser.isSet(help)) {
        // helpText() names the program only; name the verb too.
        QString text = parser.helpText();
        const QString usage = QStringLiteral("Usage: ");
        if (text.startsWith(usage)) {
            const qsizetype programEnd = text.indexOf(u' ', usage.size());
            text.replace(usage.size(), programEnd - usage.size(), QStringLiteral("wa-composer ") + name());
        }
        io.out << text;
        io.out.flush();
        return Success;
    }
    return execute(parser, io);
}

} // namespace wa::cli
