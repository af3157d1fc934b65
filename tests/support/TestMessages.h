#pragma once

#include "message/MessageJson.h"

#include <QFile>

namespace wa::test {

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

} // namespace wa::test
