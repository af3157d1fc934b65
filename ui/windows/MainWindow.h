#pragma once

#include "drafts/DraftStore.h"
#include "message/InteractiveMessage.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QDockWidget;
class QSplitter;

namespace wa {

class Autosave;
class Database;
class DraftsPanel;
class JsonView;
class MessageDocument;
class OctopodsClient;
class PreviewWidget;
class SecretStore;
class SendHistory;
class SendPanel;

// The composer window: the drafts library in a panel, the form, the preview beside it, the JSON pane below
// the preview. Every part edits or shows the one MessageDocument; none talks to another. The message is a
// draft of the library (or not saved yet); unsaved work is autosaved for recovery after a crash, and never
// thrown away without asking.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    MessageDocument* document() const { return m_document; }
    PreviewWidget* preview() const { return m_preview; }
    SendPanel* sendPanel() const { return m_sendPanel; }
    SecretStore* secrets() const { return m_secrets; }
    SendHistory* history() const { return m_history.get(); }
    DraftStore* drafts() const { return m_drafts.get(); }
    DraftsPanel* draftsPanel() const { return m_draftsPanel; }
    Autosave* autosave() const { return m_autosave; }

    // The draft being edited: 0 when the message was never saved.
    qint64 draftId() const { return m_draft.id; }
    QString draftName() const;

    // Opens a draft of the library, after asking what to do with unsaved changes. False when it cannot be
    // read (then the message being edited stays).
    void openDraft(qint64 id);
    // Saves the message into its draft, or asks for a name first (Save As); `then` runs once it is saved.
    void saveDraft(const std::function<void()>& then = {});
    void saveDraftAs(const std::function<void()>& then = {});
    // Adds .json files to the library (exported drafts, bare messages, Octopods request bodies), each on its
    // own, and says what came of each; opens the draft when there was one file. Returns the new ids.
    QList<qint64> importDrafts(const QStringList& paths);
    // Writes the message being edited, with its draft's name and details, as a draft file.
    bool exportDraftTo(const QString& path);
    // Offers the message autosaved by a session that ended without saving it (after a crash or a kill).
    void offerRecovery();

    // Loads a payload (a bare interactive object or an Octopods request body) as one undoable step.
    // A payload that cannot load changes nothing; its errors, by path, are shown and returned.
    QStringList importJson(const QByteArray& json, const QString& source);
    QStringList importFile(const QString& path);
    // Writes the phone preview as a PNG at 1× or 2×; says why on failure.
    bool exportPreviewTo(const QString& path, qreal devicePixelRatio);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createLayout();
    void openJson();
    void chooseDraftsToImport();
    void chooseExportFile();
    void exportPreview();
    void openSettings();
    void openHistory();
    void applySettings();
    void copyJson();
    void showDocument();
    void restoreLayout();
    void saveLayout() const;
    // Runs `proceed` once unsaved changes are saved or discarded; the agent may cancel instead.
    void whenChangesSettled(const std::function<void()>& proceed);
    bool writeDraft(Draft draft, const std::function<void()>& then);
    void showDraft(const Draft& draft, const InteractiveMessage& message);
    void startNewMessage(const InteractiveMessage& message, const QString& description);
    void updateTitle();
    void showError(const QString& objectName, const QString& title, const QString& text);

    MessageDocument* m_document;
    JsonView* m_jsonView = nullptr;
    PreviewWidget* m_preview = nullptr;
    SecretStore* m_secrets;
    OctopodsClient* m_client;
    std::unique_ptr<Database> m_database; // opened on the first send, never at start-up
    std::unique_ptr<SendHistory> m_history;
    std::unique_ptr<DraftStore> m_drafts;
    Autosave* m_autosave = nullptr;
    Draft m_draft; // the draft being edited (its id 0 when never saved); its message is the document's
    bool m_closeSettled = false;
    DraftsPanel* m_draftsPanel = nullptr;
    QDockWidget* m_draftsDock = nullptr;
    SendPanel* m_sendPanel = nullptr;
    QSplitter* m_formSplitter = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_sideSplitter = nullptr;
};

} // namespace wa
