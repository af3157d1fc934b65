#pragma once

#include <QMainWindow>

#include <memory>

class QSplitter;

namespace wa {

class Database;
class JsonView;
class MessageDocument;
class OctopodsClient;
class PreviewWidget;
class SecretStore;
class SendHistory;
class SendPanel;

// The composer window: the form on one side, the preview beside it, the JSON pane below the preview.
// Every part edits or shows the one MessageDocument; none talks to another.
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
    void exportPreview();
    void openSettings();
    void openHistory();
    void applySettings();
    void copyJson();
    void showDocument();
    void restoreLayout();
    void saveLayout() const;

    MessageDocument* m_document;
    JsonView* m_jsonView = nullptr;
    PreviewWidget* m_preview = nullptr;
    SecretStore* m_secrets;
    OctopodsClient* m_client;
    std::unique_ptr<Database> m_database; // opened on the first send, never at start-up
    std::unique_ptr<SendHistory> m_history;
    SendPanel* m_sendPanel = nullptr;
    QSplitter* m_formSplitter = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_sideSplitter = nullptr;
};

} // namespace wa
