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
};

class PhoneNumber
{
public:
    // input as a person types it ("083 800 0000", "+1 (650) 253-0000", "00353 83 800 0000");
    // defaultRegion is an ISO 3166 code ("IE") used when the input has no country code.
    static PhoneNumberResult normalize(const QString& input, const QString& defaultRegion = {});

    // The ISO 3166 codes libphonenumber knows, for a "default country" choice.
    static QStringList supportedRegions();
};

} // namespace wa
