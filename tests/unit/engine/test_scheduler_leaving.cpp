// Rule 11 of SPEC section 3, around the manager and the last day: the resignation letter,
// the support agreement, the final check with the successor and the farewell, on
// hand-computed dates, and SUPPORT_AFTER_END on each side of the end of employment.
//
// Unless a test says otherwise: today Fri 20 Nov 2026, last day Fri 25 Dec 2026, Mon-Fri,
// 3 h and 2 meetings a day, no holidays. The talk with the manager (1 h) and both decisions
// (1 h + 0.5 h) take 2.5 h of Fri 20 Nov; the resignation letter (0.5 h) comes on the next
// working day, Mon 23 Nov. The notification window runs from Wed 25 Nov to Fri 11 Dec.
#include <catch2/catch.hpp>

#include "handover/engine/scheduler.hpp"
#include "handover/engine/task_ids.hpp"
#include "handover/render/plan_texts.hpp"
#include "support/input_builder.hpp"
#include "support/plan_lookup.hpp"
#include "support/text_strings.hpp"

using namespace handover;
using handover::testing::add_client;
using handover::testing::base_input;
using handover::testing::d;
using handover::testing::date_of;
using handover::testing::strings;
using handover::testing::task;

namespace {

int count_code(const Plan& plan, WarningCode code) {
    int n = 0;
    for (const Warning& w : plan.warnings) n += w.code == code ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("rule 11: the letter the working day after the talk, the farewell on the last day",
          "[scheduler][rule11]") {
    Input in = base_input();
    add_client(in, "a");
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "consult-manager") == "2026-11-20");
    // The manager confirms the dates first: the next working day (Fri -> Mon).
    CHECK(date_of(plan, "resignation-letter") == "2026-11-23");
    CHECK(task(plan, "resignation-letter").rule == Rule::letter);
    CHECK(task(plan, "resignation-letter").step == 1);
    CHECK(strings(task(plan, "resignation-letter").depends_on) ==
          std::vector<std::string>{"consult-manager"});
    CHECK(date_of(plan, "farewell") == "2026-12-25");
    CHECK(task(plan, "farewell").reason == Reason::farewell);
    CHECK(task(plan, "farewell").rule == Rule::last_day);
    // No support offered: no agreement to make.
    CHECK(plan.find("support-agreement") == nullptr);

    SECTION("Monday without room: the first working day after it that has") {
        in.calendar.blocked.push_back(BlockedTime{d("2026-11-23"), std::nullopt, "leave"});
        const Plan tight = build_plan(in);
        CHECK(date_of(tight, "resignation-letter") == "2026-11-24");
        in.calendar.blocked.back().hours = 2.5;  // exactly the letter's half hour left
        CHECK(date_of(build_plan(in), "resignation-letter") == "2026-11-23");
    }
    SECTION("the talk on the last day: the letter on that day, no later day being left") {
        Input last = base_input("2026-12-25", "2026-12-25");
        const Plan same = build_plan(last);
        CHECK(date_of(same, "consult-manager") == "2026-12-25");
        CHECK(date_of(same, "resignation-letter") == "2026-12-25");
        CHECK(task(same, "resignation-letter").rule == Rule::letter);
    }
    SECTION("a closed last day: the farewell on the working day before it") {
        in.calendar.blocked.push_back(BlockedTime{d("2026-12-25"), std::nullopt, "off"});
        const Plan closed = build_plan(in);
        CHECK(date_of(closed, "farewell") == "2026-12-24");
        CHECK(task(closed, "farewell").reason == Reason::farewell_early);
        for (const Task& t : closed.tasks) CHECK((!t.date || *t.date <= d("2026-12-25")));
    }
    SECTION("the last day with exactly the farewell's half hour is still the last day") {
        in.calendar.blocked.push_back(BlockedTime{d("2026-12-25"), 2.5, "busy"});
        const Plan half = build_plan(in);
        CHECK(date_of(half, "farewell") == "2026-12-25");
        in.calendar.blocked.back().hours = 2.75;  // 15 minutes left: too little
        const Plan less = build_plan(in);
        CHECK(date_of(less, "farewell") == "2026-12-24");
    }
}

TEST_CASE("rule 11: the support agreement before the first client hears", "[scheduler][rule11]") {
    Input in = base_input();
    add_client(in, "a");
    in.support_until = d("2026-12-25");
    const Plan plan = build_plan(in);
    // The next working day after the talk, Mon 23 Nov (with the letter), before any
    // announcement (the window opens on Wed 25 Nov).
    CHECK(date_of(plan, "support-agreement") == "2026-11-23");
    const Task& support = task(plan, "support-agreement");
    CHECK(support.reason == Reason::support);
    CHECK(support.with == with_people::manager);
    CHECK(support.step == 4);
    CHECK(*support.date < *task(plan, "a/notify").date);
    CHECK(count_code(plan, WarningCode::support_after_end) == 0);
}

TEST_CASE("rule 11: SUPPORT_AFTER_END on each side of the end of employment",
          "[scheduler][rule11]") {
    Input in = base_input();
    add_client(in, "a");
    SECTION("with an end date after the last day (paid leave)") {
        in.end_date = d("2027-01-15");
        in.support_until = d("2027-01-15");
        CHECK(count_code(build_plan(in), WarningCode::support_after_end) == 0);
        in.support_until = d("2027-01-16");
        const Plan plan = build_plan(in);
        REQUIRE(count_code(plan, WarningCode::support_after_end) == 1);
        for (const Warning& w : plan.warnings) {
            if (w.code != WarningCode::support_after_end) continue;
            CHECK(w.severity == Severity::warning);
            CHECK(w.first == d("2027-01-16"));
            CHECK(w.second == d("2027-01-15"));
            CHECK(std::string_view(w.task) == "support-agreement");
            const std::string en = warning_message(Lang::en, plan, w);
            const std::string ja = warning_message(Lang::ja, plan, w);
            CHECK(en.find("16 Jan 2027") != std::string::npos);
            CHECK(en.find("15 Jan 2027") != std::string::npos);
            CHECK(ja.find("2027年1月15日") != std::string::npos);
        }
    }
    SECTION("without an end date, employment ends on the last day") {
        in.support_until = d("2026-12-25");
        CHECK(count_code(build_plan(in), WarningCode::support_after_end) == 0);
        in.support_until = d("2026-12-26");
        CHECK(count_code(build_plan(in), WarningCode::support_after_end) == 1);
    }
}

TEST_CASE("rule 11: the final check two working days before the last day, after the meetings",
          "[scheduler][rule11]") {
    Input in = base_input();
    add_client(in, "a");
    const Plan plan = build_plan(in);
    // Wed 23 Dec is two working days before Fri 25 Dec; the one joint visit is in the window.
    CHECK(date_of(plan, "final-check") == "2026-12-23");
    const Task& check = task(plan, "final-check");
    CHECK(check.reason == Reason::final_check);
    CHECK(check.with == with_people::successor);
    CHECK(strings(check.depends_on) == std::vector<std::string>{"share-handover"});
    CHECK(*task(plan, "a/notify").date < *check.date);

    SECTION("a meeting with the successor on Wed 23 Dec: the final check the day after") {
        Client& s = add_client(in, "s");
        s.relationship = Relationship::strong;  // the successor joins its events
        s.next_events = {Event{d("2026-12-23"), in.text("review"), 1}};
        const Plan later = build_plan(in);
        CHECK(date_of(later, "s/event/2026-12-23") == "2026-12-23");
        CHECK(date_of(later, "final-check") == "2026-12-24");
        CHECK(task(later, "final-check").reason == Reason::final_check);
    }
    SECTION("a meeting on Thu 24 Dec: the same day, after it") {
        Client& s = add_client(in, "s");
        s.relationship = Relationship::strong;
        s.next_events = {Event{d("2026-12-24"), in.text("review"), 1}};
        const Plan same = build_plan(in);
        CHECK(date_of(same, "final-check") == "2026-12-24");
        CHECK(task(same, "final-check").reason == Reason::final_check);
    }
    SECTION("a meeting that fills Thu 24 Dec: the final check before it, and the why says so") {
        Client& s = add_client(in, "s");
        s.relationship = Relationship::strong;
        s.next_events = {Event{d("2026-12-24"), in.text("review"), 3}};
        const Plan early = build_plan(in);
        CHECK(date_of(early, "final-check") == "2026-12-23");
        CHECK(task(early, "final-check").reason == Reason::final_check_early);
        CHECK(task_why(Lang::en, early, task(early, "final-check")).find("before some") !=
              std::string::npos);
    }
}

TEST_CASE("rule 11: the new tasks wait for the talk and can be recorded as done",
          "[scheduler][rule11]") {
    Input in = base_input();
    add_client(in, "a");
    in.support_until = d("2026-12-31");
    for (const char* id : {"resignation-letter", "support-agreement", "final-check", "farewell"}) {
        INFO(id);
        CHECK(task_id::is_known(in, id));
    }
    in.done.emplace("consult-manager", d("2026-11-18"));
    in.done.emplace("resignation-letter", d("2026-11-19"));
    in.done.emplace("final-check", d("2026-11-20"));
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "resignation-letter") == "2026-11-19");
    CHECK(task(plan, "resignation-letter").status == TaskStatus::done);
    CHECK(task(plan, "final-check").status == TaskStatus::done);
    // What the final check depends on happened too.
    CHECK(task(plan, "share-handover").status == TaskStatus::done);
    CHECK(task(plan, "farewell").status == TaskStatus::todo);

    SECTION("no room for the talk with the manager: every new task waits for it, unscheduled") {
        Input none = base_input();
        add_client(none, "a");
        none.support_until = d("2026-12-31");
        none.calendar.hours_per_day = 0.5;  // the talk takes an hour
        const Plan waiting = build_plan(none);
        for (const char* id : {"resignation-letter", "support-agreement", "farewell"}) {
            INFO(id);
            CHECK(task(waiting, id).status == TaskStatus::unscheduled);
            CHECK(task(waiting, id).reason == Reason::waits);
        }
        CHECK(task(waiting, "final-check").status == TaskStatus::unscheduled);
    }
}

TEST_CASE("rule 11: the agenda of the talk with the manager", "[scheduler][rule11][texts]") {
    Input in = base_input();
    add_client(in, "a");
    in.end_date = d("2027-01-15");
    in.support_until = d("2027-01-10");
    in.disclose_from = d("2026-11-25");
    const Plan plan = build_plan(in);
    const Task& consult = task(plan, "consult-manager");
    const auto en = talking_points(Lang::en, plan, consult);
    const auto ja = talking_points(Lang::ja, plan, consult);
    REQUIRE(en.size() == ja.size());
    REQUIRE(en.size() == 9);
    CHECK(en[0].find("25 Dec 2026") != std::string::npos);
    CHECK(en[0].find("15 Jan 2027") != std::string::npos);
    CHECK(en[2].find("23 Nov 2026") != std::string::npos);  // the letter's day
    CHECK(en[3].find("25 Nov 2026") != std::string::npos);  // disclose_from
    CHECK(en[4].find("Heir") != std::string::npos);
    CHECK(en[4].find("28 Dec 2026") != std::string::npos);  // takeover: Mon after the last day
    CHECK(en[6].find("10 Jan 2027") != std::string::npos);
    CHECK(en[8].find("Boss") != std::string::npos);
    CHECK(ja[0].find("2026年12月25日") != std::string::npos);
    CHECK(ja[4].find("Heir") != std::string::npos);

    SECTION("worded without names or dates the input does not have") {
        Input bare = base_input();
        bare.manager.clear();
        bare.successor.clear();
        add_client(bare, "a");
        const Plan p = build_plan(bare);
        const auto points = talking_points(Lang::en, p, task(p, "consult-manager"));
        REQUIRE(points.size() == 8);  // no support offered
        CHECK(points[0].find("the end of your employment") != std::string::npos);
        CHECK(points[4].find("Ask who will succeed you") != std::string::npos);
        CHECK(points[7].find("your manager") != std::string::npos);
        for (const std::string& p2 : points) CHECK(p2.find('{') == std::string::npos);
    }
}
