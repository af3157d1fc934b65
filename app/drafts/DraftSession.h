#pragma once

#include "DraftLibrary.h"
#include "RecoverySlot.h"
#include "message/InteractiveMessage.h"

#include <QObject>

#include <functional>
#include <optional>

namespace wa {

class Autosave;
class MessageDocument;

// The life of the message being composed as a draft of the library: which draft it belongs to (none while
// it was never saved), opening, saving, starting anew, bringing a message in from outside, importing,
// exporting, and recovering after a crash. Every path that replaces the message goes through here, so that
// unsaved work is never lost without asking and a save always writes the draft the message came from. It
// holds no widgets: the window answers its two questions (what to do with unsaved changes, which name to
// save under), tests answer them in code.
//
// It follows the library: the open draft renamed, moved to the trash or deleted (here, in another window or
// another process) is noticed, and a message whose draft went stays in the editor as unsaved work.
class DraftSession : public QObject
{
    Q_OBJECT
public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    // Asks what to do with the unsaved changes to the draft named `draftName`; `answer` may come later.
    using UnsavedChangesPrompt =
        std::function<void(const QString& draftName, std::function<void(UnsavedChoice)> answer)>;
    // Asks for the name to save under, `suggested` (free in the library) offered first; `answer` comes only
    // when the agent chose one.
    using NamePrompt =
        std::function<void(const QString& suggested, std::function<void(const QString&)> answer)>;

    // A save over a draft someone else saved since it was opened here: keep both (this message saved as a
    // new draft, under a name asked for), overwrite theirs, or leave things as they are.
    enum class ConflictChoice { KeepBoth, Overwrite, Cancel };
    // Shows the draft as it is now (theirs: who, when, its message) and asks; `answer` may come later.
    using ConflictPrompt =
        std::function<void(const Draft& theirs, std::function<void(ConflictChoice)> answer)>;

    // A save the team library could not take because its server is away: try again, save the message in this
    // computer's library instead (a new draft there; the message stays here, unsaved, so that a later save
    // still goes to the team's draft), or leave it here unsaved. `canSaveHere`: there is such a library.
    enum class AwayChoice { Retry, SaveHere, Cancel };
    using AwayPrompt = std::function<void(const QString& draftName, const QString& why, bool canSaveHere,
                                          std::function<void(AwayChoice)> answer)>;

    enum class Failure {
        Open,    // the draft is gone or its message cannot be read
        Save,    // the library refused or failed to write
        Restore, // the autosaved message cannot be read
    };
    Q_ENUM(Failure)

    struct ImportReport
    {
        QList<qint64> imported;
        QStringList problems; // one line per file that failed or needs fixing, naming the file
    };

    // Starts with the document as it is, belonging to no draft. Without prompts, unsaved changes are kept:
    // every step that would replace them is cancelled.
    DraftSession(DraftLibrary& library, RecoverySlot& recoverySlot, MessageDocument& document,
                 QObject* parent = nullptr);
    ~DraftSession() override;

    void setPrompts(UnsavedChangesPrompt unsavedChanges, NamePrompt name);
    // Without it, a conflict keeps both: this message is saved as a new draft.
    void setConflictPrompt(ConflictPrompt conflict) { m_askConflict = std::move(conflict); }
    // Without it, a save that cannot reach the server fails as any other (the message stays, unsaved).
    void setAwayPrompt(AwayPrompt away) { m_askAway = std::move(away); }
    // This computer's library, where a save the team library cannot take may go instead.
    void setLocalLibrary(DraftLibrary* local) { m_localLibrary = local; }

    MessageDocument& document() const { return m_document; }
    DraftLibrary& library() const { return m_library; }
    Autosave& autosave() const { return *m_autosave; }
    // The open draft as last read or written; its id 0 while the message belongs to no draft.
    const Draft& draft() const { return m_draft; }
    qint64 draftId() const { return m_draft.id; }
    QString draftName() const; // "Untitled" while it has none
    bool isModified() const;

    // How the message's products look in the preview (never sent), as being edited: saved, exported and
    // autosaved with the message. Each change is an undo step on the document's stack, so that undo, the
    // unsaved-changes question and the autosave treat it as any edit of the draft; changes with the same
    // non-empty mergeKey in a row (keystrokes in one field) are one step. An empty look removes the
    // product's.
    const ProductLooks& productLooks() const { return m_productLooks; }
    void setProductLook(const QString& retailerId, const ProductLook& look, const QString& mergeKey = {});

    // Runs `proceed` at once when nothing is unsaved; otherwise once the agent saved or discarded the
    // changes. Cancelled: nothing happens.
    void whenChangesSettled(const std::function<void()>& proceed);

    // Each of these replaces the message, after settling unsaved changes.
    void open(qint64 id);
    void startNew(const InteractiveMessage& message, const QString& description);
    // A message from outside the library (a file, the clipboard, the send history): a new, unnamed message,
    // unsaved until the agent saves it. `then` runs once it is open (not when the agent kept the message
    // being edited).
    void openUnsaved(const InteractiveMessage& message, const QString& description,
                     const std::function<void()>& then = {});

    // Into the open draft, or under a name asked for (Save As) when there is none. `then` runs once saved.
    void save(const std::function<void()>& then = {});
    void saveAs(const std::function<void()>& then = {});
    // Save As with the name already chosen: a new draft, the old one left as it was.
    bool saveAsNamed(const QString& name, const std::function<void()>& then = {});

    // .json files into the library (exported drafts, bare messages, Octopods request bodies), each on its
    // own; the one draft of a one-file import is opened.
    ImportReport importFiles(const QStringList& paths);
    // The message being edited, with its draft's name and details, as a draft file.
    bool exportTo(const QString& path, QString* error);

    // What a session that ended without saving left in the recovery slot. nullopt when nothing (not an
    // error) or it cannot be read (*error).
    std::optional<Recovery> pendingRecovery(QString* error = nullptr);
    // Takes it back as unsaved work (of its draft when that is still in the library). False, and the slot
    // kept, when its message cannot be read.
    bool restore(const Recovery& recovery, QString* error = nullptr);
    // The agent let it go.
    void dismissRecovery();
    // Writes unsaved work not autosaved yet (the window is going away, or loses focus).
    void writePendingWork();

    // The library's drafts, changed for the agent (the drafts panel); the library says what changed.
    bool rename(qint64 id, const QString& name, QString* error = nullptr);
    bool setTags(qint64 id, const QStringList& tags, QString* error = nullptr);
    std::optional<qint64> duplicate(qint64 id, QString* error = nullptr);
    bool moveToTrash(qint64 id, QString* error = nullptr);
    bool restoreFromTrash(qint64 id, QString* error = nullptr);
    bool purge(qint64 id, QString* error = nullptr);

signals:
    // Another draft is open, or none, or the open one was renamed.
    void draftChanged();
    // The message was replaced by another one (opened, new, brought in, restored): what was said about the
    // last one (a send's outcome) no longer applies.
    void messageReplaced();
    // productLooks() changed (an edit, its undo, another message opened).
    void productLooksChanged();
    void saved(const QString& name);
    // Something the agent should know, in a sentence (the window's status bar).
    void notice(const QString& text);
    void failed(wa::DraftSession::Failure failure, const QString& text);

private:
    friend class ProductLooksCommand;
    void restoreProductLooks(const ProductLooks& looks);
    void replaceMessage(const Draft& draft, const InteractiveMessage& message, const QString& description,
                        bool unsaved);
    // overwrite: the agent chose to save over the version `draft` holds (theirs), whatever this one opened.
    bool writeDraft(Draft draft, const std::function<void()>& then, bool overwrite = false);
    void resolveConflict(const Draft& theirs, const std::function<void()>& then);
    // The library refused or failed the write of `draft`: says why, or asks what to do when its server is
    // away.
    void saveFailed(const Draft& draft, const QString& error, const std::function<void()>& then);
    bool saveOnThisComputer(const Draft& draft);
    void retryWhenReachable(const Draft& draft, const std::function<void()>& then);
    // The open draft left the library (trash, deleted): its message stays, as unsaved work of no draft.
    void detachFromDraft();
    void followLibrary(qint64 id);
    void recheckOpenDraft();

    DraftLibrary& m_library;
    RecoverySlot& m_recoverySlot;
    MessageDocument& m_document;
    Autosave* m_autosave;
    Draft m_draft;               // as the library held it when last read or written here
    ProductLooks m_productLooks; // as being edited; m_draft.productLooks is what was last read or written
    // The open draft's message was saved elsewhere while this one has unsaved changes of its own.
    bool m_changedElsewhere = false;
    bool m_writing = false; // this session is writing the library: its signals are not news
    UnsavedChangesPrompt m_askUnsavedChanges;
    NamePrompt m_askName;
    ConflictPrompt m_askConflict;
    AwayPrompt m_askAway;
    // Raised whenever another message (or none) is here: a question asked about the last one no longer
    // stands.
    quint64 m_messageGeneration = 0;
    QMetaObject::Connection m_pendingRetry; // a save waiting for the library's next try
    DraftLibrary* m_localLibrary = nullptr;
};

} // namespace wa
