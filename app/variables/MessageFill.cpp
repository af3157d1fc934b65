#include "MessageFill.h"

#include "Placeholders.h"
#include "message/JsonReader.h"
#include "message/MessageJson.h"
#include "sending/SendHistory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wa {

namespace {

using L1 = QLatin1StringView;

// The JSON key of a media header, as a literal a JsonPath can keep.
L1 mediaKey(HeaderKind kind)
{
    switch (kind) {
    case HeaderKind::Video:
        return L1("video");
    case HeaderKind::Document:
        return L1("document");
    default:
        return L1("image");
    }
}

// Calls visit(path, text) for every field placeholders may be written in, with the paths the validator uses.
// Message is InteractiveMessage or const InteractiveMessage; flow data goes to visitData(path, object).
template <typename Message, typename Visit, typename VisitData>
void forEachTemplatedField(Message& message, Visit visit, VisitData visitData)
{
    const JsonPath root;
    auto& header = message.header;
    if (header.kind == HeaderKind::Text) {
        visit(root.child(L1("header")).child(L1("text")), header.text);
    } else if (header.isMedia()) {
        const JsonPath media = root.child(L1("header")).child(mediaKey(header.kind));
        visit(media.child(L1("link")), header.mediaLink);
        if (header.kind == HeaderKind::Document)
            visit(media.child(L1("filename")), header.filename);
    }
    if (message.body)
        visit(root.child(L1("body")).child(L1("text")), *message.body);
    if (message.footer)
        visit(root.child(L1("footer")).child(L1("text")), *message.footer);

    const JsonPath action = root.child(L1("action"));
    const JsonPath parameters = action.child(L1("parameters"));
    if (auto* buttons = message.template actionAs<ReplyButtonsAction>()) {
        for (qsizetype i = 0; i < buttons->buttons.size(); ++i)
            visit(action.child(L1("buttons")).at(i).child(L1("reply")).child(L1("title")),
                  buttons->buttons[i].title);
    } else if (auto* list = message.template actionAs<ListAction>()) {
        visit(action.child(L1("button")), list->button);
        for (qsizetype s = 0; s < list->sections.size(); ++s) {
            auto& section = list->sections[s];
            const JsonPath sectionPath = action.child(L1("sections")).at(s);
            visit(sectionPath.child(L1("title")), section.title);
            for (qsizetype r = 0; r < section.rows.size(); ++r) {
                const JsonPath row = sectionPath.child(L1("rows")).at(r);
                visit(row.child(L1("title")), section.rows[r].title);
                visit(row.child(L1("description")), section.rows[r].description);
            }
        }
    } else if (auto* cta = message.template actionAs<CtaUrlAction>()) {
        visit(parameters.child(L1("display_text")), cta->displayText);
        visit(parameters.child(L1("url")), cta->url);
    } else if (auto* flow = message.template actionAs<FlowAction>()) {
        visit(parameters.child(L1("flow_cta")), flow->cta);
        visit(parameters.child(L1("flow_token")), flow->flowToken);
        if (flow->data)
            visitData(parameters.child(L1("flow_action_payload")).child(L1("data")), *flow->data);
    } else if (auto* products = message.template actionAs<ProductListAction>()) {
        for (qsizetype s = 0; s < products->sections.size(); ++s)
            visit(action.child(L1("sections")).at(s).child(L1("title")), products->sections[s].title);
    }
}

// Every string inside a JSON value, with where it is ("data.customer.name", "data.items[2]").
template <typename Visit> void forEachString(const QJsonValue& value, const QString& where, Visit visit)
{
    if (value.isString()) {
        visit(where, value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            forEachString(array[i], where + QStringLiteral("[%1]").arg(i), visit);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            forEachString(it.value(), where + u'.' + it.key(), visit);
    }
}

bool holdsOpening(const QJsonValue& value)
{
    bool found = false;
    forEachString(value, {}, [&](const QString&, const QString& text) { found |= text.contains(u"{{"); });
    return found;
}

class Filler
{
public:
    Filler(const VariableValues& values, MessageFill::Unfilled unfilled)
        : m_values(values), m_unfilled(unfilled)
    {
    }

    FilledMessage result;

    // Fills one field in place; notes its variables and errors under path.
    void field(const JsonPath& path, QString& text, const QString& errorPrefix = {})
    {
        if (!text.contains(u"{{"))
            return;
        const PlaceholderText parsed = Placeholders::parse(text);
        if (parsed.error)
            result.syntaxErrors.append({path.toString(), Severity::Error,
                                        QStringLiteral("malformed-placeholder"),
                                        errorPrefix + MessageFill::tr("Placeholder at character %1: %2")
                                                          .arg(parsed.error->position)
                                                          .arg(parsed.error->message)});
        if (!parsed.hasPlaceholders()) {
            text = Placeholders::fill(text, parsed, {});
            return;
        }
        FilledField field{path.toString(), Placeholders::fixedLength(text, parsed), {}, {}};
        text = Placeholders::fill(text, parsed, [&](const PlaceholderToken& token) -> std::optional<QString> {
            note(token);
            if (!field.names.contains(token.name))
                field.names.append(token.name);
            if (const QString value = m_values.value(token.name); !value.isEmpty())
                return value;
            if (token.fallback)
                return token.fallback;
            if (!field.unfilled.contains(token.name))
                field.unfilled.append(token.name);
            if (!result.unfilled.contains(token.name))
                result.unfilled.append(token.name);
            return m_unfilled == MessageFill::Unfilled::Empty ? std::optional(QString()) : std::nullopt;
        });
        result.fields.append(std::move(field));
    }

    // Flow data: every string, anywhere inside, is a field of its own for the syntax, one for the rest.
    void data(const JsonPath& path, QJsonObject& object)
    {
        if (!holdsOpening(object))
            return;
        object = fillValue(path, object, QStringLiteral("data")).toObject();
    }

private:
    QJsonValue fillValue(const JsonPath& path, const QJsonValue& value, const QString& where)
    {
        if (value.isString()) {
            QString text = value.toString();
            field(path, text, MessageFill::tr("At %1: ").arg(where));
            return text;
        }
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                array[i] = fillValue(path, array[i], where + QStringLiteral("[%1]").arg(i));
            return array;
        }
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                it.value() = fillValue(path, it.value(), where + u'.' + it.key());
            return object;
        }
        return value;
    }

    void note(const PlaceholderToken& token)
    {
        for (VariableUse& use : result.variables) {
            if (use.name == token.name) {
                if (!use.fallback)
                    use.fallback = token.fallback;
                return;
            }
        }
        result.variables.append({token.name, token.fallback});
    }

    const VariableValues& m_values;
    MessageFill::Unfilled m_unfilled;
};

} // namespace

const FilledField* FilledMessage::field(QStringView path) const
{
    for (const FilledField& filled : fields)
        if (filled.path == path)
            return &filled;
    return nullptr;
}

bool MessageFill::mayHoldPlaceholders(const InteractiveMessage& message)
{
    bool found = false;
    forEachTemplatedField(
        message, [&](const JsonPath&, const QString& text) { found |= text.contains(u"{{"); },
        [&](const JsonPath&, const QJsonObject& data) { found |= holdsOpening(data); });
    return found;
}

FilledMessage MessageFill::fill(const InteractiveMessage& message, const VariableValues& values,
                                Unfilled unfilled)
{
    if (!mayHoldPlaceholders(message))
        return {message, {}, {}, {}, {}};
    Filler filler(values, unfilled);
    filler.result.message = message;
    forEachTemplatedField(
        filler.result.message, [&](const JsonPath& path, QString& text) { filler.field(path, text); },
        [&](const JsonPath& path, QJsonObject& data) { filler.data(path, data); });
    return std::move(filler.result);
}

QList<ValidationIssue> MessageFill::check(const InteractiveMessage& message, const VariableValues& values)
{
    if (!mayHoldPlaceholders(message))
        return Validator::check(message);
    const FilledMessage filled = fill(message, values, Unfilled::Empty);
    QList<ValidationIssue> issues = filled.syntaxErrors;
    issues.append(Validator::check(filled.message, filled));
    return issues;
}

QList<VariableUse> MessageFill::variablesOf(const InteractiveMessage& message)
{
    return fill(message, {}).variables;
}

SendTemplate MessageFill::sendTemplate(const InteractiveMessage& written, const VariableValues& values)
{
    const QList<VariableUse> used = variablesOf(written);
    if (used.isEmpty())
        return {};
    SendTemplate sent;
    sent.payload = MessageJson::toJson(written, JsonWriter::Format::Compact);
    for (const VariableUse& variable : used)
        if (const QString value = values.value(variable.name); !value.isEmpty())
            sent.values.insert(variable.name, value);
    return sent;
}

QStringList MessageFill::unfilledLines(const QStringList& names)
{
    QStringList lines;
    for (const QString& name : names)
        lines.append(tr("%1: no value").arg(Placeholders::spelled(name)));
    return lines;
}

} // namespace wa
