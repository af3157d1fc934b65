#pragma once

#include "AppServices.h"
#include "cli/Cli.h"

#include <QBuffer>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace wa::test {

struct CliRun
{
    int exitCode;
    QString out;
    QString err;
};

// Runs a verb in-process, with buffers for the three streams, on the given services, or as main() would
// make them (--data-dir aside: WA_COMPOSER_DATA_DIR, else the app's data location).
inline CliRun runCli(const QStringList& arguments, const QByteArray& standardInput = {},
                     AppServices* services = nullptr)
{
    std::unique_ptr<AppServices> own;
    if (!services) {
        own = std::make_unique<AppServices>(AppServices::defaultDataFolder());
        services = own.get();
    }
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QBuffer in;
    in.setData(standardInput);
    in.open(QIODevice::ReadOnly);
    cli::Io io{outStream, errStream, &in};
    cli::Cli cli(*services);
    const int code = cli.run(QStringList{QStringLiteral("wa-composer")} + arguments, io);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

} // namespace wa::test
