#pragma once

#include "drafts/Draft.h"

#include <QAbstractListModel>

namespace wa {

// The drafts a query found, as rows for the drafts panel. Holds summaries only: a draft's message is read
// when it is opened, never to list it.
class DraftListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole,      // "button", "list" ... from the payload
        ExcerptRole,   // one line of the message
        UpdatedRole,   // QDateTime, UTC
        TagsRole,      // QStringList
        TrashedRole,   // bool
        UpdatedByRole, // who saved it last (a teammate's display name), or empty
    };

    explicit DraftListModel(QObject* parent = nullptr);

    void setDrafts(QList<DraftSummary> drafts);
    const QList<DraftSummary>& drafts() const { return m_drafts; }
    // The row of a draft, or -1 when the query did not find it.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // A person's word for a payload's type ("Reply buttons", "List" ...).
    static QString typeLabel(const QString& type);

private:
    QList<DraftSummary> m_drafts;
};

} // namespace wa
