#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace wa {

// How wide a phone the preview shows, whatever the window's width: View > Phone width, kept in the settings
// file, and given to --screenshot as --phone. The widths themselves are the preview theme's.
enum class PhoneSize { Small, Typical, Large };

// "small", "typical", "large": the names in the settings file, on the command line and in action names.
QString phoneSizeName(PhoneSize size);
std::optional<PhoneSize> phoneSizeFromName(QStringView name);

} // namespace wa
