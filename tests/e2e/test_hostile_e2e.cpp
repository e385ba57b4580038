// A file far beyond the input limit is refused from its size alone: quickly, with exit
// code 2 and a message that says how large it is, and without being read into memory.
// A file within the limit, however it is made, is read in memory bounded by its size.
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
constexpr bool k_measures_memory = false;
#else
constexpr double k_time_scale = 1;
constexpr bool k_measures_memory = true;
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

namespace {

/// Writes `head`, then `count` times `unit` (the last comma dropped), then `tail`: a file
/// of one huge list of tiny values.
void write_list_file(const std::string& path, std::string_view head, std::string_view unit,
                     std::string_view tail, std::size_t count) {
    std::string text;
    text.reserve(head.size() + count * unit.size() + tail.size());
    text += head;
    for (std::size_t i = 0; i < count; ++i) text += unit;
    if (text.back() == ',') text.pop_back();
    text += tail;
    e2e::write_file(path, text);
}

}  // namespace

TEST_CASE(
    "hostile e2e: files of millions of tiny values are refused in memory bounded by their size") {
    e2e::TempDir dir;
    REQUIRE(e2e::run_handover({"--version"}).exit_code == 0);
    // What the binary needs to do anything at all: the floor of the bound.
    const long long floor = children_peak_rss();
    const std::string client =
        R"({"version": 1, "last_day": "2026-12-25", "clients": [{"id": "a", "name": "A", )"
        R"("stage": "active", )";

    struct Hostile {
        const char* name;
        std::string head;
        const char* unit;
        const char* tail;
        std::size_t count;
        const char* message;
    };
    // From small to large: the peak of the children only grows.
    const Hostile files[] = {
        // 3,000,000 empty history lines took 391 MB for their 9 MB before lists had limits.
        {"history.json", client + R"("history": [)", R"("",)", "]}]}", 3'000'000,
         "/clients/0/history (client \"a\"): this list has 3000000 entries; at most 1000"},
        // 57 MiB of empty objects under an unknown key: no list limit applies, only the
        // budget of values for the file's size.
        {"unknown.json", R"({"version": 1, "last_day": "2026-12-25", "clients": [], "x": [)", "{},",
         "]}", 20'000'000, "JSON values, far more than a"},
    };
    for (const Hostile& hostile : files) {
        INFO(hostile.name);
        const std::string path = dir.file(hostile.name);
        write_list_file(path, hostile.head, hostile.unit, hostile.tail, hostile.count);
        const auto size = static_cast<long long>(std::filesystem::file_size(path));
        for (const char* command : {"plan", "check"}) {
            INFO(command);
            const auto result = e2e::run_handover({command, path, "--today", e2e::k_today});
            CHECK(result.exit_code == 2);
            CHECK(result.out.empty());
            CHECK_THAT(result.err, Catch::Contains(hostile.name));
            CHECK_THAT(result.err, Catch::Contains(hostile.message));
        }
        // Under AddressSanitizer the peak is its shadow memory, redzones and quarantine of
        // freed blocks rather than the program's own; the optimised build measures this.
        if (k_measures_memory) CHECK(children_peak_rss() <= floor + 8 * size);
    }
}
