#include "PayloadInput.h"

#include "message/MessageJson.h"

#include <QFile>

namespace wa::cli {

namespace {
Payload unreadable(const QString& why)
{
    Payload payload;
    payload.readError = why;
    return payload;
}
} // namespace

Payload PayloadInput::load(const QString& source, QIODevice* standardInput)
{
    QByteArray bytes;
    if (source == u"-") {
        if (!standardInput || !standardInput->isReadable())
            return unreadable(tr("cannot read standard input"));
        bytes = standardInput->read(MaxBytes + 1);
    } else {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            return unreadable(tr("cannot read %1: %2").arg(source, file.errorString()));
        bytes = file.read(MaxBytes + 1);
    }
    if (bytes.size() > MaxBytes)
        return unreadable(
            tr("%1 is larger than %2 MiB; not a message").arg(source).arg(MaxBytes / (1024 * 1024)));
    return parse(bytes);
}

Payload PayloadInput::parse(const QByteArray& bytes)
{
    Payload payload;
    JsonError syntaxError;
    const auto json = MessageJson::parseDocument(bytes, &syntaxError);
    if (!json) {
        payload.readError = syntaxError.toString(); // not JSON at all: unreadable, not merely invalid
        return payload;
    }
    if (json->isObject() && OctopodsRequest::isRequestBody(json->toObject())) {
        RequestParseResult result = OctopodsRequest::fromJson(json->toObject());
        payload.errors = result.errors;
        payload.hasDestinationPhone = result.hasDestinationPhone;
        payload.message = result.request.message;
        payload.request = std::move(result.request);
        return payload;
    }
    MessageParseResult result = MessageJson::fromJson(*json);
    payload.errors = result.errors;
    if (result.message)
        payload.message = *result.message;
    return payload;
}

} // namespace wa::cli
