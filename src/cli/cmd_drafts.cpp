// `handover drafts FILE`: what to say to each client when telling them, ready to adapt.
#include <fmt/format.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/base/suggest.hpp"
#include "handover/base/terminal_text.hpp"
#include "handover/engine/scheduler.hpp"
#include "handover/input/input.hpp"
#include "handover/render/render.hpp"
#include "handover/render/render_letters.hpp"
#include "options.hpp"
#include "output.hpp"

namespace handover::cli {
namespace {

struct DraftsOptions {
    std::string input;
    std::string client;
    std::string output;
};

/// An unknown --client is a usage error that names the nearest id and all the others.
void require_client(const Input& input, const std::string& id, Lang lang) {
    std::vector<std::string_view> ids;
    for (const Client& client : input.clients) {
        if (client.id == id) return;
        ids.push_back(client.id);
    }
    std::string message = trf(lang, "cli.error.unknown_client", fmt::arg("id", terminal_text(id)));
    const std::string suggestion = did_you_mean(id, ids);
    if (!suggestion.empty()) {
        message += trf(lang, "diag.did_you_mean", fmt::arg("suggestion", suggestion));
    }
    message += trf(lang, "cli.error.known_clients", fmt::arg("ids", fmt::join(ids, ", ")));
    throw UsageError(message);
}

int run_drafts(const DraftsOptions& options, Context& ctx) {
    const std::string path = input_path(options.input, ctx);
    check_output_target(options.output, path, ctx.lang);
    const Input input = load_checked_input(path, ctx);
    std::optional<std::string> only;
    if (!options.client.empty()) {
        require_client(input, options.client, ctx.lang);
        only = options.client;
    }
    const Plan plan = build_plan(input);
    std::string drafts = render_drafts(plan, input, ctx.lang, only);
    // Rule 11: the resignation letter and the farewell messages follow the client drafts;
    // a draft for one client is only that client's.
    if (!only) {
        if (!drafts.empty()) drafts += '\n';
        drafts += render_letters(plan, input, ctx.lang);
    }
    write_output(options.output, drafts, ctx.lang, result_paging(ctx));
    return 0;
}

}  // namespace

void setup_drafts(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<DraftsOptions>();
    CLI::App* sub = add_command(app, "drafts", "cli.drafts.description", ctx);
    sub->footer(text(ctx, "cli.drafts.footer"));
    add_input_argument(*sub, options->input, ctx, InputDefault::allowed);
    sub->add_option("--client", options->client, text(ctx, "cli.opt.client"))->type_name("ID");
    add_output_option(*sub, options->output, "cli.opt.output", ctx);
    add_global_options(*sub, ctx);
    sub->callback([options, &ctx] { ctx.exit_code = run_drafts(*options, ctx); });
}

}  // namespace handover::cli
