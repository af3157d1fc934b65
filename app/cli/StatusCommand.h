#pragma once

#include "Command.h"

namespace wa {
class AppServices;
struct StatusResult;
} // namespace wa

namespace wa::cli {

// wa-composer status [--base URL] [--timeout SECONDS] MESSAGE_ID: asks Octopods for a sent message's
// delivery status (the id `send` printed), with the key as `send` takes it, and keeps it in the send
// history when the message is there.
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::StatusCommand)
public:
    explicit StatusCommand(AppServices& services) : m_services(services) {}
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;

    enum StatusExit : int {
        Refused = 3,     // Octopods said no: 404 (no such message), 401 (the key), 403, or another refusal
        Unreachable = 4, // no usable answer: network, timeout, an answer that is not a status, 5xx, 429
    };
    static int exitCodeFor(const StatusResult& result);

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, Io& io) override;

private:
    void keepInHistory(const QString& messageId, const StatusResult& result, Io& io) const;

    AppServices& m_services;
};

} // namespace wa::cli
