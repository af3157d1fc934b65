#include "DraftListModel.h"

#include "editor/MessageEditor.h"
#include "message/InteractiveMessage.h"

#include <QLocale>

namespace wa {

DraftListModel::DraftListModel(QObject* parent) : QAbstractListModel(parent) {}

void DraftListModel::setDrafts(QList<DraftSummary> drafts)
{
    beginResetModel();
    m_drafts = std::move(drafts);
    endResetModel();
}

int DraftListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_drafts.size(); ++row)
        if (m_drafts.at(row).id == id)
            return row;
    return -1;
}

int DraftListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

QString DraftListModel::typeLabel(const QString& type)
{
    const std::optional<MessageType> known = messageTypeFromName(type);
    return known ? MessageEditor::typeLabel(*known) : tr("Not a message");
}

QVariant DraftListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_drafts.size())
        return {};
    const DraftSummary& draft = m_drafts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return draft.name;
    case Qt::ToolTipRole: {
        QString tip = draft.name + u'\n' + typeLabel(draft.type);
        if (!draft.tags.isEmpty())
            tip += u'\n' + tr("Tags: %1").arg(draft.tags.join(QStringLiteral(", ")));
        const QString when = QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::LongFormat);
        tip += u'\n' + (draft.updatedBy.isEmpty() ? tr("Updated %1").arg(when)
                                                  : tr("Updated %1 by %2").arg(when, draft.updatedBy));
        return tip;
    }
    case IdRole:
        return draft.id;
    case TypeRole:
        return draft.type;
    case ExcerptRole:
        return draft.excerpt;
    case UpdatedRole:
        return draft.updatedAt;
    case TagsRole:
        return draft.tags;
    case TrashedRole:
        return draft.trashedAt.isValid();
    case UpdatedByRole:
        return draft.updatedBy;
    default:
        return {};
    }
}

} // namespace wa
