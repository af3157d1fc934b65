#include "ThemeChoice.h"

#include <array>
#include <utility>

namespace wa {

namespace {
constexpr std::array<std::pair<ThemeChoice, const char*>, 3> Names = {{
    {ThemeChoice::System, "system"},
    {ThemeChoice::Light, "light"},
    {ThemeChoice::Dark, "dark"},
}};
} // namespace

QString themeChoiceName(ThemeChoice choice)
{
    for (const auto& [known, name] : Names)
        if (known == choice)
            return QString::fromLatin1(name);
    return QStringLiteral("system");
}

std::optional<ThemeChoice> themeChoiceFromName(QStringView name)
{
    for (const auto& [choice, known] : Names)
        if (name == QLatin1StringView(known))
            return choice;
    return std::nullopt;
}

} // namespace wa
