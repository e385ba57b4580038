// Text from the input, the command line, file names and Markdown lines never reaches the
// terminal raw: every command's output and every message shows terminal escapes, C1 and
// bidi controls as visible escapes. And a standard error that cannot be written (full,
// closed) never aborts a run or changes its exit code.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

// The attacks, each as it would be typed into a client's record.
const std::string k_osc52 = "\x1b]52;c;SGVsbG8=\x07";  // write the clipboard
const std::string k_osc8 = "\x1b]8;;https://evil.example/\x1b\\here\x1b]8;;\x1b\\";  // hidden link
const std::string k_clear = "\x1b[2J\x1b[H";  // clear the screen
const std::string k_overwrite = "\r\x1b[K";   // go home, erase the line
const std::string k_bell = "\x07";
const std::string k_nul(1, '\0');
const std::string k_csi_c1 =
    "\xC2\x9B"
    "31m";                                 // U+009B, ESC [ on many terminals
const std::string k_rlo = "\xE2\x80\xAE";  // U+202E
const std::string k_isolates = "\xE2\x81\xA6\xE2\x81\xA7\xE2\x81\xA8\xE2\x81\xA9";  // U+2066-2069

/// The bytes a terminal would obey, other than LF and TAB (layout): C0 controls, DEL, the
/// UTF-8 of C1 controls and of bidi controls and marks. Empty when the text is safe.
std::string first_raw_control(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const auto next = [&](std::size_t k) {
            return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
        };
        const auto at = [&](std::size_t length) {
            return "byte " + std::to_string(i) + ": " + std::string(text.substr(i, length)) +
                   " in: " + std::string(text.substr(i < 40 ? 0 : i - 40, 80));
        };
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) return at(1);
        if (byte == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) return at(2);
        if (byte == 0xD8 && next(1) == 0x9C) return at(2);  // U+061C
        if (byte == 0xE2 && next(1) == 0x80 &&
            ((next(2) >= 0x8E && next(2) <= 0x8F) || (next(2) >= 0xAA && next(2) <= 0xAE))) {
            return at(3);  // U+200E-200F, U+202A-202E
        }
        if (byte == 0xE2 && next(1) == 0x81 && next(2) >= 0xA6 && next(2) <= 0xA9) {
            return at(3);  // U+2066-2069
        }
    }
    return {};
}

void require_safe(const e2e::RunResult& result) {
    CHECK(first_raw_control(result.out) == "");
    CHECK(first_raw_control(result.err) == "");
    CHECK(result.exit_code < 128);  // not killed by a signal
}

/// A plan whose names, contacts, notes and reasons carry every attack, and which cannot
/// fit (the last day a week away), so that warnings naming the clients are printed too.
nlohmann::json hostile_input(const std::string& last_day) {
    using nlohmann::json;
    json clients = json::array();
    clients.push_back(
        {{"id", "acme"},
         {"name", "Acme" + k_osc52 + "Corp" + k_rlo + "gpj.exe"},
         {"contact", "Yamada" + k_osc8 + k_bell},
         {"stage", "closing"},
         {"expected_close", "2026-12-10"},
         {"value", 20000000},
         {"relationship", "strong"},
         {"change_averse", true},
         {"notes", "private" + k_overwrite + "public"},
         {"successor", "Ito" + k_nul + k_isolates},
         {"history", json::array({"2025" + k_csi_c1 + " first order"})},
         {"next_events", json::array({{{"date", "2026-11-24"}, {"what", "QBR" + k_osc52}}})}});
    clients.push_back({{"id", "globex"},
                       {"name", "Globex" + k_csi_c1 + k_isolates + k_nul},
                       {"contact", "Lee" + k_overwrite + "Kim"},
                       {"stage", "active"},
                       {"relationship", "strong"},
                       {"change_averse", true}});
    clients.push_back({{"id", "initech"},
                       {"name", "Initech" + k_clear},
                       {"stage", "negotiation"},
                       {"relationship", "strong"}});
    return {{"version", 1},
            {"me", {{"name", "Alex" + k_clear + "Kim" + k_rlo}}},
            {"manager", {{"name", "Dana" + k_overwrite + "Lee" + k_bell}}},
            {"successor", {{"name", "Sam" + k_rlo + "Park" + k_osc8}}},
            {"last_day", last_day},
            {"calendar",
             {{"holidays", json::array({"JP"})},
              {"hours_per_day", 2},
              {"max_meetings_per_day", 1},
              {"blocked",
               json::array(
                   {{{"date", "2026-11-25"}, {"hours", 1}, {"reason", "dentist" + k_osc52}}})}}},
            {"clients", clients}};
}

/// The hostile plan under a hostile file name, and the same plan with a later last day
/// (for diff), in a folder of their own.
struct Files {
    Files() {
        e2e::write_file(input, hostile_input("2026-11-27").dump(2));
        e2e::write_file(older, hostile_input("2026-12-18").dump(2));
    }
    e2e::TempDir dir;
    std::string input = dir.file("clients" + k_osc52 + k_rlo + ".json");
    std::string older = dir.file("older" + k_clear + ".json");
};

std::vector<std::string> with_today(std::vector<std::string> args) {
    for (const char* extra : {"--today", e2e::k_today, "--color", "never"}) args.push_back(extra);
    return args;
}

}  // namespace

TEST_CASE("terminal safety: the fixture itself is caught by the check") {
    CHECK(first_raw_control(k_osc52) != "");
    CHECK(first_raw_control(k_csi_c1) != "");
    CHECK(first_raw_control(k_rlo) != "");
    CHECK(first_raw_control(k_isolates) != "");
    CHECK(first_raw_control(k_nul) != "");
    CHECK(first_raw_control("plain\ttext\n株式会社アクメ 👩‍💼\n") == "");
}

TEST_CASE("terminal safety: plan, check, next and drafts escape hostile names") {
    const Files f;

    const auto plan = e2e::run_handover(with_today({"plan", f.input}));
    INFO(plan.err);
    CHECK(plan.exit_code == 1);
    require_safe(plan);
    CHECK_THAT(plan.out, Catch::Contains("Acme\\u001B]52;c;SGVsbG8=\\u0007Corp"));
    CHECK_THAT(plan.out, Catch::Contains("\\u202E"));
    CHECK_THAT(plan.out, Catch::Contains("\\u009B31m"));
    CHECK_THAT(plan.out, Catch::Contains("\\u2066\\u2067\\u2068\\u2069"));

    // `check` is not given --color.
    const auto check = e2e::run_handover({"check", f.input, "--today", e2e::k_today});
    CHECK(check.exit_code == 1);
    require_safe(check);
    CHECK_THAT(check.out, Catch::Contains("clients\\u001B]52;c;SGVsbG8=\\u0007\\u202E.json"));

    const auto next = e2e::run_handover({"next", f.input, "--today", e2e::k_today, "--days", "30"});
    require_safe(next);
    CHECK_THAT(next.out, Catch::Contains("\\u001B"));

    const auto drafts = e2e::run_handover({"drafts", f.input, "--today", e2e::k_today});
    CHECK(drafts.exit_code == 0);
    require_safe(drafts);
    CHECK_THAT(drafts.out, Catch::Contains("\\u202E"));

    const auto japanese = e2e::run_handover(with_today({"plan", f.input, "--lang", "ja"}));
    require_safe(japanese);
}

TEST_CASE("terminal safety: diff escapes names, titles and file names") {
    const Files f;
    const auto diff = e2e::run_handover({"diff", f.older, f.input, "--today", e2e::k_today});
    CHECK(diff.exit_code == 1);
    require_safe(diff);
    CHECK_THAT(diff.out, Catch::Contains("older\\u001B[2J\\u001B[H.json"));
    CHECK_THAT(diff.out, Catch::Contains("\\u001B]52"));
}

TEST_CASE("terminal safety: ids typed on the command line are escaped in errors") {
    const Files f;
    const auto done =
        e2e::run_handover({"done", f.input, "acme/notify" + k_osc52, "--today", e2e::k_today});
    CHECK(done.exit_code == 2);
    require_safe(done);
    CHECK_THAT(done.err, Catch::Contains("acme/notify\\u001B]52;c;SGVsbG8=\\u0007"));

    const auto undo =
        e2e::run_handover({"undo", f.input, k_rlo + "x" + k_csi_c1, "--today", e2e::k_today});
    CHECK(undo.exit_code == 2);
    require_safe(undo);
    CHECK_THAT(undo.err, Catch::Contains("\\u202Ex\\u009B31m"));

    const auto drafts = e2e::run_handover(
        {"drafts", f.input, "--client", "acme" + k_clear, "--today", e2e::k_today});
    CHECK(drafts.exit_code == 2);
    require_safe(drafts);
    CHECK_THAT(drafts.err, Catch::Contains("acme\\u001B[2J"));

    const auto today = e2e::run_handover({"plan", f.input, "--today", "2026" + k_overwrite});
    CHECK(today.exit_code == 2);
    require_safe(today);
    CHECK_THAT(today.err, Catch::Contains("2026\\u000D\\u001B[K"));

    const auto format =
        e2e::run_handover({"plan", f.input, "--today", e2e::k_today, "--format", "json" + k_osc8});
    CHECK(format.exit_code == 2);
    require_safe(format);
}

TEST_CASE("terminal safety: a hostile line of a Markdown checklist is escaped in errors") {
    const Files f;
    const std::string markdown = f.dir.file("ticked.md");
    e2e::write_file(markdown, "# Plan\n\n- [x] Tell the client" + k_clear + " <!-- id: acme/" +
                                  k_osc52 + "x" + k_rlo + " -->\n");
    const auto done =
        e2e::run_handover({"done", f.input, "--from-markdown", markdown, "--today", e2e::k_today});
    CHECK(done.exit_code == 2);
    require_safe(done);
    CHECK_THAT(done.err, Catch::Contains("acme/\\u001B]52;c;SGVsbG8=\\u0007x\\u202E"));
}

TEST_CASE("terminal safety: unknown options, commands and JSON keys are escaped") {
    const Files f;
    const auto option = e2e::run_handover({"plan", f.input, "--x" + k_clear});
    CHECK(option.exit_code == 2);
    require_safe(option);
    CHECK_THAT(option.err, Catch::Contains("\\u001B[2J"));

    const auto command = e2e::run_handover({"pl" + k_osc52 + "an", f.input});
    CHECK(command.exit_code == 2);
    require_safe(command);
    CHECK_THAT(command.err, Catch::Contains("\\u001B]52"));

    // A hostile key and a hostile done entry are refused, and named escaped.
    nlohmann::json bad = hostile_input("2026-11-27");
    bad["clients"][0]["nam" + k_osc52] = "x";
    bad["done"] = {{"acme/" + k_rlo + "notify", "2026-11-19"}};
    const std::string path = f.dir.file("bad" + k_csi_c1 + ".json");
    e2e::write_file(path, bad.dump(2));
    for (const char* command_name : {"plan", "check", "next"}) {
        INFO(command_name);
        const auto refused = e2e::run_handover({command_name, path, "--today", e2e::k_today});
        CHECK(refused.exit_code == 2);
        require_safe(refused);
        CHECK_THAT(refused.err, Catch::Contains("bad\\u009B31m.json"));
        CHECK_THAT(refused.err, Catch::Contains("nam\\u001B]52"));
    }
    // Bytes that are not UTF-8 in a file name are shown as \xNN.
    const auto missing = e2e::run_handover({"check", f.dir.file("gone\xFF\x1b[2J.json")});
    CHECK(missing.exit_code == 2);
    require_safe(missing);
    CHECK_THAT(missing.err, Catch::Contains("gone\\xFF\\u001B[2J.json"));
}

// ---- an unwritable standard error ----------------------------------------------------------

namespace {

/// Each way standard error can refuse what it is given.
std::vector<e2e::RunOptions> unwritable_stderr() {
    e2e::RunOptions full;
    full.stderr_path = "/dev/full";
    e2e::RunOptions closed;
    closed.stderr_closed = true;
    return {full, closed};
}

}  // namespace

TEST_CASE("stderr: a full or closed standard error keeps the documented exit codes") {
    const std::string infeasible = e2e::data_file("e2e/infeasible.json");
    e2e::TempDir dir;
    const std::string input = dir.file("clients.json");
    e2e::write_file(input, e2e::read_file(infeasible));

    for (const auto& options : unwritable_stderr()) {
        INFO("stderr " << (options.stderr_closed ? "closed" : options.stderr_path));
        const auto plan = e2e::run_handover({"plan", infeasible, "--today", e2e::k_today}, options);
        CHECK(plan.exit_code == 1);
        CHECK_THAT(plan.out, Catch::Contains("Acme Corp"));  // the plan is still printed

        const auto json = e2e::run_handover(
            {"plan", infeasible, "--today", e2e::k_today, "--format", "json"}, options);
        CHECK(json.exit_code == 1);

        const auto done =
            e2e::run_handover({"done", input, "no-such/task", "--today", e2e::k_today}, options);
        CHECK(done.exit_code == 2);

        const auto missing = e2e::run_handover(
            {"diff", dir.file("gone.json"), input, "--today", e2e::k_today}, options);
        CHECK(missing.exit_code == 2);

        const auto diff =
            e2e::run_handover({"diff", infeasible, input, "--today", e2e::k_today}, options);
        CHECK(diff.exit_code == 1);

        const auto output = e2e::run_handover(
            {"plan", infeasible, "--today", e2e::k_today, "-o", "/nonexistent-dir/x.md"}, options);
        CHECK(output.exit_code == 3);

        const auto usage = e2e::run_handover({"plan", infeasible, "--no-such-option"}, options);
        CHECK(usage.exit_code == 2);
    }
}
