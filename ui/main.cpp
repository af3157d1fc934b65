#include "cli/Cli.h"
#include "windows/MainWindow.h"
#include "windows/ScreenshotCommand.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("wa-composer"));
    QCoreApplication::setApplicationName(QStringLiteral("wa-composer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WA_VERSION));
}

// The app's own strings, and Qt's (QCommandLineParser's errors and help headings, standard dialogs).
void installTranslators(QCoreApplication& app)
{
    const QLocale locale;
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("wa-composer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char** argv)
{
    describeApplication();
    const QStringList arguments = argumentsOf(argc, argv);
    if (wa::ScreenshotCommand::isRequested(arguments)) {
        wa::ScreenshotCommand::prepareEnvironment();
        QApplication app(argc, argv);
        installTranslators(app);
        return wa::ScreenshotCommand::run(QCoreApplication::arguments());
    }
    wa::cli::Cli cli;
    // A verb runs headless, so the CLI works over ssh and in CI without a display.
    if (cli.handles(arguments)) {
        // No GLib main loop to share headless: Qt's own dispatcher wakes faster on each network answer
        // (tests/bench/bench_send runs the same way).
        if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
            qputenv("QT_NO_GLIB", "1");
        QCoreApplication app(argc, argv);
        installTranslators(app);
        QFile standardInput;
        standardInput.open(stdin, QIODevice::ReadOnly);
        QTextStream out(stdout);
        QTextStream err(stderr);
        wa::cli::Io io{out, err, &standardInput};
        return cli.run(QCoreApplication::arguments(), io);
    }

    QApplication app(argc, argv);
    installTranslators(app);
    wa::MainWindow window;
    window.show();
    return app.exec();
}
