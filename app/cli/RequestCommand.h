#pragma once

#include "LibraryCommand.h"

namespace wa {
struct SendTemplate;
}

namespace wa::cli {

// wa-composer request --to PHONE [--teammate ID] [--region CC] FILE|- (or --draft NAME): the exact Octopods
// request body.
class RequestCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::RequestCommand)
public:
    using LibraryCommand::LibraryCommand;
    QString name() const override { return QStringLiteral("request"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, Io& io) override;

    // The request the options and FILE describe, checked: the phone normalized, the teammate applied, every
    // issue printed. Empty when it cannot be sent; exitCode then says why. *written (when given) gets the
    // message before its variables were filled, and their values.
    std::optional<OctopodsRequest> buildRequest(const QCommandLineParser& parser, Io& io, int& exitCode,
                                                SendTemplate* written = nullptr) const;

private:
    // The message of the library's draft that --draft names, with the draft's fields.
    std::optional<Payload> readDraft(const QCommandLineParser& parser, Io& io, int& exitCode) const;
};

} // namespace wa::cli
