#pragma once

#include "PhoneNumber.h"

#include <QCoreApplication>

#include <string>

namespace wa {

// Names the translation context of what PhoneNumber and its module say, so lupdate and the runtime agree.
struct PhoneNumberText
{
    Q_DECLARE_TR_FUNCTIONS(wa::PhoneNumber)
};

// What libphonenumber knows of the world's numbers, behind the module PhoneNumber loads the first time a
// number is looked at (LibPhoneNumberRules.cpp): libphonenumber and the protobuf and Abseil libraries under
// it, ten in all, are then not loaded at every start of the window and of the CLI, which mostly never need
// them.
class PhoneNumberRules
{
public:
    virtual ~PhoneNumberRules() = default;
    // input trimmed and at most 64 characters; region an upper-case ISO 3166 code, or empty.
    virtual PhoneNumberResult check(const QString& input, const QString& region) const = 0;
    virtual QString international(const QString& e164) const = 0;
    // dialable: digits after at most a leading +; the cursor stands after dialableBeforeCursor of them.
    virtual PhoneNumber::Typed formatAsTyped(const std::string& dialable, int dialableBeforeCursor,
                                             const QString& region) const = 0;
    virtual QStringList supportedRegions() const = 0;
};

} // namespace wa

// The module's one entry point.
#define WA_PHONE_NUMBER_RULES_ENTRY "wa_phone_number_rules"
using WaPhoneNumberRulesEntry = const wa::PhoneNumberRules* (*)();
