#include "SessionPrompts.h"

#include "Warnings.h"

#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace wa {

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
