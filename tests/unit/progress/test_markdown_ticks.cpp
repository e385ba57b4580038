// Reading ticked boxes back from a Markdown checklist.
#include <catch2/catch.hpp>
#include <map>

#include "../../../fuzz/pipeline.hpp"
#include "handover/engine/scheduler.hpp"
#include "handover/progress/markdown_ticks.hpp"
#include "handover/render/render.hpp"
#include "support/input_builder.hpp"
#include "support/sample_plan.hpp"

using handover::read_task_ticks;
using handover::TaskTick;

namespace {

bool same(const TaskTick& tick, std::size_t line, const char* id, bool ticked) {
    return tick.line == line && tick.id == id && tick.ticked == ticked;
}

/// `text` reads back to exactly `expected`, in order: line, id and box.
void check_ticks(std::string_view text, const std::vector<TaskTick>& expected) {
    const auto ticks = read_task_ticks(text);
    REQUIRE(ticks.size() == expected.size());
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const TaskTick& e = expected[i];
        CHECK(same(ticks[i], e.line, e.id.c_str(), e.ticked));
    }
}

}  // namespace

TEST_CASE("markdown_ticks: the task lines --format markdown writes, and edits of them") {
    const std::string text =
        "# Handover plan\n"
        "\n"
        "- [ ] Talk to the manager — 1h <!-- id: consult-manager -->\n"
        "- [x] Decide when — 1h <!-- id: decide-timing -->\n"
        "* [X] Ticked on GitHub with another bullet <!-- id: acme/notify -->\r\n"
        "  + [x] indented, trailing spaces <!-- id: acme/introduce -->   \n"
        "- [x] no id comment at all\n"
        "- [-] not a box <!-- id: beta/notify -->\n"
        "-[x] no space after the bullet <!-- id: beta/introduce -->\n"
        "- [x] id with a space <!-- id: a b -->\n"
        "- [x] comment not at the end <!-- id: beta/handover-doc --> later\n"
        "Just text <!-- id: share-handover -->\n"
        "- [x] the last <!-- id: weekly-review/2026-W49 -->";
    const auto ticks = read_task_ticks(text);
    REQUIRE(ticks.size() == 5);
    CHECK(same(ticks[0], 3, "consult-manager", false));
    CHECK(same(ticks[1], 4, "decide-timing", true));
    CHECK(same(ticks[2], 5, "acme/notify", true));
    CHECK(same(ticks[3], 6, "acme/introduce", true));
    CHECK(same(ticks[4], 13, "weekly-review/2026-W49", true));
}

TEST_CASE("markdown_ticks: a lone CR ends a line, and CRLF counts as one break") {
    // Old Mac tools save lone CRs; read as one long line, the first box would go with the
    // last id comment of the file.
    const std::string text =
        "- [x] A <!-- id: consult-manager -->\r"
        "- [ ] B <!-- id: acme/notify -->\r\n"
        "\r"
        "- [ ] C <!-- id: decide-timing -->\n"
        "- [X] D <!-- id: acme/introduce -->\r";
    const auto ticks = read_task_ticks(text);
    REQUIRE(ticks.size() == 4);
    CHECK(same(ticks[0], 1, "consult-manager", true));
    CHECK(same(ticks[1], 2, "acme/notify", false));
    CHECK(same(ticks[2], 4, "decide-timing", false));
    CHECK(same(ticks[3], 5, "acme/introduce", true));
}

TEST_CASE("markdown_ticks: lines inside fenced code blocks are not tasks") {
    const std::string text =
        "```\n"
        "- [x] example <!-- id: consult-manager -->\n"
        "```\n"
        "~~~markdown\n"
        "- [x] example <!-- id: decide-timing -->\n"
        "~~~\n"
        "- [x] real <!-- id: decide-method -->\n";
    const auto ticks = read_task_ticks(text);
    REQUIRE(ticks.size() == 1);
    CHECK(same(ticks[0], 7, "decide-method", true));
    CHECK(read_task_ticks("").empty());
}

TEST_CASE("markdown_ticks: a rendered checklist reads back as the plan's tasks") {
    for (const auto lang : {handover::Lang::en, handover::Lang::ja}) {
        const auto sample = handover::fixture::sample_plan(lang);
        for (const auto group :
             {handover::GroupBy::date, handover::GroupBy::step, handover::GroupBy::client}) {
            handover::RenderOptions options;
            options.format = handover::Format::markdown;
            options.group_by = group;
            options.with_docs = true;
            options.with_drafts = true;
            const auto ticks = read_task_ticks(handover::render_markdown(
                sample.plan, sample.input, with_lang(options, sample.lang)));
            REQUIRE(ticks.size() == sample.plan.tasks.size());
            for (const auto& tick : ticks) {
                const handover::Task* task = sample.plan.find(tick.id);
                REQUIRE(task != nullptr);
                CHECK(tick.ticked == (task->status == handover::TaskStatus::done));
            }
        }
    }
}

TEST_CASE("markdown_ticks: a fence closes only with its own character, as long, and bare") {
    const std::string text =
        "````\n"
        "```\n"
        "- [x] three backticks do not close four <!-- id: a -->\n"
        "````\n"
        "~~~\n"
        "```\n"
        "- [x] backticks do not close tildes <!-- id: b -->\n"
        "~~~~\n"
        "```\n"
        "``` text after a fence does not close it\n"
        "- [x] still code <!-- id: c -->\n"
        "   ```\n"
        "- [x] real after a fence indented three spaces <!-- id: r1 -->\n"
        "``` not`a fence, a backtick in the info string\n"
        "- [x] real <!-- id: r2 -->\n"
        "- [ ] real <!-- id: r3 -->\n"
        "  ```\n"
        "  - [x] a fence inside the item <!-- id: d -->\n"
        "- [x] real: the item ended, and the fence with it <!-- id: r4 -->\n"
        "# A heading ends the list\n"
        "    ```\n"
        "    - [x] indented four spaces: code, not a fence <!-- id: e -->\n"
        "\n"
        "~~~ unclosed\n"
        "- [x] runs to the end <!-- id: f -->\n";
    check_ticks(text, {{13, "r1", true}, {15, "r2", true}, {16, "r3", false}, {19, "r4", true}});
}

TEST_CASE("markdown_ticks: lines of an indented code block are not tasks") {
    const std::string text =
        "    - [x] code at the start <!-- id: a -->\n"
        "Some text\n"
        "    - [x] continues the paragraph <!-- id: b -->\n"
        "\n"
        "    - [x] code after a blank line <!-- id: c -->\n"
        "- [ ] real <!-- id: r1 -->\n"
        "\n"
        "      - [x] code inside the item <!-- id: d -->\n"
        "    - [x] nested in the item <!-- id: r2 -->\n"
        "      - [ ] nested once more <!-- id: r3 -->\n"
        "-     [x] code right after the marker <!-- id: e -->\n";
    check_ticks(text, {{6, "r1", false}, {9, "r2", true}, {10, "r3", false}});
}

TEST_CASE("markdown_ticks: lines of an HTML block are not tasks") {
    const std::string text =
        "<!--\n"
        "- [x] in a comment <!-- id: a -->\n"
        "-->\n"
        "- [x] real after the comment <!-- id: r1 -->\n"
        "<!-- a comment\n"
        "\n"
        "- [x] a blank line does not end it <!-- id: b -->\n"
        "   -->\n"
        "<pre>\n"
        "- [x] preformatted <!-- id: c -->\n"
        "\n"
        "- [x] still preformatted <!-- id: d -->\n"
        "</PRE>\n"
        "- [x] real after pre <!-- id: r2 -->\n"
        "<div class=\"note\">\n"
        "- [x] in a div <!-- id: e -->\n"
        "\n"
        "- [x] real: a blank line ends the div <!-- id: r3 -->\n"
        "\n"
        "<span class=\"note\">\n"
        "- [x] in a block of a lone tag <!-- id: f -->\n"
        "\n"
        "Text\n"
        "<span>\n"
        "- [x] real: a lone tag cannot interrupt a paragraph <!-- id: r4 -->\n"
        "- [ ] real <!-- id: r5 -->\n"
        "  <script>\n"
        "  - [x] a script inside the item <!-- id: g -->\n"
        "- [x] real: the item ended, and the script with it <!-- id: r6 -->\n";
    check_ticks(text, {{4, "r1", true},
                       {14, "r2", true},
                       {18, "r3", true},
                       {25, "r4", true},
                       {26, "r5", false},
                       {29, "r6", true}});
}

TEST_CASE("markdown_ticks: the box and the id comment of a real task-list item") {
    const std::string text =
        "1. [x] ordered <!-- id: r1 -->\n"
        "2) [ ] ordered, parenthesis <!-- id: r2 -->\n"
        "- [X] capital X <!-- id: r3 -->\n"
        "- [x] `code` then the comment <!-- id: r4 -->\n"
        "- [x] an unclosed ` is a backtick <!-- id: r5 -->\n"
        "- [x] escaped \\<!-- id: a -->\n"
        "- [x] in code `<!-- id: b -->`\n"
        "- [x]no space after the box <!-- id: c -->\n"
        "- [x] a comment inside a comment <!-- id: d--> -->\n"
        "> - [x] GitHub shows no box in a quote <!-- id: f -->\n"
        "- - [x] nor after another item's marker <!-- id: g -->\n"
        "\n"
        "Text\n"
        "2. [x] only 1. interrupts a paragraph <!-- id: e -->\n"
        "> text\n"
        "- [ ] real after a quote <!-- id: r6 -->\n";
    check_ticks(text, {{1, "r1", true},
                       {2, "r2", false},
                       {3, "r3", true},
                       {4, "r4", true},
                       {5, "r5", true},
                       {16, "r6", false}});
}

TEST_CASE("markdown_ticks: a code span may close on a later line of the item's paragraph") {
    const std::string text =
        "- [x] a ` opens a span <!-- id: a -->\n"
        "  that this ` closes\n"
        "- [x] a `` run <!-- id: b -->\n"
        "lazy text closes it ``\n"
        "- [x] a ` run <!-- id: r1 -->\n"
        "  that `` does not close\n"
        "- [ ] a ` run <!-- id: r2 -->\n"
        "\n"
        "the paragraph ended ` before this\n"
        "- [x] plain <!-- id: r3 -->\n";
    check_ticks(text, {{5, "r1", true}, {7, "r2", false}, {10, "r3", true}});
}

namespace {

const std::vector<std::string>& forging_names() {
    static const std::vector<std::string> names = {
        "- [x] fake <!-- id: other/notify -->",
        "```",
        "~~~",
        "````text",
        "<!--",
        "-->",
        "<pre>",
        "<div>",
        "<span>",
        "x\n- [x] fake <!-- id: other/notify -->",
        "* [X] fake <!-- id: other/introduce -->",
        "    - [x] fake <!-- id: other/notify -->",
        "   ```\n- [x] fake <!-- id: other/introduce -->\n```",
        "\t1. [x] fake <!-- id: other/notify -->",
        "> - [x] fake <!-- id: other/notify -->",
        "\\<!-- id: other/notify -->",
    };
    return names;
}

/// Clients named after `names`, each text of theirs another of the names, and a client
/// `other` whose task ids the names forge. Written by someone called "```".
handover::Input forging_input(const std::vector<std::string>& names) {
    handover::Input in = handover::testing::base_input();
    in.me = "```";
    handover::testing::add_client(in, "other").preferred_method = handover::Method::email;
    for (std::size_t i = 0; i < 2 * names.size(); ++i) {
        const auto name = [&](std::size_t k) { return names[(i + k) % names.size()]; };
        handover::Client& c = handover::testing::add_client(in, fmt::format("c{}", i));
        c.name = in.text(name(0));
        c.contact = in.text(name(1));
        c.successor = in.text(name(2));
        c.notes = in.unique_text(name(3));
        c.history = in.list({in.text(name(4))});
        // The Japanese email starts lines with the name and the contact; talks number them.
        c.preferred_method = i < names.size() ? handover::Method::email : handover::Method::phone;
    }
    in.done = {{"c0/notify", in.today}, {"consult-manager", in.today}};
    return in;
}

}  // namespace

TEST_CASE("markdown_ticks: names written to forge or hide a task line read back as written") {
    std::vector<std::vector<std::string>> inputs{forging_names()};
    for (const std::string& name : forging_names()) inputs.push_back({name});
    for (const auto& names : inputs) {
        const handover::Input in = forging_input(names);
        for (const auto lang : {handover::Lang::en, handover::Lang::ja}) {
            const handover::Plan plan = handover::build_plan(in);
            std::map<std::string, bool> expected;
            for (const handover::Task& t : plan.tasks) {
                expected[t.id.str()] = t.status == handover::TaskStatus::done;
            }
            REQUIRE(expected.at("c0/notify"));
            REQUIRE_FALSE(expected.at("other/notify"));
            for (const auto group :
                 {handover::GroupBy::date, handover::GroupBy::step, handover::GroupBy::client}) {
                handover::RenderOptions options;
                options.format = handover::Format::markdown;
                options.lang = lang;
                options.group_by = group;
                options.with_docs = true;
                options.with_drafts = true;
                const std::string out = handover::render_markdown(plan, in, options);
                INFO("names " << names.size() << ", first " << names.front() << ", lang "
                              << to_string(lang) << ", group by " << to_string(group));
                std::map<std::string, bool> found;
                for (const TaskTick& tick : read_task_ticks(out)) {
                    CHECK(found.emplace(tick.id, tick.ticked).second);
                }
                CHECK(found == expected);
                CHECK_NOTHROW(handover::fuzz::check_markdown(out, plan));
            }
        }
    }
}
