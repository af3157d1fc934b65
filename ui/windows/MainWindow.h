#pragma once

#include "drafts/DraftSession.h"
#include "message/InteractiveMessage.h"

#include <QMainWindow>

#include <array>
#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QSplitter;

namespace wa {

class AppServices;
class DraftsPanel;
class FileDialogs;
class JsonView;
class MessageDocument;
class MessageEditor;
class MessageMedia;
class PreviewWidget;
class SendPanel;
class SessionPrompts;
class VariableSession;

// The composer window: the drafts library in a panel, the form, the preview beside it, the JSON pane below
// the preview. Every part edits or shows the one MessageDocument; none talks to another. Which draft the
// message belongs to, and every step that replaces it, is the DraftSession's: the window asks the agent
// what the session wants to know and shows what it says. Services come from main() (or a test).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens on `first` (a screenshot's message), else on a starter message to edit: no unsaved work either
    // way. The form is built for it directly, never for a message that it replaces at once.
    MainWindow(AppServices& services, FileDialogs& dialogs,
               const std::optional<InteractiveMessage>& first = std::nullopt);
    ~MainWindow() override;

    MessageDocument* document() const { return m_document; }
    DraftSession* session() const { return m_session; }
    PreviewWidget* preview() const { return m_preview; }
    MessageMedia* media() const { return m_media; }

    // Offers the message autosaved by a session that ended without saving it (after a crash or a kill).
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Adds .json files to the library (exported drafts, bare messages, Octopods request bodies), each on its
    // own, and says what came of each; opens the draft when there was one file.
    void importDrafts(const QStringList& paths);
    // Opens a payload (a bare interactive object or an Octopods request body) as a new, unsaved message,
    // after asking about unsaved changes. A payload that cannot load changes nothing and says why, by path.
    void importJson(const QByteArray& json, const QString& source);
    void createActions();
    void createLayout();
    void connectSession();
    void openJson();
    void chooseDraftsToImport();
    void chooseExportFile();
    void exportPreview();
    void openSettings();
    void openHistory();
    void applySettings();
    void showDocument();
    void showMedia();
    void chooseStandIn(const QString& link);
    void dismissStandIn(const QString& link);
    void restoreLayout();
    void saveLayout() const;
    void updateTitle();

    AppServices& m_services;
    FileDialogs& m_dialogs;
    MessageDocument* m_document;
    DraftSession* m_session;
    VariableSession* m_variables;
    MessageMedia* m_media; // the pictures the preview shows
    SessionPrompts* m_prompts = nullptr;
    JsonView* m_jsonView = nullptr;
    PreviewWidget* m_preview = nullptr;
    bool m_closeSettled = false;
    DraftsPanel* m_draftsPanel = nullptr;
    QDockWidget* m_draftsDock = nullptr;
    SendPanel* m_sendPanel = nullptr;
    MessageEditor* m_editor = nullptr;
    QSplitter* m_formSplitter = nullptr;
    QSplitter* m_sendSplitter = nullptr;
    QAction* m_showFilled = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_sideSplitter = nullptr;
    std::array<QAction*, 3> m_themeActions{}; // by ThemeChoice
};

} // namespace wa
