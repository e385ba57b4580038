#pragma once

#include <map>
#include <utility>
#include <vector>

#include "handover/calendar/calendar.hpp"

namespace handover {

/// What is left of each day's handover hours and meeting slots while the scheduler places
/// tasks. Time is kept in whole minutes so that sums are exact.
///
/// Searches are amortised near O(1): capacity only ever shrinks, so once a day cannot take
/// a task of some size it never can again. For each task size the ledger keeps skip
/// pointers (a union-find over days, one forward and one backward) that jump over such
/// days, which keeps placement close to linear in the number of tasks however full the
/// calendar gets.
class CapacityLedger {
  public:
    explicit CapacityLedger(const WorkCalendar& calendar);

    static int to_minutes(double hours);

    bool fits(int day, int minutes, bool meeting) const;
    void take(int day, int minutes, bool meeting);
    /// Records work on a day without a fit check (done tasks dated today).
    void take_unchecked(int day, int minutes, bool meeting);

    /// The first day in [from, to] that fits, or -1.
    int find_forward(int from, int to, int minutes, bool meeting);
    /// The last day in [from, to] that fits (searching from `to` down), or -1.
    int find_backward(int from, int to, int minutes, bool meeting);

    int minutes_left(int day) const { return minutes_[static_cast<std::size_t>(day)]; }
    int meetings_left(int day) const { return meetings_[static_cast<std::size_t>(day)]; }
    int size() const { return static_cast<int>(minutes_.size()); }

  private:
    struct Skips {
        std::vector<int> next;  ///< next[d] == d: d may fit; else a later candidate
        std::vector<int> prev;  ///< prev[d+1] == d+1: d may fit; index shifted by one
    };
    Skips& skips_for(int minutes, bool meeting);
    int find_next(std::vector<int>& next, int day);
    int find_prev(std::vector<int>& prev, int day);

    std::vector<int> minutes_;
    std::vector<int> meetings_;
    std::map<std::pair<int, bool>, Skips> skips_;
};

}  // namespace handover
