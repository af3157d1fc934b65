#include "MainWindow.h"

#include "HistoryDialog.h"
#include "SendPanel.h"
#include "SettingsDialog.h"
#include "cli/PayloadInput.h"
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
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
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
      m_database(std::make_unique<Database>()), m_history(std::make_unique<SendHistory>(*m_database))
{
    const Settings settings;
    m_client->setConfig(settings.clientConfig());
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("wa-composer[*]"));
    createLayout();
    createActions();
    // Start from a message to edit, not an empty form; it is no unsaved work.
    m_document->setMessage(StarterMessages::starter(MessageType::Button), tr("New message"));
    m_document->undoStack()->clear();
    setAcceptDrops(true);
    connect(m_document, &MessageDocument::changed, this, &MainWindow::showDocument);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    showDocument();
    restoreLayout();
    // The keychain entry is named after the application, so tests (named otherwise) never touch the real one.
    // It may take a moment (or ask the user): after the first frame, never before it.
    QTimer::singleShot(0, m_secrets, &SecretStore::load);
}

MainWindow::~MainWindow() = default;

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
    resize(1100, 720);
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
            m_document->setMessage(StarterMessages::starter(type),
                                   tr("New %1").arg(MessageEditor::typeLabel(type).toLower()));
        });
    }
    QAction* open =
        namedAction(file, QStringLiteral("actionOpenJson"), tr("&Open JSON…"), QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openJson);
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

// A JSON file dropped on the window is imported like File > Open JSON.
void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    importFile(urls.first().toLocalFile());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_sideSplitter->restoreState(settings.value(QStringLiteral("window/sideSplitter")).toByteArray());
    m_formSplitter->restoreState(settings.value(QStringLiteral("window/formSplitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/sideSplitter"), m_sideSplitter->saveState());
    settings.setValue(QStringLiteral("window/formSplitter"), m_formSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace wa
