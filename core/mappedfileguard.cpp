// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "mappedfileguard.h"

#include <QtGlobal>

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ev {

namespace {

// The guarded ranges, read by the signal handler: fixed slots of atomics, no locks, no
// allocation. A slot is free while its end is 0.
struct GuardedRange
{
    std::atomic<std::uintptr_t> begin {0};
    std::atomic<std::uintptr_t> end {0};
};
constexpr int s_slots = 64;
std::array<GuardedRange, s_slots> s_ranges;
std::atomic<bool> s_shrank {false};

#ifdef Q_OS_LINUX
struct sigaction s_previousAction
{
};

void onBusError(int signal, siginfo_t *info, void *context)
{
    const auto address = reinterpret_cast<std::uintptr_t>(info->si_addr);
    for (const GuardedRange &range : s_ranges) {
        if (address >= range.begin.load() && address < range.end.load()) {
            // Zeros in place of the page the file no longer has; the read is then retried.
            const auto pageSize = std::uintptr_t(::sysconf(_SC_PAGESIZE));
            void *page = reinterpret_cast<void *>(address & ~(pageSize - 1));
            if (::mmap(page, pageSize, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
                != MAP_FAILED) {
                s_shrank = true;
                return;
            }
        }
    }
    // Not ours: whatever handled it before does, or the default action ends the program.
    if (s_previousAction.sa_flags & SA_SIGINFO && s_previousAction.sa_sigaction) {
        s_previousAction.sa_sigaction(signal, info, context);
        return;
    }
    ::sigaction(SIGBUS, &s_previousAction, nullptr);
}

void installHandler()
{
    static std::once_flag installed;
    std::call_once(installed, [] {
        struct sigaction action
        {
        };
        action.sa_sigaction = onBusError;
        action.sa_flags = SA_SIGINFO;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &s_previousAction);
    });
}
#endif

} // namespace

MappedRangeGuard::MappedRangeGuard(const void *begin, std::size_t size)
{
#ifdef Q_OS_LINUX
    installHandler();
    const auto first = reinterpret_cast<std::uintptr_t>(begin);
    for (int slot = 0; slot < s_slots; ++slot) {
        std::uintptr_t free = 0;
        // Claimed by setting its end; a range with more tables open than slots goes unguarded.
        if (s_ranges[slot].end.compare_exchange_strong(free, first + size)) {
            s_ranges[slot].begin = first;
            m_slot = slot;
            return;
        }
    }
#else
    Q_UNUSED(begin);
    Q_UNUSED(size);
#endif
}

MappedRangeGuard::~MappedRangeGuard()
{
    if (m_slot < 0)
        return;
    s_ranges[m_slot].begin = 0;
    s_ranges[m_slot].end = 0;
}

bool mappedFileShrank()
{
    return s_shrank;
}

} // namespace ev
