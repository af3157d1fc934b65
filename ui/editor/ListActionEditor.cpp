#include "ListActionEditor.h"

#include "DragGrip.h"
#include "FreshId.h"
#include "TextField.h"
#include "WidgetDisposal.h"
#include "message/Limits.h"
#include "message/MessageDocument.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace wa {

namespace {
QList<qsizetype> shapeOf(const ListAction& action)
{
    QList<qsizetype> shape;
    for (const ListSection& section : action.sections)
        shape.append(section.rows.size());
    return shape;
}

// A row id not yet used anywhere in the list.
QString freshRowId(const ListAction& action)
{
    QSet<QString> taken;
    for (const ListSection& section : action.sections)
        for (const ListRow& row : section.rows)
            taken.insert(row.id);
    return freshId(QStringLiteral("row-"), taken);
}

QToolButton* toolButton(QWidget* parent, const QString& objectName, const QString& toolTip)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    return button;
}
} // namespace

ListActionEditor::ListActionEditor(MessageDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("listActionEditor"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(new QLabel(tr("List button"), this));
    m_button = addField(this, QStringLiteral("action.button"), Limits::ListButtonMax, tr("e.g. See options"),
                        [](ListAction& a, const QString& text) { a.button = text; });
    buttonRow->addWidget(m_button, 1);
    layout->addLayout(buttonRow);
    m_sections = new QVBoxLayout;
    layout->addLayout(m_sections);
    m_addSection = new QPushButton(tr("Add section"), this);
    m_addSection->setObjectName(QStringLiteral("addListSection"));
    connect(m_addSection, &QPushButton::clicked, this, [this] {
        editList(tr("Add section"), [](ListAction& a) {
            const QString id = freshRowId(a);
            a.sections.append({tr("Section %1").arg(a.sections.size() + 1), {{id, {}, {}}}});
        });
    });
    layout->addWidget(m_addSection, 0, Qt::AlignLeft);
}

TextField* ListActionEditor::addField(QWidget* parent, const QString& path, int limit,
                                      const QString& placeholder,
                                      const std::function<void(ListAction&, const QString&)>& apply)
{
    auto* field = new TextField(path, limit, TextField::Lines::One, parent);
    field->setPlaceholder(placeholder);
    connect(field, &TextField::edited, this, [this, field, apply](const QString& text) {
        editList(
            tr("Edit list"), [&](ListAction& a) { apply(a, text); }, field->path());
    });
    return field;
}

QList<TextField*> ListActionEditor::fields() const
{
    return m_fields + QList<TextField*>{m_button};
}

void ListActionEditor::editList(const QString& description, const Change& change, const QString& mergeKey)
{
    m_document->editAction<ListAction>(description, change, mergeKey);
}

QWidget* ListActionEditor::rowWidget(const ListAction& action, qsizetype s, qsizetype r)
{
    const QString base = QStringLiteral("action.sections[%1].rows[%2]").arg(s).arg(r);
    auto* row = new QWidget(this);
    auto* grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    // The handle to drag the row by, to another place or another section.
    auto* handle = new DragGrip(row);
    handle->setObjectName(base + QStringLiteral(".handle"));
    handle->setToolTip(tr("Drag to move this row, also into another section"));
    handle->setCursor(Qt::OpenHandCursor);
    handle->setProperty("section", s);
    handle->setProperty("row", r);
    handle->installEventFilter(this);
    grid->addWidget(handle, 0, 0, 2, 1, Qt::AlignTop);
    const auto inRange = [s, r](const ListAction& a) {
        return s < a.sections.size() && r < a.sections[s].rows.size();
    };
    auto* title = addField(row, base + QStringLiteral(".title"), Limits::RowTitleMax, tr("Row title"),
                           [=](ListAction& a, const QString& t) {
                               if (inRange(a))
                                   a.sections[s].rows[r].title = t;
                           });
    auto* id = addField(row, base + QStringLiteral(".id"), Limits::RowIdMax, tr("Id your system receives"),
                        [=](ListAction& a, const QString& t) {
                            if (inRange(a))
                                a.sections[s].rows[r].id = t;
                        });
    auto* description = addField(row, base + QStringLiteral(".description"), Limits::RowDescriptionMax,
                                 tr("Description (optional)"), [=](ListAction& a, const QString& t) {
                                     if (inRange(a))
                                         a.sections[s].rows[r].description = t;
                                 });
    // Up from the first row of a section goes to the end of the section above; down, likewise below.
    const bool first = s == 0 && r == 0;
    const bool last = s == action.sections.size() - 1 && r == action.sections[s].rows.size() - 1;
    auto* up = toolButton(row, base + QStringLiteral(".up"), tr("Move up"));
    up->setArrowType(Qt::UpArrow);
    up->setEnabled(!first);
    connect(up, &QToolButton::clicked, this, [this, s, r] {
        editList(tr("Move row"), [=](ListAction& a) {
            if (r > 0) {
                a.sections[s].rows.move(r, r - 1);
            } else if (s > 0) {
                a.sections[s - 1].rows.append(a.sections[s].rows.takeAt(r));
            }
        });
    });
    auto* down = toolButton(row, base + QStringLiteral(".down"), tr("Move down"));
    down->setArrowType(Qt::DownArrow);
    down->setEnabled(!last);
    connect(down, &QToolButton::clicked, this, [this, s, r] {
        editList(tr("Move row"), [=](ListAction& a) {
            if (r + 1 < a.sections[s].rows.size()) {
                a.sections[s].rows.move(r, r + 1);
            } else if (s + 1 < a.sections.size()) {
                a.sections[s + 1].rows.prepend(a.sections[s].rows.takeAt(r));
            }
        });
    });
    auto* remove = toolButton(row, base + QStringLiteral(".remove"), tr("Remove row"));
    remove->setText(tr("Remove"));
    connect(remove, &QToolButton::clicked, this, [this, s, r] {
        editList(tr("Remove row"), [=](ListAction& a) { a.sections[s].rows.removeAt(r); });
    });
    grid->addWidget(title, 0, 1);
    grid->addWidget(id, 0, 2);
    grid->addWidget(up, 0, 3);
    grid->addWidget(down, 0, 4);
    grid->addWidget(remove, 0, 5);
    grid->addWidget(description, 1, 1, 1, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    m_fields << title << id << description;
    m_tabChain << title->input() << id->input() << description->input() << up << down << remove;
    return row;
}

QWidget* ListActionEditor::sectionWidget(const ListAction& action, qsizetype s)
{
    const QString base = QStringLiteral("action.sections[%1]").arg(s);
    auto* section = new QFrame(this);
    section->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(section);
    auto* header = new QHBoxLayout;
    auto* title =
        addField(section, base + QStringLiteral(".title"), Limits::SectionTitleMax,
                 tr("Section title (needed when there are several)"), [s](ListAction& a, const QString& t) {
                     if (s < a.sections.size())
                         a.sections[s].title = t;
                 });
    m_fields << title;
    auto* remove =
        toolButton(section, base + QStringLiteral(".remove"), tr("Remove this section and its rows"));
    remove->setText(tr("Remove section"));
    m_tabChain << title->input() << remove;
    connect(remove, &QToolButton::clicked, this,
            [this, s] { editList(tr("Remove section"), [s](ListAction& a) { a.sections.removeAt(s); }); });
    header->addWidget(title, 1);
    header->addWidget(remove);
    layout->addLayout(header);
    m_rowWidgets.append(QList<QWidget*>{});
    for (qsizetype r = 0; r < action.sections[s].rows.size(); ++r) {
        QWidget* row = rowWidget(action, s, r);
        m_rowWidgets.last().append(row);
        layout->addWidget(row);
    }
    auto* addRow = new QPushButton(tr("Add row"), section);
    addRow->setObjectName(base + QStringLiteral(".addRow"));
    connect(addRow, &QPushButton::clicked, this, [this, s] {
        editList(tr("Add row"), [s](ListAction& a) {
            if (s < a.sections.size())
                a.sections[s].rows.append({freshRowId(a), {}, {}});
        });
    });
    m_addRowButtons.append(addRow);
    m_tabChain << addRow;
    layout->addWidget(addRow, 0, Qt::AlignLeft);
    return section;
}

void ListActionEditor::rebuild(const ListAction& action)
{
    discardLater(m_sectionWidgets);
    m_sectionWidgets.clear();
    m_addRowButtons.clear();
    m_fields.clear();
    m_tabChain.clear();
    m_rowWidgets.clear();
    for (qsizetype s = 0; s < action.sections.size(); ++s) {
        QWidget* section = sectionWidget(action, s);
        m_sections->addWidget(section);
        m_sectionWidgets.append(section);
    }
    m_shape = shapeOf(action);
    chainTabOrder(m_button->input(), m_tabChain + QList<QWidget*>{m_addSection});
}

namespace {
const QString RowMimeType = QStringLiteral("application/x-wa-composer-list-row");
}

bool ListActionEditor::eventFilter(QObject* watched, QEvent* event)
{
    auto* handle = qobject_cast<QWidget*>(watched);
    if (!handle || !handle->property("row").isValid())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        m_dragStart = static_cast<QMouseEvent*>(event)->position().toPoint();
        return true;
    }
    if (event->type() == QEvent::MouseMove) {
        const auto* move = static_cast<QMouseEvent*>(event);
        if (!(move->buttons() & Qt::LeftButton) ||
            (move->position().toPoint() - m_dragStart).manhattanLength() < QApplication::startDragDistance())
            return true;
        auto* mime = new QMimeData;
        mime->setData(RowMimeType, QByteArray::number(handle->property("section").toLongLong()) + ':' +
                                       QByteArray::number(handle->property("row").toLongLong()));
        auto* drag = new QDrag(handle);
        drag->setMimeData(mime);
        drag->setPixmap(handle->parentWidget()->grab());
        drag->exec(Qt::MoveAction);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

std::optional<std::pair<qsizetype, qsizetype>> ListActionEditor::dropTarget(const QPoint& pos) const
{
    for (qsizetype s = 0; s < m_sectionWidgets.size(); ++s) {
        const QWidget* section = m_sectionWidgets[s];
        if (!section->geometry().contains(pos))
            continue;
        // Before the first row whose middle is below the drop point; after the last otherwise.
        qsizetype index = 0;
        for (const QWidget* row : m_rowWidgets.value(s)) {
            const QRect rect(row->mapTo(this, QPoint(0, 0)), row->size());
            if (pos.y() < rect.center().y())
                break;
            ++index;
        }
        return std::pair(s, index);
    }
    return std::nullopt;
}

void ListActionEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(RowMimeType))
        event->acceptProposedAction();
}

void ListActionEditor::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(RowMimeType) && dropTarget(event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ListActionEditor::dropEvent(QDropEvent* event)
{
    const QList<QByteArray> from = event->mimeData()->data(RowMimeType).split(':');
    const auto target = dropTarget(event->position().toPoint());
    if (from.size() != 2 || !target)
        return;
    const qsizetype fromSection = from[0].toLongLong();
    const qsizetype fromRow = from[1].toLongLong();
    // Plain variables, not a structured binding: the lambda below captures them (clang 14 cannot).
    const qsizetype toSection = target->first;
    qsizetype toRow = target->second;
    event->acceptProposedAction();
    editList(tr("Move row"), [&](ListAction& a) {
        if (fromSection >= a.sections.size() || fromRow >= a.sections[fromSection].rows.size() ||
            toSection >= a.sections.size())
            return;
        if (fromSection == toSection && fromRow < toRow)
            --toRow; // the row leaves its place above the target first
        a.sections[toSection].rows.insert(toRow, a.sections[fromSection].rows.takeAt(fromRow));
    });
}

void ListActionEditor::show(const ListAction& action)
{
    if (shapeOf(action) != m_shape || m_sectionWidgets.size() != action.sections.size())
        rebuild(action);
    m_button->setText(action.button);
    // Fields were made in order: per section its title, then per row title, id, description.
    qsizetype next = 0;
    for (const ListSection& section : action.sections) {
        m_fields[next++]->setText(section.title);
        for (const ListRow& row : section.rows) {
            m_fields[next++]->setText(row.title);
            m_fields[next++]->setText(row.id);
            m_fields[next++]->setText(row.description);
        }
    }
    const bool rowsFull = action.rowCount() >= Limits::ListRowsMax;
    for (QPushButton* addRow : std::as_const(m_addRowButtons)) {
        addRow->setEnabled(!rowsFull);
        addRow->setToolTip(
            rowsFull ? tr("A list holds at most %1 rows across all sections.").arg(Limits::ListRowsMax)
                     : tr("Add a row to this section"));
    }
    const bool sectionsFull = action.sections.size() >= Limits::ListSectionsMax || rowsFull;
    m_addSection->setEnabled(!sectionsFull);
    m_addSection->setToolTip(sectionsFull ? tr("A list holds at most %1 sections and %2 rows.")
                                                .arg(Limits::ListSectionsMax)
                                                .arg(Limits::ListRowsMax)
                                          : tr("Add a section with one row"));
}

} // namespace wa
