#include "StatusResult.h"

namespace wa {

bool StatusResult::isRefused() const
{
    switch (outcome) {
    case Outcome::NotFound:
    case Outcome::Unauthorized:
    case Outcome::Forbidden:
    case Outcome::Rejected:
    case Outcome::Redirected:
        return true;
    case Outcome::Known:
    case Outcome::RateLimited:
    case Outcome::ServerError:
    case Outcome::Unreadable:
    case Outcome::NetworkError:
    case Outcome::Timeout:
    case Outcome::Cancelled:
    case Outcome::NotAsked:
        break;
    }
    return false;
}

QString StatusResult::summary() const
{
    switch (outcome) {
    case Outcome::Known:
        return status.lastUpdated.isValid()
                   ? tr("%1 (as of %2).")
                         .arg(DeliveryStatus::words(status.name), status.lastUpdated.toString(Qt::ISODate))
                   : tr("%1.").arg(DeliveryStatus::words(status.name));
    case Outcome::NotFound:
        return tr(
            "Octopods does not know this message (HTTP 404): check the message id, and that the API key "
            "is the channel's that sent it.");
    case Outcome::Unauthorized:
        return tr("Octopods did not accept the API key (HTTP 401). Check the key in Settings.");
    case Outcome::Forbidden:
        return tr("Octopods refused to show this message's status (HTTP 403): the API key may not read it.");
    case Outcome::Rejected:
        return tr("Octopods refused the request (HTTP %1).").arg(httpStatus);
    case Outcome::Redirected:
        return tr("The server answered with a redirect (HTTP %1). The app never sends the key on to another "
                  "address: check the base URL.")
            .arg(httpStatus);
    case Outcome::RateLimited:
        return tr("Too many requests (HTTP 429): the status is asked again later.");
    case Outcome::ServerError:
        return tr("Octopods had a problem (HTTP %1).").arg(httpStatus);
    case Outcome::Unreadable:
        return tr("Octopods' answer could not be read: %1.").arg(problem);
    case Outcome::NetworkError:
        return tr("Octopods could not be reached: %1.").arg(problem);
    case Outcome::Timeout:
        return tr("Octopods did not answer in time.");
    case Outcome::Cancelled:
        return tr("Cancelled.");
    case Outcome::NotAsked:
        return tr("Not asked: %1").arg(problem);
    }
    return {};
}

} // namespace wa
