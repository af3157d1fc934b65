#pragma once

#include "InteractiveMessage.h"

namespace wa::StarterMessages {

// A sensible first message of each type, for File > New: every required part filled with an example the
// agent overwrites, so the form shows the shape of the type and the preview has something to show.
InteractiveMessage starter(MessageType type);

} // namespace wa::StarterMessages
