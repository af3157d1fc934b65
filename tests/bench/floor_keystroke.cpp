// The floor a keystroke is compared with: a bare Qt Widgets program with one QPlainTextEdit holding the same
// body text (the largest list's 4,096 characters), into which a character is typed and deleted again, each
// keystroke followed by its repaint. Nothing of wa-composer: what typing into that text costs any Qt program
// on this machine (issue 21). Prints the milliseconds per keystroke over ROUNDS rounds of two keystrokes (the
// mean, as QBENCHMARK gives bench_keystroke's).
//
// floor_keystroke MESSAGE.json [ROUNDS]
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPlainTextEdit>

#include <algorithm>
#include <cstdio>

namespace {
void press(QWidget* target, int key, const QString& text)
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &up);
    QCoreApplication::processEvents(); // the repaint
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QFile file(arguments.value(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fputs("usage: floor_keystroke MESSAGE.json [ROUNDS]\n", stderr);
        return 2;
    }
    const QString body =
        QJsonDocument::fromJson(file.readAll()).object().value(u"body").toObject().value(u"text").toString();
    const int rounds = std::max(1, arguments.value(2, QStringLiteral("200")).toInt());

    QPlainTextEdit editor;
    editor.setPlainText(body);
    editor.resize(520, 320); // about the form's body field
    editor.show();
    editor.setFocus();
    editor.moveCursor(QTextCursor::End);
    QCoreApplication::processEvents();

    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < rounds; ++i) {
        press(&editor, Qt::Key_A, QStringLiteral("a"));
        press(&editor, Qt::Key_Backspace, QString());
    }
    std::printf("%.3f\n", double(clock.nsecsElapsed()) / 1e6 / (2.0 * rounds));
    return editor.toPlainText() == body ? 0 : 1;
}
