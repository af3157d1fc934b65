#include "DraftImport.h"

namespace wa {

DraftImportResult DraftImport::import(DraftLibrary& store, const QByteArray& bytes,
                                      const QString& fallbackName)
{
    DraftImportResult result;
    const DraftFileContents contents = DraftFile::read(bytes);
    result.isJson = contents.isJson;
    result.errors = contents.errors;
    if (!contents.isParsed())
        return result;
    Draft draft = DraftFile::toDraft(contents, fallbackName, &result.issues);
    result.wantedName = draft.name.trimmed();
    draft.name = store.uniqueName(result.wantedName, &result.storeError);
    if (draft.name.isEmpty())
        return result;
    const std::optional<qint64> id = store.create(draft, &result.storeError);
    if (!id)
        return result;
    result.id = *id;
    result.name = draft.name;
    return result;
}

} // namespace wa
