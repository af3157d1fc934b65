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
// Up to `cap` + 1 bytes, in pieces: asking for the whole cap at once would allocate (and map) megabytes
// for every few-kilobyte message.
QByteArray readCapped(QIODevice& device, qint64 cap)
{
    QByteArray bytes;
    constexpr qint64 Piece = 64 * 1024;
    while (bytes.size() <= cap) {
        const QByteArray piece = device.read(qMin(Piece, cap + 1 - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    return bytes;
}
} // namespace

Payload PayloadInput::load(const QString& source, QIODevice* standardInput)
{
    QByteArray bytes;
    if (source == u"-") {
        if (!standardInput || !standardInput->isReadable())
            return unreadable(tr("cannot read standard input"));
        bytes = readCapped(*standardInput, MaxBytes);
    } else {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            return unreadable(tr("cannot read %1: %2").arg(source, file.errorString()));
        bytes = readCapped(file, MaxBytes);
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
