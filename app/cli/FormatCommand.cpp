#include "FormatCommand.h"

#include "drafts/DraftFile.h"
#include "message/MessageJson.h"

#include <QCommandLineParser>

namespace wa::cli {

namespace {
const QString CompactOption = QStringLiteral("compact");
}

QString FormatCommand::summary() const
{
    return tr(
        "Print an interactive message (or an Octopods request body) as canonical JSON: keys in WhatsApp's\n"
        "order, no empty or absent optional keys. Exit status: 0 done, 1 not a message, 2 unreadable.");
}

void FormatCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({CompactOption, tr("One line, no spaces.")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The JSON file to format, or - for standard input."));
}

int FormatCommand::execute(const QCommandLineParser& parser, Io& io)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        io.err << tr("format takes exactly one FILE (or - for standard input).") << Qt::endl;
        return Unreadable;
    }
    const Payload payload = PayloadInput::load(files.first(), io.in);
    if (!payload.isReadable()) {
        io.err << payload.readError << Qt::endl;
        return Unreadable;
    }
    for (const JsonError& error : payload.errors)
        io.err << error.toString() << '\n';
    if (!payload.errors.isEmpty()) {
        io.err.flush();
        return Invalid;
    }
    const auto format =
        parser.isSet(CompactOption) ? JsonWriter::Format::Compact : JsonWriter::Format::Indented;
    QByteArray json;
    if (payload.draft) // an exported draft stays one, its message in canonical form
        json = DraftFile::toJson(*payload.draft, nullptr, format);
    else
        json =
            payload.request ? payload.request->toJson(format) : MessageJson::toJson(payload.message, format);
    io.out << QString::fromUtf8(json);
    if (format == JsonWriter::Format::Compact)
        io.out << '\n';
    io.out.flush();
    return Success;
}

} // namespace wa::cli
