#pragma once
// `handover import --into` refreshes the clients of a file the user keeps by hand, so like
// `done` (done_edit.hpp) it edits the text and not a parsed copy: every byte outside the
// members it sets (comments, order, spacing, line endings, `done`, other fields) is copied
// through unchanged.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace handover {

/// One member of a client object: the key and its value as JSON text, already written on
/// one line (`"\"Acme\""`, `"1200000"`, `"[\"2026-04 won: Support\"]"`).
struct MemberText {
    std::string key;
    std::string json;
};

/// Sets members of the client at `index` of the top-level `clients` array: an existing
/// member gets its value replaced in place, a missing one is appended after the object's
/// last member in the style of the members around it.
struct ClientUpdate {
    std::size_t index = 0;
    std::vector<MemberText> members;
};

struct ClientsEdit {
    std::vector<ClientUpdate> updates;
    /// New clients, appended after the array's last element, laid out like it (one member
    /// per line with its indentation, or on one line when it is written on one line). In
    /// an empty or missing `clients` array they are laid out one member per line.
    std::vector<std::vector<MemberText>> added;
};

/// Applies `edit` to the JSON-with-comments `text` (as parse_input accepts it) and returns
/// the new text. Throws DoneEditError (done_edit.hpp) when the text is not such a file or
/// an index is out of range: callers parse first, so that is a programming error.
std::string edit_clients(std::string_view text, const ClientsEdit& edit);

}  // namespace handover
