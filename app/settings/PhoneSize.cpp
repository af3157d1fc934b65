#include "PhoneSize.h"

#include <array>
#include <utility>

namespace wa {

namespace {
constexpr std::array<std::pair<PhoneSize, const char*>, 3> Names = {{
    {PhoneSize::Small, "small"},
    {PhoneSize::Typical, "typical"},
    {PhoneSize::Large, "large"},
}};
} // namespace

QString phoneSizeName(PhoneSize size)
{
    for (const auto& [known, name] : Names)
        if (known == size)
            return QString::fromLatin1(name);
    return QStringLiteral("typical");
}

std::optional<PhoneSize> phoneSizeFromName(QStringView name)
{
    for (const auto& [size, known] : Names)
        if (name == QLatin1StringView(known))
            return size;
    return std::nullopt;
}

} // namespace wa
