// handover_bench_stages: where the time of `handover plan --format json` goes. Runs the
// same steps as src/cli/cmd_plan.cpp in one process and prints, for each step, the wall
// time and how far the peak resident set grew, so a change to one step shows up without
// a profiler.

#include <fmt/format.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "handover/cli/catalogue.hpp"
#include "handover/engine/scheduler.hpp"
#include "handover/input/input.hpp"
#include "handover/render/render.hpp"

namespace {

using Clock = std::chrono::steady_clock;

// CPU time of this process: on a busy machine it moves far less than wall time.
double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // KiB on Linux
}

struct Stage {
    std::string name;
    double ms = 0;
    double cpu_ms = 0;
    long peak_growth_kib = 0;
};

/// Writes to /dev/null and counts the bytes.
class DevNull final : public handover::TextSink {
  public:
    DevNull() : file_(std::fopen("/dev/null", "wb")) {}
    ~DevNull() override {
        if (file_ != nullptr) std::fclose(file_);
    }
    void write(std::string_view text) override {
        if (file_ != nullptr) std::fwrite(text.data(), 1, text.size(), file_);
        bytes_ += text.size();
    }
    std::size_t bytes() const { return bytes_; }

  private:
    std::FILE* file_;
    std::size_t bytes_ = 0;
};

class Stages {
  public:
    template <typename F>
    auto time(std::string name, F&& step) {
        const long before = peak_rss_kib();
        const double cpu_start = cpu_ms();
        const auto start = Clock::now();
        if constexpr (std::is_void_v<decltype(step())>) {
            step();
            finish(std::move(name), start, cpu_start, before);
        } else {
            auto result = step();
            finish(std::move(name), start, cpu_start, before);
            return result;
        }
    }

    void print(std::size_t input_bytes, std::size_t output_bytes) const {
        double total = 0;
        double total_cpu = 0;
        for (const Stage& s : stages_) {
            total += s.ms;
            total_cpu += s.cpu_ms;
        }
        fmt::print("{:<28} {:>10} {:>10} {:>9} {:>10}\n", "step", "wall ms", "cpu ms", "cpu share",
                   "peak +MiB");
        for (const Stage& s : stages_) {
            fmt::print("{:<28} {:>10.1f} {:>10.1f} {:>8.1f}% {:>10.1f}\n", s.name, s.ms, s.cpu_ms,
                       100 * s.cpu_ms / total_cpu, static_cast<double>(s.peak_growth_kib) / 1024);
        }
        fmt::print("{:<28} {:>10.1f} {:>10.1f}\n", "total", total, total_cpu);
        fmt::print("input {:.1f} MiB, output {:.1f} MiB, peak RSS {:.1f} MiB ({:.1f}x the input)\n",
                   static_cast<double>(input_bytes) / 1048576,
                   static_cast<double>(output_bytes) / 1048576,
                   static_cast<double>(peak_rss_kib()) / 1024,
                   static_cast<double>(peak_rss_kib()) * 1024 / static_cast<double>(input_bytes));
    }

  private:
    void finish(std::string name, Clock::time_point start, double cpu_start, long before) {
        const std::chrono::duration<double, std::milli> elapsed = Clock::now() - start;
        stages_.push_back(
            {std::move(name), elapsed.count(), cpu_ms() - cpu_start, peak_rss_kib() - before});
    }

    std::vector<Stage> stages_;
};

}  // namespace

int main(int argc, char** argv) {
    handover::cli::use_all_messages();
    if (argc != 2) {
        std::fputs("Usage: handover_bench_stages FILE\n", stderr);
        return 2;
    }
    const std::string path = argv[1];
    try {
        Stages stages;
        std::size_t input_bytes = 0;
        std::size_t output_bytes = 0;
        {
            auto text = stages.time("read file", [&] { return handover::read_input_text(path); });
            input_bytes = text.size();
            auto input = stages.time("parse + validate (input)", [&] {
                return handover::parse_input(text, path, std::nullopt, handover::Lang::en);
            });
            // The CLI reads and parses in one call and frees the text before planning.
            std::string().swap(text);
            auto plan =
                stages.time("schedule (build_plan)", [&] { return handover::build_plan(input); });
            handover::RenderOptions options;
            options.format = handover::Format::json;
            // As `handover plan --format json > /dev/null`: the user's own plan, written in
            // chunks through the same sink interface the CLI uses.
            stages.time("render json to /dev/null", [&] {
                DevNull sink;
                handover::render_to(plan, input, options, sink);
                output_bytes = sink.bytes();
            });
            // The CLI leaves this to the end of the process (src/cli/keep_until_exit.hpp).
            stages.time("free everything", [&] {
                plan = handover::Plan();
                input = handover::Input();
            });
        }
        stages.print(input_bytes, output_bytes);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "handover_bench_stages: %s\n", e.what());
        return 2;
    }
    return 0;
}
