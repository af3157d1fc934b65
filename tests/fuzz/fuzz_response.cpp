#include "FuzzTargets.h"

// libFuzzer's entry point for wa::fuzz::response (see FuzzTargets.h); built by `scripts/dev fuzz`.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    wa::fuzz::response(data, size);
    return 0;
}
