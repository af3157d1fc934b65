#include "DraftSession.h"

#include "Autosave.h"
#include "DraftFile.h"
#include "DraftImport.h"
#include "DraftSearch.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "message/PayloadInput.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QUndoStack>

namespace wa {

namespace {
void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}
} // namespace

// A change of the preview's product looks as the looks before and after it, on the document's undo stack
// beside the message's edits.
class ProductLooksCommand : public QUndoCommand
{
public:
    ProductLooksCommand(DraftSession* session, const QString& description, ProductLooks before,
                        ProductLooks after, QString mergeKey)
        : QUndoCommand(description), m_session(session), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
    {
    }

    void redo() override { m_session->restoreProductLooks(m_after); }
    void undo() override { m_session->restoreProductLooks(m_before); }
    // Not the message's edits' id: a look's keystrokes never merge into a message edit.
    int id() const override { return m_mergeKey.isEmpty() ? -1 : MergeableId; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const ProductLooksCommand*>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    static constexpr int MergeableId = 0x574c;

    DraftSession* m_session;
    ProductLooks m_before;
    ProductLooks m_after;
    QString m_mergeKey;
};

DraftSession::DraftSession(DraftLibrary& library, RecoverySlot& recoverySlot, MessageDocument& document,
                           QObject* parent)
    : QObject(parent), m_library(library), m_recoverySlot(recoverySlot), m_document(document)
{
    // The snapshot is taken when the autosave writes, a second after typing stops: never per keystroke.
    m_autosave = new Autosave(
        m_recoverySlot,
        [this] {
            Recovery recovery;
            recovery.draftId = m_draft.id;
            recovery.library = m_library.identity();
            recovery.name = m_draft.name;
            recovery.payload = MessageJson::toJson(m_document.message(), JsonWriter::Format::Compact);
            recovery.productLooks = m_productLooks;
            return recovery;
        },
        this);
    QUndoStack* stack = m_document.undoStack();
    // After the step is on the stack (changed() comes from inside it, while the stack still looks clean);
    // merged keystrokes signal here too.
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        if (m_document.isModified())
            m_autosave->markChanged();
    });
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            m_autosave->discard(); // back to what is saved (undo included): nothing left to recover
    });
    connect(&m_library, &DraftLibrary::draftChanged, this, &DraftSession::followLibrary);
    connect(&m_library, &DraftLibrary::draftTrashed, this, &DraftSession::followLibrary);
    connect(&m_library, &DraftLibrary::draftPurged, this, &DraftSession::followLibrary);
    connect(&m_library, &DraftLibrary::changedElsewhere, this, &DraftSession::recheckOpenDraft);
}

DraftSession::~DraftSession()
{
    // Its last signals (the document may go after it) must not reach the autosave.
    m_document.undoStack()->disconnect(this);
    m_library.disconnect(this);
    delete m_autosave;
    m_autosave = nullptr;
}

void DraftSession::setPrompts(UnsavedChangesPrompt unsavedChanges, NamePrompt name)
{
    m_askUnsavedChanges = std::move(unsavedChanges);
    m_askName = std::move(name);
}

QString DraftSession::draftName() const
{
    return m_draft.name.isEmpty() ? tr("Untitled") : m_draft.name;
}

bool DraftSession::isModified() const
{
    return m_document.isModified();
}

void DraftSession::setProductLook(const QString& retailerId, const ProductLook& look, const QString& mergeKey)
{
    ProductLooks after = m_productLooks;
    if (look.isEmpty())
        after.remove(retailerId);
    else
        after.insert(retailerId, look);
    if (after == m_productLooks)
        return;
    m_document.undoStack()->push(new ProductLooksCommand(this, tr("Edit product preview"), m_productLooks,
                                                         std::move(after), mergeKey));
}

void DraftSession::restoreProductLooks(const ProductLooks& looks)
{
    if (looks == m_productLooks)
        return;
    m_productLooks = looks;
    emit productLooksChanged();
}

void DraftSession::whenChangesSettled(const std::function<void()>& proceed)
{
    if (!m_document.isModified()) {
        proceed();
        return;
    }
    if (!m_askUnsavedChanges)
        return; // nobody to ask: keeping the work is the only safe answer
    m_askUnsavedChanges(draftName(), [this, proceed](UnsavedChoice choice) {
        switch (choice) {
        case UnsavedChoice::Save:
            save(proceed);
            break;
        case UnsavedChoice::Discard:
            m_autosave->discard();
            proceed();
            break;
        case UnsavedChoice::Cancel:
            break;
        }
    });
}

void DraftSession::open(qint64 id)
{
    // Read before asking: a draft that cannot open must not cost the agent the work they were asked about.
    QString error;
    const std::optional<Draft> draft = m_library.find(id, &error);
    if (!draft || draft->trashedAt.isValid()) {
        emit failed(Failure::Open, error.isEmpty() ? tr("The draft is no longer in the library.") : error);
        return;
    }
    const Payload payload = PayloadInput::parse(draft->payload);
    if (!payload.isParsed()) {
        emit failed(
            Failure::Open,
            tr("The message of “%1” cannot be read:\n%2").arg(draft->name, payload.problems().join(u'\n')));
        return;
    }
    whenChangesSettled([this, draft = *draft, message = payload.message] {
        replaceMessage(draft, message, tr("Open %1").arg(draft.name), false);
    });
}

void DraftSession::startNew(const InteractiveMessage& message, const QString& description)
{
    whenChangesSettled(
        [this, message, description] { replaceMessage(Draft(), message, description, false); });
}

void DraftSession::openUnsaved(const InteractiveMessage& message, const QString& description,
                               const std::function<void()>& then)
{
    whenChangesSettled([this, message, description, then] {
        replaceMessage(Draft(), message, description, true);
        if (then)
            then();
    });
}

void DraftSession::replaceMessage(const Draft& draft, const InteractiveMessage& message,
                                  const QString& description, bool unsaved)
{
    ++m_messageGeneration; // questions about the message that was here no longer stand
    QObject::disconnect(m_pendingRetry);
    m_draft = draft;
    m_changedElsewhere = false;
    m_document.setMessage(message, description);
    restoreProductLooks(draft.productLooks);
    // Nothing to undo into another message; the message is saved unless it came from outside the library.
    m_document.undoStack()->clear();
    if (unsaved) {
        m_document.undoStack()->resetClean();
        m_autosave->markChanged();
    }
    emit draftChanged();
    emit messageReplaced();
}

void DraftSession::save(const std::function<void()>& then)
{
    if (m_draft.id == 0)
        saveAs(then);
    else
        writeDraft(m_draft, then);
}

void DraftSession::saveAs(const std::function<void()>& then)
{
    if (!m_askName)
        return;
    const QString wanted = m_draft.name.isEmpty()
                               ? DraftSearch::excerpt(MessageJson::toJson(m_document.message())).left(40)
                               : m_draft.name;
    m_askName(m_library.uniqueName(wanted), [this, then](const QString& name) { saveAsNamed(name, then); });
}

bool DraftSession::saveAsNamed(const QString& name, const std::function<void()>& then)
{
    Draft copy = m_draft;
    copy.id = 0; // a new draft; the old one stays as it was
    copy.name = name;
    return writeDraft(copy, then);
}

bool DraftSession::writeDraft(Draft draft, const std::function<void()>& then, bool overwrite)
{
    const QByteArray payload = MessageJson::toJson(m_document.message(), JsonWriter::Format::Compact);
    if (draft.id != 0) {
        // What the library holds now (its name, tags set in the panel, another window's or a teammate's
        // changes), with this message. A draft gone to the trash or deleted meanwhile is saved as a new one.
        QString readError;
        const std::optional<Draft> stored = m_library.find(draft.id, &readError);
        if (!readError.isEmpty()) {
            // Not read is not gone: the server may be away. The message stays a message of this draft.
            saveFailed(draft, readError, then);
            return false;
        }
        if (!stored || stored->trashedAt.isValid()) {
            detachFromDraft();
            saveAs(then);
            return false;
        }
        // Its message was saved elsewhere since it was opened here: this save would overwrite it unseen.
        if (!overwrite && (m_changedElsewhere || stored->payload != m_draft.payload ||
                           stored->productLooks != m_draft.productLooks)) {
            resolveConflict(*stored, then);
            return false;
        }
        // Its message is the one opened here (a rename or new tags since are no conflict), or the one the
        // agent chose to overwrite: the version read now, or the one shown. The library refuses the save if
        // another slips in before it (update() checks the version).
        const qint64 expected = overwrite ? draft.version : stored->version;
        draft = *stored;
        draft.version = expected;
    }
    draft.payload = payload;
    draft.productLooks = m_productLooks;
    QString error;
    std::optional<Draft> changedSince;
    bool ok = false;
    {
        // The library's signals about this write are not news to this session.
        const QScopedValueRollback writing(m_writing, true);
        if (draft.id == 0) {
            const std::optional<qint64> id = m_library.create(draft, &error);
            ok = id.has_value();
            if (ok)
                draft.id = *id;
        } else {
            ok = m_library.update(draft, &error, &changedSince);
        }
    }
    if (!ok && changedSince) {
        resolveConflict(*changedSince, then);
        return false;
    }
    if (!ok) {
        saveFailed(draft, error, then);
        return false;
    }
    m_draft = m_library.find(draft.id).value_or(draft);
    m_changedElsewhere = false;
    m_document.markSaved();
    m_autosave->discard();
    emit draftChanged();
    emit saved(m_draft.name);
    if (then)
        then();
    return true;
}

void DraftSession::resolveConflict(const Draft& theirs, const std::function<void()>& then)
{
    const auto keepBoth = [this, then, name = theirs.name] {
        emit notice(
            tr("“%1” was saved elsewhere since you opened it: save your version as a new draft.").arg(name));
        detachFromDraft();
        saveAs(then);
    };
    if (!m_askConflict) {
        keepBoth();
        return;
    }
    const qint64 id = theirs.id;
    m_askConflict(theirs, [this, theirs, then, id, keepBoth](ConflictChoice choice) {
        if (m_draft.id != id)
            return; // another draft was opened meanwhile: the question no longer stands
        switch (choice) {
        case ConflictChoice::KeepBoth:
            keepBoth();
            break;
        case ConflictChoice::Overwrite:
            writeDraft(theirs, then, true); // over the version shown; a later save is asked about again
            break;
        case ConflictChoice::Cancel:
            break; // the message stays here, unsaved
        }
    });
}

void DraftSession::saveFailed(const Draft& draft, const QString& error, const std::function<void()>& then)
{
    // The message stays in the editor, modified, and in the autosave slot (on this computer, always).
    if (m_library.isReachable() || !m_askAway) {
        emit failed(
            Failure::Save,
            tr("“%1” was not saved: %2\nThe message is still here.").arg(draft.name.trimmed(), error));
        return;
    }
    const bool canSaveHere = m_localLibrary && m_localLibrary != &m_library;
    const quint64 generation = m_messageGeneration;
    m_askAway(draft.name.trimmed(), error, canSaveHere, [this, draft, then, generation](AwayChoice choice) {
        if (m_messageGeneration != generation)
            return; // another message is here meanwhile: the question no longer stands
        switch (choice) {
        case AwayChoice::Retry:
            retryWhenReachable(draft, then);
            break;
        case AwayChoice::SaveHere:
            saveOnThisComputer(draft);
            break;
        case AwayChoice::Cancel:
            break;
        }
    });
}

void DraftSession::retryWhenReachable(const Draft& draft, const std::function<void()>& then)
{
    const auto retry = [this, draft, then] {
        if (draft.id == 0)
            saveAsNamed(draft.name, then);
        else
            save(then);
    };
    if (m_library.isReachable()) {
        retry();
        return;
    }
    // The library tries now, without blocking; the save follows its answer (or asks again). One retry waits
    // at a time, and only for the message it was asked for.
    QObject::disconnect(m_pendingRetry);
    const quint64 generation = m_messageGeneration;
    m_pendingRetry =
        connect(&m_library, &DraftLibrary::reachabilityChanged, this, [this, draft, then, generation, retry] {
            QObject::disconnect(m_pendingRetry);
            if (m_messageGeneration != generation)
                return;
            if (m_library.isReachable())
                retry();
            else
                saveFailed(draft, m_library.whyAway(), then);
        });
    m_library.reconnectNow();
}

bool DraftSession::saveOnThisComputer(const Draft& draft)
{
    Draft copy = draft;
    copy.id = 0;
    copy.version = 0;
    copy.payload = MessageJson::toJson(m_document.message(), JsonWriter::Format::Compact);
    copy.productLooks = m_productLooks;
    if (copy.name.trimmed().isEmpty())
        copy.name = draftName();
    QString error;
    const std::optional<DraftLibrary::Created> created = m_localLibrary->createUnderFreeName(copy, &error);
    if (!created) {
        emit failed(Failure::Save,
                    tr("“%1” was not saved on this computer either: %2\nThe message is still here.")
                        .arg(copy.name.trimmed(), error));
        return false;
    }
    // Safe here; still unsaved to the team, so that the next save (the server back) goes to its draft. What
    // was to follow the save (closing, opening another message) does not: it would let go of that.
    emit notice(tr("Saved on this computer as “%1”. Save again once the team library is back to update it "
                   "there too.")
                    .arg(created->name));
    return true;
}

DraftSession::ImportReport DraftSession::importFiles(const QStringList& paths)
{
    ImportReport report;
    for (const QString& path : paths) {
        const QString file = QFileInfo(path).fileName();
        QString readError;
        const std::optional<QByteArray> bytes = PayloadInput::read(path, nullptr, &readError);
        if (!bytes) {
            report.problems.append(readError);
            continue;
        }
        const DraftImportResult result =
            DraftImport::import(m_library, *bytes, DraftFile::nameFromPath(path));
        for (const JsonError& error : result.errors)
            report.problems.append(tr("%1: %2").arg(file, error.toString()));
        if (!result.storeError.isEmpty())
            report.problems.append(tr("%1: not imported: %2").arg(file, result.storeError));
        if (!result.isImported())
            continue;
        report.imported.append(result.id);
        for (const ValidationIssue& issue : result.issues)
            if (issue.severity == Severity::Error)
                report.problems.append(
                    tr("%1 (imported as “%2”): %3: %4").arg(file, result.name, issue.path, issue.message));
    }
    if (paths.size() == 1 && report.imported.size() == 1)
        open(report.imported.first());
    return report;
}

bool DraftSession::exportTo(const QString& path, QString* error)
{
    Draft draft = m_draft;
    draft.name = draftName();
    draft.payload = MessageJson::toJson(m_document.message(), JsonWriter::Format::Compact);
    draft.productLooks = m_productLooks;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!draft.createdAt.isValid())
        draft.createdAt = now;
    if (m_document.isModified() || !draft.updatedAt.isValid())
        draft.updatedAt = now;
    QString problem;
    const QByteArray json = DraftFile::toJson(draft, &problem);
    QSaveFile file(path);
    if (json.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(json) != json.size() ||
        !file.commit()) {
        setError(error,
                 tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), problem.isEmpty() ? file.errorString() : problem));
        return false;
    }
    return true;
}

std::optional<Recovery> DraftSession::pendingRecovery(QString* error)
{
    return m_recoverySlot.read(error);
}

bool DraftSession::restore(const Recovery& recovery, QString* error)
{
    const Payload payload = PayloadInput::parse(recovery.payload);
    if (!payload.isParsed()) {
        // Kept in the slot: it is the only copy. The agent can still get at it with the CLI or a fix.
        const QString text =
            tr("The autosaved message cannot be read: %1").arg(payload.problems().join(u'\n'));
        setError(error, text);
        emit failed(Failure::Restore, text);
        return false;
    }
    Draft draft;
    // A draft of another library (the team's, this computer's since) is no draft of this one, whatever its
    // id.
    if (recovery.draftId != 0 && recovery.library == m_library.identity()) {
        QString readError;
        draft = m_library.find(recovery.draftId, &readError).value_or(Draft());
        if (!readError.isEmpty()) {
            // Not read is not gone (the team library's server may be away): still a message of that draft.
            // Its first save reads it again, and asks if someone else saved it meanwhile.
            draft.id = recovery.draftId;
            draft.name = recovery.name;
        }
    }
    if (draft.trashedAt.isValid())
        draft = Draft(); // saving must not write into the trash
    if (draft.id == 0)
        draft.name = recovery.name;
    // Unsaved work: marked modified, and written again at once: the slot is this session's now, cleared
    // when the work is saved or let go.
    replaceMessage(draft, payload.message, tr("Restore autosaved message"), true);
    restoreProductLooks(recovery.productLooks);
    m_autosave->saveNow();
    return true;
}

void DraftSession::dismissRecovery()
{
    m_recoverySlot.clear();
}

void DraftSession::writePendingWork()
{
    if (m_autosave->isPending())
        m_autosave->saveNow();
}

bool DraftSession::rename(qint64 id, const QString& name, QString* error)
{
    return m_library.rename(id, name, error);
}

bool DraftSession::setTags(qint64 id, const QStringList& tags, QString* error)
{
    std::optional<Draft> draft = m_library.find(id, error);
    if (!draft) {
        if (error && error->isEmpty())
            *error = tr("The draft is no longer in the library.");
        return false;
    }
    draft->tags = tags;
    return m_library.update(*draft, error);
}

std::optional<qint64> DraftSession::duplicate(qint64 id, QString* error)
{
    return m_library.duplicate(id, error);
}

bool DraftSession::moveToTrash(qint64 id, QString* error)
{
    return m_library.moveToTrash(id, error);
}

bool DraftSession::restoreFromTrash(qint64 id, QString* error)
{
    return m_library.restore(id, error);
}

bool DraftSession::purge(qint64 id, QString* error)
{
    return m_library.purge(id, error);
}

void DraftSession::detachFromDraft()
{
    if (m_draft.id == 0)
        return;
    ++m_messageGeneration;
    QObject::disconnect(m_pendingRetry);
    m_draft.id = 0;
    m_draft.trashedAt = {};
    // Closing it now asks before losing it; the autosaved copy must no longer point at the old draft.
    m_document.undoStack()->resetClean();
    m_autosave->markChanged();
    emit draftChanged();
}

void DraftSession::followLibrary(qint64 id)
{
    if (id == m_draft.id && !m_writing)
        recheckOpenDraft();
}

void DraftSession::recheckOpenDraft()
{
    if (m_draft.id == 0)
        return;
    QString error;
    const std::optional<Draft> stored = m_library.find(m_draft.id, &error);
    if (!error.isEmpty())
        return; // unreadable for now: nothing known changed
    if (!stored || stored->trashedAt.isValid()) {
        detachFromDraft();
        return;
    }
    const bool renamed = stored->name != m_draft.name;
    const bool messageChanged = stored->payload != m_draft.payload;
    const bool looksChanged = stored->productLooks != m_draft.productLooks;
    const QByteArray shownPayload = m_draft.payload;
    const ProductLooks shownLooks = m_draft.productLooks;
    m_draft = *stored; // its tags, default recipient ... as they are now, for an export or a Save As
    if (messageChanged && !m_document.isModified()) {
        // Nothing here to lose: show what was saved elsewhere, still as this draft, saved.
        const Payload payload = PayloadInput::parse(stored->payload);
        if (payload.isParsed()) {
            replaceMessage(*stored, payload.message, tr("Reload %1").arg(stored->name), false);
            return;
        }
        m_draft.payload = shownPayload; // unreadable there: what is shown stays what this session opened
        m_draft.productLooks = shownLooks;
    } else if (looksChanged && !m_document.isModified()) {
        restoreProductLooks(stored->productLooks); // the message is the same: only the preview's details
    } else if (messageChanged || looksChanged) {
        // Both changed: the next Save must not overwrite the other's work (writeDraft asks).
        m_changedElsewhere = true;
        m_draft.payload = shownPayload;
        m_draft.productLooks = shownLooks;
    }
    if (renamed || messageChanged || looksChanged)
        emit draftChanged();
}

} // namespace wa
