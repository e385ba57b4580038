// The names of kinds, rules and warning codes are a public contract (JSON, CSV): each value
// has one, no two share one, and reading a name back gives the value again.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "handover/engine/plan_codes.hpp"

using namespace handover;

namespace {

template <typename T, std::size_t N, typename FromString>
void check_round_trip(const std::array<T, N>& values, FromString from_string) {
    std::set<std::string, std::less<>> names;
    for (const T value : values) {
        const std::string_view name = to_string(value);
        CAPTURE(std::string(name));
        CHECK(names.insert(std::string(name)).second);
        const auto back = from_string(name);
        REQUIRE(back.has_value());
        CHECK(*back == value);
    }
    CHECK_FALSE(from_string("no such name").has_value());
}

}  // namespace

TEST_CASE("plan codes: every task kind has a name that reads back") {
    check_round_trip(k_task_kinds, task_kind_from_string);
    for (const TaskKind kind : k_task_kinds) CHECK_FALSE(to_string(kind).empty());
    CHECK(to_string(TaskKind::weekly_review) == "weekly-review");
    CHECK(to_string(TaskKind::handover_doc) == "handover-doc");
    CHECK(to_string(TaskKind::resignation_letter) == "resignation-letter");
    CHECK(to_string(TaskKind::support_agreement) == "support-agreement");
    CHECK(to_string(TaskKind::final_check) == "final-check");
    CHECK(to_string(TaskKind::farewell) == "farewell");
    // A day's tasks are sorted by kind packed into four bits (scheduler.cpp, sort_tasks).
    CHECK(k_task_kinds.size() <= 16);
}

TEST_CASE("plan codes: every rule has a name that reads back") {
    check_round_trip(k_rules, rule_from_string);
    for (const Rule rule : k_rules) CHECK(to_string(rule).empty() == (rule == Rule::none));
    CHECK(to_string(Rule::intro_after_notify) == "intro-after-notify");
    CHECK(to_string(Rule::no_room) == "no-room");
}

TEST_CASE("plan codes: every warning code has a name that reads back") {
    check_round_trip(k_warning_codes, warning_code_from_string);
    for (const WarningCode code : k_warning_codes) CHECK_FALSE(to_string(code).empty());
    CHECK(to_string(WarningCode::no_time_to_notify) == "NO_TIME_TO_NOTIFY");
    CHECK(to_string(WarningCode::support_after_end) == "SUPPORT_AFTER_END");
}

TEST_CASE("plan codes: the lists name every value once") {
    // The enums count from zero without gaps; each list holds each value at its own place.
    for (std::size_t i = 0; i < k_task_kinds.size(); ++i)
        CHECK(static_cast<std::size_t>(k_task_kinds[i]) == i);
    for (std::size_t i = 0; i < k_rules.size(); ++i)
        CHECK(static_cast<std::size_t>(k_rules[i]) == i);
    for (std::size_t i = 0; i < k_warning_codes.size(); ++i)
        CHECK(static_cast<std::size_t>(k_warning_codes[i]) == i);
    CHECK(static_cast<std::size_t>(TaskKind::weekly_review) + 1 == k_task_kinds.size());
    CHECK(static_cast<std::size_t>(Rule::last_day) + 1 == k_rules.size());
    CHECK(static_cast<std::size_t>(WarningCode::support_after_end) + 1 == k_warning_codes.size());
}
