#include "drafts/RecoverySlot.h"
// The process tst_autosavecrash kills: autosaves message after message as fast as it can, and prints the
// counter of each one once saveNow() has returned, so the test knows what must survive the kill.
//   autosave_child DATABASE FIRST_COUNTER
#include "drafts/Autosave.h"
#include "message/MessageJson.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace wa;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    bool isNumber = false;
    qint64 counter = arguments.size() == 3 ? arguments.at(2).toLongLong(&isNumber) : 0;
    if (!isNumber) {
        std::fprintf(stderr, "usage: autosave_child DATABASE FIRST_COUNTER\n");
        return 2;
    }
    Database database(arguments.at(1));
    RecoverySlot slot(database);
    Autosave autosave(slot, [&counter] {
        InteractiveMessage message;
        message.body = QStringLiteral("autosave %1").arg(counter);
        message.action = ReplyButtonsAction{{{QStringLiteral("yes"), QStringLiteral("Yes")}}};
        return Recovery{
            0, QStringLiteral("Untitled"), MessageJson::toJson(message, JsonWriter::Format::Compact), {}};
    });
    for (;; ++counter) {
        autosave.markChanged();
        QString error;
        if (!autosave.saveNow(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%lld\n", counter);
        std::fflush(stdout);
    }
}
