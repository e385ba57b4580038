#pragma once
// Plans hold their texts as handover::Text (views into the plan's pool); tests compare them
// with expected std::strings after converting them here.

#include <optional>
#include <string>
#include <vector>

#include "handover/base/text_pool.hpp"

namespace handover::testing {

/// The texts as std::strings, in the same order.
inline std::vector<std::string> strings(handover::TextList texts) {
    return {texts.begin(), texts.end()};
}

/// The text as a std::string, or none.
inline std::optional<std::string> string_or_none(const std::optional<Text>& text) {
    if (!text) return std::nullopt;
    return text->str();
}

/// An id that may be absent (an empty Text, as Task::client and Warning::task hold it) as a
/// std::string, or none.
inline std::optional<std::string> string_or_none(Text id) {
    if (id.empty()) return std::nullopt;
    return id.str();
}

}  // namespace handover::testing
