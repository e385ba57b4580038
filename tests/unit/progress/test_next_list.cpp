// `next`: which tasks are listed, which are overdue on either basis, and how they read.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/text_pool.hpp"
#include "handover/progress/next_list.hpp"

namespace {

using namespace handover;

Day d(const char* iso) {
    return *parse_iso_date(iso);
}

// Texts made at run time. A NextList holds copies of the plan's tasks, and several tests
// build the list from a temporary plan, so the texts live in a pool that outlives them all.
Text kept(std::string_view text) {
    static TextPool pool;
    return pool.intern(text);
}

Task task(std::string_view id, std::optional<Day> date, double hours = 1,
          TaskStatus status = TaskStatus::todo) {
    Task t;
    t.id = kept(id);
    t.subject = kept("Do " + t.id.str());
    t.date = date;
    t.hours = hours;
    t.status = date ? status : TaskStatus::unscheduled;
    t.note = kept("because " + t.id.str());
    return t;
}

/// Today is Mon 7 Dec 2026.
Plan today_plan() {
    Plan p;
    p.worded = true;  // made by hand: its tasks and warnings carry their words
    p.today = d("2026-12-07");
    p.last_day = d("2026-12-25");
    p.tasks = {task("consult-manager", d("2026-11-27"), 1, TaskStatus::done),
               task("acme/notify", d("2026-12-07"), 1.5),
               task("decide-method", d("2026-12-07"), 0.5),
               task("beta/notify", d("2026-12-10"), 0.25),
               task("acme/introduce", d("2026-12-14")),
               task("gamma/introduce", d("2026-12-21")),
               task("gamma/follow-up", std::nullopt)};
    p.warnings = {worded_warning(WarningCode::no_time_for_intro, Severity::error, "gamma",
                                 "gamma/introduce", "too late"),
                  worded_warning(WarningCode::method_too_weak, Severity::warning, "beta",
                                 "beta/notify", "weak"),
                  worded_warning(WarningCode::incomplete_handover, Severity::info, "beta",
                                 "beta/notify", "no history"),
                  worded_warning(WarningCode::over_capacity, Severity::error, Text(),
                                 "share-handover", "no room")};
    return p;
}

std::vector<std::string> ids(const std::vector<NextItem>& items) {
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(item.task.id.str());
    return out;
}

}  // namespace

TEST_CASE("next_list: the coming days, without done or unscheduled work") {
    const NextList list = build_next_list(today_plan(), Lang::en, 7);
    CHECK(list.today == d("2026-12-07"));
    CHECK(list.until == d("2026-12-14"));
    CHECK(ids(list.upcoming) == std::vector<std::string>{"acme/notify", "decide-method",
                                                         "beta/notify", "acme/introduce"});
    // Notes are facts, not problems: only warnings and errors are attached to a task.
    REQUIRE(list.upcoming[2].warnings.size() == 1);
    CHECK(list.upcoming[2].warnings[0].code == WarningCode::method_too_weak);
    CHECK(build_next_list(today_plan(), Lang::en, 0).upcoming.size() == 2);
    CHECK(build_next_list(today_plan(), Lang::en, 3).until == d("2026-12-10"));
}

TEST_CASE("next_list: without an earlier plan, late rules make a task overdue") {
    const NextList list = build_next_list(today_plan(), Lang::en, 7);
    CHECK(list.basis == OverdueBasis::late_rules);
    CHECK(ids(list.overdue) == std::vector<std::string>{"gamma/introduce"});
    CHECK(!list.overdue[0].planned);
    CHECK(list.errors.size() == 2);
    CHECK(list.needs_attention());
}

TEST_CASE("next_list: with an earlier plan, its dates before today are what is overdue") {
    Plan earlier = today_plan();
    earlier.today = d("2026-11-30");
    earlier.tasks = {task("consult-manager", d("2026-11-27"), 1, TaskStatus::done),
                     task("acme/notify", d("2026-12-03"), 1.5),    // missed: overdue
                     task("decide-method", d("2026-12-07"), 0.5),  // due today: not overdue
                     task("beta/notify", d("2026-12-01"), 0.25),   // missed: overdue
                     task("gone/notify", d("2026-12-01"))};        // not in today's plan
    Plan plan = today_plan();
    plan.warnings.clear();
    const NextList list = build_next_list(plan, Lang::en, 7, &earlier);
    CHECK(list.basis == OverdueBasis::earlier_plan);
    CHECK(ids(list.overdue) == std::vector<std::string>{"acme/notify", "beta/notify"});
    CHECK(list.overdue[0].planned == d("2026-12-03"));
    CHECK(ids(list.upcoming) == std::vector<std::string>{"decide-method", "acme/introduce"});
    CHECK(list.errors.empty());
    CHECK(list.needs_attention());

    // Once done, a missed task is no longer overdue.
    plan.tasks[1].status = TaskStatus::done;
    plan.tasks[3].status = TaskStatus::done;
    const NextList after = build_next_list(plan, Lang::en, 7, &earlier);
    CHECK(after.overdue.empty());
    CHECK(!after.needs_attention());
}

TEST_CASE("next_list: the text a person reads") {
    Plan earlier = today_plan();
    earlier.tasks = {task("acme/notify", d("2026-12-03"), 1.5)};
    Plan plan = today_plan();
    plan.warnings = {
        worded_warning(WarningCode::notify_late, Severity::error, "acme", "acme/notify", "late")};
    plan.tasks.resize(4);
    const NextList list = build_next_list(plan, Lang::en, 7, &earlier);
    CHECK(render_next_text(list, Lang::en) ==
          "To do from Mon 7 Dec 2026 to Mon 14 Dec 2026\n"
          "\n"
          "Overdue (1), planned again from today:\n"
          "  - Do acme/notify (1.5 h)  [acme/notify]\n"
          "      was planned for Thu 3 Dec 2026, now Mon 7 Dec 2026\n"
          "      why: because acme/notify\n"
          "      ! [error] NOTIFY_LATE acme: late\n"
          "\n"
          "Mon 7 Dec 2026 (today)\n"
          "  - Do decide-method (0.5 h)  [decide-method]\n"
          "Thu 10 Dec 2026\n"
          "  - Do beta/notify (0.25 h)  [beta/notify]\n");
    const std::string ja = render_next_text(list, Lang::ja);
    CHECK(ja.starts_with("2026年12月7日(月) から 2026年12月14日(月) までに行うこと\n"));
    CHECK(ja.find("当初の予定は 2026年12月3日(木)、新しい予定は 2026年12月7日(月) です") !=
          std::string::npos);
    CHECK(ja.find("2026年12月7日(月)(今日)\n") != std::string::npos);
}

TEST_CASE("next_list: errors not tied to a listed task are listed at the end") {
    const std::string text = render_next_text(build_next_list(today_plan(), Lang::en, 7), Lang::en);
    CHECK(text.find("      past its deadline; now planned for Mon 21 Dec 2026\n") !=
          std::string::npos);
    CHECK(text.ends_with("\nThe plan is not feasible (1):\n  ! [error] OVER_CAPACITY: no room\n"));
}

TEST_CASE("next_list: nothing to do is said plainly") {
    Plan plan;
    plan.today = d("2026-12-07");
    plan.last_day = d("2026-12-25");
    const NextList list = build_next_list(plan, Lang::en, 7);
    CHECK(!list.needs_attention());
    CHECK(render_next_text(list, Lang::en) ==
          "To do from Mon 7 Dec 2026 to Mon 14 Dec 2026\n\nNothing planned for these days.\n");
}

TEST_CASE("next_list: the JSON for scripts") {
    const auto json =
        nlohmann::json::parse(render_next_json(build_next_list(today_plan(), Lang::en, 7)));
    CHECK(json["schema_version"] == 1);
    CHECK(json["today"] == "2026-12-07");
    CHECK(json["until"] == "2026-12-14");
    CHECK(json["days"] == 7);
    CHECK(json["overdue_basis"] == "late-rules");
    REQUIRE(json["overdue"].size() == 1);
    CHECK(json["overdue"][0]["id"] == "gamma/introduce");
    CHECK(json["overdue"][0]["date"] == "2026-12-21");
    CHECK(json["overdue"][0]["planned_date"].is_null());
    CHECK(json["overdue"][0]["warnings"][0]["code"] == "NO_TIME_FOR_INTRO");
    REQUIRE(json["upcoming"].size() == 4);
    CHECK(json["upcoming"][0] == nlohmann::json{{"id", "acme/notify"},
                                                {"title", "Do acme/notify"},
                                                {"client", nullptr},
                                                {"date", "2026-12-07"},
                                                {"hours", 1.5},
                                                {"status", "todo"},
                                                {"why", "because acme/notify"},
                                                {"warnings", nlohmann::json::array()}});
    CHECK(json["errors"].size() == 2);
}
