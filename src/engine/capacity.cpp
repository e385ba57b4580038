#include "handover/engine/capacity.hpp"

#include <cmath>

namespace handover {

CapacityLedger::CapacityLedger(const WorkCalendar& calendar) {
    const auto n = static_cast<std::size_t>(calendar.size());
    minutes_.resize(n);
    meetings_.resize(n);
    for (int d = 0; d < calendar.size(); ++d) {
        const bool open = calendar.is_open(d);
        minutes_[static_cast<std::size_t>(d)] = open ? to_minutes(calendar.hours(d)) : 0;
        meetings_[static_cast<std::size_t>(d)] = open ? calendar.meetings(d) : 0;
    }
}

int CapacityLedger::to_minutes(double hours) {
    return static_cast<int>(std::lround(hours * 60));
}

bool CapacityLedger::fits(int day, int minutes, bool meeting) const {
    if (day < 0 || day >= size()) return false;
    const auto d = static_cast<std::size_t>(day);
    // A task needs real room: a day with zero minutes left takes nothing, not even
    // a zero-length task.
    return minutes_[d] > 0 && minutes_[d] >= minutes && (!meeting || meetings_[d] > 0);
}

void CapacityLedger::take(int day, int minutes, bool meeting) {
    take_unchecked(day, minutes, meeting);
}

void CapacityLedger::take_unchecked(int day, int minutes, bool meeting) {
    if (day < 0 || day >= size()) return;
    const auto d = static_cast<std::size_t>(day);
    minutes_[d] -= minutes;
    if (meeting) meetings_[d] -= 1;
}

CapacityLedger::Skips& CapacityLedger::skips_for(int minutes, bool meeting) {
    auto [it, inserted] = skips_.try_emplace({minutes, meeting});
    if (inserted) {
        const std::size_t n = minutes_.size();
        it->second.next.resize(n + 1);
        it->second.prev.resize(n + 1);
        for (std::size_t i = 0; i <= n; ++i) {
            it->second.next[i] = static_cast<int>(i);
            it->second.prev[i] = static_cast<int>(i);
        }
    }
    return it->second;
}

int CapacityLedger::find_next(std::vector<int>& next, int day) {
    // Iterative find with path halving; next[size()] == size() is the sentinel.
    while (next[static_cast<std::size_t>(day)] != day) {
        auto& parent = next[static_cast<std::size_t>(day)];
        parent = next[static_cast<std::size_t>(parent)];
        day = parent;
    }
    return day;
}

int CapacityLedger::find_prev(std::vector<int>& prev, int day) {
    while (prev[static_cast<std::size_t>(day)] != day) {
        auto& parent = prev[static_cast<std::size_t>(day)];
        parent = prev[static_cast<std::size_t>(parent)];
        day = parent;
    }
    return day;
}

int CapacityLedger::find_forward(int from, int to, int minutes, bool meeting) {
    if (from < 0) from = 0;
    if (to >= size()) to = size() - 1;
    if (from > to) return -1;
    auto& next = skips_for(minutes, meeting).next;
    int day = find_next(next, from);
    while (day <= to) {
        if (fits(day, minutes, meeting)) return day;
        next[static_cast<std::size_t>(day)] = day + 1;  // never fits again: skip it for good
        day = find_next(next, day + 1);
    }
    return -1;
}

int CapacityLedger::find_backward(int from, int to, int minutes, bool meeting) {
    if (from < 0) from = 0;
    if (to >= size()) to = size() - 1;
    if (from > to) return -1;
    // prev is shifted by one so that index 0 is the "before the first day" sentinel.
    auto& prev = skips_for(minutes, meeting).prev;
    int slot = find_prev(prev, to + 1);
    while (slot >= from + 1) {
        const int day = slot - 1;
        if (fits(day, minutes, meeting)) return day;
        prev[static_cast<std::size_t>(slot)] = slot - 1;
        slot = find_prev(prev, slot - 1);
    }
    return -1;
}

}  // namespace handover
