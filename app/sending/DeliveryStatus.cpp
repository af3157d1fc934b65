#include "DeliveryStatus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace wa {

namespace {

// Ids come as strings or numbers, as in the send's answer; either way they are shown as text.
QString textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

// 9999-12-31T23:59:59Z: beyond it a "seconds" value is more likely milliseconds, or nonsense.
constexpr qint64 LatestSeconds = 253402300799;

QDateTime fromSeconds(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0 || seconds > double(LatestSeconds))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000)), Qt::UTC);
}

} // namespace

DeliveryStatus::State DeliveryStatus::stateOf(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == u"SENT")
        return State::Sent;
    if (upper == u"DELIVERED")
        return State::Delivered;
    if (upper == u"READ")
        return State::Read;
    if (upper == u"FAILED")
        return State::Failed;
    if (upper == u"DELETED")
        return State::Deleted;
    return State::Other;
}

bool DeliveryStatus::isFinal(const QString& name)
{
    switch (stateOf(name)) {
    case State::Read:
    case State::Failed:
    case State::Deleted:
        return true;
    case State::Sent:
    case State::Delivered:
    case State::Other:
        break;
    }
    return false;
}

QString DeliveryStatus::words(const QString& name)
{
    switch (stateOf(name)) {
    case State::Sent:
        return tr("Sent");
    case State::Delivered:
        return tr("Delivered");
    case State::Read:
        return tr("Read");
    case State::Failed:
        return tr("Failed");
    case State::Deleted:
        return tr("Deleted");
    case State::Other:
        break;
    }
    return name.trimmed();
}

QString DeliveryStatus::shortText(const QString& name, const QDateTime& at)
{
    if (name.trimmed().isEmpty())
        return {};
    if (!at.isValid())
        return words(name);
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    const QString when = local.date() == QDate::currentDate()
                             ? locale.toString(local.time(), QLocale::ShortFormat)
                             : locale.toString(local, QLocale::ShortFormat);
    return tr("%1 · %2").arg(words(name), when);
}

QDateTime DeliveryStatus::timeFrom(const QJsonValue& value)
{
    if (value.isDouble())
        return fromSeconds(value.toDouble());
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber)
        return fromSeconds(seconds);
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        return {};
    // An API's time without an offset is UTC, not this computer's zone.
    if (when.timeSpec() == Qt::LocalTime)
        when = QDateTime(when.date(), when.time(), QTimeZone::utc());
    when = when.toUTC();
    if (when.date().year() < 1970 || when.date().year() > 9999)
        return {};
    return when;
}

std::optional<DeliveryStatus> DeliveryStatus::fromJson(const QByteArray& body, QString* problem)
{
    const auto refuse = [problem](const QString& why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (body.trimmed().isEmpty())
        return refuse(tr("the answer was empty"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return refuse(tr("the answer is not JSON (%1)").arg(error.errorString()));
    if (!document.isObject())
        return refuse(tr("the answer is not a JSON object"));
    const QJsonObject json = document.object();
    const QJsonValue status = json.value(QLatin1StringView("status"));
    if (status.isUndefined() || status.isNull())
        return refuse(tr("the answer has no status"));
    if (!status.isString())
        return refuse(tr("the answer's status is not text"));
    if (status.toString().trimmed().isEmpty())
        return refuse(tr("the answer's status is empty"));
    DeliveryStatus result;
    result.name = status.toString().trimmed();
    result.channelMessageId = textOf(json.value(QLatin1StringView("channel_message_id")));
    result.intercomConversationId = textOf(json.value(QLatin1StringView("intercom_conversation_id")));
    result.lastUpdated = timeFrom(json.value(QLatin1StringView("last_updated")));
    return result;
}

} // namespace wa
