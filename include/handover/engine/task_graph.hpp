#pragma once
// The task graph of a plan, written once: which tasks an input's plan has, their ids,
// kinds and steps, whose they are and what each must wait for. The scheduler builds its
// tasks from it and `done` is checked against it (task_ids.hpp), so the two cannot drift.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>

#include "handover/base/dates.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// Whether a task of the graph is in the plan.
enum class TaskPresence : std::uint8_t {
    planned,       ///< always in the plan
    if_done,       ///< only when recorded as done (an interview or client event before today)
    recorded_only  ///< comes from a `done` entry: a weekly review of a week before today's
};

/// One task of the graph. Its views are valid only during the visitor's call.
struct TaskNode {
    std::uint32_t ordinal = 0;  ///< position in visiting order, counted from 0
    std::string_view id;
    std::string_view kind;  ///< one of the task_id constants
    int step = 0;
    const Client* client = nullptr;        ///< per-client tasks
    const Interview* interview = nullptr;  ///< interview tasks
    const Event* event = nullptr;          ///< a client's event (`<client>/event/YYYY-MM-DD`)
    std::optional<Day> week;               ///< weekly reviews: the Monday of the week
    /// Ordinals of the nodes this task waits for, all visited earlier.
    std::span<const std::uint32_t> prerequisites;
    TaskPresence presence = TaskPresence::planned;
};

/// Calls `visit` with every task the plan for `input` can contain, in plan-building order
/// (prerequisites before their dependents): the planning tasks, each client's tasks in
/// input order (its events last), the shared handover, interviews, weekly reviews from
/// today's week to the last day's, and weekly reviews recorded as done for earlier weeks.
void for_each_task(const Input& input, const std::function<void(const TaskNode&)>& visit);

}  // namespace handover
