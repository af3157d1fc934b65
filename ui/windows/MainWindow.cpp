#include "MainWindow.h"

#include "DraftsPanel.h"
#include "HistoryDialog.h"
#include "SendPanel.h"
#include "SettingsDialog.h"
#include "cli/PayloadInput.h"
#include "drafts/Autosave.h"
#include "drafts/DraftFile.h"
#include "drafts/DraftImport.h"
#include "editor/MessageEditor.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "message/StarterMessages.h"
#include "message/Validator.h"
#include "preview/PreviewWidget.h"
#include "sending/OctopodsClient.h"
#include "sending/OctopodsRequest.h"
#include "sending/SendHistory.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "storage/Database.h"
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
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace wa {

namespace {
QString themeSettingName(PreviewWidget::ThemeChoice choice)
{
    switch (choice) {
    case PreviewWidget::ThemeChoice::Light:
        return QStringLiteral("light");
    case PreviewWidget::ThemeChoice::Dark:
        return QStringLiteral("dark");
    case PreviewWidget::ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

PreviewWidget::ThemeChoice themeChoiceFromSetting(const QString& name)
{
    if (name == u"light")
        return PreviewWidget::ThemeChoice::Light;
    if (name == u"dark")
        return PreviewWidget::ThemeChoice::Dark;
    return PreviewWidget::ThemeChoice::System;
}

QAction* namedAction(QMenu* menu, const QString& objectName, const QString& text,
                     const QKeySequence& shortcut)
{
    auto* action = menu->addAction(text);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    return action;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_document(new MessageDocument(this)),
      m_secrets(new SecretStore(QCoreApplication::applicationName(), this)),
      m_client(new OctopodsClient(new QNetworkAccessManager(this), this)),
      m_database(std::make_unique<Database>()), m_history(std::make_unique<SendHistory>(*m_database)),
      m_drafts(std::make_unique<DraftStore>(*m_database))
{
    const Settings settings;
    m_client->setConfig(settings.clientConfig());
    setObjectName(QStringLiteral("mainWindow"));
    // The snapshot is taken when the autosave writes, a second after typing stops: never per keystroke.
    m_autosave = new Autosave(
        *m_drafts,
        [this] {
            DraftStore::Recovery recovery;
            recovery.draftId = m_draft.id;
            recovery.name = draftName();
            recovery.payload = MessageJson::toJson(m_document->message(), JsonWriter::Format::Compact);
            return recovery;
        },
        this);
    createLayout();
    createActions();
    // Start from a message to edit, not an empty form; it is no unsaved work.
    m_document->setMessage(StarterMessages::starter(MessageType::Button), tr("New message"));
    m_document->undoStack()->clear();
    setAcceptDrops(true);
    connect(m_document, &MessageDocument::changed, this, &MainWindow::showDocument);
    // After the step is on the stack (changed() comes from inside it, while the stack still looks clean);
    // merged keystrokes signal here too.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_document->isModified())
            m_autosave->markChanged();
    });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        setWindowModified(!clean);
        if (clean)
            m_autosave->discard(); // back to what is saved (undo included): nothing left to recover
    });
    connect(m_autosave, &Autosave::failed, this, [this](const QString& error) {
        statusBar()->showMessage(
            tr("Autosave failed: %1 The message is still here; saving will retry.").arg(error));
    });
    // Leaving the window is a moment to write what is pending, before anything else can go wrong.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive && m_autosave->isPending())
            m_autosave->saveNow();
    });
    updateTitle();
    showDocument();
    restoreLayout();
    // The keychain entry is named after the application, so tests (named otherwise) never touch the real one.
    // It may take a moment (or ask the user): after the first frame, never before it.
    QTimer::singleShot(0, m_secrets, &SecretStore::load);
}

MainWindow::~MainWindow()
{
    // The document (a child) goes after the store: its last signals must not reach the autosave.
    // Closed without a close event (the session ends): unsaved work is written for the next start.
    if (m_autosave->isPending())
        m_autosave->saveNow();
    m_document->undoStack()->disconnect(this);
    m_document->disconnect(this);
    qApp->disconnect(this);
    delete m_autosave;
    m_autosave = nullptr;
}

void MainWindow::createLayout()
{
    auto* form = new QScrollArea(this);
    form->setObjectName(QStringLiteral("formArea"));
    form->setWidgetResizable(true);
    auto* editor = new MessageEditor(m_document, form);
    connect(editor, &MessageEditor::partsDropped, this, [this](const QStringList& parts) {
        statusBar()->showMessage(
            tr("Type changed; dropped %1. Undo brings them back.").arg(parts.join(tr("; "))));
    });
    form->setWidget(editor);

    m_sendPanel = new SendPanel(m_document, m_client, m_secrets, m_history.get(), this);
    const Settings settings;
    m_sendPanel->setDefaultRegion(settings.defaultRegion());
    m_sendPanel->setTeammate(settings.defaultTeammateId());
    m_formSplitter = new QSplitter(Qt::Vertical, this);
    m_formSplitter->setObjectName(QStringLiteral("formSplitter"));
    m_formSplitter->addWidget(form);
    m_formSplitter->addWidget(m_sendPanel);
    m_formSplitter->setStretchFactor(0, 1);
    m_formSplitter->setCollapsible(1, false);

    m_preview = new PreviewWidget(this);
    m_preview->setThemeChoice(themeChoiceFromSetting(Settings().previewTheme()));

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
    setCentralWidget(m_mainSplitter);

    m_draftsPanel = new DraftsPanel(*m_drafts, this);
    m_draftsDock = new QDockWidget(tr("Drafts"), this);
    m_draftsDock->setObjectName(QStringLiteral("draftsDock"));
    m_draftsDock->setWidget(m_draftsPanel);
    m_draftsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_draftsDock);
    connect(m_draftsPanel, &DraftsPanel::openRequested, this, &MainWindow::openDraft);
    connect(m_draftsPanel, &DraftsPanel::renamed, this, [this](qint64 id, const QString& name) {
        if (id == m_draft.id) {
            m_draft.name = name;
            updateTitle();
        }
    });
    connect(m_draftsPanel, &DraftsPanel::trashed, this, [this](qint64 id) {
        if (id != m_draft.id)
            return;
        // The message stays in the editor, now belonging to no draft: closing it asks before losing it.
        m_draft.id = 0;
        m_document->undoStack()->resetClean();
        m_autosave->markChanged(); // the autosaved copy must no longer point at the trashed draft
        updateTitle();
    });
    connect(m_draftsPanel, &DraftsPanel::failed, this,
            [this](const QString& what) { showError(QStringLiteral("draftErrorBox"), tr("Drafts"), what); });
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
            startNewMessage(StarterMessages::starter(type),
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
    connect(save, &QAction::triggered, this, [this] { saveDraft(); });
    QAction* saveAs = namedAction(file, QStringLiteral("actionSaveDraftAs"), tr("Save Draft &As…"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveAs, &QAction::triggered, this, [this] { saveDraftAs(); });
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
    connect(copy, &QAction::triggered, this, &MainWindow::copyJson);
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
        auto* search = m_draftsPanel->findChild<QLineEdit*>(QStringLiteral("draftsSearch"));
        search->setFocus();
        search->selectAll();
    });
    QAction* historyAction = namedAction(view, QStringLiteral("actionHistory"), tr("Send &history…"),
                                         QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(historyAction, &QAction::triggered, this, &MainWindow::openHistory);
    view->addSeparator();
    QMenu* themeMenu = view->addMenu(tr("Preview &theme"));
    themeMenu->setObjectName(QStringLiteral("menuPreviewTheme"));
    auto* themes = new QActionGroup(this);
    const std::pair<PreviewWidget::ThemeChoice, QString> choices[] = {
        {PreviewWidget::ThemeChoice::System, tr("Follow the &system")},
        {PreviewWidget::ThemeChoice::Light, tr("&Light")},
        {PreviewWidget::ThemeChoice::Dark, tr("&Dark")},
    };
    for (const auto& [choice, label] : choices) {
        QAction* action = themeMenu->addAction(label);
        action->setObjectName(QStringLiteral("actionPreviewTheme_%1").arg(themeSettingName(choice)));
        action->setCheckable(true);
        action->setChecked(choice == m_preview->themeChoice());
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            m_preview->setThemeChoice(choice);
            Settings().setPreviewTheme(themeSettingName(choice));
        });
    }

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->addAction(open);
    tools->addAction(save);
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addAction(copy);
}

void MainWindow::showDocument()
{
    const InteractiveMessage& message = m_document->message();
    m_jsonView->setJson(MessageJson::toJson(message));
    m_preview->setTime(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    m_preview->setMessage(message, m_document->issues());
}

void MainWindow::copyJson()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(MessageJson::toJson(m_document->message())));
}

QStringList MainWindow::importJson(const QByteArray& json, const QString& source)
{
    const cli::Payload payload = cli::PayloadInput::parse(json);
    QStringList errors;
    if (!payload.isReadable())
        errors.append(payload.readError);
    for (const JsonError& error : payload.errors)
        errors.append(error.toString());
    if (!errors.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot import %1").arg(source),
                                    tr("Nothing was changed. The payload has these problems:"),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importErrorBox"));
        box->setDetailedText(errors.join(u'\n'));
        box->setInformativeText(errors.mid(0, 5).join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return errors;
    }
    m_document->setMessage(payload.message, tr("Import %1").arg(source));
    return {};
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::openHistory()
{
    auto* dialog = new HistoryDialog(*m_history, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::reopenRequested, this, [this](const InteractiveMessage& message) {
        m_document->setMessage(message, tr("Open from history"));
    });
    connect(m_sendPanel, &SendPanel::sent, dialog, &HistoryDialog::reload);
    dialog->resize(900, 560);
    dialog->show();
}

void MainWindow::applySettings()
{
    const Settings settings;
    m_client->setConfig(settings.clientConfig());
    m_sendPanel->setDefaultRegion(settings.defaultRegion());
    const PreviewWidget::ThemeChoice theme = themeChoiceFromSetting(settings.previewTheme());
    m_preview->setThemeChoice(theme);
    if (auto* action = findChild<QAction*>(QStringLiteral("actionPreviewTheme_") + themeSettingName(theme)))
        action->setChecked(true);
}

void MainWindow::exportPreview()
{
    QString filter2x = tr("PNG at 2× for sharp screens (*.png)");
    QString filter1x = tr("PNG at 1× (*.png)");
    QString chosen = filter2x;
    QString path = QFileDialog::getSaveFileName(this, tr("Export preview as PNG"), tr("preview.png"),
                                                filter2x + QStringLiteral(";;") + filter1x, &chosen);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    exportPreviewTo(path, chosen == filter1x ? 1 : 2);
}

bool MainWindow::exportPreviewTo(const QString& path, qreal devicePixelRatio)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_preview->renderImage(devicePixelRatio).save(&file, "PNG") ||
        !file.commit()) {
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Cannot export"),
                            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    statusBar()->showMessage(tr("Preview saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::openJson()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open JSON"), {}, tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

QStringList MainWindow::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > cli::PayloadInput::MaxBytes) {
        const QString why = file.isOpen() ? tr("larger than any message") : file.errorString();
        QMessageBox::warning(this, tr("Cannot open"), tr("Cannot read %1: %2").arg(path, why));
        return {why};
    }
    return importJson(file.readAll(), QFileInfo(path).fileName());
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
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import drafts"), {},
                                                            tr("JSON files (*.json);;All files (*)"));
    if (!paths.isEmpty())
        importDrafts(paths);
}

QList<qint64> MainWindow::importDrafts(const QStringList& paths)
{
    QList<qint64> imported;
    QStringList report; // a line per file that failed or needs fixing
    for (const QString& path : paths) {
        const QString file = QFileInfo(path).fileName();
        QString readError;
        const std::optional<QByteArray> bytes = cli::PayloadInput::read(path, nullptr, &readError);
        if (!bytes) {
            report.append(readError);
            continue;
        }
        const DraftImportResult result =
            DraftImport::import(*m_drafts, *bytes, DraftFile::nameFromPath(path));
        for (const JsonError& error : result.errors)
            report.append(tr("%1: %2").arg(file, error.toString()));
        if (!result.storeError.isEmpty())
            report.append(tr("%1: not imported: %2").arg(file, result.storeError));
        if (!result.isImported())
            continue;
        imported.append(result.id);
        for (const ValidationIssue& issue : result.issues)
            if (issue.severity == Severity::Error)
                report.append(
                    tr("%1 (imported as “%2”): %3: %4").arg(file, result.name, issue.path, issue.message));
    }
    m_draftsPanel->reload();
    statusBar()->showMessage(tr("Imported %n draft(s)", nullptr, int(imported.size())), 5000);
    if (!report.isEmpty()) {
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Import"),
            tr("Imported %1 of %2 files. Some need attention:").arg(imported.size()).arg(paths.size()),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importReportBox"));
        box->setInformativeText(report.mid(0, 6).join(u'\n'));
        box->setDetailedText(report.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (paths.size() == 1 && imported.size() == 1)
        openDraft(imported.first());
    return imported;
}

void MainWindow::chooseExportFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export draft"),
                                                DraftFile::fileNameFor(draftName()) + QStringLiteral(".json"),
                                                tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    exportDraftTo(path);
}

bool MainWindow::exportDraftTo(const QString& path)
{
    Draft draft = m_draft;
    draft.name = draftName();
    draft.payload = MessageJson::toJson(m_document->message(), JsonWriter::Format::Compact);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!draft.createdAt.isValid())
        draft.createdAt = now;
    if (m_document->isModified() || !draft.updatedAt.isValid())
        draft.updatedAt = now;
    QString error;
    const QByteArray json = DraftFile::toJson(draft, &error);
    QSaveFile file(path);
    if (json.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(json) != json.size() ||
        !file.commit()) {
        showError(QStringLiteral("exportErrorBox"), tr("Cannot export"),
                  tr("Cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(path), error.isEmpty() ? file.errorString() : error));
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_sideSplitter->restoreState(settings.value(QStringLiteral("window/sideSplitter")).toByteArray());
    m_formSplitter->restoreState(settings.value(QStringLiteral("window/formSplitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/sideSplitter"), m_sideSplitter->saveState());
    settings.setValue(QStringLiteral("window/formSplitter"), m_formSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_document->isModified() && !m_closeSettled) {
        event->ignore();
        whenChangesSettled([this] {
            m_closeSettled = true;
            close();
        });
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

QString MainWindow::draftName() const
{
    return m_draft.name.isEmpty() ? tr("Untitled") : m_draft.name;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — wa-composer").arg(draftName()));
}

void MainWindow::showError(const QString& objectName, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::whenChangesSettled(const std::function<void()>& proceed)
{
    if (!m_document->isModified()) {
        proceed();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("Save the changes to “%1”?").arg(draftName()),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setInformativeText(tr("If you don't save them, they are lost."));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, proceed](int) {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            saveDraft(proceed);
            break;
        case QMessageBox::Discard:
            m_autosave->discard();
            proceed();
            break;
        default: // Cancel, Escape, the window's close button: nothing happens
            break;
        }
    });
    box->open();
}

void MainWindow::startNewMessage(const InteractiveMessage& message, const QString& description)
{
    whenChangesSettled([this, message, description] {
        m_draft = Draft();
        m_document->setMessage(message, description);
        m_document->undoStack()->clear(); // a new message: nothing to undo, nothing unsaved
        updateTitle();
    });
}

void MainWindow::openDraft(qint64 id)
{
    whenChangesSettled([this, id] {
        QString error;
        const std::optional<Draft> draft = m_drafts->find(id, &error);
        if (!draft) {
            showError(QStringLiteral("draftErrorBox"), tr("Cannot open the draft"),
                      error.isEmpty() ? tr("The draft is no longer in the library.") : error);
            m_draftsPanel->reload();
            return;
        }
        const cli::Payload payload = cli::PayloadInput::parse(draft->payload);
        if (!payload.isReadable() || !payload.errors.isEmpty()) {
            QStringList problems{payload.readError};
            for (const JsonError& problem : payload.errors)
                problems.append(problem.toString());
            problems.removeAll(QString());
            showError(QStringLiteral("draftErrorBox"), tr("Cannot open the draft"),
                      tr("The message of “%1” cannot be read:\n%2").arg(draft->name, problems.join(u'\n')));
            return;
        }
        showDraft(*draft, payload.message);
    });
}

void MainWindow::showDraft(const Draft& draft, const InteractiveMessage& message)
{
    m_draft = draft;
    m_document->setMessage(message, tr("Open %1").arg(draft.name));
    m_document->undoStack()->clear(); // a draft opens as saved: nothing to undo into another one
    // The draft's usual customer fills an empty field; a number the agent typed is never replaced unseen.
    const OctopodsRequest current = m_sendPanel->currentRequest();
    if (!draft.defaultRecipient.isEmpty() && m_sendPanel->typedPhone().isEmpty())
        m_sendPanel->setDestination(draft.defaultRecipient);
    if (!draft.teammateId.isEmpty() && current.intercomTeammateId.isEmpty())
        m_sendPanel->setTeammate(draft.teammateId);
    updateTitle();
    m_draftsPanel->selectDraft(draft.id);
}

void MainWindow::saveDraft(const std::function<void()>& then)
{
    if (m_draft.id == 0)
        saveDraftAs(then);
    else
        writeDraft(m_draft, then);
}

void MainWindow::saveDraftAs(const std::function<void()>& then)
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveDraftDialog"));
    dialog->setWindowTitle(tr("Save draft"));
    dialog->setLabelText(tr("Name of the draft:"));
    const QString wanted = m_draft.name.isEmpty()
                               ? DraftStore::excerpt(MessageJson::toJson(m_document->message())).left(40)
                               : m_draft.name;
    dialog->setTextValue(m_drafts->uniqueName(wanted));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, then](const QString& name) {
        Draft copy = m_draft;
        copy.id = 0; // Save As makes a new draft; the old one stays as it was
        copy.name = name;
        writeDraft(copy, then);
    });
    dialog->open();
}

bool MainWindow::writeDraft(Draft draft, const std::function<void()>& then)
{
    const QByteArray payload = MessageJson::toJson(m_document->message(), JsonWriter::Format::Compact);
    if (draft.id != 0) {
        // What the store holds now (tags set in the panel, another window's or the CLI's changes), with this
        // window's message; a draft gone to the trash or deleted meanwhile is saved as a new one instead.
        const std::optional<Draft> stored = m_drafts->find(draft.id);
        if (stored && !stored->trashedAt.isValid()) {
            const QString name = draft.name;
            draft = *stored;
            draft.name = name.isEmpty() ? stored->name : name;
        } else {
            m_draft.id = 0;
            updateTitle();
            saveDraftAs(then);
            return false;
        }
    }
    draft.payload = payload;
    QString error;
    bool ok = false;
    if (draft.id == 0) {
        const std::optional<qint64> id = m_drafts->create(draft, &error);
        ok = id.has_value();
        if (ok)
            draft.id = *id;
    } else {
        ok = m_drafts->update(draft, &error);
    }
    if (!ok) {
        // The message stays in the editor, modified, and in the autosave slot.
        showError(QStringLiteral("saveErrorBox"), tr("Cannot save"),
                  tr("“%1” was not saved: %2\nThe message is still here.").arg(draft.name.trimmed(), error));
        return false;
    }
    m_draft = m_drafts->find(draft.id).value_or(draft);
    m_document->markSaved();
    m_autosave->discard();
    updateTitle();
    m_draftsPanel->reload();
    m_draftsPanel->selectDraft(m_draft.id);
    statusBar()->showMessage(tr("Saved “%1”").arg(m_draft.name), 4000);
    if (then)
        then();
    return true;
}

void MainWindow::offerRecovery()
{
    QString error;
    const std::optional<DraftStore::Recovery> recovery = m_drafts->recovery(&error);
    if (!recovery) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Could not look for an autosaved message: %1").arg(error));
        return;
    }
    const cli::Payload payload = cli::PayloadInput::parse(recovery->payload);
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Restore unsaved work?"),
        tr("wa-composer closed before “%1” was saved. Restore the message as it was autosaved at %2?")
            .arg(recovery->name.isEmpty() ? tr("Untitled") : recovery->name,
                 QLocale().toString(recovery->savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("recoveryBox"));
    QPushButton* restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Discard);
    box->setDefaultButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, restore, recovery = *recovery, payload] {
        if (box->clickedButton() != restore) {
            m_drafts->clearRecovery(); // the agent chose to let it go
            return;
        }
        if (!payload.isReadable() || !payload.errors.isEmpty()) {
            // Kept in the slot: it is the only copy. The agent can still get at it with the CLI or a fix.
            showError(QStringLiteral("draftErrorBox"), tr("Cannot restore"),
                      tr("The autosaved message cannot be read: %1").arg(payload.readError));
            return;
        }
        Draft draft;
        if (recovery.draftId != 0)
            draft = m_drafts->find(recovery.draftId).value_or(Draft());
        if (draft.trashedAt.isValid())
            draft = Draft(); // saving must not write into the trash
        if (draft.id == 0)
            draft.name = recovery.name;
        m_draft = draft;
        // Restored as unsaved work: one undoable step away from what was open, and marked modified.
        m_document->setMessage(payload.message, tr("Restore autosaved message"));
        m_document->undoStack()->resetClean();
        // Written again at once: the slot is this session's now, cleared when the work is saved or let go.
        m_autosave->markChanged();
        m_autosave->saveNow();
        updateTitle();
    });
    box->open();
}

} // namespace wa
