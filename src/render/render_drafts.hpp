#pragma once
// One client's message draft, for the Markdown renderer, which writes the drafts of every
// client and so indexes the plan once instead of once per client.

#include <string>

#include "handover/base/i18n.hpp"
#include "handover/engine/plan.hpp"
#include "handover/input/model.hpp"
#include "handover/render/lookup.hpp"

namespace handover {

/// What a draft looks up: the input's clients (contacts) and the plan's tasks (dates).
struct DraftIndex {
    DraftIndex(const Plan& plan, const Input& input);
    ById<Client> clients;
    ById<Task> tasks;
};

/// Where a draft is read, which decides how names and points from the input are put on
/// one line: folded by single_line() in a Markdown file, whose code fence shows the rest
/// verbatim; escaped by terminal_text() in the text of `handover drafts`, which is printed.
enum class DraftFor { markdown, terminal };

/// The draft render_drafts writes for `cp`, one of `plan.clients`.
std::string render_client_draft(const Plan& plan, const DraftIndex& index, Lang lang,
                                const ClientPlan& cp, DraftFor target);

}  // namespace handover
