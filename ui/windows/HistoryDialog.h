#pragma once

#include "message/InteractiveMessage.h"
#include "sending/SendHistory.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace wa {

class StatusWatcher;

// The send history as a table, one attempt per row in the order given (SendHistory gives newest first).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        DestinationColumn,
        OutcomeColumn,
        DeliveryColumn, // Octopods' latest delivery status, for an accepted send
        HttpStatusColumn,
        ReferenceColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject* parent = nullptr);

    void setAttempts(const QList<SendAttempt>& attempts);
    const QList<SendAttempt>& attempts() const { return m_attempts; }
    // The attempt on row; nullptr when there is no such row.
    const SendAttempt* attempt(int row) const;

    // The outcome in plain words, with " (may have arrived)" when a send that was not accepted may still
    // have reached the customer.
    static QString outcomeText(SendResult::Outcome outcome, bool mayHaveBeenDelivered);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SendAttempt> m_attempts;
};

// The latest sends, newest first: when, to whom, what came of it; the selected one's payload, teammate,
// request path and response below (with the message as written and the values, for one with variables).
// "Open in composer" (or a double click) hands its message back to be edited, with its placeholders and
// the values they had; a payload that no longer parses is explained instead. The delivery statuses the
// watcher (when given) reports show as they come.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxRows = 500;

    explicit HistoryDialog(SendHistory& history, StatusWatcher* watcher = nullptr, QWidget* parent = nullptr);

    HistoryModel* model() const { return m_model; }
    // Reads the history again, keeping the selected attempt selected when it is still there.
    void reload();

signals:
    // values: what the message's variables were filled with (empty for a message without any).
    void reopenRequested(const wa::InteractiveMessage& message, const QMap<QString, QString>& values);

private:
    int selectedRow() const;
    void showSelected();
    void reopen(int row);

    SendHistory& m_history;
    HistoryModel* m_model;
    QTreeView* m_view;
    QPlainTextEdit* m_details;
    QLabel* m_error;
    QLabel* m_warning;
    QPushButton* m_reopen;
    QPushButton* m_refresh;
};

} // namespace wa
