#include "VariableSession.h"

#include "Placeholders.h"
#include "RecipientValues.h"
#include "message/MessageDocument.h"
#include "sending/SendHistory.h"

#include <QCoreApplication>
#include <QLocale>

namespace wa {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wa::VariableSession)
};

// Typing in a value writes it for the customer once the agent pauses, so a crash loses little.
constexpr std::chrono::milliseconds RememberAfter(1000);
} // namespace

VariableSession::VariableSession(MessageDocument& document, RecipientValues* memory, QObject* parent)
    : QObject(parent), m_document(document), m_memory(memory)
{
    m_rememberSoon.setSingleShot(true);
    m_rememberSoon.setInterval(RememberAfter);
    connect(&m_rememberSoon, &QTimer::timeout, this, &VariableSession::remember);
    connect(&m_document, &MessageDocument::changed, this, &VariableSession::documentChanged);
    m_variables = filled().variables;
}

VariableSession::~VariableSession()
{
    remember();
}

void VariableSession::setValue(const QString& name, const QString& value)
{
    if (m_values.value(name) == value)
        return;
    m_values.insert(name, value);
    m_unsaved = true;
    if (!m_recipient.isEmpty())
        m_rememberSoon.start();
    invalidate();
    emit changed();
}

void VariableSession::setRecipient(const QString& phone)
{
    if (phone == m_recipient)
        return;
    remember();
    const bool firstCustomer = m_recipient.isEmpty();
    m_recipient = phone;
    const VariableValues theirs = m_memory ? m_memory->valuesFor(phone) : VariableValues();
    if (firstCustomer) {
        // What was typed before the customer was chosen was typed for them, unless they have a value already.
        for (auto it = theirs.constBegin(); it != theirs.constEnd(); ++it)
            m_values.insert(it.key(), it.value());
        m_unsaved = !m_values.isEmpty() && !phone.isEmpty();
    } else {
        m_values = theirs;
        m_unsaved = false;
    }
    invalidate();
    emit valuesReplaced();
    emit changed();
}

void VariableSession::remember()
{
    m_rememberSoon.stop();
    if (!m_unsaved || m_recipient.isEmpty() || !m_memory)
        return;
    QString error;
    if (!m_memory->remember(m_recipient, m_values, &error))
        qWarning("variables: %s", qPrintable(error)); // the values are still here; only the memory is lost
    m_unsaved = false;
}

QHash<QString, QString> VariableSession::customerNames(const QStringList& phones) const
{
    if (!m_memory)
        return {};
    QString error;
    QHash<QString, QString> names = m_memory->customerNames(phones, &error);
    if (!error.isEmpty())
        qWarning("variables: %s", qPrintable(error));
    return names;
}

const FilledMessage& VariableSession::filled() const
{
    if (!m_filled)
        m_filled = MessageFill::fill(m_document.message(), valuesToFill());
    return *m_filled;
}

const QList<ValidationIssue>& VariableSession::issues() const
{
    // With no value given for any variable the message checks as the document's does: its issues, worked out
    // once already this keystroke, are these.
    const bool anyValue = std::any_of(m_variables.begin(), m_variables.end(), [this](const VariableUse& use) {
        return !value(use.name).isEmpty() || !m_defaults.value(use.name).isEmpty();
    });
    if (!anyValue)
        return m_document.issues();
    if (!m_issues)
        m_issues = MessageFill::check(m_document.message(), valuesToFill());
    return *m_issues;
}

SendTemplate VariableSession::sendTemplate() const
{
    if (m_variables.isEmpty())
        return {};
    return MessageFill::sendTemplate(m_document.message(), valuesToFill());
}

void VariableSession::setDefaults(const VariableValues& defaults)
{
    if (defaults == m_defaults)
        return;
    m_defaults = defaults;
    invalidate();
    emit variablesChanged(); // the panel shows them as placeholder text
    emit changed();
}

VariableValues VariableSession::valuesToFill() const
{
    if (m_defaults.isEmpty())
        return m_values;
    VariableValues values = m_defaults;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it)
        if (!it.value().isEmpty())
            values.insert(it.key(), it.value());
    return values;
}

QString VariableSession::whatIsMissing() const
{
    const FilledMessage& message = filled();
    if (!message.syntaxErrors.isEmpty())
        return Text::tr("A placeholder is malformed: %1").arg(message.syntaxErrors.first().message);
    if (message.unfilled.isEmpty())
        return {};
    QStringList spelled;
    for (const QString& name : message.unfilled)
        spelled.append(Placeholders::spelled(name));
    return Text::tr("%1 has no value: fill it in under Variables, or give it a fallback ({{name|fallback}}).",
                    nullptr, int(spelled.size()))
        .arg(QLocale().createSeparatedList(spelled));
}

void VariableSession::documentChanged()
{
    invalidate();
    if (const QList<VariableUse>& now = filled().variables; now != m_variables) {
        m_variables = now;
        emit variablesChanged();
    }
    emit changed();
}

void VariableSession::invalidate()
{
    m_filled.reset();
    m_issues.reset();
}

} // namespace wa
