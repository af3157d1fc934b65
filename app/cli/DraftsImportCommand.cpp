#include "DraftsImportCommand.h"

#include "drafts/DraftFile.h"
#include "drafts/DraftImport.h"

#include "drafts/DraftLibrary.h"

#include <QCommandLineParser>

namespace wa::cli {

QString DraftsImportCommand::summary() const
{
    return tr("Add drafts from .json files: exported drafts, bare messages or Octopods request bodies.\n"
              "A file named like a draft already there is imported as \"Name (2)\". A message that breaks\n"
              "WhatsApp's rules is imported and its problems listed: fix them before sending. Exit status:\n"
              "0 all imported, 1 some files are not a message, 2 some files are unreadable or not JSON.");
}

void DraftsImportCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The files to import (- for standard input)."),
                                 tr("FILE..."));
}

int DraftsImportCommand::execute(const QCommandLineParser& parser, Io& io)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        io.err << tr("drafts import takes one FILE or more.") << Qt::endl;
        return Unreadable;
    }
    DraftLibrary& store = library();
    bool unreadable = false;
    bool invalid = false;
    // Each file on its own: one that fails is reported, and the others are still imported.
    for (const QString& file : files) {
        QString error;
        const std::optional<QByteArray> bytes = PayloadInput::read(file, io.in, &error);
        if (!bytes) {
            io.err << error << '\n'; // names the file
            unreadable = true;
            continue;
        }
        const DraftImportResult result =
            DraftImport::import(store, *bytes, file == u"-" ? QString() : DraftFile::nameFromPath(file));
        for (const JsonError& problem : result.errors)
            io.err << file << ": " << problem.toString() << '\n';
        if (!result.isJson) {
            unreadable = true;
            continue;
        }
        if (!result.errors.isEmpty()) {
            io.err << tr("%1: not imported").arg(file) << '\n';
            invalid = true;
            continue;
        }
        if (!result.isImported()) {
            io.err << tr("%1: not imported: %2").arg(file, result.storeError) << '\n';
            unreadable = true; // the library, not the file, is what failed
            continue;
        }
        bool hasErrors = false;
        for (const ValidationIssue& issue : result.issues) {
            hasErrors |= issue.severity == Severity::Error;
            io.err << file << ": " << issueLine(issue) << '\n';
        }
        QString said = tr("%1: imported as \"%2\"").arg(file, result.name);
        if (!result.wantedName.isEmpty() && result.name != result.wantedName)
            said += u' ' + tr("(\"%1\" is taken)").arg(result.wantedName);
        if (hasErrors)
            said += QStringLiteral("; ") + tr("fix the problems above before sending it");
        io.out << said << '\n';
    }
    io.out.flush();
    io.err.flush();
    return unreadable ? Unreadable : invalid ? Invalid : Success;
}

} // namespace wa::cli
