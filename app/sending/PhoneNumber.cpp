#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <memory>
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

PhoneNumberResult invalid(const QString& why)
{
    PhoneNumberResult result;
    result.error = why;
    return result;
}

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
    // A send checks its number twice (as typed, then in the request as E.164), and libphonenumber's
    // regular expressions make each check cost about 0.1 ms: the last answer is kept. A valid number's
    // E.164 form is that same number whatever the default region, since it starts with its country code.
    thread_local QString lastInput, lastRegion;
    thread_local PhoneNumberResult lastResult;
    thread_local bool hasLast = false; // QString() == "" in Qt: the first call must not match the defaults
    const bool same = hasLast && input == lastInput && defaultRegion == lastRegion;
    if (same || (lastResult.isValid() && input == lastResult.e164))
        return lastResult;
    lastResult = check(input, defaultRegion);
    lastInput = input;
    lastRegion = defaultRegion;
    hasLast = true;
    return lastResult;
}

PhoneNumberResult PhoneNumber::check(const QString& input, const QString& defaultRegion)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return invalid(Text::tr("No phone number given."));
    // libphonenumber copes with any length, but a person's number never needs more than this.
    if (trimmed.size() > 64)
        return invalid(Text::tr("Too long to be a phone number."));

    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    const QString region = defaultRegion.trimmed().toUpper();
    i18n::phonenumbers::PhoneNumber number;
    const auto parseError =
        util.Parse(trimmed.toStdString(), region.isEmpty() ? "ZZ" : region.toStdString(), &number);
    if (parseError != PhoneNumberUtil::NO_PARSING_ERROR)
        return invalid(parseErrorSentence(parseError, region));

    switch (util.IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return invalid(Text::tr("Unknown country code."));
    case PhoneNumberUtil::TOO_SHORT:
        return invalid(Text::tr("Too short for a number in this country."));
    case PhoneNumberUtil::TOO_LONG:
        return invalid(Text::tr("Too long for a number in this country."));
    case PhoneNumberUtil::INVALID_LENGTH:
        return invalid(Text::tr("Wrong number of digits for this country."));
    }
    if (!util.IsValidNumber(number)) {
        std::string regionCode;
        util.GetRegionCodeForCountryCode(number.country_code(), &regionCode);
        return invalid(
            Text::tr("Not a valid number in %1.").arg(regionName(QString::fromStdString(regionCode))));
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    PhoneNumberResult result;
    result.e164 = QString::fromStdString(e164);
    return result;
}

QString PhoneNumber::international(const QString& e164)
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (!e164.startsWith(u'+') ||
        util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

PhoneNumber::Typed PhoneNumber::formatAsTyped(const QString& input, int cursor, const QString& defaultRegion)
{
    cursor = qBound(0, cursor, int(input.size()));
    const auto isSeparator = [](QChar c) { return QStringView(u" -./()\u00A0").contains(c); };
    // The characters that carry the number, and how many of them stand before the cursor.
    std::string dialable;
    int dialableBeforeCursor = 0;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        const bool isPlus = c == u'+' && dialable.empty();
        if ((c >= u'0' && c <= u'9') || isPlus) {
            dialable.push_back(char(c.unicode()));
            if (i < cursor)
                ++dialableBeforeCursor;
        } else if (!isSeparator(c)) {
            return {input, cursor}; // letters, a second +, other scripts' digits: left for the validator
        }
    }
    if (dialable.empty() || dialable.size() > 64)
        return {input, cursor};

    const QString region = defaultRegion.trimmed().toUpper();
    const std::unique_ptr<i18n::phonenumbers::AsYouTypeFormatter> formatter(
        PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(region.isEmpty() ? "ZZ"
                                                                               : region.toStdString()));
    std::string formatted;
    for (int i = 0; i < int(dialable.size()); ++i) {
        if (i + 1 == dialableBeforeCursor)
            formatter->InputDigitAndRememberPosition(dialable[i], &formatted);
        else
            formatter->InputDigit(dialable[i], &formatted);
    }
    // The output is ASCII (digits, +, separators), so its byte positions are QString positions.
    const QString text = QString::fromStdString(formatted);
    const int newCursor = dialableBeforeCursor == 0 ? 0 : formatter->GetRememberedPosition();
    return {text, qBound(0, newCursor, int(text.size()))};
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
