#include "cli/Cli.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QFile>
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

void installTranslator(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("wa-composer"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
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
    wa::cli::Cli cli;
    // A verb runs headless, so the CLI works over ssh and in CI without a display.
    if (cli.handles(argumentsOf(argc, argv))) {
        QCoreApplication app(argc, argv);
        installTranslator(app);
        QFile standardInput;
        standardInput.open(stdin, QIODevice::ReadOnly);
        QTextStream out(stdout);
        QTextStream err(stderr);
        wa::cli::Io io{out, err, &standardInput};
        return cli.run(QCoreApplication::arguments(), io);
    }

    QApplication app(argc, argv);
    installTranslator(app);
    wa::MainWindow window;
    window.show();
    return app.exec();
}
