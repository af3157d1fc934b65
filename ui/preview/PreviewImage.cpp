#include "PreviewImage.h"

#include "PreviewPainter.h"

#include <QPainter>

namespace wa {

QImage renderPreviewImage(const PreviewInput& input, PreviewTheme::Kind theme, QSize size,
                          qreal devicePixelRatio)
{
    PreviewLayout layout(PreviewTheme::forKind(theme));
    const PreviewScene scene = layout.layout(input, size, devicePixelRatio);
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    PreviewPainter::paint(painter, scene, layout.theme());
    return image;
}

} // namespace wa
