#pragma once

#include "drafts/Draft.h"
#include "message/InteractiveMessage.h"
#include "message/JsonReader.h"
#include "sending/OctopodsRequest.h"

#include <QCoreApplication>
#include <QIODevice>

namespace wa {

// What a verb's FILE|- argument held: a bare interactive message, a whole Octopods request body, or an
// exported draft (docs/drafts-file-format.md).
struct Payload
{
    QString readError;                      // set when the input could not be read, or is not JSON at all
    QList<JsonError> errors;                // structure problems, by path
    std::optional<OctopodsRequest> request; // a request body (destination_phone may have been absent)
    bool hasDestinationPhone = false;
    // An exported draft's fields (its default recipient and teammate are what a send defaults to), or the
    // library's draft that `--draft NAME` named.
    std::optional<Draft> draft;
    InteractiveMessage message; // valid when readError and errors are empty
    // Where the message sits in the input, to name the validator's paths as they are in the file: "" for a
    // bare message, "waba_interactive_message" in a request body, "message" in a draft file.
    QString messagePath;

    bool isReadable() const { return readError.isEmpty(); }
    bool isParsed() const { return readError.isEmpty() && errors.isEmpty(); }
    // Why it cannot be used, a line each: the read error, then the structure errors by path.
    QStringList problems() const;
};

class PayloadInput
{
    Q_DECLARE_TR_FUNCTIONS(wa::PayloadInput)
public:
    // A payload larger than this is refused before parsing. The largest valid message is about 10 KB (a
    // flow's data is the only open-ended part); a file this size still validates in well under 2 s, while a
    // hostile 60 MB one took seconds and a gigabyte and a half of memory.
    static constexpr qint64 MaxBytes = 8 * 1024 * 1024;

    // source is a file path or "-" for standard input.
    static Payload load(const QString& source, QIODevice* standardInput);
    static Payload parse(const QByteArray& bytes);
    // The bytes of a source, at most MaxBytes; nullopt, with *error naming the source, when it cannot be
    // read or is larger.
    static std::optional<QByteArray> read(const QString& source, QIODevice* standardInput, QString* error);
};

} // namespace wa
