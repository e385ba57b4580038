// `handover schema`: the JSON Schema of the input, for editors that validate as you type.
#include <memory>
#include <string>

#include "commands.hpp"
#include "handover/input/schema.hpp"
#include "options.hpp"
#include "output.hpp"

namespace handover::cli {
namespace {

struct SchemaOptions {
    std::string output;
};

int run_schema(const SchemaOptions& options, Context& ctx) {
    std::string schema = input_schema_json(ctx.lang);
    if (!schema.ends_with('\n')) schema += '\n';
    write_output(options.output, schema, ctx.lang, result_paging(ctx));
    return 0;
}

}  // namespace

void setup_schema(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<SchemaOptions>();
    CLI::App* sub = add_command(app, "schema", "cli.schema.description", ctx);
    sub->footer(text(ctx, "cli.schema.footer"));
    add_output_option(*sub, options->output, "cli.opt.output", ctx);
    add_global_options(*sub, ctx);
    sub->callback([options, &ctx] { ctx.exit_code = run_schema(*options, ctx); });
}

}  // namespace handover::cli
