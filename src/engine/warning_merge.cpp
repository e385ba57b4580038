// Rule 10: one warning per cause, listing its clients. See warning_merge.hpp.
#include "handover/engine/warning_merge.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace handover {

bool merges_by_client(WarningCode code) {
    switch (code) {
        case WarningCode::no_time_to_notify:
        case WarningCode::notify_late:
        case WarningCode::no_time_for_intro:
        case WarningCode::over_capacity:
        case WarningCode::method_too_weak:
        case WarningCode::close_date_passed:
        case WarningCode::incomplete_handover:
        case WarningCode::deal_closes_late:
        case WarningCode::deal_after_departure:
            return true;
        case WarningCode::notice_too_short:
        case WarningCode::no_successor:
        case WarningCode::week_overloaded:
        case WarningCode::last_day_passed:
        case WarningCode::business_closure:
        case WarningCode::disclosure_late:
        case WarningCode::plan_does_not_fit:
        case WarningCode::support_after_end:
            return false;
    }
    return false;
}

namespace {

bool mergeable(const Warning& w) {
    return merges_by_client(w.code) && w.client_at != k_no_client && !w.several && w.worded.empty();
}

/// The cause of a warning about one client: code, form, severity and, for OVER_CAPACITY,
/// the kind of task that has no room.
std::uint64_t cause_of(const Warning& w) {
    const auto kind = w.code == WarningCode::over_capacity ? static_cast<std::uint32_t>(w.number)
                                                           : std::uint32_t{0};
    return (std::uint64_t{static_cast<std::uint8_t>(w.code)} << 48) |
           (std::uint64_t{static_cast<std::uint8_t>(w.form)} << 40) |
           (std::uint64_t{static_cast<std::uint8_t>(w.severity)} << 32) | kind;
}

/// Folds `w` (a later warning of the same cause) into `merged`: keeps what they share.
void fold(Warning& merged, const Warning& w) {
    switch (merged.code) {
        case WarningCode::notify_late:
            merged.third = std::max(merged.third, w.third);
            break;
        case WarningCode::no_time_for_intro:
            if (merged.form == WarningForm::late) merged.second = std::max(merged.second, w.second);
            break;
        case WarningCode::method_too_weak:
            if (merged.number != w.number) merged.number = -1;
            break;
        case WarningCode::incomplete_handover:
            merged.number |= w.number;
            break;
        default:
            break;
    }
}

}  // namespace

void merge_warnings(std::vector<Warning>& warnings, std::vector<TextList>& lists, TextPool& pool) {
    // The group of each cause, by the place of its first warning; most plans have none to
    // merge, and those that have some have few causes.
    struct Group {
        std::size_t merged_at = 0;           ///< the place of its merged warning, once made
        std::size_t count = 0;               ///< its warnings
        std::vector<std::uint32_t> clients;  ///< by index in the plan's clients
    };
    std::vector<Group> groups;
    std::unordered_map<std::uint64_t, std::size_t> group_of;
    std::vector<std::uint32_t> group_at(warnings.size(), k_no_client);
    for (std::size_t i = 0; i < warnings.size(); ++i) {
        const Warning& w = warnings[i];
        if (!mergeable(w)) continue;
        auto [it, added] = group_of.try_emplace(cause_of(w), groups.size());
        if (added) groups.emplace_back();
        groups[it->second].clients.push_back(w.client_at);
        groups[it->second].count += 1;
        group_at[i] = static_cast<std::uint32_t>(it->second);
    }
    if (std::none_of(groups.begin(), groups.end(), [](const Group& g) { return g.count > 1; })) {
        return;
    }
    // Each client's id, from its warnings: one table by client index, smaller than an id
    // beside every listed client.
    std::vector<Text> id_of;
    for (const Warning& w : warnings) {
        if (!mergeable(w)) continue;
        if (w.client_at >= id_of.size()) id_of.resize(w.client_at + std::size_t{1});
        id_of[w.client_at] = w.client;
    }
    // Compacted in place (a plan of 100,000 clients may hold a quarter of a million
    // warnings): each kept or merged warning moves to `write`, never after where it was.
    constexpr std::size_t k_not_made = static_cast<std::size_t>(-1);
    for (Group& g : groups) g.merged_at = k_not_made;
    std::size_t write = 0;
    std::vector<Text> ids;
    for (std::size_t i = 0; i < warnings.size(); ++i) {
        const std::uint32_t g = group_at[i];
        if (g == k_no_client || groups[g].count < 2) {
            if (write != i) warnings[write] = std::move(warnings[i]);
            ++write;
            continue;
        }
        Group& group = groups[g];
        if (group.merged_at != k_not_made) {
            fold(warnings[group.merged_at], warnings[i]);
            continue;
        }
        Warning merged = std::move(warnings[i]);
        std::sort(group.clients.begin(), group.clients.end());
        group.clients.erase(std::unique(group.clients.begin(), group.clients.end()),
                            group.clients.end());
        ids.clear();
        for (const std::uint32_t c : group.clients) ids.push_back(id_of[c]);
        group.clients = {};
        merged.client = Text();
        merged.task = Text();
        merged.several = true;
        merged.client_at = static_cast<std::uint32_t>(lists.size());
        lists.push_back(pool.intern_list(ids));
        group.merged_at = write;
        warnings[write++] = std::move(merged);
    }
    warnings.resize(write);
}

}  // namespace handover
