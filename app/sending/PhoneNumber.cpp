#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace wa {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

// Names the translation context, so lupdate and the runtime agree on it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wa::PhoneNumber)
};

QString regionName(const QString& code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

QString parseErrorSentence(PhoneNumberUtil::ErrorType error, const QString& region)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return region.isEmpty()
                   ? Text::tr(
                         "No country code: start with + and the country code, or choose a default country.")
                   : Text::tr("Unknown country code.");
    case PhoneNumberUtil::NOT_A_NUMBER:
        return Text::tr("Not a phone number.");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        return Text::tr("Too short after the international prefix.");
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return Text::tr("Too short to be a phone number.");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return Text::tr("Too long to be a phone number.");
    default:
        return Text::tr("Not a phone number.");
    }
}

} // namespace

PhoneNumberResult PhoneNumber::normalize(const QString& input, const QString& defaultRegion)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return {{}, Text::tr("No phone number given.")};
    // libphonenumber copes with any length, but a person's number never needs more than this.
    if (trimmed.size() > 64)
        return {{}, Text::tr("Too long to be a phone number.")};

    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    const QString region = defaultRegion.trimmed().toUpper();
    i18n::phonenumbers::PhoneNumber number;
    const auto parseError =
        util.Parse(trimmed.toStdString(), region.isEmpty() ? "ZZ" : region.toStdString(), &number);
    if (parseError != PhoneNumberUtil::NO_PARSING_ERROR)
        return {{}, parseErrorSentence(parseError, region)};

    switch (util.IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return {{}, Text::tr("Unknown country code.")};
    case PhoneNumberUtil::TOO_SHORT:
        return {{}, Text::tr("Too short for a number in this country.")};
    case PhoneNumberUtil::TOO_LONG:
        return {{}, Text::tr("Too long for a number in this country.")};
    case PhoneNumberUtil::INVALID_LENGTH:
        return {{}, Text::tr("Wrong number of digits for this country.")};
    }
    if (!util.IsValidNumber(number)) {
        std::string regionCode;
        util.GetRegionCodeForCountryCode(number.country_code(), &regionCode);
        return {{},
                Text::tr("Not a valid number in %1.").arg(regionName(QString::fromStdString(regionCode)))};
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return {QString::fromStdString(e164), {}};
}

QStringList PhoneNumber::supportedRegions()
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList result;
    for (const std::string& region : regions)
        result.append(QString::fromStdString(region));
    return result;
}

} // namespace wa
