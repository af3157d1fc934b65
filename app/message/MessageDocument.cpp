#include "MessageDocument.h"

#include "variables/MessageFill.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace wa {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wa::MessageDocument)
};
} // namespace

// An edit as the states before and after it. InteractiveMessage is implicitly shared through its QStrings
// and QLists, so two snapshots cost little, and undo restores exactly what was there.
class MessageEditCommand : public QUndoCommand
{
public:
    MessageEditCommand(MessageDocument* document, const QString& description, InteractiveMessage before,
                       InteractiveMessage after, QString mergeKey)
        : QUndoCommand(description), m_document(document), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
    {
    }

    void redo() override { m_document->restore(m_after); }
    void undo() override { m_document->restore(m_before); }

    // Every mergeable edit shares one id; mergeWith() tells fields apart by their key.
    int id() const override { return m_mergeKey.isEmpty() ? -1 : MergeableId; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const MessageEditCommand*>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before); // typed and deleted again: no step at all
        return true;
    }

private:
    static constexpr int MergeableId = 0x5741; // any fixed value other than -1

    MessageDocument* m_document;
    InteractiveMessage m_before;
    InteractiveMessage m_after;
    QString m_mergeKey;
};

MessageDocument::MessageDocument(QObject* parent) : QObject(parent)
{
    m_undoStack.setObjectName(QStringLiteral("undoStack"));
}

void MessageDocument::restore(const InteractiveMessage& message)
{
    m_message = message;
    m_issues.reset();
    emit changed();
}

const QList<ValidationIssue>& MessageDocument::issues() const
{
    if (!m_issues)
        m_issues = MessageFill::check(m_message);
    return *m_issues;
}

void MessageDocument::edit(const QString& description, const Change& change, const QString& mergeKey)
{
    InteractiveMessage after = m_message;
    change(after);
    if (after == m_message)
        return;
    m_undoStack.push(new MessageEditCommand(this, description, m_message, std::move(after), mergeKey));
}

void MessageDocument::setMessage(const InteractiveMessage& message, const QString& description)
{
    if (message == m_message)
        return;
    m_undoStack.push(new MessageEditCommand(this, description, m_message, message, {}));
}

QStringList MessageDocument::switchType(MessageType type)
{
    if (type == m_message.type())
        return {};
    InteractiveMessage switched = m_message;
    switched.action = InteractiveMessage::emptyAction(type);
    QStringList dropped;
    if (!headerAllowed(type, switched.header.kind)) {
        dropped.append(Text::tr("the %1 header, which a \"%2\" message cannot have")
                           .arg(headerKindName(switched.header.kind), messageTypeName(type)));
        switched.header = {};
    }
    if (switched.footer && !footerAllowed(type)) {
        dropped.append(Text::tr("the footer, which a \"%1\" message cannot have").arg(messageTypeName(type)));
        switched.footer.reset();
    }
    if (m_message.action != InteractiveMessage::emptyAction(m_message.type()))
        dropped.append(
            Text::tr("the %1 action (buttons, rows or parameters)").arg(messageTypeName(m_message.type())));
    m_undoStack.push(new MessageEditCommand(this, Text::tr("Change type to %1").arg(messageTypeName(type)),
                                            m_message, std::move(switched), {}));
    return dropped;
}

} // namespace wa
