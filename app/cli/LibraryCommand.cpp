#include "LibraryCommand.h"

#include "AppServices.h"
#include "drafts/DraftLibrary.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QCommandLineParser>

namespace wa::cli {

namespace {
const QString LibraryOption = QStringLiteral("library");
const QString ThisComputer = QStringLiteral("local");
} // namespace

DraftLibrary& LibraryCommand::library() const
{
    return m_services.drafts();
}

void LibraryCommand::addSharedOptions(QCommandLineParser& parser)
{
    parser.addOption({LibraryOption,
                      tr("The drafts library: local (this computer's, the default) or a team library, "
                         "postgresql://USER@HOST:PORT/DATABASE (default: $%1; the password from $%2).")
                          .arg(QLatin1StringView(LibraryVariable), QLatin1StringView(PasswordVariable)),
                      tr("LIBRARY")});
}

int LibraryCommand::prepare(const QCommandLineParser& parser, Io& io)
{
    // What this agent writes to a team library carries their name, as the window's saves do.
    m_services.drafts().setAuthor(Settings().displayName());
    const bool fromOption = parser.isSet(LibraryOption);
    const QString where = fromOption ? QStringLiteral("--library") : QString::fromLatin1(LibraryVariable);
    const QString chosen =
        (fromOption ? parser.value(LibraryOption) : qEnvironmentVariable(LibraryVariable)).trimmed();
    if (chosen.isEmpty() || chosen == ThisComputer) {
        m_services.useTeamLibrary(std::nullopt);
        return Success;
    }
    QString error;
    std::optional<PostgresAddress> address = PostgresAddress::fromUrl(chosen, &error);
    if (!address) {
        io.err << where << ": " << error << Qt::endl;
        return Unreadable;
    }
    // A password in the URL would be in the shell's history and the process list: the environment only.
    if (!address->password.isEmpty()) {
        io.err << tr("%1: leave the password out of the address; set %2 instead.")
                      .arg(where, QLatin1StringView(PasswordVariable))
               << Qt::endl;
        return Unreadable;
    }
    // The environment's, else the keychain's (where Settings > Team library put it).
    address->password = qEnvironmentVariableIsSet(PasswordVariable)
                            ? qEnvironmentVariable(PasswordVariable)
                            : m_services.libraryPassword().loadAndWait(KeychainTimeout);
    m_services.useTeamLibrary(*address);
    m_services.drafts().setAuthor(Settings().displayName());
    return Success;
}

} // namespace wa::cli
