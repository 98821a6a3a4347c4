#pragma once
// Shared by the fuzz targets. Each target defines LLVMFuzzerTestOneInput; built with
// CROSSCHECK_FUZZ (the fuzz preset, clang) libFuzzer drives it, otherwise fuzz_main.cpp runs it
// over the kept inputs in tests/fuzz/inputs/TARGET/ as a CTest regression test.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Crosscheck::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken invariant is a finding: say which and stop, so libFuzzer keeps the input.
#define CROSSCHECK_FUZZ_CHECK(condition)                                                                    \
    do {                                                                                                    \
        if (!(condition)) {                                                                                 \
            std::fprintf(stderr, "invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__);         \
            std::abort();                                                                                   \
        }                                                                                                   \
    } while (false)

} // namespace Crosscheck::Fuzz

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
