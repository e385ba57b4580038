#include "handover/base/suggest.hpp"

#include <algorithm>
#include <vector>

namespace handover {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Two-row dynamic programme: O(|a|*|b|) time, O(|b|) memory.
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
    // Long keys are never compared in full: a typo is short, and the input may be hostile.
    if (word.size() > 64) return {};
    std::string_view best;
    std::size_t best_distance = 0;
    for (std::string_view candidate : candidates) {
        const std::size_t distance = edit_distance(word, candidate);
        if (best.empty() || distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    // Close enough: at most a third of the longer word, and never more than 3 edits.
    const std::size_t limit = std::min<std::size_t>(3, std::max(word.size(), best.size()) / 3 + 1);
    if (best.empty() || best_distance > limit) return {};
    return std::string(best);
}

}  // namespace handover
