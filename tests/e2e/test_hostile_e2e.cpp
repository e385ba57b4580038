// A file far beyond the input limit is refused from its size alone: quickly, with exit
// code 2 and a message that says how large it is, and without being read into memory.
#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define HOSTILE_E2E_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HOSTILE_E2E_UNDER_ASAN 1
#endif
#endif

namespace {

#if defined(HOSTILE_E2E_UNDER_ASAN)
constexpr double k_time_scale = 3;  // the sanitized binary starts several times slower
#else
constexpr double k_time_scale = 1;
#endif

constexpr std::uintmax_t k_file_bytes = 500ULL * 1024 * 1024;

/// The largest resident size, in bytes, of any child process waited for so far.
long long children_peak_rss() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<long long>(usage.ru_maxrss) * 1024;  // Linux counts in KiB
}

}  // namespace

TEST_CASE("hostile e2e: a 500 MB input is refused from its size, quickly and unread") {
    e2e::TempDir dir;
    const std::string path = dir.file("huge.json");
    { std::ofstream create(path); }
    // Sparse: no disk space is used, but the size is what stat() reports.
    std::filesystem::resize_file(path, k_file_bytes);
    REQUIRE(std::filesystem::file_size(path) == k_file_bytes);

    // What the binary needs to do anything at all (ASan alone reserves tens of MB).
    REQUIRE(e2e::run_handover({"--version"}).exit_code == 0);
    const long long baseline = children_peak_rss();

    for (const char* command : {"plan", "check"}) {
        INFO(command);
        const auto start = std::chrono::steady_clock::now();
        const auto result = e2e::run_handover({command, path, "--today", e2e::k_today});
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;

        CHECK(result.exit_code == 2);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Catch::Contains("huge.json"));
        CHECK_THAT(result.err, Catch::Contains("too large"));
        CHECK_THAT(result.err, Catch::Contains(std::to_string(k_file_bytes)));
        CHECK(elapsed.count() < 1.0 * k_time_scale);
    }
    // Reading even the 64 MB the limit allows would raise the peak memory of a child.
    CHECK(children_peak_rss() < baseline + 32LL * 1024 * 1024);
}
