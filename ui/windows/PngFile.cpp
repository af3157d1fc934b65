#include "PngFile.h"

#include <QIODevice>
#include <QImage>
#include <QThread>

#include <png.h>
#include <zlib.h>

#include <algorithm>
#include <csetjmp>
#include <memory>
#include <vector>

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

[[noreturn]] void leave(png_structp png, png_const_charp)
{
    png_longjmp(png, 1);
}

void ignoreWarning(png_structp, png_const_charp) {}

// A run of rows deflated on its own: the bands are deflated side by side and joined into one zlib stream,
// as pigz does. Each band but the last ends on a byte boundary (a sync flush) and none but the last is
// final, so the joined stream reads as one; its checksum is the bands' combined.
struct Band
{
    int first = 0; // rows [first, end)
    int end = 0;
    bool last = false;
    QByteArray deflated;
    uLong adler = 1;  // adler32 of the band's filtered rows
    uLong length = 0; // their bytes
    bool ok = false;
};

// The rows as the file holds them: a filter byte ("none") and each pixel's R, G, B (and A) bytes.
class Rows
{
public:
    explicit Rows(const QImage& image)
        : m_alpha(image.hasAlphaChannel()),
          // A window's grab (RGB32) is read as it is: converting the whole picture first costs a copy of it.
          m_image(image.format() == QImage::Format_RGB32
                      ? image
                      : image.convertToFormat(m_alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888))
    {
    }
    bool alpha() const { return m_alpha; }
    int height() const { return m_image.height(); }
    int width() const { return m_image.width(); }
    qsizetype bytesPerRow() const { return 1 + qsizetype(m_image.width()) * (m_alpha ? 4 : 3); }

    void fill(int y, unsigned char* row) const
    {
        row[0] = 0; // no filter
        if (m_image.format() == QImage::Format_RGB32) {
            const auto* pixels = reinterpret_cast<const QRgb*>(m_image.constScanLine(y));
            unsigned char* out = row + 1;
            for (int x = 0; x < m_image.width(); ++x, out += 3) {
                out[0] = uchar(qRed(pixels[x]));
                out[1] = uchar(qGreen(pixels[x]));
                out[2] = uchar(qBlue(pixels[x]));
            }
        } else {
            std::copy_n(m_image.constScanLine(y), bytesPerRow() - 1, row + 1);
        }
    }

private:
    bool m_alpha;
    QImage m_image;
};

void deflateBand(const Rows& rows, Band& band)
{
    z_stream stream{};
    if (deflateInit2(&stream, PngFile::CompressionLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return;
    std::vector<unsigned char> row(size_t(rows.bytesPerRow()));
    band.deflated.resize(qsizetype(deflateBound(&stream, uLong(row.size()) * uLong(band.end - band.first))) +
                         64); // room for the sync flush's few bytes
    stream.next_out = reinterpret_cast<Bytef*>(band.deflated.data());
    stream.avail_out = uInt(band.deflated.size());
    bool ok = true;
    for (int y = band.first; y < band.end && ok; ++y) {
        rows.fill(y, row.data());
        band.adler = adler32(band.adler, row.data(), uInt(row.size()));
        band.length += uLong(row.size());
        stream.next_in = row.data();
        stream.avail_in = uInt(row.size());
        const int flush = y + 1 < band.end ? Z_NO_FLUSH : band.last ? Z_FINISH : Z_SYNC_FLUSH;
        const int result = deflate(&stream, flush);
        ok = stream.avail_in == 0 && (flush == Z_FINISH ? result == Z_STREAM_END : result == Z_OK);
    }
    band.deflated.resize(qsizetype(stream.total_out));
    band.ok = ok;
    deflateEnd(&stream);
}

// The zlib stream of every row: its two-byte header, the bands, and the checksum of all the rows.
QByteArray deflatedRows(const Rows& rows)
{
    // Bands of at least 64 rows, one for each core that may take one.
    const int bandCount = std::clamp(std::min(QThread::idealThreadCount(), rows.height() / 64), 1, 8);
    QList<Band> bands(bandCount);
    for (int i = 0; i < bandCount; ++i) {
        bands[i].first = rows.height() * i / bandCount;
        bands[i].end = rows.height() * (i + 1) / bandCount;
        bands[i].last = i + 1 == bandCount;
    }
    // This thread deflates the first band while a thread of its own takes each other: the shared pool starts
    // its threads late, a tenth of the picture's time on a small machine (issue 21).
    std::vector<std::unique_ptr<QThread>> helpers;
    for (qsizetype i = 1; i < bands.size(); ++i) {
        helpers.emplace_back(QThread::create([&rows, &band = bands[i]] { deflateBand(rows, band); }));
        helpers.back()->start();
    }
    deflateBand(rows, bands[0]);
    for (const std::unique_ptr<QThread>& helper : helpers)
        helper->wait();

    QByteArray stream("\x78\x5e", 2); // deflate, 32 KiB window, a fast level
    uLong adler = 1;
    for (const Band& band : bands) {
        if (!band.ok)
            return {};
        stream += band.deflated;
        adler = adler32_combine(adler, band.adler, z_off_t(band.length));
    }
    for (int shift = 24; shift >= 0; shift -= 8)
        stream += char((adler >> shift) & 0xff);
    return stream;
}

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
    const Rows rows(image);
    const QByteArray idat = deflatedRows(rows);
    if (idat.isEmpty())
        return fail(tr("The picture could not be encoded as PNG."));

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
    // No filter on any row (the filter byte of each row above is "none"): a window's long runs of one colour
    // repeat as they are, which zlib finds at once. On the 1280x800 window it was the fastest and the
    // smallest of the five (docs/benchmarks.md).
    png_set_IHDR(png, info, png_uint_32(rows.width()), png_uint_32(rows.height()), 8,
                 rows.alpha() ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    // A 2x picture says so: twice the dots per metre, so that a viewer shows it at its logical size.
    const qreal ratio = image.devicePixelRatio();
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(qRound(image.dotsPerMeterX() * ratio)),
                     png_uint_32(qRound(image.dotsPerMeterY() * ratio)), PNG_RESOLUTION_METER);
    png_write_info(png, info);
    // The rows were deflated above, in bands side by side: libpng frames them as the file's image data.
    png_write_chunk(png, reinterpret_cast<png_const_bytep>("IDAT"),
                    reinterpret_cast<png_const_bytep>(idat.constData()), size_t(idat.size()));
    png_write_chunk(png, reinterpret_cast<png_const_bytep>("IEND"), nullptr, 0);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace wa
