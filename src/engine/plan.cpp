#include "handover/engine/plan.hpp"

#include <algorithm>

namespace handover {

std::string_view to_string(TaskStatus status) {
    switch (status) {
        case TaskStatus::todo:
            return "todo";
        case TaskStatus::done:
            return "done";
        case TaskStatus::unscheduled:
            return "unscheduled";
    }
    return "todo";
}

std::string_view to_string(Severity severity) {
    switch (severity) {
        case Severity::info:
            return "info";
        case Severity::warning:
            return "warning";
        case Severity::error:
            return "error";
    }
    return "warning";
}

bool Plan::has_errors() const {
    return std::any_of(warnings.begin(), warnings.end(),
                       [](const Warning& w) { return w.severity == Severity::error; });
}

const Task* Plan::find(std::string_view id) const {
    auto it = std::find_if(tasks.begin(), tasks.end(), [&](const Task& t) { return t.id == id; });
    return it == tasks.end() ? nullptr : &*it;
}

}  // namespace handover
