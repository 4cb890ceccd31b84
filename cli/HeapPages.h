#pragma once
// The command line's heap in 2 MB pages where the kernel gives them on request (Linux with
// transparent huge pages in "madvise" mode, Debian's default). A report of a province touches
// 10-15 MB of fresh heap; each 4 KB page of it is a page fault, and on a virtual machine a
// fault costs several microseconds: a quarter of a report's time (tests/bench/PROFILE.md).
// Elsewhere (another system, another C library, a sanitizer's allocator) this does nothing.

#include <cstdlib> // defines __GLIBC__ with the GNU C library

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CHITIEU_SANITIZER_HEAP 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define CHITIEU_SANITIZER_HEAP 1
#endif
// malloc is glibc's, growing its heap with brk: the heap these pages are asked for.
#if defined(__linux__) && defined(__GLIBC__) && !defined(CHITIEU_SANITIZER_HEAP)
#define CHITIEU_GLIBC_HEAP 1
#endif

namespace chitieu::cli {

struct HeapPages
{
    bool advised = false;        // the kernel accepted the advice for the heap's reserve
    const void* begin = nullptr; // the part of the heap it covers: whole 2 MB pages
    long long bytes = 0;
};

// Grows the heap by a reserve and asks for huge pages over it. Call first thing in main(),
// before the heap is much used; later calls do nothing and return what the first did.
HeapPages adviseHugeHeapPages();

} // namespace chitieu::cli
