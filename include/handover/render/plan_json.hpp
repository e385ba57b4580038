#pragma once
// The plan's JSON, written and read in one place (plan_json_write.cpp, plan_json_read.cpp)
// with the one JSON writer (base/json_writer.hpp).

#include <string>
#include <string_view>

#include "handover/base/i18n.hpp"
#include "handover/base/json_writer.hpp"
#include "handover/engine/plan.hpp"

namespace handover {

/// The members of a warning, as the plan, `next` and `diff` all write it.
void write_warning(JsonObject& w, Lang lang, const Plan& plan, const Warning& warning);
/// The same with the message already worded (a diff or a list of next tasks keeps it).
void write_warning(JsonObject& w, const Warning& warning, std::string_view message,
                   TextList clients = {});

/// `--format json`: the machine contract of SPEC section 4 (schema_version 1), handed to
/// `out` a chunk at a time (a large plan's JSON is many times the size of its input).
void write_json(const Plan& plan, Lang lang, TextSink& out);

/// Reads a plan back from `--format json` output (schema_version 1) with what diffing and
/// `next --against` need: dates, tasks, warnings. `file` names it in messages. Throws
/// InputError naming the JSON pointer of what is wrong.
Plan plan_from_json(std::string_view text, const std::string& file, Lang lang);

}  // namespace handover
