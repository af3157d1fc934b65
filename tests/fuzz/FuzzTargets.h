#pragma once

#include <cstddef>
#include <cstdint>

// What each fuzz target does with one input, shared by the libFuzzer entry points (tests/fuzz/fuzz_*.cpp,
// built by `scripts/dev fuzz` with clang) and tst_fuzzregressions, which runs every seed and every input
// that once failed (tests/data/fuzz/<target>/) in the ordinary test suite. Not only "no crash": each checks
// invariants, and a broken one aborts with what broke.
namespace wa::fuzz {

// The message reader, validator and writer: what the writer writes, the reader reads back equal.
void message(const uint8_t* data, size_t size);
// WhatsApp's text formatting: ranges sorted, inside the text, never empty; blocks cover every line.
void textFormatting(const uint8_t* data, size_t size);
// The draft file reader: a file read, written and read again holds the same draft.
void draftFile(const uint8_t* data, size_t size);
// Octopods' answers: whatever the body, reading it and saying what happened never fails, and the key never
// survives redaction.
void response(const uint8_t* data, size_t size);
// Phone numbers as typed: a number found valid normalizes to itself; the cursor stays inside the text.
void phoneNumber(const uint8_t* data, size_t size);

} // namespace wa::fuzz
