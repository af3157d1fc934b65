#include "HistoryDialog.h"

#include "message/MessageJson.h"
#include "sending/StatusWatcher.h"
#include "variables/Placeholders.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace wa {

HistoryModel::HistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void HistoryModel::setAttempts(const QList<SendAttempt>& attempts)
{
    beginResetModel();
    m_attempts = attempts;
    endResetModel();
}

const SendAttempt* HistoryModel::attempt(int row) const
{
    return row >= 0 && row < m_attempts.size() ? &m_attempts.at(row) : nullptr;
}

QString HistoryModel::outcomeText(SendResult::Outcome outcome, bool mayHaveBeenDelivered)
{
    using Outcome = SendResult::Outcome;
    QString words;
    switch (outcome) {
    case Outcome::Accepted:
        return tr("Sent"); // nothing to add: it arrived
    case Outcome::Rejected:
        words = tr("Rejected");
        break;
    case Outcome::Unauthorized:
        words = tr("Unauthorized");
        break;
    case Outcome::NotEnabled:
        words = tr("Not enabled");
        break;
    case Outcome::RateLimited:
        words = tr("Rate-limited");
        break;
    case Outcome::Redirected:
        words = tr("Redirected");
        break;
    case Outcome::ServerError:
        words = tr("Server error");
        break;
    case Outcome::NetworkError:
        words = tr("Network error");
        break;
    case Outcome::Timeout:
        words = tr("Timed out");
        break;
    case Outcome::Cancelled:
        words = tr("Cancelled");
        break;
    case Outcome::NotSent:
        words = tr("Not sent");
        break;
    }
    return mayHaveBeenDelivered ? tr("%1 (may have arrived)").arg(words) : words;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    const SendAttempt* row = index.isValid() ? attempt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(row->sentAt.toLocalTime(), QLocale::ShortFormat);
        case DestinationColumn:
            return row->destinationPhone;
        case OutcomeColumn:
            return outcomeText(row->outcome, row->mayHaveBeenDelivered);
        case DeliveryColumn:
            return DeliveryStatus::shortText(row->deliveryStatus, row->deliveryStatusAt);
        case HttpStatusColumn:
            return row->httpStatus == 0 ? QString() : QString::number(row->httpStatus);
        case ReferenceColumn:
            return row->messageId.isEmpty() ? row->errorCode : row->messageId;
        }
    } else if (role == Qt::ToolTipRole && index.column() == TimeColumn) {
        return QLocale().toString(row->sentAt.toLocalTime(), QLocale::LongFormat);
    } else if (role == Qt::ToolTipRole && index.column() == DeliveryColumn &&
               !row->deliveryStatus.isEmpty()) {
        return row->deliveryStatusAt.isValid()
                   ? tr("Octopods reports %1 as of %2")
                         .arg(row->deliveryStatus,
                              QLocale().toString(row->deliveryStatusAt.toLocalTime(), QLocale::LongFormat))
                   : tr("Octopods reports %1").arg(row->deliveryStatus);
    } else if (role == Qt::ToolTipRole && index.column() == ReferenceColumn && row->messageId.isEmpty()) {
        return SendResult::explain(row->errorCode); // Octopods' error name, in words

    } else if (role == Qt::TextAlignmentRole && index.column() == HttpStatusColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DestinationColumn:
        return tr("To");
    case OutcomeColumn:
        return tr("Outcome");
    case DeliveryColumn:
        return tr("Status");
    case HttpStatusColumn:
        return tr("HTTP");
    case ReferenceColumn:
        return tr("Message id / error");
    }
    return {};
}

namespace {

// The payload as the codec writes it (keys in the spec's order) when it parses, as indented JSON when it is
// only JSON, and as it is otherwise.
QString prettyPayload(const QByteArray& payload)
{
    if (const MessageParseResult parsed = MessageJson::fromJson(payload); parsed.ok())
        return QString::fromUtf8(MessageJson::toJson(*parsed.message, JsonWriter::Format::Indented));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(payload);
}

} // namespace

HistoryDialog::HistoryDialog(SendHistory& history, StatusWatcher* watcher, QWidget* parent)
    : QDialog(parent), m_history(history)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Send history"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("historyError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_model = new HistoryModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setPlaceholderText(tr("Select a send to see what was sent and what came back."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setChildrenCollapsible(false);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("historyWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->hide();

    m_reopen = new QPushButton(tr("&Open in composer"), this);
    m_reopen->setObjectName(QStringLiteral("historyReopen"));
    m_reopen->setToolTip(tr("Edit the selected send's message in the composer"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("historyRefresh"));
    m_refresh->setAutoDefault(false);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_warning);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryDialog::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::showSelected);
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { reopen(index.row()); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { reopen(selectedRow()); });
    connect(m_refresh, &QPushButton::clicked, this, &HistoryDialog::reload);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The watcher has written the status to the history before it says so.
    if (watcher)
        connect(watcher, &StatusWatcher::statusChanged, this, &HistoryDialog::reload);

    resize(820, 560);
    reload();
}

void HistoryDialog::reload()
{
    const SendAttempt* selected = m_model->attempt(selectedRow());
    const qint64 selectedId = selected ? selected->id : 0;

    QString error;
    m_model->setAttempts(m_history.recent(MaxRows, &error));
    m_error->setText(error.isEmpty() ? QString()
                                     : tr("The send history could not be read in full:\n%1").arg(error));
    m_error->setVisible(!error.isEmpty());

    for (int row = 0; selectedId != 0 && row < m_model->rowCount(); ++row) {
        if (m_model->attempt(row)->id == selectedId) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    for (int column = 0; column < HistoryModel::ReferenceColumn; ++column)
        m_view->resizeColumnToContents(column);
    showSelected();
}

int HistoryDialog::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void HistoryDialog::showSelected()
{
    m_warning->hide();
    const SendAttempt* attempt = m_model->attempt(selectedRow());
    m_reopen->setEnabled(attempt != nullptr);
    if (!attempt) {
        m_details->clear();
        return;
    }
    QString text = tr("Payload:") + u'\n' + prettyPayload(attempt->payload);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    if (!attempt->written.isEmpty()) {
        text += u'\n' + tr("As written:") + u'\n' + prettyPayload(attempt->written.payload);
        if (!text.endsWith(u'\n'))
            text += u'\n';
        QStringList values;
        for (auto it = attempt->written.values.constBegin(); it != attempt->written.values.constEnd(); ++it)
            values.append(tr("%1 = %2").arg(Placeholders::spelled(it.key()), it.value()));
        text += u'\n' + tr("Values: %1").arg(values.isEmpty() ? tr("none (fallbacks)") : values.join(u", "));
    }
    text += u'\n' + tr("Teammate: %1").arg(attempt->teammateId.isEmpty() ? tr("none") : attempt->teammateId);
    text += u'\n' + tr("Request path: %1").arg(attempt->requestPath);
    if (attempt->httpStatus != 0)
        text += u'\n' + tr("HTTP status: %1").arg(attempt->httpStatus);
    if (!attempt->deliveryStatus.isEmpty())
        text += u'\n' + tr("Delivery status: %1 (%2)")
                            .arg(DeliveryStatus::words(attempt->deliveryStatus),
                                 attempt->deliveryStatusAt.isValid()
                                     ? QLocale().toString(attempt->deliveryStatusAt.toLocalTime(),
                                                          QLocale::LongFormat)
                                     : attempt->deliveryStatus);
    if (!attempt->errorCode.isEmpty()) {
        const QString meaning = SendResult::explain(attempt->errorCode);
        text += u'\n' + (meaning.isEmpty() ? tr("Octopods' error: %1").arg(attempt->errorCode)
                                           : tr("Octopods' error: %1: %2").arg(attempt->errorCode, meaning));
    }
    text += u'\n' + tr("Response:") + u'\n' +
            (attempt->responseExcerpt.isEmpty() ? tr("(none)") : attempt->responseExcerpt);
    m_details->setPlainText(text);
}

void HistoryDialog::reopen(int row)
{
    const SendAttempt* attempt = m_model->attempt(row);
    if (!attempt)
        return;
    // A message with variables opens as it was written: the draft to fill again, not one customer's copy.
    const bool written = !attempt->written.isEmpty();
    const MessageParseResult parsed =
        MessageJson::fromJson(written ? attempt->written.payload : attempt->payload);
    if (!parsed.ok()) {
        QStringList problems;
        for (const JsonError& error : parsed.errors.first(qMin(parsed.errors.size(), qsizetype(5))))
            problems.append(error.toString()); // the first few say enough
        m_warning->setText(tr("This send's message cannot be opened in the composer:\n%1")
                               .arg(problems.isEmpty() ? tr("it is not a message") : problems.join(u'\n')));
        m_warning->show();
        return;
    }
    m_warning->hide();
    emit reopenRequested(*parsed.message, written ? attempt->written.values : QMap<QString, QString>());
}

} // namespace wa
