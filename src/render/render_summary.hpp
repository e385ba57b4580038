#pragma once
// Shared by the text and Markdown renderers: the plan's counts in one line each.

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/i18n.hpp"
#include "handover/engine/plan.hpp"

namespace handover {

/// The weekly reviews of weeks with no working day left (the engine leaves them unscheduled
/// and, unlike a review that found no room, warns about nothing): there is nothing to do in
/// such a week, so a checklist leaves them out.
class IdleReviews {
  public:
    explicit IdleReviews(const Plan& plan);
    bool contains(const Task& task) const;
    std::size_t size() const { return ids_.size(); }

  private:
    std::set<std::string_view> ids_;  // ids of the plan's tasks, which outlives this
};

/// "Tasks: N (done D, unscheduled U)", "Clients: C", "Errors: E · Warnings: W · Notes: I".
/// Tasks in `left_out` are not counted.
std::vector<std::string> summary_counts(const Plan& plan, Lang lang,
                                        const IdleReviews* left_out = nullptr);

}  // namespace handover
