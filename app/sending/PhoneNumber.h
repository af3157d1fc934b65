#pragma once

#include <QString>
#include <QStringList>

namespace wa {

// A destination phone number, checked and normalized to E.164 with libphonenumber.
struct PhoneNumberResult
{
    QString e164;  // "+353838000000" when valid
    QString error; // why not, in a sentence, when invalid
    bool isValid() const { return !e164.isEmpty(); }
    static PhoneNumberResult invalid(const QString& why) { return {QString(), why}; }
};

class PhoneNumber
{
public:
    // input as a person types it ("083 800 0000", "+1 (650) 253-0000", "00353 83 800 0000");
    // defaultRegion is an ISO 3166 code ("IE") used when the input has no country code.
    static PhoneNumberResult normalize(const QString& input, const QString& defaultRegion = {});

    // An E.164 number as people read it ("+353 83 800 0000"); anything else comes back as it was.
    static QString international(const QString& e164);

    // The number as it would look typed by someone who knows its grouping ("0838000" becomes "083 800 0"),
    // with the cursor kept after the same digit. Only digits, a leading + and separators (spaces, dashes,
    // dots, slashes, brackets) are formatted; anything else is returned as it was, for the validator to name.
    struct Typed
    {
        QString text;
        int cursor = 0;
    };
    static Typed formatAsTyped(const QString& input, int cursor, const QString& defaultRegion = {});

    // The ISO 3166 codes libphonenumber knows, for a "default country" choice.
    static QStringList supportedRegions();

private:
    static PhoneNumberResult check(const QString& input, const QString& defaultRegion);
};

} // namespace wa
