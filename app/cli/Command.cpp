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
    addSharedOptions(parser);
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
        // helpText() names the program as the application was invoked; name the verb too, in any language.
        QString text = parser.helpText();
        const QString program =
            QCoreApplication::instance() ? QCoreApplication::arguments().value(0) : QString();
        const qsizetype at = text.indexOf(program);
        if (!program.isEmpty() && at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, program.size(), QStringLiteral("wa-composer ") + name());
        io.out << text;
        io.out.flush();
        return Success;
    }
    if (const int status = prepare(parser, io); status != Success)
        return status;
    return execute(parser, io);
}

std::optional<Payload> Command::readPayload(const QCommandLineParser& parser, Io& io, int& exitCode,
                                            QString* whyUnreadable) const
{
    const QStringList files = parser.positionalArguments();
    Payload payload;
    if (files.size() != 1)
        payload.readError = tr("%1 takes exactly one FILE (or - for standard input).").arg(name());
    else
        payload = PayloadInput::load(files.first(), io.in);
    if (payload.isReadable())
        return payload;
    io.err << payload.readError << Qt::endl;
    if (whyUnreadable)
        *whyUnreadable = payload.readError;
    exitCode = Unreadable;
    return std::nullopt;
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
