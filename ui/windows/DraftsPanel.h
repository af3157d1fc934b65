#pragma once

#include "drafts/DraftLibrary.h"

namespace wa {
class DraftSession;
class FileDialogs;
} // namespace wa

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace wa {

class DraftListModel;

// The drafts library beside the composer: search as you type, a tag filter, sort by name or by update,
// the trash; open, rename, duplicate, move to the trash, restore, delete for good. It reads the library only
// when first shown, never while the window starts, and again whenever the library says it changed (whoever
// changed it); its own changes go through the draft session, never straight to the library.
class DraftsPanel : public QWidget
{
    Q_OBJECT
public:
    // The most rows shown at once: the search narrows a bigger library.
    static constexpr int MaxRows = 500;

    DraftsPanel(DraftLibrary& library, DraftSession& session, FileDialogs& dialogs,
                QWidget* parent = nullptr);

    // Runs the query again.
    void reload();
    // Selects the draft when the query shows it; 0 (a message of no draft) selects none.
    void selectDraft(qint64 id);
    // Puts the cursor in the search field, its text selected.
    void focusSearch();
    qint64 selectedDraft() const;         // the current one; 0 when none
    QList<qint64> selectedDrafts() const; // every selected one, in the list's order
    bool isShowingTrash() const;
    DraftListModel* model() const { return m_model; }

signals:
    void openRequested(qint64 id);
    // Something the store refused or could not do, in a sentence.
    void failed(const QString& what);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void updateActions();
    void reloadTags();
    void openSelected();
    void renameSelected();
    void editTagsOfSelected();
    void duplicateSelected();
    void chooseExportFolder();
    // Writes the selected drafts into the folder as .json files; the number written (failures are reported
    // through failed()).
    int exportSelectedTo(const QString& folder);
    void trashSelected();
    void restoreSelected();
    void purgeSelected();
    void showContextMenu(const QPoint& at);
    void report(bool ok, const QString& error);
    // The library changed: read it again now, or once the panel's own batch of changes is done.
    void libraryChanged();

    DraftLibrary& m_store;
    DraftSession& m_session;
    FileDialogs& m_dialogs;
    int m_batchDepth = 0; // > 0 while the panel makes several changes in a row
    bool m_reloadPending = false;
    DraftListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_tag;
    QComboBox* m_sort;
    QToolButton* m_trash;
    QListView* m_list;
    QLabel* m_status;
    QAction* m_open;
    QAction* m_rename;
    QAction* m_tags;
    QAction* m_duplicate;
    QAction* m_export;
    QAction* m_moveToTrash;
    QAction* m_restore;
    QAction* m_purge;
    bool m_loaded = false;
};

} // namespace wa
