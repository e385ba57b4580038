#pragma once
// What every subcommand shares. Passed by reference instead of living in a global, so that
// nothing needs setting up behind a command's back.

#include <string>

#include "handover/base/i18n.hpp"

namespace handover::cli {

struct Context {
    /// Language of help, messages and output: `--lang`, else the environment.
    Lang lang = Lang::en;
    /// `--lang` as typed (CLI11 needs somewhere to store it; ctx.lang is what counts).
    std::string lang_flag;
    /// `--today` as typed; parsed by the command that needs it so a bad date is reported
    /// in the user's language.
    std::string today_flag;
    /// `--no-pager`: long output on a terminal is printed, not paged.
    bool no_pager = false;
    /// `-q`, `--quiet`: no confirmations (init, done, undo), only the result and errors.
    bool quiet = false;
    /// Set by the subcommand that ran.
    int exit_code = 0;
};

}  // namespace handover::cli
