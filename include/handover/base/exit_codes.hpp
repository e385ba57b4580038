#pragma once

namespace handover {

/// The process exit codes, documented in the README; scripts depend on them.
enum class ExitCode : int {
    ok = 0,            ///< success
    plan_errors = 1,   ///< the plan has error-level warnings (or any warning with --strict)
    input_error = 2,   ///< usage or input error
    output_error = 3,  ///< an output file could not be written
};

inline int to_int(ExitCode code) {
    return static_cast<int>(code);
}

}  // namespace handover
