#pragma once

#include "Draft.h"
#include "message/InteractiveMessage.h"
#include "message/JsonReader.h"
#include "message/JsonWriter.h"
#include "message/Validator.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace wa {

// What a file to import held, whatever its shape (docs/drafts-file-format.md): an exported draft (the
// wrapper), a bare interactive message, or an Octopods request body.
struct DraftFileContents
{
    enum class Shape { Draft, Message, Request };
    Shape shape = Shape::Message;
    // The file's own fields, as written: the name (empty when the file has none), tags, default recipient
    // (a request body's destination_phone), teammate id, and a wrapper's times. payload is the message,
    // compact and canonical (MessageJson::toJson), once it has been read without errors.
    Draft draft;
    InteractiveMessage message; // meaningful only when errors is empty
    // Structure problems by their path from the file's root ("message.action.buttons[0].reply.title"), or
    // the one syntax error, whose path is its line and column.
    QList<JsonError> errors;
    bool isJson = true; // false: the text does not parse, and errors says where

    bool isParsed() const { return isJson && errors.isEmpty(); }
    // Where the message sits in the file: "message", "" (bare) or "waba_interactive_message".
    QString messagePath() const;
    // The key that holds the recipient: "default_recipient" or "destination_phone"; empty for a bare message.
    QString recipientPath() const;
};

// The .json file of one draft, for export and import; the format is docs/drafts-file-format.md.
class DraftFile
{
    Q_DECLARE_TR_FUNCTIONS(wa::DraftFile)
public:
    static constexpr int FormatVersion = 1;
    static constexpr const char* MarkerKey = "wa_composer_draft"; // the wrapper's first key: its version

    // The wrapper, keys in the documented order, indented by 2 spaces (or compact). The message is the
    // stored payload exactly as stored (its keys keep their order; only spacing changes). Empty, with
    // *error, when the stored payload is not JSON at all.
    static QByteArray toJson(const Draft& draft, QString* error = nullptr,
                             JsonWriter::Format format = JsonWriter::Format::Indented);

    // True when the object is a wrapper (it has the marker key), whatever its version.
    static bool isDraftFile(const QJsonObject& json);
    // Any of the three shapes, from text or from parsed JSON.
    static DraftFileContents read(const QByteArray& text);
    static DraftFileContents read(const QJsonValue& json);

    // Everything that stands between the contents and a send: the validator's issues under
    // messagePath(), and the recipient's (when there is one, it must be a phone number in E.164 form).
    static QList<ValidationIssue> check(const DraftFileContents& contents);
    // The recipient's issue at `path`, if any: an empty one is none.
    static std::optional<ValidationIssue> checkRecipient(const QString& phone, const QString& path);

    // The draft to store for what a file held (contents.isParsed() must be true): the file's name, else
    // fallbackName; the recipient in E.164 form. *issues (when given) receives check()'s issues: an import
    // keeps a message that breaks WhatsApp's rules (see the comment in DraftFile.cpp), and a recipient that
    // is no phone number is left out, with its issue.
    static Draft toDraft(const DraftFileContents& contents, const QString& fallbackName,
                         QList<ValidationIssue>* issues = nullptr);
    // The name a file gives a draft that does not name itself: its file name without ".json".
    static QString nameFromPath(const QString& path);
    // A file name (no folder, no extension) for a draft's name: no '/', '\' or control characters (each
    // becomes '_'), no leading dots or spaces, at most 200 bytes of UTF-8; "draft" when nothing is left.
    static QString fileNameFor(const QString& draftName);
};

} // namespace wa
