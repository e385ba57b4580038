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

    Client deal = client(Stage::closing);
    deal.expected_close = d("2026-12-03");
    auto t = notification_target(deal, cal, window, in.last_day);
    CHECK(t.rule == TimingRule::after_close);
    CHECK(cal.day(t.target) == d("2026-12-04"));

    deal.expected_close = d("2026-12-04");  // Friday: the next working day is Monday
    t = notification_target(deal, cal, window, in.last_day);
    CHECK(cal.day(t.target) == d("2026-12-07"));

    deal.expected_close = d("2026-12-16");
    t = notification_target(deal, cal, window, in.last_day);
    CHECK(t.rule == TimingRule::closes_late);
    CHECK(cal.day(t.target) == d("2026-12-11"));

    deal.expected_close = d("2027-01-20");
    t = notification_target(deal, cal, window, in.last_day);
    CHECK(t.rule == TimingRule::after_departure);
    CHECK(cal.day(t.target) == d("2026-11-25"));

    deal.expected_close = d("2026-11-23");
    t = notification_target(deal, cal, window, in.last_day);
    CHECK(t.rule == TimingRule::closed_before);

    Client plain = client(Stage::active);
    t = notification_target(plain, cal, window, in.last_day);
    CHECK(t.rule == TimingRule::window);
    CHECK(t.target == window.start);

    CHECK(cal.day(introduction_deadline(cal, in.policy, last)) == d("2026-12-18"));
}
