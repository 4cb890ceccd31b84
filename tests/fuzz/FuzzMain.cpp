// The libFuzzer program of one target, chosen at build time (CHITIEU_FUZZ_TARGET). A
// refusal (chitieu::Error) is a normal answer; anything else thrown escapes and libFuzzer
// reports it as a crash, with the input saved.
#include "FuzzTargets.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>

namespace {
const chitieu::fuzz::Target* chosen = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static std::unique_ptr<QCoreApplication> app = std::make_unique<QCoreApplication>(*argc, *argv);
    chosen = chitieu::fuzz::target(QStringLiteral(CHITIEU_FUZZ_TARGET));
    if (!chosen) {
        std::fprintf(stderr, "no fuzz target named %s\n", CHITIEU_FUZZ_TARGET);
        std::abort();
    }
    chitieu::fuzz::prepare();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A copy, not fromRawData: the readers may keep or index the bytes past a view's life.
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        chosen->run(bytes);
    } catch (const chitieu::Error&) {
    }
    return 0;
}
