#pragma once

#include "message/PayloadInput.h"
#include "message/Validator.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace wa::cli {

// Where a verb reads and writes: the process's streams in main(), buffers in tests.
struct Io
{
    QTextStream& out;
    QTextStream& err;
    QIODevice* in; // standard input, for FILE "-"
};

// Exit statuses shared by every verb.
enum ExitCode : int {
    Success = 0,
    Invalid = 1,    // the input was read and is not a valid message (or the options ask for the impossible)
    Unreadable = 2, // the input could not be read or parsed as JSON, or the command line is wrong
};

// One verb of `wa-composer VERB`: its own options and its own execute(), as in KeePassXC's CLI.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::Command)
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;

    // arguments start with the program name and the verb, as QCommandLineParser expects.
    int run(const QStringList& arguments, Io& io);

protected:
    virtual void addOptions(QCommandLineParser& parser) = 0;
    virtual int execute(const QCommandLineParser& parser, Io& io) = 0;
    // What every verb of a kind shares (LibraryCommand: --library): options added before the verb's own,
    // and a step after parsing, before execute(), whose exit status other than Success stops the verb.
    virtual void addSharedOptions(QCommandLineParser&) {}
    virtual int prepare(const QCommandLineParser&, Io&) { return Success; }

    // The verb's one FILE|- argument, read and parsed (structure errors included). When it cannot be read,
    // says why on io.err and sets exitCode.
    // Where whyUnreadable is given, it receives the reason too.
    std::optional<Payload> readPayload(const QCommandLineParser& parser, Io& io, int& exitCode,
                                       QString* whyUnreadable = nullptr) const;
    // The same, but a payload with structure errors is refused too, after listing them on io.err.
    std::optional<Payload> readMessage(const QCommandLineParser& parser, Io& io, int& exitCode) const;
    // "path: message", or "path: warning: message".
    static QString issueLine(const ValidationIssue& issue);
};

} // namespace wa::cli
