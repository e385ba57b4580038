// Reading ticked boxes back from a Markdown checklist.
#include <catch2/catch.hpp>

#include "handover/markdown_ticks.hpp"
#include "handover/render.hpp"
#include "sample_plan.hpp"

using handover::read_task_ticks;
using handover::TaskTick;

namespace {

bool same(const TaskTick& tick, std::size_t line, const char* id, bool ticked) {
    return tick.line == line && tick.id == id && tick.ticked == ticked;
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
            const auto ticks =
                read_task_ticks(handover::render_markdown(sample.plan, sample.input, options));
            REQUIRE(ticks.size() == sample.plan.tasks.size());
            for (const auto& tick : ticks) {
                const handover::Task* task = sample.plan.find(tick.id);
                REQUIRE(task != nullptr);
                CHECK(tick.ticked == (task->status == handover::TaskStatus::done));
            }
        }
    }
}
