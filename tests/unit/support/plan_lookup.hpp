#pragma once
// Looking up a plan's tasks by id in engine tests: a test names the task it checks, and a
// missing task fails the test with its id.

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "handover/base/dates.hpp"
#include "handover/engine/plan.hpp"

namespace handover::testing {

inline const Task& task(const Plan& plan, std::string_view id) {
    const Task* t = plan.find(id);
    INFO("task " << id);
    REQUIRE(t != nullptr);
    return *t;
}

/// The task's date as `YYYY-MM-DD`, or `unscheduled`.
inline std::string date_of(const Plan& plan, std::string_view id) {
    const Task& t = task(plan, id);
    return t.date ? format_iso(*t.date) : std::string("unscheduled");
}

}  // namespace handover::testing
