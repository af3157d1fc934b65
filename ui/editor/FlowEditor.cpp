#include "FlowEditor.h"

#include "TextField.h"
#include "message/Limits.h"
#include "message/MessageDocument.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace wa {

FlowEditor::FlowEditor(MessageDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("flowEditor"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);

    m_identity = new QComboBox(this);
    m_identity->setObjectName(QStringLiteral("action.parameters.identity"));
    m_identity->addItem(tr("Flow id"));
    m_identity->addItem(tr("Flow name"));
    m_flow = new TextField(QStringLiteral("action.parameters.flow_id"), 0, TextField::Lines::One, this);
    const auto editIdentity = [this] {
        const bool byName = m_identity->currentIndex() == 1;
        const QString value = m_flow->text();
        editFlow(
            tr("Edit flow"),
            [&](FlowAction& f) {
                f.flowId = byName ? QString() : value;
                f.flowName = byName ? value : QString();
            },
            m_flow->path());
    };
    connect(m_identity, &QComboBox::activated, this, editIdentity);
    connect(m_flow, &TextField::edited, this, editIdentity);
    m_form->addRow(m_identity, m_flow);

    m_cta =
        addField(QStringLiteral("action.parameters.flow_cta"), Limits::FlowCtaMax, tr("&Button text"),
                 tr("e.g. Book a fitting (no emoji)"), [](FlowAction& f, const QString& t) { f.cta = t; });
    m_token = addField(QStringLiteral("action.parameters.flow_token"), 0, tr("&Token"),
                       tr("Identifies this conversation to your endpoint (optional)"),
                       [](FlowAction& f, const QString& t) { f.flowToken = t; });

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("action.parameters.mode"));
    m_mode->addItem(tr("Published (default)"), QString());
    m_mode->addItem(tr("Draft"), QStringLiteral("draft"));
    m_mode->addItem(tr("Published"), QStringLiteral("published"));
    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        const QString mode = m_mode->itemData(index).toString();
        editFlow(tr("Change flow mode"), [&](FlowAction& f) { f.mode = mode; });
    });
    m_form->addRow(tr("&Mode"), m_mode);

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("action.parameters.flow_action"));
    m_action->addItem(tr("Navigate (default)"), QString());
    m_action->addItem(tr("Navigate to a screen"), QStringLiteral("navigate"));
    m_action->addItem(tr("Data exchange with your endpoint"), QStringLiteral("data_exchange"));
    connect(m_action, &QComboBox::activated, this, [this](int index) {
        const QString action = m_action->itemData(index).toString();
        editFlow(tr("Change flow action"), [&](FlowAction& f) { f.flowAction = action; });
    });
    m_form->addRow(tr("First &action"), m_action);

    m_screen =
        addField(QStringLiteral("action.parameters.flow_action_payload.screen"), 0, tr("First &screen"),
                 tr("Screen id, e.g. WELCOME"), [](FlowAction& f, const QString& t) { f.screen = t; });

    m_data = new QPlainTextEdit(this);
    m_data->setObjectName(QStringLiteral("action.parameters.flow_action_payload.data"));
    m_data->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_data->setPlaceholderText(tr("The first screen's input as a JSON object (optional)"));
    m_data->setTabChangesFocus(true);
    m_data->setMaximumHeight(120);
    connect(m_data, &QPlainTextEdit::textChanged, this, &FlowEditor::editData);
    m_form->addRow(tr("Screen &data"), m_data);
    m_dataError = new QLabel(this);
    m_dataError->setObjectName(QStringLiteral("flowDataError"));
    m_dataError->setWordWrap(true);
    m_form->addRow(QString(), m_dataError);
}

TextField* FlowEditor::addField(const QString& path, int limit, const QString& label,
                                const QString& placeholder,
                                const std::function<void(FlowAction&, const QString&)>& apply)
{
    auto* field = new TextField(path, limit, TextField::Lines::One, this);
    field->setPlaceholder(placeholder);
    connect(field, &TextField::edited, this, [this, field, apply](const QString& text) {
        editFlow(
            tr("Edit flow"), [&](FlowAction& f) { apply(f, text); }, field->path());
    });
    m_form->addRow(label, field);
    return field;
}

QList<TextField*> FlowEditor::fields() const
{
    return {m_flow, m_cta, m_token, m_screen};
}

void FlowEditor::editFlow(const QString& description, const std::function<void(FlowAction&)>& change,
                          const QString& mergeKey)
{
    m_document->editAction<FlowAction>(description, change, mergeKey);
}

// The data is JSON typed by hand: only a complete object reaches the document; until then, the editor
// says what is wrong with it and the document keeps the last good value.
void FlowEditor::editData()
{
    const QString text = m_data->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_dataError->clear();
        editFlow(
            tr("Edit flow data"), [](FlowAction& f) { f.data.reset(); }, m_data->objectName());
        return;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        m_dataError->setText(
            error.error != QJsonParseError::NoError
                ? tr("Not JSON yet: %1 (at character %2).").arg(error.errorString()).arg(error.offset)
                : tr("Must be a JSON object: { \"name\": value, ... }."));
        return;
    }
    m_dataError->clear();
    const QJsonObject screenData = json.object();
    editFlow(
        tr("Edit flow data"), [&](FlowAction& f) { f.data = screenData; }, m_data->objectName());
}

void FlowEditor::show(const FlowAction& action)
{
    const bool byName = action.flowId.isEmpty() && !action.flowName.isEmpty();
    {
        const QSignalBlocker blocker(m_identity);
        m_identity->setCurrentIndex(byName ? 1 : 0);
    }
    m_flow->setText(byName ? action.flowName : action.flowId);
    m_flow->setPlaceholder(byName ? tr("The flow's name") : tr("The flow's id, e.g. 1627019861106475"));
    m_cta->setText(action.cta);
    m_token->setText(action.flowToken);
    {
        const QSignalBlocker modeBlocker(m_mode);
        const QSignalBlocker actionBlocker(m_action);
        m_mode->setCurrentIndex(std::max(0, m_mode->findData(action.mode)));
        m_action->setCurrentIndex(std::max(0, m_action->findData(action.flowAction)));
    }
    m_screen->setText(action.screen);
    // Rewrite the data box only when the document's data differs from what the box means (undo, import).
    const QJsonDocument shown = QJsonDocument::fromJson(m_data->toPlainText().toUtf8());
    const bool same = action.data ? (shown.isObject() && shown.object() == *action.data)
                                  : m_data->toPlainText().trimmed().isEmpty();
    if (!same) {
        const QSignalBlocker blocker(m_data);
        m_data->setPlainText(action.data ? QString::fromUtf8(QJsonDocument(*action.data).toJson())
                                         : QString());
        m_dataError->clear();
    }
}

} // namespace wa
