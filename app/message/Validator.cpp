#include "Validator.h"

#include "JsonReader.h"
#include "Limits.h"
#include "TextMetrics.h"
#include "variables/MessageFill.h"
#include "variables/Placeholders.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QUrl>
#include <climits>

namespace wa {

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

namespace {

// Names the translation context, so lupdate and the runtime agree on it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wa::Validator)
};

using L1 = QLatin1StringView;

// How a text field may be written, beyond its length.
struct TextRule
{
    int min = 1; // 0: optional
    int max = 0;
    bool markdownRenders =
        false; // body and footer render *bold* and friends; other fields show them literally
    bool emojiAllowed = true;
    bool warnOuterWhitespace = false;
    bool errorOuterWhitespace = false;
    bool shownToCustomer = true; // ids are not: markers in them are harmless
};

// Ids are machine values: no surrounding spaces, never shown, any length up to their limit.
constexpr TextRule idRule(int max)
{
    return {.max = max, .errorOuterWhitespace = true, .shownToCustomer = false};
}

class Checker
{
public:
    QList<ValidationIssue> issues;
    const FilledMessage* fill = nullptr; // set when the message's placeholders were filled

    // The field's placeholders, when it has any.
    const FilledField* filledField(const JsonPath& path) const
    {
        if (!fill || fill->fields.isEmpty())
            return nullptr;
        return fill->field(path.toString());
    }
    // A field with a variable that has neither value nor fallback: what depends on the value waits.
    bool isOpen(const JsonPath& path) const
    {
        const FilledField* field = filledField(path);
        return field && !field->unfilled.isEmpty();
    }

    void error(const JsonPath& path, const QString& code, const QString& message)
    {
        issues.append({path.toString(), Severity::Error, code, message});
    }
    void warning(const JsonPath& path, const QString& code, const QString& message)
    {
        issues.append({path.toString(), Severity::Warning, code, message});
    }

    // Returns the length in code points.
    qsizetype text(const JsonPath& path, const QString& value, const TextRule& rule)
    {
        const TextMetrics::Measure measure = TextMetrics::measure(value);
        const qsizetype length = measure.codePoints;
        const FilledField* field = filledField(path);
        const bool open = field && !field->unfilled.isEmpty();
        if (length == 0) {
            if (rule.min > 0 && !open)
                error(path, QStringLiteral("empty"), Text::tr("Must not be empty."));
            return length;
        }
        if (measure.loneSurrogates > 0)
            reportBrokenText(path);
        // Texts shown on the phone may break lines (and keep tabs); an id is one machine word.
        controlCharacters(path, value, rule.shownToCustomer ? AllowLineBreaks::Yes : AllowLineBreaks::No);
        if (length > rule.max) {
            error(path, QStringLiteral("too-long"),
                  field ? Text::tr("Too long once filled: %n characters, at most %1 allowed.", nullptr,
                                   int(length))
                              .arg(rule.max)
                        : Text::tr("Too long: %n characters, at most %1 allowed.", nullptr, int(length))
                              .arg(rule.max));
        } else {
            warnIfUtf16Exceeds(path, value, length, rule.max);
            if (field)
                warnOfLittleRoom(path, *field, rule.max);
        }
        if (open)
            return length; // spaces around an empty value, or a blank one, are the value's to settle
        if (TextMetrics::isBlank(value)) {
            if (rule.errorOuterWhitespace)
                error(path, QStringLiteral("outer-whitespace"), Text::tr("Must not be white space only."));
            else
                warning(path, QStringLiteral("blank"),
                        Text::tr("Only white space: WhatsApp shows nothing here."));
            return length;
        }
        if (TextMetrics::hasOuterWhitespace(value)) {
            if (rule.errorOuterWhitespace)
                error(path, QStringLiteral("outer-whitespace"),
                      Text::tr("Must not start or end with a space."));
            else if (rule.warnOuterWhitespace)
                warning(path, QStringLiteral("outer-whitespace"),
                        Text::tr("Starts or ends with white space, which WhatsApp trims or shows oddly."));
        }
        if (!rule.emojiAllowed && TextMetrics::containsEmoji(value))
            error(path, QStringLiteral("emoji"), Text::tr("Emoji are not allowed here."));
        else if (!rule.emojiAllowed && TextMetrics::containsTextStylePictograph(value))
            warning(path, QStringLiteral("pictograph"),
                    Text::tr("Symbols such as ™, © or ▶ show as emoji on some phones, and emoji are not "
                             "allowed here."));
        if (rule.shownToCustomer && !rule.markdownRenders && TextMetrics::containsMarkdown(value))
            warning(path, QStringLiteral("markdown-literal"),
                    Text::tr("Formatting markers are not rendered here: WhatsApp shows them as typed."));
        return length;
    }

    // A name or an order number may not fit in what the text around the placeholders leaves.
    void warnOfLittleRoom(const JsonPath& path, const FilledField& field, int max)
    {
        const qsizetype room = max - field.fixedLength;
        if (room >= Limits::VariableRoomWarning || room < 0)
            return;
        QStringList spelled;
        for (const QString& name : field.names)
            spelled.append(Placeholders::spelled(name));
        warning(path, QStringLiteral("variable-room"),
                Text::tr("Leaves %n characters for %1 under the limit of %2.", nullptr, int(room))
                    .arg(QLocale().createSeparatedList(spelled))
                    .arg(max));
    }

    // Several SDKs count UTF-16 units, not characters: an emoji is two of them.
    void warnIfUtf16Exceeds(const JsonPath& path, const QString& value, qsizetype length, int max)
    {
        if (value.size() <= max)
            return;
        warning(
            path, QStringLiteral("utf16-length"),
            Text::tr("%1 characters, within the limit of %2, but %3 UTF-16 units: some clients count those "
                     "and may reject it.")
                .arg(length)
                .arg(max)
                .arg(value.size()));
    }

    // tooFew and tooMany are untranslated sources (QT_TRANSLATE_NOOP), translated only when reported;
    // tooMany takes the count as %n and the maximum as %1.
    void count(const JsonPath& path, qsizetype n, int min, int max, const char* tooFew, const char* tooMany)
    {
        if (n < min)
            error(path, QStringLiteral("too-few"), Text::tr(tooFew));
        else if (n > max)
            error(path, QStringLiteral("too-many"), Text::tr(tooMany, nullptr, int(n)).arg(max));
    }

    // Half a surrogate pair cannot be shown, nor sent as UTF-8; nor can control characters be sent (WhatsApp
    // refuses a NUL). text() checks its fields; this is for the others (URLs, flow and catalog values).
    void brokenText(const JsonPath& path, const QString& value)
    {
        if (TextMetrics::measure(value).loneSurrogates > 0)
            reportBrokenText(path);
        controlCharacters(path, value, AllowLineBreaks::No);
    }

    enum class AllowLineBreaks { No, Yes };
    // The first control character (U+0000 to U+001F, U+007F to U+009F) but for a line feed or a tab where
    // line breaks belong, by its position in code points: one issue per field.
    void controlCharacters(const JsonPath& path, const QString& value, AllowLineBreaks lineBreaks)
    {
        // Runs on every keystroke for every field: no copy of the text. Control characters (Cc) are U+0000 to
        // U+001F and U+007F to U+009F, so UTF-16 units are enough; the position counts code points (a
        // surrogate pair is one).
        qsizetype position = 0;
        for (const QChar unit : value) {
            if (!unit.isLowSurrogate())
                ++position;
            const char16_t c = unit.unicode();
            const bool control = c < 0x20 || (c >= 0x7F && c < 0xA0); // Unicode's Cc, all of it
            if (!control)
                continue;
            if (lineBreaks == AllowLineBreaks::Yes && (c == u'\n' || c == u'\t'))
                continue;
            error(
                path, QStringLiteral("control-character"),
                Text::tr("Holds a control character (U+%1) at character %2: WhatsApp refuses it. Remove it.")
                    .arg(QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper())
                    .arg(position));
            return;
        }
    }

    void reportBrokenText(const JsonPath& path)
    {
        error(path, QStringLiteral("broken-text"),
              Text::tr("Holds a broken character (half of a UTF-16 surrogate pair): retype or remove it."));
    }

    void url(const JsonPath& path, const QString& value, bool httpsOnly)
    {
        brokenText(path, value);
        if (isOpen(path))
            return; // "https://example.com/orders/{{order_id}}" is checked once filled
        if (value.isEmpty()) {
            error(path, QStringLiteral("empty"), Text::tr("Must not be empty."));
            return;
        }
        const QUrl url(value, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
            error(path, QStringLiteral("invalid-url"),
                  Text::tr("Not an absolute URL with a host, such as https://example.com/page."));
        } else if (scheme != u"https" && (httpsOnly || scheme != u"http")) {
            error(path, QStringLiteral("url-scheme"),
                  httpsOnly ? Text::tr("Must be an https:// URL.")
                            : Text::tr("Must be an http:// or https:// URL."));
        }
    }

    // Within one message, ids must be unique: the reply webhook is how the business tells them apart.
    void uniqueIds(const QList<std::pair<JsonPath, QString>>& pathsAndIds)
    {
        forEachRepeat(settled(pathsAndIds), [this](const JsonPath& path, const JsonPath& first) {
            error(path, QStringLiteral("duplicate-id"),
                  Text::tr("Same id as %1; ids must be unique.").arg(first.toString()));
        });
    }

    void uniqueTitles(const QList<std::pair<JsonPath, QString>>& pathsAndTitles, Severity severity)
    {
        forEachRepeat(settled(pathsAndTitles), [this, severity](const JsonPath& path, const JsonPath& first) {
            if (severity == Severity::Error)
                error(path, QStringLiteral("duplicate-title"),
                      Text::tr("Same title as %1; titles must be unique.").arg(first.toString()));
            else
                warning(
                    path, QStringLiteral("duplicate-title"),
                    Text::tr("Same title as %1: the customer cannot tell them apart.").arg(first.toString()));
        });
    }

    // Without the open fields: "Hi {{a}}" and "Hi {{b}}" are not the same title until filled.
    QList<std::pair<JsonPath, QString>>
    settled(const QList<std::pair<JsonPath, QString>>& pathsAndValues) const
    {
        if (!fill || fill->fields.isEmpty())
            return pathsAndValues;
        QList<std::pair<JsonPath, QString>> kept;
        for (const auto& pathAndValue : pathsAndValues)
            if (!isOpen(pathAndValue.first))
                kept.append(pathAndValue);
        return kept;
    }

    // Calls report(path, firstPath) for every non-empty value seen before, at the later path.
    template <typename Report>
    static void forEachRepeat(const QList<std::pair<JsonPath, QString>>& pathsAndValues, Report report)
    {
        // A valid message has a handful (3 buttons, 10 rows, 30 products), where a scan beats hashing; a
        // hostile file may have a million, where only hashing answers in time.
        constexpr qsizetype ScanUpTo = 64;
        if (pathsAndValues.size() > ScanUpTo) {
            QHash<QString, qsizetype> firstOf;
            firstOf.reserve(pathsAndValues.size());
            for (qsizetype i = 0; i < pathsAndValues.size(); ++i) {
                const QString& value = pathsAndValues[i].second;
                if (value.isEmpty())
                    continue;
                const auto found = firstOf.constFind(value);
                if (found != firstOf.constEnd())
                    report(pathsAndValues[i].first, pathsAndValues[*found].first);
                else
                    firstOf.insert(value, i);
            }
            return;
        }
        for (qsizetype i = 1; i < pathsAndValues.size(); ++i) {
            const QString& value = pathsAndValues[i].second;
            if (value.isEmpty())
                continue;
            for (qsizetype j = 0; j < i; ++j) {
                if (pathsAndValues[j].second == value) {
                    report(pathsAndValues[i].first, pathsAndValues[j].first);
                    break;
                }
            }
        }
    }
};

// Whether any key or string inside holds half a surrogate pair.
bool hasBrokenText(const QJsonValue& value)
{
    const auto broken = [](const QString& text) { return TextMetrics::measure(text).loneSurrogates > 0; };
    if (value.isString())
        return broken(value.toString());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue& element) { return hasBrokenText(element); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            if (broken(it.key()) || hasBrokenText(it.value()))
                return true;
    }
    return false;
}

// Levels of objects and arrays, the value itself included; stops counting past the limit.
int nestingDepth(const QJsonValue& value, int depth = 0)
{
    if (depth > Limits::FlowDataDepthMax || !(value.isObject() || value.isArray()))
        return depth;
    int deepest = depth + 1;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            deepest = std::max(deepest, nestingDepth(it.value(), depth + 1));
    } else {
        for (const QJsonValue& element : value.toArray())
            deepest = std::max(deepest, nestingDepth(element, depth + 1));
    }
    return deepest;
}

QString allowedHeadersSentence(MessageType type)
{
    switch (type) {
    case MessageType::Button:
    case MessageType::CtaUrl:
        return Text::tr("text, image, video or document");
    case MessageType::List:
    case MessageType::Flow:
    case MessageType::ProductList:
        return Text::tr("text only");
    default:
        return Text::tr("none");
    }
}

class MessageValidator
{
public:
    explicit MessageValidator(const InteractiveMessage& message, const FilledMessage* fill = nullptr)
        : m_message(message)
    {
        m_check.fill = fill;
    }

    QList<ValidationIssue> run()
    {
        checkHeader();
        checkBody();
        checkFooter();
        std::visit([this](const auto& action) { checkAction(action); }, m_message.action);
        return std::move(m_check.issues);
    }

private:
    void checkHeader()
    {
        const Header& header = m_message.header;
        const MessageType type = m_message.type();
        if (header.kind == HeaderKind::None) {
            if (type == MessageType::ProductList)
                m_check.error(m_header, QStringLiteral("required"),
                              Text::tr("A product list needs a text header."));
            return;
        }
        if (!headerAllowed(type, header.kind)) {
            m_check.error(
                m_header, QStringLiteral("not-allowed"),
                Text::tr("A \"%1\" header is not allowed in a \"%2\" message (allowed: %3).")
                    .arg(headerKindName(header.kind), messageTypeName(type), allowedHeadersSentence(type)));
            return;
        }
        if (header.kind == HeaderKind::Text) {
            m_check.text(m_header.child(L1("text")), header.text,
                         {.max = Limits::HeaderTextMax, .warnOuterWhitespace = true});
            return;
        }
        checkMedia(m_header, header);
    }

    // The id or the link of a media header at path.
    void checkMedia(const JsonPath& path, const Header& header)
    {
        const QByteArray kind = headerKindName(header.kind).toLatin1();
        const JsonPath mediaPath = path.child(L1(kind));
        if (!header.mediaId.isEmpty() && !header.mediaLink.isEmpty()) {
            m_check.error(mediaPath, QStringLiteral("media-source"),
                          Text::tr("Give either an id or a link, not both."));
        } else if (header.mediaId.isEmpty() && header.mediaLink.isEmpty()) {
            m_check.error(mediaPath, QStringLiteral("media-source"),
                          Text::tr("Needs the media's id (uploaded to WhatsApp) or an https link."));
        } else if (!header.mediaLink.isEmpty()) {
            m_check.url(mediaPath.child(L1("link")), header.mediaLink, true);
        } else if (TextMetrics::hasOuterWhitespace(header.mediaId)) {
            m_check.error(mediaPath.child(L1("id")), QStringLiteral("outer-whitespace"),
                          Text::tr("Must not start or end with a space."));
        } else {
            m_check.brokenText(mediaPath.child(L1("id")), header.mediaId);
        }
        if (header.kind == HeaderKind::Document)
            m_check.brokenText(mediaPath.child(L1("filename")), header.filename);
    }

    void checkBody()
    {
        const MessageType type = m_message.type();
        if (!m_message.body) {
            // WhatsApp makes the body optional for a single product; Octopods requires it for every type.
            m_check.error(m_root.child(L1("body")), QStringLiteral("required"),
                          Text::tr("A body is required: Octopods needs non-empty body text for every type."));
            return;
        }
        const JsonPath path = m_root.child(L1("body")).child(L1("text"));
        const QString& text = *m_message.body;
        if (type == MessageType::List) {
            const qsizetype length =
                m_check.text(path, text, {.max = Limits::ListBodyTextMax, .markdownRenders = true});
            if (length <= Limits::BodyTextMax)
                m_check.warnIfUtf16Exceeds(path, text, length, Limits::BodyTextMax);
            else if (length <= Limits::ListBodyTextMax)
                m_check.warning(
                    path, QStringLiteral("list-body-long"),
                    Text::tr("%1 characters: WhatsApp's list page allows %2, but its interactive object "
                             "reference says %3.")
                        .arg(length)
                        .arg(Limits::ListBodyTextMax)
                        .arg(Limits::BodyTextMax));
        } else {
            m_check.text(path, text, {.max = Limits::BodyTextMax, .markdownRenders = true});
        }
    }

    void checkFooter()
    {
        if (!m_message.footer)
            return;
        if (!footerAllowed(m_message.type())) {
            m_check.error(m_root.child(L1("footer")), QStringLiteral("not-allowed"),
                          Text::tr("A \"%1\" message has no footer.").arg(messageTypeName(m_message.type())));
            return;
        }
        m_check.text(m_root.child(L1("footer")).child(L1("text")), *m_message.footer,
                     {.max = Limits::FooterTextMax, .markdownRenders = true});
    }

    void checkAction(const ReplyButtonsAction& action)
    {
        const JsonPath path = m_action.child(L1("buttons"));
        m_check.count(path, action.buttons.size(), 1, Limits::ReplyButtonsMax,
                      QT_TRANSLATE_NOOP("wa::Validator", "Needs at least one reply button."),
                      QT_TRANSLATE_N_NOOP("wa::Validator", "Has %n reply buttons; at most %1 allowed."));
        QList<std::pair<JsonPath, QString>> ids, titles;
        for (qsizetype i = 0; i < action.buttons.size(); ++i) {
            const JsonPath reply = path.at(i).child(L1("reply"));
            const ReplyButton& button = action.buttons[i];
            m_check.text(reply.child(L1("id")), button.id, idRule(Limits::ReplyIdMax));
            m_check.text(reply.child(L1("title")), button.title,
                         {.max = Limits::ReplyTitleMax, .warnOuterWhitespace = true});
            ids.append({reply.child(L1("id")), button.id});
            titles.append({reply.child(L1("title")), button.title});
        }
        m_check.uniqueIds(ids);
        m_check.uniqueTitles(titles, Severity::Error);
    }

    void checkAction(const ListAction& action)
    {
        m_check.text(m_action.child(L1("button")), action.button,
                     {.max = Limits::ListButtonMax, .warnOuterWhitespace = true});
        const JsonPath path = m_action.child(L1("sections"));
        m_check.count(path, action.sections.size(), 1, Limits::ListSectionsMax,
                      QT_TRANSLATE_NOOP("wa::Validator", "Needs at least one section."),
                      QT_TRANSLATE_N_NOOP("wa::Validator", "Has %n sections; at most %1 allowed."));
        QList<std::pair<JsonPath, QString>> ids, titles;
        int rowsSoFar = 0;
        for (qsizetype s = 0; s < action.sections.size(); ++s) {
            const ListSection& section = action.sections[s];
            const JsonPath sectionPath = path.at(s);
            if (section.title.isEmpty()) {
                if (action.sections.size() > 1)
                    m_check.error(
                        sectionPath.child(L1("title")), QStringLiteral("required"),
                        Text::tr("Every section needs a title when there is more than one section."));
                else
                    m_check.warning(
                        sectionPath.child(L1("title")), QStringLiteral("missing-title"),
                        Text::tr("No title: allowed for a single section, but Meta's newest reference "
                                 "asks for one."));
            } else {
                m_check.text(sectionPath.child(L1("title")), section.title,
                             {.max = Limits::SectionTitleMax, .warnOuterWhitespace = true});
            }
            if (section.rows.isEmpty())
                m_check.error(sectionPath.child(L1("rows")), QStringLiteral("too-few"),
                              Text::tr("A section needs at least one row."));
            for (qsizetype r = 0; r < section.rows.size(); ++r) {
                const ListRow& row = section.rows[r];
                const JsonPath rowPath = sectionPath.child(L1("rows")).at(r);
                if (++rowsSoFar == Limits::ListRowsMax + 1)
                    m_check.error(rowPath, QStringLiteral("too-many"),
                                  Text::tr("Row %1 of %2: a list holds at most %3 rows across all sections.")
                                      .arg(rowsSoFar)
                                      .arg(action.rowCount())
                                      .arg(Limits::ListRowsMax));
                m_check.text(
                    rowPath.child(L1("id")), row.id,
                    {.max = Limits::RowIdMax, .warnOuterWhitespace = true, .shownToCustomer = false});
                m_check.text(rowPath.child(L1("title")), row.title,
                             {.max = Limits::RowTitleMax, .warnOuterWhitespace = true});
                m_check.text(rowPath.child(L1("description")), row.description,
                             {.min = 0, .max = Limits::RowDescriptionMax, .warnOuterWhitespace = true});
                ids.append({rowPath.child(L1("id")), row.id});
                titles.append({rowPath.child(L1("title")), row.title});
            }
        }
        m_check.uniqueIds(ids);
        m_check.uniqueTitles(titles, Severity::Warning);
    }

    void checkAction(const CtaUrlAction& action)
    {
        m_check.text(m_parameters.child(L1("display_text")), action.displayText,
                     {.max = Limits::CtaDisplayTextMax, .warnOuterWhitespace = true});
        m_check.url(m_parameters.child(L1("url")), action.url, false);
    }

    void checkAction(const LocationRequestAction&) {}

    void checkAction(const FlowAction& action)
    {
        const JsonPath& path = m_parameters;
        m_check.brokenText(path.child(L1("flow_id")), action.flowId);
        m_check.brokenText(path.child(L1("flow_name")), action.flowName);
        m_check.brokenText(path.child(L1("flow_token")), action.flowToken);
        m_check.brokenText(path.child(L1("flow_action_payload")).child(L1("screen")), action.screen);
        if (action.data && hasBrokenText(*action.data))
            m_check.reportBrokenText(path.child(L1("flow_action_payload")).child(L1("data")));
        if (action.messageVersion != u"3")
            m_check.error(path.child(L1("flow_message_version")), QStringLiteral("invalid-value"),
                          Text::tr("Must be \"3\"."));
        if (action.flowId.isEmpty() == action.flowName.isEmpty())
            m_check.error(path.child(action.flowId.isEmpty() ? L1("flow_id") : L1("flow_name")),
                          QStringLiteral("flow-identity"),
                          Text::tr("Give either flow_id or flow_name, exactly one."));
        m_check.text(path.child(L1("flow_cta")), action.cta,
                     {.max = Limits::FlowCtaMax, .emojiAllowed = false, .warnOuterWhitespace = true});
        if (!action.mode.isEmpty() && action.mode != u"draft" && action.mode != u"published")
            m_check.error(path.child(L1("mode")), QStringLiteral("invalid-value"),
                          Text::tr("Must be \"draft\" or \"published\"."));
        if (!action.flowAction.isEmpty() && action.flowAction != u"navigate" &&
            action.flowAction != u"data_exchange")
            m_check.error(path.child(L1("flow_action")), QStringLiteral("invalid-value"),
                          Text::tr("Must be \"navigate\" or \"data_exchange\"."));
        const JsonPath payload = path.child(L1("flow_action_payload"));
        if (action.hasPayload() && action.screen.isEmpty())
            m_check.error(payload.child(L1("screen")), QStringLiteral("required"),
                          Text::tr("The payload needs the id of the first screen."));
        if (action.flowAction == u"navigate" && !action.hasPayload())
            m_check.warning(payload, QStringLiteral("missing-payload"),
                            Text::tr("flow_action \"navigate\" expects a payload with the first screen."));
        if (action.flowAction == u"data_exchange" && action.hasPayload())
            m_check.warning(
                payload, QStringLiteral("unused-payload"),
                Text::tr("With \"data_exchange\" the first screen comes from your endpoint; this payload "
                         "is ignored."));
        if (action.data && nestingDepth(*action.data) > Limits::FlowDataDepthMax)
            m_check.error(payload.child(L1("data")), QStringLiteral("too-deep"),
                          Text::tr("Nested more than %1 levels deep.").arg(Limits::FlowDataDepthMax));
        if (action.data && action.data->isEmpty())
            m_check.warning(payload.child(L1("data")), QStringLiteral("empty"),
                            Text::tr("Empty data: leave it out, or give the first screen's input."));
    }

    void checkAction(const ProductAction& action)
    {
        m_check.text(m_action.child(L1("catalog_id")), action.catalogId, idRule(INT_MAX));
        m_check.text(m_action.child(L1("product_retailer_id")), action.productRetailerId, idRule(INT_MAX));
    }

    void checkAction(const ProductListAction& action)
    {
        m_check.text(m_action.child(L1("catalog_id")), action.catalogId, idRule(INT_MAX));
        const JsonPath path = m_action.child(L1("sections"));
        m_check.count(path, action.sections.size(), 1, Limits::ProductSectionsMax,
                      QT_TRANSLATE_NOOP("wa::Validator", "Needs at least one section."),
                      QT_TRANSLATE_N_NOOP("wa::Validator", "Has %n sections; at most %1 allowed."));
        QList<std::pair<JsonPath, QString>> ids;
        int itemsSoFar = 0;
        for (qsizetype s = 0; s < action.sections.size(); ++s) {
            const ProductSection& section = action.sections[s];
            const JsonPath sectionPath = path.at(s);
            m_check.text(sectionPath.child(L1("title")), section.title,
                         {.max = Limits::ProductSectionTitleMax, .warnOuterWhitespace = true});
            if (section.productRetailerIds.isEmpty())
                m_check.error(sectionPath.child(L1("product_items")), QStringLiteral("too-few"),
                              Text::tr("A section needs at least one product."));
            for (qsizetype i = 0; i < section.productRetailerIds.size(); ++i) {
                const JsonPath itemPath = sectionPath.child(L1("product_items")).at(i);
                if (++itemsSoFar == Limits::ProductItemsMax + 1)
                    m_check.error(itemPath, QStringLiteral("too-many"),
                                  Text::tr("Product %1 of %2: a product list holds at most %3 products.")
                                      .arg(itemsSoFar)
                                      .arg(action.productCount())
                                      .arg(Limits::ProductItemsMax));
                const JsonPath idPath = itemPath.child(L1("product_retailer_id"));
                m_check.text(idPath, section.productRetailerIds[i], idRule(INT_MAX));
                ids.append({idPath, section.productRetailerIds[i]});
            }
        }
        // The same product twice is legal but shows twice; warn rather than refuse.
        Checker::forEachRepeat(ids, [this](const JsonPath& idPath, const JsonPath& first) {
            m_check.warning(idPath, QStringLiteral("duplicate-product"),
                            Text::tr("Same product as %1: it will be shown twice.").arg(first.toString()));
        });
    }

    void checkAction(const CatalogAction& action)
    {
        m_check.brokenText(m_parameters.child(L1("thumbnail_product_retailer_id")),
                           action.thumbnailProductRetailerId);
        if (TextMetrics::hasOuterWhitespace(action.thumbnailProductRetailerId))
            m_check.error(m_parameters.child(L1("thumbnail_product_retailer_id")),
                          QStringLiteral("outer-whitespace"),
                          Text::tr("Must not start or end with a space."));
    }

    void checkAction(const CarouselAction& action)
    {
        const JsonPath path = m_action.child(L1("cards"));
        m_check.count(path, action.cards.size(), Limits::CarouselCardsMin, Limits::CarouselCardsMax,
                      QT_TRANSLATE_NOOP("wa::Validator", "A carousel needs at least 2 cards."),
                      QT_TRANSLATE_N_NOOP("wa::Validator", "Has %n cards; at most %1 allowed."));
        checkCardIndexes(action, path);
        if (action.cards.isEmpty())
            return;
        const CarouselCard& first = action.cards.first();
        QList<std::pair<JsonPath, QString>> ids;
        for (qsizetype i = 0; i < action.cards.size(); ++i) {
            const CarouselCard& card = action.cards[i];
            const JsonPath cardPath = path.at(i);
            // Button types and numbers match across all cards: the first card sets them.
            if (i > 0 && card.kind != first.kind) {
                m_check.error(cardPath.child(L1("type")), QStringLiteral("card-mismatch"),
                              Text::tr("A \"%1\" card among \"%2\" cards: every card of a carousel is of one "
                                       "type (%3).")
                                  .arg(carouselCardKindName(card.kind), carouselCardKindName(first.kind),
                                       path.at(0).toString()));
                continue;
            }
            if (card.kind == CarouselCard::Kind::Product)
                checkProductCard(card, cardPath, first);
            else
                checkMediaCard(card, cardPath, first, path, ids);
        }
        m_check.uniqueIds(ids);
        if (!first.isMedia())
            return;
        for (qsizetype i = 1; i < action.cards.size(); ++i) {
            const Header& header = action.cards[i].header;
            if (header.isMedia() && first.header.isMedia() && header.kind != first.header.kind) {
                m_check.warning(
                    path.at(i).child(L1("header")), QStringLiteral("mixed-media"),
                    Text::tr("A %1 header among %2 headers: some builders want one kind for every card.")
                        .arg(headerKindName(header.kind), headerKindName(first.header.kind)));
                break;
            }
        }
    }

    // card_index runs 0 to n-1, each once; cards are shown in that order.
    void checkCardIndexes(const CarouselAction& action, const JsonPath& path)
    {
        const qsizetype n = action.cards.size();
        QList<qsizetype> firstWith(n, -1);
        bool inOrder = true;
        bool valid = true;
        for (qsizetype i = 0; i < n; ++i) {
            const qint64 index = action.cards[i].index;
            const JsonPath indexPath = path.at(i).child(L1("card_index"));
            if (index < 0 || index >= n) {
                m_check.error(
                    indexPath, QStringLiteral("card-index"),
                    Text::tr("card_index %1: must be 0 to %2, one for each card.").arg(index).arg(n - 1));
                valid = false;
            } else if (firstWith[index] >= 0) {
                m_check.error(indexPath, QStringLiteral("card-index"),
                              Text::tr("Same card_index as %1: each card needs its own, 0 to %2.")
                                  .arg(path.at(firstWith[index]).toString())
                                  .arg(n - 1));
                valid = false;
            } else {
                firstWith[index] = i;
                inOrder = inOrder && index == i;
            }
        }
        if (valid && !inOrder)
            m_check.warning(
                path, QStringLiteral("card-order"),
                Text::tr("The cards are listed out of card_index order: the customer sees them by "
                         "card_index."));
    }

    void checkMediaCard(const CarouselCard& card, const JsonPath& cardPath, const CarouselCard& first,
                        const JsonPath& cardsPath, QList<std::pair<JsonPath, QString>>& ids)
    {
        const JsonPath headerPath = cardPath.child(L1("header"));
        if (card.header.kind == HeaderKind::None)
            m_check.error(headerPath, QStringLiteral("required"),
                          Text::tr("A card needs an image or a video header."));
        else if (card.header.kind != HeaderKind::Image && card.header.kind != HeaderKind::Video)
            m_check.error(headerPath, QStringLiteral("not-allowed"),
                          Text::tr("A \"%1\" header is not allowed on a card (allowed: image or video).")
                              .arg(headerKindName(card.header.kind)));
        else
            checkMedia(headerPath, card.header);
        if (card.body) {
            const JsonPath bodyPath = cardPath.child(L1("body")).child(L1("text"));
            m_check.text(bodyPath, *card.body, {.max = Limits::CardBodyTextMax, .markdownRenders = true});
            if (const qsizetype breaks = card.body->count(u'\n'); breaks > Limits::CardBodyLineBreaksMax)
                m_check.error(
                    bodyPath, QStringLiteral("too-many-lines"),
                    Text::tr("Has %n line breaks; a card's text allows at most %1.", nullptr, int(breaks))
                        .arg(Limits::CardBodyLineBreaksMax));
        }
        const JsonPath actionPath = cardPath.child(L1("action"));
        if (card.kind == CarouselCard::Kind::Url) {
            const JsonPath parameters = actionPath.child(L1("parameters"));
            m_check.text(parameters.child(L1("display_text")), card.url.displayText,
                         {.max = Limits::CtaDisplayTextMax, .warnOuterWhitespace = true});
            m_check.url(parameters.child(L1("url")), card.url.url, false);
            return;
        }
        const JsonPath buttonsPath = actionPath.child(L1("buttons"));
        const qsizetype count = card.quickReplies.size();
        if (count == 0)
            m_check.error(buttonsPath, QStringLiteral("too-few"),
                          Text::tr("Needs at least one quick reply."));
        else if (count > Limits::CardQuickRepliesMax)
            m_check.error(buttonsPath, QStringLiteral("too-many"),
                          Text::tr("Has %n quick replies; at most %1 allowed.", nullptr, int(count))
                              .arg(Limits::CardQuickRepliesMax));
        else if (count != first.quickReplies.size())
            m_check.error(buttonsPath, QStringLiteral("card-mismatch"),
                          Text::tr("Has %n quick replies where %1 has %2: every card needs the same number.",
                                   nullptr, int(count))
                              .arg(cardsPath.at(0).toString())
                              .arg(first.quickReplies.size()));
        else if (count > Limits::CardQuickRepliesShown && &card == &first)
            m_check.warning(buttonsPath, QStringLiteral("hidden-buttons"),
                            Text::tr("%1 quick replies per card: phones show %2; sources differ on more.")
                                .arg(count)
                                .arg(Limits::CardQuickRepliesShown));
        QList<std::pair<JsonPath, QString>> titles;
        for (qsizetype b = 0; b < count; ++b) {
            const JsonPath reply = buttonsPath.at(b).child(L1("quick_reply"));
            const ReplyButton& button = card.quickReplies[b];
            m_check.text(reply.child(L1("id")), button.id, idRule(Limits::CardQuickReplyIdMax));
            m_check.text(reply.child(L1("title")), button.title,
                         {.max = Limits::CardQuickReplyTitleMax, .warnOuterWhitespace = true});
            ids.append({reply.child(L1("id")), button.id});
            titles.append({reply.child(L1("title")), button.title});
        }
        m_check.uniqueTitles(titles, Severity::Error);
    }

    void checkProductCard(const CarouselCard& card, const JsonPath& cardPath, const CarouselCard& first)
    {
        const JsonPath actionPath = cardPath.child(L1("action"));
        m_check.text(actionPath.child(L1("product_retailer_id")), card.productRetailerId, idRule(INT_MAX));
        m_check.text(actionPath.child(L1("catalog_id")), card.catalogId, idRule(INT_MAX));
        if (&card != &first && !card.catalogId.isEmpty() && !first.catalogId.isEmpty() &&
            card.catalogId != first.catalogId)
            m_check.error(
                actionPath.child(L1("catalog_id")), QStringLiteral("catalog-mismatch"),
                Text::tr("Catalog \"%1\" where the first card's is \"%2\": a carousel shows one catalog.")
                    .arg(card.catalogId.left(40), first.catalogId.left(40)));
    }

    void checkAction(const VoiceCallAction& action)
    {
        m_check.text(m_parameters.child(L1("display_text")), action.displayText,
                     {.min = 0, .max = Limits::VoiceCallDisplayTextMax, .warnOuterWhitespace = true});
        if (action.ttlMinutes && (*action.ttlMinutes < Limits::VoiceCallTtlMinutesMin ||
                                  *action.ttlMinutes > Limits::VoiceCallTtlMinutesMax))
            m_check.error(m_parameters.child(L1("ttl_minutes")), QStringLiteral("out-of-range"),
                          Text::tr("%1 minutes: the button stays from %2 to %3 minutes (30 days).")
                              .arg(*action.ttlMinutes)
                              .arg(Limits::VoiceCallTtlMinutesMin)
                              .arg(Limits::VoiceCallTtlMinutesMax));
        m_check.text(m_parameters.child(L1("payload")), action.payload,
                     {.min = 0, .max = Limits::VoiceCallPayloadMax, .shownToCustomer = false});
    }

    void checkAction(const CallPermissionRequestAction&) {}
    void checkAction(const ContactInfoRequestAction&) {}

    void checkAction(const AddressAction& action)
    {
        const JsonPath& path = m_parameters;
        if (action.country.isEmpty())
            m_check.error(path.child(L1("country")), QStringLiteral("empty"), Text::tr("Must not be empty."));
        else if (action.country != u"IN")
            m_check.error(path.child(L1("country")), QStringLiteral("invalid-value"),
                          Text::tr("\"%1\": address messages work in India only (country \"IN\").")
                              .arg(action.country.left(40)));
        checkAddressFields(path.child(L1("values")), action.values);
        checkAddressFields(path.child(L1("validation_errors")), action.validationErrors);
        const JsonPath savedPath = path.child(L1("saved_addresses"));
        QList<std::pair<JsonPath, QString>> ids;
        for (qsizetype i = 0; i < action.savedAddresses.size(); ++i) {
            const SavedAddress& saved = action.savedAddresses[i];
            m_check.text(savedPath.at(i).child(L1("id")), saved.id, idRule(INT_MAX));
            ids.append({savedPath.at(i).child(L1("id")), saved.id});
            checkAddressFields(savedPath.at(i).child(L1("value")), saved.values);
        }
        m_check.uniqueIds(ids);
    }

    void checkAddressFields(const JsonPath& path, const QList<AddressField>& fields)
    {
        for (const AddressField& field : fields) {
            const QString fieldPath = JsonReader::child(path.toString(), field.key);
            const bool control = std::any_of(field.value.begin(), field.value.end(), [](QChar c) {
                return c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() < 0xA0);
            });
            if (control || TextMetrics::measure(field.value).loneSurrogates > 0)
                m_check.issues.append({fieldPath, Severity::Error, QStringLiteral("broken-text"),
                                       Text::tr("Holds a broken or control character: retype it.")});
            if (field.key == u"in_pin_code" && !isPinCode(field.value))
                m_check.issues.append({fieldPath, Severity::Error, QStringLiteral("pin-code"),
                                       Text::tr("\"%1\": a PIN code is up to %2 digits.")
                                           .arg(field.value.left(40))
                                           .arg(Limits::AddressPinCodeDigitsMax)});
        }
    }

    static bool isPinCode(const QString& value)
    {
        return !value.isEmpty() && value.size() <= Limits::AddressPinCodeDigitsMax &&
               std::all_of(value.begin(), value.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    }

    const InteractiveMessage& m_message;
    Checker m_check;
    const JsonPath m_root;
    const JsonPath m_header = m_root.child(L1("header"));
    const JsonPath m_action = m_root.child(L1("action"));
    const JsonPath m_parameters = m_action.child(L1("parameters"));
};

} // namespace

QList<ValidationIssue> Validator::check(const InteractiveMessage& message)
{
    return MessageValidator(message).run();
}

QList<ValidationIssue> Validator::check(const InteractiveMessage& message, const FilledMessage& fill)
{
    return MessageValidator(message, &fill).run();
}

bool Validator::hasErrors(const QList<ValidationIssue>& issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ValidationIssue& issue) { return issue.severity == Severity::Error; });
}

} // namespace wa
