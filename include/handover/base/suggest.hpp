#pragma once

#include <span>
#include <string>
#include <string_view>

namespace handover {

/// Levenshtein distance between two byte strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely typo, else empty.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace handover
