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
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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
    m_sectionsLayout = new QVBoxLayout;
    layout->addLayout(m_sectionsLayout);
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
    QList<TextField*> fields;
    for (const Section& section : m_sections)
        fields += section.fields;
    return fields << m_button;
}

void ListActionEditor::ensureBuilt()
{
    buildPending([](qsizetype) { return true; });
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
    Section& section = m_sections[s];
    section.fields << title << id << description;
    section.tabChain << title->input() << id->input() << description->input() << up << down << remove;
    section.rows << row;
    return row;
}

void ListActionEditor::buildSection(const ListAction& action, qsizetype s)
{
    const QString base = QStringLiteral("action.sections[%1]").arg(s);
    QFrame* frame = m_sections[s].frame;
    frame->setMinimumHeight(0); // its estimate, while it waited
    auto* layout = new QVBoxLayout(frame);
    auto* header = new QHBoxLayout;
    auto* title =
        addField(frame, base + QStringLiteral(".title"), Limits::SectionTitleMax,
                 tr("Section title (needed when there are several)"), [s](ListAction& a, const QString& t) {
                     if (s < a.sections.size())
                         a.sections[s].title = t;
                 });
    auto* remove =
        toolButton(frame, base + QStringLiteral(".remove"), tr("Remove this section and its rows"));
    remove->setText(tr("Remove section"));
    m_sections[s].fields << title;
    m_sections[s].tabChain << title->input() << remove;
    connect(remove, &QToolButton::clicked, this,
            [this, s] { editList(tr("Remove section"), [s](ListAction& a) { a.sections.removeAt(s); }); });
    header->addWidget(title, 1);
    header->addWidget(remove);
    layout->addLayout(header);
    for (qsizetype r = 0; r < action.sections[s].rows.size(); ++r)
        layout->addWidget(rowWidget(action, s, r));
    auto* addRow = new QPushButton(tr("Add row"), frame);
    addRow->setObjectName(base + QStringLiteral(".addRow"));
    connect(addRow, &QPushButton::clicked, this, [this, s] {
        editList(tr("Add row"), [s](ListAction& a) {
            if (s < a.sections.size())
                a.sections[s].rows.append({freshRowId(a), {}, {}});
        });
    });
    m_sections[s].addRow = addRow;
    m_sections[s].tabChain << addRow;
    layout->addWidget(addRow, 0, Qt::AlignLeft);
    if (frame->isVisible()) // built in a shown window: its parts show now, not an event later, after a paint
        for (QWidget* part : frame->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            part->show();
}

// A waiting section's height, from the first section's: its header and button, and its rows as high as the
// first section's are.
ListActionEditor::SectionHeights ListActionEditor::measureFirstSection() const
{
    const Section& first = m_sections.first();
    const int spacing = first.frame->layout()->spacing();
    const int row = first.rows.isEmpty() ? 0 : first.rows.first()->sizeHint().height() + spacing;
    return {first.frame->sizeHint().height() - row * int(first.rows.size()), row};
}

bool ListActionEditor::hasWaitingSections() const
{
    return std::any_of(m_sections.begin(), m_sections.end(),
                       [](const Section& section) { return !section.isBuilt(); });
}

void ListActionEditor::buildPending(const std::function<bool(qsizetype)>& which)
{
    const ListAction* action = m_document->message().actionAs<ListAction>();
    if (!action || shapeOf(*action) != m_shape)
        return; // the message moved on: show() rebuilds
    bool built = false;
    for (qsizetype s = 0; s < m_sections.size(); ++s) {
        if (m_sections[s].isBuilt() || !which(s))
            continue;
        buildSection(*action, s);
        fillSection(*action, s);
        built = true;
    }
    if (!built)
        return;
    updateAddButtons(*action);
    chainTabs();
    emit fieldsAdded();
}

void ListActionEditor::chainTabs()
{
    QList<QWidget*> chain;
    for (const Section& section : std::as_const(m_sections))
        chain += section.tabChain;
    chainTabOrder(m_button->input(), chain << m_addSection);
}

void ListActionEditor::rebuild(const ListAction& action)
{
    QList<QWidget*> frames;
    for (const Section& section : std::as_const(m_sections))
        frames << section.frame;
    discardLater(frames);
    m_sections.clear();
    std::optional<SectionHeights> heights;
    for (qsizetype s = 0; s < action.sections.size(); ++s) {
        auto* frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        m_sectionsLayout->addWidget(frame);
        m_sections.append(Section{});
        m_sections.last().frame = frame;
        if (s < SectionsBuiltAtOnce || m_painted) {
            buildSection(action, s);
            continue;
        }
        if (!heights)
            heights = measureFirstSection();
        frame->setMinimumHeight(heights->frame + heights->row * int(action.sections[s].rows.size()));
    }
    m_shape = shapeOf(action);
    chainTabs();
}

// Before the first frame: the waiting sections the window shows, once the layout has placed them.
void ListActionEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_painted)
        buildPending([this](qsizetype s) { return !m_sections[s].frame->visibleRegion().isEmpty(); });
}

// The first frame is out: the sections still waiting are built right after it.
void ListActionEditor::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    m_painted = true;
    if (m_pendingBuildQueued || !hasWaitingSections())
        return;
    m_pendingBuildQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_pendingBuildQueued = false;
        ensureBuilt();
    });
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
    for (qsizetype s = 0; s < m_sections.size(); ++s) {
        if (!m_sections[s].frame->geometry().contains(pos))
            continue;
        // Before the first row whose middle is below the drop point; after the last otherwise.
        qsizetype index = 0;
        for (const QWidget* row : m_sections[s].rows) {
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
    if (shapeOf(action) != m_shape || m_sections.size() != action.sections.size())
        rebuild(action);
    m_button->setText(action.button);
    for (qsizetype s = 0; s < m_sections.size(); ++s)
        if (m_sections[s].isBuilt())
            fillSection(action, s);
    updateAddButtons(action);
}

void ListActionEditor::fillSection(const ListAction& action, qsizetype s)
{
    // Its fields were made in order: the title, then per row its title, id and description.
    const QList<TextField*>& fields = m_sections[s].fields;
    qsizetype next = 0;
    fields[next++]->setText(action.sections[s].title);
    for (const ListRow& row : action.sections[s].rows) {
        fields[next++]->setText(row.title);
        fields[next++]->setText(row.id);
        fields[next++]->setText(row.description);
    }
}

void ListActionEditor::updateAddButtons(const ListAction& action)
{
    const bool rowsFull = action.rowCount() >= Limits::ListRowsMax;
    for (const Section& section : std::as_const(m_sections)) {
        if (!section.isBuilt())
            continue;
        section.addRow->setEnabled(!rowsFull);
        section.addRow->setToolTip(
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
