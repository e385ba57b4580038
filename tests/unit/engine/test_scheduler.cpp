#include <algorithm>
#include <catch2/catch.hpp>

#include "handover/calendar/calendar.hpp"
#include "handover/engine/scheduler.hpp"
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

/// The task's reason as an English reader reads it.
std::string why_of(const Plan& plan, std::string_view id) {
    return task_why(Lang::en, plan, task(plan, id));
}

bool has_warning(const Plan& plan, std::string_view code, std::optional<std::string> client = {}) {
    return std::any_of(plan.warnings.begin(), plan.warnings.end(), [&](const Warning& w) {
        return to_string(w.code) == code && (!client || w.client == client);
    });
}

const Warning& warning(const Plan& plan, std::string_view code) {
    auto it = std::find_if(plan.warnings.begin(), plan.warnings.end(),
                           [&](const Warning& w) { return to_string(w.code) == code; });
    REQUIRE(it != plan.warnings.end());
    return *it;
}

}  // namespace

TEST_CASE("scheduler: one phone client, every date by hand", "[scheduler]") {
    Input in = base_input();
    add_client(in, "a");
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "consult-manager") == "2026-11-20");
    CHECK(date_of(plan, "decide-timing") == "2026-11-20");
    CHECK(date_of(plan, "decide-method") == "2026-11-20");
    // Internal work as soon as the manager knows: Friday has 0.5 h left after 2.5 h of
    // talk and decisions, so the document (1 h) and the briefing (0.25 h) go to Monday.
    CHECK(date_of(plan, "a/handover-doc") == "2026-11-23");
    CHECK(to_string(task(plan, "a/handover-doc").rule) == "early");
    CHECK(date_of(plan, "a/brief") == "2026-11-23");
    CHECK(to_string(task(plan, "a/brief").rule) == "before-contact");
    CHECK(task(plan, "a/brief").hours == 0.25);
    // An ordinary client hears it and meets the successor in one call; the window opens
    // 30 calendar days before the last day.
    CHECK(date_of(plan, "a/notify") == "2026-11-25");
    CHECK(to_string(task(plan, "a/notify").rule) == "window");
    CHECK(task(plan, "a/notify").method == Method::phone);
    CHECK(task(plan, "a/notify").with == with_people::successor);
    CHECK(plan.find("a/introduce") == nullptr);
    CHECK(plan.clients[0].introduce_date == d("2026-11-25"));
    CHECK(date_of(plan, "share-handover") == "2026-11-23");
    CHECK(plan.find("a/follow-up") == nullptr);
    CHECK_FALSE(plan.has_errors());
    CHECK(why_of(plan, "a/notify") ==
          "The least busy day of the notification window (Wed 25 Nov 2026 to Fri 11 Dec 2026), so "
          "that no week is crammed; priority 1 of 1.");
    CHECK(strings(task(plan, "a/notify").depends_on) ==
          std::vector<std::string>{"consult-manager", "decide-timing", "decide-method", "a/brief"});
    CHECK(strings(task(plan, "a/brief").depends_on) ==
          std::vector<std::string>{"consult-manager", "a/handover-doc"});
    CHECK(task_title(Lang::en, plan, task(plan, "a/notify")) ==
          "Tell Client a you are leaving and introduce Heir");
    // Tasks come sorted by date, then in working order.
    CHECK(plan.tasks.front().id == "consult-manager");
    // The farewell messages close the plan on the last day (rule 11).
    CHECK(plan.tasks.back().id == "farewell");
    CHECK(plan.tasks[plan.tasks.size() - 2].id == "final-check");
    CHECK(plan.tasks[plan.tasks.size() - 3].id == "a/notify");
}

TEST_CASE("scheduler: a deal is told on the first working day after the close", "[scheduler]") {
    Input in = base_input();
    auto& c = add_client(in, "deal", Stage::closing);
    c.expected_close = d("2026-12-03");
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "deal/notify") == "2026-12-04");
    CHECK(to_string(task(plan, "deal/notify").rule) == "after-close");
    CHECK(task(plan, "deal/notify").method == Method::in_person);
    CHECK(task(plan, "deal/notify").with == with_people::successor);
    CHECK(date_of(plan, "deal/handover-doc") == "2026-11-23");
    CHECK(date_of(plan, "deal/brief") == "2026-11-23");
    CHECK(plan.find("deal/introduce") == nullptr);
    CHECK(why_of(plan, "deal/notify").find("expected signing on Thu 3 Dec 2026") !=
          std::string::npos);
}

TEST_CASE("scheduler: a close near the last day still waits when a joint visit fits after it",
          "[scheduler]") {
    Input in = base_input();
    auto& c = add_client(in, "late", Stage::negotiation);
    c.expected_close = d("2026-12-16");
    const Plan plan = build_plan(in);
    // Waiting costs nothing: told with the successor on Thu 17 Dec, after the window.
    CHECK(date_of(plan, "late/notify") == "2026-12-17");
    CHECK(to_string(task(plan, "late/notify").rule) == "after-close");
    CHECK_FALSE(has_warning(plan, "DEAL_CLOSES_LATE"));
    CHECK_FALSE(has_warning(plan, "NOTIFY_LATE"));
}

TEST_CASE("scheduler: a close too near the last day for two visits is told before it",
          "[scheduler]") {
    Input in = base_input();
    auto& c = add_client(in, "late", Stage::negotiation);
    c.relationship = Relationship::strong;  // told first by the user, then a joint visit
    SECTION("the last day that leaves the introduction a day: after the close") {
        c.expected_close = d("2026-12-22");
        const Plan plan = build_plan(in);
        CHECK(date_of(plan, "late/notify") == "2026-12-23");
        CHECK(to_string(task(plan, "late/notify").rule) == "after-close");
        // The close wins over the introduction's buffer: the day before the last day.
        CHECK(date_of(plan, "late/introduce") == "2026-12-24");
        CHECK_FALSE(has_warning(plan, "NO_TIME_FOR_INTRO"));
    }
    SECTION("a day later: before the close, as late in the window as there is room") {
        c.expected_close = d("2026-12-23");
        const Plan plan = build_plan(in);
        CHECK(date_of(plan, "late/notify") == "2026-12-11");
        CHECK(has_warning(plan, "DEAL_CLOSES_LATE", "late"));
        CHECK(warning(plan, "DEAL_CLOSES_LATE").severity == Severity::warning);
    }
}

TEST_CASE("scheduler: a close after the last day is told early, with the successor",
          "[scheduler]") {
    Input in = base_input();
    auto& c = add_client(in, "far", Stage::negotiation);
    c.expected_close = d("2027-01-20");
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "far/notify") == "2026-11-25");
    CHECK(has_warning(plan, "DEAL_AFTER_DEPARTURE", "far"));
    CHECK(warning_message(Lang::en, plan, warning(plan, "DEAL_AFTER_DEPARTURE")).find("Heir") !=
          std::string::npos);
}

TEST_CASE("scheduler: priority decides who is told first", "[scheduler]") {
    Input in = base_input();
    in.calendar.max_meetings_per_day = 1;
    add_client(in, "strong").relationship = Relationship::strong;
    add_client(in, "averse").change_averse = true;
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "averse/notify") == "2026-11-25");
    CHECK(date_of(plan, "strong/notify") == "2026-11-26");
    REQUIRE(plan.clients.size() == 2);
    CHECK(plan.clients[0].id == "strong");  // clients stay in input order
    CHECK(plan.clients[0].priority == 2);
    CHECK(plan.clients[1].priority == 1);
}

TEST_CASE("scheduler: follow-up for a change-averse client a few days after the introduction",
          "[scheduler]") {
    Input in = base_input();
    add_client(in, "averse").change_averse = true;
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "averse/notify") == "2026-11-25");
    CHECK(task(plan, "averse/notify").with == 0);
    // intro_gap_days (5) working days later, then three more for the follow-up.
    CHECK(date_of(plan, "averse/introduce") == "2026-12-02");
    CHECK(task(plan, "averse/introduce").with == with_people::successor);
    CHECK(date_of(plan, "averse/follow-up") == "2026-12-07");
    CHECK(task(plan, "averse/follow-up").with == with_people::successor);
    CHECK(strings(task(plan, "averse/follow-up").depends_on) ==
          std::vector<std::string>{"averse/introduce"});
}

TEST_CASE("scheduler: nobody hears before the manager's disclosure date", "[scheduler]") {
    Input in = base_input();
    in.disclose_from = d("2026-12-01");
    add_client(in, "a");
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "a/notify") == "2026-12-01");
    CHECK(why_of(plan, "a/notify").find("Not before Tue 1 Dec 2026") != std::string::npos);
    // Internal work is not client-facing and may start before.
    CHECK(date_of(plan, "a/handover-doc") == "2026-11-23");
    CHECK(date_of(plan, "a/brief") == "2026-11-23");
}

TEST_CASE("scheduler: a window over before anyone can be told is one warning, not an error",
          "[scheduler]") {
    Input in = base_input("2026-12-14", "2026-12-25");
    // The file gives the windows itself: they do not shrink for the short notice.
    in.policy.given.notify_earliest_days = true;
    in.policy.given.notify_latest_days = true;
    in.policy.given.intro_buffer_days = true;
    add_client(in, "a");
    const Plan plan = build_plan(in);
    // The window ended on Fri 11 Dec. The talk with the manager fills Monday, the document
    // and briefing take Tuesday, so the joint call comes on Wednesday: the first day there
    // is, so no NOTIFY_LATE; NOTICE_TOO_SHORT names the cause.
    CHECK(date_of(plan, "a/brief") == "2026-12-15");
    CHECK(date_of(plan, "a/notify") == "2026-12-16");
    CHECK(task(plan, "a/notify").reason == Reason::notify_short_notice);
    CHECK_FALSE(has_warning(plan, "NOTIFY_LATE", "a"));
    CHECK_FALSE(plan.has_errors());
    // A window that a later disclosure date closes stays an error per client.
    Input disclosed = base_input();
    disclosed.disclose_from = d("2026-12-14");
    add_client(disclosed, "a");
    CHECK(has_warning(build_plan(disclosed), "NOTIFY_LATE", "a"));
    // 11 days from the talk with the manager to the end: under the Civil Code's 14.
    CHECK(has_warning(plan, "NOTICE_TOO_SHORT"));
    CHECK(warning_message(Lang::en, plan, warning(plan, "NOTICE_TOO_SHORT"))
              .find("Civil Code (art. 627)") != std::string::npos);
}

TEST_CASE("scheduler: company notice period and the legal end date", "[scheduler]") {
    Input in = base_input("2026-11-20", "2026-12-08");
    CHECK(has_warning(build_plan(in), "NOTICE_TOO_SHORT"));
    {
        const Plan plan = build_plan(in);
        CHECK(warning_message(Lang::en, plan, warning(plan, "NOTICE_TOO_SHORT"))
                  .find("notice period is 30 days") != std::string::npos);
    }
    in.end_date = d("2027-01-15");  // paid leave after the last office day counts as notice
    CHECK_FALSE(has_warning(build_plan(in), "NOTICE_TOO_SHORT"));
}

TEST_CASE("scheduler: a task that fits nowhere is unscheduled, never dropped", "[scheduler]") {
    Input in = base_input();
    in.calendar.hours_per_day = 1;  // an in-person visit needs 1.5 hours
    add_client(in, "big").relationship = Relationship::strong;
    const Plan plan = build_plan(in);
    CHECK(task(plan, "big/notify").status == TaskStatus::unscheduled);
    CHECK_FALSE(task(plan, "big/notify").date.has_value());
    CHECK(task(plan, "big/introduce").status == TaskStatus::unscheduled);
    CHECK(has_warning(plan, "NO_TIME_TO_NOTIFY", "big"));
    CHECK(has_warning(plan, "NO_TIME_FOR_INTRO", "big"));
    CHECK(plan.has_errors());
    // Unscheduled tasks come last.
    CHECK(plan.tasks.back().status == TaskStatus::unscheduled);
}

TEST_CASE("scheduler: an introduction past the buffer is an error but still placed",
          "[scheduler]") {
    Input in = base_input();
    in.policy.intro_buffer_days = 22;  // the deadline (Wed 25 Nov) is the notification's day
    in.policy.introduction = IntroductionPolicy::separate;
    add_client(in, "a");
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "a/introduce") == "2026-11-26");
    CHECK(to_string(task(plan, "a/introduce").rule) == "late");
    CHECK(has_warning(plan, "NO_TIME_FOR_INTRO", "a"));
}

TEST_CASE("scheduler: method warnings, missing successor and incomplete handover", "[scheduler]") {
    Input in = base_input();
    in.successor.clear();
    auto& c = add_client(in, "a");
    c.change_averse = true;
    c.preferred_method = Method::email;
    c.contact = {};
    c.next_events.clear();
    const Plan plan = build_plan(in);
    CHECK(has_warning(plan, "METHOD_TOO_WEAK", "a"));
    CHECK(task(plan, "a/notify").method == Method::email);
    CHECK(has_warning(plan, "NO_SUCCESSOR", "a"));
    CHECK_FALSE(warning(plan, "NO_SUCCESSOR").several);
    CHECK(has_warning(plan, "INCOMPLETE_HANDOVER", "a"));
    CHECK(warning_message(Lang::en, plan, warning(plan, "INCOMPLETE_HANDOVER")) ==
          "The handover document for Client a lacks: contact person, upcoming events. It lists "
          "them as open questions; fill them in before the introduction.");
    CHECK(task_title(Lang::en, plan, task(plan, "a/introduce")) ==
          "Introduce your successor (once named) to Client a");
}

TEST_CASE("scheduler: interviews take hours out and a heavy week is flagged", "[scheduler]") {
    Input in = base_input();
    in.calendar.hours_per_day = 1;
    in.job_search.interviews = {Interview{d("2026-11-24"), 4, "Foo"},
                                Interview{d("2026-11-26"), 3, ""}};
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "interview/2026-11-24") == "2026-11-24");
    CHECK(task_title(Lang::en, plan, task(plan, "interview/2026-11-24")) == "Interview: Foo");
    CHECK(task_title(Lang::en, plan, task(plan, "interview/2026-11-26")) == "Interview");
    CHECK(task(plan, "interview/2026-11-24").job_search);
    CHECK(has_warning(plan, "WEEK_OVERLOADED"));
    auto week = std::find_if(plan.load.begin(), plan.load.end(),
                             [](const WeekLoad& w) { return w.week == "2026-W48"; });
    REQUIRE(week != plan.load.end());
    CHECK(week->interviews == 2);
    CHECK(week->interview_hours == Approx(7));
    CHECK(week->available_hours == Approx(5));
}

TEST_CASE("scheduler: done tasks keep their dates and imply what they needed", "[scheduler]") {
    Input in = base_input();
    add_client(in, "a");
    add_client(in, "b");
    in.done = {{"consult-manager", d("2026-11-19")}, {"b/introduce", d("2026-11-19")}};
    const Plan plan = build_plan(in);
    CHECK(task(plan, "consult-manager").status == TaskStatus::done);
    CHECK(date_of(plan, "consult-manager") == "2026-11-19");
    // b was told, so the decisions before it were made then too.
    CHECK(date_of(plan, "decide-timing") == "2026-11-19");
    CHECK(to_string(task(plan, "decide-timing").rule) == "done-implied");
    CHECK(task(plan, "b/notify").status == TaskStatus::done);
    CHECK(to_string(task(plan, "b/notify").rule) == "done-implied");
    CHECK(task(plan, "b/handover-doc").status == TaskStatus::done);
    CHECK(task(plan, "a/notify").status == TaskStatus::todo);
    CHECK(date_of(plan, "a/notify") == "2026-11-25");
}

TEST_CASE("scheduler: a done talk with the manager frees today for the decisions", "[scheduler]") {
    Input in = base_input();
    in.done = {{"consult-manager", d("2026-11-19")}};
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "decide-timing") == "2026-11-20");
    CHECK(date_of(plan, "decide-method") == "2026-11-20");
}

TEST_CASE("scheduler: work done today uses today's room", "[scheduler]") {
    Input in = base_input();
    in.done = {{"consult-manager", d("2026-11-20")}};
    in.calendar.hours_per_day = 2;
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "decide-timing") == "2026-11-20");
    CHECK(date_of(plan, "decide-method") == "2026-11-23");  // today is full: 1 h + 1 h
}

TEST_CASE("scheduler: weekly reviews close each week", "[scheduler]") {
    Input in = base_input();
    in.job_search.weekly_review = true;
    const Plan plan = build_plan(in);
    CHECK(date_of(plan, "weekly-review/2026-W47") == "2026-11-20");
    CHECK(date_of(plan, "weekly-review/2026-W48") == "2026-11-27");
    CHECK(date_of(plan, "weekly-review/2026-W52") == "2026-12-25");
    CHECK(plan.load.size() == 6);
}

TEST_CASE("scheduler: nothing lands on a closed day or after the last day", "[scheduler]") {
    Input in = base_input();
    in.calendar.calendars = {HolidayCalendar::JP};
    in.calendar.blocked = {BlockedTime{d("2026-11-25"), std::nullopt, "leave"}};
    for (int i = 0; i < 12; ++i) add_client(in, "c" + std::to_string(i)).change_averse = i % 3 == 0;
    const Plan plan = build_plan(in);
    WorkCalendar cal(in, in.today, in.last_day);
    for (const auto& t : plan.tasks) {
        if (!t.date || t.kind == TaskKind::interview) continue;
        INFO(t.id);
        CHECK(*t.date <= in.last_day);
        CHECK(cal.is_open(cal.index_of(*t.date)));
    }
    CHECK(date_of(plan, "c0/notify") != "2026-11-25");
}

TEST_CASE("scheduler: the same input gives the same plan", "[scheduler]") {
    Input in = base_input();
    for (int i = 0; i < 30; ++i) {
        auto& c =
            add_client(in, "c" + std::to_string(i), i % 4 == 0 ? Stage::closing : Stage::active);
        if (i % 4 == 0) c.expected_close = d("2026-12-02");
        c.value = (i * 7919) % 13 * 1e6;
    }
    const Plan a = build_plan(in);
    const Plan b = build_plan(in);
    REQUIRE(a.tasks.size() == b.tasks.size());
    for (std::size_t i = 0; i < a.tasks.size(); ++i) {
        CHECK(a.tasks[i].id == b.tasks[i].id);
        CHECK(a.tasks[i].date == b.tasks[i].date);
        CHECK(a.tasks[i].reason == b.tasks[i].reason);
        CHECK(task_why(Lang::ja, a, a.tasks[i]) == task_why(Lang::ja, b, b.tasks[i]));
    }
}

TEST_CASE("scheduler: talking points carry the facts and never the reason", "[scheduler]") {
    Input in = base_input();
    in.support_until = d("2027-01-31");
    auto& c = add_client(in, "a", Stage::negotiation);
    c.change_averse = true;
    const Plan plan = build_plan(in);
    const std::vector<std::string> points = talking_points(Lang::en, plan, task(plan, "a/notify"));
    auto contains = [&](std::string_view text) {
        return std::any_of(points.begin(), points.end(), [&](const std::string& p) {
            return p.find(text) != std::string_view::npos;
        });
    };
    CHECK(contains("Fri 25 Dec 2026"));
    CHECK(contains("Heir"));
    // No support is promised to a client after the user has left: support_until is an
    // offer to the successor only.
    CHECK_FALSE(contains("Sun 31 Jan 2027"));
    CHECK(contains("check-in together with Heir"));
    CHECK(contains("open deal"));
    CHECK(contains("If asked where you are going"));
    CHECK(contains("do not criticise the company"));
    CHECK_FALSE(contains("reason"));
    CHECK_FALSE(contains("employer"));
}

TEST_CASE("scheduler: contacts in the year-end break get one note listing the clients",
          "[scheduler][closure]") {
    // Today Mon 28 Dec 2026, last day Fri 22 Jan 2027: the window opens before New Year.
    Input in = base_input("2026-12-28", "2027-01-22");
    in.policy.notify_earliest_days = 30;
    add_client(in, "a", Stage::active);
    add_client(in, "b", Stage::active);
    const Plan plan = build_plan(in);
    const auto closures =
        std::count_if(plan.warnings.begin(), plan.warnings.end(),
                      [](const Warning& w) { return w.code == WarningCode::business_closure; });
    REQUIRE(closures == 1);
    const Warning& note =
        *std::find_if(plan.warnings.begin(), plan.warnings.end(),
                      [](const Warning& w) { return w.code == WarningCode::business_closure; });
    CHECK(note.severity == Severity::info);
    CHECK(note.first == d("2026-12-29"));
    CHECK(note.second == d("2027-01-03"));
    CHECK_FALSE(plan.clients_of(note).empty());
    CHECK(warning_message(Lang::en, plan, note).find("year-end break") != std::string::npos);

    // With the preset the days are closed: no contact falls on them, and no note.
    in.calendar.year_end_closure = true;
    const Plan closed = build_plan(in);
    for (const Task& t : closed.tasks) {
        if (!t.date || t.client.empty()) continue;
        INFO(t.id);
        CHECK_FALSE((*t.date >= d("2026-12-29") && *t.date <= d("2027-01-03")));
    }
    CHECK_FALSE(has_warning(closed, "BUSINESS_CLOSURE"));
}

TEST_CASE("scheduler: the year-end break note is for Japanese plans only", "[scheduler][closure]") {
    // The same window as above: contacts fall in the break under every jurisdiction, but
    // only a JP plan hears that Japanese companies are closed then.
    for (const Jurisdiction j : {Jurisdiction::JP, Jurisdiction::US, Jurisdiction::GB}) {
        Input in = base_input("2026-12-28", "2027-01-22");
        in.jurisdiction = j;
        in.policy.notify_earliest_days = 30;
        add_client(in, "a", Stage::active);
        add_client(in, "b", Stage::active);
        const Plan plan = build_plan(in);
        INFO(to_string(j));
        const bool in_break = std::any_of(plan.tasks.begin(), plan.tasks.end(), [](const Task& t) {
            return t.date && !t.client.empty() && *t.date >= d("2026-12-29") &&
                   *t.date <= d("2027-01-03");
        });
        REQUIRE(in_break);
        CHECK(has_warning(plan, "BUSINESS_CLOSURE") == (j == Jurisdiction::JP));
    }
}

TEST_CASE("scheduler: a contact the day before or after the break gets no note",
          "[scheduler][closure]") {
    // Today Mon 4 Jan 2027: nothing can fall in the break any more.
    Input in = base_input("2027-01-04", "2027-01-29");
    add_client(in, "a", Stage::active);
    CHECK_FALSE(has_warning(build_plan(in), "BUSINESS_CLOSURE"));
}

TEST_CASE("scheduler: each client's plan says what its briefing covers") {
    Input in = base_input();
    Client& given = add_client(in, "given", Stage::closing);
    given.decision_maker = in.text("Ms Lee");
    given.handover_notes = in.text("Discount agreed orally.");
    // Events before today are history; the first from today counts.
    given.next_events = {Event{in.today - date::days{1}, "Past", 1},
                         Event{in.today + date::days{20}, "Later", 1}, Event{in.today, "Today", 1}};
    add_client(in, "bare", Stage::active).next_events.clear();
    const Plan plan = build_plan(in);
    REQUIRE(plan.clients.size() == 2);
    CHECK(plan.clients[0].decision_maker == "Ms Lee");
    CHECK(plan.clients[0].has_handover_notes);
    CHECK(plan.clients[0].next_event == in.today);
    CHECK(plan.clients[1].decision_maker.empty());
    CHECK_FALSE(plan.clients[1].has_handover_notes);
    CHECK_FALSE(plan.clients[1].next_event);
}
