#include "FuzzTargets.h"

// libFuzzer's entry point for wa::fuzz::phoneNumber (see FuzzTargets.h); built by `scripts/dev fuzz`.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    wa::fuzz::phoneNumber(data, size);
    return 0;
}
