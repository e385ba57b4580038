#pragma once
// What would make a plan fit: when the rules cannot place every announcement and
// introduction by the last day, the engine plans again on changed copies of the input and
// says what one change alone would make everything fit (PLAN_DOES_NOT_FIT): the earliest
// last day, the hours a day, or how many of the lowest-priority clients to announce by
// email or hand to the manager. When the manager's `disclose_from` is the cause, it says
// from when client contact would have to be allowed (DISCLOSURE_LATE).
// docs/scheduling.md, "What would fit", explains the searches.

#include <cstddef>
#include <vector>

#include "handover/engine/plan.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// Plans `input` without looking for what would fit (the scheduler itself).
using Replan = Plan (*)(const Input&);

/// The searches run only for plans of at most this many clients: each plans again some
/// fifty times: about 25 ms at 100 clients, under 200 ms at this size; it would multiply the time
/// of a very large plan (docs/benchmarks.md).
inline constexpr std::size_t k_fit_max_clients = 500;
/// How far each search looks: working days after the last day, hours a day.
inline constexpr int k_fit_max_extra_days = 60;
inline constexpr double k_fit_max_hours = 12;

/// Whether the plan places every announcement and introduction in time: it has no error
/// NO_TIME_TO_NOTIFY, NO_TIME_FOR_INTRO or OVER_CAPACITY, and no NOTIFY_LATE for a window
/// that still has a day after today (one that has none is missed whatever changes: the
/// window is a preference, rule 6).
bool plan_fits(const Plan& plan);

/// The smallest n in 1..limit with fits(n), for a property that holds from some n on: found
/// by doubling, then halving, so that fits(n) and not fits(n - 1) were both seen (n - 1 = 0
/// is the plan as it is, which does not fit); 0 when fits(limit) does not hold.
template <typename Fits>
int smallest_that_fits(int limit, Fits&& fits) {
    if (limit < 1) return 0;
    int fails = 0;
    int n = 1;
    while (!fits(n)) {
        fails = n;
        if (n == limit) return 0;
        n = n > limit / 2 ? limit : 2 * n;
    }
    while (n - fails > 1) {
        const int mid = fails + (n - fails) / 2;
        (fits(mid) ? n : fails) = mid;
    }
    return n;
}

/// The searched advice for `plan` (made from `input`), or none when it fits, when the last
/// day has passed, or when it has more than k_fit_max_clients clients. `clients` receives
/// the ids of the clients the advice names (lowest priority first).
std::optional<FitAdvice> find_fit(const Input& input, const Plan& plan, Replan replan,
                                  std::vector<std::string_view>& clients);

/// Adds to `plan` what would make it fit: Plan::fit with one PLAN_DOES_NOT_FIT error first
/// among the warnings, and DISCLOSURE_LATE when an earlier `disclose_from` alone would let
/// every announcement fit. Deterministic: the same input gives the same advice.
void add_fit_advice(const Input& input, Plan& plan, Replan replan);

}  // namespace handover
