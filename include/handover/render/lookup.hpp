#pragma once
// Clients and tasks by id, indexed once per render. A scan of the plan for every task's
// client made each render quadratic in the number of clients, and so, for a large book,
// far slower than planning it.

#include <string_view>
#include <unordered_map>
#include <vector>

#include "handover/engine/plan.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// Items by their `id`, pointing into the vector they were built from, which must outlive
/// the index. Where an id repeats, the first item counts, as a scan from the front finds it.
template <typename T>
class ById {
  public:
    explicit ById(const std::vector<T>& items) {
        index_.reserve(items.size());
        for (const T& item : items) index_.emplace(item.id, &item);
    }

    const T* find(std::string_view id) const {
        const auto it = index_.find(id);
        return it == index_.end() ? nullptr : it->second;
    }

  private:
    std::unordered_map<std::string_view, const T*> index_;
};

/// Each client as the plan has it and as the input gives it.
class ClientIndex {
  public:
    ClientIndex(const Plan& plan, const Input& input)
        : planned_(plan.clients), given_(input.clients) {}

    const ClientPlan* planned(std::string_view id) const { return planned_.find(id); }
    const Client* given(std::string_view id) const { return given_.find(id); }

    /// The client's name, looked up the same way by every view and export: the plan's (a
    /// copy of the input's), else the input's; empty for an id neither knows.
    std::string_view name(std::string_view id) const {
        if (const ClientPlan* c = planned(id)) return c->name;
        if (const Client* c = given(id)) return c->name;
        return {};
    }

  private:
    ById<ClientPlan> planned_;
    ById<Client> given_;
};

}  // namespace handover
