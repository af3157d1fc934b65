#pragma once

#include <QCoreApplication>
#include <QString>

class QImage;
class QIODevice;

namespace wa {

// Writes screenshots and exported previews as PNG with one fixed row filter (none), the rows deflated by zlib
// in bands side by side, one per core, and framed by libpng. Qt's PNG writer lets libpng try every filter on
// every row, which for a window's flat colours costs more than twice as long, for a larger file, on one core
// (issue 21; figures in docs/benchmarks.md).
class PngFile
{
    Q_DECLARE_TR_FUNCTIONS(wa::PngFile)
public:
    // zlib's level: 1 to 9. Level 2 was the screenshots' level with Qt's writer too ("quality 70").
    static constexpr int CompressionLevel = 2;

    // The image as PNG into out, keeping its alpha channel if it has one; its dots per metre, times its
    // device pixel ratio, are the file's physical pixel size (a 2x export is shown at its logical size). On
    // failure returns false and says why in *error (when given).
    static bool write(const QImage& image, QIODevice& out, QString* error = nullptr);
};

} // namespace wa
