#include "PhoneNumberRules.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <memory>
#include <set>
#include <string>

// The module PhoneNumber loads the first time a number is looked at: libphonenumber's answers.
namespace wa {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

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
                   ? PhoneNumberText::tr(
                         "No country code: start with + and the country code, or choose a default country.")
                   : PhoneNumberText::tr("Unknown country code.");
    case PhoneNumberUtil::NOT_A_NUMBER:
        return PhoneNumberText::tr("Not a phone number.");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        return PhoneNumberText::tr("Too short after the international prefix.");
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneNumberText::tr("Too short to be a phone number.");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneNumberText::tr("Too long to be a phone number.");
    default:
        return PhoneNumberText::tr("Not a phone number.");
    }
}

class LibPhoneNumberRules final : public PhoneNumberRules
{
public:
    PhoneNumberResult check(const QString& input, const QString& region) const override
    {
        const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
        i18n::phonenumbers::PhoneNumber number;
        const auto parseError =
            util.Parse(input.toStdString(), region.isEmpty() ? "ZZ" : region.toStdString(), &number);
        if (parseError != PhoneNumberUtil::NO_PARSING_ERROR)
            return PhoneNumberResult::invalid(parseErrorSentence(parseError, region));

        switch (util.IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::IS_POSSIBLE:
        case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            return PhoneNumberResult::invalid(PhoneNumberText::tr("Unknown country code."));
        case PhoneNumberUtil::TOO_SHORT:
            return PhoneNumberResult::invalid(PhoneNumberText::tr("Too short for a number in this country."));
        case PhoneNumberUtil::TOO_LONG:
            return PhoneNumberResult::invalid(PhoneNumberText::tr("Too long for a number in this country."));
        case PhoneNumberUtil::INVALID_LENGTH:
            return PhoneNumberResult::invalid(
                PhoneNumberText::tr("Wrong number of digits for this country."));
        }
        if (!util.IsValidNumber(number)) {
            std::string regionCode;
            util.GetRegionCodeForCountryCode(number.country_code(), &regionCode);
            return PhoneNumberResult::invalid(PhoneNumberText::tr("Not a valid number in %1.")
                                                  .arg(regionName(QString::fromStdString(regionCode))));
        }
        std::string e164;
        util.Format(number, PhoneNumberUtil::E164, &e164);
        PhoneNumberResult result;
        result.e164 = QString::fromStdString(e164);
        return result;
    }

    QString international(const QString& e164) const override
    {
        const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
        i18n::phonenumbers::PhoneNumber number;
        if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
            return e164;
        std::string formatted;
        util.Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
        return QString::fromStdString(formatted);
    }

    PhoneNumber::Typed formatAsTyped(const std::string& dialable, int dialableBeforeCursor,
                                     const QString& region) const override
    {
        const std::unique_ptr<i18n::phonenumbers::AsYouTypeFormatter> formatter(
            PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(region.isEmpty() ? "ZZ"
                                                                                   : region.toStdString()));
        std::string formatted;
        for (int i = 0; i < int(dialable.size()); ++i) {
            if (i + 1 == dialableBeforeCursor)
                formatter->InputDigitAndRememberPosition(dialable[size_t(i)], &formatted);
            else
                formatter->InputDigit(dialable[size_t(i)], &formatted);
        }
        // The output is ASCII (digits, +, separators), so its byte positions are QString positions.
        const QString text = QString::fromStdString(formatted);
        const int cursor = dialableBeforeCursor == 0 ? 0 : formatter->GetRememberedPosition();
        return {text, qBound(0, cursor, int(text.size()))};
    }

    QStringList supportedRegions() const override
    {
        std::set<std::string> regions;
        PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
        QStringList result;
        for (const std::string& region : regions)
            result.append(QString::fromStdString(region));
        return result;
    }
};

} // namespace

} // namespace wa

extern "C" Q_DECL_EXPORT const wa::PhoneNumberRules* wa_phone_number_rules()
{
    static const wa::LibPhoneNumberRules rules;
    return &rules;
}
