#pragma once
// One subcommand per file: `setup_X` declares the subcommand and its flags on the app and
// arranges for `run_X` (local to cmd_X.cpp) to be called with the parsed options.

#include <CLI/CLI.hpp>

#include "context.hpp"

namespace handover::cli {

void setup_plan(CLI::App& app, Context& ctx);
void setup_check(CLI::App& app, Context& ctx);
void setup_init(CLI::App& app, Context& ctx);
void setup_import(CLI::App& app, Context& ctx);
void setup_holidays(CLI::App& app, Context& ctx);
void setup_schema(CLI::App& app, Context& ctx);
void setup_drafts(CLI::App& app, Context& ctx);
void setup_done(CLI::App& app, Context& ctx);
void setup_next(CLI::App& app, Context& ctx);
void setup_diff(CLI::App& app, Context& ctx);
void setup_help(CLI::App& app, Context& ctx);

}  // namespace handover::cli
