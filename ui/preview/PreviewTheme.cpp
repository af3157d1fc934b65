#include "PreviewTheme.h"

namespace wa {

namespace {

// Roboto is what WhatsApp draws with on Android. Noto Color Emoji is named explicitly: with the default
// fallback Qt 6.4 draws some emoji from a monochrome font (DESIGN.md, "Known platform facts").
QFont font(qreal pixelSize, QFont::Weight weight = QFont::Normal)
{
    QFont f;
    f.setFamilies(
        {QStringLiteral("Roboto"), QStringLiteral("Noto Sans"), QStringLiteral("Noto Color Emoji")});
    f.setPixelSize(qRound(pixelSize));
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QFont monospace(qreal pixelSize)
{
    QFont f;
    f.setFamilies({QStringLiteral("Roboto Mono"), QStringLiteral("DejaVu Sans Mono"),
                   QStringLiteral("Noto Color Emoji")});
    f.setStyleHint(QFont::Monospace);
    f.setPixelSize(qRound(pixelSize));
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void setFonts(PreviewTheme& theme)
{
    theme.bodyFont = font(15);
    theme.headerFont = font(15, QFont::Bold);
    theme.footerFont = font(13);
    theme.timeFont = font(11);
    theme.buttonFont = font(15, QFont::Medium);
    theme.readMoreFont = font(15, QFont::Medium);
    theme.documentTypeFont = font(7, QFont::Bold);
    theme.monospaceFont = monospace(14);
    theme.titleFont = font(17, QFont::Medium);
    theme.subtitleFont = font(12);
    theme.rowTitleFont = font(16);
    theme.rowDescriptionFont = font(14);
    theme.sectionTitleFont = font(14, QFont::Medium);
    theme.productNameFont = font(15, QFont::Medium);
    theme.productPriceFont = font(14);
}

} // namespace

PreviewTheme PreviewTheme::light()
{
    PreviewTheme t;
    t.kind = Kind::Light;
    t.wallpaper = QColor(0xEF, 0xEA, 0xE2);
    t.wallpaperDoodle = QColor(0xE6, 0xE0, 0xD6);
    t.topBar = QColor(0x00, 0x80, 0x69);
    t.topBarText = QColor(0xFF, 0xFF, 0xFF);
    t.topBarSecondaryText = QColor(0xD9, 0xFD, 0xD3);
    t.avatar = QColor(0xDF, 0xE5, 0xE7);
    t.avatarText = QColor(0x54, 0x65, 0x6F);
    t.dateChip = QColor(0xFF, 0xFF, 0xFF);
    t.dateChipText = QColor(0x54, 0x65, 0x6F);
    t.bubble = QColor(0xFF, 0xFF, 0xFF);
    t.bubbleShadow = QColor(0x0B, 0x14, 0x1A, 0x21);
    t.text = QColor(0x11, 0x1B, 0x21);
    t.secondaryText = QColor(0x66, 0x77, 0x81);
    t.link = QColor(0x02, 0x7E, 0xB5);
    t.buttonText = QColor(0x00, 0x9D, 0xE2);
    t.separator = QColor(0xE9, 0xED, 0xEF);
    t.mediaPlaceholder = QColor(0xD1, 0xD7, 0xDB);
    t.mediaIcon = QColor(0xFF, 0xFF, 0xFF);
    t.documentBackground = QColor(0xF5, 0xF6, 0xF6);
    t.surround = QColor(0xD1, 0xD7, 0xDB);
    t.documentPdf = QColor(0xE5, 0x39, 0x35);
    t.documentWord = QColor(0x2B, 0x57, 0x9A);
    t.documentSheet = QColor(0x21, 0x73, 0x46);
    t.documentSlides = QColor(0xD2, 0x47, 0x26);
    t.documentTypeText = QColor(0xFF, 0xFF, 0xFF);
    t.shimmer = QColor(0xFF, 0xFF, 0xFF, 0x8C);
    t.playMark = QColor(0x00, 0x00, 0x00, 0x73);
    t.badgeBackground = QColor(0x00, 0x00, 0x00, 0x99);
    t.badgeText = QColor(0xFF, 0xFF, 0xFF);
    t.codeBackground = QColor(0xF0, 0xF2, 0xF5);
    t.quoteBar = QColor(0xC4, 0xCB, 0xCF);
    t.error = QColor(0xEA, 0x00, 0x38);
    t.placeholderChip = QColor(0xDC, 0xE9, 0xFB);
    t.placeholderOutline = QColor(0xE0, 0x8A, 0x00);
    t.scrim = QColor(0x0B, 0x14, 0x1A, 0x66);
    t.sheet = QColor(0xFF, 0xFF, 0xFF);
    t.sectionTitle = QColor(0x00, 0x80, 0x69);
    t.radio = QColor(0x8C, 0x99, 0xA1);
    t.radioChecked = QColor(0x00, 0xA8, 0x84);
    t.sendButton = QColor(0x00, 0xA8, 0x84);
    t.sendButtonDisabled = QColor(0xE9, 0xED, 0xEF);
    t.sendButtonText = QColor(0xFF, 0xFF, 0xFF);
    t.composer = QColor(0xFF, 0xFF, 0xFF);
    t.composerText = QColor(0x8C, 0x99, 0xA1);
    setFonts(t);
    return t;
}

PreviewTheme PreviewTheme::dark()
{
    PreviewTheme t = light();
    t.kind = Kind::Dark;
    t.wallpaper = QColor(0x0B, 0x14, 0x1A);
    t.wallpaperDoodle = QColor(0x12, 0x1C, 0x22);
    t.topBar = QColor(0x1F, 0x2C, 0x34);
    t.topBarText = QColor(0xE9, 0xED, 0xEF);
    t.topBarSecondaryText = QColor(0x86, 0x96, 0xA0);
    t.avatar = QColor(0x6A, 0x7F, 0x8A);
    t.avatarText = QColor(0xE9, 0xED, 0xEF);
    t.dateChip = QColor(0x18, 0x22, 0x29);
    t.dateChipText = QColor(0x86, 0x96, 0xA0);
    t.bubble = QColor(0x20, 0x2C, 0x33);
    t.bubbleShadow = QColor(0x00, 0x00, 0x00, 0x40);
    t.text = QColor(0xE9, 0xED, 0xEF);
    t.secondaryText = QColor(0x86, 0x96, 0xA0);
    t.link = QColor(0x53, 0xBD, 0xEB);
    t.buttonText = QColor(0x53, 0xBD, 0xEB);
    t.separator = QColor(0x2A, 0x39, 0x42);
    t.mediaPlaceholder = QColor(0x37, 0x40, 0x45);
    t.mediaIcon = QColor(0xAE, 0xBA, 0xC1);
    t.documentBackground = QColor(0x1D, 0x28, 0x2F);
    t.surround = QColor(0x20, 0x2C, 0x33);
    t.documentPdf = QColor(0xEF, 0x53, 0x50);
    t.documentWord = QColor(0x4A, 0x7B, 0xC8);
    t.documentSheet = QColor(0x33, 0x9B, 0x62);
    t.documentSlides = QColor(0xE6, 0x6A, 0x45);
    t.documentTypeText = QColor(0xFF, 0xFF, 0xFF);
    t.shimmer = QColor(0xFF, 0xFF, 0xFF, 0x26);
    t.playMark = QColor(0x00, 0x00, 0x00, 0x8C);
    t.badgeBackground = QColor(0x00, 0x00, 0x00, 0xB3);
    t.badgeText = QColor(0xE9, 0xED, 0xEF);
    t.codeBackground = QColor(0x11, 0x1B, 0x21);
    t.quoteBar = QColor(0x53, 0x5F, 0x66);
    t.error = QColor(0xF1, 0x5C, 0x6D);
    t.placeholderChip = QColor(0x23, 0x3E, 0x5C);
    t.placeholderOutline = QColor(0xF5, 0xA6, 0x23);
    t.scrim = QColor(0x00, 0x00, 0x00, 0x99);
    t.sheet = QColor(0x1F, 0x2C, 0x34);
    t.sectionTitle = QColor(0x00, 0xA8, 0x84);
    t.radio = QColor(0x86, 0x96, 0xA0);
    t.sendButtonDisabled = QColor(0x2A, 0x39, 0x42);
    t.composer = QColor(0x1F, 0x2C, 0x34);
    t.composerText = QColor(0x86, 0x96, 0xA0);
    return t;
}

} // namespace wa
