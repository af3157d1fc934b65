#include "DraftExport.h"

#include "DraftFile.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>

namespace wa {

namespace {
// <folder>/<base>.json, or "<base> (2).json" ... when an earlier draft of this export took that name
// (ignoring case, for file systems that do) or a file of that name is already there.
QString freePath(const QDir& folder, const QString& base, QSet<QString>& taken)
{
    for (int n = 1;; ++n) {
        const QString name =
            (n == 1 ? base : DraftExport::tr("%1 (%2)", "a file name made unique").arg(base).arg(n)) +
            QStringLiteral(".json");
        const QString key = name.toCaseFolded();
        if (!taken.contains(key) && !folder.exists(name)) {
            taken.insert(key);
            return folder.filePath(name);
        }
    }
}
} // namespace

QList<DraftExportResult> DraftExport::toFolder(const QList<Draft>& drafts, const QString& folderPath,
                                               QString* folderError)
{
    if (!QDir().mkpath(folderPath)) {
        *folderError = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folderPath));
        return {};
    }
    const QDir folder(folderPath);
    QSet<QString> taken;
    QList<DraftExportResult> results;
    for (const Draft& draft : drafts) {
        DraftExportResult result;
        result.name = draft.name;
        QString error;
        const QByteArray json = DraftFile::toJson(draft, &error);
        if (json.isEmpty()) {
            result.error = tr("“%1”: not exported: %2").arg(draft.name, error);
            result.notJson = true;
            results.append(result);
            continue;
        }
        const QString path = freePath(folder, DraftFile::fileNameFor(draft.name), taken);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            result.error = tr("“%1”: cannot write %2: %3")
                               .arg(draft.name, QDir::toNativeSeparators(path), file.errorString());
        } else {
            result.path = path;
        }
        results.append(result);
    }
    return results;
}

} // namespace wa
