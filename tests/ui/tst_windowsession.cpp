#include "drafts/DraftSession.h"
#include "drafts/DraftStore.h"
#include "drafts/RecoverySlot.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "sending/OctopodsClient.h"
#include "sending/SendHistory.h"
#include "settings/SecretStore.h"
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/GuiTestBase.h"
#include "support/TestHttpServer.h"
#include "windows/DraftListModel.h"
#include "windows/DraftsPanel.h"
#include "windows/HistoryDialog.h"
#include "windows/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace wa;

namespace {

const QString ListFile = QStringLiteral(WA_TEST_DATA "/octopods_list.json");

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The article's list message, as the window shows it once opened.
InteractiveMessage listMessage()
{
    const QJsonObject body = QJsonDocument::fromJson(fileBytes(ListFile)).object();
    return MessageJson::fromJson(body.value(QStringLiteral("waba_interactive_message"))).message.value();
}

InteractiveMessage withBody(const QString& body)
{
    InteractiveMessage message;
    message.body = body;
    message.action = ReplyButtonsAction{{{QStringLiteral("ok"), QStringLiteral("OK")}}};
    return message;
}

} // namespace

// The window and its draft session, tried as a new user did: every way of replacing the message asks about
// unsaved work and leaves the message belonging to the right draft; a send's outcome goes with its message;
// the drafts list highlights the draft being edited; changes made outside the window show up in it.
class TestWindowSession : public test::GuiTestBase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void replacingTheMessageAsksFirst_data();
    void replacingTheMessageAsksFirst();
    void sendOutcomeGoesWithTheMessage();
    void draftsListHighlightsTheDraftBeingEdited();
    void libraryChangesElsewhereShowUp();
    void openDraftRenamedOrTrashedElsewhereIsFollowed();
    void aSendUnderWayIsNotShownAsTheNextMessages();
    void draftsListNeverHighlightsADraftNotBeingEdited();
    void aModifiedWindowGoesCleanly();

private:
    qint64 seed(const QString& name, const InteractiveMessage& message);
    DraftsPanel* shownPanel(MainWindow& window);
    QString panelStatus(DraftsPanel* panel) const;
    // Shows the window, gives it a key and the local server, and clicks Send to +353838000000.
    void sendToTheServer(MainWindow& window, const test::TestHttpServer& server);
};

void TestWindowSession::initTestCase()
{
    describeTests("tst_windowsession");
}

void TestWindowSession::init()
{
    QVERIFY(startServices());
}

void TestWindowSession::cleanup()
{
    stopServices();
}

qint64 TestWindowSession::seed(const QString& name, const InteractiveMessage& message)
{
    Draft draft;
    draft.name = name;
    draft.payload = MessageJson::toJson(message, JsonWriter::Format::Compact);
    QString error;
    const std::optional<qint64> id = m_services->drafts().create(draft, &error);
    if (!id)
        qFatal("cannot seed %s: %s", qPrintable(name), qPrintable(error));
    return *id;
}

DraftsPanel* TestWindowSession::shownPanel(MainWindow& window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    auto* panel = window.findChild<DraftsPanel*>();
    // The library is read once the window has painted.
    return QTest::qWaitFor([&] { return !panelStatus(panel).isEmpty(); }) ? panel : nullptr;
}

QString TestWindowSession::panelStatus(DraftsPanel* panel) const
{
    return panel->findChild<QLabel*>(QStringLiteral("draftsStatus"))->text();
}

void TestWindowSession::sendToTheServer(MainWindow& window, const test::TestHttpServer& server)
{
    SecretStore& secrets = m_services->secrets();
    QSignalSpy loaded(&secrets, &SecretStore::loaded);
    QVERIFY(shownPanel(window));
    QTRY_VERIFY(loaded.count() > 0); // the window asks the keychain after its first frame
    QSignalSpy saved(&secrets, &SecretStore::saved);
    secrets.save(QStringLiteral("window-session-key"));
    QTRY_VERIFY(saved.count() > 0);
    OctopodsClient::Config config;
    config.baseUrl = server.baseUrl();
    m_services->client().setConfig(config);
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("sendPhone")),
                     QStringLiteral("+353838000000"));
    auto* send = window.findChild<QPushButton*>(QStringLiteral("sendButton"));
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
}

void TestWindowSession::replacingTheMessageAsksFirst_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("answer");
    for (const char* how : {"open json", "paste json", "reopen from history", "drop a file"}) {
        QTest::addRow("%s, discard", how) << QString::fromLatin1(how) << int(QMessageBox::Discard);
        QTest::addRow("%s, cancel", how) << QString::fromLatin1(how) << int(QMessageBox::Cancel);
    }
}

// A draft open with unsaved edits: bringing in a message from anywhere asks Save / Discard / Cancel, as
// opening another draft does, and what comes in is a message of its own, never saved into the open draft.
void TestWindowSession::replacingTheMessageAsksFirst()
{
    QFETCH(QString, how);
    QFETCH(int, answer);
    const qint64 first = seed(QStringLiteral("First"), withBody(QStringLiteral("First body")));
    MainWindow window(*m_services, *m_dialogs);
    QVERIFY(shownPanel(window));
    window.session()->open(first);
    QCOMPARE(window.session()->draftId(), first);
    window.document()->edit(QStringLiteral("Edit body"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("First, edited"); });

    HistoryDialog* history = nullptr;
    if (how == u"open json") {
        m_dialogs->answer(ListFile);
        WA_TRIGGER(window, "actionOpenJson");
    } else if (how == u"paste json") {
        QGuiApplication::clipboard()->setText(QString::fromUtf8(fileBytes(ListFile)));
        WA_TRIGGER(window, "actionPasteJson");
    } else if (how == u"reopen from history") {
        SendAttempt attempt;
        attempt.sentAt = QDateTime::currentDateTimeUtc();
        attempt.destinationPhone = QStringLiteral("+353838000000");
        attempt.payload = MessageJson::toJson(listMessage(), JsonWriter::Format::Compact);
        attempt.requestPath = QStringLiteral("/api/v1/sms/messages");
        attempt.outcome = SendResult::Outcome::Accepted;
        QVERIFY(m_services->history().record(attempt));
        WA_TRIGGER(window, "actionHistory");
        history = window.findChild<HistoryDialog*>();
        QVERIFY(history);
        history->findChild<QAbstractItemView*>(QStringLiteral("historyView"))
            ->setCurrentIndex(history->model()->index(0, 0));
        history->findChild<QPushButton*>(QStringLiteral("historyReopen"))->click();
    } else {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(ListFile)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
    }

    auto* box = waitForDialog<QMessageBox>(window, "unsavedChangesBox");
    QVERIFY2(box, "the edits to “First” were replaced without asking");
    QVERIFY(box->text().contains(QStringLiteral("First")));
    box->button(QMessageBox::StandardButton(answer))->click();
    if (history)
        history->close();

    const QByteArray firstStored = m_services->drafts().find(first)->payload;
    QVERIFY(firstStored.contains("First body"));
    if (answer == QMessageBox::Cancel) {
        QCOMPARE(window.session()->draftId(), first);
        QCOMPARE(window.document()->message().body, std::optional(QStringLiteral("First, edited")));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.windowTitle(), QStringLiteral("First[*] — wa-composer"));
        return;
    }
    QCOMPARE(window.document()->message(), listMessage());
    if (how == u"drop a file") {
        // A dropped file joins the library as a draft of its own, and that draft opens.
        QVERIFY(window.session()->draftId() != first);
        QCOMPARE(window.session()->draftName(), QStringLiteral("octopods_list"));
        QVERIFY(!window.isWindowModified());
        return;
    }
    QCOMPARE(window.session()->draftId(), 0);
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — wa-composer"));
    QVERIFY(window.isWindowModified()); // not in the library until saved

    // Save asks for a name: it never writes the new message into “First”.
    WA_TRIGGER(window, "actionSaveDraft");
    auto* name = waitForDialog<QInputDialog>(window, "saveDraftDialog");
    QVERIFY(name);
    name->setTextValue(QStringLiteral("From outside"));
    name->accept();
    QCOMPARE(m_services->drafts().find(first)->payload, firstStored);
    const std::optional<Draft> saved = m_services->drafts().findByName(QStringLiteral("From outside"));
    QVERIFY(saved);
    QCOMPARE(window.session()->draftId(), saved->id);
    QVERIFY(!window.isWindowModified());
}

// A send that failed (HTTP 503); then another draft is opened: the failure and its response are about a
// message no longer on screen, and go.
void TestWindowSession::sendOutcomeGoesWithTheMessage()
{
    test::TestHttpServer server;
    QVERIFY(server.listen());
    test::TestHttpServer::Response unavailable;
    unavailable.status = 503;
    unavailable.body = R"({"error":"try later"})";
    server.setDefaultResponse(unavailable);
    const qint64 other = seed(QStringLiteral("Other"), withBody(QStringLiteral("Other body")));

    MainWindow window(*m_services, *m_dialogs);
    sendToTheServer(window, server);
    if (QTest::currentTestFailed())
        return;
    auto* outcome = window.findChild<QLabel*>(QStringLiteral("sendOutcome"));
    QTRY_COMPARE(server.requests().size(), 1);
    QTRY_VERIFY(outcome->text().contains(QStringLiteral("503")) ||
                outcome->text().contains(QStringLiteral("server"), Qt::CaseInsensitive));

    window.session()->open(other);
    QCOMPARE(window.session()->draftId(), other);
    QCOMPARE(outcome->text(), QString());
    QVERIFY(!window.findChild<QWidget*>(QStringLiteral("sendDetailsToggle"))->isVisible());
}

// The drafts list highlights the draft being edited, and nothing once the message belongs to no draft.
void TestWindowSession::draftsListHighlightsTheDraftBeingEdited()
{
    const qint64 first = seed(QStringLiteral("First"), withBody(QStringLiteral("First body")));
    const qint64 second = seed(QStringLiteral("Second"), withBody(QStringLiteral("Second body")));
    MainWindow window(*m_services, *m_dialogs);
    DraftsPanel* panel = shownPanel(window);
    QVERIFY(panel);
    window.session()->open(first);
    QCOMPARE(panel->selectedDraft(), first);

    WA_TRIGGER(window, "actionNew_button");
    QCOMPARE(window.session()->draftId(), 0);
    QCOMPARE(panel->selectedDraft(), 0);
    QVERIFY(panel->selectedDrafts().isEmpty());

    window.session()->open(second);
    QCOMPARE(panel->selectedDraft(), second);
    m_dialogs->answer(ListFile);
    WA_TRIGGER(window, "actionOpenJson");
    QCOMPARE(window.session()->draftId(), 0);
    QCOMPARE(panel->selectedDraft(), 0);
    window.document()->markSaved(); // nothing to ask about on the way out
}

// `wa-composer drafts import` in a shell while the window is open: the list shows the new draft without a
// save in the window (another process is another connection to the file).
void TestWindowSession::libraryChangesElsewhereShowUp()
{
    for (const char* name : {"One", "Two", "Three", "Four"})
        seed(QString::fromLatin1(name), withBody(QString::fromLatin1(name)));
    MainWindow window(*m_services, *m_dialogs);
    DraftsPanel* panel = shownPanel(window);
    QVERIFY(panel);
    QCOMPARE(panelStatus(panel), QStringLiteral("4 draft(s)"));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    AppServices shell(m_dataDir->path());
    const test::CliRun run =
        test::runCli({QStringLiteral("drafts"), QStringLiteral("import"), ListFile}, {}, &shell);
    QCOMPARE(run.exitCode, 0);
    QTRY_COMPARE(panelStatus(panel), QStringLiteral("5 draft(s)"));
    QVERIFY(panel->model()->rowOf(m_services->drafts().findByName(QStringLiteral("octopods_list"))->id) >= 0);
}

// The open draft renamed in another window or process: the title follows. Moved to the trash there: the
// message stays here as unsaved work of no draft, and Save asks for a name rather than writing into the
// trash.
void TestWindowSession::openDraftRenamedOrTrashedElsewhereIsFollowed()
{
    const qint64 id = seed(QStringLiteral("Shared"), withBody(QStringLiteral("Shared body")));
    MainWindow window(*m_services, *m_dialogs);
    QVERIFY(shownPanel(window));
    window.session()->open(id);
    QCOMPARE(window.windowTitle(), QStringLiteral("Shared[*] — wa-composer"));

    Database otherConnection(m_services->databasePath());
    DraftStore elsewhere(otherConnection);
    QVERIFY(elsewhere.rename(id, QStringLiteral("Shared, renamed")));
    QVERIFY(m_services->drafts().checkForOutsideChanges());
    QCOMPARE(window.windowTitle(), QStringLiteral("Shared, renamed[*] — wa-composer"));
    QVERIFY(!window.isWindowModified());

    QVERIFY(elsewhere.moveToTrash(id));
    QVERIFY(m_services->drafts().checkForOutsideChanges());
    QCOMPARE(window.session()->draftId(), 0);
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.document()->message().body, std::optional(QStringLiteral("Shared body")));
    window.document()->markSaved(); // nothing to ask about on the way out
}

// Another message opened while a send is under way: its answer, when it comes, is said as the earlier
// message's, never as the one now on screen.
void TestWindowSession::aSendUnderWayIsNotShownAsTheNextMessages()
{
    test::TestHttpServer server;
    QVERIFY(server.listen());
    test::TestHttpServer::Response slow;
    slow.status = 503;
    slow.body = R"({"error":"try later"})";
    slow.delayMs = 800;
    server.setDefaultResponse(slow);
    const qint64 other = seed(QStringLiteral("Other"), withBody(QStringLiteral("Other body")));
    MainWindow window(*m_services, *m_dialogs);
    sendToTheServer(window, server);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(server.requests().size(), 1);
    window.session()->open(other); // while the answer is on its way
    auto* outcome = window.findChild<QLabel*>(QStringLiteral("sendOutcome"));
    QTRY_VERIFY_WITH_TIMEOUT(!outcome->text().startsWith(QStringLiteral("Sending")), 5000);
    QVERIFY2(outcome->text().startsWith(QStringLiteral("The message sent earlier to +353838000000")),
             qPrintable(outcome->text()));
}

// Under a search that hides the draft being edited (after Save As, or opening one), nothing is highlighted;
// a list read late (its dock shown after the draft was opened) highlights the draft being edited.
void TestWindowSession::draftsListNeverHighlightsADraftNotBeingEdited()
{
    const qint64 first = seed(QStringLiteral("Alpha one"), withBody(QStringLiteral("a")));
    MainWindow window(*m_services, *m_dialogs);
    DraftsPanel* panel = shownPanel(window);
    QVERIFY(panel);
    panel->findChild<QLineEdit*>(QStringLiteral("draftsSearch"))->setText(QStringLiteral("alpha"));
    window.session()->open(first);
    QCOMPARE(panel->selectedDraft(), first);
    window.document()->edit(QStringLiteral("Edit"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("b"); });
    QVERIFY(window.session()->saveAsNamed(QStringLiteral("Zeta")));
    QCOMPARE(panel->selectedDraft(), 0);

    MainWindow late(*m_services, *m_dialogs);
    WA_TRIGGER(late, "actionShowDrafts"); // hidden: the list is not read
    late.session()->open(first);
    late.show();
    WA_TRIGGER(late, "actionShowDrafts");
    auto* latePanel = late.findChild<DraftsPanel*>();
    QTRY_VERIFY(!panelStatus(latePanel).isEmpty());
    QCOMPARE(latePanel->selectedDraft(), first);
}

// A window with unsaved work destroyed without a close (the session ends): nothing reaches it once gone,
// and the work is in the recovery slot for the next start.
void TestWindowSession::aModifiedWindowGoesCleanly()
{
    auto* window = new MainWindow(*m_services, *m_dialogs);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->document()->edit(QStringLiteral("Edit"),
                             [](InteractiveMessage& m) { m.body = QStringLiteral("kept"); });
    QVERIFY(window->isWindowModified());
    QUndoStack* stack = window->document()->undoStack();
    QWidget* asWidget = window;
    bool reachedTheGoneWindow = false;
    QObject observer;
    // Connected after the window's own handler: if that one still ran, it found the window being destroyed.
    connect(stack, &QUndoStack::cleanChanged, &observer, [&](bool clean) {
        if (clean && !asWidget->isWindowModified())
            reachedTheGoneWindow = true;
    });
    delete window;
    QVERIFY(!reachedTheGoneWindow);
    const std::optional<Recovery> kept = m_services->recoverySlot().read();
    QVERIFY(kept);
    QVERIFY(kept->payload.contains("kept"));
}

QTEST_MAIN(TestWindowSession)
#include "tst_windowsession.moc"
