#include "SendHistory.h"

#include "message/MessageJson.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace wa {

namespace {

using Outcome = SendResult::Outcome;

constexpr std::array AllOutcomes = {
    Outcome::Accepted,    Outcome::Rejected,    Outcome::Unauthorized, Outcome::NotEnabled,
    Outcome::RateLimited, Outcome::ServerError, Outcome::NetworkError, Outcome::Timeout,
    Outcome::Cancelled,   Outcome::NotSent,     Outcome::Redirected,
};

// The columns read back, in the order readRow() expects them.
constexpr auto Columns = "id, sent_at, destination_phone, teammate_id, payload, request_path, outcome, "
                         "http_status, response_excerpt, message_id, error_code, may_have_been_delivered, "
                         "template, variable_values, delivery_status, delivery_status_at";

using sql::setError;
using sql::stringMap;
using sql::stringMapFrom;
using sql::text;
using sql::textOrNull;

} // namespace

std::optional<qint64> SendHistory::record(const SendAttempt& attempt, QString* error)
{
    QString problem;
    if (!m_database.open(&problem)) {
        setError(error, problem);
        return std::nullopt;
    }
    if (!attempt.sentAt.isValid()) {
        setError(error, tr("The send was not recorded in the history: it has no time."));
        return std::nullopt;
    }
    if (m_database.isReadOnly()) {
        setError(error, tr("The send was not recorded in the history: %1").arg(m_database.whyReadOnly()));
        return std::nullopt;
    }
    QSqlQuery* insert = m_database.prepared(
        QStringLiteral(
            "INSERT INTO send_attempts (sent_at, destination_phone, teammate_id, payload, "
            "request_path, outcome, http_status, response_excerpt, message_id, error_code, "
            "may_have_been_delivered, template, variable_values, delivery_status, delivery_status_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &problem);
    if (!insert) {
        setError(error, tr("The send was not recorded in the history: %1").arg(problem));
        return std::nullopt;
    }
    QSqlQuery& query = *insert;
    query.addBindValue(attempt.sentAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(text(attempt.destinationPhone));
    query.addBindValue(textOrNull(attempt.teammateId));
    query.addBindValue(text(QString::fromUtf8(attempt.payload)));
    query.addBindValue(text(attempt.requestPath));
    query.addBindValue(outcomeName(attempt.outcome));
    query.addBindValue(attempt.httpStatus == 0 ? QVariant() : QVariant(attempt.httpStatus));
    query.addBindValue(textOrNull(attempt.responseExcerpt));
    query.addBindValue(textOrNull(attempt.messageId));
    query.addBindValue(textOrNull(attempt.errorCode));
    query.addBindValue(attempt.mayHaveBeenDelivered ? 1 : 0);
    const bool hasTemplate = !attempt.written.isEmpty();
    query.addBindValue(hasTemplate ? text(QString::fromUtf8(attempt.written.payload)) : QVariant());
    query.addBindValue(hasTemplate ? stringMap(attempt.written.values, false) : QVariant());
    const bool hasStatus = !attempt.deliveryStatus.isEmpty();
    query.addBindValue(hasStatus ? text(attempt.deliveryStatus) : QVariant());
    query.addBindValue(hasStatus && attempt.deliveryStatusAt.isValid()
                           ? QVariant(attempt.deliveryStatusAt.toUTC().toString(Qt::ISODateWithMs))
                           : QVariant());
    const bool inserted = query.exec();
    const QVariant id = query.lastInsertId();
    const QString sqlError = query.lastError().text();
    query.finish(); // the statement is kept for the next send
    if (!inserted) {
        setError(error, tr("The send was not recorded in the history: %1").arg(sqlError));
        return std::nullopt;
    }
    return id.toLongLong();
}

namespace {

// One row of a query selecting Columns, or why it cannot be read.
std::optional<SendAttempt> readRow(const QSqlQuery& query, QString* problem)
{
    SendAttempt attempt;
    attempt.id = query.value(0).toLongLong();
    const QString sentAt = query.value(1).toString();
    attempt.sentAt = QDateTime::fromString(sentAt, Qt::ISODateWithMs);
    if (!attempt.sentAt.isValid()) {
        *problem = SendHistory::tr("Send %1 in the history has an unreadable time \"%2\".")
                       .arg(QString::number(attempt.id), sentAt);
        return std::nullopt;
    }
    attempt.destinationPhone = query.value(2).toString();
    attempt.teammateId = query.value(3).toString();
    attempt.payload = query.value(4).toString().toUtf8();
    attempt.requestPath = query.value(5).toString();
    const QString outcome = query.value(6).toString();
    const std::optional<Outcome> known = SendHistory::outcomeFromName(outcome);
    if (!known) {
        *problem = SendHistory::tr("Send %1 in the history has an unknown outcome \"%2\".")
                       .arg(QString::number(attempt.id), outcome);
        return std::nullopt;
    }
    attempt.outcome = *known;
    attempt.httpStatus = query.value(7).toInt();
    attempt.responseExcerpt = query.value(8).toString();
    attempt.messageId = query.value(9).toString();
    attempt.errorCode = query.value(10).toString();
    attempt.mayHaveBeenDelivered = query.value(11).toInt() != 0;
    attempt.written.payload = query.value(12).toString().toUtf8();
    if (!attempt.written.isEmpty())
        attempt.written.values = stringMapFrom(query.value(13));
    attempt.deliveryStatus = query.value(14).toString();
    // A time that cannot be read leaves the status without one: the row is still worth showing.
    attempt.deliveryStatusAt = QDateTime::fromString(query.value(15).toString(), Qt::ISODateWithMs);
    return attempt;
}

} // namespace

QList<SendAttempt> SendHistory::recent(int limit, QString* error)
{
    QString problem;
    if (!m_database.open(&problem)) {
        setError(error, problem);
        return {};
    }
    if (limit <= 0)
        return {};
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Newest first; the id breaks ties in the same millisecond. The index on sent_at (with the rowid at its
    // end) serves this order.
    if (!query.prepare(QStringLiteral("SELECT %1 FROM send_attempts ORDER BY sent_at DESC, id DESC LIMIT ?")
                           .arg(QLatin1StringView(Columns)))) {
        setError(error, tr("Could not read the send history: %1").arg(query.lastError().text()));
        return {};
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        setError(error, tr("Could not read the send history: %1").arg(query.lastError().text()));
        return {};
    }
    QList<SendAttempt> attempts;
    QStringList unreadable;
    while (query.next()) {
        if (std::optional<SendAttempt> attempt = readRow(query, &problem))
            attempts.append(*attempt);
        else
            unreadable.append(problem);
    }
    if (query.lastError().isValid())
        unreadable.append(tr("Could not read the send history: %1").arg(query.lastError().text()));
    if (!unreadable.isEmpty())
        setError(error, unreadable.join(QLatin1Char('\n')));
    return attempts;
}

std::optional<SendAttempt> SendHistory::find(qint64 id, QString* error)
{
    QString problem;
    if (!m_database.open(&problem)) {
        setError(error, problem);
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT %1 FROM send_attempts WHERE id = ?").arg(QLatin1StringView(Columns)))) {
        setError(error, tr("Could not read the send history: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    query.addBindValue(id);
    if (!query.exec()) {
        setError(error, tr("Could not read the send history: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            setError(error, tr("Could not read the send history: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    std::optional<SendAttempt> attempt = readRow(query, &problem);
    if (!attempt)
        setError(error, problem);
    return attempt;
}

QStringList SendHistory::recentRecipients(int limit, QString* error)
{
    QString problem;
    if (!m_database.open(&problem)) {
        setError(error, problem);
        return {};
    }
    if (limit <= 0)
        return {};
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT destination_phone FROM send_attempts GROUP BY destination_phone "
                           "ORDER BY MAX(sent_at) DESC, MAX(id) DESC LIMIT ?"))) {
        setError(error, tr("Could not read the send history: %1").arg(query.lastError().text()));
        return {};
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        setError(error, tr("Could not read the send history: %1").arg(query.lastError().text()));
        return {};
    }
    QStringList phones;
    while (query.next())
        phones.append(query.value(0).toString());
    if (query.lastError().isValid())
        setError(error, tr("Could not read the send history: %1").arg(query.lastError().text()));
    return phones;
}

int SendHistory::deliveredBefore(const OctopodsRequest& request, QString* error)
{
    QString problem;
    QSqlQuery* query = m_database.prepared(
        QStringLiteral("SELECT count(*) FROM send_attempts WHERE destination_phone = ? AND payload = ? "
                       "AND (outcome = ? OR may_have_been_delivered = 1)"),
        &problem);
    if (!query) {
        setError(error, tr("Could not read the send history: %1").arg(problem));
        return -1;
    }
    query->addBindValue(request.destinationPhone);
    query->addBindValue(QString::fromUtf8(MessageJson::toJson(request.message, JsonWriter::Format::Compact)));
    query->addBindValue(outcomeName(SendResult::Outcome::Accepted));
    if (!query->exec() || !query->next()) {
        setError(error, tr("Could not read the send history: %1").arg(query->lastError().text()));
        return -1;
    }
    const int count = query->value(0).toInt();
    query->finish(); // the statement is kept for the next send
    return count;
}

std::optional<int> SendHistory::setDeliveryStatus(const QString& messageId, const QString& status,
                                                  const QDateTime& at, QString* error)
{
    QString problem;
    if (!m_database.open(&problem)) {
        setError(error, problem);
        return std::nullopt;
    }
    if (messageId.isEmpty() || status.isEmpty())
        return 0;
    if (m_database.isReadOnly()) {
        setError(error,
                 tr("The delivery status was not kept in the history: %1").arg(m_database.whyReadOnly()));
        return std::nullopt;
    }
    QSqlQuery* update = m_database.prepared(
        QStringLiteral(
            "UPDATE send_attempts SET delivery_status = ?, delivery_status_at = ? WHERE message_id = ?"),
        &problem);
    if (!update) {
        setError(error, tr("The delivery status was not kept in the history: %1").arg(problem));
        return std::nullopt;
    }
    update->addBindValue(text(status));
    update->addBindValue(at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant());
    update->addBindValue(messageId);
    const bool updated = update->exec();
    const int rows = update->numRowsAffected();
    const QString sqlError = update->lastError().text();
    update->finish(); // the statement is kept for the next status
    if (!updated) {
        setError(error, tr("The delivery status was not kept in the history: %1").arg(sqlError));
        return std::nullopt;
    }
    return rows;
}

QList<SendAttempt> SendHistory::awaitingStatus(const QDateTime& since, int limit, QString* error)
{
    QString problem;
    if (!m_database.open(&problem)) {
        setError(error, problem);
        return {};
    }
    if (limit <= 0)
        return {};
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // sent_at is UTC text of one fixed form, so the comparison is a range of the index on it.
    if (!query.prepare(
            QStringLiteral("SELECT %1 FROM send_attempts WHERE sent_at >= ? AND outcome = ? AND "
                           "message_id IS NOT NULL AND message_id <> '' ORDER BY sent_at DESC, id DESC")
                .arg(QLatin1StringView(Columns)))) {
        setError(error, tr("Could not read the send history: %1").arg(query.lastError().text()));
        return {};
    }
    query.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(outcomeName(Outcome::Accepted));
    if (!query.exec()) {
        setError(error, tr("Could not read the send history: %1").arg(query.lastError().text()));
        return {};
    }
    QList<SendAttempt> attempts;
    // Final statuses are told apart here, not in SQL: DeliveryStatus alone knows which names are final.
    while (attempts.size() < limit && query.next()) {
        std::optional<SendAttempt> attempt = readRow(query, &problem);
        if (attempt && !DeliveryStatus::isFinal(attempt->deliveryStatus))
            attempts.append(*attempt);
    }
    if (query.lastError().isValid())
        setError(error, tr("Could not read the send history: %1").arg(query.lastError().text()));
    return attempts;
}

SendAttempt SendHistory::fromResult(const OctopodsRequest& request, const QString& requestPath,
                                    const SendResult& result, const QDateTime& when,
                                    const SendTemplate& written)
{
    SendAttempt attempt;
    attempt.sentAt = when;
    attempt.destinationPhone = request.destinationPhone;
    attempt.teammateId = request.intercomTeammateId;
    attempt.payload = MessageJson::toJson(request.message, JsonWriter::Format::Compact);
    attempt.requestPath = requestPath;
    attempt.outcome = result.outcome;
    attempt.httpStatus = result.httpStatus;
    attempt.responseExcerpt = excerpt(result.body);
    attempt.messageId = result.messageId;
    attempt.errorCode = result.errorCode;
    attempt.mayHaveBeenDelivered = result.mayHaveBeenDelivered;
    attempt.written = written;
    return attempt;
}

QString SendHistory::excerpt(const QByteArray& body)
{
    QString text = QString::fromUtf8(body);
    if (text.size() <= MaxExcerptLength)
        return text;
    // Count code points, so that a pair of surrogates is never split.
    qsizetype end = 0;
    for (qsizetype points = 0; end < text.size() && points < MaxExcerptLength; ++points) {
        const bool pair =
            text.at(end).isHighSurrogate() && end + 1 < text.size() && text.at(end + 1).isLowSurrogate();
        end += pair ? 2 : 1;
    }
    text.truncate(end);
    return text;
}

QString SendHistory::outcomeName(SendResult::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Unauthorized:
        return QStringLiteral("unauthorized");
    case Outcome::NotEnabled:
        return QStringLiteral("not_enabled");
    case Outcome::RateLimited:
        return QStringLiteral("rate_limited");
    case Outcome::Redirected:
        return QStringLiteral("redirected");
    case Outcome::ServerError:
        return QStringLiteral("server_error");
    case Outcome::NetworkError:
        return QStringLiteral("network_error");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::NotSent:
        return QStringLiteral("not_sent");
    }
    return {};
}

std::optional<SendResult::Outcome> SendHistory::outcomeFromName(QStringView name)
{
    for (const Outcome outcome : AllOutcomes)
        if (name == outcomeName(outcome))
            return outcome;
    return std::nullopt;
}

} // namespace wa
