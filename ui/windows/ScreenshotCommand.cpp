#include "ScreenshotCommand.h"

#include "FileDialogs.h"
#include "MainWindow.h"
#include "PngFile.h"

#include "AppServices.h"
#include "cli/Command.h"
#include "media/MediaLoader.h"
#include "media/MessageMedia.h"
#include "message/MessageDocument.h"
#include "message/PayloadInput.h"
#include "message/StarterMessages.h"
#include "message/Validator.h"
#include "preview/PreviewImage.h"
#include "preview/PreviewWidget.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "variables/MessageFill.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace wa {

namespace {

// A screenshot shows the real pictures: it waits for the message's links (no longer than the loader's own
// deadline, and a little for decoding), asked at once rather than after typing would have settled.
void waitForMedia(MessageMedia& media, std::chrono::milliseconds deadline)
{
    media.settleNow();
    if (media.isSettled())
        return;
    QEventLoop loop;
    QObject::connect(&media, &MessageMedia::settled, &loop, &QEventLoop::quit);
    QTimer::singleShot(deadline + std::chrono::seconds(2), &loop, &QEventLoop::quit);
    loop.exec();
}

// --media-from DIR: the pictures the message's image links would give, read from DIR by the link's file name
// (its stem: ".../monstera.jpg" is DIR/monstera.*), as if loaded. For documentation made offline.
QHash<QString, MediaResult> picturesFrom(const QString& folder, const InteractiveMessage& message,
                                         const ProductLooks& looks)
{
    QHash<QString, MediaResult> pictures;
    const QDir dir(folder);
    for (const MessageMedia::Link& link : MessageMedia::imageLinks(message, looks)) {
        const QString stem = QFileInfo(QUrl(link.link).path()).completeBaseName();
        const QStringList files = dir.entryList({stem + QStringLiteral(".*")}, QDir::Files);
        if (stem.isEmpty() || files.isEmpty())
            continue;
        QImageReader reader(dir.filePath(files.first()));
        reader.setDecideFormatFromContent(true);
        MediaResult picture;
        picture.image = reader.read();
        picture.state = picture.image.isNull() ? MediaResult::State::Failed : MediaResult::State::Loaded;
        picture.reason = reader.errorString();
        pictures.insert(link.link, picture);
    }
    return pictures;
}

} // namespace

bool ScreenshotCommand::isRequested(const QStringList& arguments)
{
    for (const QString& argument : arguments.mid(1)) {
        if (argument == u"--screenshot" || argument.startsWith(u"--screenshot="))
            return true;
    }
    return false;
}

void ScreenshotCommand::prepareEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int ScreenshotCommand::run(const QStringList& arguments, AppServices& services)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renders the composer offscreen to a PNG and exits."));
    parser.addHelpOption();
    const QCommandLineOption output(QStringLiteral("screenshot"), tr("Write the PNG to OUT."), tr("OUT"));
    const QCommandLineOption previewOnly(QStringLiteral("preview-only"), tr("Only the phone preview."));
    const QCommandLineOption theme(QStringLiteral("theme"), tr("The preview's theme: light or dark."),
                                   tr("THEME"), QStringLiteral("light"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        tr("Size in logical pixels (default 1280x800, or 380x720 with --preview-only)."), tr("WxH"));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("Device pixel ratio: 1 or 2."), tr("N"),
                                   QStringLiteral("1"));
    const QCommandLineOption openList(QStringLiteral("open-list"),
                                      tr("Show a list message with its list sheet open, as after a tap."));
    const QCommandLineOption phone(QStringLiteral("phone"),
                                   tr("The preview's phone width in the window: small, typical or large."),
                                   tr("WIDTH"), QStringLiteral("typical"));
    const QCommandLineOption mediaFrom(
        QStringLiteral("media-from"),
        tr("Show the pictures of the message's links from DIR, by file name, instead of loading them."),
        tr("DIR"));
    parser.addOptions({output, previewOnly, theme, size, scale, openList, phone, mediaFrom});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("A message or Octopods request body to show (default: a starter message)."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return cli::Unreadable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return cli::Success;
    }

    // A picture for the docs looks the same on every machine: light or dark, never the system's.
    const std::optional<ThemeChoice> themeChoice = themeChoiceFromName(parser.value(theme));
    if (!themeChoice || *themeChoice == ThemeChoice::System) {
        err << tr("--theme must be light or dark, not '%1'.").arg(parser.value(theme)) << Qt::endl;
        return cli::Unreadable;
    }
    const PreviewTheme::Kind themeKind =
        *themeChoice == ThemeChoice::Dark ? PreviewTheme::Kind::Dark : PreviewTheme::Kind::Light;
    const std::optional<PhoneSize> phoneSize = phoneSizeFromName(parser.value(phone));
    if (!phoneSize) {
        err << tr("--phone must be small, typical or large, not '%1'.").arg(parser.value(phone)) << Qt::endl;
        return cli::Unreadable;
    }
    QSize logicalSize = parser.isSet(previewOnly) ? QSize(380, 720) : QSize(1280, 800);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(u'x');
        bool wideOk = false;
        bool highOk = false;
        logicalSize = parts.size() == 2 ? QSize(parts[0].toInt(&wideOk), parts[1].toInt(&highOk)) : QSize();
        if (!wideOk || !highOk || logicalSize.width() < 320 || logicalSize.height() < 320 ||
            logicalSize.width() > 8000 || logicalSize.height() > 8000) {
            err << tr("--size must be WIDTHxHEIGHT, each from 320 to 8000, not '%1'.").arg(parser.value(size))
                << Qt::endl;
            return cli::Unreadable;
        }
    }
    const qreal ratio = parser.value(scale).toDouble();
    if (ratio != 1 && ratio != 2) {
        err << tr("--scale must be 1 or 2.") << Qt::endl;
        return cli::Unreadable;
    }
    if (parser.positionalArguments().size() > 1) {
        err << tr("Give at most one FILE.") << Qt::endl;
        return cli::Unreadable;
    }

    InteractiveMessage message = StarterMessages::starter(MessageType::Button);
    ProductLooks productLooks; // an exported draft's, shown as the window shows them
    if (!parser.positionalArguments().isEmpty()) {
        QFile standardInput;
        standardInput.open(stdin, QIODevice::ReadOnly);
        const Payload payload = PayloadInput::load(parser.positionalArguments().first(), &standardInput);
        if (!payload.isParsed()) {
            err << (payload.isReadable() ? payload.errors.first().toString() : payload.readError) << Qt::endl;
            return cli::Unreadable;
        }
        message = payload.message;
        if (payload.draft)
            productLooks = payload.draft->productLooks;
    }

    QImage image;
    // Built here, not in the branch below: once the picture is written the process ends without taking the
    // window apart (see the end).
    FileDialogs dialogs;
    std::unique_ptr<MainWindow> shown;
    if (parser.isSet(previewOnly)) {
        PreviewInput input;
        input.message = message;
        input.issues = MessageFill::check(message);
        input.businessName = PreviewWidget::tr("Your business");
        input.time = fixedTime();
        input.sheetOpen = parser.isSet(openList);
        input.productLooks = productLooks;
        if (parser.isSet(mediaFrom)) {
            input.media = picturesFrom(parser.value(mediaFrom), message, productLooks);
        } else {
            MessageMedia media(services.media());
            media.setStandIns(Settings().mediaStandIns());
            media.show(message, productLooks);
            waitForMedia(media, services.media().timeout());
            input.media = media.results();
        }
        image = renderPreviewImage(input, themeKind, logicalSize, ratio);
    } else {
        Database::loadDriverInBackground(); // as the app does: its drafts panel reads the library
        shown = std::make_unique<MainWindow>(services, dialogs, message);
        MainWindow& window = *shown;
        if (parser.isSet(mediaFrom))
            window.media()->setSettleDelay(std::chrono::hours(24)); // the pictures come from DIR: never asked
        window.preview()->setThemeChoice(*themeChoice);
        window.preview()->setPhoneSize(*phoneSize);
        window.preview()->setTime(fixedTime());
        window.preview()->setSheetOpen(parser.isSet(openList));
        window.resize(logicalSize);
        // Painted once, by grab(): shown with updates off, the window lays itself out and the drafts panel
        // lists the library in the events below, but nothing paints the backing store that grab() would
        // paint again.
        window.setUpdatesEnabled(false);
        window.show();
        if (parser.isSet(mediaFrom))
            window.preview()->setMedia(picturesFrom(parser.value(mediaFrom), message, productLooks));
        else
            waitForMedia(*window.media(), services.media().timeout());
        QCoreApplication::processEvents();
        window.setUpdatesEnabled(true);
        image = window.grab().toImage();
        image = image.scaled(logicalSize * ratio, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    const QString path = parser.value(output);
    // A plain file, not a QSaveFile: its commit waits for the disk (fsync), a cost the floor does not pay and
    // a screenshot made again does not need.
    QFile file(path);
    QString why;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !PngFile::write(image, file, &why) ||
        !file.flush()) { // its last bytes reach the disk here, not unnoticed when the file closes
        file.remove();   // no half picture left behind
        err << tr("Cannot write %1: %2").arg(path, why.isEmpty() ? file.errorString() : why) << Qt::endl;
        return cli::Invalid;
    }
    // The picture is written: the process ends here rather than taking apart the window, the fonts and Qt,
    // a tenth of a screenshot's time, none of which is kept (and a screenshot leaves no work to recover).
    file.close();
    std::fflush(nullptr);
    std::_Exit(cli::Success);
}

} // namespace wa
