#pragma once

#include "InteractiveMessage.h"
#include "Validator.h"

#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <functional>

namespace wa {

// The message being composed: one value, changed only through undoable edits. Editors call edit() and
// redraw from changed(); they never talk to each other (see DESIGN.md).
class MessageDocument : public QObject
{
    Q_OBJECT
public:
    using Change = std::function<void(InteractiveMessage&)>;

    explicit MessageDocument(QObject* parent = nullptr);

    const InteractiveMessage& message() const { return m_message; }
    // The validator's issues for the current message, worked out once per change however many parts of the
    // window ask (the form, the preview and the send panel all do on every keystroke).
    const QList<ValidationIssue>& issues() const;
    QUndoStack* undoStack() { return &m_undoStack; }

    // One undo step named description. Edits with the same non-empty mergeKey in a row (keystrokes in one
    // field, say "body.text") merge into one step. An edit that changes nothing leaves no step.
    void edit(const QString& description, const Change& change, const QString& mergeKey = {});
    // An edit of the action, when the message is of that action's type (an editor's late signal after a
    // type switch changes nothing).
    template <typename ActionType>
    void editAction(const QString& description, const std::function<void(ActionType&)>& change,
                    const QString& mergeKey = {})
    {
        edit(
            description,
            [&](InteractiveMessage& message) {
                if (auto* action = message.actionAs<ActionType>())
                    change(*action);
            },
            mergeKey);
    }

    // Replaces the whole message (import, a draft, a new message) as one step.
    void setMessage(const InteractiveMessage& message, const QString& description);
    // Changes the type, keeping what still applies (body, footer, header where allowed), as one step.
    // Returns what was dropped, one sentence each, so the window can say so.
    QStringList switchType(MessageType type);

    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }

signals:
    void changed();

private:
    friend class MessageEditCommand;
    void restore(const InteractiveMessage& message);

    InteractiveMessage m_message;
    mutable std::optional<QList<ValidationIssue>> m_issues;
    QUndoStack m_undoStack;
};

} // namespace wa
