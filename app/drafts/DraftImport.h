#pragma once

#include "DraftFile.h"
#include "DraftLibrary.h"

#include <QCoreApplication>

namespace wa {

// What importing one file into the library came to.
struct DraftImportResult
{
    qint64 id = 0;                 // the new draft's; 0 when nothing was imported
    QString name;                  // the name it got ("Name (2)" when "Name" was taken)
    QString wantedName;            // the name the file asked for (or its file name)
    bool isJson = true;            // false: the text does not parse (errors says where)
    QList<JsonError> errors;       // why it was not imported: the file's structure, by path
    QList<ValidationIssue> issues; // imported, but these stand between it and a send
    QString storeError;            // the library could not take it

    bool isImported() const { return id != 0; }
};

// One file into the drafts library, as File > Import, a drop on the window and `drafts import` do it: read
// in any of DraftFile's shapes, named after the file unless it names itself, never over another draft's
// name. A file that fails changes nothing.
class DraftImport
{
    Q_DECLARE_TR_FUNCTIONS(wa::DraftImport)
public:
    // fallbackName: the file's name without ".json" (DraftFile::nameFromPath), or empty for standard input.
    static DraftImportResult import(DraftLibrary& store, const QByteArray& bytes,
                                    const QString& fallbackName);
};

} // namespace wa
