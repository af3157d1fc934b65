#include "drafts/Autosave.h"
#include "drafts/DraftSession.h"
#include "drafts/DraftStore.h"
#include "drafts/RecoverySlot.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "message/StarterMessages.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wa;
using Choice = DraftSession::UnsavedChoice;

namespace {

InteractiveMessage withBody(const QString& body, MessageType type = MessageType::Button)
{
    InteractiveMessage message = StarterMessages::starter(type);
    message.body = body;
    return message;
}

} // namespace

// The open draft's life without a window: which draft the message belongs to after every step that replaces
// it, what is asked and when, what is saved where, and the library followed when it changes elsewhere. The
// questions are answered here in code, as the window answers them with dialogs.
class TestDraftSession : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void startsAsAnUnsavedMessageOfNoDraft();
    void savingANewMessageAsksForAName();
    void saveWritesIntoTheOpenDraft();
    void saveAsLeavesTheOldDraftAsItWas();
    void replacingTheMessageAsks_data();
    void replacingTheMessageAsks();
    void savingFromTheQuestionThenProceeds();
    void withoutPromptsNothingUnsavedIsLost();
    void unsavedFromOutsideBelongsToNoDraft();
    void openingAMissingOrUnreadableDraftChangesNothing();
    void importOpensTheOneDraftOfOneFile();
    void exportWritesTheDraftFile();
    void restoresAutosavedWork();
    void anUnreadableRecoveryStaysInTheSlot();
    void aRecoveryOfAnotherLibrarysDraftIsUnsavedWorkHere();
    void followsRenameAndTrashHereAndElsewhere();
    void aFailedSaveKeepsTheMessage();
    void saveKeepsARenameMadeElsewhere();
    void exportHasTheTagsSetSinceOpening();
    void aDraftThatCannotOpenCostsNothing();
    void aMessageSavedElsewhereIsNeverOverwritten();
    void aConflictOffersKeepBothOverwriteOrCancel_data();
    void aConflictOffersKeepBothOverwriteOrCancel();
    void productLooksAreEditsOfTheDraft();
    void productLooksTravelWithTheDraft();
    void productLooksSavedElsewhereAreFollowed();

private:
    qint64 seed(const QString& name, const InteractiveMessage& message);
    // The questions answered as the test says; each one asked is counted.
    void answerWith(Choice choice, const QString& name = QStringLiteral("Named"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DraftStore> m_library;
    std::unique_ptr<RecoverySlot> m_slot;
    std::unique_ptr<MessageDocument> m_document;
    std::unique_ptr<DraftSession> m_session;
    int m_unsavedQuestions = 0;
    int m_nameQuestions = 0;
    QString m_suggestedName;
};

void TestDraftSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("drafts.sqlite")));
    m_library = std::make_unique<DraftStore>(*m_database);
    m_document = std::make_unique<MessageDocument>();
    m_document->setMessage(StarterMessages::starter(MessageType::Button), QStringLiteral("start"));
    m_document->undoStack()->clear();
    m_slot = std::make_unique<RecoverySlot>(*m_database);
    m_session = std::make_unique<DraftSession>(*m_library, *m_slot, *m_document);
    m_unsavedQuestions = 0;
    m_nameQuestions = 0;
    m_suggestedName.clear();
}

void TestDraftSession::cleanup()
{
    m_session.reset();
    m_document.reset();
    m_slot.reset();
    m_library.reset();
    m_database.reset();
    m_dir.reset();
}

qint64 TestDraftSession::seed(const QString& name, const InteractiveMessage& message)
{
    Draft draft;
    draft.name = name;
    draft.payload = MessageJson::toJson(message, JsonWriter::Format::Compact);
    const std::optional<qint64> id = m_library->create(draft);
    if (!id)
        qFatal("cannot seed %s", qPrintable(name));
    return *id;
}

void TestDraftSession::answerWith(Choice choice, const QString& name)
{
    m_session->setPrompts(
        [this, choice](const QString&, std::function<void(Choice)> answer) {
            ++m_unsavedQuestions;
            answer(choice);
        },
        [this, name](const QString& suggested, std::function<void(const QString&)> answer) {
            ++m_nameQuestions;
            m_suggestedName = suggested;
            if (!name.isEmpty())
                answer(name);
        });
}

void TestDraftSession::startsAsAnUnsavedMessageOfNoDraft()
{
    QCOMPARE(m_session->draftId(), 0);
    QCOMPARE(m_session->draftName(), QStringLiteral("Untitled"));
    QVERIFY(!m_session->isModified());
    // Nothing is read before it is needed: the window's first frame does not wait for the library.
    QVERIFY(!m_database->isOpen());
}

void TestDraftSession::savingANewMessageAsksForAName()
{
    answerWith(Choice::Save, QStringLiteral("Order status"));
    m_document->edit(QStringLiteral("Edit"),
                     [](InteractiveMessage& m) { m.body = QStringLiteral("Where is it?"); });
    QSignalSpy changed(m_session.get(), &DraftSession::draftChanged);
    QSignalSpy saved(m_session.get(), &DraftSession::saved);
    bool then = false;
    m_session->save([&] { then = true; });
    QCOMPARE(m_nameQuestions, 1);
    QCOMPARE(m_suggestedName, QStringLiteral("Where is it?")); // the message's start, free in the library
    QVERIFY(then);
    QCOMPARE(saved.count(), 1);
    QVERIFY(changed.count() >= 1);
    const std::optional<Draft> stored = m_library->findByName(QStringLiteral("Order status"));
    QVERIFY(stored);
    QCOMPARE(m_session->draftId(), stored->id);
    QCOMPARE(m_session->draftName(), QStringLiteral("Order status"));
    QVERIFY(!m_session->isModified());
    QVERIFY(stored->payload.contains("Where is it?"));

    // A name prompt cancelled: nothing saved, nothing runs.
    answerWith(Choice::Save, QString());
    m_session->startNew(withBody(QStringLiteral("Other")), QStringLiteral("New"));
    m_document->edit(QStringLiteral("Edit"),
                     [](InteractiveMessage& m) { m.body = QStringLiteral("Unnamed"); });
    bool ran = false;
    m_session->save([&] { ran = true; });
    QVERIFY(!ran);
    QCOMPARE(m_library->count(), 1);
    QVERIFY(m_session->isModified());
}

void TestDraftSession::saveWritesIntoTheOpenDraft()
{
    const qint64 id = seed(QStringLiteral("Menu"), withBody(QStringLiteral("Old")));
    m_session->open(id);
    QCOMPARE(m_session->draftId(), id);
    QCOMPARE(m_document->message().body, std::optional(QStringLiteral("Old")));
    QVERIFY(!m_session->isModified());
    m_document->edit(QStringLiteral("Edit"), [](InteractiveMessage& m) { m.body = QStringLiteral("New"); });
    QVERIFY(m_session->isModified());
    m_session->save();
    QCOMPARE(m_nameQuestions, 0);
    QVERIFY(m_library->find(id)->payload.contains("\"New\""));
    QCOMPARE(m_library->count(), 1);
    QVERIFY(!m_session->isModified());
}

void TestDraftSession::saveAsLeavesTheOldDraftAsItWas()
{
    answerWith(Choice::Save, QStringLiteral("Menu, summer"));
    const qint64 id = seed(QStringLiteral("Menu"), withBody(QStringLiteral("Winter")));
    m_session->open(id);
    m_document->edit(QStringLiteral("Edit"),
                     [](InteractiveMessage& m) { m.body = QStringLiteral("Summer"); });
    m_session->saveAs();
    QCOMPARE(m_suggestedName, QStringLiteral("Menu (2)"));
    QVERIFY(m_session->draftId() != id);
    QCOMPARE(m_session->draftName(), QStringLiteral("Menu, summer"));
    QVERIFY(m_library->find(id)->payload.contains("Winter"));
    QVERIFY(m_library->find(m_session->draftId())->payload.contains("Summer"));
}

void TestDraftSession::replacingTheMessageAsks_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("choice");
    for (const char* how : {"open", "new", "unsaved"}) {
        QTest::addRow("%s, discard", how) << QString::fromLatin1(how) << int(Choice::Discard);
        QTest::addRow("%s, cancel", how) << QString::fromLatin1(how) << int(Choice::Cancel);
    }
}

// Every step that replaces edited work asks once; Cancel keeps everything as it was, Discard goes on and
// drops what was autosaved.
void TestDraftSession::replacingTheMessageAsks()
{
    QFETCH(QString, how);
    QFETCH(int, choice);
    answerWith(Choice(choice));
    const qint64 first = seed(QStringLiteral("First"), withBody(QStringLiteral("First body")));
    const qint64 second =
        seed(QStringLiteral("Second"), withBody(QStringLiteral("Second body"), MessageType::CtaUrl));
    m_session->open(first);
    QCOMPARE(m_unsavedQuestions, 0); // nothing was unsaved
    m_document->edit(QStringLiteral("Edit"),
                     [](InteractiveMessage& m) { m.body = QStringLiteral("Edited"); });
    QVERIFY(m_session->autosave().saveNow());
    QVERIFY(m_slot->read());
    QSignalSpy replaced(m_session.get(), &DraftSession::messageReplaced);

    const InteractiveMessage incoming = withBody(QStringLiteral("From a file"), MessageType::List);
    if (how == u"open")
        m_session->open(second);
    else if (how == u"new")
        m_session->startNew(StarterMessages::starter(MessageType::Flow), QStringLiteral("New"));
    else
        m_session->openUnsaved(incoming, QStringLiteral("Import"));
    QCOMPARE(m_unsavedQuestions, 1);

    if (Choice(choice) == Choice::Cancel) {
        QCOMPARE(m_session->draftId(), first);
        QCOMPARE(m_document->message().body, std::optional(QStringLiteral("Edited")));
        QVERIFY(m_session->isModified());
        QCOMPARE(replaced.count(), 0);
        QVERIFY(m_slot->read()); // still there to recover
        return;
    }
    QCOMPARE(replaced.count(), 1);
    QVERIFY(!m_library->find(first)->payload.contains("Edited"));
    QCOMPARE(m_document->undoStack()->count(), 0); // nothing to undo into another message
    if (how == u"open") {
        QCOMPARE(m_session->draftId(), second);
        QCOMPARE(m_document->message().type(), MessageType::CtaUrl);
        QVERIFY(!m_session->isModified());
        QVERIFY(!m_slot->read());
    } else if (how == u"new") {
        QCOMPARE(m_session->draftId(), 0);
        QCOMPARE(m_document->message(), StarterMessages::starter(MessageType::Flow));
        QVERIFY(!m_session->isModified());
        QVERIFY(!m_slot->read());
    } else {
        QCOMPARE(m_session->draftId(), 0);
        QCOMPARE(m_session->draftName(), QStringLiteral("Untitled"));
        QCOMPARE(m_document->message(), incoming);
        QVERIFY(m_session->isModified());
        QVERIFY(m_session->autosave().isPending()); // unsaved work, autosaved like any
    }
}

void TestDraftSession::savingFromTheQuestionThenProceeds()
{
    answerWith(Choice::Save);
    const qint64 first = seed(QStringLiteral("First"), withBody(QStringLiteral("First body")));
    const qint64 second = seed(QStringLiteral("Second"), withBody(QStringLiteral("Second body")));
    m_session->open(first);
    m_document->edit(QStringLiteral("Edit"),
                     [](InteractiveMessage& m) { m.body = QStringLiteral("Edited"); });
    m_session->open(second);
    QCOMPARE(m_unsavedQuestions, 1);
    QCOMPARE(m_nameQuestions, 0); // it has a draft: saved there
    QVERIFY(m_library->find(first)->payload.contains("Edited"));
    QCOMPARE(m_session->draftId(), second);
}

void TestDraftSession::withoutPromptsNothingUnsavedIsLost()
{
    const qint64 id = seed(QStringLiteral("First"), withBody(QStringLiteral("First body")));
    m_document->edit(QStringLiteral("Edit"), [](InteractiveMessage& m) { m.body = QStringLiteral("Typed"); });
    m_session->open(id);
    m_session->startNew(StarterMessages::starter(MessageType::List), QStringLiteral("New"));
    m_session->saveAs();
    QCOMPARE(m_document->message().body, std::optional(QStringLiteral("Typed")));
    QCOMPARE(m_session->draftId(), 0);
    QCOMPARE(m_library->count(), 1);
}

void TestDraftSession::unsavedFromOutsideBelongsToNoDraft()
{
    answerWith(Choice::Save, QStringLiteral("Imported"));
    const qint64 id = seed(QStringLiteral("First"), withBody(QStringLiteral("First body")));
    m_session->open(id);
    const InteractiveMessage incoming = withBody(QStringLiteral("Pasted"));
    m_session->openUnsaved(incoming, QStringLiteral("Paste"));
    QCOMPARE(m_unsavedQuestions, 0); // nothing was unsaved
    QCOMPARE(m_session->draftId(), 0);
    QVERIFY(m_session->isModified());
    // Save never writes it into the draft that was open before: it asks for a name.
    m_session->save();
    QCOMPARE(m_nameQuestions, 1);
    QVERIFY(m_library->find(id)->payload.contains("First body"));
    QVERIFY(m_library->findByName(QStringLiteral("Imported"))->payload.contains("Pasted"));
}

void TestDraftSession::openingAMissingOrUnreadableDraftChangesNothing()
{
    const qint64 gone = seed(QStringLiteral("Gone"), withBody(QStringLiteral("x")));
    QVERIFY(m_library->moveToTrash(gone));
    Draft broken;
    broken.name = QStringLiteral("Broken");
    broken.payload = R"({"type":"list","body":{"text":"Hi"}})";
    const std::optional<qint64> brokenId = m_library->create(broken);
    QVERIFY(brokenId);
    const InteractiveMessage before = m_document->message();
    QSignalSpy failed(m_session.get(), &DraftSession::failed);
    m_session->open(gone);
    m_session->open(*brokenId);
    m_session->open(987654);
    QCOMPARE(failed.count(), 3);
    QCOMPARE(failed[0][0].value<DraftSession::Failure>(), DraftSession::Failure::Open);
    QVERIFY(failed[1][1].toString().contains(QStringLiteral("Broken")));
    QVERIFY(failed[1][1].toString().contains(QStringLiteral("action")));
    QCOMPARE(m_document->message(), before);
    QCOMPARE(m_session->draftId(), 0);
}

void TestDraftSession::importOpensTheOneDraftOfOneFile()
{
    const QString good = QStringLiteral(WA_TEST_DATA "/octopods_list.json");
    QFile broken(m_dir->filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"type":"button","body":{"text":1}})");
    broken.close();

    const DraftSession::ImportReport several =
        m_session->importFiles({good, broken.fileName(), m_dir->filePath(QStringLiteral("none.json"))});
    QCOMPARE(several.imported.size(), 1);
    QVERIFY2(several.problems.size() >= 2, qPrintable(several.problems.join(u'\n')));
    QVERIFY(several.problems[0].startsWith(QStringLiteral("broken.json: body.text")));
    QVERIFY(several.problems.last().contains(QStringLiteral("none.json")));
    QCOMPARE(m_session->draftId(), 0); // several files: none opened

    const DraftSession::ImportReport one = m_session->importFiles({good});
    QCOMPARE(one.imported.size(), 1);
    QCOMPARE(m_session->draftId(), one.imported.first());
    QCOMPARE(m_session->draftName(), QStringLiteral("octopods_list (2)"));
}

void TestDraftSession::exportWritesTheDraftFile()
{
    const qint64 id = seed(QStringLiteral("Menu"), withBody(QStringLiteral("Lunch")));
    m_session->open(id);
    const QString path = m_dir->filePath(QStringLiteral("menu.json"));
    QString error;
    QVERIFY2(m_session->exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(written.value(QStringLiteral("name")).toString(), QStringLiteral("Menu"));
    QCOMPARE(written.value(QStringLiteral("message")).toObject(),
             MessageJson::toJsonObject(m_document->message()));

    QVERIFY(!m_session->exportTo(m_dir->filePath(QStringLiteral("missing/menu.json")), &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
}

void TestDraftSession::restoresAutosavedWork()
{
    const qint64 id = seed(QStringLiteral("Crashed"), withBody(QStringLiteral("Saved")));
    Recovery left;
    left.draftId = id;
    left.name = QStringLiteral("Crashed");
    left.payload = MessageJson::toJson(withBody(QStringLiteral("Unsaved")), JsonWriter::Format::Compact);
    QVERIFY(m_slot->save(left));

    const std::optional<Recovery> pending = m_session->pendingRecovery();
    QVERIFY(pending);
    QVERIFY(m_session->restore(*pending));
    QCOMPARE(m_session->draftId(), id);
    QCOMPARE(m_document->message().body, std::optional(QStringLiteral("Unsaved")));
    QVERIFY(m_session->isModified());
    QVERIFY(m_session->autosave().hasWritten()); // the slot is this session's now

    // Saved: nothing left to recover.
    m_session->save();
    QVERIFY(!m_slot->read());
    QVERIFY(m_library->find(id)->payload.contains("Unsaved"));
}

void TestDraftSession::aRecoveryOfAnotherLibrarysDraftIsUnsavedWorkHere()
{
    // The app crashed while a team draft was open; it starts again on this computer's library, where another
    // draft has the same id. The message comes back unsaved, tied to no draft: a save cannot overwrite that
    // one.
    const std::optional<qint64> local = seed(QStringLiteral("Local"), withBody(QStringLiteral("Mine")));
    Recovery crashed;
    crashed.draftId = *local;
    crashed.library = QStringLiteral("postgresql://ann@db.example:5432/support");
    crashed.name = QStringLiteral("Team offer");
    crashed.payload = MessageJson::toJson(withBody(QStringLiteral("Team work")), JsonWriter::Format::Compact);
    QVERIFY(m_session->restore(crashed));
    QCOMPARE(m_session->draftId(), 0);
    QCOMPARE(m_session->draftName(), QStringLiteral("Team offer"));
    QVERIFY(m_session->isModified());
    QVERIFY(m_library->find(*local)->payload.contains("Mine"));

    // Of this library, the same recovery joins its draft.
    crashed.library.clear();
    QVERIFY(m_session->restore(crashed));
    QCOMPARE(m_session->draftId(), *local);
}

void TestDraftSession::anUnreadableRecoveryStaysInTheSlot()
{
    Recovery left;
    left.name = QStringLiteral("Half");
    left.payload = R"({"type":"button")";
    QVERIFY(m_slot->save(left));
    QSignalSpy failed(m_session.get(), &DraftSession::failed);
    QString error;
    QVERIFY(!m_session->restore(*m_session->pendingRecovery(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed[0][0].value<DraftSession::Failure>(), DraftSession::Failure::Restore);
    QVERIFY(m_slot->read()); // the only copy: kept
    m_session->dismissRecovery();
    QVERIFY(!m_slot->read());
}

// Renamed or moved to the trash, here (the drafts panel) or through another connection (another window,
// the command line): the title follows a rename; a draft gone leaves its message as unsaved work of no draft.
void TestDraftSession::followsRenameAndTrashHereAndElsewhere()
{
    answerWith(Choice::Save, QStringLiteral("Kept"));
    const qint64 id = seed(QStringLiteral("Shared"), withBody(QStringLiteral("Body")));
    m_session->open(id);
    QSignalSpy changed(m_session.get(), &DraftSession::draftChanged);
    QVERIFY(m_session->rename(id, QStringLiteral("Renamed here")));
    QCOMPARE(m_session->draftName(), QStringLiteral("Renamed here"));
    QCOMPARE(changed.count(), 1);

    Database other(m_database->path());
    DraftStore elsewhere(other);
    QVERIFY(elsewhere.rename(id, QStringLiteral("Renamed elsewhere")));
    QCOMPARE(m_session->draftName(), QStringLiteral("Renamed here")); // not looked yet
    QVERIFY(m_library->checkForOutsideChanges());
    QCOMPARE(m_session->draftName(), QStringLiteral("Renamed elsewhere"));
    QVERIFY(!m_session->isModified());

    QVERIFY(elsewhere.moveToTrash(id));
    QVERIFY(m_library->checkForOutsideChanges());
    QCOMPARE(m_session->draftId(), 0);
    QVERIFY(m_session->isModified());
    QCOMPARE(m_document->message().body, std::optional(QStringLiteral("Body")));
    m_session->save(); // not into the trash
    QCOMPARE(m_nameQuestions, 1);
    QVERIFY(m_library->findByName(QStringLiteral("Kept")));

    // In the panel, here: the same.
    const qint64 kept = m_session->draftId();
    QVERIFY(m_session->moveToTrash(kept));
    QCOMPARE(m_session->draftId(), 0);
    QVERIFY(m_session->isModified());
}

void TestDraftSession::aFailedSaveKeepsTheMessage()
{
    const qint64 id = seed(QStringLiteral("Locked"), withBody(QStringLiteral("Before")));
    m_session->open(id);
    m_document->edit(QStringLiteral("Edit"), [](InteractiveMessage& m) { m.body = QStringLiteral("After"); });
    Database other(m_database->path());
    QVERIFY(other.open());
    QSqlDatabase lock = other.connection();
    QVERIFY(lock.transaction());
    QVERIFY(QSqlQuery(lock).exec(QStringLiteral("UPDATE drafts SET name = name")));
    QSignalSpy failed(m_session.get(), &DraftSession::failed);
    bool ran = false;
    m_session->save([&] { ran = true; });
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed[0][0].value<DraftSession::Failure>(), DraftSession::Failure::Save);
    QVERIFY(!ran);
    QVERIFY(m_session->isModified());
    QCOMPARE(m_document->message().body, std::optional(QStringLiteral("After")));
    QVERIFY(lock.rollback());
    m_session->save();
    QVERIFY(m_library->find(id)->payload.contains("After"));
}

// Another process renames the open draft, and the agent saves before this session has looked: the save
// keeps the library's name (only Save As names a draft).
void TestDraftSession::saveKeepsARenameMadeElsewhere()
{
    const qint64 id = seed(QStringLiteral("Alpha"), withBody(QStringLiteral("a")));
    m_session->open(id);
    m_document->edit(QStringLiteral("Edit"),
                     [](InteractiveMessage& m) { m.body = QStringLiteral("edited"); });
    Database other(m_database->path());
    DraftStore elsewhere(other);
    QVERIFY(elsewhere.rename(id, QStringLiteral("Beta")));
    m_session->save();
    QCOMPARE(m_library->find(id)->name, QStringLiteral("Beta"));
    QVERIFY(m_library->find(id)->payload.contains("edited"));
    QCOMPARE(m_session->draftName(), QStringLiteral("Beta"));
}

// Tags set in the panel on the open draft go with it into an exported file.
void TestDraftSession::exportHasTheTagsSetSinceOpening()
{
    const qint64 id = seed(QStringLiteral("Tagged"), withBody(QStringLiteral("t")));
    m_session->open(id);
    QVERIFY(m_session->setTags(id, {QStringLiteral("vip")}));
    const QString path = m_dir->filePath(QStringLiteral("out.json"));
    QVERIFY(m_session->exportTo(path, nullptr));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("tags")).toArray().size(),
             1);
}

// A draft gone (or unreadable) is found out before anything is asked: the work in the editor stays, and
// stays protected by the autosave.
void TestDraftSession::aDraftThatCannotOpenCostsNothing()
{
    answerWith(Choice::Discard);
    m_document->edit(QStringLiteral("Edit"),
                     [](InteractiveMessage& m) { m.body = QStringLiteral("precious"); });
    QVERIFY(m_session->autosave().saveNow());
    QSignalSpy failed(m_session.get(), &DraftSession::failed);
    m_session->open(12345);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_unsavedQuestions, 0);
    QVERIFY(m_session->isModified());
    QCOMPARE(m_document->message().body, std::optional(QStringLiteral("precious")));
    QVERIFY(m_slot->read());
}

// Two windows (two processes) with one draft open; the other saves a new message. Unchanged here: this one
// shows the new message, still as that draft. Changed here too: nothing is lost; Save here asks for a new
// name, and the other's message stays in the draft.
void TestDraftSession::aMessageSavedElsewhereIsNeverOverwritten()
{
    answerWith(Choice::Save, QStringLiteral("My version"));
    const qint64 id = seed(QStringLiteral("Shared"), withBody(QStringLiteral("v1")));
    m_session->open(id);
    Database other(m_database->path());
    DraftStore elsewhere(other);
    const auto saveElsewhere = [&](const QString& body) {
        Draft draft = *elsewhere.find(id);
        draft.payload = MessageJson::toJson(withBody(body), JsonWriter::Format::Compact);
        QVERIFY(elsewhere.update(draft));
        QVERIFY(m_library->checkForOutsideChanges());
    };
    QSignalSpy replaced(m_session.get(), &DraftSession::messageReplaced);
    saveElsewhere(QStringLiteral("v2"));
    QCOMPARE(m_document->message().body, std::optional(QStringLiteral("v2")));
    QCOMPARE(m_session->draftId(), id);
    QVERIFY(!m_session->isModified());
    QCOMPARE(replaced.count(), 1);

    m_document->edit(QStringLiteral("Edit"),
                     [](InteractiveMessage& m) { m.body = QStringLiteral("v2, edited here"); });
    saveElsewhere(QStringLiteral("v3"));
    QCOMPARE(m_document->message().body, std::optional(QStringLiteral("v2, edited here"))); // never replaced
    QSignalSpy notice(m_session.get(), &DraftSession::notice);
    m_session->save();
    QCOMPARE(m_nameQuestions, 1);
    QCOMPARE(notice.count(), 1);
    QVERIFY(m_library->find(id)->payload.contains("v3"));
    QVERIFY(m_library->findByName(QStringLiteral("My version"))->payload.contains("v2, edited here"));
    QCOMPARE(m_session->draftName(), QStringLiteral("My version"));
}

namespace {
const QString Sku = QStringLiteral("SKU-1");
} // namespace

// A look's change is an edit of the open draft: undone and redone on the document's stack (keystrokes in one
// field are one step), marks the draft modified, is saved with it and never into its message.
void TestDraftSession::productLooksAreEditsOfTheDraft()
{
    const qint64 id = seed(QStringLiteral("Shoes"), StarterMessages::starter(MessageType::Product));
    m_session->open(id);
    QSignalSpy changed(m_session.get(), &DraftSession::productLooksChanged);
    QUndoStack& undo = *m_document->undoStack();
    const int before = undo.count();
    for (const char* typed : {"T", "Tr", "Trail"})
        m_session->setProductLook(Sku, {QString::fromUtf8(typed), {}, {}}, QStringLiteral("name"));
    QCOMPARE(undo.count(), before + 1); // merged
    QCOMPARE(changed.count(), 3);
    m_session->setProductLook(Sku, {QStringLiteral("Trail"), QStringLiteral("₹1,299"), {}},
                              QStringLiteral("price"));
    QCOMPARE(undo.count(), before + 2);
    QVERIFY(m_session->isModified());
    m_session->setProductLook(Sku, m_session->productLooks().value(Sku)); // the same: no step
    QCOMPARE(undo.count(), before + 2);

    undo.undo();
    QCOMPARE(m_session->productLooks().value(Sku), (ProductLook{QStringLiteral("Trail"), {}, {}}));
    undo.undo();
    QVERIFY(m_session->productLooks().isEmpty());
    QVERIFY(!m_session->isModified()); // back to what is saved
    undo.redo();
    undo.redo();
    QCOMPARE(m_session->productLooks().value(Sku).price, QStringLiteral("₹1,299"));

    const QByteArray payload = m_library->find(id)->payload;
    m_session->save();
    QVERIFY(!m_session->isModified());
    const Draft stored = *m_library->find(id);
    QCOMPARE(stored.productLooks, m_session->productLooks());
    QCOMPARE(stored.payload, payload); // the message as it was: the look is not in it
    QVERIFY(!stored.payload.contains("Trail"));

    // An empty look takes the product's away.
    m_session->setProductLook(Sku, {});
    QVERIFY(m_session->productLooks().isEmpty());
    QVERIFY(m_session->isModified());
}

// Opened with its draft, exported and autosaved with the message, brought back by a recovery, and gone
// with a new message.
void TestDraftSession::productLooksTravelWithTheDraft()
{
    Draft seeded;
    seeded.name = QStringLiteral("Shoes");
    seeded.payload =
        MessageJson::toJson(StarterMessages::starter(MessageType::Product), JsonWriter::Format::Compact);
    seeded.productLooks = {{Sku, {QStringLiteral("Trail Runner"), QStringLiteral("$24.99"), {}}}};
    const std::optional<qint64> id = m_library->create(seeded);
    QVERIFY(id);
    QSignalSpy changed(m_session.get(), &DraftSession::productLooksChanged);
    m_session->open(*id);
    QCOMPARE(m_session->productLooks(), seeded.productLooks);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_session->isModified());

    m_session->setProductLook(Sku, {QStringLiteral("Trail Runner X2"), QStringLiteral("$24.99"), {}});
    const QString path = m_dir->filePath(QStringLiteral("shoes.json"));
    QString error;
    QVERIFY2(m_session->exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(written.value(QStringLiteral("product_looks"))
                 .toObject()
                 .value(Sku)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Trail Runner X2"));
    QVERIFY(!written.value(QStringLiteral("message")).toObject().contains(QStringLiteral("product_looks")));

    m_session->autosave().saveNow();
    const std::optional<Recovery> left = m_slot->read();
    QVERIFY(left);
    QCOMPARE(left->productLooks, m_session->productLooks());

    // Another message: no looks. Then the crashed session's work comes back, its looks with it.
    answerWith(Choice::Discard);
    m_session->startNew(StarterMessages::starter(MessageType::Product), QStringLiteral("New"));
    QVERIFY(m_session->productLooks().isEmpty());
    QVERIFY(m_session->restore(*left));
    QCOMPARE(m_session->productLooks().value(Sku).name, QStringLiteral("Trail Runner X2"));
    QVERIFY(m_session->isModified());
}

// A teammate (another connection) changes only the looks: shown at once when nothing is unsaved here; with
// unsaved work here, the next save asks instead of overwriting them.
void TestDraftSession::productLooksSavedElsewhereAreFollowed()
{
    answerWith(Choice::Save, QStringLiteral("My version"));
    const qint64 id = seed(QStringLiteral("Shared"), StarterMessages::starter(MessageType::Product));
    m_session->open(id);
    Database other(m_database->path());
    DraftStore elsewhere(other);
    const auto saveElsewhere = [&](const QString& name) {
        Draft draft = *elsewhere.find(id);
        draft.productLooks = {{Sku, {name, {}, {}}}};
        QVERIFY(elsewhere.update(draft));
        QVERIFY(m_library->checkForOutsideChanges());
    };
    saveElsewhere(QStringLiteral("Theirs"));
    QCOMPARE(m_session->productLooks().value(Sku).name, QStringLiteral("Theirs"));
    QVERIFY(!m_session->isModified());

    m_session->setProductLook(Sku, {QStringLiteral("Mine"), {}, {}});
    saveElsewhere(QStringLiteral("Theirs again"));
    QCOMPARE(m_session->productLooks().value(Sku).name, QStringLiteral("Mine")); // never replaced
    m_session->save();
    QCOMPARE(m_nameQuestions, 1); // kept both
    QCOMPARE(m_library->find(id)->productLooks.value(Sku).name, QStringLiteral("Theirs again"));
    QCOMPARE(m_library->findByName(QStringLiteral("My version"))->productLooks.value(Sku).name,
             QStringLiteral("Mine"));
}

void TestDraftSession::aConflictOffersKeepBothOverwriteOrCancel_data()
{
    QTest::addColumn<DraftSession::ConflictChoice>("choice");
    QTest::newRow("keep both") << DraftSession::ConflictChoice::KeepBoth;
    QTest::newRow("overwrite theirs") << DraftSession::ConflictChoice::Overwrite;
    QTest::newRow("cancel") << DraftSession::ConflictChoice::Cancel;
}

// A teammate saved the open draft while the agent edited it: Save shows theirs (who, when, what) and the
// agent chooses; whatever the choice, neither message is lost.
void TestDraftSession::aConflictOffersKeepBothOverwriteOrCancel()
{
    QFETCH(DraftSession::ConflictChoice, choice);
    answerWith(Choice::Save, QStringLiteral("My version"));
    m_library->setAuthor(QStringLiteral("Ann"));
    std::optional<Draft> shown;
    m_session->setConflictPrompt(
        [&](const Draft& theirs, std::function<void(DraftSession::ConflictChoice)> answer) {
            shown = theirs;
            answer(choice);
        });
    const qint64 id = seed(QStringLiteral("Shared"), withBody(QStringLiteral("v1")));
    m_session->open(id);
    m_document->edit(QStringLiteral("Edit"), [](InteractiveMessage& m) { m.body = QStringLiteral("Ann's"); });
    Database other(m_database->path());
    DraftStore bob(other);
    bob.setAuthor(QStringLiteral("Bob"));
    Draft bobs = *bob.find(id);
    bobs.payload = MessageJson::toJson(withBody(QStringLiteral("Bob's")), JsonWriter::Format::Compact);
    QVERIFY(bob.update(bobs));
    // Saved before this session has looked: what the library holds now tells.
    m_session->save();

    QVERIFY(shown);
    QCOMPARE(shown->updatedBy, QStringLiteral("Bob"));
    QVERIFY(shown->payload.contains("Bob's"));
    const Draft stored = *m_library->find(id);
    switch (choice) {
    case DraftSession::ConflictChoice::KeepBoth:
        QVERIFY(stored.payload.contains("Bob's"));
        QVERIFY(m_library->findByName(QStringLiteral("My version"))->payload.contains("Ann's"));
        QCOMPARE(m_session->draftName(), QStringLiteral("My version"));
        QVERIFY(!m_session->isModified());
        break;
    case DraftSession::ConflictChoice::Overwrite:
        QVERIFY(stored.payload.contains("Ann's"));
        QCOMPARE(stored.updatedBy, QStringLiteral("Ann"));
        QCOMPARE(stored.version, shown->version + 1);
        QCOMPARE(m_session->draftId(), id);
        QVERIFY(!m_session->isModified());
        QCOMPARE(m_library->count(), 1);
        break;
    case DraftSession::ConflictChoice::Cancel:
        QVERIFY(stored.payload.contains("Bob's"));
        QVERIFY(m_session->isModified()); // still here, unsaved
        QCOMPARE(m_document->message().body, std::optional(QStringLiteral("Ann's")));
        QCOMPARE(m_library->count(), 1);
        break;
    }
}

QTEST_MAIN(TestDraftSession)
#include "tst_draftsession.moc"
