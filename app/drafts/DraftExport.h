#pragma once

#include "Draft.h"

#include <QCoreApplication>

namespace wa {

// What became of one draft of an export.
struct DraftExportResult
{
    QString name;         // the draft's
    QString path;         // the file written (empty when none was)
    QString error;        // why not, in a sentence; empty when written
    bool notJson = false; // the draft's stored message is not JSON, so it has no file
};

// Drafts into a folder as DraftFile .json files, one a draft, as `drafts export` and the drafts panel do it.
// File names come from the drafts' names (DraftFile::fileNameFor), made unique with " (2)" ...: an export
// never overwrites a file, its own or one already there. Each file is written whole or not at all
// (QSaveFile).
class DraftExport
{
    Q_DECLARE_TR_FUNCTIONS(wa::DraftExport)
public:
    // Creates the folder if need be; when it cannot, returns nothing and says why in *folderError.
    static QList<DraftExportResult> toFolder(const QList<Draft>& drafts, const QString& folder,
                                             QString* folderError);
};

} // namespace wa
