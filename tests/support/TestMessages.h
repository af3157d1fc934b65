#pragma once

#include "drafts/Draft.h"
#include "message/MessageJson.h"
#include "message/Validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wa::test {

// The issues at path with code.
inline QList<ValidationIssue> issuesAt(const QList<ValidationIssue>& issues, const QString& path,
                                       const QString& code)
{
    QList<ValidationIssue> found;
    for (const ValidationIssue& issue : issues)
        if (issue.path == path && issue.code == code)
            found.append(issue);
    return found;
}

// The bytes of a test file; the test stops if it cannot be read.
inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

// A message of tests/data/messages; the test stops if it is not one.
inline InteractiveMessage testMessage(const char* name)
{
    const MessageParseResult parsed =
        MessageJson::fromJson(fileBytes(QStringLiteral(WA_TEST_DATA "/messages/") + QLatin1StringView(name)));
    if (!parsed.message)
        qFatal("%s is not a message", name);
    return *parsed.message;
}

// A reply-buttons message with this body and one "OK" button: the smallest valid message around a text.
inline InteractiveMessage withBody(const QString& body)
{
    InteractiveMessage message;
    message.body = body;
    message.action = ReplyButtonsAction{{{QStringLiteral("ok"), QStringLiteral("OK")}}};
    return message;
}

// withBody() as a draft stores it (compact JSON).
inline QByteArray bodyPayload(const QString& body)
{
    return MessageJson::toJson(withBody(body), JsonWriter::Format::Compact);
}

// A draft named `name` of withBody(body), for a library to create.
inline Draft draftOf(const QString& name, const QString& body)
{
    Draft draft;
    draft.name = name;
    draft.payload = bodyPayload(body);
    return draft;
}

// The button test message with its first button's title one character over WhatsApp's 20: a message that
// breaks a rule but has no structure error.
inline QJsonObject buttonWithTooLongTitle()
{
    QJsonObject message = MessageJson::toJsonObject(testMessage("button.json"));
    QJsonObject action = message[QStringLiteral("action")].toObject();
    QJsonArray buttons = action[QStringLiteral("buttons")].toArray();
    QJsonObject first = buttons[0].toObject();
    QJsonObject reply = first[QStringLiteral("reply")].toObject();
    reply[QStringLiteral("title")] = QString(21, u'x');
    first[QStringLiteral("reply")] = reply;
    buttons[0] = first;
    action[QStringLiteral("buttons")] = buttons;
    message[QStringLiteral("action")] = action;
    return message;
}

} // namespace wa::test
