#include "ReplyButtonsEditor.h"

#include "FreshId.h"
#include "TextField.h"
#include "WidgetDisposal.h"
#include "message/Limits.h"
#include "message/MessageDocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace wa {

ReplyButtonsEditor::ReplyButtonsEditor(MessageDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("replyButtonsEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Reply buttons"), this));
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    m_add = new QPushButton(tr("Add button"), this);
    m_add->setObjectName(QStringLiteral("addReplyButton"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        editButtons(tr("Add reply button"), [](ReplyButtonsAction& action) {
            QSet<QString> taken;
            for (const ReplyButton& button : action.buttons)
                taken.insert(button.id);
            action.buttons.append({freshId(QStringLiteral("button-"), taken), {}});
        });
    });
    layout->addWidget(m_add, 0, Qt::AlignLeft);
}

QList<TextField*> ReplyButtonsEditor::fields() const
{
    return m_fields;
}

void ReplyButtonsEditor::editButtons(const QString& description,
                                     const std::function<void(ReplyButtonsAction&)>& change,
                                     const QString& mergeKey)
{
    m_document->editAction<ReplyButtonsAction>(description, change, mergeKey);
}

void ReplyButtonsEditor::rebuild(qsizetype count)
{
    discardLater(m_rowWidgets);
    m_rowWidgets.clear();
    m_fields.clear();
    QList<QWidget*> chain;
    for (qsizetype i = 0; i < count; ++i) {
        const QString base = QStringLiteral("action.buttons[%1].reply").arg(i);
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* title =
            new TextField(base + QStringLiteral(".title"), Limits::ReplyTitleMax, TextField::Lines::One, row);
        title->setPlaceholder(tr("Title the customer taps"));
        auto* id =
            new TextField(base + QStringLiteral(".id"), Limits::ReplyIdMax, TextField::Lines::One, row);
        id->setPlaceholder(tr("Id your system receives"));
        connect(title, &TextField::edited, this, [this, i, path = title->path()](const QString& text) {
            editButtons(
                tr("Edit button title"),
                [&](ReplyButtonsAction& a) {
                    if (i < a.buttons.size())
                        a.buttons[i].title = text;
                },
                path);
        });
        connect(id, &TextField::edited, this, [this, i, path = id->path()](const QString& text) {
            editButtons(
                tr("Edit button id"),
                [&](ReplyButtonsAction& a) {
                    if (i < a.buttons.size())
                        a.buttons[i].id = text;
                },
                path);
        });
        auto* up = new QToolButton(row);
        up->setObjectName(base + QStringLiteral(".up"));
        up->setArrowType(Qt::UpArrow);
        up->setToolTip(tr("Move up"));
        up->setEnabled(i > 0);
        connect(up, &QToolButton::clicked, this, [this, i] {
            editButtons(tr("Move reply button"), [&](ReplyButtonsAction& a) { a.buttons.move(i, i - 1); });
        });
        auto* down = new QToolButton(row);
        down->setObjectName(base + QStringLiteral(".down"));
        down->setArrowType(Qt::DownArrow);
        down->setToolTip(tr("Move down"));
        down->setEnabled(i + 1 < count);
        connect(down, &QToolButton::clicked, this, [this, i] {
            editButtons(tr("Move reply button"), [&](ReplyButtonsAction& a) { a.buttons.move(i, i + 1); });
        });
        auto* remove = new QToolButton(row);
        remove->setObjectName(base + QStringLiteral(".remove"));
        remove->setText(tr("Remove"));
        connect(remove, &QToolButton::clicked, this, [this, i] {
            editButtons(tr("Remove reply button"), [&](ReplyButtonsAction& a) { a.buttons.removeAt(i); });
        });
        layout->addWidget(title, 3);
        layout->addWidget(id, 2);
        layout->addWidget(up);
        layout->addWidget(down);
        layout->addWidget(remove);
        m_rows->addWidget(row);
        m_rowWidgets.append(row);
        m_fields << id << title;
        chain << title->input() << id->input() << up << down << remove;
    }
    chainTabOrder(m_add, chain + QList<QWidget*>{m_add});
}

void ReplyButtonsEditor::show(const ReplyButtonsAction& action)
{
    if (m_rowWidgets.size() != action.buttons.size())
        rebuild(action.buttons.size());
    for (qsizetype i = 0; i < action.buttons.size(); ++i) {
        m_fields[2 * i]->setText(action.buttons[i].id);
        m_fields[2 * i + 1]->setText(action.buttons[i].title);
    }
    const bool full = action.buttons.size() >= Limits::ReplyButtonsMax;
    m_add->setEnabled(!full);
    m_add->setToolTip(full ? tr("WhatsApp shows at most %1 reply buttons.").arg(Limits::ReplyButtonsMax)
                           : tr("Add a reply button"));
}

} // namespace wa
