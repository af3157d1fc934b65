#include "FuzzTargets.h"

#include "drafts/DraftFile.h"
#include "message/MessageJson.h"
#include "message/TextFormatting.h"
#include "message/Validator.h"
#include "sending/PhoneNumber.h"
#include "sending/Redaction.h"
#include "sending/SendResult.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace wa::fuzz {

namespace {

[[noreturn]] void broken(const char* what, const QByteArray& input)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\ninput: %s\n", what, input.toBase64().constData());
    std::abort();
}

#define FUZZ_CHECK(condition, input)                                                                         \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            broken(#condition, input);                                                                       \
    } while (false)

QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace

void message(const uint8_t* data, size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const MessageParseResult parsed = MessageJson::fromJson(input);
    FUZZ_CHECK(parsed.ok() || !parsed.errors.isEmpty(), input); // a refusal always says why
    if (!parsed.ok())
        return;
    const QList<ValidationIssue> issues = Validator::check(*parsed.message);
    for (const ValidationIssue& issue : issues)
        FUZZ_CHECK(!issue.code.isEmpty() && !issue.message.isEmpty(), input);
    FUZZ_CHECK(Validator::check(*parsed.message) == issues, input); // the validator is pure
    const QByteArray written = MessageJson::toJson(*parsed.message, JsonWriter::Format::Compact);
    const MessageParseResult again = MessageJson::fromJson(written);
    FUZZ_CHECK(again.ok(), input);
    FUZZ_CHECK(*again.message == *parsed.message, input);
    FUZZ_CHECK(MessageJson::toJson(*again.message, JsonWriter::Format::Compact) == written, input);
}

void textFormatting(const uint8_t* data, size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const QString source = QString::fromUtf8(input);
    const TextFormatting::FormattedText shown = TextFormatting::parse(source);
    FUZZ_CHECK(shown.text.size() <= source.size(), input); // markers are removed, nothing added
    int end = 0;
    for (const TextFormatting::StyledRange& range : shown.ranges) {
        FUZZ_CHECK(range.length > 0, input);
        FUZZ_CHECK(range.start >= end, input); // sorted, no overlap
        end = range.start + range.length;
        FUZZ_CHECK(end <= shown.text.size(), input);
    }
    int next = 0;
    for (const TextFormatting::Block& block : shown.blocks) {
        FUZZ_CHECK(block.start == next, input); // the blocks cover the text, line after line
        FUZZ_CHECK(block.length >= 0 && block.start + block.length <= shown.text.size(), input);
        next = block.start + block.length + 1; // past its '\n'
    }
    FUZZ_CHECK(shown.blocks.isEmpty() ? shown.text.isEmpty() : next == shown.text.size() + 1, input);
    FUZZ_CHECK(TextFormatting::parse(source) == shown, input);
}

void draftFile(const uint8_t* data, size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const DraftFileContents contents = DraftFile::read(input);
    FUZZ_CHECK(contents.isParsed() || !contents.errors.isEmpty(), input);
    if (!contents.isParsed())
        return;
    DraftFile::check(contents);
    Draft draft = DraftFile::toDraft(contents, QStringLiteral("fuzz"));
    QString error;
    const QByteArray written = DraftFile::toJson(draft, &error);
    FUZZ_CHECK(!written.isEmpty(), input);
    const DraftFileContents again = DraftFile::read(written);
    FUZZ_CHECK(again.isParsed(), input);
    FUZZ_CHECK(again.message == contents.message, input);
    FUZZ_CHECK(again.draft.name.trimmed() == draft.name.trimmed(), input);
    FUZZ_CHECK(again.draft.tags == draft.tags, input);
}

void response(const uint8_t* data, size_t size)
{
    const QByteArray input = bytesOf(data, size);
    static const QString key = QStringLiteral("fuzz-key-7d1c9a");
    for (const auto outcome : {SendResult::Outcome::Accepted, SendResult::Outcome::Rejected,
                               SendResult::Outcome::RateLimited, SendResult::Outcome::Redirected}) {
        SendResult result;
        result.outcome = outcome;
        result.httpStatus = 400;
        result.body = input;
        result.readBody();
        FUZZ_CHECK(!result.summary().isEmpty(), input);
    }
    const QByteArray withKey = input + key.toUtf8() + input;
    FUZZ_CHECK(!Redaction::redact(withKey, key).contains(key.toUtf8()), input);
}

void phoneNumber(const uint8_t* data, size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const QString typed = QString::fromUtf8(input.left(64)); // no phone number is longer
    for (const QString& region : {QString(), QStringLiteral("IE"), QStringLiteral("US")}) {
        const PhoneNumberResult result = PhoneNumber::normalize(typed, region);
        FUZZ_CHECK(result.isValid() == result.error.isEmpty(), input); // valid, or a reason
        if (result.isValid()) {
            FUZZ_CHECK(result.e164.startsWith(u'+'), input);
            FUZZ_CHECK(PhoneNumber::normalize(result.e164).e164 == result.e164, input);
        }
        const int cursor = int(typed.size() / 2);
        const PhoneNumber::Typed shown = PhoneNumber::formatAsTyped(typed, cursor, region);
        FUZZ_CHECK(shown.cursor >= 0 && shown.cursor <= shown.text.size(), input);
    }
}

} // namespace wa::fuzz
