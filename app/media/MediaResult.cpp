#include "MediaResult.h"

namespace wa {

QString MediaResult::warning() const
{
    if (state != State::Failed && state != State::NotAllowed)
        return {};
    return tr("The customer's phone will not be able to load this image: %1.").arg(reason);
}

QString MediaResult::documentWarning() const
{
    if (state != State::Failed && state != State::NotAllowed)
        return {};
    return tr("The customer's phone will not be able to load this document: %1.").arg(reason);
}

MediaResult MediaResult::failed(State state, const QString& reason, int httpStatus)
{
    MediaResult result;
    result.state = state;
    result.reason = reason;
    result.httpStatus = httpStatus;
    return result;
}

} // namespace wa
