#include "HeapPages.h"

#include <cstdint>

#if defined(CHITIEU_GLIBC_HEAP)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace chitieu::cli {

namespace {
#if defined(CHITIEU_GLIBC_HEAP)
HeapPages advise()
{
    constexpr std::uintptr_t huge = std::uintptr_t(2) << 20;
    constexpr int reserve = 32 << 20;
    // malloc keeps this much spare at the top of its heap whenever it grows it (and trims to it).
    if (mallopt(M_TOP_PAD, reserve) != 1)
        return {};
    // Small blocks come from the heap (not their own mapping): take them until the heap grows,
    // which it then does by the reserve, and give them back. The heap's free space is used
    // first: in a fresh process a few blocks, after big blocks were freed up to 32 MB of them.
    const auto start = reinterpret_cast<std::uintptr_t>(sbrk(0));
    constexpr int most = 1024; // 64 MB
    void* taken[most] = {};
    int n = 0;
    while (n < most && reinterpret_cast<std::uintptr_t>(sbrk(0)) == start)
        taken[n++] = std::malloc(64 * 1024);
    for (int i = 0; i < n; ++i)
        std::free(taken[i]);
    // Read after the blocks are back: freeing them may trim the heap's top by a few pages.
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t from = (start + huge - 1) & ~(huge - 1);
    const std::uintptr_t to = end & ~(huge - 1);
    if (to <= from)
        return {};
    // Advice only: where it is refused, the heap is used as before, in 4 KB pages.
    if (madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE) != 0)
        return {};
    return {true, reinterpret_cast<const void*>(from), static_cast<long long>(to - from)};
}
#else
HeapPages advise()
{
    return {};
}
#endif
} // namespace

HeapPages adviseHugeHeapPages()
{
    static const HeapPages once = advise();
    return once;
}

} // namespace chitieu::cli
