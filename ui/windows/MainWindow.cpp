#include "MainWindow.h"

#include "AppServices.h"
#include "DraftsPanel.h"
#include "FileDialogs.h"
#include "HistoryDialog.h"
#include "LibraryStatusLine.h"
#include "PngFile.h"
#include "SendPanel.h"
#include "SessionPrompts.h"
#include "SettingsDialog.h"
#include "VariablesPanel.h"
#include "Warnings.h"
#include "drafts/Autosave.h"
#include "drafts/DraftFile.h"
#include "editor/MessageEditor.h"
#include "media/MessageMedia.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "message/PayloadInput.h"
#include "message/StarterMessages.h"
#include "preview/ChatTime.h"
#include "preview/PreviewWidget.h"
#include "sending/OctopodsClient.h"
#include "sending/OctopodsRequest.h"
#include "sending/StatusWatcher.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "variables/VariableSession.h"
#include "json/JsonView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace wa {

namespace {
QAction* namedAction(QMenu* menu, const QString& objectName, const QString& text,
                     const QKeySequence& shortcut)
{
    auto* action = menu->addAction(text);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    return action;
}
} // namespace

MainWindow::MainWindow(AppServices& services, FileDialogs& dialogs,
                       const std::optional<InteractiveMessage>& first)
    : m_services(services), m_dialogs(dialogs), m_document(new MessageDocument(this)),
      m_session(new DraftSession(services.drafts(), services.recoverySlot(), *m_document, this)),
      m_variables(new VariableSession(*m_document, &services.recipientValues(), this)),
      m_media(new MessageMedia(services.media(), this))
{
    m_services.client().setConfig(Settings().clientConfig());
    setObjectName(QStringLiteral("mainWindow"));
    // Start from a message to edit, not an empty form; it is no unsaved work. Set before the form exists,
    // which is then built for it.
    m_document->setMessage(first.value_or(StarterMessages::starter(MessageType::Button)), tr("New message"));
    m_document->undoStack()->clear();
    createLayout();
    createActions();
    setAcceptDrops(true);
    connect(m_variables, &VariableSession::changed, this, &MainWindow::showDocument);
    m_media->setStandIns(Settings().mediaStandIns());
    connect(m_media, &MessageMedia::changed, this, &MainWindow::showMedia);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connectSession();
    updateTitle();
    showDocument();
    restoreLayout();
    // The keychain may take a moment (or ask the user): after the first frame, never before it.
    QTimer::singleShot(0, &m_services.secrets(), &SecretStore::load);
    // With the key, the sends of the last day whose delivery may still change are watched again (the watcher
    // leaves alone what it watches already).
    connect(&m_services.secrets(), &SecretStore::loaded, this, [this] {
        if (m_services.secrets().hasApiKey())
            m_services.statusWatcher().watchRecent();
    });
}

MainWindow::~MainWindow()
{
    // Closed without a close event (the session ends): unsaved work is written for the next start.
    m_session->writePendingWork();
    m_services.drafts().watchOutsideChanges({});
    m_document->disconnect(this);
    m_document->undoStack()->disconnect(this); // it says "clean" as it goes, after this window is gone
    qApp->disconnect(this);
    // Before the document: its undo stack says "clean" as it goes, which must not reach the autosave and
    // clear the slot just written.
    delete m_session;
    m_session = nullptr;
}

void MainWindow::connectSession()
{
    m_prompts = new SessionPrompts(*m_session, this);
    // A save the team library cannot take may go to this computer's.
    if (m_services.usesTeamLibrary())
        m_session->setLocalLibrary(&m_services.localDrafts());
    connect(m_session, &DraftSession::productLooksChanged, this, &MainWindow::showDocument);
    connect(m_session, &DraftSession::draftChanged, this, [this] {
        m_variables->setDefaults(m_session->draft().variableDefaults);
        updateTitle();
        m_draftsPanel->selectDraft(m_session->draftId());
    });
    // A send's outcome was about the message it sent, not the one opened since.
    connect(m_session, &DraftSession::messageReplaced, m_sendPanel, &SendPanel::clearOutcome);
    connect(m_session, &DraftSession::messageReplaced, m_preview, &PreviewWidget::showFromTheTop);
    connect(m_session, &DraftSession::messageReplaced, this, [this] {
        m_sendPanel->offerDraftDefaults(m_session->draft().defaultRecipient, m_session->draft().teammateId);
    });
    connect(m_session, &DraftSession::saved, this,
            [this](const QString& name) { statusBar()->showMessage(tr("Saved “%1”").arg(name), 4000); });
    connect(m_session, &DraftSession::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(&m_session->autosave(), &Autosave::failed, this, [this](const QString& error) {
        statusBar()->showMessage(
            tr("Autosave failed: %1 The message is still here; saving will retry.").arg(error));
    });
    // While the agent works here, changes made elsewhere (another window, the command line) show up; leaving
    // the window is a moment to write what is pending, before anything else can go wrong.
    const auto follow = [this](Qt::ApplicationState state) {
        DraftLibrary& library = m_services.drafts();
        if (state == Qt::ApplicationActive) {
            library.checkForOutsideChanges();
            library.watchOutsideChanges(std::chrono::milliseconds(500));
        } else {
            library.watchOutsideChanges({});
            m_session->writePendingWork();
        }
    };
    connect(qApp, &QGuiApplication::applicationStateChanged, this, follow);
    follow(QGuiApplication::applicationState());
}

void MainWindow::createLayout()
{
    auto* form = new QScrollArea(this);
    form->setObjectName(QStringLiteral("formArea"));
    form->setWidgetResizable(true);
    auto* editor = m_editor = new MessageEditor(m_document, form);
    editor->setDraftSession(m_session);
    connect(editor, &MessageEditor::partsDropped, this, [this](const QStringList& parts) {
        statusBar()->showMessage(
            tr("Type changed; dropped %1. Undo brings them back.").arg(parts.join(tr("; "))));
    });
    form->setWidget(editor);

    m_sendPanel = new SendPanel(m_variables, &m_services.sender(), &m_services.secrets(),
                                &m_services.history(), &m_services.statusWatcher(), this);
    auto* variablesPanel = new VariablesPanel(*m_variables, this);
    m_sendSplitter = new QSplitter(Qt::Horizontal, this);
    m_sendSplitter->setObjectName(QStringLiteral("sendSplitter"));
    m_sendSplitter->addWidget(m_sendPanel);
    m_sendSplitter->addWidget(variablesPanel);
    m_sendSplitter->setStretchFactor(0, 3);
    m_sendSplitter->setStretchFactor(1, 2);
    const Settings settings;
    m_sendPanel->setDefaultRegion(settings.defaultRegion());
    m_editor->setDefaultRegion(settings.defaultRegion());
    m_sendPanel->setTeammate(settings.defaultTeammateId());
    m_formSplitter = new QSplitter(Qt::Vertical, this);
    m_formSplitter->setObjectName(QStringLiteral("formSplitter"));
    m_formSplitter->addWidget(form);
    m_formSplitter->addWidget(m_sendSplitter);
    m_formSplitter->setStretchFactor(0, 1);
    m_formSplitter->setCollapsible(1, false);

    m_preview = new PreviewWidget(this);
    m_preview->setThemeChoice(Settings().previewTheme());
    m_preview->setPhoneSize(Settings().previewPhone());
    connect(m_preview, &PreviewWidget::standInRequested, this, &MainWindow::chooseStandIn);
    connect(m_preview, &PreviewWidget::standInDismissed, this, &MainWindow::dismissStandIn);

    m_jsonView = new JsonView(this);

    m_sideSplitter = new QSplitter(Qt::Vertical, this);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(m_preview);
    m_sideSplitter->addWidget(m_jsonView);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_formSplitter);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    // The team library's state, in one line over everything, while its server is away.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(new LibraryStatusLine(m_services.drafts(), central));
    centralLayout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_draftsPanel = new DraftsPanel(m_services.drafts(), *m_session, m_dialogs, this);
    m_draftsDock = new QDockWidget(tr("Drafts"), this);
    m_draftsDock->setObjectName(QStringLiteral("draftsDock"));
    m_draftsDock->setWidget(m_draftsPanel);
    m_draftsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_draftsDock);
    connect(m_draftsPanel, &DraftsPanel::openRequested, m_session, &DraftSession::open);
    connect(m_draftsPanel, &DraftsPanel::failed, this, [this](const QString& what) {
        showWarning(this, QStringLiteral("draftErrorBox"), tr("Drafts"), what);
    });
    resize(1300, 760);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* newMenu = file->addMenu(tr("&New"));
    newMenu->setObjectName(QStringLiteral("menuNew"));
    for (MessageType type : allMessageTypes()) {
        QAction* action = newMenu->addAction(MessageEditor::typeLabel(type));
        action->setObjectName(QStringLiteral("actionNew_") + messageTypeName(type));
        if (type == MessageType::Button)
            action->setShortcut(QKeySequence::New);
        connect(action, &QAction::triggered, this, [this, type] {
            m_session->startNew(StarterMessages::starter(type),
                                tr("New %1").arg(MessageEditor::typeLabel(type).toLower()));
        });
    }
    QAction* open =
        namedAction(file, QStringLiteral("actionOpenJson"), tr("&Open JSON…"), QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openJson);
    QAction* importDrafts = namedAction(file, QStringLiteral("actionImportDrafts"), tr("&Import Drafts…"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importDrafts, &QAction::triggered, this, &MainWindow::chooseDraftsToImport);
    QAction* exportDraft = namedAction(file, QStringLiteral("actionExportDraft"), tr("E&xport Draft…"), {});
    connect(exportDraft, &QAction::triggered, this, &MainWindow::chooseExportFile);
    file->addSeparator();
    QAction* save =
        namedAction(file, QStringLiteral("actionSaveDraft"), tr("&Save Draft"), QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] { m_session->save(); });
    QAction* saveAs = namedAction(file, QStringLiteral("actionSaveDraftAs"), tr("Save Draft &As…"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveAs, &QAction::triggered, this, [this] { m_session->saveAs(); });
    file->addSeparator();
    QAction* exportPreview = namedAction(file, QStringLiteral("actionExportPreview"),
                                         tr("&Export preview as PNG…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportPreview, &QAction::triggered, this, &MainWindow::exportPreview);
    file->addSeparator();
    QAction* quit = namedAction(file, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* copy = namedAction(edit, QStringLiteral("actionCopyJson"), tr("Copy &JSON"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copy, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(QString::fromUtf8(MessageJson::toJson(m_document->message())));
    });
    QAction* copyRequest =
        namedAction(edit, QStringLiteral("actionCopyRequestBody"), tr("Copy &request body"), {});
    copyRequest->setToolTip(
        tr("The whole body of the Octopods send call (the phone and teammate come with the "
           "send panel)"));
    connect(copyRequest, &QAction::triggered, this, [this] {
        OctopodsRequest request;
        request.message = m_document->message();
        QGuiApplication::clipboard()->setText(QString::fromUtf8(request.toJson()));
    });
    QAction* paste = namedAction(edit, QStringLiteral("actionPasteJson"), tr("&Paste JSON"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(paste, &QAction::triggered, this,
            [this] { importJson(QGuiApplication::clipboard()->text().toUtf8(), tr("the clipboard")); });

    edit->addSeparator();
    QAction* settingsAction = namedAction(edit, QStringLiteral("actionSettings"), tr("&Settings…"),
                                          QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* showDrafts = m_draftsDock->toggleViewAction();
    showDrafts->setObjectName(QStringLiteral("actionShowDrafts"));
    showDrafts->setText(tr("&Drafts"));
    view->addAction(showDrafts);
    QAction* findDraft =
        namedAction(view, QStringLiteral("actionFindDraft"), tr("&Find Draft…"), QKeySequence::Find);
    connect(findDraft, &QAction::triggered, this, [this] {
        m_draftsDock->show();
        m_draftsDock->raise();
        m_draftsPanel->focusSearch();
    });
    QAction* historyAction = namedAction(view, QStringLiteral("actionHistory"), tr("Send &history…"),
                                         QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(historyAction, &QAction::triggered, this, &MainWindow::openHistory);
    view->addSeparator();
    m_showFilled = namedAction(view, QStringLiteral("actionShowFilled"), tr("As the &Customer Sees It"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_showFilled->setCheckable(true);
    m_showFilled->setToolTip(tr("Show the preview and the JSON filled with the variables' values, instead of "
                                "as written"));
    connect(m_showFilled, &QAction::toggled, this, &MainWindow::showDocument);
    QMenu* themeMenu = view->addMenu(tr("Preview &theme"));
    themeMenu->setObjectName(QStringLiteral("menuPreviewTheme"));
    auto* themes = new QActionGroup(this);
    const std::pair<ThemeChoice, QString> choices[] = {
        {ThemeChoice::System, tr("Follow the &system")},
        {ThemeChoice::Light, tr("&Light")},
        {ThemeChoice::Dark, tr("&Dark")},
    };
    for (const auto& entry : choices) {
        const ThemeChoice choice = entry.first; // captured below: no structured binding (clang 14)
        QAction* action = themeMenu->addAction(entry.second);
        action->setObjectName(QStringLiteral("actionPreviewTheme_%1").arg(themeChoiceName(choice)));
        action->setCheckable(true);
        action->setChecked(choice == m_preview->themeChoice());
        themes->addAction(action);
        m_themeActions[int(choice)] = action;
        connect(action, &QAction::triggered, this, [this, choice] {
            m_preview->setThemeChoice(choice);
            Settings().setPreviewTheme(choice);
        });
    }

    QMenu* phoneMenu = view->addMenu(tr("&Phone width"));
    phoneMenu->setObjectName(QStringLiteral("menuPhoneWidth"));
    auto* phones = new QActionGroup(this);
    const std::pair<PhoneSize, QString> sizes[] = {
        {PhoneSize::Small, tr("&Small, %1 points wide")},
        {PhoneSize::Typical, tr("&Typical, %1 points wide")},
        {PhoneSize::Large, tr("&Large, %1 points wide")},
    };
    for (const auto& entry : sizes) {
        const PhoneSize size = entry.first;
        const qreal width = PreviewTheme::light().phoneWidth(size);
        QAction* action = phoneMenu->addAction(entry.second.arg(width));
        action->setObjectName(QStringLiteral("actionPhoneWidth_%1").arg(phoneSizeName(size)));
        action->setCheckable(true);
        action->setChecked(size == m_preview->phoneSize());
        phones->addAction(action);
        connect(action, &QAction::triggered, this, [this, size] {
            m_preview->setPhoneSize(size);
            Settings().setPreviewPhone(size);
        });
    }

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->addAction(open);
    tools->addAction(save);
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addAction(copy);
    tools->addSeparator();
    tools->addAction(m_showFilled);
}

void MainWindow::showDocument()
{
    // As written, placeholders show as chips; as the customer sees it, the values fill them, and what has no
    // value is outlined.
    const bool filled = m_showFilled && m_showFilled->isChecked();
    const InteractiveMessage& message = filled ? m_variables->filled().message : m_document->message();
    m_jsonView->setJson(MessageJson::toJson(message));
    m_preview->setTime(chatTime(QTime::currentTime()));
    m_preview->setPlaceholderMarks(filled ? PlaceholderMarks{false, m_variables->filled().unfilled}
                                          : PlaceholderMarks{true, {}});
    m_preview->setProductLooks(m_session->productLooks());
    m_preview->setMessage(message, filled ? m_variables->issues() : m_document->issues());
    // The pictures of what the preview shows: the filled link, once filled; the products' looks' pictures.
    m_media->show(message, m_session->productLooks());
}

void MainWindow::showMedia()
{
    m_preview->setMedia(m_media->results());
    m_editor->setMediaWarnings(m_media->warnings());
}

void MainWindow::chooseStandIn(const QString& link)
{
    const QString file = m_dialogs.openFile(this, tr("Picture to Show in the Preview"),
                                            tr("Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"));
    if (file.isEmpty())
        return;
    Settings settings;
    QHash<QString, QString> standIns = settings.mediaStandIns();
    standIns.insert(MessageMedia::standInKey(link), file);
    settings.setMediaStandIns(standIns);
    m_media->setStandIns(standIns);
    statusBar()->showMessage(tr("The preview shows %1 for this link; the message still sends the link.")
                                 .arg(QFileInfo(file).fileName()),
                             6000);
}

void MainWindow::dismissStandIn(const QString& link)
{
    Settings settings;
    QHash<QString, QString> standIns = settings.mediaStandIns();
    standIns.remove(MessageMedia::standInKey(link));
    settings.setMediaStandIns(standIns);
    m_media->setStandIns(standIns);
}

void MainWindow::importJson(const QByteArray& json, const QString& source)
{
    const Payload payload = PayloadInput::parse(json);
    const QStringList errors = payload.problems();
    if (!errors.isEmpty()) {
        showWarning(this, QStringLiteral("importErrorBox"), tr("Cannot import %1").arg(source),
                    tr("Nothing was changed. The payload has these problems:"), errors);
        return;
    }
    m_session->openUnsaved(payload.message, tr("Import %1").arg(source));
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(&m_services.secrets(), &m_services.libraryPassword(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::openHistory()
{
    auto* dialog = new HistoryDialog(m_services.history(), &m_services.statusWatcher(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::reopenRequested, this,
            [this](const InteractiveMessage& message, const QMap<QString, QString>& values) {
                m_session->openUnsaved(message, tr("Open from history"), [this, values] {
                    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                        m_variables->setValue(it.key(), it.value());
                });
            });
    connect(m_sendPanel, &SendPanel::sent, dialog, &HistoryDialog::reload);
    dialog->resize(900, 560);
    dialog->show();
}

void MainWindow::applySettings()
{
    const Settings settings;
    m_services.drafts().setAuthor(settings.displayName());
    m_services.client().setConfig(settings.clientConfig());
    m_sendPanel->setDefaultRegion(settings.defaultRegion());
    m_editor->setDefaultRegion(settings.defaultRegion());
    m_preview->setThemeChoice(settings.previewTheme());
    m_themeActions[int(settings.previewTheme())]->setChecked(true);
}

void MainWindow::exportPreview()
{
    const QString filter2x = tr("PNG at 2× for sharp screens (*.png)");
    const QString filter1x = tr("PNG at 1× (*.png)");
    QString chosen = filter2x;
    QString path = m_dialogs.saveFile(this, tr("Export preview as PNG"), tr("preview.png"),
                                      filter2x + QStringLiteral(";;") + filter1x, &chosen);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    QSaveFile file(path);
    QString why;
    if (!file.open(QIODevice::WriteOnly) ||
        !PngFile::write(m_preview->renderImage(chosen == filter1x ? 1 : 2), file, &why) || !file.commit()) {
        showWarning(this, QStringLiteral("exportErrorBox"), tr("Cannot export"),
                    tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), why.isEmpty() ? file.errorString() : why));
        return;
    }
    statusBar()->showMessage(tr("Preview saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::openJson()
{
    const QString path = m_dialogs.openFile(this, tr("Open JSON"), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > PayloadInput::MaxBytes) {
        const QString why = file.isOpen() ? tr("larger than any message") : file.errorString();
        showWarning(this, QStringLiteral("importErrorBox"), tr("Cannot open"),
                    tr("Cannot read %1: %2").arg(path, why));
        return;
    }
    importJson(file.readAll(), QFileInfo(path).fileName());
}

// JSON files dropped on the window join the drafts library, like File > Import Drafts.
void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() &&
        std::all_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importDrafts(paths);
}

void MainWindow::chooseDraftsToImport()
{
    const QStringList paths =
        m_dialogs.openFiles(this, tr("Import drafts"), tr("JSON files (*.json);;All files (*)"));
    if (!paths.isEmpty())
        importDrafts(paths);
}

void MainWindow::importDrafts(const QStringList& paths)
{
    const DraftSession::ImportReport report = m_session->importFiles(paths);
    statusBar()->showMessage(tr("Imported %n draft(s)", nullptr, int(report.imported.size())), 5000);
    if (!report.problems.isEmpty())
        showWarning(
            this, QStringLiteral("importReportBox"), tr("Import"),
            tr("Imported %1 of %2 files. Some need attention:").arg(report.imported.size()).arg(paths.size()),
            report.problems);
}

void MainWindow::chooseExportFile()
{
    QString path = m_dialogs.saveFile(
        this, tr("Export draft"), DraftFile::fileNameFor(m_session->draftName()) + QStringLiteral(".json"),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    QString error;
    if (!m_session->exportTo(path, &error)) {
        showWarning(this, QStringLiteral("exportErrorBox"), tr("Cannot export"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

// Each splitter under "window/<its object name>".
void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (QSplitter* splitter : {m_mainSplitter, m_sideSplitter, m_formSplitter, m_sendSplitter})
        splitter->restoreState(
            settings.value(QStringLiteral("window/") + splitter->objectName()).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (const QSplitter* splitter : {m_mainSplitter, m_sideSplitter, m_formSplitter, m_sendSplitter})
        settings.setValue(QStringLiteral("window/") + splitter->objectName(), splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_document->isModified() && !m_closeSettled) {
        event->ignore();
        m_session->whenChangesSettled([this] {
            m_closeSettled = true;
            close();
        });
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — wa-composer").arg(m_session->draftName()));
}

void MainWindow::offerRecovery()
{
    m_prompts->offerRecovery();
}

} // namespace wa
