#include "AppServices.h"
#include "cli/Cli.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/PostgresDatabase.h"
#include "windows/DeferredIconStyle.h"
#include "windows/FileDialogs.h"
#include "windows/MainWindow.h"
#include "windows/ScreenshotCommand.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <vector>

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

// The style Qt chose (the desktop's, -style, QT_STYLE_OVERRIDE), its standard icons read when first drawn:
// the window and its screenshots alike.
void useDeferredIcons()
{
    QApplication::setStyle(new wa::DeferredIconStyle(QApplication::style()));
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// argv without the entries takeDataDir() took out, so that Qt (QCoreApplication::arguments(), the window)
// never sees them. `kept` is what remains of argv's own list, in order.
std::vector<char*> keptArgv(int argc, char** argv, const QStringList& kept)
{
    std::vector<char*> result;
    qsizetype next = 0;
    for (int i = 0; i < argc; ++i) {
        if (next < kept.size() && QString::fromLocal8Bit(argv[i]) == kept[next]) {
            result.push_back(argv[i]);
            ++next;
        }
    }
    result.push_back(nullptr);
    return result;
}

// The drafts library Settings chose: a team library, with its password from the keychain (read before the
// window is made, which lists the library as it appears; only when a team library is chosen).
void useChosenLibrary(wa::AppServices& services)
{
    const QString url = wa::Settings().libraryAddress();
    if (url.isEmpty())
        return;
    QString problem;
    std::optional<wa::PostgresAddress> address = wa::PostgresAddress::fromUrl(url, &problem);
    if (!address) {
        qWarning("Settings' team library is not usable, so this computer's is used: %s", qPrintable(problem));
        return;
    }
    address->password = services.libraryPassword().loadAndWait(std::chrono::seconds(5));
    services.useTeamLibrary(*address);
}

} // namespace

int main(int argc, char** argv)
{
    describeApplication();
    QStringList arguments = argumentsOf(argc, argv);
    QString dataDirError;
    const std::optional<QString> dataDir = wa::cli::Cli::takeDataDir(arguments, &dataDirError);
    if (!dataDir && !dataDirError.isEmpty()) {
        std::fputs(qPrintable(dataDirError + u'\n'), stderr);
        return wa::cli::Unreadable;
    }
    // Made lazily: naming the folder opens nothing.
    const QString dataFolder = dataDir.value_or(wa::AppServices::defaultDataFolder());
    // Qt keeps a reference to argc and the array: both live until main() returns.
    std::vector<char*> qtArgv = keptArgv(argc, argv, arguments);
    argc = int(qtArgv.size()) - 1;
    argv = qtArgv.data();
    if (wa::ScreenshotCommand::isRequested(arguments)) {
        wa::ScreenshotCommand::prepareEnvironment();
        QApplication app(argc, argv);
        useDeferredIcons();
        installTranslators(app);
        wa::AppServices services(dataFolder);
        return wa::ScreenshotCommand::run(QCoreApplication::arguments(), services);
    }
    // A verb runs headless, so the CLI works over ssh and in CI without a display.
    if (wa::cli::Cli::handles(arguments)) {
        // No GLib main loop to share headless: Qt's own dispatcher wakes faster on each network answer
        // (tests/bench/bench_send runs the same way).
        if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
            qputenv("QT_NO_GLIB", "1");
        QCoreApplication app(argc, argv);
        installTranslators(app);
        wa::AppServices services(dataFolder);
        wa::cli::Cli cli(services);
        QFile standardInput;
        standardInput.open(stdin, QIODevice::ReadOnly);
        QTextStream out(stdout);
        QTextStream err(stderr);
        wa::cli::Io io{out, err, &standardInput};
        return cli.run(QCoreApplication::arguments(), io);
    }

    QApplication app(argc, argv);
    useDeferredIcons();
    wa::Database::loadDriverInBackground(); // while the window is built
    installTranslators(app);
    wa::AppServices services(dataFolder);
    useChosenLibrary(services);
    wa::FileDialogs dialogs;
    wa::MainWindow window(services, dialogs);
    window.show();
    // After the first frame: a message a crash left unsaved is offered back.
    QTimer::singleShot(0, &window, &wa::MainWindow::offerRecovery);
    return app.exec();
}
