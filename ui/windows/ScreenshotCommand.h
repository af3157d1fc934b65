#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace wa {

class AppServices;

// `wa-composer --screenshot OUT.png [--preview-only] [--theme light|dark] [--size WxH] [--scale N]
// [--open-list] [FILE]`: renders the composer window (or only the phone preview) offscreen, writes a PNG and
// exits. Used by the docs, the rendering tests and the start-up benchmark.
class ScreenshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(wa::ScreenshotCommand)
public:
    static bool isRequested(const QStringList& arguments);
    // Before the QApplication exists: a screenshot needs no display.
    static void prepareEnvironment();
    // Returns the exit code of a failure; a success ends the process there, once the PNG is written, without
    // taking the window and Qt apart.
    static int run(const QStringList& arguments, AppServices& services);

    static QString fixedTime()
    {
        return QStringLiteral("09:41");
    } // screenshots must not change by the minute
};

} // namespace wa
