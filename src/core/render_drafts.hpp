#pragma once
// One client's message draft, for the Markdown renderer, which writes the drafts of every
// client and so indexes the plan once instead of once per client.

#include <string>

#include "handover/i18n.hpp"
#include "handover/model.hpp"
#include "handover/plan.hpp"
#include "lookup.hpp"

namespace handover {

/// What a draft looks up: the input's clients (contacts) and the plan's tasks (dates).
struct DraftIndex {
    DraftIndex(const Plan& plan, const Input& input);
    ById<Client> clients;
    ById<Task> tasks;
};

/// The draft render_drafts writes for `cp`, one of `plan.clients`.
std::string render_client_draft(const Plan& plan, const DraftIndex& index, Lang lang,
                                const ClientPlan& cp);

}  // namespace handover
