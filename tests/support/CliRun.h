#pragma once

#include "cli/Cli.h"

#include <QBuffer>
#include <QStringList>
#include <QTextStream>

namespace wa::test {

struct CliRun
{
    int exitCode;
    QString out;
    QString err;
};

// Runs a verb in-process, with buffers for the three streams.
inline CliRun runCli(const QStringList& arguments, const QByteArray& standardInput = {})
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QBuffer in;
    in.setData(standardInput);
    in.open(QIODevice::ReadOnly);
    cli::Io io{outStream, errStream, &in};
    cli::Cli cli;
    const int code = cli.run(QStringList{QStringLiteral("wa-composer")} + arguments, io);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

} // namespace wa::test
