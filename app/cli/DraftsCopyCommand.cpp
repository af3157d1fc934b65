#include "DraftsCopyCommand.h"

#include "AppServices.h"
#include "DraftLookup.h"

#include <QCommandLineParser>

namespace wa::cli {

namespace {
const QString AllOption = QStringLiteral("all");
const QString ToOption = QStringLiteral("to");
const QString Team = QStringLiteral("team");
const QString Local = QStringLiteral("local");
} // namespace

QString DraftsCopyCommand::summary() const
{
    return tr("Copy drafts between this computer's library and the team library that --library names.\n"
              "A name taken there gets the next free one; nothing is overwritten.\n"
              "Exit status: 0 done, 2 no such draft, no team library, or a library cannot be reached.");
}

void DraftsCopyCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({ToOption, tr("Where to: team (from this computer) or local (from the team library)."),
                      tr("team|local")});
    parser.addOption({AllOption, tr("Every draft (not those in the trash).")});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The drafts to copy (not with --all)."),
                                 QStringLiteral("[NAME...]"));
}

int DraftsCopyCommand::execute(const QCommandLineParser& parser, Io& io)
{
    const QString to = parser.value(ToOption);
    if (to != Team && to != Local) {
        io.err << tr("drafts copy: say where to, --to team or --to local.") << Qt::endl;
        return Unreadable;
    }
    const QStringList names = parser.positionalArguments();
    const bool all = parser.isSet(AllOption);
    if (all == !names.isEmpty()) {
        io.err << tr("drafts copy takes the drafts' names, or --all.") << Qt::endl;
        return Unreadable;
    }
    DraftLibrary* team = services().teamDrafts();
    if (!team) {
        io.err
            << tr("drafts copy: no team library. Give --library postgresql://USER@HOST:PORT/DATABASE, or set "
                  "%1.")
                   .arg(QLatin1StringView(LibraryVariable))
            << Qt::endl;
        return Unreadable;
    }
    DraftLibrary& from = to == Team ? services().localDrafts() : *team;
    DraftLibrary& into = to == Team ? *team : services().localDrafts();
    const QString there = to == Team ? tr("the team library") : tr("this computer's library");

    int exitCode = Success;
    QList<Draft> drafts;
    QString error;
    if (all) {
        DraftQuery query;
        query.sort = DraftQuery::Sort::Name;
        for (const DraftSummary& summary : from.list(query, &error)) {
            if (std::optional<Draft> draft = from.find(summary.id, &error))
                drafts.append(std::move(*draft));
        }
        if (!error.isEmpty()) {
            io.err << error << Qt::endl;
            return Unreadable;
        }
    } else {
        for (const QString& name : names) {
            std::optional<Draft> draft = DraftLookup::find(from, name, io, exitCode);
            if (!draft)
                return exitCode; // nothing copied: the names are checked before the first copy
            drafts.append(std::move(*draft));
        }
    }
    for (const Draft& draft : drafts) {
        const std::optional<DraftLibrary::Created> created = into.createUnderFreeName(draft, &error);
        if (!created) {
            io.err << tr("\"%1\" was not copied to %2: %3").arg(draft.name, there, error) << Qt::endl;
            return Unreadable;
        }
        io.out << (created->name == draft.name
                       ? tr("\"%1\" -> %2").arg(draft.name, there)
                       : tr("\"%1\" -> %2, as \"%3\"").arg(draft.name, there, created->name))
               << '\n';
    }
    if (drafts.isEmpty())
        io.out << tr("No drafts to copy.") << '\n';
    io.out.flush();
    return Success;
}

} // namespace wa::cli
