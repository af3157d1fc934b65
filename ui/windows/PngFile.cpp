#include "PngFile.h"

#include <QIODevice>
#include <QImage>
#include <QSysInfo>

#include <png.h>

#include <csetjmp>

namespace wa {

namespace {

struct Output
{
    QIODevice* device = nullptr;
    volatile bool failed = false; // set after setjmp, read after the jump
};

void writeBytes(png_structp png, png_bytep data, png_size_t length)
{
    auto* output = static_cast<Output*>(png_get_io_ptr(png));
    if (output->device->write(reinterpret_cast<const char*>(data), qint64(length)) != qint64(length)) {
        output->failed = true;
        png_error(png, "write failed");
    }
}

void flushBytes(png_structp) {}

// libpng reports errors by longjmp, here without printing them: its messages are English and technical,
// ours say what happened.
[[noreturn]] void leave(png_structp png, png_const_charp)
{
    png_longjmp(png, 1);
}

void ignoreWarning(png_structp, png_const_charp) {}

} // namespace

bool PngFile::write(const QImage& image, QIODevice& out, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (image.isNull())
        return fail(tr("There is no picture to write."));
    const bool alpha = image.hasAlphaChannel();
    // A window's grab (RGB32) is written as it is, each pixel's bytes reordered by libpng as a row goes out:
    // converting the whole picture first costs a copy of it and Qt's worker threads.
    const bool asIs = image.format() == QImage::Format_RGB32 && QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    const QImage rows =
        asIs ? image : image.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);

    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, leave, ignoreWarning);
    if (!png)
        return fail(tr("The PNG writer could not start."));
    png_infop info = png_create_info_struct(png);
    Output output{&out};
    // Everything libpng may leave by longjmp is set up before this point; nothing with a destructor is
    // created between here and png_destroy_write_struct.
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return fail(output.failed ? out.errorString() : tr("The picture could not be encoded as PNG."));
    }
    png_set_write_fn(png, &output, writeBytes, flushBytes);
    png_set_IHDR(png, info, png_uint_32(rows.width()), png_uint_32(rows.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    // No filter on any row: a window's long runs of one colour repeat as they are, which zlib finds at once.
    // On the 1280x800 window it was the fastest and the smallest of the five (docs/benchmarks.md).
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, CompressionLevel);
    // A 2x picture says so: twice the dots per metre, so that a viewer shows it at its logical size.
    const qreal ratio = image.devicePixelRatio();
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(qRound(image.dotsPerMeterX() * ratio)),
                     png_uint_32(qRound(image.dotsPerMeterY() * ratio)), PNG_RESOLUTION_METER);
    png_write_info(png, info);
    if (asIs) { // B, G, R and an unused byte in memory: R, G, B in the file
        png_set_bgr(png);
        png_set_filler(png, 0, PNG_FILLER_AFTER);
    }
    for (int y = 0; y < rows.height(); ++y)
        png_write_row(png, rows.constScanLine(y));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace wa
