#pragma once

#include "drafts/DraftSession.h"

#include <QObject>

#include <functional>

class QMainWindow;

namespace wa {

// The draft session's questions to the agent, as dialogs over the window: what to do with unsaved changes,
// the name to save under, whether to restore what a crash left; and what it reports, as warnings (a draft
// that cannot open, a save that failed). Each dialog opens window-modal and answers the session once closed.
class SessionPrompts : public QObject
{
    Q_OBJECT
public:
    SessionPrompts(DraftSession& session, QMainWindow* window);

    // Offers the message a session that ended without saving left in the recovery slot, if there is one.
    void offerRecovery();

private:
    void askAboutUnsavedChanges(const QString& draftName,
                                const std::function<void(DraftSession::UnsavedChoice)>& answer);
    void askForDraftName(const QString& suggested, const std::function<void(const QString&)>& answer);
    void askAboutConflict(const Draft& theirs,
                          const std::function<void(DraftSession::ConflictChoice)>& answer);
    void askWhileAway(const QString& draftName, const QString& why, bool canSaveHere,
                      const std::function<void(DraftSession::AwayChoice)>& answer);
    void showFailure(DraftSession::Failure failure, const QString& text);

    DraftSession& m_session;
    QMainWindow* m_window;
};

} // namespace wa
