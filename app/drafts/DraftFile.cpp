#include "DraftFile.h"

#include "variables/MessageFill.h"
#include "variables/Placeholders.h"

#include "message/MessageJson.h"
#include "sending/OctopodsRequest.h"
#include "sending/PhoneNumber.h"

#include <QFileInfo>

#include <cmath>

namespace wa {

namespace {
using L1 = QLatin1StringView;
const auto Marker = L1(DraftFile::MarkerKey);
const auto NameKey = L1("name");
const auto TagsKey = L1("tags");
const auto RecipientKey = L1("default_recipient");
const auto TeammateKey = L1("teammate_id");
const auto VariablesKey = L1("variables");
const auto ProductLooksKey = L1("product_looks");
const auto CreatedKey = L1("created_at");
const auto UpdatedKey = L1("updated_at");
const auto MessageKey = L1("message");

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs); // 2024-03-05T14:07:09.123Z, as the database writes
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Valid JSON text spaced anew: `indent` spaces per level, or none at all (one line). A pass over the text
// rather than a parse: QJsonObject would sort the keys, and the message must keep its own order.
QByteArray respaced(QByteArrayView json, int indent)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    const auto newline = [&] {
        if (indent > 0) {
            out += '\n';
            out.append(qsizetype(indent) * depth, ' ');
        }
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        switch (c) {
        case '"': {
            const qsizetype start = i;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
            }
            out += json.sliced(start, qMin(i + 1, json.size()) - start);
            break;
        }
        case '{':
        case '[': {
            qsizetype next = i + 1;
            while (next < json.size() && isJsonSpace(json[next]))
                ++next;
            out += c;
            if (next < json.size() && json[next] == (c == '{' ? '}' : ']')) {
                out += json[next]; // {} and [] stay on one line
                i = next;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += ',';
            newline();
            break;
        case ':':
            out += indent > 0 ? ": " : ":";
            break;
        default:
            if (!isJsonSpace(c))
                out += c;
        }
    }
    if (indent > 0)
        out += '\n';
    return out;
}

void readTime(JsonReader& in, const QJsonObject& object, QLatin1StringView key, QDateTime* time)
{
    const std::optional<QString> text = in.string(object, key, {}, JsonReader::Presence::Optional);
    if (!text)
        return;
    *time = QDateTime::fromString(*text, Qt::ISODateWithMs).toUTC();
    if (!time->isValid())
        in.error(JsonPath().child(key),
                 DraftFile::tr("not a date and time in ISO 8601 form, such as 2024-03-05T14:07:09.123Z"));
}

// "variables": {"carrier": "DHL"}: a text for each variable name.
void readVariableDefaults(JsonReader& in, const QJsonObject& object, QMap<QString, QString>* defaults)
{
    const std::optional<QJsonObject> variables =
        in.object(object, VariablesKey, {}, JsonReader::Presence::Optional);
    if (!variables)
        return;
    for (auto it = variables->constBegin(); it != variables->constEnd(); ++it) {
        const QString path = JsonReader::child(VariablesKey, it.key());
        if (!Placeholders::isName(it.key()))
            in.error(path, DraftFile::tr("not a variable name: letters, digits, _ and . only"));
        else if (!it->isString())
            in.error(path, DraftFile::tr("expected a string, got %1").arg(JsonReader::describe(*it)));
        else
            defaults->insert(it.key(), it->toString());
    }
}

// "product_looks": {"SKU-1": {"name": "Trail Runner X2", "price": "₹1,299", "image": "https://..."}}: how
// the preview shows each product (ProductLook), never sent.
void readProductLooks(JsonReader& in, const QJsonObject& object, ProductLooks* looks)
{
    const std::optional<QJsonObject> all =
        in.object(object, ProductLooksKey, {}, JsonReader::Presence::Optional);
    if (!all)
        return;
    const QLatin1StringView fields[] = {L1(ProductLookRules::NameKey), L1(ProductLookRules::PriceKey),
                                        L1(ProductLookRules::ImageKey)};
    for (auto it = all->constBegin(); it != all->constEnd(); ++it) {
        const QString path = JsonReader::child(ProductLooksKey, it.key());
        if (!it->isObject()) {
            in.error(path, DraftFile::tr("expected an object, got %1").arg(JsonReader::describe(*it)));
            continue;
        }
        const QJsonObject fieldsOf = it->toObject();
        ProductLook look;
        QString* targets[] = {&look.name, &look.price, &look.imageLink};
        bool ok = true;
        for (auto field = fieldsOf.constBegin(); field != fieldsOf.constEnd(); ++field) {
            const QString fieldPath = JsonReader::child(path, field.key());
            const auto known = std::find(std::begin(fields), std::end(fields), field.key());
            if (known == std::end(fields)) {
                in.error(fieldPath, DraftFile::tr("unknown key: a product's look has a name, a price and an "
                                                  "image"));
                ok = false;
            } else if (!field->isString()) {
                in.error(fieldPath,
                         DraftFile::tr("expected a string, got %1").arg(JsonReader::describe(*field)));
                ok = false;
            } else if (field->toString().isEmpty()) {
                in.error(fieldPath, DraftFile::tr("empty: leave the key out, or give it a value"));
                ok = false;
            } else {
                *targets[known - std::begin(fields)] = field->toString();
            }
        }
        if (!ok)
            continue;
        if (const QString why = ProductLookRules::problem(it.key(), look); !why.isEmpty())
            in.error(path, why);
        else if (!look.isEmpty())
            looks->insert(it.key(), look);
    }
    if (looks->size() > ProductLookRules::LooksMax)
        in.error(QString(ProductLooksKey), ProductLookRules::problem(*looks));
}

DraftFileContents readWrapper(const QJsonObject& object)
{
    DraftFileContents contents;
    contents.shape = DraftFileContents::Shape::Draft;
    JsonReader in;
    const JsonPath root;
    in.rejectUnknownKeys(object,
                         {Marker, NameKey, TagsKey, RecipientKey, TeammateKey, VariablesKey, ProductLooksKey,
                          CreatedKey, UpdatedKey, MessageKey},
                         root);

    const QJsonValue version = object.value(Marker);
    const double number = version.toDouble();
    if (!version.isDouble())
        in.error(
            root.child(Marker),
            DraftFile::tr("expected the format's version number, got %1").arg(JsonReader::describe(version)));
    else if (number > DraftFile::FormatVersion && number == std::floor(number))
        // A later format may mean something else by the same keys: refuse it rather than guess.
        in.error(root.child(Marker),
                 DraftFile::tr("format version %1 was written by a newer wa-composer; this "
                               "one reads version %2")
                     .arg(version.toInteger())
                     .arg(DraftFile::FormatVersion));
    else if (number != DraftFile::FormatVersion)
        in.error(root.child(Marker), DraftFile::tr("unknown format version %1; expected %2")
                                         .arg(number)
                                         .arg(DraftFile::FormatVersion));

    Draft& draft = contents.draft;
    draft.name = in.string(object, NameKey, root, JsonReader::Presence::Optional).value_or(QString());
    if (const std::optional<QJsonArray> tags =
            in.array(object, TagsKey, root, JsonReader::Presence::Optional)) {
        for (qsizetype i = 0; i < tags->size(); ++i) {
            const QJsonValue tag = tags->at(i);
            if (tag.isString())
                draft.tags.append(tag.toString());
            else
                in.error(root.child(TagsKey).at(i),
                         DraftFile::tr("expected a string, got %1").arg(JsonReader::describe(tag)));
        }
    }
    draft.defaultRecipient =
        in.string(object, RecipientKey, root, JsonReader::Presence::Optional).value_or(QString());
    draft.teammateId =
        in.string(object, TeammateKey, root, JsonReader::Presence::Optional).value_or(QString());
    readVariableDefaults(in, object, &draft.variableDefaults);
    readProductLooks(in, object, &draft.productLooks);
    readTime(in, object, CreatedKey, &draft.createdAt);
    readTime(in, object, UpdatedKey, &draft.updatedAt);

    const std::optional<QJsonObject> message = in.object(object, MessageKey, root);
    contents.errors = in.errors();
    if (message) {
        MessageParseResult result = MessageJson::fromJson(*message, MessageKey);
        contents.errors += result.errors;
        if (result.message)
            contents.message = *result.message;
    }
    return contents;
}
} // namespace

QString DraftFileContents::messagePath() const
{
    switch (shape) {
    case Shape::Draft:
        return MessageKey;
    case Shape::Request:
        return QStringLiteral("waba_interactive_message");
    case Shape::Message:
        break;
    }
    return {};
}

QString DraftFileContents::recipientPath() const
{
    switch (shape) {
    case Shape::Draft:
        return RecipientKey;
    case Shape::Request:
        return QStringLiteral("destination_phone");
    case Shape::Message:
        break;
    }
    return {};
}

QByteArray DraftFile::toJson(const Draft& draft, QString* error, JsonWriter::Format format)
{
    JsonError syntax;
    if (!MessageJson::parseDocument(draft.payload, &syntax)) {
        if (error)
            *error = tr("its message is not JSON (%1: %2)").arg(syntax.path, syntax.message);
        return {};
    }
    JsonWriter out(JsonWriter::Format::Compact);
    out.beginObject();
    out.key(Marker);
    out.value(FormatVersion);
    out.member(NameKey, draft.name);
    out.key(TagsKey);
    out.beginArray();
    for (const QString& tag : draft.tags)
        out.string(tag);
    out.endArray();
    if (!draft.defaultRecipient.isEmpty())
        out.member(RecipientKey, draft.defaultRecipient);
    if (!draft.teammateId.isEmpty())
        out.member(TeammateKey, draft.teammateId);
    if (!draft.variableDefaults.isEmpty()) {
        QJsonObject variables; // names are the agent's: any letters, so not JsonWriter's Latin-1 keys
        for (auto it = draft.variableDefaults.constBegin(); it != draft.variableDefaults.constEnd(); ++it)
            variables.insert(it.key(), it.value());
        out.key(VariablesKey);
        out.value(variables);
    }
    if (const QJsonObject looks = ProductLookRules::toJson(draft.productLooks); !looks.isEmpty()) {
        out.key(ProductLooksKey);
        out.value(looks);
    }
    if (draft.createdAt.isValid())
        out.member(CreatedKey, timeText(draft.createdAt));
    if (draft.updatedAt.isValid())
        out.member(UpdatedKey, timeText(draft.updatedAt));
    out.key(MessageKey);
    // JsonWriter writes no raw text: take the wrapper so far and add the payload as stored, so that not even
    // its key order changes, then space the whole.
    const QByteArray compact = out.take() + draft.payload + '}';
    return respaced(compact, format == JsonWriter::Format::Indented ? 2 : 0);
}

bool DraftFile::isDraftFile(const QJsonObject& json)
{
    return json.contains(Marker);
}

DraftFileContents DraftFile::read(const QByteArray& text)
{
    JsonError syntax;
    const std::optional<QJsonValue> json = MessageJson::parseDocument(text, &syntax);
    if (json)
        return read(*json);
    DraftFileContents contents;
    contents.isJson = false;
    contents.errors = {syntax};
    return contents;
}

DraftFileContents DraftFile::read(const QJsonValue& json)
{
    DraftFileContents contents;
    if (json.isObject() && isDraftFile(json.toObject())) {
        contents = readWrapper(json.toObject());
    } else if (json.isObject() && OctopodsRequest::isRequestBody(json.toObject())) {
        // open_intercom_conversation has no place in a draft: it is a choice made when sending.
        const RequestParseResult result = OctopodsRequest::fromJson(json.toObject());
        contents.shape = DraftFileContents::Shape::Request;
        contents.errors = result.errors;
        contents.message = result.request.message;
        contents.draft.defaultRecipient = result.request.destinationPhone;
        contents.draft.teammateId = result.request.intercomTeammateId;
    } else {
        MessageParseResult result = MessageJson::fromJson(json);
        contents.errors = result.errors;
        if (result.message)
            contents.message = *result.message;
    }
    if (contents.errors.isEmpty())
        contents.draft.payload = MessageJson::toJson(contents.message, JsonWriter::Format::Compact);
    return contents;
}

std::optional<ValidationIssue> DraftFile::checkRecipient(const QString& phone, const QString& path)
{
    if (phone.isEmpty())
        return std::nullopt;
    const PhoneNumberResult normalized = PhoneNumber::normalize(phone);
    if (!normalized.isValid())
        return ValidationIssue{path, Severity::Error, QStringLiteral("invalid-phone"), normalized.error};
    if (normalized.e164 != phone)
        return ValidationIssue{path, Severity::Error, QStringLiteral("not-e164"),
                               tr("Not in E.164 form: write it as %1.").arg(normalized.e164)};
    return std::nullopt;
}

namespace {
QList<ValidationIssue> messageIssues(const DraftFileContents& contents)
{
    QList<ValidationIssue> issues = MessageFill::check(contents.message);
    const QString root = contents.messagePath();
    if (!root.isEmpty()) {
        for (ValidationIssue& issue : issues)
            issue.path = JsonReader::child(root, issue.path);
    }
    return issues;
}
} // namespace

QList<ValidationIssue> DraftFile::check(const DraftFileContents& contents)
{
    QList<ValidationIssue> issues;
    if (const std::optional<ValidationIssue> recipient =
            checkRecipient(contents.draft.defaultRecipient, contents.recipientPath()))
        issues.append(*recipient);
    return issues + messageIssues(contents);
}

// What an import keeps: a file whose structure is wrong is refused by the caller (there is no message to
// keep), but a message that breaks WhatsApp's rules is imported, its issues handed back to be reported.
// Drafts are work in progress: the library already keeps invalid messages, the editor shows every issue
// and sending refuses them; refusing them here would only make a half-finished export impossible to bring
// back.
Draft DraftFile::toDraft(const DraftFileContents& contents, const QString& fallbackName,
                         QList<ValidationIssue>* issues)
{
    Draft draft;
    draft.name = contents.draft.name.trimmed().isEmpty() ? fallbackName : contents.draft.name;
    draft.tags = contents.draft.tags;
    draft.teammateId = contents.draft.teammateId;
    draft.variableDefaults = contents.draft.variableDefaults;
    draft.productLooks = contents.draft.productLooks;
    draft.payload = MessageJson::toJson(contents.message, JsonWriter::Format::Compact);
    QList<ValidationIssue> found;
    if (!contents.draft.defaultRecipient.isEmpty()) {
        // The library keeps recipients in E.164; one that cannot be made so is left out rather than stored
        // as something the send panel would refuse, and the issue says what it was.
        const PhoneNumberResult phone = PhoneNumber::normalize(contents.draft.defaultRecipient);
        if (phone.isValid())
            draft.defaultRecipient = phone.e164;
        else
            found.append({contents.recipientPath(), Severity::Warning, QStringLiteral("invalid-phone"),
                          tr("\"%1\": %2 Not kept as the draft's default recipient.")
                              .arg(contents.draft.defaultRecipient, phone.error)});
    }
    if (issues)
        *issues = found + messageIssues(contents);
    return draft;
}

QString DraftFile::nameFromPath(const QString& path)
{
    QString name = QFileInfo(path).fileName();
    if (name.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive))
        name.chop(5);
    return name.trimmed();
}

namespace {
bool isUnsafe(char32_t c)
{
    // Control characters, and the bidirectional overrides and isolates that make a name display as
    // something else ("offer\u202Egpj.exe").
    return c == u'/' || c == u'\\' || QChar::category(c) == QChar::Other_Control ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}
} // namespace

QString DraftFile::fileNameFor(const QString& draftName)
{
    constexpr qsizetype MaxBytes = 200; // file systems allow 255, and " (2).json" must still fit
    QString name;
    qsizetype bytes = 0;
    for (const char32_t c : draftName.toUcs4()) {
        const QString piece = isUnsafe(c) ? QStringLiteral("_") : QString::fromUcs4(&c, 1);
        bytes += piece.toUtf8().size();
        if (bytes > MaxBytes)
            break;
        name += piece;
    }
    // A leading dot hides the file (or makes it "." or ".."); spaces at either end are easily lost.
    qsizetype start = 0;
    while (start < name.size() && (name[start] == u'.' || name[start].isSpace()))
        ++start;
    name = name.sliced(start).trimmed();
    return name.isEmpty() ? QStringLiteral("draft") : name;
}

} // namespace wa
