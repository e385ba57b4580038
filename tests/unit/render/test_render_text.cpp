#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "handover/base/text_width.hpp"
#include "handover/render/render.hpp"
#include "support/sample_plan.hpp"

namespace {

using namespace handover;
using fixture::make_task;
using fixture::sample_plan;
using fixture::ymd;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

bool has_line(const std::string& text, const std::string& wanted) {
    const auto lines = lines_of(text);
    return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

// Well-formed UTF-8, so no character was cut by a wrap or a truncation.
bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80         ? 1
                              : (c >> 5) == 6  ? 2
                              : (c >> 4) == 14 ? 3
                              : (c >> 3) == 30 ? 4
                                               : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        }
        i += n;
    }
    return true;
}

// The line cut at a display column, between characters.
std::pair<std::string, std::string> split_at_column(const std::string& line, std::size_t column) {
    std::size_t bytes = 0;
    while (bytes < line.size() && display_width(line.substr(0, bytes)) < column) {
        ++bytes;
        while (bytes < line.size() && (static_cast<unsigned char>(line[bytes]) & 0xC0) == 0x80) {
            ++bytes;
        }
    }
    return {line.substr(0, bytes), line.substr(bytes)};
}

std::vector<std::string> task_lines(const std::string& text) {
    std::vector<std::string> out;
    for (const std::string& line : lines_of(text)) {
        if (line.starts_with("    [")) out.push_back(line);
    }
    return out;
}

// A plan small enough to check as a whole.
fixture::Sample tiny_plan() {
    fixture::Sample s;
    s.input.me = "Ann Lee";
    s.input.today = ymd(2026, 11, 30);
    s.input.last_day = ymd(2026, 12, 4);
    Client acme;
    acme.id = "acme";
    acme.name = "株式会社アクメ";
    s.input.clients = {acme};

    Plan& p = s.plan;
    p.worded = true;  // made by hand: its tasks and warnings carry their words
    p.me = "Ann Lee";
    p.today = s.input.today;
    p.last_day = s.input.last_day;
    Task consult = make_task("consult-manager", 1, "Consult the manager", ymd(2026, 11, 30), 1,
                             std::nullopt, Method::in_person);
    consult.status = TaskStatus::done;
    consult.meeting = true;
    Task call = make_task("acme/notify", 3, "Call 株式会社アクメ", ymd(2026, 12, 2), 0.5, "acme",
                          Method::phone);
    call.note = "inside the notification window";
    p.tasks = {consult, call};
    ClientPlan cp;
    cp.id = "acme";
    cp.name = "株式会社アクメ";
    p.clients = {cp};
    p.warnings = {worded_warning(WarningCode::notice_too_short, Severity::warning, Text(), Text(),
                                 "Only 4 days are left: ask the manager today.")};
    return s;
}

}  // namespace

TEST_CASE("render_text: a small plan renders exactly") {
    const auto s = tiny_plan();
    RenderOptions options;
    options.terminal_width = 80;
    const std::string expected =
        "Handover plan: Ann Lee\n"
        "Last working day: Fri 4 Dec 2026\n"
        "Tasks: 2 (done 1, unscheduled 0) · Clients: 1\n"
        "Errors: 0 · Warnings: 1 · Notes: 0\n"
        "\n"
        "Timeline\n"
        "  M meeting   I interview   H holiday or closed   x tasks only   · free\n"
        "           Mon Tue Wed Thu Fri Sat Sun\n"
        "  2026-W49 M   ·   x   ·   ·            last day Fri 12-04\n"
        "\n"
        "2026-W49  Mon 11-30 – Sun 12-06\n"
        "  Mon 30 Nov 2026\n"
        "    [x] 1                  Consult the manager  in person    1h\n"
        "                           [consult-manager]\n"
        "  Wed 2 Dec 2026\n"
        "    [ ] 3  株式会社アクメ  Call 株式会社アクメ  phone      0.5h\n"
        "                           [acme/notify]\n"
        "                           ↳ inside the notification window\n"
        "\n"
        "Warnings (1)\n"
        "  warning  Only 4 days are left: ask the manager today. [NOTICE_TOO_SHORT]\n";
    CHECK(render_text(s.plan, s.input, with_lang(options, s.lang)) == expected);
}

TEST_CASE("render_text: the header names the user, the dates and the counts") {
    const auto s = sample_plan(Lang::en);
    RenderOptions wide;
    wide.terminal_width = 160;
    const std::string out = render_text(s.plan, s.input, with_lang(wide, s.lang));
    CHECK(lines_of(out).front() == "Handover plan: 佐藤 優");
    CHECK(has_line(out,
                   "Last working day: Fri 25 Dec 2026 · End of employment: Fri 15 Jan 2027 · "
                   "Questions from the successor, answered by 佐藤 優 until: Sun 31 Jan 2027"));
    CHECK(has_line(out, "Manager: 田中 部長"));
    CHECK(has_line(
        out,
        "Tasks: 17 (done 1, unscheduled 1) · Clients: 3 · Errors: 1 · Warnings: 1 · Notes: 1"));

    // A narrower terminal breaks between the parts, never inside one.
    const std::string narrow = render_text(s.plan, s.input, with_lang(RenderOptions{}, s.lang));
    CHECK(
        has_line(narrow, "Last working day: Fri 25 Dec 2026 · End of employment: Fri 15 Jan 2027"));
    CHECK(has_line(narrow,
                   "Questions from the successor, answered by 佐藤 優 until: Sun 31 Jan 2027"));

    const auto ja = sample_plan(Lang::ja);
    const std::string out_ja = render_text(ja.plan, ja.input, with_lang(wide, ja.lang));
    CHECK(lines_of(out_ja).front() == "引き継ぎ計画(佐藤 優)");
    CHECK(has_line(out_ja,
                   "最終出社日: 2026年12月25日(金) / 退職日: 2027年1月15日(金) / "
                   "後任者からの問い合わせ対応(佐藤 優): 2027年1月31日(日)まで"));
    CHECK(has_line(out_ja,
                   "タスク 17件(完了 1件、日程未定 1件) / 顧客 3社 / エラー 1件 / 警告 1件 / "
                   "お知らせ 1件"));
}

TEST_CASE("render_text: the timeline has one row per week up to the last day") {
    const auto s = sample_plan(Lang::en);
    const std::string out = render_text(s.plan, s.input, with_lang(RenderOptions{}, s.lang));
    CHECK(has_line(out, "  M meeting   I interview   H holiday or closed   x tasks only   · free"));
    CHECK(has_line(out, "           Mon Tue Wed Thu Fri Sat Sun"));
    CHECK(has_line(out, "  2026-W49 M   x   x   I   H   H   H    5h of 9h"));
    CHECK(has_line(out, "  2026-W50 ·   x   M   x   M   H   H    7.25h of 15h"));
    CHECK(has_line(out, "  2026-W51 M   M   x   M   H   H   H    4.5h of 12h"));
    CHECK(has_line(out, "  2026-W52 ·   ·   ·   ·   ·            0h of 15h  last day Fri 12-25"));

    const auto ja = sample_plan(Lang::ja);
    const std::string out_ja = render_text(ja.plan, ja.input, with_lang(RenderOptions{}, ja.lang));
    CHECK(has_line(out_ja, "  M 面談・打ち合わせ   I 面接   H 休日・休業   x 作業のみ   · 空き"));
    CHECK(has_line(out_ja, "           月 火 水 木 金 土 日"));
    CHECK(has_line(out_ja, "  2026-W49 M  x  x  I  H  H  H   5 / 9時間"));
}

TEST_CASE("render_text: tasks are grouped by ISO week and day") {
    const auto s = sample_plan(Lang::en);
    const std::string out = render_text(s.plan, s.input, with_lang(RenderOptions{}, s.lang));
    CHECK(has_line(out, "2026-W49  Mon 11-30 – Sun 12-06"));
    CHECK(has_line(out, "2026-W51  Mon 12-14 – Sun 12-20"));
    CHECK(has_line(out, "  Tue 1 Dec 2026"));
    const auto ja = sample_plan(Lang::ja);
    const std::string out_ja = render_text(ja.plan, ja.input, with_lang(RenderOptions{}, ja.lang));
    CHECK(has_line(out_ja, "2026-W49  11/30(月)〜12/6(日)"));
    CHECK(has_line(out_ja, "  2026年12月1日(火)"));
    // Each week heading once, in date order.
    CHECK(out.find("2026-W49  ") < out.find("2026-W50  "));
    CHECK(out.find("2026-W50  ") < out.find("2026-W51  "));
}

TEST_CASE("render_text: columns line up by display width with Japanese names") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto s = sample_plan(lang);
        const auto lines =
            task_lines(render_text(s.plan, s.input, with_lang(RenderOptions{}, s.lang)));
        REQUIRE(lines.size() == s.plan.tasks.size());
        // Hours are right-aligned in the last column, so every task line ends at one column.
        const std::size_t width = display_width(lines.front());
        for (const std::string& line : lines) CHECK(display_width(line) == width);
        // The title column starts at one column on every line: the widest client name
        // (Globex Corporation, 18 columns) plus the mark, step and gaps.
        for (const std::string& line : lines) {
            const auto [before, title] = split_at_column(line, 31);
            CHECK(display_width(before) == 31);
            CHECK(before.ends_with("  "));
            CHECK_FALSE(title.starts_with(" "));
        }
    }
}

TEST_CASE("render_text: a Japanese and an English client sit in one column") {
    const auto s = sample_plan(Lang::en);
    const auto lines = task_lines(render_text(s.plan, s.input, with_lang(RenderOptions{}, s.lang)));
    const auto find = [&](const std::string& needle) {
        return *std::find_if(lines.begin(), lines.end(), [&](const std::string& l) {
            return l.find(needle) != std::string::npos;
        });
    };
    CHECK(find("Tell 株式会社アクメ") ==
          "    [ ] 3  株式会社アクメ      Tell 株式会社アクメ about your departure            "
          "in person    1.5h");
    CHECK(find("Tell Globex") ==
          "    [ ] 3  Globex Corporation  Tell Globex Corporation about your departure        "
          "video call     1h");
}

TEST_CASE("render_text: unscheduled tasks have their own section") {
    const auto s = sample_plan(Lang::en);
    const std::string out = render_text(s.plan, s.input, with_lang(RenderOptions{}, s.lang));
    const auto section = out.find("\nUnscheduled (1)\n");
    REQUIRE(section != std::string::npos);
    CHECK(out.find("[!] 5  山田商店") > section);
    CHECK(
        has_line(out, "                               ↳ no successor named: nobody to introduce"));
}

TEST_CASE("render_text: warnings come last, errors first, with severity and code") {
    const auto s = sample_plan(Lang::en);
    const std::string out = render_text(s.plan, s.input, with_lang(RenderOptions{}, s.lang));
    const auto section = out.find("\nWarnings (3)\n");
    REQUIRE(section != std::string::npos);
    CHECK(section > out.find("Unscheduled (1)"));
    CHECK(has_line(out,
                   "  error    山田商店 cannot be introduced before the last day: ask the manager "
                   "to name a successor."));
    CHECK(has_line(out, "           [NO_TIME_FOR_INTRO]"));
    CHECK(out.find("  error  ") < out.find("  warning  "));
    CHECK(out.find("  warning  ") < out.find("  info  "));

    const auto ja = sample_plan(Lang::ja);
    const std::string out_ja = render_text(ja.plan, ja.input, with_lang(RenderOptions{}, ja.lang));
    CHECK(out_ja.find("\n警告(3件)\n") != std::string::npos);
    CHECK(out_ja.find("\n  エラー    山田商店に") != std::string::npos);
}

TEST_CASE("render_text: no escape byte without colour") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto s = sample_plan(lang);
        RenderOptions options;
        options.color = false;
        CHECK(render_text(s.plan, s.input, with_lang(options, s.lang)).find('\x1b') ==
              std::string::npos);
    }
}

TEST_CASE("render_text: colour marks errors red, warnings yellow and done tasks dim") {
    const auto s = sample_plan(Lang::en);
    RenderOptions options;
    options.color = true;
    const std::string out = render_text(s.plan, s.input, with_lang(options, s.lang));
    CHECK(out.find("\x1b[31m  error    山田商店 cannot") != std::string::npos);
    CHECK(out.find("\x1b[33m  warning  Week 2026-W49") != std::string::npos);
    CHECK(out.find("    \x1b[2m[x] 1") != std::string::npos);
    // Every colour is reset on the line it starts.
    const auto count = [](const std::string& line, const std::string& what) {
        std::size_t n = 0;
        for (auto pos = line.find(what); pos != std::string::npos; pos = line.find(what, pos + 1)) {
            ++n;
        }
        return n;
    };
    for (const std::string& line : lines_of(out)) {
        CHECK(count(line, "\x1b[") == 2 * count(line, "\x1b[0m"));
    }
}

TEST_CASE("render_text: hostile names cannot break lines or inject escapes") {
    auto s = sample_plan(Lang::en);
    s.input.clients[0].name = s.input.text("Evil\n\x1b[2J" + std::string(5000, 'x') + "\r\n|");
    const std::string out = render_text(s.plan, s.input, with_lang(RenderOptions{}, s.lang));
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\r') == std::string::npos);
    const auto lines = task_lines(out);
    REQUIRE(lines.size() == s.plan.tasks.size());
    const std::size_t width = display_width(lines.front());
    for (const std::string& line : lines) CHECK(display_width(line) == width);
    CHECK(width < 200);  // the long name is cut to its column
}

TEST_CASE("render_text: a narrow terminal wraps without cutting characters") {
    auto s = sample_plan(Lang::ja);
    s.plan.tasks[4].subject =
        s.plan.text(std::string(60, 'a') + "株式会社アクメの引き継ぎ資料を丁寧に作成して共有する");
    RenderOptions options;
    options.terminal_width = 60;
    const std::string out = render_text(s.plan, s.input, with_lang(options, s.lang));
    CHECK(valid_utf8(out));
    CHECK(task_lines(out).size() == s.plan.tasks.size());
    for (const std::string& line : lines_of(out)) {
        if (line.find("株式会社アクメの") != std::string::npos) {
            CHECK(display_width(line) <= 80);
        }
    }
}

TEST_CASE("render_text: day notes are named only in the user's own view") {
    auto s = sample_plan(Lang::en);
    s.plan.day_notes.push_back(
        {ymd(2026, 12, 2), DayNote::Kind::blocked, "dentist", "dentist", false});
    RenderOptions self;
    CHECK(has_line(render_text(s.plan, s.input, with_lang(self, s.lang)),
                   "  Wed 2 Dec 2026 · dentist"));
    RenderOptions manager;
    manager.audience = Audience::manager;
    CHECK(has_line(render_text(s.plan, s.input, with_lang(manager, s.lang)), "  Wed 2 Dec 2026"));
}

TEST_CASE("render_text: an empty plan says so") {
    auto s = tiny_plan();
    s.plan.tasks.clear();
    s.plan.warnings.clear();
    const std::string out = render_text(s.plan, s.input, with_lang(RenderOptions{}, s.lang));
    CHECK(has_line(out, "No tasks."));
    CHECK(out.find("Warnings (") == std::string::npos);
}

TEST_CASE("render_text: output is deterministic") {
    const auto s = sample_plan(Lang::ja);
    CHECK(render_text(s.plan, s.input, with_lang(RenderOptions{}, s.lang)) ==
          render_text(s.plan, s.input, with_lang(RenderOptions{}, s.lang)));
}

TEST_CASE("render_text: each task shows its id under its title, within 80 columns") {
    for (const Lang lang : {Lang::en, Lang::ja}) {
        const auto s = sample_plan(lang);
        RenderOptions options;
        options.terminal_width = 80;
        const std::string out = render_text(s.plan, s.input, with_lang(options, lang));
        const auto lines = lines_of(out);
        for (const Task& t : s.plan.tasks) {
            INFO(t.id.str());
            const std::string id_line = "[" + t.id.str() + "]";
            const auto at = std::find_if(lines.begin(), lines.end(), [&](const std::string& l) {
                return l.ends_with(id_line) &&
                       l.find_first_not_of(' ') == l.size() - id_line.size();
            });
            CHECK(at != lines.end());
        }
        // Ids sit on their own lines, so the task lines keep the width they had.
        for (const std::string& line : lines) {
            if (line.find("[weekly-review/") != std::string::npos ||
                line.find("/handover-doc]") != std::string::npos) {
                CHECK(display_width(line) <= 80);
            }
        }
        options.with_why = false;
        const std::string bare = render_text(s.plan, s.input, with_lang(options, lang));
        CHECK(bare.find("↳") == std::string::npos);
        CHECK(bare.find("[acme/notify]") != std::string::npos);
    }
}

TEST_CASE("render_text: an id read back from a file cannot reach the terminal raw") {
    auto s = sample_plan(Lang::en);
    s.plan.tasks[1].id = s.plan.text("evil\x1b[2J/notify");
    const std::string out = render_text(s.plan, s.input, with_lang(RenderOptions{}, s.lang));
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find("[evil\\u001B[2J/notify]") != std::string::npos);
}

TEST_CASE("render_text: the agenda of the talk with the manager is under it, in the user's view") {
    auto s = tiny_plan();
    s.plan.worded_points["consult-manager"] = {
        "Ask about PTO",
        "Ask whether they want you to work your notice at all: some companies end your access "
        "the day you resign."};
    RenderOptions options;
    options.terminal_width = 80;
    const std::string own = render_text(s.plan, s.input, with_lang(options, s.lang));
    const std::string hang(27, ' ');
    CHECK(own.find(hang + "[consult-manager]\n" + hang + "Agenda:\n" + hang +
                   "  - Ask about PTO\n" + hang + "  - Ask whether they want you to work") !=
          std::string::npos);
    for (const std::string& line : lines_of(own)) {
        INFO(line);
        CHECK(display_width(line) <= 80);
    }
    CHECK(own.find("resign.") != std::string::npos);  // wrapped, nothing cut
    // Without an agenda there is no heading.
    const std::string none = render_text(tiny_plan().plan, s.input, with_lang(options, s.lang));
    CHECK(none.find("Agenda:") == std::string::npos);
    for (const Audience audience : {Audience::manager, Audience::successor}) {
        options.audience = audience;
        const std::string seen =
            render_text(for_audience(s.plan, audience), s.input, with_lang(options, s.lang));
        CHECK(seen.find("[consult-manager]") != std::string::npos);
        CHECK(seen.find("Agenda:") == std::string::npos);
        CHECK(seen.find("PTO") == std::string::npos);
    }
}
