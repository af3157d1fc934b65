#include "PhoneNumber.h"

#include "PhoneNumberRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

#include <string>

namespace wa {

namespace {

struct LoadedRules
{
    const PhoneNumberRules* rules = nullptr;
    QString problem; // why there are none
};

// The libphonenumber module, loaded once, the first time a number is looked at: installed beside the program
// (lib/wa-composer next to bin/), else where this build put it.
const LoadedRules& loadedRules()
{
    static const LoadedRules loaded = [] {
        QStringList folders;
        if (QCoreApplication::instance())
            folders << QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/wa-composer");
        folders << QStringLiteral(WA_BUILD_MODULE_DIR);
        LoadedRules result;
        for (const QString& folder : std::as_const(folders)) {
            QLibrary module(QDir(folder).filePath(QStringLiteral("wa_phonenumbers")));
            if (!module.load()) {
                result.problem = module.errorString();
                continue;
            }
            const auto entry =
                reinterpret_cast<WaPhoneNumberRulesEntry>(module.resolve(WA_PHONE_NUMBER_RULES_ENTRY));
            if (entry && (result.rules = entry()))
                return result;
            result.problem = module.errorString();
        }
        qWarning("Phone numbers cannot be checked: %s", qPrintable(result.problem));
        return result;
    }();
    return loaded;
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
        return PhoneNumberResult::invalid(PhoneNumberText::tr("No phone number given."));
    // libphonenumber copes with any length, but a person's number never needs more than this.
    if (trimmed.size() > 64)
        return PhoneNumberResult::invalid(PhoneNumberText::tr("Too long to be a phone number."));
    const LoadedRules& loaded = loadedRules();
    if (!loaded.rules)
        return PhoneNumberResult::invalid(
            PhoneNumberText::tr("Phone numbers cannot be checked: %1").arg(loaded.problem));
    return loaded.rules->check(trimmed, defaultRegion.trimmed().toUpper());
}

QString PhoneNumber::international(const QString& e164)
{
    if (!e164.startsWith(u'+') || !loadedRules().rules)
        return e164;
    return loadedRules().rules->international(e164);
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
    if (dialable.empty() || dialable.size() > 64 || !loadedRules().rules)
        return {input, cursor};
    return loadedRules().rules->formatAsTyped(dialable, dialableBeforeCursor,
                                              defaultRegion.trimmed().toUpper());
}

QStringList PhoneNumber::supportedRegions()
{
    return loadedRules().rules ? loadedRules().rules->supportedRegions() : QStringList();
}

} // namespace wa
