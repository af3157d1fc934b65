#pragma once

#include "InteractiveMessage.h"
#include "JsonReader.h"
#include "JsonWriter.h"

#include <QByteArray>
#include <QJsonObject>

namespace wa {

struct MessageParseResult
{
    std::optional<InteractiveMessage> message; // set only when there are no errors
    QList<JsonError> errors;
    bool ok() const { return message.has_value(); }
};

// The codec between InteractiveMessage and the JSON WhatsApp expects. Separate from the model so that
// the model stays a plain value and the wire format lives in one place.
namespace MessageJson {

// Exactly the keys WhatsApp expects, in the spec's order: none for absent optionals, none empty.
QByteArray toJson(const InteractiveMessage& message,
                  JsonWriter::Format format = JsonWriter::Format::Indented);
// The same, as one value in an enclosing document (the Octopods request body).
void write(JsonWriter& out, const InteractiveMessage& message);
// The same as a QJsonObject, for comparisons and embedding (QJsonObject forgets the key order).
// It goes through Qt's parser, so flow data nested past its 1024 levels (the validator's "too-deep") is lost.
QJsonObject toJsonObject(const InteractiveMessage& message);

// Accepts any valid payload; anything else gets every problem listed by path. rootPath prefixes the paths
// (e.g. "waba_interactive_message" when the message sits inside an Octopods request body).
MessageParseResult fromJson(const QJsonValue& json, const QString& rootPath = {});
// Parses text first: a syntax error is reported with its line and column.
MessageParseResult fromJson(const QByteArray& text);

// Parses JSON text into a value, or describes the syntax error with its line and column.
std::optional<QJsonValue> parseDocument(const QByteArray& text, JsonError* error);

} // namespace MessageJson
} // namespace wa
