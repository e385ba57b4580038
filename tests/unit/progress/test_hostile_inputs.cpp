// Inputs written to hurt: sizes and calendars at the edge of what the format allows must
// still give a plan and warnings quickly, and text written to break out of an output
// format must come out as plain text in every format.
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "../../../fuzz/pipeline.hpp"
#include "handover/base/ics_text.hpp"
#include "handover/progress/markdown_ticks.hpp"
#include "support/every_format.hpp"
#include "support/input_builder.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define HOSTILE_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HOSTILE_UNDER_ASAN 1
#endif
#endif

namespace {

using namespace handover;
using handover::testing::d;
using nlohmann::json;

// ---- sizes and calendars ----------------------------------------------------------------

#if defined(HOSTILE_UNDER_ASAN) || !defined(NDEBUG)
// Sanitizers and unoptimised builds run the same work several times slower (10,000 clients
// take about 5.5 times as long to plan under ASan + UBSan as in the release build).
constexpr double k_time_scale = 5;
#else
constexpr double k_time_scale = 1;
#endif

constexpr std::chrono::duration<double> k_bound{1.0 * k_time_scale};

/// The processor time this process has used. The bounds are about the work (a quadratic
/// loop costs seconds of processor time, section F3 of docs/robustness.md), and a machine
/// busy with other builds and tests stretches wall time, not this.
struct ProcessCpuClock {
    using rep = std::int64_t;
    using period = std::nano;
    using duration = std::chrono::duration<rep, period>;
    using time_point = std::chrono::time_point<ProcessCpuClock>;
    static constexpr bool is_steady = true;
    static time_point now() {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return time_point(duration(std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec));
    }
};

struct Timed {
    Input input;
    Plan plan;
    std::chrono::duration<double> elapsed{};
};

/// Parses and plans the JSON text the way `handover check` does, and times both in processor
/// time. Caches shared with other work can still stretch one run, so the fastest of up to
/// three runs is kept; a hang or a quadratic blow-up is slow every time.
Timed plan_timed(const json& document) {
    const std::string text = document.dump();
    Timed result;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const auto start = ProcessCpuClock::now();
        result.input = parse_input(text, "hostile.json", d("2026-11-20"), Lang::en);
        result.plan = build_plan(result.input);
        const std::chrono::duration<double> elapsed = ProcessCpuClock::now() - start;
        if (attempt == 0 || elapsed < result.elapsed) result.elapsed = elapsed;
        if (result.elapsed < k_bound) break;
    }
    return result;
}

json document(const char* last_day, std::size_t clients) {
    json doc = {{"version", 1},
                {"me", {{"name", "Me"}}},
                {"manager", {{"name", "Boss"}}},
                {"successor", {{"name", "Heir"}}},
                {"last_day", last_day},
                {"clients", json::array()}};
    const char* stages[] = {"prospect", "proposal", "negotiation", "closing",
                            "active",   "renewal",  "dormant"};
    const char* relationships[] = {"strong", "normal", "weak"};
    for (std::size_t i = 0; i < clients; ++i) {
        doc["clients"].push_back({{"id", fmt::format("c{:05}", i)},
                                  {"name", fmt::format("Client {}", i)},
                                  {"stage", stages[i % 7]},
                                  {"relationship", relationships[i % 3]},
                                  {"value", static_cast<double>((i % 13) * 1'000'000)}});
    }
    return doc;
}

/// Every day from `from` to `to` inclusive.
std::vector<Day> days_between(Day from, Day to) {
    std::vector<Day> out;
    for (Day day = from; day <= to; day += date::days{1}) out.push_back(day);
    return out;
}

/// Nothing of the input is lost, and nothing is placed outside [today, last day].
void check_complete(const Timed& t) {
    std::set<std::string> notified;
    for (const Task& task : t.plan.tasks) {
        if (task.date) {
            CHECK(*task.date <= t.plan.last_day);
            if (task.status != TaskStatus::done) CHECK(*task.date >= t.plan.today);
        } else {
            CHECK(task.status == TaskStatus::unscheduled);
        }
        if (task.kind == TaskKind::notify && !task.client.empty())
            notified.insert(task.client.str());
    }
    CHECK(t.plan.clients.size() == t.input.clients.size());
    CHECK(notified.size() == t.input.clients.size());
}

std::size_t count_dated(const Plan& plan) {
    return static_cast<std::size_t>(
        std::count_if(plan.tasks.begin(), plan.tasks.end(), [](const Task& t) { return t.date; }));
}

bool has_warning(const Plan& plan, std::string_view code) {
    return std::any_of(plan.warnings.begin(), plan.warnings.end(),
                       [&](const Warning& w) { return to_string(w.code) == code; });
}

}  // namespace

TEST_CASE("hostile: 10,000 clients on 3 working days give a plan and errors in time", "[hostile]") {
    json doc = document("2026-11-24", 10'000);  // Fri 20th, Mon 23rd, Tue 24th
    const Timed t = plan_timed(doc);
    CHECK(t.elapsed < k_bound);
    check_complete(t);
    CHECK(t.plan.has_errors());
    CHECK(has_warning(t.plan, "OVER_CAPACITY"));
    // Three working days hold a few dozen tasks; the rest must be marked, not dropped.
    CHECK(count_dated(t.plan) < t.plan.tasks.size());
}

TEST_CASE("hostile: every working day blocked gives an unscheduled plan and errors in time",
          "[hostile]") {
    json doc = document("2026-12-25", 20);
    doc["calendar"]["blocked"] = json::array();
    for (const Day day : days_between(d("2026-11-20"), d("2026-12-25"))) {
        doc["calendar"]["blocked"].push_back({{"date", format_iso(day)}, {"reason", "leave"}});
    }
    const Timed t = plan_timed(doc);
    CHECK(t.elapsed < k_bound);
    check_complete(t);
    CHECK(count_dated(t.plan) == 0);
    CHECK(t.plan.has_errors());
}

TEST_CASE("hostile: no working day at all (every workday a holiday) gives errors in time",
          "[hostile]") {
    // An empty `workdays` list is an input error, so the one workday is made a holiday
    // every week instead.
    json doc = document("2026-12-25", 20);
    doc["calendar"]["workdays"] = {"wed"};
    doc["calendar"]["holidays"] = json::array();
    for (const Day day : days_between(d("2026-11-20"), d("2026-12-25"))) {
        if (weekday_index(day) == 2) doc["calendar"]["holidays"].push_back(format_iso(day));
    }
    const Timed t = plan_timed(doc);
    CHECK(t.elapsed < k_bound);
    check_complete(t);
    CHECK(count_dated(t.plan) == 0);
    CHECK(t.plan.has_errors());
}

TEST_CASE("hostile: a last day five years out plans every week in time", "[hostile]") {
    json doc = document("2031-11-20", 20);
    doc["job_search"]["weekly_review"] = true;
    doc["job_search"]["interviews"] = json::array();
    for (int i = 0; i < 100; ++i) {
        const Day day = d("2026-12-01") + date::days{7 * i};
        doc["job_search"]["interviews"].push_back(
            {{"date", format_iso(day)}, {"hours", 3}, {"company", fmt::format("Co {}", i)}});
    }
    const Timed t = plan_timed(doc);
    CHECK(t.elapsed < k_bound);
    check_complete(t);
    const auto reviews =
        std::count_if(t.plan.tasks.begin(), t.plan.tasks.end(),
                      [](const Task& task) { return task.kind == TaskKind::weekly_review; });
    CHECK(reviews >= 260);
    CHECK(t.plan.load.size() >= 260);
    // The notification window is the last weeks, however far away they are; it holds 20.
    for (const ClientPlan& c : t.plan.clients) {
        CHECK(c.notify_date.has_value());
        CHECK(c.introduce_date.has_value());
    }
}

TEST_CASE("hostile: every client change-averse gives follow-ups and overload warnings in time",
          "[hostile]") {
    json doc = document("2026-12-25", 300);
    for (json& client : doc["clients"]) {
        client["change_averse"] = true;
        client["relationship"] = "strong";
        client["value"] = 50'000'000;
    }
    const Timed t = plan_timed(doc);
    CHECK(t.elapsed < k_bound);
    check_complete(t);
    const auto follow_ups =
        std::count_if(t.plan.tasks.begin(), t.plan.tasks.end(),
                      [](const Task& task) { return task.kind == TaskKind::follow_up; });
    CHECK(follow_ups == 300);
    for (const ClientPlan& c : t.plan.clients) CHECK(c.method == Method::in_person);
    // 300 in-person visits at two a day do not fit in five weeks.
    CHECK(t.plan.has_errors());
}

/// How long `work` takes: the fastest of up to three runs, like plan_timed.
template <typename Work>
std::chrono::duration<double> fastest(Work work) {
    std::chrono::duration<double> best{};
    for (int attempt = 0; attempt < 3; ++attempt) {
        const auto start = ProcessCpuClock::now();
        work();
        const std::chrono::duration<double> elapsed = ProcessCpuClock::now() - start;
        if (attempt == 0 || elapsed < best) best = elapsed;
        if (best < k_bound) break;
    }
    return best;
}

// Renderers, next and diff look clients, tasks and warnings up by index; a scan per task
// made them quadratic (13.6 s for the Markdown of 10,000 clients, docs/robustness.md F3).
TEST_CASE("hostile: 10,000 clients render in every format in time", "[hostile][hostile-render]") {
    const Timed t = plan_timed(document("2026-12-25", 10'000));
    for (const RenderOptions& options : testing::every_format_in_full()) {
        std::string out;
        const auto elapsed = fastest([&] { out = render(t.plan, t.input, options); });
        INFO(to_string(options.format) << ": " << elapsed.count() << " s");
        CHECK_FALSE(out.empty());
        CHECK(elapsed < k_bound);
    }
    const auto drafts =
        fastest([&] { (void)render_drafts(t.plan, t.input, Lang::en, std::nullopt); });
    INFO("drafts: " << drafts.count() << " s");
    CHECK(drafts < k_bound);

    const Plan earlier =
        plan_from_json(render_json(t.plan, t.input, RenderOptions{}), "plan.json", Lang::en);
    const auto diff = fastest([&] { CHECK(diff_plans(earlier, t.plan, Lang::en).empty()); });
    INFO("diff: " << diff.count() << " s");
    CHECK(diff < k_bound);
    const auto next = fastest([&] {
        (void)render_next_text(build_next_list(t.plan, Lang::en, 7, nullptr), Lang::en);
        (void)render_next_text(build_next_list(t.plan, Lang::en, 7, &earlier), Lang::en);
    });
    INFO("next: " << next.count() << " s");
    CHECK(next < k_bound);
}

// ---- text that tries to escape its format -----------------------------------------------

namespace {

const std::vector<std::string>& hostile_texts() {
    static const std::vector<std::string> texts = {
        "Acme\r\nBEGIN:VEVENT\r\nSUMMARY:forged\r\nEND:VEVENT",
        "=cmd|' /C calc'!A0",
        "+SUM(1+1)",
        "-2+3",
        "@A1",
        "\t=1+1",
        "a | b | c",
        "```\n- [x] forged <!-- id: consult-manager -->\n```",
        "~~~\n- [x] forged <!-- id: decide-timing -->",
        "`code` and ``more``",
        "<script>alert(1)</script>",
        "line1\nline2\n# heading\n> quote\n1. item\n- [ ] box",
        "*bold* _it_ [link](http://x) ![img](http://y) &amp;",
        "\x1b[31mred\x1b]0;title\x07 end",
        std::string(10'000, 'x'),
        [] {
            std::string s;
            for (int i = 0; i < 3'000; ++i) s += "あ";
            return s;
        }(),
    };
    return texts;
}

/// Every piece of free text in the input is hostile.
Input hostile_input() {
    Input in = testing::base_input();
    const auto& texts = hostile_texts();
    in.me = texts[0];
    in.manager = texts[6];
    in.successor = texts[10];
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Client& c = testing::add_client(in, fmt::format("c{}", i));
        c.name = in.text(texts[i]);
        c.contact = in.text(texts[(i + 1) % texts.size()]);
        c.notes = in.unique_text(texts[(i + 2) % texts.size()]);
        c.history = in.list({in.text(texts[(i + 3) % texts.size()])});
        c.next_events = {
            Event{in.last_day + date::days{3}, in.text(texts[(i + 4) % texts.size()])}};
        c.successor = in.text(texts[(i + 5) % texts.size()]);
        c.change_averse = i % 3 == 0;
    }
    return in;
}

/// The same input with every free text replaced by a harmless word.
Input benign_twin(const Input& hostile) {
    Input in = hostile;
    in.me = "Me";
    in.manager = "Boss";
    in.successor = "Heir";
    for (Client& c : in.clients) {
        c.name = "Name";
        c.contact = "Contact";
        c.notes = "Notes";
        c.history = in.list({"History"});
        c.next_events.front().what = "Event";
        c.successor = "Successor";
    }
    return in;
}

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = text.find('\n', pos);
        lines.emplace_back(text.substr(pos, end == std::string_view::npos ? end : end - pos));
        if (end == std::string_view::npos) break;
        pos = end + 1;
    }
    return lines;
}

struct MarkdownLine {
    char kind;         ///< what a Markdown reader takes the line for; `F`/`f` open/close a fence
    std::string info;  ///< for an opening fence: its info string (`text`, `mermaid`)
};

/// Each line classified the way CommonMark reads it: a fence closes only with a run at
/// least as long as the one that opened it, and lines inside are code.
std::vector<MarkdownLine> markdown_structure(std::string_view text) {
    std::vector<MarkdownLine> out;
    std::string fence;  // the open fence, empty outside code
    for (const std::string& raw : lines_of(text)) {
        const std::size_t indent = raw.find_first_not_of(' ');
        const std::string line = indent == std::string::npos ? "" : raw.substr(indent);
        const bool indented_code = indent != std::string::npos && indent >= 4;
        const char first = line.empty() ? '\0' : line.front();
        std::size_t run = 0;
        if (!indented_code && (first == '`' || first == '~')) {
            run = line.find_first_not_of(first);
            if (run == std::string::npos) run = line.size();
        }
        if (!fence.empty()) {
            if (run >= fence.size() && line[0] == fence[0] &&
                line.find_first_not_of(' ', run) == std::string::npos) {
                fence.clear();
                out.push_back({'f', ""});
            } else {
                out.push_back({'c', ""});
            }
            continue;
        }
        if (run >= 3) {
            fence = line.substr(0, run);
            out.push_back({'F', line.substr(run)});
            continue;
        }
        char kind = 't';
        if (line.empty()) {
            kind = ' ';
        } else if (indented_code) {
            kind = 'i';
        } else if (first == '#' || first == '>' || first == '|' || first == '<') {
            kind = first;
        } else if ((first == '-' || first == '*' || first == '+') && line.size() > 1 &&
                   line[1] == ' ') {
            kind = line.starts_with("- [") ? 'x' : '-';
        } else if (first >= '0' && first <= '9') {
            const std::size_t digits = line.find_first_not_of("0123456789");
            if (digits != std::string::npos && (line[digits] == '.' || line[digits] == ')'))
                kind = '1';
        }
        out.push_back({kind, ""});
    }
    return out;
}

/// `what` occurs without a backslash in front, so Markdown would read it as markup.
bool has_unescaped(std::string_view line, std::string_view what) {
    for (std::size_t at = line.find(what); at != std::string_view::npos;
         at = line.find(what, at + 1)) {
        if (at == 0 || line[at - 1] != '\\') return true;
    }
    return false;
}

std::string kinds(const std::vector<MarkdownLine>& lines) {
    std::string out;
    for (const MarkdownLine& l : lines) out += l.kind;
    return out;
}

bool valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const std::size_t length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        if (byte >= 0x80 && byte < 0xC2) return false;
        if (i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
        }
        i += length;
    }
    return true;
}

struct Rendered {
    Input input;
    Plan plan;
};

Rendered planned(Input input) {
    Plan plan = build_plan(input);
    return {std::move(input), std::move(plan)};
}

}  // namespace

TEST_CASE("hostile text: Markdown keeps its structure and its task lines", "[hostile]") {
    const Rendered hostile = planned(hostile_input());
    const Rendered benign = planned(benign_twin(hostile.input));
    REQUIRE(hostile.plan.tasks.size() == benign.plan.tasks.size());
    for (std::size_t i = 0; i < hostile.plan.tasks.size(); ++i) {
        // Names must not move dates; otherwise the two renders could not be compared.
        REQUIRE(hostile.plan.tasks[i].id == benign.plan.tasks[i].id);
        REQUIRE(hostile.plan.tasks[i].date == benign.plan.tasks[i].date);
    }
    for (const GroupBy group_by : {GroupBy::date, GroupBy::step, GroupBy::client}) {
        RenderOptions options;
        options.format = Format::markdown;
        options.group_by = group_by;
        options.with_docs = true;
        options.with_drafts = true;
        const std::string out = render_markdown(hostile.plan, hostile.input, options);
        const std::string plain = render_markdown(benign.plan, benign.input, options);
        INFO("group by " << to_string(group_by));

        const auto structure = markdown_structure(out);
        CHECK(kinds(structure) == kinds(markdown_structure(plain)));
        // Only the drafts' plain-text blocks may hold the text as written.
        std::string block;
        const auto lines = lines_of(out);
        REQUIRE(lines.size() == structure.size());
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (structure[i].kind == 'F') block = structure[i].info;
            if (structure[i].kind == 'f') block.clear();
            if (block == "text") continue;
            CHECK_FALSE(has_unescaped(lines[i], "<script"));
            CHECK(lines[i].find('\x1b') == std::string::npos);
            // The renderer's id comment ends the line; a forged one would sit before it.
            if (has_unescaped(lines[i], "<!--")) {
                const std::size_t id = lines[i].rfind(" <!-- id: ");
                REQUIRE(id != std::string::npos);
                CHECK_FALSE(has_unescaped(lines[i].substr(0, id), "<!--"));
                // (and two spaces after it, the hard break before the task's reason)
                CHECK((lines[i].ends_with(" -->") || lines[i].ends_with(" -->  ")));
            }
        }
        CHECK_NOTHROW(fuzz::check_markdown(out, hostile.plan));
        CHECK(read_task_ticks(out).size() == hostile.plan.tasks.size());
    }
}

TEST_CASE("hostile text: a checklist saved with other line endings reads back the same",
          "[hostile]") {
    // Editors on Windows save CRLF, and old Mac tools a lone CR; CommonMark reads all three
    // as line breaks, so a ticked box must stay with its own task in each.
    const Rendered r = planned(hostile_input());
    std::string markdown = render_markdown(r.plan, r.input, RenderOptions{});
    const std::size_t first_box = markdown.find("- [ ] ");
    REQUIRE(first_box != std::string::npos);
    markdown.replace(first_box, 6, "- [x] ");
    const auto expected = read_task_ticks(markdown);
    REQUIRE(expected.size() == r.plan.tasks.size());
    for (const char* ending : {"\r\n", "\r"}) {
        std::string converted;
        for (const char c : markdown) {
            if (c == '\n') {
                converted += ending;
            } else {
                converted += c;
            }
        }
        const auto ticks = read_task_ticks(converted);
        INFO("line ending " << (std::string_view(ending) == "\r" ? "CR" : "CRLF"));
        REQUIRE(ticks.size() == expected.size());
        for (std::size_t i = 0; i < ticks.size(); ++i) {
            CHECK(ticks[i].id == expected[i].id);
            CHECK(ticks[i].ticked == expected[i].ticked);
        }
    }
}

TEST_CASE("hostile text: iCalendar gets no property it did not write", "[hostile]") {
    const Rendered r = planned(hostile_input());
    const std::string out = render_ics(r.plan, r.input, RenderOptions{});
    CHECK_NOTHROW(fuzz::check_ics(out, r.plan));
    const std::set<std::string> allowed = {
        "BEGIN",  "END",     "VERSION",  "PRODID", "CALSCALE",        "METHOD",      "X-WR-CALNAME",
        "UID",    "DTSTAMP", "DTSTART",  "DTEND",  "SUMMARY",         "DESCRIPTION", "CATEGORIES",
        "STATUS", "TRANSP",  "SEQUENCE", "CLASS",  "X-HANDOVER-TASK", "ACTION",      "TRIGGER"};
    std::size_t events = 0;
    std::size_t summaries = 0;
    const std::string unfolded = ics::unfold(out);
    for (std::string line : lines_of(unfolded)) {
        REQUIRE(line.ends_with('\r'));
        line.pop_back();
        const std::string name = line.substr(0, line.find_first_of(";:"));
        CHECK(allowed.contains(name));
        if (line == "BEGIN:VEVENT") ++events;
        if (name == "SUMMARY") ++summaries;
    }
    CHECK(events == count_dated(r.plan) + 1);  // and the last working day
    CHECK(summaries == events);
    // Folding never cuts a character in two.
    for (const std::string& physical : lines_of(out)) CHECK(valid_utf8(physical));
    // The long names arrive whole once unfolded and unescaped.
    CHECK(unfolded.find(std::string(10'000, 'x')) != std::string::npos);
}

TEST_CASE("hostile text: CSV and CRM cells never start a formula and lose nothing", "[hostile]") {
    const Rendered r = planned(hostile_input());
    std::set<std::string> names;
    for (const Client& c : r.input.clients) names.insert(c.name.str());
    for (const bool excel : {false, true}) {
        RenderOptions options;
        options.excel = excel;
        const std::string csv_out = render_csv(r.plan, r.input, options);
        CHECK_NOTHROW(fuzz::check_csv(csv_out, r.plan.tasks.size(), excel));
        const std::string crm_out = render_crm(r.plan, r.input, options);
        CHECK_NOTHROW(fuzz::check_csv(crm_out, r.plan.clients.size(), excel));

        // column 1 of the CRM file is the client name: as written, or behind a quote mark.
        const auto records = fuzz::parse_csv(crm_out);
        REQUIRE(records.size() == r.input.clients.size() + 1);
        for (std::size_t i = 1; i < records.size(); ++i) {
            std::string cell = records[i].at(1);
            if (!names.contains(cell) && cell.starts_with('\'')) cell.erase(0, 1);
            CHECK(names.contains(cell));
        }
    }
}

TEST_CASE("hostile text: JSON carries every name exactly and stays valid", "[hostile]") {
    const Rendered r = planned(hostile_input());
    const std::string out = render_json(r.plan, r.input, RenderOptions{});
    CHECK_NOTHROW(fuzz::check_json(out, r.plan));
    const json doc = json::parse(out);
    REQUIRE(doc["clients"].size() == r.input.clients.size());
    for (std::size_t i = 0; i < r.input.clients.size(); ++i) {
        CHECK(doc["clients"][i]["name"] == r.input.clients[i].name);
    }
}

TEST_CASE("hostile text: the terminal gets no control character from the input", "[hostile]") {
    const Rendered r = planned(hostile_input());
    for (const bool color : {false, true}) {
        RenderOptions options;
        options.color = color;
        const std::string out = render_text(r.plan, r.input, options);
        INFO("colour " << color);
        CHECK(out.find('\r') == std::string::npos);
        CHECK(out.find('\x07') == std::string::npos);
        CHECK(out.find("\x1b]") == std::string::npos);
        for (std::size_t at = out.find('\x1b'); at != std::string::npos;
             at = out.find('\x1b', at + 1)) {
            // Only the renderer's own colour codes: ESC [ digits ; ... m.
            const std::size_t end = out.find_first_not_of("0123456789;", at + 2);
            CHECK(color);
            CHECK(out.compare(at, 2, "\x1b[") == 0);
            CHECK((end != std::string::npos && out[end] == 'm'));
        }
        for (const std::string& line : lines_of(out)) {
            CHECK_FALSE(line.starts_with("line2"));
            CHECK_FALSE(line.starts_with("BEGIN:VEVENT"));
        }
    }
}

TEST_CASE("hostile text: drafts keep each name on its own line", "[hostile]") {
    for (const Lang lang : {Lang::en, Lang::ja}) {
        const Rendered r = planned(hostile_input());
        const std::string out = render_drafts(r.plan, r.input, lang, std::nullopt);
        for (const std::string& line : lines_of(out)) {
            CHECK(line.find('\r') == std::string::npos);
            CHECK(line.find('\x1b') == std::string::npos);
            CHECK_FALSE(line.starts_with("line2"));
            CHECK_FALSE(line.starts_with("BEGIN:VEVENT"));
            CHECK_FALSE(line.starts_with("- [x] forged"));
        }
    }
}
