#include "MessageEditor.h"

#include "variables/MessageFill.h"

#include "CarouselEditor.h"
#include "FlowEditor.h"
#include "ListActionEditor.h"
#include "ProductListEditor.h"
#include "ReplyButtonsEditor.h"
#include "SimpleActionEditor.h"
#include "TextField.h"
#include "WidgetDisposal.h"
#include "message/Limits.h"
#include "message/MessageDocument.h"
#include "variables/MessageFill.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace wa {

namespace {

// Shows or hides an action editor. One made while the form is not shown yet, and never hidden, is shown with
// the form: shown now, it would be polished and lay its rows out at once, for a size it does not have yet,
// and again when the window shows (the largest list's first frame, issue 21).
void setEditorVisible(QWidget* editor, bool visible)
{
    const bool showsWithItsForm =
        !editor->testAttribute(Qt::WA_WState_ExplicitShowHide) && !editor->parentWidget()->isVisible();
    if (!(visible && showsWithItsForm))
        editor->setVisible(visible);
}

QString headerLabel(HeaderKind kind)
{
    switch (kind) {
    case HeaderKind::None:
        return MessageEditor::tr("No header");
    case HeaderKind::Text:
        return MessageEditor::tr("Text");
    case HeaderKind::Image:
        return MessageEditor::tr("Image");
    case HeaderKind::Video:
        return MessageEditor::tr("Video");
    case HeaderKind::Document:
        return MessageEditor::tr("Document");
    }
    return {};
}

// Whether the place at inner lies inside the place at outer: "a.b[2].c" is inside "a.b"; "a.bc" is not.
bool contains(const QString& outer, const QString& inner)
{
    return inner.size() > outer.size() && inner.startsWith(outer) &&
           (inner[outer.size()] == u'.' || inner[outer.size()] == u'[');
}

constexpr HeaderKind headerKinds[] = {HeaderKind::None, HeaderKind::Text, HeaderKind::Image,
                                      HeaderKind::Video, HeaderKind::Document};
} // namespace

QString MessageEditor::typeLabel(MessageType type)
{
    switch (type) {
    case MessageType::Button:
        return tr("Reply buttons");
    case MessageType::List:
        return tr("List");
    case MessageType::CtaUrl:
        return tr("Call-to-action link");
    case MessageType::LocationRequest:
        return tr("Location request");
    case MessageType::Flow:
        return tr("Flow");
    case MessageType::Product:
        return tr("Single product");
    case MessageType::ProductList:
        return tr("Product list");
    case MessageType::Catalog:
        return tr("Catalog");
    case MessageType::Carousel:
        return tr("Carousel");
    case MessageType::VoiceCall:
        return tr("Call button");
    case MessageType::CallPermissionRequest:
        return tr("Call permission request");
    case MessageType::ContactInfoRequest:
        return tr("Contact info request");
    case MessageType::Address:
        return tr("Address request (India)");
    }
    return {};
}

MessageEditor::MessageEditor(MessageDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("messageEditor"));
    auto* form = m_form = new QFormLayout;

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("messageType"));
    for (MessageType type : allMessageTypes())
        m_type->addItem(typeLabel(type), int(type));
    connect(m_type, &QComboBox::activated, this, [this](int index) {
        const QStringList dropped = m_document->switchType(MessageType(m_type->itemData(index).toInt()));
        if (!dropped.isEmpty())
            emit partsDropped(dropped);
    });
    form->addRow(tr("&Type"), m_type);

    m_headerKind = new QComboBox(this);
    m_headerKind->setObjectName(QStringLiteral("header.type"));
    connect(m_headerKind, &QComboBox::activated, this, [this](int index) {
        const auto kind = HeaderKind(m_headerKind->itemData(index).toInt());
        m_document->edit(tr("Change header"),
                         [kind](InteractiveMessage& m) { m.header = m.header.withKind(kind); });
    });
    form->addRow(tr("&Header"), m_headerKind);

    m_headerText =
        new TextField(QStringLiteral("header.text"), Limits::HeaderTextMax, TextField::Lines::One, this);
    m_headerText->setPlaceholder(tr("Bold line above the body"));
    connect(m_headerText, &TextField::edited, this, [this](const QString& text) {
        m_document->edit(
            tr("Edit header"), [&](InteractiveMessage& m) { m.header.text = text; }, m_headerText->path());
    });
    form->addRow(tr("Header text"), m_headerText);

    m_mediaSource = new QComboBox(this);
    m_mediaSource->setObjectName(QStringLiteral("header.source"));
    m_mediaSource->addItem(tr("Link (https)"));
    m_mediaSource->addItem(tr("Media id"));
    m_media = new TextField(QStringLiteral("header.media"), 0, TextField::Lines::One, this);
    const auto editMedia = [this] {
        const bool byId = m_mediaSource->currentIndex() == 1;
        const QString value = m_media->text();
        m_document->edit(
            tr("Edit header media"),
            [&](InteractiveMessage& m) {
                m.header.mediaId = byId ? value : QString();
                m.header.mediaLink = byId ? QString() : value;
            },
            m_media->path());
    };
    connect(m_media, &TextField::edited, this, editMedia);
    connect(m_mediaSource, &QComboBox::activated, this, editMedia);
    form->addRow(tr("Media"), m_mediaSource);
    form->addRow(QString(), m_media);

    m_filename = new TextField(QStringLiteral("header.filename"), 0, TextField::Lines::One, this);
    m_filename->setPlaceholder(tr("Name the customer sees, e.g. invoice.pdf"));
    connect(m_filename, &TextField::edited, this, [this](const QString& text) {
        m_document->edit(
            tr("Edit file name"), [&](InteractiveMessage& m) { m.header.filename = text; },
            m_filename->path());
    });
    form->addRow(tr("File name"), m_filename);

    m_body = new TextField(QStringLiteral("body.text"), Limits::BodyTextMax, TextField::Lines::Many, this);
    m_body->setPlaceholder(tr("The message: *bold*, _italic_, ~strike~ and emoji work here"));
    connect(m_body, &TextField::edited, this, [this](const QString& text) {
        m_document->edit(
            tr("Edit body"),
            [&](InteractiveMessage& m) { m.body = text.isEmpty() ? std::nullopt : std::optional(text); },
            m_body->path());
    });
    form->addRow(tr("&Body"), m_body);

    m_footer =
        new TextField(QStringLiteral("footer.text"), Limits::FooterTextMax, TextField::Lines::One, this);
    m_footer->setPlaceholder(tr("Small grey line under the body (optional)"));
    connect(m_footer, &TextField::edited, this, [this](const QString& text) {
        m_document->edit(
            tr("Edit footer"),
            [&](InteractiveMessage& m) { m.footer = text.isEmpty() ? std::nullopt : std::optional(text); },
            m_footer->path());
    });
    form->addRow(tr("&Footer"), m_footer);

    m_actionEditors = new QVBoxLayout;
    m_actionEditors->setContentsMargins(0, 0, 0, 0);
    m_actionPending = new QLabel(this);
    m_actionPending->setObjectName(QStringLiteral("actionPending"));
    m_actionPending->setWordWrap(true);

    m_issueList = new QListWidget(this);
    m_issueList->setObjectName(QStringLiteral("issueList"));
    m_issueList->setMaximumHeight(140);
    // One line each: the list lays out from one item's size, not every item's at every keystroke.
    m_issueList->setUniformItemSizes(true);
    connect(m_issueList, &QListWidget::itemActivated, this, &MessageEditor::focusIssue);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(m_actionEditors);
    layout->addWidget(m_actionPending);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("Issues"), this));
    layout->addWidget(m_issueList);

    connect(m_document, &MessageDocument::changed, this, &MessageEditor::showDocument);
    showDocument();
}

void MessageEditor::setDraftSession(DraftSession* session)
{
    m_session = session;
    if (m_simpleAction)
        m_simpleAction->setDraftSession(session);
    if (m_products)
        m_products->setDraftSession(session);
    if (m_carousel)
        m_carousel->setDraftSession(session);
}

void MessageEditor::setDefaultRegion(const QString& region)
{
    m_defaultRegion = region;
    if (m_simpleAction)
        m_simpleAction->setDefaultRegion(region);
}

template <typename Editor> Editor* MessageEditor::actionEditor(Editor*& editor)
{
    if (editor)
        return editor;
    editor = new Editor(m_document, this);
    if constexpr (requires { editor->setDraftSession(m_session); })
        if (m_session)
            editor->setDraftSession(m_session);
    if constexpr (requires { editor->setDefaultRegion(m_defaultRegion); })
        if (!m_defaultRegion.isEmpty())
            editor->setDefaultRegion(m_defaultRegion);
    m_actionEditors->addWidget(editor);
    if constexpr (requires { &Editor::fieldsAdded; })
        connect(editor, &Editor::fieldsAdded, this, &MessageEditor::showIssues);
    // In the tab order where it shows, after the footer: widgets made later join the chain at its end. Its
    // own fields keep their order.
    QList<QWidget*> fields;
    for (QWidget* widget = editor->nextInFocusChain(); editor->isAncestorOf(widget);
         widget = widget->nextInFocusChain())
        if (widget->focusPolicy() != Qt::NoFocus)
            fields.append(widget);
    chainTabOrder(m_footer->input(), fields);
    return editor;
}

QString MessageEditor::mediaPath() const
{
    const Header& header = m_document->message().header;
    return QStringLiteral("header.") + headerKindName(header.kind) +
           (header.mediaId.isEmpty() ? QStringLiteral(".link") : QStringLiteral(".id"));
}

void MessageEditor::showDocument()
{
    const InteractiveMessage& message = m_document->message();
    const MessageType type = message.type();
    {
        const QSignalBlocker blocker(m_type);
        m_type->setCurrentIndex(m_type->findData(int(type)));
    }
    {
        // Only the header kinds this type allows, and the current one even if it is not (so it can be seen).
        // Refilled only when the type or the kind changes: not on every keystroke.
        const QSignalBlocker blocker(m_headerKind);
        const auto shownFor = std::pair(type, message.header.kind);
        if (m_headerKindsShownFor != shownFor) {
            m_headerKindsShownFor = shownFor;
            m_headerKind->clear();
            for (HeaderKind kind : headerKinds)
                if (headerAllowed(type, kind) || kind == message.header.kind)
                    m_headerKind->addItem(headerLabel(kind), int(kind));
            m_headerKind->setEnabled(m_headerKind->count() > 1);
        }
        m_headerKind->setCurrentIndex(m_headerKind->findData(int(message.header.kind)));
    }
    const auto setRowVisible = [this](QWidget* field, bool visible) {
        m_form->setRowVisible(field, visible);
    };
    setRowVisible(m_headerText, message.header.kind == HeaderKind::Text);
    setRowVisible(m_mediaSource, message.header.isMedia());
    setRowVisible(m_media, message.header.isMedia());
    setRowVisible(m_filename, message.header.kind == HeaderKind::Document);
    setRowVisible(m_footer, footerAllowed(type) || message.footer.has_value());
    m_headerText->setText(message.header.text);
    {
        const QSignalBlocker blocker(m_mediaSource);
        m_mediaSource->setCurrentIndex(message.header.mediaId.isEmpty() ? 0 : 1);
    }
    m_media->setText(message.header.mediaId.isEmpty() ? message.header.mediaLink : message.header.mediaId);
    m_media->setPlaceholder(m_mediaSource->currentIndex() == 0 ? tr("https://example.com/picture.jpg")
                                                               : tr("Id of media uploaded to WhatsApp"));
    m_filename->setText(message.header.filename);
    m_body->setLimit(type == MessageType::List ? Limits::ListBodyTextMax : Limits::BodyTextMax);
    m_body->setText(message.body.value_or(QString()));
    m_footer->setText(message.footer.value_or(QString()));

    // The editor of this message's action shows it; those made for other types before are hidden.
    const auto showIn = [this](auto*& editor, const auto* action) {
        if (action)
            actionEditor(editor)->show(*action);
        if (editor)
            setEditorVisible(editor, action);
    };
    const auto* buttons = message.actionAs<ReplyButtonsAction>();
    showIn(m_buttons, buttons);
    const auto* list = message.actionAs<ListAction>();
    showIn(m_list, list);
    const auto* flow = message.actionAs<FlowAction>();
    showIn(m_flow, flow);
    const auto* products = message.actionAs<ProductListAction>();
    showIn(m_products, products);
    const auto* carousel = message.actionAs<CarouselAction>();
    showIn(m_carousel, carousel);
    const bool simple = SimpleActionEditor::handles(message);
    if (simple)
        actionEditor(m_simpleAction)->show(message);
    if (m_simpleAction)
        setEditorVisible(m_simpleAction, simple);
    m_actionPending->setVisible(!buttons && !list && !flow && !products && !carousel && !simple);
    m_actionPending->setText(tr("The editor for this type's %1 part comes next; import a payload to set it.")
                                 .arg(messageTypeName(type)));
    showIssues();
}

// The fields that edit the current message: those of its header kind and of its type's action. (Not by
// visibility: widgets an editor has just rebuilt are shown only once the event loop runs.)
QList<TextField*> MessageEditor::allFields() const
{
    const InteractiveMessage& message = m_document->message();
    QList<TextField*> fields{m_body, m_footer};
    if (message.header.kind == HeaderKind::Text)
        fields << m_headerText;
    if (message.header.isMedia())
        fields << m_media;
    if (message.header.kind == HeaderKind::Document)
        fields << m_filename;
    const auto fieldsOf = [&fields](const auto* editor) {
        if (editor)
            fields += editor->fields();
    };
    switch (message.type()) {
    case MessageType::Button:
        fieldsOf(m_buttons);
        break;
    case MessageType::List:
        fieldsOf(m_list);
        break;
    case MessageType::Flow:
        fieldsOf(m_flow);
        break;
    case MessageType::ProductList:
        fieldsOf(m_products);
        break;
    case MessageType::Carousel:
        fieldsOf(m_carousel);
        break;
    default:
        fieldsOf(m_simpleAction);
        break;
    }
    return fields;
}

QList<MessageEditor::FieldPlace> MessageEditor::fieldPlaces() const
{
    const QString media = mediaPath();
    QList<FieldPlace> places;
    for (TextField* field : allFields())
        places.append({field == m_media ? media : field->path(), field});
    return places;
}

TextField* MessageEditor::fieldFor(const QString& issuePath) const
{
    return fieldFor(issuePath, fieldPlaces());
}

TextField* MessageEditor::fieldFor(const QString& issuePath, const QList<FieldPlace>& places)
{
    for (const FieldPlace& place : places)
        if (place.path == issuePath)
            return place.field;
    const QString inside = issuePath + u'.';
    for (const FieldPlace& place : places)
        if (place.path.startsWith(inside))
            return place.field;
    // An issue inside what one field edits as a whole (a product id among the lines of its section).
    const FieldPlace* container = nullptr;
    for (const FieldPlace& place : places)
        if (contains(place.path, issuePath) && (!container || place.path.size() > container->path.size()))
            container = &place;
    return container ? container->field : nullptr;
}

void MessageEditor::setMediaWarnings(const QList<ValidationIssue>& warnings)
{
    if (warnings == m_mediaWarnings)
        return;
    m_mediaWarnings = warnings;
    showIssues();
}

void MessageEditor::showIssues()
{
    // Runs on every keystroke: the fields' places are worked out once, and the list is refilled only when
    // the issues changed.
    QList<ValidationIssue> issues = m_document->issues() + m_mediaWarnings;
    const QList<FieldPlace> places = fieldPlaces();
    QHash<TextField*, const ValidationIssue*> shown; // the first issue of a field is the one it shows
    for (const ValidationIssue& issue : std::as_const(issues))
        if (TextField* field = fieldFor(issue.path, places); field && !shown.contains(field))
            shown.insert(field, &issue);
    for (const FieldPlace& place : places)
        place.field->setIssue(shown.value(place.field));
    // Ready to send only once its variables have values: the send panel says which still lack one.
    const QString noIssues =
        !issues.isEmpty() ? QString()
        : MessageFill::mayHoldPlaceholders(m_document->message())
            ? tr("No issues in the message as written; its variables are filled when sending.")
            : tr("No issues: ready to send.");
    if (issues == m_issues && m_issueList->count() > 0 &&
        (!issues.isEmpty() || m_issueList->item(0)->text() == noIssues))
        return;
    m_issues = std::move(issues);
    m_issueList->clear();
    for (const ValidationIssue& issue : std::as_const(m_issues)) {
        auto* item =
            new QListWidgetItem((issue.severity == Severity::Error ? tr("Error") : tr("Warning")) +
                                    QStringLiteral(" · ") + issue.path + QStringLiteral(": ") + issue.message,
                                m_issueList);
        item->setData(Qt::UserRole, issue.path);
        item->setForeground(TextField::issueColour(issue.severity));
    }
    if (m_issues.isEmpty())
        new QListWidgetItem(noIssues, m_issueList);
}

void MessageEditor::focusIssue(QListWidgetItem* item)
{
    if (m_list)
        m_list->ensureBuilt(); // the issue may be in a section still waiting to be built
    if (TextField* field = fieldFor(item->data(Qt::UserRole).toString()))
        field->input()->setFocus(Qt::OtherFocusReason);
}

} // namespace wa
