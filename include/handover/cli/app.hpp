#pragma once
// The command-line entry point. Kept free of CLI11 so that main.cpp stays a one-liner.

namespace handover::cli {

/// Parses the command line, runs one subcommand and returns the process exit code
/// (include/handover/base/exit_codes.hpp). Every error is reported here, on standard error.
int run(int argc, char** argv);

}  // namespace handover::cli
