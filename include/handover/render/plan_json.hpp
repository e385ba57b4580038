#pragma once
// The plan's JSON, written and read in one place (plan_json_write.cpp, plan_json_read.cpp)
// with the one JSON writer (base/json_writer.hpp).

#include <array>
#include <string>
#include <string_view>

#include "handover/base/i18n.hpp"
#include "handover/base/json_writer.hpp"
#include "handover/engine/plan.hpp"

namespace handover {

/// The plan JSON this program writes: 2 since the planning rules version 2 (`with` on tasks).
inline constexpr int k_plan_schema_version = 2;

/// The names of Task::with in JSON, bit by bit: `with_people::successor` (1) is
/// "successor", `with_people::manager` (2) is "manager"; `with` lists them in this order.
inline constexpr std::array<std::string_view, 2> k_with_names{"successor", "manager"};
static_assert(with_people::successor == 1 << 0 && with_people::manager == 1 << 1);

/// The members of a warning, as the plan, `next` and `diff` all write it.
void write_warning(JsonObject& w, Lang lang, const Plan& plan, const Warning& warning);
/// The same with the message already worded (a diff or a list of next tasks keeps it).
void write_warning(JsonObject& w, const Warning& warning, std::string_view message,
                   TextList clients = {});

/// `--format json`: the machine contract of SPEC section 4 (schema_version 2), handed to
/// `out` a chunk at a time (a large plan's JSON is many times the size of its input).
void write_json(const Plan& plan, Lang lang, TextSink& out);

/// Reads a plan back from `--format json` output (schema_version 1, or 2 with `with` on every
/// task; a task of version 1 is with nobody) with what diffing and
/// `next --against` need: dates, tasks, warnings. `file` names it in messages. Throws
/// InputError naming the JSON pointer of what is wrong.
Plan plan_from_json(std::string_view text, const std::string& file, Lang lang);

}  // namespace handover
