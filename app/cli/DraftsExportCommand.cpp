#include "DraftsExportCommand.h"

#include "DraftLookup.h"
#include "drafts/DraftExport.h"

#include <QCommandLineParser>
#include <QDir>

namespace wa::cli {

namespace {
const QString AllOption = QStringLiteral("all");
} // namespace

QString DraftsExportCommand::summary() const
{
    return tr(
        "Write drafts to DIR as .json files (docs/drafts-file-format.md), one per draft.\n"
        "Exit status: 0 done, 1 a draft's message is not JSON, 2 no such draft or a file cannot be written.");
}

void DraftsExportCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({AllOption, tr("Every draft (not those in the trash).")});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The draft to export (not with --all)."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The folder to write to; created if need be."));
}

int DraftsExportCommand::execute(const QCommandLineParser& parser, Io& io)
{
    const QStringList arguments = parser.positionalArguments();
    const bool all = parser.isSet(AllOption);
    if (arguments.size() != (all ? 1 : 2)) {
        io.err << (all ? tr("drafts export --all takes one DIR.")
                       : tr("drafts export takes a NAME and a DIR (or --all and a DIR)."))
               << Qt::endl;
        return Unreadable;
    }
    DraftLibrary& store = library();
    int exitCode = Success;
    QList<Draft> drafts;
    if (all) {
        DraftQuery query;
        query.sort = DraftQuery::Sort::Name;
        QString error;
        const QList<DraftSummary> summaries = store.list(query, &error);
        for (const DraftSummary& summary : summaries) {
            if (std::optional<Draft> draft = store.find(summary.id, &error))
                drafts.append(std::move(*draft));
        }
        if (!error.isEmpty()) {
            io.err << error << Qt::endl;
            return Unreadable;
        }
        if (drafts.isEmpty()) {
            io.out << tr("No drafts to export.") << Qt::endl;
            return Success;
        }
    } else {
        std::optional<Draft> draft = DraftLookup::find(store, arguments.first(), io, exitCode);
        if (!draft)
            return exitCode;
        drafts.append(std::move(*draft));
    }

    QString folderError;
    const QList<DraftExportResult> results = DraftExport::toFolder(drafts, arguments.last(), &folderError);
    if (!folderError.isEmpty()) {
        io.err << folderError << Qt::endl;
        return Unreadable;
    }
    bool notJson = false;
    bool unwritten = false;
    for (const DraftExportResult& result : results) {
        if (!result.error.isEmpty()) {
            io.err << result.error << '\n';
            (result.notJson ? notJson : unwritten) = true;
            continue;
        }
        io.out << tr("\"%1\" -> %2").arg(result.name, QDir::toNativeSeparators(result.path)) << '\n';
    }
    io.out.flush();
    io.err.flush();
    return unwritten ? Unreadable : notJson ? Invalid : Success;
}

} // namespace wa::cli
