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

std::optional<Payload> Command::readPayload(const QCommandLineParser& parser, Io& io, int& exitCode) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        io.err << tr("%1 takes exactly one FILE (or - for standard input).").arg(name()) << Qt::endl;
        exitCode = Unreadable;
        return std::nullopt;
    }
    Payload payload = PayloadInput::load(files.first(), io.in);
    if (!payload.isReadable()) {
        io.err << payload.readError << Qt::endl;
        exitCode = Unreadable;
        return std::nullopt;
    }
    return payload;
}

std::optional<Payload> Command::readMessage(const QCommandLineParser& parser, Io& io, int& exitCode) const
{
    std::optional<Payload> payload = readPayload(parser, io, exitCode);
    if (!payload || payload->errors.isEmpty())
        return payload;
    for (const JsonError& error : payload->errors)
        io.err << error.toString() << '\n';
    io.err.flush();
    exitCode = Invalid;
    return std::nullopt;
}

QString Command::issueLine(const ValidationIssue& issue)
{
    const QString message =
        issue.severity == Severity::Warning ? tr("warning: %1").arg(issue.message) : issue.message;
    return issue.path + QStringLiteral(": ") + message;
}

} // namespace wa::cli
