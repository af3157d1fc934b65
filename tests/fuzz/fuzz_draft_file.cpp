#include "FuzzTargets.h"

// libFuzzer's entry point for wa::fuzz::draftFile (see FuzzTargets.h); built by `scripts/dev fuzz`.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    wa::fuzz::draftFile(data, size);
    return 0;
}
