#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "handover/base/dates.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// The working calendar between two days (inclusive): which days are open, and how many
/// handover hours and client meetings each one offers. Days are addressed by index
/// (0 = first day) so the scheduler can keep per-day state in flat arrays.
class WorkCalendar {
  public:
    /// Builds the calendar from the input for [first, last]. Interviews reduce the hours.
    WorkCalendar(const Input& input, Day first, Day last);

    Day first() const { return first_; }
    Day last() const { return last_; }
    int size() const { return static_cast<int>(days_.size()); }
    Day day(int index) const { return first_ + date::days{index}; }
    /// Index of a day; may be negative or >= size() for days outside the range.
    int index_of(Day day) const { return static_cast<int>((day - first_).count()); }

    /// Open: a workday that is not a holiday and not fully blocked.
    bool is_open(int index) const { return days_[static_cast<std::size_t>(index)].open; }
    /// Handover hours the day offers (0 on closed days).
    double hours(int index) const { return days_[static_cast<std::size_t>(index)].hours; }
    /// Hours before interviews are taken out (for the weekly room).
    double hours_before_interviews(int index) const {
        return days_[static_cast<std::size_t>(index)].room;
    }
    int meetings(int index) const { return days_[static_cast<std::size_t>(index)].meetings; }
    bool is_holiday(int index) const { return days_[static_cast<std::size_t>(index)].holiday; }
    /// Holiday name (in the language) or blocked reason, empty when none.
    const std::string& note(int index, bool japanese) const {
        return japanese ? days_[static_cast<std::size_t>(index)].note
                        : days_[static_cast<std::size_t>(index)].note_en;
    }
    bool is_blocked(int index) const { return days_[static_cast<std::size_t>(index)].blocked; }

    /// Open days in [0, index] (a prefix count) so working-day distances cost O(1).
    int open_days_through(int index) const;
    /// The open day that lies `n` open days before `index` (counting `index` itself as 0
    /// when open). Returns a negative value when that lies before the range.
    int open_day_before(int index, int n) const;
    /// The open day `n` open days after `index` (n >= 1), or size() when there is none.
    int open_day_after(int index, int n) const;
    /// The first open day at or after `index`, or size() when there is none.
    int next_open(int index) const;
    /// The last open day at or before `index`, or -1 when there is none.
    int prev_open(int index) const;

  private:
    struct DayInfo {
        bool open = false;
        bool holiday = false;
        double room = 0;
        double hours = 0;
        int meetings = 0;
        bool blocked = false;
        std::string note;     ///< Japanese holiday name, or the blocked reason
        std::string note_en;  ///< English holiday name, or the blocked reason
    };
    Day first_;
    Day last_;
    std::vector<DayInfo> days_;
    std::vector<int> open_prefix_;  ///< open days in [0, i]
    std::vector<int> open_list_;    ///< indices of open days, ascending
};

/// True when a day is a holiday under the input's calendar (its own days, closures or a
/// built-in calendar).
bool is_configured_holiday(const CalendarConfig& config, Day day);

}  // namespace handover
