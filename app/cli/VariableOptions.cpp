#include "VariableOptions.h"

#include "message/MessageJson.h"
#include "message/PayloadInput.h"
#include "variables/Placeholders.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace wa::cli {

namespace {
const QString VarOption = QStringLiteral("var");
const QString VarsOption = QStringLiteral("vars");
} // namespace

void VariableOptions::add(QCommandLineParser& parser)
{
    parser.addOption({VarOption,
                      tr("A value for the message's {{NAME}} placeholders; give it once per variable."),
                      tr("NAME=VALUE")});
    parser.addOption({VarsOption,
                      tr("Values for the message's placeholders, as a JSON object of names and texts; "
                         "--var wins over it."),
                      tr("FILE")});
}

std::optional<VariableValues> VariableOptions::read(const QCommandLineParser& parser, Io& io, int& exitCode,
                                                    const VariableValues& defaults)
{
    VariableValues values = defaults;
    const auto refuse = [&](const QString& why) {
        io.err << why << Qt::endl;
        exitCode = Unreadable;
        return std::nullopt;
    };
    if (parser.isSet(VarsOption)) {
        const QString file = parser.value(VarsOption);
        QString error;
        const std::optional<QByteArray> bytes = PayloadInput::read(file, nullptr, &error);
        if (!bytes)
            return refuse(QStringLiteral("--vars: ") + error);
        JsonError syntax;
        const std::optional<QJsonValue> json = MessageJson::parseDocument(*bytes, &syntax);
        if (!json || !json->isObject())
            return refuse(tr("--vars: %1 is not a JSON object of names and values (%2).")
                              .arg(file, json ? tr("it holds %1").arg(JsonReader::describe(*json))
                                              : syntax.toString()));
        const QJsonObject object = json->toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!Placeholders::isName(it.key()))
                return refuse(tr("--vars: %1: \"%2\" is not a variable name (letters, digits, _ and .).")
                                  .arg(file, it.key()));
            const QJsonValue value = it.value();
            if (value.isString())
                values.insert(it.key(), value.toString());
            else if (value.isDouble())
                values.insert(it.key(), value.toVariant().toString()); // {"order_id": 4521}
            else
                return refuse(tr("--vars: %1: %2 must be a text or a number, not %3.")
                                  .arg(file, it.key(), JsonReader::describe(value)));
        }
    }
    for (const QString& assignment : parser.values(VarOption)) {
        const qsizetype equals = assignment.indexOf(u'=');
        const QString name = assignment.left(equals).trimmed();
        if (equals < 0 || !Placeholders::isName(name))
            return refuse(
                tr("--var %1: write NAME=VALUE, the name made of letters, digits, _ and .").arg(assignment));
        values.insert(name, assignment.mid(equals + 1));
    }
    return values;
}

QStringList VariableOptions::describe(const QList<VariableUse>& variables)
{
    QStringList lines;
    for (const VariableUse& variable : variables)
        lines.append(variable.fallback ? QStringLiteral("{{%1|%2}}").arg(variable.name, *variable.fallback)
                                       : Placeholders::spelled(variable.name));
    return lines;
}

} // namespace wa::cli
