#pragma once

#include "message/InteractiveMessage.h"
#include "message/JsonReader.h"
#include "sending/OctopodsRequest.h"

#include <QCoreApplication>
#include <QIODevice>

namespace wa::cli {

// What a verb's FILE|- argument held: a bare interactive message or a whole Octopods request body.
struct Payload
{
    QString readError;                      // set when the input could not be read, or is not JSON at all
    QList<JsonError> errors;                // structure problems, by path
    std::optional<OctopodsRequest> request; // a request body (destination_phone may have been absent)
    bool hasDestinationPhone = false;
    InteractiveMessage message; // valid when readError and errors are empty

    bool isReadable() const { return readError.isEmpty(); }
    bool isParsed() const { return readError.isEmpty() && errors.isEmpty(); }
};

class PayloadInput
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::PayloadInput)
public:
    // A payload larger than this is refused before parsing: no real message comes near it.
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    // source is a file path or "-" for standard input.
    static Payload load(const QString& source, QIODevice* standardInput);
    static Payload parse(const QByteArray& bytes);
};

} // namespace wa::cli
