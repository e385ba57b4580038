#include <catch2/catch.hpp>

#include "handover/engine/rules.hpp"
#include "support/input_builder.hpp"

using namespace handover;
using handover::testing::d;

namespace {
Client client(Stage stage, Relationship relationship = Relationship::normal, double value = 0,
              bool change_averse = false) {
    Client c;
    c.id = "c";
    c.stage = stage;
    c.relationship = relationship;
    c.value = value;
    c.change_averse = change_averse;
    return c;
}
}  // namespace

TEST_CASE("rules: method follows relationship, stage and value", "[rules]") {
    const Policy policy;
    CHECK(choose_method(client(Stage::active, Relationship::normal, 0, true), policy).method ==
          Method::in_person);
    CHECK(choose_method(client(Stage::active, Relationship::strong), policy).method ==
          Method::in_person);
    CHECK(choose_method(client(Stage::active, Relationship::normal, 2e7), policy).method ==
          Method::in_person);
    CHECK(choose_method(client(Stage::closing), policy).method == Method::in_person);
    CHECK(choose_method(client(Stage::negotiation), policy).method == Method::in_person);
    CHECK(choose_method(client(Stage::active, Relationship::weak), policy).method == Method::email);
    CHECK(choose_method(client(Stage::dormant), policy).method == Method::email);
    CHECK(choose_method(client(Stage::prospect), policy).method == Method::email);
    CHECK(choose_method(client(Stage::renewal), policy).method == Method::video);
    CHECK(choose_method(client(Stage::active), policy).method == Method::phone);
    CHECK(choose_method(client(Stage::proposal), policy).method == Method::phone);
}

TEST_CASE("rules: preferred method wins and a weaker one is flagged for sensitive clients",
          "[rules]") {
    const Policy policy;
    Client averse = client(Stage::active, Relationship::normal, 0, true);
    averse.preferred_method = Method::email;
    auto choice = choose_method(averse, policy);
    CHECK(choice.method == Method::email);
    CHECK(choice.wanted == Method::in_person);
    CHECK(choice.too_weak);

    Client big = client(Stage::proposal, Relationship::normal, 1.5e7);
    big.preferred_method = Method::phone;
    CHECK(choose_method(big, policy).too_weak);

    // A strong relationship alone is not "sensitive": the client's wish is simply honoured.
    Client strong = client(Stage::active, Relationship::strong);
    strong.preferred_method = Method::video;
    CHECK_FALSE(choose_method(strong, policy).too_weak);

    // A preference equal to what the rules want is no weaker.
    Client same = client(Stage::active, Relationship::normal, 0, true);
    same.preferred_method = Method::in_person;
    CHECK_FALSE(choose_method(same, policy).too_weak);

    // A stronger method than wanted is never flagged.
    Client weak = client(Stage::active, Relationship::weak);
    weak.preferred_method = Method::in_person;
    CHECK_FALSE(choose_method(weak, policy).too_weak);
}

TEST_CASE("rules: durations and meetings", "[rules]") {
    CHECK(contact_hours(Method::in_person) == 1.5);
    CHECK(contact_hours(Method::video) == 1.0);
    CHECK(contact_hours(Method::phone) == 0.5);
    CHECK(contact_hours(Method::email) == 0.25);
    CHECK(is_meeting(Method::in_person));
    CHECK(is_meeting(Method::video));
    CHECK_FALSE(is_meeting(Method::phone));
    CHECK_FALSE(is_meeting(Method::email));
}

TEST_CASE("rules: priority puts change-averse, strong, high-value and open deals first",
          "[rules]") {
    const Policy policy;
    Client averse = client(Stage::active, Relationship::normal, 0, true);
    Client strong = client(Stage::active, Relationship::strong);
    Client big = client(Stage::active, Relationship::normal, 2e7);
    Client deal = client(Stage::negotiation);
    Client plain = client(Stage::active, Relationship::normal, 5e6);
    Client plain_small = client(Stage::active, Relationship::normal, 1e6);
    CHECK(priority_key(averse, policy) < priority_key(strong, policy));
    CHECK(priority_key(strong, policy) < priority_key(big, policy));
    CHECK(priority_key(big, policy) < priority_key(deal, policy));
    CHECK(priority_key(deal, policy) < priority_key(plain, policy));
    CHECK(priority_key(plain, policy) < priority_key(plain_small, policy));
}

TEST_CASE("rules: notification window and timing targets", "[rules]") {
    Input in = handover::testing::base_input();
    WorkCalendar cal(in, in.today, in.last_day);
    const int last = cal.size() - 1;
    const NotifyWindow window = notification_window(cal, in.policy, last, 0);
    // 30 calendar days before Fri 25 Dec is Wed 25 Nov; 10 working days before is Fri 11 Dec.
    CHECK(cal.day(window.start) == d("2026-11-25"));
    CHECK(cal.day(window.end) == d("2026-12-11"));
    const auto target = [&](const Client& c, VisitMode mode = VisitMode::separate,
                            int release = 0) {
        return notification_target(c, cal, in.policy, window, release, mode, in.last_day);
    };

    Client deal = client(Stage::closing);
    deal.expected_close = d("2026-12-03");
    auto t = target(deal);
    CHECK(t.rule == TimingRule::after_close);
    CHECK(cal.day(t.from) == d("2026-12-04"));
    // The close wins over the window: up to the day before the introduction's last chance.
    CHECK(cal.day(t.to) == d("2026-12-23"));
    CHECK(cal.day(target(deal, VisitMode::joint).to) == d("2026-12-24"));
    // A later release (the briefing of a joint visit) moves the first day, not the rule.
    t = target(deal, VisitMode::joint, cal.index_of(d("2026-12-08")));
    CHECK(t.rule == TimingRule::after_close);
    CHECK(cal.day(t.from) == d("2026-12-08"));

    deal.expected_close = d("2026-12-04");  // Friday: the next working day is Monday
    CHECK(cal.day(target(deal).from) == d("2026-12-07"));

    // notify_after_close_days counts working days after the first one after the close.
    deal.expected_close = d("2026-12-03");
    in.policy.notify_after_close_days = 2;
    CHECK(cal.day(
              notification_target(deal, cal, in.policy, window, 0, VisitMode::separate, in.last_day)
                  .from) == d("2026-12-08"));
    in.policy.notify_after_close_days = 0;

    // A separate announcement needs a later day for the introduction: after the close must
    // be on or before Wed 23 Dec; a joint visit needs only the day itself (Thu 24 Dec).
    deal.expected_close = d("2026-12-22");  // told Wed 23 Dec
    CHECK(target(deal).rule == TimingRule::after_close);
    deal.expected_close = d("2026-12-23");  // told Thu 24 Dec: too late for two contacts
    t = target(deal);
    CHECK(t.rule == TimingRule::closes_late);
    CHECK(cal.day(t.to) == d("2026-12-11"));  // the window's end, before the close
    CHECK(target(deal, VisitMode::joint).rule == TimingRule::after_close);
    deal.expected_close = d("2026-12-24");  // told Fri 25 Dec, the last day itself
    CHECK(target(deal, VisitMode::joint).rule == TimingRule::closes_late);

    // A close before the window's end: told before it, as late as the close allows.
    deal.expected_close = d("2026-12-24");
    CHECK(cal.day(target(deal).to) == d("2026-12-11"));

    // On the last day the deal is still the user's; the day after, it outlives them.
    deal.expected_close = d("2026-12-25");
    CHECK(target(deal, VisitMode::joint).rule == TimingRule::closes_late);
    deal.expected_close = d("2026-12-26");
    t = target(deal);
    CHECK(t.rule == TimingRule::after_departure);
    CHECK(cal.day(t.from) == d("2026-11-25"));

    // The first working day after the close on the window's first day is after_close; one
    // day earlier it lies before the window.
    deal.expected_close = d("2026-11-24");  // told Wed 25 Nov, the window's first day
    CHECK(target(deal).rule == TimingRule::after_close);
    deal.expected_close = d("2026-11-23");  // told Tue 24 Nov, before the window
    CHECK(target(deal).rule == TimingRule::closed_before);

    // A proposal's decision date counts; an active client's expected_close does not.
    Client proposal = client(Stage::proposal);
    proposal.expected_close = d("2026-12-03");
    CHECK(target(proposal).rule == TimingRule::after_close);
    Client active = client(Stage::active);
    active.expected_close = d("2026-12-03");
    CHECK(target(active).rule == TimingRule::window);

    // A renewal's signing day is a decision on a known day too: waited for while it fits,
    // told before it when too near, early when after the last day; without one, the window.
    Client renewal = client(Stage::renewal);
    CHECK_FALSE(has_pending_close(renewal));
    CHECK(target(renewal).rule == TimingRule::window);
    renewal.expected_close = d("2026-12-03");
    CHECK(has_pending_close(renewal));
    t = target(renewal);
    CHECK(t.rule == TimingRule::after_close);
    CHECK(cal.day(t.from) == d("2026-12-04"));
    renewal.expected_close = d("2026-12-22");
    CHECK(target(renewal).rule == TimingRule::after_close);
    renewal.expected_close = d("2026-12-23");
    CHECK(target(renewal).rule == TimingRule::closes_late);
    renewal.expected_close = d("2026-12-25");
    CHECK(target(renewal, VisitMode::joint).rule == TimingRule::closes_late);
    renewal.expected_close = d("2026-12-26");
    CHECK(target(renewal).rule == TimingRule::after_departure);
    renewal.expected_close = d("2026-11-23");  // signed before the window opens
    CHECK(target(renewal).rule == TimingRule::closed_before);
    // Prospects, active and dormant clients have no decision ahead.
    for (const Stage stage : {Stage::prospect, Stage::active, Stage::dormant}) {
        Client other = client(stage);
        other.expected_close = d("2026-12-03");
        CHECK_FALSE(has_pending_close(other));
    }

    Client plain = client(Stage::active);
    t = target(plain);
    CHECK(t.rule == TimingRule::window);
    CHECK(t.from == window.start);
    CHECK(t.to == window.end);

    CHECK(cal.day(introduction_deadline(cal, in.policy, last)) == d("2026-12-18"));
}

TEST_CASE("rules: the successor takes over on the first working day after the last day",
          "[rules]") {
    Input in;
    in.last_day = d("2026-12-24");  // a Thursday
    CHECK(takeover_day(in) == d("2026-12-25"));
    in.last_day = d("2026-12-25");  // a Friday: the weekend is skipped
    CHECK(takeover_day(in) == d("2026-12-28"));
    // The year-end closure and the national holidays keep the successor's first day out.
    in.calendar.year_end_closure = true;
    in.calendar.calendars = {HolidayCalendar::JP};
    in.last_day = d("2026-12-28");
    CHECK(takeover_day(in) == d("2027-01-04"));
    // An explicit holiday on the day after the last day moves it by one.
    in.calendar.holidays.push_back(NamedHoliday{d("2027-01-04"), ""});
    CHECK(takeover_day(in) == d("2027-01-05"));
    // A working week of Saturdays only.
    in.calendar.workdays = {false, false, false, false, false, true, false};
    in.last_day = d("2026-11-28");
    CHECK(takeover_day(in) == d("2026-12-05"));
}
