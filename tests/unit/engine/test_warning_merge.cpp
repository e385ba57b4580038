// Rule 10: one warning per cause, listing its clients.
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <tuple>

#include "handover/engine/scheduler.hpp"
#include "handover/engine/warning_merge.hpp"
#include "handover/render/plan_texts.hpp"
#include "support/input_builder.hpp"
#include "support/text_strings.hpp"

using namespace handover;
using handover::testing::add_client;
using handover::testing::base_input;
using handover::testing::d;
using handover::testing::strings;

namespace {

std::vector<const Warning*> of_code(const Plan& plan, WarningCode code) {
    std::vector<const Warning*> out;
    for (const Warning& w : plan.warnings) {
        if (w.code == code) out.push_back(&w);
    }
    return out;
}

Warning about(WarningCode code, std::uint32_t client, Text id,
              Severity severity = Severity::error) {
    Warning w;
    w.code = code;
    w.severity = severity;
    w.client_at = client;
    w.client = id;
    return w;
}

}  // namespace

TEST_CASE("warning merge: same cause, several clients, one warning at the first's place",
          "[warning_merge]") {
    TextPool pool;
    std::vector<TextList> lists;
    std::vector<Warning> ws;
    ws.push_back(about(WarningCode::no_time_to_notify, 2, "c"));
    ws.push_back(about(WarningCode::notice_too_short, k_no_client, Text()));
    ws.push_back(about(WarningCode::no_time_to_notify, 0, "a"));
    ws.push_back(about(WarningCode::no_successor, 0, "a", Severity::warning));
    ws.push_back(about(WarningCode::no_successor, 2, "c", Severity::warning));
    ws.push_back(about(WarningCode::incomplete_handover, 1, "b", Severity::info));
    ws.back().number = missing::contact;
    ws.push_back(about(WarningCode::incomplete_handover, 0, "a", Severity::info));
    ws.back().number = missing::events;
    merge_warnings(ws, lists, pool);
    REQUIRE(ws.size() == 5);
    CHECK(ws[0].code == WarningCode::no_time_to_notify);
    CHECK(ws[0].client.empty());
    REQUIRE(ws[0].several);
    CHECK(ws[0].client_at == 0);
    // Clients in input order, whatever order the warnings came in.
    CHECK(strings(lists[0]) == std::vector<std::string>{"a", "c"});
    CHECK(ws[1].code == WarningCode::notice_too_short);
    // NO_SUCCESSOR is left as it is.
    CHECK(ws[2].code == WarningCode::no_successor);
    CHECK(ws[3].code == WarningCode::no_successor);
    CHECK(ws[4].code == WarningCode::incomplete_handover);
    CHECK(ws[4].number == (missing::contact | missing::events));
    CHECK(strings(lists[1]) == std::vector<std::string>{"a", "b"});
}

TEST_CASE("warning merge: a different form, severity or task kind is a different cause",
          "[warning_merge]") {
    TextPool pool;
    std::vector<TextList> lists;
    std::vector<Warning> ws;
    ws.push_back(about(WarningCode::no_time_for_intro, 0, "a"));
    ws.push_back(about(WarningCode::no_time_for_intro, 1, "b"));
    ws.back().form = WarningForm::late;
    ws.push_back(about(WarningCode::over_capacity, 0, "a", Severity::warning));
    ws.back().number = static_cast<int>(TaskKind::handover_doc);
    ws.push_back(about(WarningCode::over_capacity, 1, "b", Severity::warning));
    ws.back().number = static_cast<int>(TaskKind::follow_up);
    const auto before = ws.size();
    merge_warnings(ws, lists, pool);
    CHECK(ws.size() == before);
    CHECK(lists.empty());
}

TEST_CASE("warning merge: the latest day found and the shared values are kept", "[warning_merge]") {
    TextPool pool;
    std::vector<TextList> lists;
    std::vector<Warning> ws;
    const Text ids[] = {"a", "b", "c"};
    for (std::uint32_t c = 0; c < 3; ++c) {
        Warning w = about(WarningCode::notify_late, c, ids[c]);
        w.first = d("2026-11-25");
        w.second = d("2026-12-11");
        w.third = d("2026-12-14") + date::days{c == 1 ? 2 : 0};
        ws.push_back(w);
    }
    merge_warnings(ws, lists, pool);
    REQUIRE(ws.size() == 1);
    CHECK(ws[0].first == d("2026-11-25"));
    CHECK(ws[0].second == d("2026-12-11"));
    CHECK(ws[0].third == d("2026-12-16"));
}

TEST_CASE("warning merge: clients without room give one warning per cause, worded for all",
          "[warning_merge]") {
    Input in = base_input();
    in.calendar.hours_per_day = 1;  // an in-person visit needs 1.5 hours
    for (const char* id : {"a", "b", "c"}) add_client(in, id).relationship = Relationship::strong;
    const Plan plan = build_plan(in);
    const auto notify = of_code(plan, WarningCode::no_time_to_notify);
    REQUIRE(notify.size() == 1);
    CHECK(strings(plan.clients_of(*notify[0])) == std::vector<std::string>{"a", "b", "c"});
    CHECK(warning_message(Lang::en, plan, *notify[0]) ==
          "3 clients cannot be told before the last day: Client a, Client b, Client c. A client "
          "who hears nothing loses trust: agree with your manager today on a later last day or "
          "on who tells them.");
    CHECK(warning_message(Lang::ja, plan, *notify[0]).starts_with("3社のお客様へ"));
    const auto intro = of_code(plan, WarningCode::no_time_for_intro);
    REQUIRE(intro.size() == 1);
    CHECK(warning_message(Lang::en, plan, *intro[0]) ==
          "3 clients cannot be introduced to the successor because their notification has no "
          "date: Client a, Client b, Client c.");
}

TEST_CASE("warning merge: a warning about one client keeps its sentence", "[warning_merge]") {
    Input in = base_input();
    in.calendar.hours_per_day = 1;
    add_client(in, "big").relationship = Relationship::strong;
    const Plan plan = build_plan(in);
    const auto notify = of_code(plan, WarningCode::no_time_to_notify);
    REQUIRE(notify.size() == 1);
    CHECK(notify[0]->client == "big");
    CHECK_FALSE(notify[0]->several);
    CHECK(warning_message(Lang::en, plan, *notify[0]).starts_with("Client big cannot be told"));
}

TEST_CASE("warning merge: a long list names ten clients and counts the rest", "[warning_merge]") {
    Input in = base_input();
    in.calendar.hours_per_day = 1;
    for (int i = 0; i < 12; ++i) {
        add_client(in, fmt::format("c{:02}", i)).relationship = Relationship::strong;
    }
    const Plan plan = build_plan(in);
    const auto notify = of_code(plan, WarningCode::no_time_to_notify);
    REQUIRE(notify.size() == 1);
    CHECK(plan.clients_of(*notify[0]).size() == 12);
    const std::string en = warning_message(Lang::en, plan, *notify[0]);
    CHECK(en.find("Client c09 and 2 more.") != std::string::npos);
    CHECK(en.find("Client c10") == std::string::npos);
    CHECK(warning_message(Lang::ja, plan, *notify[0]).find("Client c09ほか2社") !=
          std::string::npos);
}

TEST_CASE("warning merge: 45 clients with two weeks' notice give a handful of warnings",
          "[warning_merge]") {
    Input in = base_input("2026-12-14", "2026-12-25");
    for (int i = 0; i < 45; ++i) {
        Client& c = add_client(in, fmt::format("c{:02}", i));
        if (i % 3 == 0) c.relationship = Relationship::strong;
        if (i % 5 == 0) c.change_averse = true;
        if (i % 7 == 0) c.contact = {};
    }
    const Plan plan = build_plan(in);
    // One warning per cause: no two about the same code, form and severity.
    std::set<std::tuple<int, int, int, int>> causes;
    for (const Warning& w : plan.warnings) {
        const int kind = w.code == WarningCode::over_capacity ? w.number : 0;
        INFO(to_string(w.code));
        CHECK(causes
                  .emplace(static_cast<int>(w.code), static_cast<int>(w.form),
                           static_cast<int>(w.severity), kind)
                  .second);
    }
    CHECK(plan.warnings.size() <= 12);
    CHECK(plan.has_errors());
    // Nothing asks to free time earlier for a window that is over.
    for (const Warning& w : plan.warnings) {
        INFO(to_string(w.code));
        CHECK(warning_message(Lang::en, plan, w).find("earlier") == std::string::npos);
    }
}
