#include "DraftsPanel.h"

#include "DraftListModel.h"
#include "FileDialogs.h"
#include "drafts/DraftExport.h"
#include "drafts/DraftSession.h"
#include "preview/PreviewIcons.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wa {

namespace {

// Today's drafts show their time, older ones their date.
QString shortWhen(const QDateTime& utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() != QDate::currentDate())
        return locale.toString(local.date(), QLocale::ShortFormat);
    // Hours and minutes in the locale's own way; some locales' short format still shows seconds.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return locale.toString(local.time(), format);
}

// The icon the phone shows on the message's button, as the type's mark.
PreviewIcon iconFor(const QString& type)
{
    static const QHash<QString, PreviewIcon> icons = {
        {QStringLiteral("button"), PreviewIcon::Reply},
        {QStringLiteral("list"), PreviewIcon::List},
        {QStringLiteral("cta_url"), PreviewIcon::ExternalLink},
        {QStringLiteral("location_request_message"), PreviewIcon::Location},
        {QStringLiteral("flow"), PreviewIcon::Flow},
        {QStringLiteral("product"), PreviewIcon::Cart},
        {QStringLiteral("product_list"), PreviewIcon::Cart},
        {QStringLiteral("catalog_message"), PreviewIcon::Catalog},
    };
    return icons.value(type, PreviewIcon::None);
}

// Two lines a draft: its name and when it changed, then its type and the start of its message.
class DraftDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        const int line = option.fontMetrics.height();
        return {200, 2 * line + 3 * Padding};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        background.icon = {};
        QStyle* style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text =
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor secondary = text;
        secondary.setAlphaF(0.65f);

        const QRect area = option.rect.adjusted(Padding * 2, Padding, -Padding * 2, -Padding);
        const int line = option.fontMetrics.height();
        const QRect top(area.left(), area.top(), area.width(), line);
        const QRect bottom(area.left(), area.top() + line + Padding, area.width(), line);

        painter->save();
        const bool trashed = index.data(DraftListModel::TrashedRole).toBool();
        // When, and by whom when it was someone (a team library says who saved each draft last).
        const QString by = index.data(DraftListModel::UpdatedByRole).toString();
        const QString time = shortWhen(index.data(DraftListModel::UpdatedRole).toDateTime());
        const QString when = by.isEmpty() ? time : DraftsPanel::tr("%1 · %2").arg(by, time);
        painter->setFont(option.font);
        painter->setPen(secondary);
        const int whenWidth = option.fontMetrics.horizontalAdvance(when);
        painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, when);

        QFont bold = option.font;
        bold.setBold(true);
        bold.setStrikeOut(trashed);
        painter->setFont(bold);
        painter->setPen(text);
        const QFontMetrics boldMetrics(bold);
        const QString name = boldMetrics.elidedText(index.data().toString(), Qt::ElideRight,
                                                    qMax(0, top.width() - whenWidth - 2 * Padding));
        painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter, name);

        painter->setFont(option.font);
        painter->setPen(secondary);
        QRect second = bottom;
        const PreviewIcon icon = iconFor(index.data(DraftListModel::TypeRole).toString());
        if (icon != PreviewIcon::None) {
            painter->setRenderHint(QPainter::Antialiasing);
            PreviewIcons::paint(*painter, icon, QRectF(bottom.left(), bottom.top(), line, line), secondary);
            second.setLeft(bottom.left() + line + Padding);
        }
        const QString type = DraftListModel::typeLabel(index.data(DraftListModel::TypeRole).toString());
        const QString excerpt = index.data(DraftListModel::ExcerptRole).toString();
        const QString line2 = excerpt.isEmpty() ? type : type + QStringLiteral(" · ") + excerpt;
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(line2, Qt::ElideRight, second.width()));
        painter->restore();
    }

private:
    static constexpr int Padding = 4;
};

} // namespace

DraftsPanel::DraftsPanel(DraftLibrary& library, DraftSession& session, FileDialogs& dialogs, QWidget* parent)
    : QWidget(parent), m_store(library), m_session(session), m_dialogs(dialogs),
      m_model(new DraftListModel(this))
{
    for (auto signal : {&DraftLibrary::draftAdded, &DraftLibrary::draftChanged, &DraftLibrary::draftTrashed,
                        &DraftLibrary::draftRestored, &DraftLibrary::draftPurged})
        connect(&m_store, signal, this, &DraftsPanel::libraryChanged);
    connect(&m_store, &DraftLibrary::changedElsewhere, this, &DraftsPanel::libraryChanged);
    setObjectName(QStringLiteral("draftsPanel"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("draftsSearch"));
    m_search->setPlaceholderText(tr("Search names, tags and text"));
    m_search->setClearButtonEnabled(true);
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("draftsTag"));
    m_tag->setToolTip(tr("Only the drafts with this tag"));
    m_tag->addItem(tr("All tags"), QString());
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("draftsSort"));
    m_sort->addItem(tr("Recently updated"), int(DraftQuery::Sort::UpdatedNewestFirst));
    m_sort->addItem(tr("Name"), int(DraftQuery::Sort::Name));
    m_sort->setToolTip(tr("The order of the drafts when no search is typed (a search puts the best "
                          "matches first)"));
    m_trash = new QToolButton(this);
    m_trash->setObjectName(QStringLiteral("draftsTrash"));
    m_trash->setText(tr("Trash"));
    m_trash->setCheckable(true);
    m_trash->setToolTip(tr("Show the drafts moved to the trash, to restore them"));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("draftsList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new DraftDelegate(m_list));
    m_list->setUniformItemSizes(true);                              // thousands of rows lay out at once
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // several at once, to export
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("draftsStatus"));
    m_status->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_sort, 1);
    filters->addWidget(m_trash);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    createActions();
    connect(m_search, &QLineEdit::textChanged, this, &DraftsPanel::reload);
    connect(m_tag, &QComboBox::activated, this, &DraftsPanel::reload);
    connect(m_sort, &QComboBox::activated, this, &DraftsPanel::reload);
    connect(m_trash, &QToolButton::toggled, this, &DraftsPanel::reload);
    connect(m_list, &QListView::activated, this, &DraftsPanel::openSelected);
    connect(m_list, &QWidget::customContextMenuRequested, this, &DraftsPanel::showContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DraftsPanel::updateActions);
    // The search field's Down arrow goes to the results, as in a browser's address bar.
    m_search->installEventFilter(this);
    updateActions();
}

void DraftsPanel::createActions()
{
    const auto action = [this](const QString& name, const QString& text, const QKeySequence& key,
                               void (DraftsPanel::*slot)()) {
        auto* created = new QAction(text, this);
        created->setObjectName(name);
        created->setShortcut(key);
        created->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(created, &QAction::triggered, this, slot);
        m_list->addAction(created);
        return created;
    };
    m_open = action(QStringLiteral("draftOpen"), tr("&Open"), {}, &DraftsPanel::openSelected);
    m_rename = action(QStringLiteral("draftRename"), tr("&Rename…"), QKeySequence(Qt::Key_F2),
                      &DraftsPanel::renameSelected);
    m_tags = action(QStringLiteral("draftTags"), tr("&Tags…"), QKeySequence(Qt::CTRL | Qt::Key_T),
                    &DraftsPanel::editTagsOfSelected);
    m_duplicate =
        action(QStringLiteral("draftDuplicate"), tr("D&uplicate"), {}, &DraftsPanel::duplicateSelected);
    m_export = action(QStringLiteral("draftExport"), tr("&Export…"), {}, &DraftsPanel::chooseExportFolder);
    m_moveToTrash = action(QStringLiteral("draftTrash"), tr("Move to &Trash"), QKeySequence::Delete,
                           &DraftsPanel::trashSelected);
    m_restore = action(QStringLiteral("draftRestore"), tr("Re&store"), {}, &DraftsPanel::restoreSelected);
    m_purge = action(QStringLiteral("draftPurge"), tr("Delete for &Good…"),
                     QKeySequence(Qt::SHIFT | Qt::Key_Delete), &DraftsPanel::purgeSelected);
}

void DraftsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Off the first frame: the window paints first, then the library is read.
    if (!m_loaded)
        QTimer::singleShot(0, this, [this] {
            if (!m_loaded)
                reload();
        });
}

bool DraftsPanel::eventFilter(QObject* watched, QEvent* event)
{
    // From the search field, Down goes to the results and Return opens the best match, as in a launcher.
    if (watched == m_search && event->type() == QEvent::KeyPress && m_model->rowCount() > 0) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_model->index(0));
            if (key == Qt::Key_Down)
                m_list->setFocus();
            else
                openSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DraftsPanel::reload()
{
    m_loaded = true;
    const qint64 selected = selectedDraft();
    reloadTags();
    DraftQuery query;
    query.search = m_search->text();
    query.tag = m_tag->currentData().toString();
    query.sort = DraftQuery::Sort(m_sort->currentData().toInt());
    query.trash = m_trash->isChecked();
    query.limit = MaxRows + 1; // one more says there are more
    QString error;
    QList<DraftSummary> drafts = m_store.list(query, &error);
    if (!error.isEmpty()) {
        // What was listed stays (a server away comes back); the line under it says why it is not fresh.
        m_status->setText(error);
        updateActions();
        return;
    }
    const bool more = drafts.size() > MaxRows;
    if (more)
        drafts.resize(MaxRows);
    m_model->setDrafts(std::move(drafts));
    m_sort->setEnabled(query.search.trimmed().isEmpty());

    const int shown = m_model->rowCount();
    if (more)
        m_status->setText(tr("The first %n drafts: type to narrow them down.", nullptr, MaxRows));
    else if (shown == 0 && !query.search.trimmed().isEmpty())
        m_status->setText(tr("No draft matches “%1”.").arg(query.search.trimmed()));
    else if (shown == 0)
        m_status->setText(
            query.trash ? tr("The trash is empty.")
                        : tr("No drafts yet: Save Draft (%1) keeps one.")
                              .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    else
        m_status->setText(query.trash ? tr("%n draft(s) in the trash", nullptr, shown)
                                      : tr("%n draft(s)", nullptr, shown));
    // The agent's own pick stays; a list read for the first time shows the draft being edited.
    selectDraft(selected != 0 ? selected : m_session.draftId());
    updateActions();
}

void DraftsPanel::reloadTags()
{
    const QString current = m_tag->currentData().toString();
    const QStringList tags = m_store.tags();
    QStringList shown;
    for (int i = 1; i < m_tag->count(); ++i)
        shown.append(m_tag->itemData(i).toString());
    if (shown == tags)
        return;
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString& tag : tags)
        m_tag->addItem(tag, tag);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
}

void DraftsPanel::libraryChanged()
{
    if (!m_loaded)
        return; // read when first shown
    if (m_batchDepth > 0)
        m_reloadPending = true;
    else
        reload();
}

void DraftsPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void DraftsPanel::selectDraft(qint64 id)
{
    const int row = id == 0 ? -1 : m_model->rowOf(id);
    if (row < 0) {
        // The draft being edited is not listed (a search or tag hides it, or none is open): nothing is.
        m_list->clearSelection();
        m_list->setCurrentIndex({});
        return;
    }
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
}

QList<qint64> DraftsPanel::selectedDrafts() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const QModelIndex& row : rows)
        ids.append(row.data(DraftListModel::IdRole).toLongLong());
    return ids;
}

void DraftsPanel::chooseExportFolder()
{
    const QString folder = m_dialogs.folder(this, tr("Export drafts to a folder"));
    if (!folder.isEmpty())
        exportSelectedTo(folder);
}

int DraftsPanel::exportSelectedTo(const QString& folder)
{
    QList<qint64> ids = selectedDrafts();
    if (ids.isEmpty() && selectedDraft())
        ids.append(selectedDraft());
    QList<Draft> drafts;
    QStringList problems;
    for (const qint64 id : ids) {
        QString error;
        if (std::optional<Draft> draft = m_store.find(id, &error))
            drafts.append(*draft);
        else if (!error.isEmpty())
            problems.append(error);
    }
    QString folderError;
    const QList<DraftExportResult> results = DraftExport::toFolder(drafts, folder, &folderError);
    if (!folderError.isEmpty())
        problems.append(folderError);
    int written = 0;
    for (const DraftExportResult& result : results) {
        if (result.error.isEmpty())
            ++written;
        else
            problems.append(result.error);
    }
    m_status->setText(
        tr("Exported %n draft(s) to %1", nullptr, written).arg(QDir::toNativeSeparators(folder)));
    if (!problems.isEmpty())
        emit failed(problems.join(u'\n'));
    return written;
}

qint64 DraftsPanel::selectedDraft() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(DraftListModel::IdRole).toLongLong() : 0;
}

bool DraftsPanel::isShowingTrash() const
{
    return m_trash->isChecked();
}

void DraftsPanel::updateActions()
{
    const bool any = selectedDraft() != 0;
    const bool trash = isShowingTrash();
    m_open->setEnabled(any && !trash);
    m_rename->setEnabled(any && !trash);
    m_tags->setEnabled(any && !trash);
    m_duplicate->setEnabled(any && !trash);
    m_export->setEnabled(any && !trash);
    m_moveToTrash->setEnabled(any && !trash);
    m_restore->setEnabled(any && trash);
    m_purge->setEnabled(any && trash);
}

void DraftsPanel::showContextMenu(const QPoint& at)
{
    updateActions();
    QMenu menu(this);
    if (isShowingTrash()) {
        menu.addAction(m_restore);
        menu.addAction(m_purge);
    } else {
        menu.addAction(m_open);
        menu.addAction(m_rename);
        menu.addAction(m_tags);
        menu.addAction(m_duplicate);
        menu.addAction(m_export);
        menu.addSeparator();
        menu.addAction(m_moveToTrash);
    }
    menu.exec(m_list->viewport()->mapToGlobal(at));
}

void DraftsPanel::report(bool ok, const QString& error)
{
    if (!ok)
        emit failed(error);
}

void DraftsPanel::openSelected()
{
    if (const qint64 id = selectedDraft(); id && !isShowingTrash())
        emit openRequested(id);
}

void DraftsPanel::renameSelected()
{
    const qint64 id = selectedDraft();
    if (!id || isShowingTrash())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameDraftDialog"));
    dialog->setWindowTitle(tr("Rename draft"));
    dialog->setLabelText(tr("New name:"));
    dialog->setTextValue(m_list->currentIndex().data().toString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& name) {
        QString error;
        report(m_session.rename(id, name, &error), error);
    });
    dialog->open();
}

void DraftsPanel::editTagsOfSelected()
{
    const qint64 id = selectedDraft();
    if (!id || isShowingTrash())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("draftTagsDialog"));
    dialog->setWindowTitle(tr("Tags"));
    dialog->setLabelText(
        tr("Tags of “%1”, separated by commas:").arg(m_list->currentIndex().data().toString()));
    dialog->setTextValue(
        m_list->currentIndex().data(DraftListModel::TagsRole).toStringList().join(QStringLiteral(", ")));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& text) {
        QStringList tags;
        for (const QString& tag : text.split(u',', Qt::SkipEmptyParts))
            tags.append(tag.trimmed());
        QString error;
        report(m_session.setTags(id, tags, &error), error);
    });
    dialog->open();
}

void DraftsPanel::duplicateSelected()
{
    const qint64 id = selectedDraft();
    if (!id || isShowingTrash())
        return;
    QString error;
    const std::optional<qint64> copy = m_session.duplicate(id, &error);
    report(copy.has_value(), error);
    if (copy)
        selectDraft(*copy);
}

void DraftsPanel::trashSelected()
{
    QList<qint64> ids = selectedDrafts();
    if (ids.isEmpty() && selectedDraft())
        ids.append(selectedDraft());
    if (ids.isEmpty() || isShowingTrash())
        return;
    const int row = m_list->currentIndex().row();
    // Each on its own (the trash takes them back one by one too); the first failure is reported.
    QString error;
    bool ok = true;
    ++m_batchDepth;
    for (const qint64 id : ids) {
        QString failure;
        if (!m_session.moveToTrash(id, &failure) && ok) {
            ok = false;
            error = failure;
        }
    }
    --m_batchDepth;
    if (std::exchange(m_reloadPending, false))
        reload();
    report(ok, error);
    // The next draft takes the place of the one that went, so Delete can be pressed again.
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
}

void DraftsPanel::restoreSelected()
{
    const qint64 id = selectedDraft();
    if (!id || !isShowingTrash())
        return;
    QString error;
    report(m_session.restoreFromTrash(id, &error), error);
}

void DraftsPanel::purgeSelected()
{
    const qint64 id = selectedDraft();
    if (!id || !isShowingTrash())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete for good?"),
                                tr("“%1” will be deleted for good; it cannot be restored.")
                                    .arg(m_list->currentIndex().data().toString()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("purgeDraftBox"));
    box->addButton(tr("Delete for Good"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton* button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        QString error;
        report(m_session.purge(id, &error), error);
    });
    box->open();
}

} // namespace wa
