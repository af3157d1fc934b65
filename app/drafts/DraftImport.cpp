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
    const std::optional<DraftLibrary::Created> created = store.createUnderFreeName(draft, &result.storeError);
    if (!created)
        return result;
    result.id = created->id;
    result.name = created->name;
    return result;
}

} // namespace wa
