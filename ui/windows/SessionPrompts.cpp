#include "SessionPrompts.h"

#include "DraftComparisonDialog.h"
#include "Warnings.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"

#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace wa {

namespace {
// A draft's message as the JSON pane shows it (the stored text when it is not a message).
QString readable(const QByteArray& payload)
{
    const MessageParseResult parsed = MessageJson::fromJson(payload);
    return QString::fromUtf8(parsed.message ? MessageJson::toJson(*parsed.message) : payload);
}
} // namespace

SessionPrompts::SessionPrompts(DraftSession& session, QMainWindow* window)
    : QObject(window), m_session(session), m_window(window)
{
    m_session.setPrompts(
        [this](const QString& name, std::function<void(DraftSession::UnsavedChoice)> answer) {
            askAboutUnsavedChanges(name, answer);
        },
        [this](const QString& suggested, std::function<void(const QString&)> answer) {
            askForDraftName(suggested, answer);
        });
    m_session.setConflictPrompt(
        [this](const Draft& theirs, std::function<void(DraftSession::ConflictChoice)> answer) {
            askAboutConflict(theirs, answer);
        });
    m_session.setAwayPrompt([this](const QString& name, const QString& why, bool canSaveHere,
                                   std::function<void(DraftSession::AwayChoice)> answer) {
        askWhileAway(name, why, canSaveHere, answer);
    });
    connect(&m_session, &DraftSession::failed, this, &SessionPrompts::showFailure);
}

void SessionPrompts::askAboutUnsavedChanges(const QString& draftName,
                                            const std::function<void(DraftSession::UnsavedChoice)>& answer)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("Save the changes to “%1”?").arg(draftName),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setInformativeText(tr("If you don't save them, they are lost."));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, answer](int) {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            answer(DraftSession::UnsavedChoice::Save);
            break;
        case QMessageBox::Discard:
            answer(DraftSession::UnsavedChoice::Discard);
            break;
        default: // Cancel, Escape, the window's close button: nothing happens
            answer(DraftSession::UnsavedChoice::Cancel);
            break;
        }
    });
    box->open();
}

void SessionPrompts::askForDraftName(const QString& suggested,
                                     const std::function<void(const QString&)>& answer)
{
    auto* dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("saveDraftDialog"));
    dialog->setWindowTitle(tr("Save draft"));
    dialog->setLabelText(tr("Name of the draft:"));
    dialog->setTextValue(suggested);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, answer);
    dialog->open();
}

void SessionPrompts::askAboutConflict(const Draft& theirs,
                                      const std::function<void(DraftSession::ConflictChoice)>& answer)
{
    const QString when = QLocale().toString(theirs.updatedAt.toLocalTime(), QLocale::ShortFormat);
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Saved by someone else"),
        theirs.updatedBy.isEmpty()
            ? tr("“%1” was saved elsewhere at %2, since you opened it.").arg(theirs.name, when)
            : tr("%1 saved “%2” at %3, since you opened it.").arg(theirs.updatedBy, theirs.name, when),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("saveConflictBox"));
    box->setInformativeText(tr("Keep both (yours becomes a new draft), or overwrite theirs with yours? "
                               "Compare shows theirs beside yours."));
    // Look at theirs first: their message as it is now, under Show Details…
    box->setDetailedText(readable(theirs.payload));
    QPushButton* keepBoth = box->addButton(tr("&Keep Both"), QMessageBox::AcceptRole);
    keepBoth->setObjectName(QStringLiteral("conflictKeepBoth"));
    QPushButton* overwrite = box->addButton(tr("&Overwrite Theirs"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("conflictOverwrite"));
    // Look at theirs first: side by side with yours, as the customer would see each; then asked again.
    QPushButton* compare = box->addButton(tr("&Compare…"), QMessageBox::ActionRole);
    compare->setObjectName(QStringLiteral("conflictCompare"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keepBoth);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
            [this, box, keepBoth, overwrite, compare, theirs, answer](int) {
                const QAbstractButton* clicked = box->clickedButton();
                if (clicked == compare) {
                    auto* comparison =
                        new DraftComparisonDialog(theirs, m_session.document().message(), m_window);
                    comparison->setAttribute(Qt::WA_DeleteOnClose);
                    connect(comparison, &QDialog::finished, this,
                            [this, theirs, answer] { askAboutConflict(theirs, answer); });
                    comparison->open();
                    return;
                }
                answer(clicked == keepBoth    ? DraftSession::ConflictChoice::KeepBoth
                       : clicked == overwrite ? DraftSession::ConflictChoice::Overwrite
                                              : DraftSession::ConflictChoice::Cancel);
            });
    box->open();
}

void SessionPrompts::askWhileAway(const QString& draftName, const QString& why, bool canSaveHere,
                                  const std::function<void(DraftSession::AwayChoice)>& answer)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Team library out of reach"),
                                tr("“%1” could not be saved: the team library cannot be reached.")
                                    .arg(draftName.isEmpty() ? tr("Untitled") : draftName),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("libraryAwayBox"));
    box->setInformativeText(canSaveHere
                                ? tr("Your message is still here, autosaved on this computer. Try again, "
                                     "or save it in this computer's library for now?")
                                : tr("Your message is still here, autosaved on this computer."));
    box->setDetailedText(why);
    QPushButton* retry = box->addButton(tr("&Try Again"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("awayRetry"));
    QPushButton* saveHere = nullptr;
    if (canSaveHere) {
        saveHere = box->addButton(tr("Save on &This Computer"), QMessageBox::ActionRole);
        saveHere->setObjectName(QStringLiteral("awaySaveHere"));
    }
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(retry);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, retry, saveHere, answer](int) {
        const QAbstractButton* clicked = box->clickedButton();
        answer(clicked == retry                 ? DraftSession::AwayChoice::Retry
               : clicked && clicked == saveHere ? DraftSession::AwayChoice::SaveHere
                                                : DraftSession::AwayChoice::Cancel);
    });
    box->open();
}

void SessionPrompts::showFailure(DraftSession::Failure failure, const QString& text)
{
    switch (failure) {
    case DraftSession::Failure::Open:
        showWarning(m_window, QStringLiteral("draftErrorBox"), tr("Cannot open the draft"), text);
        break;
    case DraftSession::Failure::Save:
        showWarning(m_window, QStringLiteral("saveErrorBox"), tr("Cannot save"), text);
        break;
    case DraftSession::Failure::Restore:
        showWarning(m_window, QStringLiteral("draftErrorBox"), tr("Cannot restore"), text);
        break;
    }
}

void SessionPrompts::offerRecovery()
{
    QString error;
    const std::optional<Recovery> recovery = m_session.pendingRecovery(&error);
    if (!recovery) {
        if (!error.isEmpty())
            m_window->statusBar()->showMessage(tr("Could not look for an autosaved message: %1").arg(error));
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Restore unsaved work?"),
        tr("wa-composer closed before “%1” was saved. Restore the message as it was autosaved at %2?")
            .arg(recovery->name.isEmpty() ? tr("Untitled") : recovery->name,
                 QLocale().toString(recovery->savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("recoveryBox"));
    QPushButton* restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Discard);
    box->setDefaultButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, restore, recovery = *recovery] {
        if (box->clickedButton() == restore)
            m_session.restore(recovery);
        else
            m_session.dismissRecovery();
    });
    box->open();
}

} // namespace wa
