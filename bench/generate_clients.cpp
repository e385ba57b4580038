// handover_generate: writes a realistic clients.json (or the matching TaskJuggler
// project) with any number of clients, the same bytes for the same seed.

#include <fmt/format.h>

#include <charconv>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include "clients_json.hpp"
#include "deals_csv.hpp"
#include "synthetic_input.hpp"
#include "tj3/tjp_writer.hpp"

namespace {

constexpr std::string_view k_usage =
    "Usage: handover_generate --clients N [--seed S] [--format json|tjp|csv] [--out FILE]\n"
    "\n"
    "Writes a synthetic clients.json (format version 1) with N clients, or with\n"
    "--format tjp the TaskJuggler 3 project with the same tasks and calendar, or with\n"
    "--format csv the clients as a CRM's deals export (for handover import).\n"
    "The same N and seed give the same bytes. Without --out it writes to standard\n"
    "output; a one-line summary of the sizing goes to standard error.\n";

struct Options {
    std::size_t clients = 0;
    std::uint64_t seed = 1;
    std::string format = "json";
    std::string out;
};

template <typename T>
std::optional<T> parse_number(std::string_view text) {
    T value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// Plain parsing: four options do not need CLI11's compile time in a bench tool.
std::optional<Options> parse_args(int argc, char** argv) {
    Options o;
    bool have_clients = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            std::cout << k_usage;
            std::exit(0);
        }
        if (i + 1 >= argc) {
            std::cerr << fmt::format("handover_generate: {} needs a value\n", arg);
            return std::nullopt;
        }
        const std::string_view value = argv[++i];
        if (arg == "--clients") {
            const auto n = parse_number<std::size_t>(value);
            if (!n || *n == 0 || *n > 1'000'000) {
                std::cerr << "handover_generate: --clients takes a number from 1 to 1000000\n";
                return std::nullopt;
            }
            o.clients = *n;
            have_clients = true;
        } else if (arg == "--seed") {
            const auto s = parse_number<std::uint64_t>(value);
            if (!s) {
                std::cerr << "handover_generate: --seed takes a non-negative integer\n";
                return std::nullopt;
            }
            o.seed = *s;
        } else if (arg == "--format") {
            if (value != "json" && value != "tjp" && value != "csv") {
                std::cerr << "handover_generate: --format is json, tjp or csv\n";
                return std::nullopt;
            }
            o.format = value;
        } else if (arg == "--out" || arg == "-o") {
            o.out = value;
        } else {
            std::cerr << fmt::format("handover_generate: unknown option {}\n{}", arg, k_usage);
            return std::nullopt;
        }
    }
    if (!have_clients) {
        std::cerr << "handover_generate: --clients is required\n" << k_usage;
        return std::nullopt;
    }
    return o;
}

}  // namespace

int main(int argc, char** argv) {
    const auto options = parse_args(argc, argv);
    if (!options) return 2;

    const auto synthetic = handover::bench::make_synthetic_input({options->clients, options->seed});
    const std::string text = options->format == "tjp" ? handover::bench::to_tjp(synthetic.input)
                             : options->format == "csv"
                                 ? handover::bench::to_deals_csv(synthetic.input)
                                 : handover::bench::to_clients_json(synthetic.input);

    if (options->out.empty() || options->out == "-") {
        std::cout << text;
        std::cout.flush();
        if (!std::cout) return 3;
    } else {
        std::ofstream file(options->out, std::ios::binary | std::ios::trunc);
        file << text;
        file.close();
        if (!file) {
            std::cerr << fmt::format("handover_generate: cannot write {}\n", options->out);
            return 3;
        }
    }

    const auto& in = synthetic.input;
    const auto& s = synthetic.sizing;
    std::cerr << fmt::format(
        "handover_generate: {} clients, {} to {} ({} working days), {} h/day, {} meetings/day; "
        "about {:.0f} h and {} meetings of work; the calendar holds {:.0f}% of it\n",
        in.clients.size(), handover::format_iso(in.today), handover::format_iso(in.last_day),
        s.open_days, in.calendar.hours_per_day, in.calendar.max_meetings_per_day, s.work_hours,
        s.meetings, 100 * s.coverage);
    return 0;
}
