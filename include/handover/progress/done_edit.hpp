#pragma once
// Progress lives in the input file itself (docs/progress.md), so recording it must not
// cost the user a byte of what they wrote: comments, key order, spacing and line endings
// outside the `done` entries being changed are copied through unchanged.

#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

#include "handover/base/dates.hpp"

namespace handover {

/// One change to the top-level `done` object: record `id` as done on `date`, or, without
/// a date, take the entry away.
struct DoneChange {
    std::string id;
    std::optional<Day> date;
};

/// The text is not what parse_input accepts (no top-level object, `done` not an object,
/// broken JSON). Callers parse first, so reaching it is a programming error.
class DoneEditError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// Applies `changes` in order to the JSON-with-comments `text` and returns the new text.
/// An existing entry gets its date replaced in place; a new entry is appended after the
/// last one in the style of the entries around it (one per line, or inline); a removed
/// entry takes its line with it when it had one to itself, while comments stay. Without
/// a `done` key, one is added as the last member of the top-level object, indented like
/// its siblings. Removing an id that is not recorded changes nothing.
std::string edit_done(std::string_view text, std::span<const DoneChange> changes);

}  // namespace handover
