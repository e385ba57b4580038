#pragma once
// Plans hold their texts as handover::Text (views into the plan's pool); tests compare them
// with expected std::strings after converting them here.

#include <optional>
#include <string>
#include <vector>

#include "handover/text_pool.hpp"

namespace handover::testing {

/// The texts as std::strings, in the same order.
inline std::vector<std::string> strings(const std::vector<Text>& texts) {
    return {texts.begin(), texts.end()};
}

/// The text as a std::string, or none.
inline std::optional<std::string> string_or_none(const std::optional<Text>& text) {
    if (!text) return std::nullopt;
    return text->str();
}

}  // namespace handover::testing
