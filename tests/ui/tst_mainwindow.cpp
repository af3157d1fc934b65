#include "AppServices.h"
#include "drafts/DraftSession.h"
#include "drafts/DraftStore.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "message/StarterMessages.h"
#include "message/Validator.h"
#include "preview/PreviewWidget.h"
#include "sending/SendHistory.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "support/GuiTestBase.h"
#include "windows/HistoryDialog.h"
#include "windows/MainWindow.h"
#include "windows/SettingsDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace wa;
using namespace Qt::StringLiterals;

namespace {

QAction* action(QWidget& window, const char* name)
{
    return window.findChild<QAction*>(QLatin1StringView(name));
}

QString jsonPane(QWidget& window)
{
    return window.findChild<QPlainTextEdit*>(QStringLiteral("jsonText"))->toPlainText();
}

QByteArray dataFile(const char* name)
{
    QFile file(QStringLiteral(WA_TEST_DATA "/") + QLatin1StringView(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject articleMessage(const char* name)
{
    return QJsonDocument::fromJson(dataFile(name))
        .object()
        .value(QStringLiteral("waba_interactive_message"))
        .toObject();
}

// Edit > Settings… from fresh settings: the dialog it opens.
SettingsDialog* openSettings(MainWindow& window)
{
    action(window, "actionSettings")->trigger();
    return window.findChild<SettingsDialog*>();
}

} // namespace

class TestMainWindow : public test::GuiTestBase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsEveryPart();
    void jsonPaneFollowsTheDocument();
    void opensOnTheMessageItIsGiven();
    void undoRedoAndTheModifiedMarker();
    void importThenExportRoundTrips_data();
    void importThenExportRoundTrips();
    void brokenImportChangesNothing();
    void newOffersEveryTypeAsAStarter();
    void pasteAndDropImport();
    void composesAListByKeyboardAlone();
    void quitsWithTheStandardShortcut();
    void previewFollowsTheDocument();
    void previewThemeIsChosenAndRemembered();
    void phoneWidthIsChosenAndRemembered();
    void exportsThePreviewAsPng_data();
    void exportsThePreviewAsPng();
    void settingsAreSavedAndApplied();
    void settingsRefuseAnUnsafeBaseUrl();
    void settingsChooseTheLibrary_data();
    void settingsChooseTheLibrary();
    void historyReopensASentMessage();
    void exportedDraftImportsBack();

private:
    // Writes bytes to a file of this test run and opens it with File > Open JSON.
    void openJsonFile(MainWindow& window, const QByteArray& bytes, const QString& name);
    QTemporaryDir m_files;
};

void TestMainWindow::initTestCase()
{
    describeTests("tst_mainwindow");
    QVERIFY(startServices()); // one library and send history for the whole run, nobody else's
    QVERIFY(m_files.isValid());
}

void TestMainWindow::openJsonFile(MainWindow& window, const QByteArray& bytes, const QString& name)
{
    QFile file(m_files.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    m_dialogs->answer(file.fileName());
    WA_TRIGGER(window, "actionOpenJson");
}

void TestMainWindow::showsEveryPart()
{
    MainWindow window(*m_services, *m_dialogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — wa-composer"));
    for (const char* name : {"formArea", "preview", "jsonView", "jsonText", "copyJsonButton"}) {
        auto* widget = window.findChild<QWidget*>(QLatin1StringView(name));
        QVERIFY2(widget && widget->isVisible(), name);
    }
    QCOMPARE(action(window, "actionOpenJson")->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(action(window, "actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(action(window, "actionRedo")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QVERIFY(action(window, "actionCopyJson"));
    QVERIFY(action(window, "actionQuit"));
}

// A window opened on a message (a screenshot's) shows it everywhere, as unsaved work of nobody's: no undo
// step, not modified, and none of the starter's buttons in the form.
void TestMainWindow::opensOnTheMessageItIsGiven()
{
    const InteractiveMessage list = StarterMessages::starter(MessageType::List);
    MainWindow window(*m_services, *m_dialogs, list);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.document()->message(), list);
    QVERIFY(window.document()->undoStack()->isClean());
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QVERIFY(!window.isWindowModified());
    QVERIFY(jsonPane(window).contains(QStringLiteral("\"type\": \"list\"")));
    auto* button = window.findChild<QLineEdit*>(QStringLiteral("action.button"));
    QVERIFY(button && button->isVisible());
    QVERIFY(!window.findChild<QLineEdit*>(QStringLiteral("action.buttons[0].reply.title")));
}

void TestMainWindow::jsonPaneFollowsTheDocument()
{
    MainWindow window(*m_services, *m_dialogs);
    window.show();
    QVERIFY(jsonPane(window).contains(QStringLiteral("\"type\": \"button\"")));
    window.document()->edit(QStringLiteral("Edit body"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("Where is my order?"); });
    QCOMPARE(jsonPane(window),
             QString::fromUtf8(MessageJson::toJson(window.document()->message())).trimmed());
    QVERIFY(jsonPane(window).contains(QStringLiteral("Where is my order?")));

    action(window, "actionCopyJson")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QString::fromUtf8(MessageJson::toJson(window.document()->message())));

    // The request body wraps the same payload for Octopods' send call.
    action(window, "actionCopyRequestBody")->trigger();
    const QJsonObject body = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(body.value(QStringLiteral("waba_interactive_message")).toObject(),
             MessageJson::toJsonObject(window.document()->message()));
}

void TestMainWindow::undoRedoAndTheModifiedMarker()
{
    MainWindow window(*m_services, *m_dialogs);
    window.show();
    window.activateWindow(); // shortcuts reach the active window only
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.isWindowModified());
    QVERIFY(!action(window, "actionUndo")->isEnabled()); // the starting message is no step to undo
    const InteractiveMessage start = window.document()->message();
    QCOMPARE(start, StarterMessages::starter(MessageType::Button));
    window.document()->edit(QStringLiteral("Edit body"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("Hi"); });
    QVERIFY(window.isWindowModified());
    QVERIFY(action(window, "actionUndo")->isEnabled());

    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(window.document()->message(), start);
    QVERIFY(!window.isWindowModified());
    QVERIFY(!jsonPane(window).contains(QStringLiteral("\"Hi\"")));

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(window.document()->message().body, std::optional(QStringLiteral("Hi")));
    QVERIFY(window.isWindowModified());
}

void TestMainWindow::importThenExportRoundTrips_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("reply buttons") << QByteArray("octopods_reply_buttons.json");
    QTest::newRow("list") << QByteArray("octopods_list.json");
}

void TestMainWindow::importThenExportRoundTrips()
{
    QFETCH(QByteArray, file);
    MainWindow window(*m_services, *m_dialogs);
    window.show();
    openJsonFile(window, dataFile(file.constData()), QString::fromLatin1(file));
    QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("importErrorBox")));
    // A new, unnamed message, unsaved: nothing to undo into the message it replaced.
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — wa-composer"));

    // What the pane shows and Copy gives is the article's message, exactly (as a JSON value).
    const QJsonObject expected = articleMessage(file.constData());
    QCOMPARE(QJsonDocument::fromJson(jsonPane(window).toUtf8()).object(), expected);
    action(window, "actionCopyJson")->trigger();
    QCOMPARE(QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object(), expected);
}

void TestMainWindow::newOffersEveryTypeAsAStarter()
{
    MainWindow window(*m_services, *m_dialogs);
    window.show();
    for (MessageType type : allMessageTypes()) {
        QAction* newType = window.findChild<QAction*>(QStringLiteral("actionNew_") + messageTypeName(type));
        QVERIFY(newType);
        newType->trigger();
        QCOMPARE(window.document()->message(), StarterMessages::starter(type));
    }
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("actionNew_button"))->shortcut(),
             QKeySequence(QKeySequence::New));
}

void TestMainWindow::pasteAndDropImport()
{
    MainWindow window(*m_services, *m_dialogs);
    window.show();
    QGuiApplication::clipboard()->setText(QString::fromUtf8(dataFile("octopods_list.json")));
    action(window, "actionPasteJson")->trigger();
    QCOMPARE(MessageJson::toJsonObject(window.document()->message()), articleMessage("octopods_list.json"));

    // A file dropped on the window joins the drafts library, named after the file, and opens.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral(WA_TEST_DATA "/octopods_reply_buttons.json"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    // The pasted message was unsaved work: opening the dropped draft asks first.
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("unsavedChangesBox"));
    QVERIFY(box);
    box->button(QMessageBox::Discard)->click();
    QCOMPARE(MessageJson::toJsonObject(window.document()->message()),
             articleMessage("octopods_reply_buttons.json"));
    QVERIFY(window.session()->draftId() > 0);
    QVERIFY(window.session()->draftName().startsWith(QStringLiteral("octopods_reply_buttons")));
    QVERIFY(!window.isWindowModified());

    // Several files at once: each on its own; a broken one is reported by name and path, the others land.
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"type":"button","body":{"text":1}})");
    broken.close();
    m_dialogs->answer(QStringList{QStringLiteral(WA_TEST_DATA "/octopods_list.json"), broken.fileName(),
                                  dir.filePath(QStringLiteral("none.json"))});
    const int before = m_services->drafts().count();
    WA_TRIGGER(window, "actionImportDrafts");
    QCOMPARE(m_services->drafts().count(), before + 1);
    QCOMPARE(m_services->drafts().findByName(QStringLiteral("octopods_list"))->payload,
             MessageJson::toJson(MessageJson::fromJson(articleMessage("octopods_list.json")).message.value(),
                                 JsonWriter::Format::Compact));
    auto* report = window.findChild<QMessageBox*>(QStringLiteral("importReportBox"));
    QVERIFY(report);
    QVERIFY2(report->detailedText().contains(QStringLiteral("broken.json: body.text")),
             qPrintable(report->detailedText()));
    QVERIFY(report->detailedText().contains(QStringLiteral("none.json")));
    report->close();
}

void TestMainWindow::brokenImportChangesNothing()
{
    MainWindow window(*m_services, *m_dialogs);
    window.show();
    window.document()->edit(QStringLiteral("Edit body"),
                            [](InteractiveMessage& m) { m.body = QStringLiteral("Keep me"); });
    const InteractiveMessage before = window.document()->message();
    const QString paneBefore = jsonPane(window);

    openJsonFile(
        window,
        R"({"type":"list","body":{"text":"Hi"},"action":{"button":"Go","sections":[{"rows":[{"title":"A"}]}]}})",
        QStringLiteral("broken.json"));
    QVERIFY(window.document()->message() == before);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QCOMPARE(jsonPane(window), paneBefore);
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("importErrorBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->detailedText(), QStringLiteral("action.sections[0].rows[0].id: missing"));
    box->close();
    delete box;

    openJsonFile(window, "not json", QStringLiteral("x.json"));
    QVERIFY(window.findChild<QMessageBox*>(QStringLiteral("importErrorBox")));
    QVERIFY(window.document()->message() == before);
}

void TestMainWindow::quitsWithTheStandardShortcut()
{
    MainWindow window(*m_services, *m_dialogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* quit = action(window, "actionQuit");
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    // Quit ends the application's event loop (exit code 0); the guard ends it with 1 if nothing does.
    QTimer::singleShot(0, quit, &QAction::trigger);
    QTimer::singleShot(5000, qApp, [] { QCoreApplication::exit(1); });
    QCOMPARE(QCoreApplication::exec(), 0);
}

namespace {
// Presses Tab (or Shift+Tab) until the focus is on the widget named name; false if it never gets there.
bool tabTo(QWidget& window, const QString& name, bool forward = true)
{
    for (int i = 0; i < 60; ++i) {
        if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == name)
            return true;
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                        forward ? Qt::Key_Tab : Qt::Key_Backtab);
    }
    return false;
}

QString focused()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}
} // namespace

void TestMainWindow::composesAListByKeyboardAlone()
{
    MainWindow window(*m_services, *m_dialogs);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.findChild<QWidget*>(QStringLiteral("messageType"))->setFocus(Qt::TabFocusReason);
    QCOMPARE(focused(), QStringLiteral("messageType"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // Reply buttons -> List
    QCOMPARE(window.document()->message().type(), MessageType::List);

    QVERIFY(tabTo(window, QStringLiteral("body.text")));
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::SelectAll);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Pick a topic"));
    QVERIFY(tabTo(window, QStringLiteral("action.button")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Topics"));
    QVERIFY(tabTo(window, QStringLiteral("addListSection")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(window.document()->message().actionAs<ListAction>()->sections.size(), 1);
    QCoreApplication::processEvents(); // new rows show once the event loop runs, as between real keystrokes

    // Back to the button label; from there the new section's fields follow in reading order.
    QVERIFY(tabTo(window, QStringLiteral("action.button"), false));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(focused(), QStringLiteral("action.sections[0].title"));
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::SelectAll);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Orders"));
    QVERIFY(tabTo(window, QStringLiteral("action.sections[0].rows[0].title")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Track my order"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(focused(), QStringLiteral("action.sections[0].rows[0].id")); // made up, kept
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(focused(), QStringLiteral("action.sections[0].rows[0].description"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Where my parcel is"));

    const InteractiveMessage& message = window.document()->message();
    QCOMPARE(message.body, std::optional(QStringLiteral("Pick a topic")));
    const ListAction& list = *message.actionAs<ListAction>();
    QCOMPARE(list.button, QStringLiteral("Topics"));
    QCOMPARE(list.sections[0].title, QStringLiteral("Orders"));
    QCOMPARE(list.sections[0].rows[0].title, QStringLiteral("Track my order"));
    QCOMPARE(list.sections[0].rows[0].description, QStringLiteral("Where my parcel is"));
    QVERIFY(!list.sections[0].rows[0].id.isEmpty());
    QVERIFY(!Validator::hasErrors(Validator::check(message)));
}

// The phone shows what the form holds, keystroke by keystroke, and outlines what WhatsApp would refuse.
void TestMainWindow::previewFollowsTheDocument()
{
    MainWindow window(*m_services, *m_dialogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openJsonFile(window, dataFile("octopods_reply_buttons.json"), QStringLiteral("test.json"));
    PreviewWidget* preview = window.preview();
    QCOMPARE(preview->scene().buttons.size(), 2);
    QCOMPARE(preview->scene().buttons[0].label, QStringLiteral("BUTTON_TITLE_1"));
    QVERIFY(preview->scene().outlines.isEmpty());

    auto* body = window.findChild<QPlainTextEdit*>(QStringLiteral("body.text"));
    QVERIFY(body);
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" *now*"));
    const PreviewText& shown = preview->scene().texts.first();
    QCOMPARE(shown.part->paragraphs.front().layout->text(), QStringLiteral("BUTTON_TEXT now"));

    window.document()->editAction<ReplyButtonsAction>(QStringLiteral("test"), [](ReplyButtonsAction& action) {
        action.buttons[1].title = QStringLiteral("A title past twenty characters");
    });
    QCOMPARE(preview->scene().outlines.size(), 1);
    QVERIFY(preview->scene().outlines.first().rect.intersects(preview->scene().buttons[1].rect));
    window.document()->undoStack()->undo();
    QVERIFY(preview->scene().outlines.isEmpty());
}

void TestMainWindow::previewThemeIsChosenAndRemembered()
{
    {
        MainWindow window(*m_services, *m_dialogs);
        action(window, "actionPreviewTheme_dark")->trigger();
        QCOMPARE(window.preview()->themeKind(), PreviewTheme::Kind::Dark);
        QVERIFY(action(window, "actionPreviewTheme_dark")->isChecked());
    }
    MainWindow reopened(*m_services, *m_dialogs);
    QCOMPARE(reopened.preview()->themeChoice(), ThemeChoice::Dark);
    QVERIFY(reopened.findChild<QAction*>(QStringLiteral("actionPreviewTheme_dark"))->isChecked());
    action(reopened, "actionPreviewTheme_light")->trigger();
    QCOMPARE(reopened.preview()->themeKind(), PreviewTheme::Kind::Light);
    QCOMPARE(QSettings().value(QStringLiteral("preview/theme")).toString(), QStringLiteral("light"));
}

void TestMainWindow::phoneWidthIsChosenAndRemembered()
{
    {
        MainWindow window(*m_services, *m_dialogs);
        QCOMPARE(window.preview()->phoneSize(), PhoneSize::Typical);
        action(window, "actionPhoneWidth_large")->trigger();
        QCOMPARE(window.preview()->phoneSize(), PhoneSize::Large);
    }
    MainWindow reopened(*m_services, *m_dialogs);
    QCOMPARE(reopened.preview()->phoneSize(), PhoneSize::Large);
    QVERIFY(action(reopened, "actionPhoneWidth_large")->isChecked());
    action(reopened, "actionPhoneWidth_small")->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("preview/phone")).toString(), QStringLiteral("small"));
}

void TestMainWindow::exportsThePreviewAsPng_data()
{
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("1x") << qreal(1);
    QTest::newRow("2x") << qreal(2);
}

void TestMainWindow::exportsThePreviewAsPng()
{
    QFETCH(qreal, ratio);
    MainWindow window(*m_services, *m_dialogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("preview.png"));
    m_dialogs->answer(path);
    m_dialogs->chooseFilter(ratio == 1 ? window.tr("PNG at 1× (*.png)") : QString());
    WA_TRIGGER(window, "actionExportPreview");
    const QImage image(path);
    QVERIFY(!image.isNull());
    // The phone's screen alone, without what surrounds it in a wide window.
    QCOMPARE(image.size(), window.preview()->screenRect().size().toSize() * ratio);
    // The top bar's colour, as the theme says, at the top-left corner of the picture.
    QCOMPARE(image.pixelColor(2, 2), PreviewTheme::forKind(window.preview()->themeKind()).topBar);

    m_dialogs->answer(dir.filePath(QStringLiteral("missing/dir/preview.png")));
    WA_TRIGGER(window, "actionExportPreview");
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("exportErrorBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("missing/dir")));
    box->close();
}

void TestMainWindow::settingsAreSavedAndApplied()
{
    QSettings().clear();
    MainWindow window(*m_services, *m_dialogs);
    SettingsDialog* dialog = openSettings(window);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("settingsBaseUrl"))
        ->setText(QStringLiteral("https://eu.octopods.example"));
    auto* endpoint = dialog->findChild<QComboBox*>(QStringLiteral("settingsEndpoint"));
    QVERIFY(!endpoint->isEditable()); // a name to pick, not a path to type
    QCOMPARE(endpoint->count(), 2);
    endpoint->setCurrentIndex(
        endpoint->findText(QStringLiteral("Interactive (/api/v1/whatsapp/interactive)")));
    QVERIFY(endpoint->currentIndex() > 0);
    auto* region = dialog->findChild<QComboBox*>(QStringLiteral("settingsRegion"));
    region->setCurrentIndex(region->findData(QStringLiteral("IE")));
    dialog->findChild<QSpinBox*>(QStringLiteral("settingsTimeout"))->setValue(9);
    auto* theme = dialog->findChild<QComboBox*>(QStringLiteral("settingsTheme"));
    theme->setCurrentIndex(theme->findData(int(ThemeChoice::Dark)));
    const QString key = QStringLiteral("settings-key-81c2");
    dialog->findChild<QLineEdit*>(QStringLiteral("settingsApiKey"))->setText(key);
    QSignalSpy saved(&m_services->secrets(), &SecretStore::saved);
    dialog->accept();
    QVERIFY(saved.wait(10000));

    const Settings settings;
    QCOMPARE(settings.apiBaseUrl(), QUrl(QStringLiteral("https://eu.octopods.example")));
    QCOMPARE(settings.sendEndpoint(), SendEndpoint::Interactive);
    QCOMPARE(m_services->client().config().path(), QStringLiteral("/api/v1/whatsapp/interactive"));
    QCOMPARE(settings.defaultRegion(), QStringLiteral("IE"));
    QCOMPARE(settings.timeoutSeconds(), 9);
    QCOMPARE(window.preview()->themeKind(), PreviewTheme::Kind::Dark);
    QCOMPARE(m_services->secrets().apiKey(), key);
    // The key went to the keychain (or this session's memory), not to the settings file.
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(key.toUtf8()));
    QSettings().clear();
}

void TestMainWindow::settingsChooseTheLibrary_data()
{
    QTest::addColumn<bool>("team");
    QTest::addColumn<QString>("host"); // or a pasted address
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("kept"); // nothing kept (the dialog stays open) when said is not empty
    QTest::addColumn<QString>("said");
    QTest::addColumn<bool>("passwordToKeychain");
    QTest::newRow("this computer's") << false << u"db.example.com"_s << 5432 << u"support"_s << u"ann"_s
                                     << QString() << QString() << false;
    QTest::newRow("a team library") << true << u"db.example.com"_s << 6432 << u"support"_s << u"ann"_s
                                    << u"postgresql://ann@db.example.com:6432/support"_s << QString() << true;
    QTest::newRow("a pasted address")
        << true << u"postgresql://bob@10.0.0.5:5433/team"_s << 5432 << QString() << QString()
        << u"postgresql://bob@10.0.0.5:5433/team"_s << QString() << true;
    QTest::newRow("a pasted address with its password")
        << true << u"postgresql://bob:secret@10.0.0.5/team"_s << 5432 << QString() << QString()
        << u"postgresql://bob@10.0.0.5:5432/team"_s << QString() << true;
    QTest::newRow("no host") << true << QString() << 5432 << u"support"_s << u"ann"_s << QString()
                             << u"host name"_s << false;
    QTest::newRow("no database") << true << u"db.example.com"_s << 5432 << QString() << u"ann"_s << QString()
                                 << u"name of its database"_s << false;
    QTest::newRow("no user") << true << u"db.example.com"_s << 5432 << u"support"_s << QString() << QString()
                             << u"user to connect as"_s << false;
    QTest::newRow("a host with a space") << true << u"db example"_s << 5432 << u"support"_s << u"ann"_s
                                         << QString() << u"not a team library's address"_s << false;
}

// Settings > Team library: this computer's, or a team's server in fields (or pasted as an address), checked
// before it is kept; the password never in the settings (it goes to the keychain).
void TestMainWindow::settingsChooseTheLibrary()
{
    QFETCH(bool, team);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, kept);
    QFETCH(QString, said);
    QFETCH(bool, passwordToKeychain);
    QSettings().clear();
    MainWindow window(*m_services, *m_dialogs);
    SettingsDialog* dialog = openSettings(window);
    QVERIFY(dialog);
    dialog->findChild<QGroupBox*>(u"settingsTeamLibrary"_s)->setChecked(team);
    auto* hostField = dialog->findChild<QLineEdit*>(u"settingsLibraryHost"_s);
    hostField->setText(host);
    dialog->findChild<QSpinBox*>(u"settingsLibraryPort"_s)->setValue(port);
    dialog->findChild<QLineEdit*>(u"settingsLibraryDatabase"_s)->setText(database);
    dialog->findChild<QLineEdit*>(u"settingsLibraryUser"_s)->setText(user);
    auto* password = dialog->findChild<QLineEdit*>(u"settingsLibraryPassword"_s);
    QVERIFY(password->echoMode() == QLineEdit::Password);
    if (password->text().isEmpty())
        password->setText(u"secret"_s);
    dialog->accept();
    if (said.isEmpty()) {
        QVERIFY(!dialog->isVisible());
        QCOMPARE(Settings().libraryAddress(), kept);
        QCOMPARE(m_services->libraryPassword().apiKey() == u"secret"_s, passwordToKeychain);
    } else {
        QVERIFY(dialog->isVisible());
        const QString error = dialog->findChild<QLabel*>(u"settingsError"_s)->text();
        QVERIFY2(error.contains(said), qPrintable(error));
        QVERIFY(!error.contains(u"secret"_s));
        QCOMPARE(Settings().libraryAddress(), QString());
        dialog->reject();
    }
    QFile file(QSettings().fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains("secret"));
    QSettings().clear();
}

void TestMainWindow::settingsRefuseAnUnsafeBaseUrl()
{
    QSettings().clear();
    MainWindow window(*m_services, *m_dialogs);
    SettingsDialog* dialog = openSettings(window);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("settingsBaseUrl"))
        ->setText(QStringLiteral("http://app.octopods.io"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("settingsError"))
                ->text()
                .contains(QStringLiteral("https")));
    QCOMPARE(Settings().apiBaseUrl(), QUrl(QStringLiteral("https://app.octopods.io")));
    dialog->reject();
}

// A message sent earlier comes back into the composer from View > Send history, as one undoable step.
void TestMainWindow::historyReopensASentMessage()
{
    MainWindow window(*m_services, *m_dialogs);
    const InteractiveMessage sent = StarterMessages::starter(MessageType::CtaUrl);
    SendAttempt attempt;
    attempt.sentAt = QDateTime::currentDateTimeUtc();
    attempt.destinationPhone = QStringLiteral("+353838000000");
    attempt.payload = MessageJson::toJson(sent, JsonWriter::Format::Compact);
    attempt.requestPath = QStringLiteral("/api/v1/sms/messages");
    attempt.outcome = SendResult::Outcome::Accepted;
    QString error;
    QVERIFY2(m_services->history().record(attempt, &error), qPrintable(error));

    action(window, "actionHistory")->trigger();
    auto* dialog = window.findChild<HistoryDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->model()->rowCount() >= 1);
    auto* view = dialog->findChild<QAbstractItemView*>(QStringLiteral("historyView"));
    view->setCurrentIndex(dialog->model()->index(0, 0));
    dialog->findChild<QPushButton*>(QStringLiteral("historyReopen"))->click();
    QCOMPARE(window.document()->message(), sent);
    QVERIFY(window.isWindowModified()); // unsaved until the agent saves it as a draft
    QCOMPARE(window.session()->draftId(), 0);
    dialog->close();
}

// File > Export Draft writes the message with its draft's name; importing the file brings both back.
void TestMainWindow::exportedDraftImportsBack()
{
    MainWindow window(*m_services, *m_dialogs);
    window.show();
    openJsonFile(window, dataFile("octopods_list.json"), QStringLiteral("list.json"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    m_dialogs->answer(path);
    WA_TRIGGER(window, "actionExportDraft");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(written.value(QStringLiteral("name")).toString(), QStringLiteral("Untitled"));
    QCOMPARE(written.value(QStringLiteral("message")).toObject(), articleMessage("octopods_list.json"));
    m_dialogs->answer(QStringList{path});
    WA_TRIGGER(window, "actionImportDrafts");
    // The unsaved message asks before the imported draft opens.
    auto* box = waitForDialog<QMessageBox>(window, "unsavedChangesBox");
    QVERIFY(box);
    box->button(QMessageBox::Discard)->click();
    const std::optional<Draft> imported = m_services->drafts().find(window.session()->draftId());
    QVERIFY(imported);
    QVERIFY(imported->name.startsWith(QStringLiteral("Untitled")));
    QCOMPARE(QJsonDocument::fromJson(imported->payload).object(), articleMessage("octopods_list.json"));
    window.document()->markSaved(); // nothing to ask about on the way out
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
