#include "DraftsExportCommand.h"

#include "DraftLookup.h"
#include "drafts/DraftFile.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSaveFile>
#include <QSet>

namespace wa::cli {

namespace {
const QString AllOption = QStringLiteral("all");

// <folder>/<base>.json, or "<base> (2).json" ... when an earlier draft of this export took that name
// (ignoring case, for file systems that do) or a file of that name is already there: an export never
// overwrites.
QString freePath(const QDir& folder, const QString& base, QSet<QString>& taken)
{
    for (int n = 1;; ++n) {
        const QString name =
            (n == 1 ? base : DraftsExportCommand::tr("%1 (%2)", "a file name made unique").arg(base).arg(n)) +
            QStringLiteral(".json");
        const QString key = name.toCaseFolded();
        if (!taken.contains(key) && !folder.exists(name)) {
            taken.insert(key);
            return folder.filePath(name);
        }
    }
}
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
    Database database;
    DraftStore store(database);
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

    const QString folderPath = arguments.last();
    if (!QDir().mkpath(folderPath)) {
        io.err << tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folderPath)) << Qt::endl;
        return Unreadable;
    }
    const QDir folder(folderPath);
    QSet<QString> taken;
    bool notJson = false;
    bool unwritten = false;
    for (const Draft& draft : drafts) {
        QString error;
        const QByteArray json = DraftFile::toJson(draft, &error);
        if (json.isEmpty()) {
            io.err << tr("\"%1\": not exported: %2").arg(draft.name, error) << '\n';
            notJson = true;
            continue;
        }
        const QString path = freePath(folder, DraftFile::fileNameFor(draft.name), taken);
        // QSaveFile: a failure (a full disk) leaves no half-written file behind.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            io.err << tr("\"%1\": cannot write %2: %3")
                          .arg(draft.name, QDir::toNativeSeparators(path), file.errorString())
                   << '\n';
            unwritten = true;
            continue;
        }
        io.out << tr("\"%1\" -> %2").arg(draft.name, QDir::toNativeSeparators(path)) << '\n';
    }
    io.out.flush();
    io.err.flush();
    return unwritten ? Unreadable : notJson ? Invalid : Success;
}

} // namespace wa::cli
