#include "message/PayloadInput.h"

#include "drafts/DraftFile.h"
#include "message/MessageJson.h"

#include <QFile>

namespace wa {

QStringList Payload::problems() const
{
    QStringList lines;
    if (!readError.isEmpty())
        lines.append(readError);
    for (const JsonError& error : errors)
        lines.append(error.toString());
    return lines;
}

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

std::optional<QByteArray> PayloadInput::read(const QString& source, QIODevice* standardInput, QString* error)
{
    QByteArray bytes;
    if (source == u"-") {
        if (!standardInput || !standardInput->isReadable()) {
            *error = tr("cannot read standard input");
            return std::nullopt;
        }
        bytes = readCapped(*standardInput, MaxBytes);
    } else {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(source, file.errorString());
            return std::nullopt;
        }
        bytes = readCapped(file, MaxBytes);
    }
    if (bytes.size() > MaxBytes) {
        *error = tr("%1 is larger than %2 MiB; not a message").arg(source).arg(MaxBytes / (1024 * 1024));
        return std::nullopt;
    }
    return bytes;
}

Payload PayloadInput::load(const QString& source, QIODevice* standardInput)
{
    QString error;
    const std::optional<QByteArray> bytes = read(source, standardInput, &error);
    return bytes ? parse(*bytes) : unreadable(error);
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
    if (json->isObject() && DraftFile::isDraftFile(json->toObject())) {
        DraftFileContents contents = DraftFile::read(*json);
        payload.errors = contents.errors;
        payload.message = contents.message;
        payload.draft = std::move(contents.draft);
        payload.messagePath = contents.messagePath();
        return payload;
    }
    if (json->isObject() && OctopodsRequest::isRequestBody(json->toObject())) {
        RequestParseResult result = OctopodsRequest::fromJson(json->toObject());
        payload.errors = result.errors;
        payload.hasDestinationPhone = result.hasDestinationPhone;
        payload.message = result.request.message;
        payload.request = std::move(result.request);
        payload.messagePath = QStringLiteral("waba_interactive_message");
        return payload;
    }
    MessageParseResult result = MessageJson::fromJson(*json);
    payload.errors = result.errors;
    if (result.message)
        payload.message = *result.message;
    return payload;
}

} // namespace wa
