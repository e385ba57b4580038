#pragma once
// The one way the program writes to standard error. Messages there are for a person; a
// standard error that cannot take them (a full disk, a closed descriptor, a reader that
// went away) must not change what the run did or the exit code it reports, so a failure
// to write one is ignored rather than thrown.

#include <string_view>

namespace handover::cli {

/// Writes `text` to standard error after what standard output holds so far, cleaned for a
/// terminal (terminal_text with line breaks kept), ignoring any failure to write it.
void write_standard_error(std::string_view text);

/// Gives each closed standard descriptor (0, 1, 2) a stand-in, so that a file the program
/// opens can never take its number and receive messages or output meant for the closed
/// stream. The stand-in is /dev/null opened the wrong way round, so reads and writes keep
/// failing as they would on the closed stream (a closed standard output is still exit 3).
void reserve_standard_streams();

}  // namespace handover::cli
