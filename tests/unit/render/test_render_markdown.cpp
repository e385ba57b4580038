#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "handover/base/markdown_escape.hpp"
#include "handover/render/render.hpp"
#include "support/sample_plan.hpp"

namespace {

using namespace handover;
using fixture::sample_plan;

// Lines without the two trailing spaces that end a task line with a hard break.
std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.ends_with("  ")) line.resize(line.size() - 2);
        lines.push_back(line);
    }
    return lines;
}

bool has_line(const std::string& text, const std::string& wanted) {
    const auto lines = lines_of(text);
    return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

std::vector<std::string> checkbox_lines(const std::string& text) {
    std::vector<std::string> out;
    for (const std::string& line : lines_of(text)) {
        if (line.starts_with("- [ ] ") || line.starts_with("- [x] ")) out.push_back(line);
    }
    return out;
}

// The lines between "```mermaid" and the closing fence.
std::vector<std::string> gantt_lines(const std::string& text) {
    const auto lines = lines_of(text);
    auto begin = std::find(lines.begin(), lines.end(), "```mermaid");
    if (begin == lines.end()) return {};
    auto end = std::find(begin + 1, lines.end(), "```");
    return {begin + 1, end};
}

// Each task has exactly one checkbox line, ticked when done, ending with its id comment.
void check_one_line_per_task(const Plan& plan, const std::string& out) {
    const auto boxes = checkbox_lines(out);
    CHECK(boxes.size() == plan.tasks.size());
    for (const Task& t : plan.tasks) {
        const std::string tail = " <!-- id: " + t.id.str() + " -->";
        const auto n = std::count_if(boxes.begin(), boxes.end(),
                                     [&](const std::string& l) { return l.ends_with(tail); });
        CHECK(n == 1);
        const auto line = std::find_if(boxes.begin(), boxes.end(),
                                       [&](const std::string& l) { return l.ends_with(tail); });
        if (line == boxes.end()) continue;
        CHECK(line->starts_with(t.status == TaskStatus::done ? "- [x] " : "- [ ] "));
    }
}

// Occurrences of `needle` not made literal by a backslash in front.
std::size_t count_unescaped(const std::string& line, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = line.find(needle); pos != std::string::npos; pos = line.find(needle, pos + 1)) {
        if (pos == 0 || line[pos - 1] != '\\') ++n;
    }
    return n;
}

// A client name built to break every Markdown construct and the chart at once.
std::string hostile_name() {
    return "a|b*c<d>_e`f```\n# g ]] [x](http://x) &amp; BEGIN:VEVENT;h#i%%j <!-- k -->" +
           std::string(5000, 'z');
}

}  // namespace

TEST_CASE("markdown_escape: markup characters are backslash-escaped") {
    CHECK(markdown_escape("a|b*c<d>") == "a\\|b\\*c\\<d\\>");
    CHECK(markdown_escape("`code`") == "\\`code\\`");
    CHECK(markdown_escape("]]") == "\\]\\]");
    CHECK(markdown_escape("[link](x)") == "\\[link\\](x)");
    CHECK(markdown_escape("snake_case ~~gone~~") == "snake\\_case \\~\\~gone\\~\\~");
    CHECK(markdown_escape("a\\b") == "a\\\\b");
    CHECK(markdown_escape("&amp; $x$") == "\\&amp; \\$x\\$");
    CHECK(markdown_escape("株式会社アクメ") == "株式会社アクメ");
    CHECK(markdown_escape("BEGIN:VEVENT") == "BEGIN:VEVENT");
}

TEST_CASE("markdown_escape: a line start cannot open a block") {
    CHECK(markdown_escape("# heading") == "\\# heading");
    CHECK(markdown_escape("- item") == "\\- item");
    CHECK(markdown_escape("+ item") == "\\+ item");
    CHECK(markdown_escape("2025. first order") == "2025\\. first order");
    CHECK(markdown_escape("1) first") == "1\\) first");
    CHECK(markdown_escape("   > quote") == "\\> quote");
    CHECK(markdown_escape("2025-04 first order") == "2025-04 first order");
    CHECK(markdown_escape("a # b") == "a # b");
}

TEST_CASE("markdown_escape: line breaks become spaces") {
    CHECK(markdown_escape("line1\nline2") == "line1 line2");
    CHECK(markdown_escape("line1\r\n# line2") == "line1 # line2");
    CHECK(markdown_escape("tab\there") == "tab here");
}

TEST_CASE("markdown_escape: mermaid labels lose the chart's separators") {
    CHECK(mermaid_label("Interview: Foo Inc.") == "Interview∶ Foo Inc.");
    CHECK(mermaid_label("a;b#c%d") == "a,b＃c％d");
    CHECK(mermaid_label("x\ny  z") == "x y z");
    CHECK(mermaid_label("```") == "'''");
    CHECK(mermaid_label("<b>") == "‹b›");
    CHECK(mermaid_label("") == "-");
    CHECK(mermaid_label("section 1") == "\u200Bsection 1");
    CHECK(mermaid_label("Title case") == "\u200BTitle case");
}

TEST_CASE("markdown_escape: a code fence outgrows the backticks inside") {
    CHECK(code_fence_for("plain") == "```");
    CHECK(code_fence_for("a ``` b") == "````");
    CHECK(code_fence_for("`````") == "``````");
}

TEST_CASE("render_markdown: title and summary") {
    const auto s = sample_plan(Lang::en);
    const std::string out = render_markdown(s.plan, s.input, with_lang(RenderOptions{}, s.lang));
    CHECK(out.starts_with("# Handover plan: 佐藤 優\n\n"));
    CHECK(has_line(out, "- Last working day: **Fri 25 Dec 2026**"));
    CHECK(has_line(out, "- End of employment: Fri 15 Jan 2027"));
    CHECK(has_line(out,
                   "- Questions from the successor, answered by 佐藤 優 until: Sun 31 Jan 2027"));
    CHECK(has_line(out,
                   "> **This plan does not work as it stands: see the errors under Warnings.**"));
    const auto ja = sample_plan(Lang::ja);
    const std::string out_ja =
        render_markdown(ja.plan, ja.input, with_lang(RenderOptions{}, ja.lang));
    CHECK(out_ja.starts_with("# 引き継ぎ計画(佐藤 優)\n\n"));
    CHECK(has_line(out_ja, "- 最終出社日: **2026年12月25日(金)**"));
}

TEST_CASE("render_markdown: every task is one checkbox line ending with its id") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto s = sample_plan(lang);
        for (GroupBy group : {GroupBy::date, GroupBy::step, GroupBy::client}) {
            RenderOptions options;
            options.group_by = group;
            options.with_docs = true;
            options.with_drafts = true;
            check_one_line_per_task(s.plan,
                                    render_markdown(s.plan, s.input, with_lang(options, s.lang)));
        }
    }
}

TEST_CASE("render_markdown: task lines read exactly") {
    const auto s = sample_plan(Lang::en);
    const std::string out = render_markdown(s.plan, s.input, with_lang(RenderOptions{}, s.lang));
    CHECK(has_line(out, "- [x] Consult the manager — in person · 1h <!-- id: consult-manager -->"));
    CHECK(has_line(out,
                   "- [ ] Tell 株式会社アクメ about your departure — in person · 1.5h "
                   "<!-- id: acme/notify -->"));
    RenderOptions by_step;
    by_step.group_by = GroupBy::step;
    CHECK(has_line(render_markdown(s.plan, s.input, with_lang(by_step, s.lang)),
                   "- [ ] Introduce the successor to 山田商店 — email · 0.25h · unscheduled "
                   "<!-- id: yamada/introduce -->"));
}

TEST_CASE("render_markdown: grouping by date, step and client") {
    const auto s = sample_plan(Lang::en);
    RenderOptions options;
    const std::string by_date = render_markdown(s.plan, s.input, with_lang(options, s.lang));
    CHECK(has_line(by_date, "### Mon 30 Nov 2026"));
    CHECK(has_line(by_date, "### Unscheduled"));
    CHECK(by_date.find("### Mon 30 Nov 2026") < by_date.find("### Tue 1 Dec 2026"));

    options.group_by = GroupBy::step;
    const std::string by_step = render_markdown(s.plan, s.input, with_lang(options, s.lang));
    for (const char* heading :
         {"### Step 1: Consult the manager", "### Step 2: Decide when to tell",
          "### Step 3: Decide how, then tell clients", "### Step 4: Prepare the handover",
          "### Step 5: Introduce the successor", "### Step 6: Job search alongside work"}) {
        CHECK(has_line(by_step, heading));
    }
    CHECK(has_line(by_step,
                   "- [x] Consult the manager — in person · 1h · Mon 11-30 "
                   "<!-- id: consult-manager -->"));

    options.group_by = GroupBy::client;
    const std::string by_client = render_markdown(s.plan, s.input, with_lang(options, s.lang));
    CHECK(has_line(by_client, "### General"));
    CHECK(has_line(by_client, "### 株式会社アクメ"));
    CHECK(has_line(by_client, "### Globex Corporation"));
    CHECK(has_line(by_client, "### 山田商店"));
    CHECK(by_client.find("### 株式会社アクメ") < by_client.find("### Globex Corporation"));

    const auto ja = sample_plan(Lang::ja);
    RenderOptions ja_step;
    ja_step.group_by = GroupBy::step;
    CHECK(has_line(render_markdown(ja.plan, ja.input, with_lang(ja_step, ja.lang)),
                   "### ステップ1: 上司への相談"));
}

TEST_CASE("render_markdown: the warnings table") {
    const auto s = sample_plan(Lang::en);
    const std::string out = render_markdown(s.plan, s.input, with_lang(RenderOptions{}, s.lang));
    CHECK(has_line(out, "## Warnings"));
    CHECK(has_line(out, "| Severity | Code | Client | Message |"));
    CHECK(has_line(out,
                   "| **error** | NO\\_TIME\\_FOR\\_INTRO | 山田商店 | 山田商店 cannot be "
                   "introduced before the last day: ask the manager to name a successor. |"));
    CHECK(has_line(out,
                   "| warning | WEEK\\_OVERLOADED |  | Week 2026-W49 needs 9.5 h but has 8 h: "
                   "move the interview or ask for time. |"));
}

TEST_CASE("render_markdown: the gantt chart is valid Mermaid") {
    const auto s = sample_plan(Lang::en);
    const auto chart =
        gantt_lines(render_markdown(s.plan, s.input, with_lang(RenderOptions{}, s.lang)));
    REQUIRE(chart.size() > 4);
    CHECK(chart[0] == "gantt");
    CHECK(chart[1] == "    title Handover plan of 佐藤 優");
    CHECK(chart[2] == "    dateFormat YYYY-MM-DD");
    CHECK(std::find(chart.begin(), chart.end(), "    section 1. Consult the manager") !=
          chart.end());
    CHECK(std::find(chart.begin(), chart.end(), "    Consult the manager :done, 2026-11-30, 1d") !=
          chart.end());
    CHECK(std::find(chart.begin(), chart.end(), "    Interview∶ Foo Inc. :2026-12-03, 1d") !=
          chart.end());
    CHECK(chart.back() == "    Last working day :milestone, 2026-12-25, 0d");

    const std::regex bar(R"(    [^:;#%\n]+ :(done, )?\d{4}-\d{2}-\d{2}, 1d)");
    const std::regex section(R"(    section [^:;#%\n]+)");
    std::size_t bars = 0;
    for (std::size_t i = 3; i + 1 < chart.size(); ++i) {
        if (chart[i].starts_with("    axisFormat")) continue;
        const bool ok = std::regex_match(chart[i], bar) || std::regex_match(chart[i], section);
        CHECK(ok);
        if (std::regex_match(chart[i], bar)) ++bars;
    }
    const auto dated = std::count_if(s.plan.tasks.begin(), s.plan.tasks.end(),
                                     [](const Task& t) { return t.date.has_value(); });
    CHECK(bars == static_cast<std::size_t>(dated));
}

TEST_CASE("render_markdown: hostile client names break nothing") {
    auto s = sample_plan(Lang::en);
    const std::string name = hostile_name();
    s.input.clients[0].name = s.input.text(name);
    s.plan.clients[0].name = s.plan.text(name);
    for (Task& t : s.plan.tasks) {
        if (t.client == "acme") t.subject = s.plan.text("Tell " + name);
    }
    s.plan.warnings[2].worded = s.plan.text(name + " is told right after the close.");
    RenderOptions options;
    options.with_docs = true;
    options.with_drafts = true;
    for (GroupBy group : {GroupBy::date, GroupBy::step, GroupBy::client}) {
        options.group_by = group;
        const std::string out = render_markdown(s.plan, s.input, with_lang(options, s.lang));
        check_one_line_per_task(s.plan, out);
        for (const std::string& line : lines_of(out)) {
            CHECK_FALSE(line.starts_with("BEGIN:VEVENT"));
            CHECK_FALSE(line.starts_with("# g"));
            // Outside the drafts' code fences, only our own comments may open HTML.
            if (line.starts_with("- [")) CHECK(count_unescaped(line, "<!--") == 1);
            // A table row keeps its five cell borders.
            if (line.starts_with("| ") && line.find("is told right after") != std::string::npos) {
                std::size_t pipes = 0;
                for (std::size_t i = 0; i < line.size(); ++i) {
                    if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++pipes;
                }
                CHECK(pipes == 5);
            }
        }
        const auto chart = gantt_lines(out);
        for (const std::string& line : chart) {
            if (line.find("zzz") == std::string::npos) continue;
            // One colon: the one that ends the label.
            CHECK(std::count(line.begin(), line.end(), ':') == 1);
            CHECK(line.find(';') == std::string::npos);
            CHECK(line.find('#') == std::string::npos);
            CHECK(line.find('<') == std::string::npos);
        }
    }
}

/// The sample with what the successor needs filled in for 株式会社アクメ: decision maker,
/// handover notes, the user's contact details, a briefing and the takeover day.
fixture::Sample sample_for_successor(Lang lang) {
    auto s = sample_plan(lang);
    s.input.clients[0].decision_maker = s.input.text("山田部長");
    s.input.clients[0].handover_notes = s.input.text("Price revision agreed orally in October.");
    s.input.me_details.email = "yu.sato@example.jp";
    s.input.me_details.phone = "03-1234-5678";
    s.plan.takeover_day = fixture::ymd(2026, 12, 28);
    s.plan.clients[0].follow_up_date = fixture::ymd(2026, 12, 17);
    Task brief = fixture::make_task("acme/brief", 4, Text::of_static("Brief"),
                                    fixture::ymd(2026, 12, 3), 0.5, "acme", std::nullopt);
    brief.kind = TaskKind::brief;
    s.plan.tasks.push_back(brief);
    return s;
}

TEST_CASE("render_markdown: handover documents for the successor") {
    const auto s = sample_for_successor(Lang::en);
    RenderOptions options;
    options.with_docs = true;
    options.audience = Audience::successor;
    const std::string out = render_markdown(s.plan, s.input, with_lang(options, s.lang));
    CHECK(has_line(out, "## Handover documents"));
    CHECK(has_line(out,
                   "One section per client, written for the successor, who takes over every "
                   "client on Mon 28 Dec 2026."));
    CHECK(has_line(out, "- **Client contact:** 山田 太郎 様"));
    CHECK(has_line(out, "- **Decision maker (signs):** 山田部長"));
    CHECK(has_line(out,
                   "- **Successor takes over:** Mon 28 Dec 2026 (the CRM owner changes that "
                   "day)"));
    CHECK(has_line(out, "- **Contact until the last day:** 佐藤 優 (until Fri 25 Dec 2026)"));
    CHECK(has_line(out,
                   "- **Questions after that:** 佐藤 優 (yu.sato@example.jp · "
                   "03-1234-5678), until Sun 31 Jan 2027"));
    CHECK(has_line(out, "- **Follow-up together on:** Thu 17 Dec 2026"));
    CHECK(has_line(out, "#### Handover notes"));
    CHECK(has_line(out, "- Price revision agreed orally in October."));
    CHECK(has_line(out, "- **Expected signing:** Thu 10 Dec 2026"));
    CHECK(has_line(out, "- **Value:** ¥12,000,000"));
    CHECK(has_line(out, "- 2026-06 renewal at a 5% discount"));
    // The deal closes before the last day: the successor checks it was signed.
    CHECK(has_line(out,
                   "- The deal is due to be signed before the last day: check with 佐藤 that "
                   "it was."));
    // Blanks for the user, before the client's briefing.
    CHECK(has_line(out, "#### Contract terms (to fill in)"));
    CHECK(has_line(out, "佐藤 fills these in before the briefing on Thu 3 Dec 2026."));
    CHECK(has_line(out, "| Contract period and renewal date |  |"));
    CHECK(has_line(out, "| Pricing and discounts |  |"));
    CHECK(has_line(out, "| Payment terms |  |"));
    CHECK(has_line(out, "| SLA and support terms |  |"));
    CHECK(has_line(out, "| Other contacts at 株式会社アクメ |  |"));
    CHECK(has_line(out, "佐藤 fills these in before the briefing."));  // Globex: no brief task
    // Events by the last day, then after it; the successor's first tasks.
    CHECK(has_line(out, "- Tue 15 Dec 2026 — QBR"));
    CHECK(has_line(out, "- Wed 20 Jan 2027 — Annual contract renewal (after the last day)"));
    CHECK(has_line(out, "#### First tasks after the last day (鈴木 健)"));
    CHECK(has_line(out,
                   "- Mon 28 Dec 2026 — take over 株式会社アクメ: from that day its "
                   "questions and orders come to you."));
    // What the input left out becomes a question.
    CHECK(has_line(out,
                   "- Who is the day-to-day contact at 山田商店, and how do they like to be "
                   "reached?"));
    CHECK(has_line(out, "- Who decides and signs at Globex Corporation?"));
    CHECK(out.find("Who decides and signs at 株式会社アクメ") == std::string::npos);
    CHECK(has_line(out, "- What has happened with 山田商店 so far (orders, issues, promises)?"));
    CHECK(has_line(out, "- Which meetings, renewals or deadlines with 山田商店 are coming up?"));
    CHECK(has_line(out, "- Who will take over 山田商店? Ask the manager to decide."));
    CHECK(out.find("Who is the day-to-day contact at 株式会社アクメ") == std::string::npos);
    // Without the option, no documents.
    CHECK(render_markdown(s.plan, s.input, with_lang(RenderOptions{}, s.lang))
              .find("## Handover documents") == std::string::npos);
}

TEST_CASE("render_markdown: the handover document in Japanese") {
    const auto s = sample_for_successor(Lang::ja);
    RenderOptions options;
    options.with_docs = true;
    options.audience = Audience::successor;
    const std::string out = render_markdown(s.plan, s.input, with_lang(options, s.lang));
    CHECK(has_line(out, "- **決裁者:** 山田部長"));
    CHECK(has_line(out, "#### 引き継ぎ事項"));
    CHECK(has_line(out, "- **担当交代日:** 2026年12月28日(月)(同日に CRM の担当者を変更します)"));
    CHECK(has_line(out,
                   "- **その後のお問い合わせ先:** 佐藤 優(yu.sato@example.jp / 03-1234-5678、"
                   "2027年1月31日(日)まで)"));
    CHECK(has_line(out, "2026年12月3日(木)の事前説明までに佐藤が記入します。"));
    CHECK(has_line(out, "| 契約期間・更新日 |  |"));
    CHECK(has_line(out, "#### 最終出社日後に最初に行うこと(鈴木 健)"));
}

TEST_CASE("render_markdown: after the last day the manager answers when the user cannot") {
    auto s = sample_for_successor(Lang::en);
    RenderOptions options;
    options.with_docs = true;
    options.audience = Audience::successor;
    // support_until, else the end of employment, else the last day: only after the last day
    // is there anyone to ask.
    s.plan.support_until.reset();
    CHECK(has_line(render_markdown(s.plan, s.input, with_lang(options, s.lang)),
                   "- **Questions after that:** 佐藤 優 (yu.sato@example.jp · 03-1234-5678), "
                   "until Fri 15 Jan 2027"));
    // Employment ends on the last day: the manager answers instead of the user.
    s.plan.end_date = s.plan.last_day;
    CHECK(has_line(render_markdown(s.plan, s.input, with_lang(options, s.lang)),
                   "- **Questions after that:** 田中 部長 (the manager)"));
    s.plan.end_date = s.plan.last_day + date::days{1};
    CHECK(has_line(render_markdown(s.plan, s.input, with_lang(options, s.lang)),
                   "- **Questions after that:** 佐藤 優 (yu.sato@example.jp · 03-1234-5678), "
                   "until Sat 26 Dec 2026"));
    // Nobody to name: no line.
    s.plan.end_date = s.plan.last_day;
    s.plan.manager.clear();
    CHECK(
        render_markdown(s.plan, s.input, with_lang(options, s.lang)).find("Questions after that") ==
        std::string::npos);
}

TEST_CASE("render_markdown: an open deal closing after the last day is the successor's task") {
    auto s = sample_for_successor(Lang::en);
    s.plan.clients[0].expected_close = fixture::ymd(2027, 1, 12);
    RenderOptions options;
    options.with_docs = true;
    options.audience = Audience::successor;
    const std::string out = render_markdown(s.plan, s.input, with_lang(options, s.lang));
    CHECK(has_line(out, "- Open deal: the successor takes it over and carries it to the signing."));
    CHECK(has_line(out, "- Carry the open deal to the signing, expected on Tue 12 Jan 2027."));
    s.plan.clients[0].expected_close = s.plan.last_day;  // on the last day: still the user's
    const std::string on_last = render_markdown(s.plan, s.input, with_lang(options, s.lang));
    CHECK(on_last.find("Carry the open deal") == std::string::npos);
    CHECK(has_line(on_last,
                   "- The deal is due to be signed before the last day: check with 佐藤 "
                   "that it was."));
}

TEST_CASE("render_markdown: private notes only in the user's own documents, marked private") {
    for (const Lang lang : {Lang::en, Lang::ja}) {
        const auto s = sample_for_successor(lang);
        RenderOptions self;
        self.with_docs = true;
        self.audience = Audience::self;
        const std::string own = render_markdown(s.plan, s.input, with_lang(self, s.lang));
        CHECK(own.find("決裁者は部長") != std::string::npos);
        CHECK(has_line(own, lang == Lang::en ? "#### Private notes (not for the successor)"
                                             : "#### 非公開メモ(後任者には渡さないこと)"));
        for (Audience audience : {Audience::manager, Audience::successor}) {
            RenderOptions other = self;
            other.audience = audience;
            const std::string out = render_markdown(s.plan, s.input, with_lang(other, s.lang));
            CHECK(out.find("決裁者は部長") == std::string::npos);
            CHECK(out.find("Prefers calls after 3 pm") == std::string::npos);
            CHECK(out.find("Private notes") == std::string::npos);
            CHECK(out.find("非公開メモ") == std::string::npos);
            // Handover notes are for the successor and the manager alike.
            CHECK(out.find("Price revision agreed orally in October.") != std::string::npos);
        }
    }
}

TEST_CASE("render_markdown: drafts are included verbatim in code fences") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto s = sample_plan(lang);
        RenderOptions options;
        options.with_drafts = true;
        const std::string out = render_markdown(s.plan, s.input, with_lang(options, s.lang));
        for (const ClientPlan& cp : s.plan.clients) {
            const std::string draft = render_drafts(s.plan, s.input, lang, cp.id.str());
            REQUIRE_FALSE(draft.empty());
            CHECK(out.find("```text\n" + draft + "```\n") != std::string::npos);
        }
    }
}

TEST_CASE("render_markdown: output is deterministic") {
    const auto s = sample_plan(Lang::ja);
    RenderOptions options;
    options.with_docs = options.with_drafts = true;
    CHECK(render_markdown(s.plan, s.input, with_lang(options, s.lang)) ==
          render_markdown(s.plan, s.input, with_lang(options, s.lang)));
}

TEST_CASE("render_markdown: each task's reason under it, left out with --no-why") {
    const auto s = sample_plan(Lang::en);
    RenderOptions options;
    const std::string out = render_markdown(s.plan, s.input, with_lang(options, s.lang));
    // A hard break after the id comment, then the reason inside the same list item.
    CHECK(out.find("- [ ] Tell 株式会社アクメ about your departure — in person · 1.5h "
                   "<!-- id: acme/notify -->  \n"
                   "  ↳ the first working day after the deal closes\n") != std::string::npos);
    CHECK(out.find("<!-- id: yamada/introduce -->  \n"
                   "  ↳ no successor named: nobody to introduce\n") != std::string::npos);
    const auto ja = sample_plan(Lang::ja);
    CHECK(render_markdown(ja.plan, ja.input, with_lang(options, ja.lang))
              .find("<!-- id: acme/notify -->  \n  ↳ 成約日の翌営業日\n") != std::string::npos);

    options.with_why = false;
    const std::string bare = render_markdown(s.plan, s.input, with_lang(options, s.lang));
    CHECK(bare.find("↳") == std::string::npos);
    CHECK(bare.find("-->  \n") == std::string::npos);
    CHECK(bare.find("- [ ] Tell 株式会社アクメ about your departure — in person · 1.5h "
                    "<!-- id: acme/notify -->\n- [ ] ") != std::string::npos);

    // A reason is one escaped line: it cannot open a block or end the item.
    auto hostile = sample_plan(Lang::en);
    hostile.plan.tasks[0].note = hostile.plan.text("line\n# heading\n- [ ] fake <!-- id: x -->");
    const std::string escaped =
        render_markdown(hostile.plan, hostile.input, with_lang(RenderOptions{}, Lang::en));
    check_one_line_per_task(hostile.plan, escaped);
    const std::string why = "  ↳ " + markdown_escape(hostile.plan.tasks[0].note.str()) + "\n";
    CHECK(why.find('\n') == why.size() - 1);
    CHECK(escaped.find("<!-- id: consult-manager -->  \n" + why) != std::string::npos);
    CHECK(escaped.find("\n- [ ] fake") == std::string::npos);
}

TEST_CASE("render_markdown: the chart puts each task under its own step") {
    const auto s = sample_plan(Lang::en);
    const auto chart =
        gantt_lines(render_markdown(s.plan, s.input, with_lang(RenderOptions{}, s.lang)));
    int section = 0;
    std::map<std::string, int> step_of_bar;
    for (const std::string& line : chart) {
        if (line.starts_with("    section ")) {
            const char digit = line[12];
            section = digit >= '1' && digit <= '6' ? digit - '0' : 0;
        } else if (line.find(" :") != std::string::npos && !line.starts_with("    title")) {
            step_of_bar[line.substr(4, line.find(" :") - 4)] = section;
        }
    }
    for (const Task& t : s.plan.tasks) {
        if (!t.date || t.kind == TaskKind::weekly_review) continue;  // reviews share a title
        const std::string title = mermaid_label(t.subject.str());
        INFO(t.id.str() << " " << title);
        REQUIRE(step_of_bar.contains(title));
        CHECK(step_of_bar[title] == t.step);
    }
}

TEST_CASE("render_markdown: weekly reviews of weeks with no working day left are not listed") {
    auto s = sample_plan(Lang::en);
    Task idle = s.plan.tasks[3];  // weekly-review/2026-W49
    REQUIRE(idle.kind == TaskKind::weekly_review);
    idle.id = s.plan.text("weekly-review/2026-W53");
    idle.date.reset();
    idle.status = TaskStatus::unscheduled;
    idle.note = s.plan.text("no working day left in the week");
    Task busy = idle;  // a week with open days but no room: still work to place, warned
    busy.id = s.plan.text("weekly-review/2026-W52");
    busy.note = s.plan.text("no room");
    s.plan.tasks.push_back(idle);
    s.plan.tasks.push_back(busy);
    s.plan.warnings.push_back(worded_warning(WarningCode::over_capacity, Severity::info, Text(),
                                             busy.id, "No room for the review."));

    for (GroupBy group : {GroupBy::date, GroupBy::step, GroupBy::client}) {
        RenderOptions options;
        options.group_by = group;
        const std::string out = render_markdown(s.plan, s.input, with_lang(options, s.lang));
        CHECK(out.find("weekly-review/2026-W53") == std::string::npos);
        CHECK(out.find("<!-- id: weekly-review/2026-W52 -->") != std::string::npos);
        // Counted as the list shows them: 18 tasks with 2 unscheduled, not 19 with 3.
        CHECK(out.find("Tasks: 18 (done 1, unscheduled 2)") != std::string::npos);
    }

    // Only the idle review in the Unscheduled group: the heading goes as well.
    auto alone = sample_plan(Lang::en);
    std::erase_if(alone.plan.tasks, [](const Task& t) { return !t.date; });
    alone.plan.tasks.push_back(idle);
    const std::string out =
        render_markdown(alone.plan, alone.input, with_lang(RenderOptions{}, alone.lang));
    CHECK_FALSE(has_line(out, "### Unscheduled"));
    CHECK(out.find("weekly-review/2026-W53") == std::string::npos);
}

TEST_CASE("render_markdown: the agenda of the talk with the manager is a list under its task") {
    auto s = sample_plan(Lang::en);
    s.plan.worded_points["consult-manager"] = {"Ask about PTO", "Check the *non-compete*"};
    const std::string own = render_markdown(s.plan, s.input, with_lang(RenderOptions{}, s.lang));
    const std::size_t at = own.find("<!-- id: consult-manager -->");
    REQUIRE(at != std::string::npos);
    const std::string rest = own.substr(at);
    // A hard break to the heading, then a list inside the task's item.
    CHECK(rest.find("  \n  Agenda:\n  - Ask about PTO\n  - Check the \\*non-compete\\*\n") !=
          std::string::npos);
    for (const Audience audience : {Audience::manager, Audience::successor}) {
        RenderOptions options;
        options.audience = audience;
        const std::string seen =
            render_markdown(for_audience(s.plan, audience), s.input, with_lang(options, s.lang));
        CHECK(seen.find("<!-- id: consult-manager -->") != std::string::npos);
        CHECK(seen.find("Agenda:") == std::string::npos);
        CHECK(seen.find("PTO") == std::string::npos);
    }
}
