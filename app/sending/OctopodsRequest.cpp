#include "OctopodsRequest.h"

#include "PhoneNumber.h"
#include "message/MessageJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace wa {

namespace {
using L1 = QLatin1StringView;
const auto MessageKey = L1("waba_interactive_message");

// Names the translation context, so lupdate and the runtime agree on it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wa::OctopodsRequest)
};

} // namespace

QByteArray OctopodsRequest::toJson(JsonWriter::Format format) const
{
    JsonWriter out(format);
    out.beginObject();
    if (!destinationPhone.isEmpty())
        out.member(L1("destination_phone"), destinationPhone);
    out.key(MessageKey);
    MessageJson::write(out, message);
    if (!intercomTeammateId.isEmpty())
        out.member(L1("intercom_teammate_id"), intercomTeammateId);
    if (openIntercomConversation) {
        out.key(L1("open_intercom_conversation"));
        out.boolean(*openIntercomConversation);
    }
    out.endObject();
    return out.take();
}

QJsonObject OctopodsRequest::toJsonObject() const
{
    return QJsonDocument::fromJson(toJson(JsonWriter::Format::Compact)).object();
}

QList<ValidationIssue> OctopodsRequest::validate() const
{
    return validate(Validator::check(message));
}

QList<ValidationIssue> OctopodsRequest::validateAsWritten(const VariableValues& values) const
{
    return validate(MessageFill::check(message, values));
}

QList<ValidationIssue> OctopodsRequest::validate(const QList<ValidationIssue>& messageIssues) const
{
    QList<ValidationIssue> issues;
    const QString phonePath = QStringLiteral("destination_phone");
    const PhoneNumberResult phone = PhoneNumber::normalize(destinationPhone);
    if (destinationPhone.isEmpty())
        issues.append({phonePath, Severity::Error, QStringLiteral("required"),
                       Text::tr("Missing: the customer's number, in E.164 form.")});
    else if (!phone.isValid())
        issues.append({phonePath, Severity::Error, QStringLiteral("invalid-phone"), phone.error});
    else if (phone.e164 != destinationPhone)
        issues.append({phonePath, Severity::Error, QStringLiteral("not-e164"),
                       Text::tr("Not in E.164 form: write it as %1.").arg(phone.e164)});
    for (ValidationIssue issue : messageIssues) {
        issue.path = JsonReader::child(MessageKey, issue.path);
        issues.append(issue);
    }
    return issues;
}

bool OctopodsRequest::isRequestBody(const QJsonObject& json)
{
    return json.contains(MessageKey);
}

RequestParseResult OctopodsRequest::fromJson(const QJsonObject& json)
{
    RequestParseResult result;
    JsonReader in;
    const JsonPath root;
    in.rejectUnknownKeys(
        json,
        {L1("destination_phone"), MessageKey, L1("intercom_teammate_id"), L1("open_intercom_conversation")},
        root);
    // Present but empty is no structure error: validate() asks for the number, and --to may give it.
    const auto phonePresence = json.contains(L1("destination_phone")) ? JsonReader::Presence::Required
                                                                      : JsonReader::Presence::Optional;
    if (const auto phone = in.string(json, L1("destination_phone"), root, phonePresence)) {
        result.request.destinationPhone = *phone;
        result.hasDestinationPhone = true;
    }
    result.request.intercomTeammateId =
        in.string(json, L1("intercom_teammate_id"), root, JsonReader::Presence::Optional).value_or(QString());
    result.request.openIntercomConversation = in.boolean(json, L1("open_intercom_conversation"), root);
    result.errors = in.errors();

    QJsonValue messageJson = json.value(MessageKey);
    if (messageJson.isString()) {
        JsonError syntax;
        const auto parsed = MessageJson::parseDocument(messageJson.toString().toUtf8(), &syntax);
        if (!parsed) {
            result.errors.append(
                {MessageKey,
                 Text::tr("the JSON string does not parse: %1 at %2").arg(syntax.message, syntax.path)});
            return result;
        }
        messageJson = *parsed;
    }
    MessageParseResult message = MessageJson::fromJson(messageJson, MessageKey);
    result.errors += message.errors;
    if (message.message)
        result.request.message = *message.message;
    return result;
}

} // namespace wa
