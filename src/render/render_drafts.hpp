#pragma once
// One client's message draft, for the Markdown renderer, which writes the drafts of every
// client and so indexes the plan once instead of once per client.

#include <string>

#include "handover/base/i18n.hpp"
#include "handover/engine/plan.hpp"
#include "handover/input/model.hpp"
#include "handover/render/lookup.hpp"

namespace handover {

/// What a draft looks up: the input's clients (contacts, salutations), the plan's tasks
/// (dates, methods, who takes part) and the input's contact details of the user and the
/// default successor. Holds on to `input`, which must outlive it.
struct DraftIndex {
    DraftIndex(const Plan& plan, const Input& input);
    ById<Client> clients;
    ById<Task> tasks;
    const Input* input = nullptr;
};

/// Where a draft is read, which decides how names and points from the input are put on
/// one line: folded by single_line() in a Markdown file, whose code fence shows the rest
/// verbatim; escaped by terminal_text() in the text of `handover drafts`, which is printed.
enum class DraftFor { markdown, terminal };

/// The drafts render_drafts writes for `cp`, one of `plan.clients`: the announcement, then
/// the joint visit after a separate announcement and the follow-up, when the plan has them.
std::string render_client_draft(const Plan& plan, const DraftIndex& index, Lang lang,
                                const ClientPlan& cp, DraftFor target);

}  // namespace handover
