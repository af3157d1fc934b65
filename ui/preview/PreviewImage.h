#pragma once

#include "PreviewLayout.h"

#include <QImage>

namespace wa {

// The phone screen for one message as an image, laid out and painted without a widget: what
// `--screenshot --preview-only` writes and what the rendering tests compare.
QImage renderPreviewImage(const PreviewInput& input, PreviewTheme::Kind theme, QSize size,
                          qreal devicePixelRatio = 1);

} // namespace wa
