#pragma once

#include "message/InteractiveMessage.h"
#include "message/JsonReader.h"
#include "message/JsonWriter.h"
#include "message/Validator.h"
#include "variables/MessageFill.h"

#include <QByteArray>
#include <QJsonObject>

namespace wa {

struct RequestParseResult;

// The body of Octopods' send call:
// {"destination_phone": "+E164", "waba_interactive_message": {...}, "intercom_teammate_id": "..."}.
struct OctopodsRequest
{
    QString destinationPhone; // E.164; required to send, absent from the article's bare examples
    InteractiveMessage message;
    QString intercomTeammateId;                   // optional: empty means absent
    std::optional<bool> openIntercomConversation; // optional, newer endpoint only

    QJsonObject toJsonObject() const;
    QByteArray toJson(JsonWriter::Format format = JsonWriter::Format::Indented) const;

    // The message's issues under "waba_interactive_message.", plus the destination phone's. The message is as
    // sent: its placeholders were filled, and a "{{" left in it is text.
    QList<ValidationIssue> validate() const;
    // The same for a request whose message is as written, placeholders and all, filled with values
    // (MessageFill::check).
    QList<ValidationIssue> validateAsWritten(const VariableValues& values = {}) const;

    // True when the object looks like a request body rather than a bare interactive message.
    static bool isRequestBody(const QJsonObject& json);
    // Reads a request body. destination_phone may be absent, as in Octopods' own examples;
    // waba_interactive_message may be an object or a JSON string, as the newer endpoint accepts.
    static RequestParseResult fromJson(const QJsonObject& json);

    friend bool operator==(const OctopodsRequest&, const OctopodsRequest&) = default;

private:
    QList<ValidationIssue> validate(const QList<ValidationIssue>& messageIssues) const;
};

struct RequestParseResult
{
    OctopodsRequest request; // meaningful only without errors
    bool hasDestinationPhone = false;
    QList<JsonError> errors;
    bool ok() const { return errors.isEmpty(); }
};

} // namespace wa
