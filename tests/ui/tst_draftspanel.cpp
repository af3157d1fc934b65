#include "AppServices.h"
#include "drafts/Autosave.h"
#include "drafts/DraftSession.h"
#include "drafts/DraftStore.h"
#include "drafts/RecoverySlot.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "message/StarterMessages.h"
#include "storage/Database.h"
#include "support/GuiTestBase.h"
#include "windows/DraftListModel.h"
#include "windows/DraftsPanel.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace wa;

namespace {

InteractiveMessage withBody(const QString& body, MessageType type = MessageType::Button)
{
    InteractiveMessage message = StarterMessages::starter(type);
    message.body = body;
    if (type == MessageType::Button) // the starter's own button titles would match every search
        message.action = ReplyButtonsAction{{{QStringLiteral("ok"), QStringLiteral("OK")}}};
    return message;
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* name : list)
        result.append(QString::fromUtf8(name));
    return result;
}

QStringList shownNames(DraftsPanel* panel)
{
    QStringList names;
    for (const DraftSummary& draft : panel->model()->drafts())
        names.append(draft.name);
    return names;
}

} // namespace

// The drafts library in the window, driven as an agent would: save, search as you type, open another
// draft with unsaved changes, close, trash and restore, recover after a crash. Each test has its own data
// folder (WA_COMPOSER_DATA_DIR), so the library is real SQLite and starts empty.
class TestDraftsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saveAsNamesANewDraft();
    void searchFiltersAsYouType_data();
    void searchFiltersAsYouType();
    void tagFilterAndSortByName();
    void openingAnotherDraftAsksAboutUnsavedChanges_data();
    void openingAnotherDraftAsksAboutUnsavedChanges();
    void closingWithUnsavedChangesAsks();
    void trashAndRestore();
    void renameFollowsTheOpenDraft();
    void exportsASelection();
    void aFailedSaveKeepsTheMessage();
    void recoveryOffersTheAutosavedMessage();
    void undoBackToTheSavedStateLeavesNothingToRecover();
    void anotherSessionsRecoveryIsLeftAlone();
    void savingKeepsTagsSetInThePanel();
    void savingADraftGoneToTheTrashSavesANewOne();

private:
    void seed(const QString& name, const InteractiveMessage& message, const QStringList& tags = {});
    DraftsPanel* panelOf(MainWindow& window);
    // Answers the Save As dialog (opened by Ctrl+S on a new message) with a name.
    void answerSaveAs(MainWindow& window, const QString& name);
    QMessageBox* unsavedBox(MainWindow& window);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services; // what main() hands the window
    test::ScriptedFileDialogs m_dialogs;
    // The test's own connection to the same file, as another process would have.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<RecoverySlot> m_slot;
};

void TestDraftsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("wa-composer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_draftspanel"));
}

void TestDraftsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_services = std::make_unique<AppServices>(m_dir->path());
    QCOMPARE(m_services->databasePath(), m_dir->filePath(QStringLiteral("drafts.sqlite")));
    m_database = std::make_unique<Database>(m_services->databasePath());
    m_store = std::make_unique<DraftStore>(*m_database);
    m_slot = std::make_unique<RecoverySlot>(*m_database);
}

void TestDraftsPanel::cleanup()
{
    m_slot.reset();
    m_store.reset();
    m_database.reset();
    m_services.reset();
    m_dir.reset();
}

void TestDraftsPanel::seed(const QString& name, const InteractiveMessage& message, const QStringList& tags)
{
    Draft draft;
    draft.name = name;
    draft.payload = MessageJson::toJson(message, JsonWriter::Format::Compact);
    draft.tags = tags;
    QString error;
    QVERIFY2(m_store->create(draft, &error), qPrintable(error));
}

DraftsPanel* TestDraftsPanel::panelOf(MainWindow& window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    DraftsPanel* panel = window.findChild<DraftsPanel*>();
    // The library is read once the window has painted, not before.
    auto* status = panel->findChild<QLabel*>(QStringLiteral("draftsStatus"));
    return QTest::qWaitFor([status] { return !status->text().isEmpty(); }) ? panel : nullptr;
}

void TestDraftsPanel::answerSaveAs(MainWindow& window, const QString& name)
{
    QInputDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QInputDialog*>(QStringLiteral("saveDraftDialog"))));
    QVERIFY(dialog->isVisible());
    dialog->setTextValue(name);
    dialog->accept();
}

QMessageBox* TestDraftsPanel::unsavedBox(MainWindow& window)
{
    QMessageBox* box = nullptr;
    const bool found = QTest::qWaitFor(
        [&] { return (box = window.findChild<QMessageBox*>(QStringLiteral("unsavedChangesBox"))); }, 2000);
    return found ? box : nullptr;
}

void TestDraftsPanel::saveAsNamesANewDraft()
{
    MainWindow window(*m_services, m_dialogs);
    DraftsPanel* panel = panelOf(window);
    QCOMPARE(panel->model()->rowCount(), 0);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.document()->edit(QStringLiteral("Edit body"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("Where is my order?"); });
    QVERIFY(window.isWindowModified());

    QTest::keySequence(&window, QKeySequence::Save); // never saved: asks for a name
    QInputDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QInputDialog*>(QStringLiteral("saveDraftDialog"))));
    QCOMPARE(dialog->textValue(), QStringLiteral("Where is my order?")); // suggested from the body
    answerSaveAs(window, QStringLiteral("Order status"));

    QTRY_VERIFY(!window.isWindowModified());
    QCOMPARE(window.windowTitle(), QStringLiteral("Order status[*] — wa-composer"));
    QVERIFY(window.session()->draftId() > 0);
    QCOMPARE(shownNames(panel), QStringList{QStringLiteral("Order status")});
    QCOMPARE(panel->selectedDraft(), window.session()->draftId());
    const std::optional<Draft> stored = m_store->find(window.session()->draftId());
    QVERIFY(stored);
    QCOMPARE(stored->payload, MessageJson::toJson(window.document()->message(), JsonWriter::Format::Compact));

    // Saving again writes into the same draft, without asking.
    window.document()->edit(QStringLiteral("Edit body"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("Where is my parcel?"); });
    QTest::keySequence(&window, QKeySequence::Save);
    QVERIFY(!window.isWindowModified());
    QCOMPARE(m_store->count(), 1);
    QVERIFY(m_store->find(window.session()->draftId())->payload.contains("Where is my parcel?"));
}

void TestDraftsPanel::searchFiltersAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nothing") << QString()
                             << names({"Refund policy", "Delivery times", "Order status"}); // newest first
    QTest::newRow("prefix of a name") << "ord" << names({"Order status"});
    QTest::newRow("a word of the body") << "parcel" << names({"Delivery times"});
    QTest::newRow("two prefixes") << "ref pol" << names({"Refund policy"});
    QTest::newRow("no match") << "zebra" << QStringList{};
    QTest::newRow("name above body") << "refund"
                                     << names({"Refund policy", "Order status"}); // its body says refund
}

void TestDraftsPanel::searchFiltersAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    seed(QStringLiteral("Order status"), withBody(QStringLiteral("Your order ships today. Want a refund?")));
    seed(QStringLiteral("Delivery times"), withBody(QStringLiteral("A parcel takes two days.")));
    seed(QStringLiteral("Refund policy"), withBody(QStringLiteral("We refund within 14 days.")));
    MainWindow window(*m_services, m_dialogs);
    DraftsPanel* panel = panelOf(window);
    auto* search = panel->findChild<QLineEdit*>(QStringLiteral("draftsSearch"));
    QTest::keyClicks(search, typed);
    QCOMPARE(shownNames(panel), expected);
    auto* status = panel->findChild<QLabel*>(QStringLiteral("draftsStatus"));
    if (expected.isEmpty())
        QVERIFY2(status->text().contains(typed), qPrintable(status->text()));
    else
        QVERIFY(!status->text().contains(QStringLiteral("No draft")));
}

void TestDraftsPanel::tagFilterAndSortByName()
{
    seed(QStringLiteral("b offer"), withBody(QStringLiteral("Two")), {QStringLiteral("Sales")});
    seed(QStringLiteral("A offer"), withBody(QStringLiteral("One")),
         {QStringLiteral("sales"), QStringLiteral("vip")});
    seed(QStringLiteral("c help"), withBody(QStringLiteral("Three")), {QStringLiteral("support")});
    MainWindow window(*m_services, m_dialogs);
    DraftsPanel* panel = panelOf(window);
    auto* tag = panel->findChild<QComboBox*>(QStringLiteral("draftsTag"));
    QCOMPARE(tag->count(), 4); // all tags, Sales, support, vip
    tag->setCurrentIndex(tag->findData(QStringLiteral("vip")));
    emit tag->activated(tag->currentIndex());
    QCOMPARE(shownNames(panel), QStringList{QStringLiteral("A offer")});

    tag->setCurrentIndex(0);
    emit tag->activated(0);
    auto* sort = panel->findChild<QComboBox*>(QStringLiteral("draftsSort"));
    sort->setCurrentIndex(sort->findData(int(DraftQuery::Sort::Name)));
    emit sort->activated(sort->currentIndex());
    QCOMPARE(shownNames(panel),
             (QStringList{QStringLiteral("A offer"), QStringLiteral("b offer"), QStringLiteral("c help")}));
}

void TestDraftsPanel::openingAnotherDraftAsksAboutUnsavedChanges_data()
{
    QTest::addColumn<int>("answer");
    QTest::newRow("save") << int(QMessageBox::Save);
    QTest::newRow("discard") << int(QMessageBox::Discard);
    QTest::newRow("cancel") << int(QMessageBox::Cancel);
}

void TestDraftsPanel::openingAnotherDraftAsksAboutUnsavedChanges()
{
    QFETCH(int, answer);
    seed(QStringLiteral("First"), withBody(QStringLiteral("First body")));
    seed(QStringLiteral("Second"), withBody(QStringLiteral("Second body"), MessageType::CtaUrl));
    MainWindow window(*m_services, m_dialogs);
    DraftsPanel* panel = panelOf(window);
    const qint64 first = m_store->findByName(QStringLiteral("First"))->id;
    const qint64 second = m_store->findByName(QStringLiteral("Second"))->id;
    window.session()->open(first); // nothing unsaved: no question
    QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("unsavedChangesBox")));
    QCOMPARE(window.session()->draftId(), first);
    QCOMPARE(window.document()->message().body, std::optional(QStringLiteral("First body")));
    QVERIFY(!window.isWindowModified());

    window.document()->edit(QStringLiteral("Edit body"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("First, edited"); });
    // Double-click on the second draft in the list.
    panel->selectDraft(second);
    auto* list = panel->findChild<QListView*>(QStringLiteral("draftsList"));
    const QRect rect = list->visualRect(list->currentIndex());
    // A double click as the system delivers it: a click, then the second press as a double click.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QMessageBox* box = unsavedBox(window);
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("First")));
    box->button(QMessageBox::StandardButton(answer))->click();

    const QByteArray firstStored = m_store->find(first)->payload;
    if (answer == QMessageBox::Cancel) {
        QCOMPARE(window.session()->draftId(), first);
        QCOMPARE(window.document()->message().body, std::optional(QStringLiteral("First, edited")));
        QVERIFY(window.isWindowModified());
        QVERIFY(!firstStored.contains("First, edited"));
        return;
    }
    QCOMPARE(window.session()->draftId(), second);
    QCOMPARE(window.document()->message().type(), MessageType::CtaUrl);
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.windowTitle(), QStringLiteral("Second[*] — wa-composer"));
    QCOMPARE(firstStored.contains("First, edited"), answer == QMessageBox::Save);
    QVERIFY(!m_slot->read()); // nothing left to recover either way
}

void TestDraftsPanel::closingWithUnsavedChangesAsks()
{
    MainWindow window(*m_services, m_dialogs);
    panelOf(window);
    window.document()->edit(QStringLiteral("Edit body"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("Unsaved"); });
    QVERIFY(!window.close()); // the question comes first
    QMessageBox* box = unsavedBox(window);
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(window.isVisible());
    QCOMPARE(window.document()->message().body, std::optional(QStringLiteral("Unsaved")));

    window.close();
    box = unsavedBox(window);
    box->button(QMessageBox::Save)->click(); // a new message: Save asks for its name
    answerSaveAs(window, QStringLiteral("Kept on close"));
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(m_store->findByName(QStringLiteral("Kept on close")));
}

void TestDraftsPanel::trashAndRestore()
{
    seed(QStringLiteral("Keep"), withBody(QStringLiteral("Keep me")));
    seed(QStringLiteral("Bin"), withBody(QStringLiteral("Bin me")));
    MainWindow window(*m_services, m_dialogs);
    DraftsPanel* panel = panelOf(window);
    const qint64 bin = m_store->findByName(QStringLiteral("Bin"))->id;
    window.session()->open(bin);
    panel->selectDraft(bin);
    auto* list = panel->findChild<QListView*>(QStringLiteral("draftsList"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(shownNames(panel), QStringList{QStringLiteral("Keep")});
    // The open draft went to the trash: its message stays, as unsaved work.
    QCOMPARE(window.session()->draftId(), 0);
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.document()->message().body, std::optional(QStringLiteral("Bin me")));

    auto* trash = panel->findChild<QToolButton*>(QStringLiteral("draftsTrash"));
    trash->click();
    QCOMPARE(shownNames(panel), QStringList{QStringLiteral("Bin")});
    panel->selectDraft(bin);
    panel->findChild<QAction*>(QStringLiteral("draftRestore"))->trigger();
    QCOMPARE(shownNames(panel), QStringList());
    trash->click();
    QCOMPARE(shownNames(panel).size(), 2);
    QVERIFY(!m_store->find(bin)->trashedAt.isValid());
}

void TestDraftsPanel::renameFollowsTheOpenDraft()
{
    seed(QStringLiteral("Old name"), withBody(QStringLiteral("Body")));
    MainWindow window(*m_services, m_dialogs);
    DraftsPanel* panel = panelOf(window);
    const qint64 id = m_store->findByName(QStringLiteral("Old name"))->id;
    window.session()->open(id);
    panel->selectDraft(id);
    panel->findChild<QAction*>(QStringLiteral("draftRename"))->trigger();
    QInputDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = panel->findChild<QInputDialog*>(QStringLiteral("renameDraftDialog"))));
    QCOMPARE(dialog->textValue(), QStringLiteral("Old name"));
    dialog->setTextValue(QStringLiteral("New name"));
    dialog->accept();
    QCOMPARE(shownNames(panel), QStringList{QStringLiteral("New name")});
    QCOMPARE(window.windowTitle(), QStringLiteral("New name[*] — wa-composer"));
}

// Several drafts selected (Ctrl+click) are exported at once, one file each, never over an existing file; and
// Delete sends them all to the trash.
void TestDraftsPanel::exportsASelection()
{
    seed(QStringLiteral("One/two"), withBody(QStringLiteral("First")));
    seed(QStringLiteral("Three"), withBody(QStringLiteral("Second")));
    seed(QStringLiteral("Left alone"), withBody(QStringLiteral("Third")));
    MainWindow window(*m_services, m_dialogs);
    DraftsPanel* panel = panelOf(window);
    auto* list = panel->findChild<QListView*>(QStringLiteral("draftsList"));
    const auto click = [&](const QString& name, Qt::KeyboardModifiers modifiers) {
        const QModelIndex index = panel->model()->index(panel->model()->rowOf(m_store->findByName(name)->id));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, list->visualRect(index).center());
    };
    click(QStringLiteral("One/two"), Qt::NoModifier);
    click(QStringLiteral("Three"), Qt::ControlModifier);
    QCOMPARE(panel->selectedDrafts().size(), 2);

    QTemporaryDir folder;
    QFile existing(folder.filePath(QStringLiteral("Three.json")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    m_dialogs.answer(folder.path());
    panel->findChild<QAction*>(QStringLiteral("draftExport"))->trigger();
    QStringList files = QDir(folder.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, names({"One_two.json", "Three (2).json", "Three.json"}));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
    QFile exported(folder.filePath(QStringLiteral("Three (2).json")));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().contains("\"name\": \"Three\""));

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(shownNames(panel), names({"Left alone"}));
    QCOMPARE(m_store->count(), 1);
}

// A second connection holds the write lock, as another instance in the middle of a write would: the save
// fails after the busy timeout, says so, and the message stays in the editor, still unsaved.
void TestDraftsPanel::aFailedSaveKeepsTheMessage()
{
    seed(QStringLiteral("Locked"), withBody(QStringLiteral("Before")));
    MainWindow window(*m_services, m_dialogs);
    panelOf(window);
    const qint64 id = m_store->findByName(QStringLiteral("Locked"))->id;
    window.session()->open(id);
    window.document()->edit(QStringLiteral("Edit body"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("After"); });
    QSqlQuery lock(m_database->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    window.session()->save();
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("saveErrorBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("was not saved")), qPrintable(box->text()));
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.document()->message().body, std::optional(QStringLiteral("After")));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    box->close();
    window.session()->save(); // the lock gone, the same message saves
    QVERIFY(!window.isWindowModified());
    QVERIFY(m_store->find(id)->payload.contains("After"));
}

void TestDraftsPanel::recoveryOffersTheAutosavedMessage()
{
    seed(QStringLiteral("Crashed"), withBody(QStringLiteral("Saved text")));
    const qint64 id = m_store->findByName(QStringLiteral("Crashed"))->id;
    {
        // A first session edits the draft; the autosave writes it; the session dies without saving.
        MainWindow first(*m_services, m_dialogs);
        panelOf(first);
        first.session()->open(id);
        first.session()->autosave().setDelay(std::chrono::milliseconds(10));
        first.document()->edit(QStringLiteral("Edit body"),
                               [](InteractiveMessage& m) { m.body = QStringLiteral("Unsaved text"); });
        QTRY_VERIFY(!first.session()->autosave().isPending());
        QVERIFY(m_slot->read());
        first.document()->undoStack()->disconnect(first.session()); // a crash runs no clean-up
        first.session()->autosave().disconnect();
    }
    QVERIFY(m_slot->read());
    MainWindow second(*m_services, m_dialogs);
    panelOf(second);
    second.offerRecovery();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = second.findChild<QMessageBox*>(QStringLiteral("recoveryBox"))));
    QVERIFY(box->text().contains(QStringLiteral("Crashed")));
    const QList<QAbstractButton*> buttons = box->buttons();
    QAbstractButton* restore = nullptr;
    for (QAbstractButton* button : buttons)
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            restore = button;
    QVERIFY(restore);
    restore->click();
    QCOMPARE(second.document()->message().body, std::optional(QStringLiteral("Unsaved text")));
    QCOMPARE(second.session()->draftId(), id);
    QVERIFY(second.isWindowModified());
    QCOMPARE(second.windowTitle(), QStringLiteral("Crashed[*] — wa-composer"));
    second.session()->save();
    QVERIFY(m_store->find(id)->payload.contains("Unsaved text"));
    QVERIFY(!m_slot->read());
}

void TestDraftsPanel::undoBackToTheSavedStateLeavesNothingToRecover()
{
    seed(QStringLiteral("Draft"), withBody(QStringLiteral("Saved")));
    MainWindow window(*m_services, m_dialogs);
    panelOf(window);
    window.session()->open(m_store->findByName(QStringLiteral("Draft"))->id);
    window.session()->autosave().setDelay(std::chrono::milliseconds(10));
    window.document()->edit(QStringLiteral("Edit body"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("Edited"); });
    QTRY_VERIFY(window.session()->autosave().hasWritten());
    QVERIFY(m_slot->read());
    window.document()->undoStack()->undo(); // back to what is saved
    QVERIFY(!window.isWindowModified());
    QVERIFY(!m_slot->read()); // no bogus "restore?" at the next start
}

// A window that never autosaved (or --screenshot, which builds one) must not wipe a slot a crashed session
// left for the next start.
void TestDraftsPanel::anotherSessionsRecoveryIsLeftAlone()
{
    Recovery crashed;
    crashed.name = QStringLiteral("From a crash");
    crashed.payload = MessageJson::toJson(withBody(QStringLiteral("Lost?")), JsonWriter::Format::Compact);
    QVERIFY(m_slot->save(crashed));
    {
        MainWindow window(*m_services, m_dialogs);
        panelOf(window);
        window.document()->setMessage(withBody(QStringLiteral("Shown")), QStringLiteral("Screenshot"));
        window.document()->undoStack()->clear();
    }
    QVERIFY(m_slot->read());
    QCOMPARE(m_slot->read()->name, QStringLiteral("From a crash"));
}

void TestDraftsPanel::savingKeepsTagsSetInThePanel()
{
    seed(QStringLiteral("Tagged"), withBody(QStringLiteral("Body")));
    MainWindow window(*m_services, m_dialogs);
    panelOf(window);
    const qint64 id = m_store->findByName(QStringLiteral("Tagged"))->id;
    window.session()->open(id);
    Draft changed = *m_store->find(id); // as the panel's Tags… (or another window) writes it
    changed.tags = names({"vip", "refunds"});
    QVERIFY(m_store->update(changed));
    window.document()->edit(QStringLiteral("Edit body"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("New body"); });
    window.session()->save();
    QVERIFY(!window.isWindowModified());
    QCOMPARE(m_store->find(id)->tags, names({"vip", "refunds"}));
    QVERIFY(m_store->find(id)->payload.contains("New body"));
}

void TestDraftsPanel::savingADraftGoneToTheTrashSavesANewOne()
{
    seed(QStringLiteral("Binned elsewhere"), withBody(QStringLiteral("Body")));
    MainWindow window(*m_services, m_dialogs);
    panelOf(window);
    const qint64 id = m_store->findByName(QStringLiteral("Binned elsewhere"))->id;
    window.session()->open(id);
    QVERIFY(m_store->moveToTrash(id)); // another window, or the CLI
    window.document()->edit(QStringLiteral("Edit body"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("Still wanted"); });
    window.session()->save();
    answerSaveAs(window, QStringLiteral("Rescued"));
    QTRY_VERIFY(!window.isWindowModified());
    QVERIFY(m_store->findByName(QStringLiteral("Rescued"))->payload.contains("Still wanted"));
    QVERIFY(!m_store->find(id)->payload.contains("Still wanted")); // nothing written into the trash
    QVERIFY(m_store->find(id)->trashedAt.isValid());
}

QTEST_MAIN(TestDraftsPanel)
#include "tst_draftspanel.moc"
