#pragma once
// What the fuzz targets do with their bytes, in a header of its own so that
// tests/unit/progress/test_fuzz_regressions.cpp replays crashing inputs through exactly the same
// code without libFuzzer. Header-only because the fuzz targets and the unit tests are
// separate CMake targets and this file belongs to neither's source list.
//
// The contract tested: parse_input may refuse any bytes with InputError, and nothing
// else; whatever it accepts, build_plan and every renderer turn into output without
// throwing, and each output keeps the rules of its format (valid JSON, RFC 5545 lines,
// spreadsheet-safe CSV, a Markdown checklist that reads back to the same tasks). A broken
// rule throws Finding; like any exception other than InputError, that is a bug.

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/csv_text.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/base/ics_text.hpp"
#include "handover/cli/catalogue.hpp"
#include "handover/cli/import_members.hpp"
#include "handover/cli/starter.hpp"
#include "handover/engine/scheduler.hpp"
#include "handover/engine/task_ids.hpp"
#include "handover/input/import_map.hpp"
#include "handover/input/import_table.hpp"
#include "handover/input/input.hpp"
#include "handover/progress/clients_edit.hpp"
#include "handover/progress/done_edit.hpp"
#include "handover/progress/markdown_ticks.hpp"
#include "handover/progress/next_list.hpp"
#include "handover/progress/plan_diff.hpp"
#include "handover/render/render.hpp"

namespace handover::fuzz {

/// Fixed so that a crashing input replays the same way on any day.
inline constexpr std::string_view k_today = "2026-11-20";

/// The targets use the layers without the command line, so they set the whole message
/// catalogue themselves, before the first input, as `cli::run` does.
inline const bool catalogue_set = [] {
    cli::use_all_messages();
    return true;
}();

/// An output that breaks a rule of its format.
class Finding : public std::logic_error {
  public:
    using std::logic_error::logic_error;
};

inline Day fuzz_today() {
    return *parse_iso_date(k_today);
}

inline void require(bool ok, const std::string& what) {
    if (!ok) throw Finding(what);
}

/// The input, or none when parse_input refused it. Refusals are rendered in both
/// languages, since the diagnostics echo hostile text back to the terminal.
inline std::optional<Input> parse_or_refuse(std::string_view bytes) {
    try {
        Input input = parse_input(bytes, "fuzz.json", fuzz_today(), Lang::en);
        task_id::require_known_done(input, "fuzz.json", Lang::en);
        return input;
    } catch (const InputError& error) {
        require(!error.diagnostics().empty(), "InputError without a diagnostic");
        (void)error.describe(Lang::en);
        (void)error.describe(Lang::ja);
        return std::nullopt;
    }
}

// ---- format rules ------------------------------------------------------------------------

inline void check_json_text(const std::string& out, const std::string& what) {
    require(!nlohmann::json::parse(out, nullptr, false).is_discarded(), what + ": not valid JSON");
}

inline void check_json(const std::string& out, const Plan& seen) {
    const nlohmann::json doc = nlohmann::json::parse(out, nullptr, false);
    require(!doc.is_discarded(), "render_json: not valid JSON");
    require(doc.is_object() && doc.value("schema_version", 0) == 2,
            "render_json: no schema_version 2");
    require(doc.contains("tasks") && doc["tasks"].is_array() &&
                doc["tasks"].size() == seen.tasks.size(),
            "render_json: tasks do not match the plan");
}

inline std::size_t count_dated(const Plan& plan) {
    return static_cast<std::size_t>(std::count_if(
        plan.tasks.begin(), plan.tasks.end(), [](const Task& t) { return t.date.has_value(); }));
}

/// Every physical line ends in CRLF and holds at most 75 octets; after unfolding, every
/// content line is `NAME[;PARAMS]:value` and only the renderer's own lines open an event.
inline void check_ics(const std::string& out, const Plan& seen) {
    require(out.ends_with("\r\n"), "render_ics: does not end with CRLF");
    std::size_t pos = 0;
    while (pos < out.size()) {
        const std::size_t end = out.find("\r\n", pos);
        require(end != std::string::npos, "render_ics: line without CRLF");
        const std::string_view line(out.data() + pos, end - pos);
        require(line.size() <= ics::k_max_line_octets, "render_ics: line longer than 75 octets");
        require(line.find_first_of("\r\n") == std::string_view::npos, "render_ics: bare CR or LF");
        pos = end + 2;
    }
    const std::string unfolded = ics::unfold(out);
    std::size_t events = 0;
    pos = 0;
    while (pos < unfolded.size()) {
        const std::size_t end = unfolded.find("\r\n", pos);
        require(end != std::string::npos, "render_ics: unfolded line without CRLF");
        const std::string_view line(unfolded.data() + pos, end - pos);
        const std::size_t name_end = line.find_first_of(";:");
        require(name_end != std::string_view::npos && name_end > 0,
                "render_ics: content line without a property name");
        for (const char c : line.substr(0, name_end)) {
            require((c >= 'A' && c <= 'Z') || c == '-', "render_ics: bad property name");
        }
        if (line == "BEGIN:VEVENT") ++events;
        pos = end + 2;
    }
    // One event per dated task, and one for the last working day.
    require(events == count_dated(seen) + 1, "render_ics: events do not match the dated tasks");
}

/// RFC 4180 records, read the way a spreadsheet reads them.
inline std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
    if (text.starts_with(csv::k_utf8_bom)) text.remove_prefix(csv::k_utf8_bom.size());
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string cell;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '"') {
            ++i;
            while (true) {
                require(i < text.size(), "csv: unterminated quoted field");
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text[i++];
            }
            require(i >= text.size() || text[i] == ',' || text[i] == '\r',
                    "csv: text after a closing quote");
        }
        if (i >= text.size()) break;
        if (text[i] == ',') {
            record.push_back(std::move(cell));
            cell.clear();
            ++i;
        } else if (text[i] == '\r') {
            require(i + 1 < text.size() && text[i + 1] == '\n', "csv: CR without LF");
            record.push_back(std::move(cell));
            cell.clear();
            records.push_back(std::move(record));
            record.clear();
            i += 2;
        } else {
            require(text[i] != '\n' && text[i] != '"', "csv: bare LF or quote in a field");
            cell += text[i++];
        }
    }
    require(record.empty() && cell.empty(), "csv: last record without CRLF");
    return records;
}

inline void check_csv(const std::string& out, std::size_t rows, bool excel) {
    require(out.starts_with(csv::k_utf8_bom) == excel,
            "csv: byte order mark does not follow excel");
    const auto records = parse_csv(out);
    require(records.size() == rows + 1, "csv: one record per row plus the header expected");
    for (const auto& record : records) {
        require(record.size() == records.front().size(), "csv: ragged record");
        for (const std::string& cell : record) {
            // What a spreadsheet would run as a formula.
            require(cell.empty() ||
                        std::string_view("=+-@\t\r\n").find(cell.front()) == std::string_view::npos,
                    "csv: a cell starts a formula");
            require(cell.find('\0') == std::string::npos, "csv: a cell holds a NUL");
        }
    }
}

/// The text with every LF replaced by `eol`, as an editor on another system saves it.
inline std::string with_line_endings(std::string_view text, std::string_view eol) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '\n') {
            out += eol;
        } else {
            out += c;
        }
    }
    return out;
}

/// The checklist reads back to exactly the plan's tasks, ticked where done: hostile names
/// must neither hide a task line nor forge one. Saved with CRLF or CR line endings, it
/// reads back the same, line numbers included.
/// One exception, written here from the rule rather than taken from the renderer: the
/// weekly review of a week with no working day left (unscheduled, and named by no warning,
/// unlike a review that found no room in an open week) has no line to tick.
inline void check_markdown(const std::string& out, const Plan& seen) {
    std::set<std::string_view> warned;
    for (const Warning& w : seen.warnings) {
        if (!w.task.empty()) warned.insert(w.task);
    }
    std::map<std::string, bool> expected;
    for (const Task& t : seen.tasks) {
        const bool idle_review = t.kind == TaskKind::weekly_review &&
                                 t.status == TaskStatus::unscheduled && !warned.contains(t.id);
        if (!idle_review) expected[t.id.str()] = t.status == TaskStatus::done;
    }
    const std::vector<TaskTick> ticks = read_task_ticks(out);
    std::map<std::string, bool> found;
    for (const TaskTick& tick : ticks) {
        require(found.emplace(tick.id, tick.ticked).second,
                "markdown: task line read twice: " + tick.id);
    }
    if (found != expected) {
        // Which lines differ, so that a finding in a CI log says what to look for.
        std::string differences;
        for (const auto& [id, done] : expected) {
            const auto it = found.find(id);
            if (it == found.end()) {
                differences += "\n  missing: " + id;
            } else if (it->second != done) {
                differences += "\n  ticked " + std::string(it->second ? "" : "not ") + id;
            }
        }
        for (const auto& entry : found) {
            if (!expected.contains(entry.first))
                differences += "\n  not in the plan: " + entry.first;
        }
        throw Finding("markdown: task lines do not read back to the plan:" + differences);
    }
    for (const std::string_view eol : {"\r\n", "\r"}) {
        const std::vector<TaskTick> other = read_task_ticks(with_line_endings(out, eol));
        const bool same =
            std::equal(ticks.begin(), ticks.end(), other.begin(), other.end(),
                       [](const TaskTick& a, const TaskTick& b) {
                           return a.line == b.line && a.id == b.id && a.ticked == b.ticked;
                       });
        require(same, std::string("markdown: the checklist reads back otherwise with ") +
                          (eol == "\r" ? "CR" : "CRLF") + " line endings");
    }
}

// ---- the pipeline ------------------------------------------------------------------------

inline void render_everything(const Plan& plan, const Input& input, Lang lang) {
    for (const Audience audience : {Audience::self, Audience::manager, Audience::successor}) {
        const Plan seen = for_audience(plan, audience);
        RenderOptions options;
        options.lang = lang;
        options.audience = audience;
        for (const bool color : {false, true}) {
            options.color = color;
            (void)render_text(seen, input, options);
        }
        options.color = false;
        options.with_docs = true;
        options.with_drafts = true;
        for (const GroupBy group_by : {GroupBy::date, GroupBy::step, GroupBy::client}) {
            options.group_by = group_by;
            check_markdown(render_markdown(seen, input, options), seen);
        }
        check_json(render_json(seen, input, options), seen);
        check_ics(render_ics(seen, input, options), seen);
        for (const bool excel : {false, true}) {
            options.excel = excel;
            check_csv(render_csv(seen, input, options), seen.tasks.size(), excel);
            check_csv(render_crm(seen, input, options), seen.clients.size(), excel);
        }
        // The dispatcher applies the filter itself; it must agree with the direct call.
        options = RenderOptions{};
        options.lang = lang;
        options.audience = audience;
        options.format = Format::json;
        require(render(plan, input, options) == render_json(seen, input, options),
                "render: dispatch differs from render_json");
    }
    (void)render_drafts(plan, input, lang, std::nullopt);
    (void)render_drafts(plan, input, lang, std::string("no-such-client"));
    if (!plan.clients.empty()) (void)render_drafts(plan, input, lang, plan.clients[0].id.str());
}

/// `handover next` and `handover diff` on a plan and an earlier one.
inline void render_progress(const Plan& plan, const Plan& earlier, Lang lang) {
    for (const Plan* against : {static_cast<const Plan*>(nullptr), &earlier}) {
        const NextList list = build_next_list(plan, lang, 7, against);
        (void)render_next_text(list, lang);
        check_json_text(render_next_json(list), "render_next_json");
    }
    const PlanDiff diff = diff_plans(earlier, plan, lang);
    (void)render_diff_text(diff, lang, "old.json", "new.json");
    check_json_text(render_diff_json(diff), "render_diff_json");
}

/// The fuzz_plan target: bytes -> input -> plan (both languages) -> every output, and the
/// JSON output read back as an earlier plan, which must differ from the plan in nothing.
inline void run_plan_pipeline(std::string_view bytes) {
    const std::optional<Input> input = parse_or_refuse(bytes);
    if (!input) return;
    for (const Lang lang : {Lang::en, Lang::ja}) {
        const Plan plan = build_plan(*input);
        render_everything(plan, *input, lang);
        const Plan reread =
            plan_from_json(render_json(plan, *input, RenderOptions{}), "plan.json", lang);
        const PlanDiff changed = diff_plans(reread, plan, lang);
        require(changed.empty(), "plan_from_json: the plan does not read back:\n" +
                                     render_diff_text(changed, Lang::en, "written", "read back"));
        render_progress(plan, reread, lang);
    }
}

/// The fuzz_plan_json target: bytes as an earlier `--format json` plan (`handover diff`,
/// `next --against`). plan_from_json may refuse them with InputError only.
inline void run_plan_json_pipeline(std::string_view bytes) {
    Plan earlier;
    try {
        earlier = plan_from_json(bytes, "earlier.json", Lang::en);
    } catch (const InputError& error) {
        require(!error.diagnostics().empty(), "InputError without a diagnostic");
        (void)error.describe(Lang::en);
        (void)error.describe(Lang::ja);
        return;
    }
    require(diff_plans(earlier, earlier, Lang::en).empty(),
            "diff_plans: a plan differs from itself");
    for (const Lang lang : {Lang::en, Lang::ja}) render_progress(earlier, earlier, lang);
}

/// The fuzz_progress target: `handover done`/`undo` and the Markdown read-back. Any bytes
/// go through the tick reader; an accepted input gets every task of its plan toggled by
/// edit_done, and the edited text must read back with exactly the expected `done`.
inline void run_progress_pipeline(std::string_view bytes) {
    (void)read_task_ticks(bytes);
    const std::optional<Input> input = parse_or_refuse(bytes);
    if (!input) {
        // edit_done's callers parse first, but it must still fail cleanly, not crash.
        const std::array<DoneChange, 1> change{DoneChange{"consult-manager", fuzz_today()}};
        try {
            (void)edit_done(bytes, change);
        } catch (const DoneEditError&) {
        }
        return;
    }
    const Plan plan = build_plan(*input);
    std::vector<DoneChange> changes;
    DoneDates expected = input->done;
    // Each edit rescans the text, so a cap keeps a 10,000-client input from timing out.
    constexpr std::size_t k_max_changes = 40;
    for (const Task& task : plan.tasks) {
        if (changes.size() == k_max_changes) break;
        if (const auto done = expected.find(task.id); done != expected.end()) {
            changes.push_back(DoneChange{task.id.str(), std::nullopt});
            expected.erase(done);
        } else {
            changes.push_back(DoneChange{task.id.str(), fuzz_today()});
            expected.emplace(task.id.str(), fuzz_today());
        }
    }
    changes.push_back(DoneChange{"no-such/task", std::nullopt});
    const std::string edited = edit_done(bytes, changes);
    Input reread;
    try {
        reread = parse_input(edited, "edited.json", fuzz_today(), Lang::en);
        task_id::require_known_done(reread, "edited.json", Lang::en);
    } catch (const InputError& error) {
        throw Finding("edit_done: the edited file is refused: " + error.describe(Lang::en));
    }
    require(reread.done == expected, "edit_done: done does not hold the edits");
    const Plan replanned = build_plan(reread);
    check_markdown(render_markdown(replanned, reread, RenderOptions{}), replanned);
}

/// `handover import`: read_table and map_table may refuse any bytes with InputError, and
/// nothing else. Whatever they accept must make a new file (the starter with the clients)
/// and an `--into` edit of a small file (the first client updated when its name matches,
/// the others added) that both read back with every client.
inline void run_import_pipeline(std::string_view bytes) {
    ImportResult result;
    try {
        const Table table = read_table(bytes, {}, "fuzz.csv", Lang::en);
        result = map_table(table, {}, "fuzz.csv", Lang::en);
    } catch (const InputError&) {
        return;
    }
    const auto read_back = [](const std::string& text, std::size_t clients, const char* what) {
        try {
            const Input input = parse_input(text, "imported.json", fuzz_today());
            require(input.clients.size() == clients,
                    std::string(what) + " reads back a different number of clients");
        } catch (const InputError& e) {
            throw Finding(std::string(what) + " does not read back: " + e.describe(Lang::en));
        }
    };

    std::vector<ImportedClient> fresh = result.clients;
    match_and_assign_ids(fresh, {});
    StarterFill fill;
    fill.source = "fuzz.csv";
    fill.clients.emplace();
    for (const ImportedClient& client : fresh) {
        fill.clients->push_back(client_members(client, nullptr));
    }
    read_back(starter_file(Lang::en, fuzz_today(), fill), fresh.size(), "the new file");

    const std::string file =
        R"({"version": 1, "me": {"name": "Me"}, "manager": {"name": "Boss"},)"
        R"( "last_day": "2026-12-25", "clients": [)"
        "\n  // kept\n"
        R"(  {"id": "c001", "name": "Existing", "stage": "active", "history": ["2025-01 x"]})"
        "\n]}\n";
    const Input before = parse_input(file, "clients.json", fuzz_today());
    const std::vector<ExistingClient> existing{{"c001", "Existing", 0}};
    std::vector<ImportedClient> into = result.clients;
    const auto matches = match_and_assign_ids(into, existing);
    ClientsEdit edit;
    for (std::size_t i = 0; i < into.size(); ++i) {
        if (matches[i]) {
            auto members = client_members(into[i], &before.clients[0]);
            if (!members.empty()) edit.updates.push_back({0, std::move(members)});
        } else {
            edit.added.push_back(client_members(into[i], nullptr));
        }
    }
    const std::string edited = edit_clients(file, edit);
    require(edited.find("// kept") != std::string::npos, "--into lost a comment");
    read_back(edited, 1 + edit.added.size(), "the --into edit");
}

}  // namespace handover::fuzz
