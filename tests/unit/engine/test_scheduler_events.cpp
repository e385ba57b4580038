// Rule 8, client events: which of a client's `next_events` become tasks with the successor,
// on which dates, and which are the successor's first dates after the last day. Every date
// here is worked out by hand from base_input(): today Fri 2026-11-20, last day Fri
// 2026-12-25, Mon-Fri, 3 h and 2 meetings a day; the talk with the manager is today.
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

/// A client whose only event is on `day`, or none.
Client& client_with_event(Input& in, std::string_view id, const char* day, Stage stage,
                          double hours = 1) {
    Client& c = add_client(in, id, stage);
    c.next_events = {Event{d(day), "Quarterly review", hours}};
    return c;
}

std::vector<std::string> event_ids(const Plan& plan) {
    std::vector<std::string> ids;
    for (const Task& t : plan.tasks) {
        if (t.kind == TaskKind::event) ids.push_back(t.id.str());
    }
    return ids;
}

/// The successor's first dates as `client date what`.
std::vector<std::string> successor_dates(const Plan& plan) {
    std::vector<std::string> out;
    for (const SuccessorDate& s : plan.successor_dates) {
        out.push_back(s.client.str() + " " + format_iso(s.date) + " " + s.what.str());
    }
    return out;
}

}  // namespace

TEST_CASE("events: which clients' events the successor joins", "[scheduler][events]") {
    Input in = base_input();
    client_with_event(in, "normal", "2026-12-10", Stage::active);
    client_with_event(in, "negotiation", "2026-12-10", Stage::negotiation);
    client_with_event(in, "closing", "2026-12-10", Stage::closing);
    client_with_event(in, "proposal", "2026-12-10", Stage::proposal);
    client_with_event(in, "decision", "2026-12-10", Stage::proposal).expected_close =
        d("2026-12-20");
    client_with_event(in, "worth", "2026-12-10", Stage::active).value = 10'000'000;
    client_with_event(in, "almost", "2026-12-10", Stage::active).value = 9'999'999;
    client_with_event(in, "strong", "2026-12-10", Stage::active).relationship =
        Relationship::strong;
    client_with_event(in, "weak", "2026-12-10", Stage::active).relationship = Relationship::weak;
    client_with_event(in, "averse", "2026-12-10", Stage::active).change_averse = true;
    const Plan plan = build_plan(in);

    std::vector<std::string> ids = event_ids(plan);
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<std::string>{"closing/event/2026-12-10", "decision/event/2026-12-10",
                                          "negotiation/event/2026-12-10", "strong/event/2026-12-10",
                                          "worth/event/2026-12-10"});
    // What is no task is no id `done` accepts either.
    for (const char* id :
         {"normal/event/2026-12-10", "proposal/event/2026-12-10", "almost/event/2026-12-10",
          "weak/event/2026-12-10", "averse/event/2026-12-10"}) {
        INFO(id);
        CHECK_FALSE(task_id::is_known(in, id));
    }
    CHECK(task_id::is_known(in, "worth/event/2026-12-10"));

    // The rule itself, each condition alone.
    const Policy policy;
    Client c;
    CHECK_FALSE(successor_joins_events(c, policy));
    c.stage = Stage::proposal;
    CHECK_FALSE(successor_joins_events(c, policy));
    c.expected_close = d("2026-12-20");
    CHECK(successor_joins_events(c, policy));
    c = Client{};
    c.value = policy.high_value;
    CHECK(successor_joins_events(c, policy));
    c.value = policy.high_value - 1;
    CHECK_FALSE(successor_joins_events(c, policy));
    c.relationship = Relationship::strong;
    CHECK(successor_joins_events(c, policy));
}

TEST_CASE("events: a task on the client's date, with the successor, in a meeting slot",
          "[scheduler][events]") {
    Input in = base_input();
    client_with_event(in, "acme", "2026-12-15", Stage::closing, 2.5).expected_close =
        d("2026-12-03");
    const Plan plan = build_plan(in);
    const Task& e = task(plan, "acme/event/2026-12-15");
    CHECK(e.kind == TaskKind::event);
    CHECK(to_string(e.kind) == "event");
    CHECK(e.step == 5);
    CHECK(date_of(plan, "acme/event/2026-12-15") == "2026-12-15");
    CHECK(e.status == TaskStatus::todo);
    CHECK(e.hours == Approx(2.5));
    CHECK(e.meeting);
    CHECK_FALSE(e.method.has_value());
    CHECK(e.with == with_people::successor);
    CHECK(e.subject == "Quarterly review");
    CHECK(e.client == "acme");
    CHECK(to_string(e.rule) == "client-event");
    CHECK(e.reason == Reason::event);
    CHECK(strings(e.depends_on) == std::vector<std::string>{"consult-manager", "acme/brief"});
    CHECK(task_title(Lang::en, plan, e) == "Client acme: Quarterly review (with Heir)");
    // acme hears on Fri 4 Dec, the working day after the close: the event comes after.
    CHECK(date_of(plan, "acme/notify") == "2026-12-04");
    CHECK(task_why(Lang::en, plan, e) ==
          "Step 5: the client's own date, so the plan does not move it; Heir comes with you "
          "and is part of the account from now on.");
    // The day's load counts it; the default event lasts an hour.
    Input plain = base_input();
    client_with_event(plain, "acme", "2026-12-15", Stage::closing);
    CHECK(task(build_plan(plain), "acme/event/2026-12-15").hours == Approx(1));
}

TEST_CASE("events: before the client has heard, the successor comes as a colleague",
          "[scheduler][events]") {
    Input in = base_input();
    // A strong client is told on the least busy day of the window: Wed 25 Nov has the site
    // visit, so Thu 26 Nov.
    Client& c = client_with_event(in, "acme", "2026-11-24", Stage::active);
    c.relationship = Relationship::strong;
    c.next_events.push_back(Event{d("2026-11-25"), "Site visit", 1});
    c.next_events.push_back(Event{d("2026-12-10"), "Steering meeting", 1});
    Plan plan = build_plan(in);
    REQUIRE(date_of(plan, "acme/notify") == "2026-11-26");
    // The briefing comes before the first event the successor attends.
    CHECK(date_of(plan, "acme/brief") == "2026-11-23");
    CHECK(task_why(Lang::en, plan, task(plan, "acme/event/2026-11-24")) ==
          "Step 5: the client's own date, which the plan does not move. Client acme hears the "
          "news only on Thu 26 Nov 2026: Heir attends as your colleague, and nothing is said "
          "about your departure yet.");
    CHECK(task_why(Lang::ja, plan, task(plan, "acme/event/2026-11-24")) ==
          "ステップ5: お客様ご自身のご予定のため、日程は動かしません。Client "
          "acmeへのご報告は2026年11月26日(木)の予定のため、Heirは同僚として同席し、"
          "退職についてはまだお伝えしません。");
    // Once the client has heard, the successor attends as their new contact.
    CHECK(task_why(Lang::en, plan, task(plan, "acme/event/2026-12-10")) ==
          "Step 5: the client's own date, so the plan does not move it; Heir comes with you "
          "and is part of the account from now on.");
    CHECK(task_why(Lang::ja, plan, task(plan, "acme/event/2026-12-10")) ==
          "ステップ5: お客様ご自身のご予定のため、日程は動かしません。Heirが同席し、"
          "今後のお付き合いに加わります。");
    // A client with no date to hear the news: nothing is said either.
    plan.clients[0].notify_date.reset();
    CHECK(task_why(Lang::en, plan, task(plan, "acme/event/2026-12-10")) ==
          "Step 5: the client's own date, which the plan does not move. Client acme has not heard "
          "the news yet: Heir attends as your colleague, and nothing is said about your "
          "departure yet.");
    CHECK(task_why(Lang::ja, plan, task(plan, "acme/event/2026-12-10")) ==
          "ステップ5: お客様ご自身のご予定のため、日程は動かしません。Client "
          "acmeへはまだご報告していないため、Heirは同僚として同席し、退職についてはまだお伝え"
          "しません。");
}

TEST_CASE("events: on the last day a task, after it the successor's first dates",
          "[scheduler][events]") {
    Input in = base_input();
    Client& c = add_client(in, "deal", Stage::negotiation);
    c.next_events = {Event{d("2026-12-25"), "Last call", 1}, Event{d("2026-12-26"), "Day after", 1},
                     Event{d("2027-01-24"), "Thirty days after", 2},
                     Event{d("2027-01-25"), "Thirty-one days after", 1}};
    // A client the successor would not join before the last day still has first dates.
    Client& quiet = add_client(in, "quiet", Stage::active);
    quiet.next_events = {Event{d("2027-01-05"), "New year visit", 1},
                         Event{d("2026-12-24"), "Before the last day", 1}};
    const Plan plan = build_plan(in);

    CHECK(event_ids(plan) == std::vector<std::string>{"deal/event/2026-12-25"});
    CHECK(date_of(plan, "deal/event/2026-12-25") == "2026-12-25");
    CHECK_FALSE(task_id::is_known(in, "deal/event/2026-12-26"));
    CHECK(successor_dates(plan) == std::vector<std::string>{"deal 2026-12-26 Day after",
                                                            "quiet 2027-01-05 New year visit",
                                                            "deal 2027-01-24 Thirty days after"});
    CHECK(plan.successor_dates.back().hours == Approx(2));
    CHECK(plan.successor_dates.front().client_at == 0);
    CHECK(plan.successor_dates[1].client_at == 1);
}

TEST_CASE("events: on or before the day of the talk with the manager, no task",
          "[scheduler][events]") {
    Input in = base_input();
    // Today is blocked: the manager hears on Mon 23 Nov.
    in.calendar.blocked = {BlockedTime{d("2026-11-20"), std::nullopt, "leave"}};
    Client& c = add_client(in, "acme", Stage::closing);
    c.next_events = {Event{d("2026-11-20"), "Today", 1}, Event{d("2026-11-21"), "Saturday", 1},
                     Event{d("2026-11-23"), "Consult day", 1},
                     Event{d("2026-11-24"), "Day after", 1}};
    const Plan plan = build_plan(in);
    REQUIRE(date_of(plan, "consult-manager") == "2026-11-23");
    CHECK(event_ids(plan) == std::vector<std::string>{"acme/event/2026-11-24"});
    // The dates are still the user's: a `done` entry for them is taken (and kept as done).
    for (const char* id : {"acme/event/2026-11-20", "acme/event/2026-11-21",
                           "acme/event/2026-11-23", "acme/event/2026-11-24"}) {
        INFO(id);
        CHECK(task_id::is_known(in, id));
    }
    Input recorded = in;
    recorded.done["acme/event/2026-11-23"] = d("2026-11-20");
    const Plan with_done = build_plan(recorded);
    CHECK(task(with_done, "acme/event/2026-11-23").status == TaskStatus::done);

    // No event is on the manager's day itself once it is done earlier.
    Input told = base_input();
    told.done["consult-manager"] = d("2026-11-19");
    Client& t = add_client(told, "acme", Stage::closing);
    t.next_events = {Event{d("2026-11-20"), "Today", 1}, Event{d("2026-11-23"), "Monday", 1}};
    CHECK(event_ids(build_plan(told)) == std::vector<std::string>{"acme/event/2026-11-23"});
}

TEST_CASE("events: without a date for the talk with the manager, the event waits",
          "[scheduler][events]") {
    Input in = base_input();
    in.calendar.hours_per_day = 0.5;  // the talk (1 h) fits nowhere
    client_with_event(in, "acme", "2026-12-10", Stage::closing);
    const Plan plan = build_plan(in);
    REQUIRE(date_of(plan, "consult-manager") == "unscheduled");
    const Task& e = task(plan, "acme/event/2026-12-10");
    CHECK(e.status == TaskStatus::unscheduled);
    CHECK(e.reason == Reason::waits);
    CHECK(e.note == "consult-manager");
}

TEST_CASE("events: two on one day are two tasks", "[scheduler][events]") {
    Input in = base_input();
    Client& c = add_client(in, "acme", Stage::closing);
    c.next_events = {Event{d("2026-12-10"), "Morning", 1}, Event{d("2026-12-11"), "Other day", 1},
                     Event{d("2026-12-10"), "Afternoon", 1.5}};
    const Plan plan = build_plan(in);
    CHECK(event_ids(plan) == std::vector<std::string>{"acme/event/2026-12-10",
                                                      "acme/event/2026-12-10-2",
                                                      "acme/event/2026-12-11"});
    CHECK(task(plan, "acme/event/2026-12-10").subject == "Morning");
    CHECK(task(plan, "acme/event/2026-12-10-2").subject == "Afternoon");
    CHECK(task(plan, "acme/event/2026-12-10-2").hours == Approx(1.5));
    CHECK(date_of(plan, "acme/event/2026-12-10-2") == "2026-12-10");
}

TEST_CASE("events: a fact whatever the day's room, and the rest of the plan works around it",
          "[scheduler][events]") {
    Input in = base_input();
    in.calendar.max_meetings_per_day = 1;
    in.calendar.calendars = {HolidayCalendar::JP};
    // Wed 25 Nov, the window's first day, is taken by a four-hour event (the day has 3 h).
    Client& acme = client_with_event(in, "acme", "2026-11-25", Stage::active, 4);
    acme.relationship = Relationship::strong;
    // A Saturday and a national holiday (Mon 23 Nov, Labour Thanksgiving Day) still count.
    acme.next_events.push_back(Event{d("2026-11-28"), "Trade fair", 3});
    acme.next_events.push_back(Event{d("2026-11-23"), "Holiday golf", 2});
    // A second client's event takes Thu 26 Nov's one meeting slot.
    client_with_event(in, "beta", "2026-11-26", Stage::closing, 0.5);
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "acme/event/2026-11-25") == "2026-11-25");
    CHECK(date_of(plan, "acme/event/2026-11-28") == "2026-11-28");
    CHECK(date_of(plan, "acme/event/2026-11-23") == "2026-11-23");
    CHECK(date_of(plan, "beta/event/2026-11-26") == "2026-11-26");
    // acme (strong: first) cannot be told on the 25th (no hours) nor the 26th (no meeting
    // slot left): Fri 27 Nov, the first day of the window with room.
    CHECK(date_of(plan, "acme/notify") == "2026-11-27");
    // No warning: the event happens anyway, and nothing else is missing.
    CHECK(std::none_of(plan.warnings.begin(), plan.warnings.end(),
                       [](const Warning& w) { return w.code == WarningCode::over_capacity; }));
    // The week's load counts the events.
    const auto week = std::find_if(plan.load.begin(), plan.load.end(),
                                   [](const WeekLoad& w) { return w.week == "2026-W48"; });
    REQUIRE(week != plan.load.end());
    CHECK(week->meetings >= 4);
}

TEST_CASE("events: before the manager allows contact, still with the successor",
          "[scheduler][events]") {
    Input in = base_input();
    in.disclose_from = d("2026-12-01");
    client_with_event(in, "acme", "2026-11-24", Stage::closing);
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "acme/event/2026-11-24") == "2026-11-24");
    CHECK(task_why(Lang::en, plan, task(plan, "acme/event/2026-11-24"))
              .find("Heir attends as your colleague") != std::string::npos);
}

TEST_CASE("events: done entries keep an event in the plan, past ones too", "[scheduler][events]") {
    Input in = base_input("2026-12-16", "2026-12-25");
    in.done["consult-manager"] = d("2026-11-20");
    Client& c = add_client(in, "acme", Stage::closing);
    c.next_events = {Event{d("2026-12-14"), "Kick-off", 1}, Event{d("2026-12-15"), "Review", 1},
                     Event{d("2026-12-16"), "Today", 1}, Event{d("2026-12-18"), "Later", 1}};
    in.done["acme/event/2026-12-15"] = d("2026-12-15");
    const Plan plan = build_plan(in);
    // A past event recorded as done is history in the plan; one not recorded is not.
    CHECK(task(plan, "acme/event/2026-12-15").status == TaskStatus::done);
    CHECK(date_of(plan, "acme/event/2026-12-15") == "2026-12-15");
    CHECK(plan.find("acme/event/2026-12-14") == nullptr);
    CHECK(plan.find("acme/event/2026-12-16") == nullptr);
    CHECK(task(plan, "acme/event/2026-12-18").status == TaskStatus::todo);
    CHECK(task_id::check_done(in, Lang::en).empty());
    // Once the deal is signed and the client is an ordinary one, the recorded past event
    // is still a known id: the file stays readable.
    in.clients[0].stage = Stage::active;
    CHECK(task_id::check_done(in, Lang::en).empty());
    CHECK(plan.find("acme/event/2026-12-18") != nullptr);
    CHECK(build_plan(in).find("acme/event/2026-12-18") == nullptr);
    // An event recorded as done ahead of its day keeps the recorded day.
    in.clients[0].stage = Stage::closing;
    in.done["acme/event/2026-12-18"] = d("2026-12-16");
    CHECK(date_of(build_plan(in), "acme/event/2026-12-18") == "2026-12-16");
}

TEST_CASE("events: a client's own date in the year-end break is no closure note",
          "[scheduler][events]") {
    Input in = base_input("2026-11-20", "2027-01-08");
    // Told and introduced in one visit on the window's first day, Wed 9 Dec: before the break.
    client_with_event(in, "acme", "2026-12-30", Stage::closing).expected_close = d("2026-12-01");
    const Plan plan = build_plan(in);
    REQUIRE(date_of(plan, "acme/event/2026-12-30") == "2026-12-30");
    REQUIRE(date_of(plan, "acme/notify") < "2026-12-29");
    CHECK(std::none_of(plan.warnings.begin(), plan.warnings.end(),
                       [](const Warning& w) { return w.code == WarningCode::business_closure; }));
}
