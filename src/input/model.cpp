#include "handover/input/model.hpp"

#include <algorithm>

namespace handover {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(std::string_view text, const std::array<std::string_view, N>& names) {
    auto it = std::find(names.begin(), names.end(), text);
    if (it == names.end()) return std::nullopt;
    return static_cast<Enum>(it - names.begin());
}

}  // namespace

std::string_view to_string(Stage stage) {
    return k_stage_names[static_cast<std::size_t>(stage)];
}
std::string_view to_string(Relationship relationship) {
    return k_relationship_names[static_cast<std::size_t>(relationship)];
}
std::string_view to_string(Method method) {
    return k_method_names[static_cast<std::size_t>(method)];
}

std::optional<Stage> stage_from_string(std::string_view text) {
    return lookup<Stage>(text, k_stage_names);
}
std::optional<Relationship> relationship_from_string(std::string_view text) {
    return lookup<Relationship>(text, k_relationship_names);
}
std::optional<Method> method_from_string(std::string_view text) {
    return lookup<Method>(text, k_method_names);
}

bool is_open_deal(Stage stage) {
    return stage == Stage::negotiation || stage == Stage::closing;
}

std::string_view to_string(IntroductionPolicy introduction) {
    return k_introduction_names[static_cast<std::size_t>(introduction)];
}

bool has_pending_close(const Client& client) {
    const bool deciding = client.stage == Stage::proposal || client.stage == Stage::negotiation ||
                          client.stage == Stage::closing;
    return deciding && client.expected_close.has_value();
}

std::string_view successor_of(const Input& input, const Client& client) {
    if (client.successor.empty()) return input.successor;
    return client.successor;
}

}  // namespace handover
