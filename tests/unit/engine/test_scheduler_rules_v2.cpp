// The planning rules of SPEC section 3 (version 2), each on hand-computed dates, with a
// test on each side of every comparison the rule makes.
//
// Unless a test says otherwise: today Fri 20 Nov 2026, last day Fri 25 Dec 2026, Mon-Fri,
// 3 h and 2 meetings a day, no holidays. The talk with the manager and both decisions take
// 2.5 h of Fri 20 Nov; client work may start Mon 23 Nov; the notification window runs from
// Wed 25 Nov (30 calendar days before the last day) to Fri 11 Dec (10 working days before);
// introductions are due by Fri 18 Dec (5 working days before).
#include <algorithm>
#include <catch2/catch.hpp>

#include "handover/engine/rules.hpp"
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

std::vector<const Warning*> warnings_of(const Plan& plan, WarningCode code) {
    std::vector<const Warning*> found;
    for (const Warning& w : plan.warnings) {
        if (w.code == code) found.push_back(&w);
    }
    return found;
}

}  // namespace

TEST_CASE("rules v2: one visit for an ordinary client, two for one with much at stake",
          "[scheduler][rules-v2]") {
    Input in = base_input();
    Client& big = add_client(in, "big");
    big.value = in.policy.high_value;  // exactly the threshold: high value
    Client& below = add_client(in, "below");
    below.value = in.policy.high_value - 1;  // one yen less: ordinary
    add_client(in, "strong").relationship = Relationship::strong;
    add_client(in, "averse").change_averse = true;
    const Plan plan = build_plan(in);
    for (const char* id : {"big", "strong", "averse"}) {
        INFO(id);
        CHECK(plan.find(std::string(id) + "/introduce") != nullptr);
        CHECK(task(plan, std::string(id) + "/notify").with == 0);
    }
    CHECK(plan.find("below/introduce") == nullptr);
    CHECK(task(plan, "below/notify").with == with_people::successor);
    // The change-averse client's follow-up comes after the joint visit, with the successor.
    CHECK(strings(task(plan, "averse/follow-up").depends_on) ==
          std::vector<std::string>{"averse/introduce"});

    SECTION("policy.introduction joint: one contact for everyone") {
        in.policy.introduction = IntroductionPolicy::joint;
        const Plan joint = build_plan(in);
        for (const char* id : {"big", "below", "strong", "averse"}) {
            INFO(id);
            CHECK(joint.find(std::string(id) + "/introduce") == nullptr);
            CHECK(task(joint, std::string(id) + "/notify").with == with_people::successor);
        }
        CHECK(strings(task(joint, "averse/follow-up").depends_on) ==
              std::vector<std::string>{"averse/notify"});
    }
    SECTION("policy.introduction separate: two contacts for everyone") {
        in.policy.introduction = IntroductionPolicy::separate;
        const Plan separate = build_plan(in);
        for (const char* id : {"big", "below", "strong", "averse"}) {
            INFO(id);
            CHECK(separate.find(std::string(id) + "/introduce") != nullptr);
        }
    }
}

TEST_CASE("rules v2: the briefing comes before any contact with the successor",
          "[scheduler][rules-v2]") {
    Input in = base_input();
    add_client(in, "plain");
    add_client(in, "strong").relationship = Relationship::strong;
    const Plan plan = build_plan(in);
    // Most important first: strong's document (1 h) and briefing (1 h) share Mon 23 Nov with
    // the resignation letter (0.5 h, rule 11); plain's document (1 h) and briefing (0.25 h)
    // go to Tue 24 Nov.
    CHECK(date_of(plan, "strong/handover-doc") == "2026-11-23");
    CHECK(date_of(plan, "strong/brief") == "2026-11-23");
    CHECK(task(plan, "strong/brief").hours == 1.0);
    CHECK(date_of(plan, "resignation-letter") == "2026-11-23");
    CHECK(date_of(plan, "plain/handover-doc") == "2026-11-24");
    CHECK(date_of(plan, "plain/brief") == "2026-11-24");
    CHECK(task(plan, "plain/brief").hours == 0.25);
    // A joint visit never on the briefing's day: plain is told on the window's first day.
    CHECK(date_of(plan, "plain/notify") == "2026-11-26");
    CHECK(date_of(plan, "strong/notify") == "2026-11-25");
    CHECK(date_of(plan, "strong/introduce") == "2026-12-02");
    // An open deal is briefed for half an hour.
    Input deal = base_input();
    add_client(deal, "deal", Stage::negotiation);
    CHECK(task(build_plan(deal), "deal/brief").hours == 0.5);
}

TEST_CASE("rules v2: announcements are spread over the window", "[scheduler][rules-v2]") {
    Input in = base_input();
    in.calendar.hours_per_day = 8;
    for (const char* id : {"a", "b", "c", "d"}) add_client(in, id);
    const Plan plan = build_plan(in);
    // Each joint call on the least busy day: one a day from the window's first day, rather
    // than all four on Wed 25 Nov, which had room for them.
    CHECK(date_of(plan, "a/notify") == "2026-11-25");
    CHECK(date_of(plan, "b/notify") == "2026-11-26");
    CHECK(date_of(plan, "c/notify") == "2026-11-27");
    CHECK(date_of(plan, "d/notify") == "2026-11-30");
}

TEST_CASE("rules v2: the gap between the announcement and the joint visit",
          "[scheduler][rules-v2]") {
    Input in = base_input();
    in.policy.introduction = IntroductionPolicy::separate;
    add_client(in, "a");
    // Told on Wed 25 Nov in each case.
    SECTION("intro_gap_days working days later when the deadline allows") {
        in.policy.intro_gap_days = 5;
        const Plan plan = build_plan(in);
        REQUIRE(date_of(plan, "a/notify") == "2026-11-25");
        CHECK(date_of(plan, "a/introduce") == "2026-12-02");
        CHECK(task(plan, "a/introduce").reason == Reason::intro);
        in.policy.intro_gap_days = 1;
        CHECK(date_of(build_plan(in), "a/introduce") == "2026-11-26");
        in.policy.intro_gap_days = 0;  // never the same day: at least the next one
        CHECK(date_of(build_plan(in), "a/introduce") == "2026-11-26");
    }
    SECTION("a deadline three working days later shortens the gap to three") {
        in.policy.intro_buffer_days = 19;  // due by Mon 30 Nov
        const Plan plan = build_plan(in);
        CHECK(date_of(plan, "a/introduce") == "2026-11-30");
        CHECK(task(plan, "a/introduce").reason == Reason::intro_short_gap);
        CHECK(warnings_of(plan, WarningCode::no_time_for_intro).empty());
    }
    SECTION("two working days later: still not the next day") {
        in.policy.intro_buffer_days = 20;  // due by Fri 27 Nov
        const Plan plan = build_plan(in);
        CHECK(date_of(plan, "a/introduce") == "2026-11-27");
        CHECK(task(plan, "a/introduce").reason == Reason::intro_short_gap);
    }
    SECTION("a deadline the next day: the next day, since nothing else fits") {
        in.policy.intro_buffer_days = 21;  // due by Thu 26 Nov
        const Plan plan = build_plan(in);
        CHECK(date_of(plan, "a/introduce") == "2026-11-26");
        CHECK(task(plan, "a/introduce").reason == Reason::intro_next_day);
        CHECK(warnings_of(plan, WarningCode::no_time_for_intro).empty());
    }
}

TEST_CASE("rules v2: travel time makes an in-person visit longer", "[scheduler][rules-v2]") {
    Input in = base_input();
    in.calendar.hours_per_day = 3;
    Client& c = add_client(in, "far");
    c.relationship = Relationship::strong;  // in person
    c.travel_hours = 1.5;                   // 1.5 h visit + 1.5 h travel: exactly a day
    Plan plan = build_plan(in);
    CHECK(task(plan, "far/notify").hours == 3.0);
    CHECK(task(plan, "far/introduce").hours == 3.0);
    CHECK(task(plan, "far/notify").status == TaskStatus::todo);
    c.travel_hours = 1.75;  // a quarter hour more than a day holds
    plan = build_plan(in);
    CHECK(task(plan, "far/notify").status == TaskStatus::unscheduled);
    // A call costs no travel.
    Input phone = base_input();
    add_client(phone, "near").travel_hours = 2;
    CHECK(task(build_plan(phone), "near/notify").hours == 0.5);
}

TEST_CASE("rules v2: a decision today, yesterday and on the last day", "[scheduler][rules-v2]") {
    Input in = base_input("2026-11-20", "2026-12-04");
    in.calendar.hours_per_day = 8;
    in.policy.notify_latest_days = 2;  // the window: Mon 23 Nov to Wed 2 Dec
    Client& deal = add_client(in, "deal", Stage::closing);
    SECTION("closing today: told on the next working day after it") {
        deal.expected_close = d("2026-11-20");
        const Plan plan = build_plan(in);
        CHECK(date_of(plan, "deal/notify") == "2026-11-23");
        CHECK(to_string(task(plan, "deal/notify").rule) == "after-close");
        CHECK(warnings_of(plan, WarningCode::close_date_passed).empty());
    }
    SECTION("closed yesterday: the window, and a note that the date has passed") {
        deal.expected_close = d("2026-11-19");
        const Plan plan = build_plan(in);
        CHECK(to_string(task(plan, "deal/notify").rule) == "window");
        CHECK(warnings_of(plan, WarningCode::close_date_passed).size() == 1);
    }
    SECTION("closing on the last day: told before it, as late in the window as possible") {
        deal.expected_close = d("2026-12-04");
        const Plan plan = build_plan(in);
        CHECK(to_string(task(plan, "deal/notify").rule) == "deal-closes-late");
        CHECK(date_of(plan, "deal/notify") == "2026-12-02");
        CHECK(warnings_of(plan, WarningCode::deal_closes_late).size() == 1);
        CHECK(warnings_of(plan, WarningCode::deal_after_departure).empty());
    }
    SECTION("closing the day after: after the departure") {
        deal.expected_close = d("2026-12-05");
        const Plan plan = build_plan(in);
        CHECK(to_string(task(plan, "deal/notify").rule) == "deal-after-departure");
    }
    SECTION("a proposal's decision date is a close") {
        deal.stage = Stage::proposal;
        deal.expected_close = d("2026-11-25");
        const Plan plan = build_plan(in);
        CHECK(date_of(plan, "deal/notify") == "2026-11-26");
        CHECK(to_string(task(plan, "deal/notify").rule) == "after-close");
    }
    SECTION("a renewal's signing day is a close") {
        deal.stage = Stage::renewal;
        deal.expected_close = d("2026-11-25");
        const Plan plan = build_plan(in);
        CHECK(date_of(plan, "deal/notify") == "2026-11-26");
        CHECK(to_string(task(plan, "deal/notify").rule) == "after-close");
    }
    SECTION("a renewal signing too near the last day is told before it, with a warning") {
        deal.stage = Stage::renewal;
        deal.expected_close = d("2026-12-04");
        const Plan plan = build_plan(in);
        CHECK(to_string(task(plan, "deal/notify").rule) == "deal-closes-late");
        CHECK(warnings_of(plan, WarningCode::deal_closes_late).size() == 1);
    }
    SECTION("a renewal without a signing day follows the window") {
        deal.stage = Stage::renewal;
        deal.expected_close.reset();
        const Plan plan = build_plan(in);
        CHECK(to_string(task(plan, "deal/notify").rule) == "window");
        CHECK(warnings_of(plan, WarningCode::deal_closes_late).empty());
    }
    SECTION("notify_after_close_days waits that many working days more") {
        deal.expected_close = d("2026-11-25");
        in.policy.notify_after_close_days = 2;
        CHECK(date_of(build_plan(in), "deal/notify") == "2026-11-30");
    }
}

TEST_CASE("rules v2: a late announcement lands by the day before the last day at the latest",
          "[scheduler][rules-v2]") {
    // Told after the window has closed: Mon 21 Dec is the talk, the document and briefing
    // take Tue 22 Dec, so the joint call is Wed 23 Dec; with one more day of work before
    // it, Thu 24 Dec, the day before the last day. With two, the briefing can only be on
    // Thu 24 Dec: the client is told alone that day rather than not at all; with that day
    // gone too, nothing is left.
    Input in = base_input("2026-12-21", "2026-12-25");
    in.calendar.hours_per_day = 3;
    // The file gives the windows itself: they do not shrink for the short notice.
    in.policy.given.notify_latest_days = true;
    in.policy.given.intro_buffer_days = true;
    add_client(in, "a");
    Plan plan = build_plan(in);
    CHECK(date_of(plan, "a/notify") == "2026-12-23");
    CHECK(to_string(task(plan, "a/notify").rule) == "late");
    in.calendar.blocked = {BlockedTime{d("2026-12-22"), std::nullopt, "offsite"}};
    plan = build_plan(in);
    CHECK(date_of(plan, "a/notify") == "2026-12-24");
    CHECK(task(plan, "a/notify").with == with_people::successor);
    in.calendar.blocked.push_back(BlockedTime{d("2026-12-23"), std::nullopt, "offsite"});
    plan = build_plan(in);
    CHECK(date_of(plan, "a/notify") == "2026-12-24");
    CHECK(task(plan, "a/notify").with == 0);
    REQUIRE(warnings_of(plan, WarningCode::no_time_for_intro).size() == 1);
    CHECK(warnings_of(plan, WarningCode::no_time_for_intro)[0]->form == WarningForm::unbriefed);
    in.calendar.blocked.push_back(BlockedTime{d("2026-12-24"), std::nullopt, "offsite"});
    plan = build_plan(in);
    CHECK(task(plan, "a/notify").status == TaskStatus::unscheduled);
    CHECK(plan.has_errors());
}

TEST_CASE("rules v2: one NO_SUCCESSOR for the plan, with the day to name one by",
          "[scheduler][rules-v2]") {
    Input in = base_input();
    in.successor.clear();
    add_client(in, "a");
    add_client(in, "b");
    Client& named = add_client(in, "named");
    named.successor = in.text("Kim");
    const Plan plan = build_plan(in);
    const auto found = warnings_of(plan, WarningCode::no_successor);
    REQUIRE(found.size() == 1);
    const Warning& w = *found[0];
    CHECK(w.severity == Severity::warning);
    CHECK(w.client.empty());
    CHECK(strings(plan.clients_of(w)) == std::vector<std::string>{"a", "b"});
    // The first joint call without a successor is Wed 25 Nov, and the plan briefs the
    // successor on Mon 23 Nov: name one by then.
    CHECK(date_of(plan, "a/notify") == "2026-11-25");
    CHECK(date_of(plan, "a/brief") == "2026-11-23");
    CHECK(w.first == d("2026-11-23"));
    CHECK(warning_message(Lang::en, plan, w) ==
          "No successor is named yet for Client a, Client b. Ask your manager to name one by "
          "Mon 23 Nov 2026, so that you can brief them before the first meeting with the "
          "successor on Wed 25 Nov 2026.");
    // Titles and talking points invent no name.
    CHECK(task_title(Lang::en, plan, task(plan, "a/notify")) ==
          "Tell Client a you are leaving and introduce your successor (once named)");
    const auto points = talking_points(Lang::en, plan, task(plan, "a/notify"));
    CHECK(std::none_of(points.begin(), points.end(), [](const std::string& p) {
        return p.find("to be named") != std::string::npos;
    }));

    SECTION("the day to name one is today: still a warning") {
        Input soon = base_input("2026-11-20", "2026-12-01");  // window from Mon 23 Nov
        soon.successor.clear();
        soon.calendar.hours_per_day = 8;
        add_client(soon, "a");
        const Plan p = build_plan(soon);
        REQUIRE(date_of(p, "a/notify") == "2026-11-23");
        const auto w2 = warnings_of(p, WarningCode::no_successor);
        REQUIRE(w2.size() == 1);
        CHECK(w2[0]->severity == Severity::warning);
        CHECK(w2[0]->first == d("2026-11-20"));
        CHECK(w2[0]->client == "a");
    }
    SECTION("no working day left before the first meeting: an error") {
        Input late = base_input("2026-11-20", "2026-12-01");
        late.successor.clear();
        late.calendar.hours_per_day = 8;
        add_client(late, "a");
        // All the internal work was done yesterday, so the call can be today.
        for (const char* id :
             {"consult-manager", "decide-timing", "decide-method", "a/handover-doc", "a/brief"}) {
            late.done.emplace(id, d("2026-11-19"));
        }
        const Plan p = build_plan(late);
        REQUIRE(date_of(p, "a/notify") == "2026-11-20");
        const auto w2 = warnings_of(p, WarningCode::no_successor);
        REQUIRE(w2.size() == 1);
        CHECK(w2[0]->severity == Severity::error);
        CHECK(warning_message(Lang::en, p, *w2[0]).find("name one today") != std::string::npos);
    }
}

TEST_CASE("rules v2: a version 1 introduction recorded as done stays its own task",
          "[scheduler][rules-v2]") {
    Input in = base_input();
    add_client(in, "a");  // an ordinary client: one joint call under version 2
    in.done = {{"consult-manager", d("2026-11-18")}, {"a/introduce", d("2026-11-19")}};
    CHECK(task_id::is_known(in, "a/introduce"));
    CHECK(task_id::stale_done(in).empty());
    const Plan plan = build_plan(in);
    CHECK(task(plan, "a/introduce").status == TaskStatus::done);
    CHECK(date_of(plan, "a/introduce") == "2026-11-19");
    // What it needed counts as done on its day: the announcement and the briefing.
    CHECK(task(plan, "a/notify").status == TaskStatus::done);
    CHECK(task(plan, "a/brief").status == TaskStatus::done);
    CHECK(task(plan, "a/notify").with == 0);
    // Without the entry the same client has one joint call and no introduction.
    in.done.erase("a/introduce");
    CHECK_FALSE(task_id::is_known(in, "a/introduce"));
}

TEST_CASE("rules v2: documents before the talk with the manager only when the policy says so",
          "[scheduler][rules-v2]") {
    Input in = base_input();
    add_client(in, "a");
    CHECK(strings(task(build_plan(in), "a/handover-doc").depends_on) ==
          std::vector<std::string>{"consult-manager"});
    in.policy.prepare_before_notice = true;
    const Plan plan = build_plan(in);
    CHECK(task(plan, "a/handover-doc").depends_on.empty());
    // The briefing still waits for the manager, who names the successor.
    CHECK(strings(task(plan, "a/brief").depends_on) ==
          std::vector<std::string>{"consult-manager", "a/handover-doc"});
}

TEST_CASE("rules v2: internal work never takes the time needed to tell the clients",
          "[scheduler][rules-v2]") {
    // Clients can be told on Mon 23 and Tue 24 Nov (6 h; the last day, Wed 25 Nov, is for
    // leaving); eight joint calls need 4 h. A document and briefing (1.25 h) go on those days
    // only while the calls keep their 4 h, the rest on the last day; a client whose
    // successor cannot be briefed in time is told alone, and one warning lists them.
    Input in = base_input("2026-11-20", "2026-11-25");
    in.policy.notify_latest_days = 0;
    for (const char* id : {"a", "b", "c", "d", "e", "f", "g", "h"}) add_client(in, id);
    const Plan plan = build_plan(in);
    for (const char* id : {"a", "b", "c", "d", "e", "f", "g", "h"}) {
        INFO(id);
        CHECK(task(plan, std::string(id) + "/notify").status == TaskStatus::todo);
        CHECK(date_of(plan, std::string(id) + "/notify") <= "2026-11-24");
    }
    CHECK(warnings_of(plan, WarningCode::no_time_to_notify).empty());
    CHECK(date_of(plan, "a/handover-doc") == "2026-11-23");
    CHECK(date_of(plan, "a/brief") == "2026-11-23");
    CHECK(task(plan, "a/notify").with == with_people::successor);
    CHECK(task(plan, "h/notify").with == 0);
    const auto unbriefed = warnings_of(plan, WarningCode::no_time_for_intro);
    REQUIRE(unbriefed.size() == 1);
    CHECK(unbriefed[0]->form == WarningForm::unbriefed);
    CHECK(plan.clients_of(*unbriefed[0]).size() >= 2);
    CHECK(warning_message(Lang::en, plan, *unbriefed[0])
              .find("will hear the news without the successor there") != std::string::npos);
}

TEST_CASE("rules v2: a deal closing today is placed before clients of higher priority",
          "[scheduler][rules-v2]") {
    // One meeting a day. The deal is decided today, so its joint visit is pinned to Mon
    // 23 Nov and placed before the change-averse client, who takes Tue 24 Nov. Had the deal
    // been decided yesterday it would wait its turn (the window, by priority).
    Input in = base_input("2026-11-20", "2026-12-04");
    in.calendar.hours_per_day = 8;
    in.calendar.max_meetings_per_day = 1;
    in.policy.notify_latest_days = 2;
    add_client(in, "averse").change_averse = true;
    Client& deal = add_client(in, "deal", Stage::closing);
    deal.expected_close = d("2026-11-20");
    Plan plan = build_plan(in);
    CHECK(date_of(plan, "deal/notify") == "2026-11-23");
    CHECK(date_of(plan, "averse/notify") == "2026-11-24");
    deal.expected_close = d("2026-11-19");
    plan = build_plan(in);
    CHECK(date_of(plan, "averse/notify") == "2026-11-23");
    CHECK(date_of(plan, "deal/notify") == "2026-11-24");
}

TEST_CASE("rules v2: of equally busy days the earliest wins", "[scheduler][rules-v2]") {
    // A window of two days, Mon 23 and Tue 24 Nov: four calls go one a day in turn, and
    // the third, finding both days with one call, takes the earlier.
    Input in = base_input("2026-11-20", "2026-11-26");
    in.calendar.hours_per_day = 8;
    in.policy.notify_latest_days = 2;
    for (const char* id : {"a", "b", "c", "d"}) add_client(in, id);
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "a/notify") == "2026-11-23");
    CHECK(date_of(plan, "b/notify") == "2026-11-24");
    CHECK(date_of(plan, "c/notify") == "2026-11-23");
    CHECK(date_of(plan, "d/notify") == "2026-11-24");
}

TEST_CASE("rules v2: a document takes the announcements' days only with room to spare",
          "[scheduler][rules-v2]") {
    // Clients can be told only on Tue 24 Nov (Monday is blocked); the call needs 0.5 h. With
    // 1.5 h free, the document (1 h) leaves exactly the call's half hour: it may take the day.
    // With 1.25 h free it would leave a quarter: it goes to the last day, Wed 25 Nov.
    Input in = base_input("2026-11-20", "2026-11-25");
    in.policy.notify_latest_days = 0;
    // The resignation letter (rule 11) handed in on the day of the talk, so that it takes
    // nothing from Tuesday.
    in.done.emplace("resignation-letter", d("2026-11-20"));
    add_client(in, "a");
    in.calendar.blocked = {BlockedTime{d("2026-11-23"), std::nullopt, "offsite"},
                           BlockedTime{d("2026-11-24"), 1.5, "training"}};
    Plan plan = build_plan(in);
    CHECK(date_of(plan, "a/handover-doc") == "2026-11-24");
    CHECK(date_of(plan, "a/notify") == "2026-11-24");
    in.calendar.blocked[1].hours = 1.75;
    plan = build_plan(in);
    CHECK(date_of(plan, "a/handover-doc") == "2026-11-25");
    CHECK(date_of(plan, "a/notify") == "2026-11-24");
}

TEST_CASE("rules v2: a date on its rule's own day names no move", "[scheduler][rules-v2]") {
    Input in = base_input("2026-11-20", "2026-12-04");
    in.calendar.hours_per_day = 8;
    in.policy.notify_latest_days = 2;
    Client& deal = add_client(in, "deal", Stage::closing);
    deal.expected_close = d("2026-11-20");
    Plan plan = build_plan(in);
    // Told on Mon 23 Nov, the first day after the close: nothing moved it.
    CHECK(date_of(plan, "deal/notify") == "2026-11-23");
    CHECK(task(plan, "deal/notify").reason_adds == 0);
    // Written on the day of the talk with the manager: internal work after it, not before.
    CHECK(date_of(plan, "deal/handover-doc") == "2026-11-20");
    CHECK(to_string(task(plan, "deal/handover-doc").rule) == "early");
    // A separate client introduced on the very day the gap names: nothing moved it either.
    Input sep = base_input();
    sep.policy.introduction = IntroductionPolicy::separate;
    add_client(sep, "a");
    plan = build_plan(sep);
    REQUIRE(date_of(plan, "a/introduce") == "2026-12-02");
    CHECK(task(plan, "a/introduce").reason_adds == 0);
}

TEST_CASE("rules v2: notice of 13, 14, 29 and 30 days", "[scheduler][rules-v2]") {
    // The talk with the manager is today, Fri 20 Nov; the end of employment varies.
    const auto notice = [](const char* end) -> const Warning* {
        static Plan plan;
        Input in = base_input("2026-11-20", "2026-12-25");
        in.end_date = d(end);
        in.last_day = std::min(in.last_day, *in.end_date);
        plan = build_plan(in);
        for (const Warning& w : plan.warnings) {
            if (w.code == WarningCode::notice_too_short) return &w;
        }
        return nullptr;
    };
    REQUIRE(notice("2026-12-03") != nullptr);  // 13 days: under the Civil Code's 14
    CHECK(notice("2026-12-03")->form == WarningForm::main);
    REQUIRE(notice("2026-12-04") != nullptr);  // 14 days: the law's minimum, not the company's
    CHECK(notice("2026-12-04")->form == WarningForm::policy);
    REQUIRE(notice("2026-12-19") != nullptr);  // 29 days: a day short of the company's 30
    CHECK(notice("2026-12-19")->form == WarningForm::policy);
    CHECK(notice("2026-12-20") == nullptr);  // 30 days: enough
}
