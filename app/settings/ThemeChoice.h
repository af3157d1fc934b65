#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace wa {

// How the preview picks its light or dark look: the agent's choice in View > Preview theme and Settings,
// kept in the settings file, and given to --screenshot as --theme.
enum class ThemeChoice { System, Light, Dark };

// "system", "light", "dark": the names in the settings file, on the command line and in action names.
QString themeChoiceName(ThemeChoice choice);
std::optional<ThemeChoice> themeChoiceFromName(QStringView name);

} // namespace wa
