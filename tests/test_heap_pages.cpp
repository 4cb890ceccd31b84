// chitieu-cli's heap reserve in huge pages (cli/HeapPages.h): where the kernel offers them, the
// reserve is advised, lies in the heap malloc takes its small blocks from, and is flagged so
// by the kernel; elsewhere nothing is advised.
#include "cli/HeapPages.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace chitieu;

#if defined(CHITIEU_GLIBC_HEAP)
namespace {
constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;

// The VmFlags of the mapping of this process that holds `address` (Linux's /proc/self/smaps).
QString flagsOfMappingAt(std::uintptr_t address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    REQUIRE(smaps.open(QIODevice::ReadOnly));
    bool inside = false;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        const QList<QByteArray> range = fields.value(0).split('-');
        bool lowOk = false;
        bool highOk = false;
        const std::uintptr_t low = range.value(0).toULongLong(&lowOk, 16);
        const std::uintptr_t high = range.value(1).toULongLong(&highOk, 16);
        if (range.size() == 2 && lowOk && highOk)
            inside = low <= address && address < high;
        else if (inside && line.startsWith("VmFlags:"))
            return QString::fromLatin1(line.mid(8)).trimmed();
    }
    return {};
}
} // namespace
#endif

TEST_CASE("The command line's heap reserve asks for huge pages where the kernel offers them")
{
    const cli::HeapPages pages = cli::adviseHugeHeapPages();
    // Later calls do not advise again: the first one's reserve stands.
    CHECK(cli::adviseHugeHeapPages().begin == pages.begin);
#if defined(CHITIEU_GLIBC_HEAP)
    if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"))) {
        CHECK_FALSE(pages.advised); // a kernel without huge pages refuses the advice
        return;
    }
    REQUIRE(pages.advised);
    const auto begin = reinterpret_cast<std::uintptr_t>(pages.begin);
    CHECK(begin % kHuge == 0);
    CHECK(pages.bytes >= static_cast<long long>(kHuge));
    CHECK(pages.bytes % static_cast<long long>(kHuge) == 0);
    // The kernel holds the advice on that part of the heap ("hg": huge pages on request).
    CHECK(flagsOfMappingAt(begin).split(' ').contains(QStringLiteral("hg")));
    CHECK(flagsOfMappingAt(begin + pages.bytes - 1).split(' ').contains(QStringLiteral("hg")));
    // malloc's small blocks come from the reserve once the heap's free space below it is used,
    // and the memory is usable.
    std::vector<char*> blocks;
    int inReserve = 0;
    for (int i = 0; i < 4096 && inReserve == 0; ++i) { // at most 64 MB
        char* b = static_cast<char*>(std::malloc(16 * 1024));
        REQUIRE(b != nullptr);
        for (int j = 0; j < 16 * 1024; j += 4096)
            b[j] = static_cast<char>(i);
        const auto at = reinterpret_cast<std::uintptr_t>(b);
        inReserve += at >= begin && at < begin + static_cast<std::uintptr_t>(pages.bytes) ? 1 : 0;
        blocks.push_back(b);
    }
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        CHECK(blocks[i][0] == static_cast<char>(i));
        std::free(blocks[i]);
    }
    CHECK(inReserve > 0);
#else
    CHECK_FALSE(pages.advised);
#endif
}
