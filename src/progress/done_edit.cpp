// Finds the top-level `done` object and its entries with the scanner of jsonc_scan.hpp,
// which knows where things are (byte offsets), not what they mean. Edits are splices at
// those offsets, so every byte outside them survives as the user wrote it.
#include "handover/progress/done_edit.hpp"

#include <fmt/format.h>

#include <vector>

#include "handover/base/json_writer.hpp"  // json_string(), the one JSON string escaper
#include "jsonc_scan.hpp"

namespace handover {
namespace {

using namespace jsonc;  // NOLINT(google-build-using-namespace): this file's vocabulary

std::vector<Splice> remove_member(std::string_view text, const Object& object, std::size_t i) {
    const auto& members = object.members;
    const Member& m = members[i];
    const bool has_next = i + 1 < members.size();
    std::vector<Splice> splices;
    // The comma that separated this member from a neighbour goes with it (npos: none).
    constexpr std::size_t none = std::string_view::npos;
    std::size_t comma = none;
    if (has_next) {
        comma = m.comma.value_or(none);
    } else if (i > 0) {
        comma = members[i - 1].comma.value_or(none);
    }

    if (starts_line(text, m.key_begin)) {
        std::size_t end = m.value_end;
        while (end < text.size() && is_space(text[end])) ++end;
        if (has_next && comma == end) {
            ++end;
            comma = none;
            while (end < text.size() && is_space(text[end])) ++end;
        }
        std::size_t line_end = end;
        if (line_end < text.size() && text[line_end] == '\r') ++line_end;
        if (line_end < text.size() && text[line_end] == '\n') {
            const std::size_t begin = line_start(text, m.key_begin);
            splices.push_back({begin, line_end + 1 - begin, ""});
        } else {
            // Something shares the line (a comment, the closing brace): it stays.
            splices.push_back({m.key_begin, end - m.key_begin, ""});
        }
    } else if (has_next && only_blank_and_comma(
                               text.substr(m.value_end, members[i + 1].key_begin - m.value_end))) {
        splices.push_back({m.key_begin, members[i + 1].key_begin - m.key_begin, ""});
        comma = none;
    } else if (!has_next && i > 0 &&
               only_blank_and_comma(
                   text.substr(members[i - 1].value_end, m.key_begin - members[i - 1].value_end))) {
        const std::size_t begin = members[i - 1].value_end;
        splices.push_back({begin, m.value_end - begin, ""});
        comma = none;
    } else {
        std::size_t begin = m.key_begin;
        std::size_t end = m.value_end;
        if (!has_next && i == 0 && begin > 0 && is_space(text[begin - 1])) {
            while (end < text.size() && is_space(text[end])) ++end;  // `{ "a": 1 }` -> `{ }`
        }
        splices.push_back({begin, end - begin, ""});
    }
    if (comma != none) splices.push_back({comma, 1, ""});
    return splices;
}

std::string apply_change(std::string_view text, const DoneChange& change) {
    const Scanner scanner(text);
    const Object top = scanner.top_level();
    const Layout layout = layout_of(text, top);
    const Member* done = find_member(top, "done");

    if (!change.date) {
        if (done == nullptr) return std::string(text);
        const Object entries = scanner.read_object(done->value_begin);
        for (std::size_t i = entries.members.size(); i-- > 0;) {
            if (entries.members[i].key == change.id) {
                return apply(text, remove_member(text, entries, i));
            }
        }
        return std::string(text);
    }

    const std::string value = json_string(format_iso(*change.date));
    if (done == nullptr) {
        const std::string colon =
            top.members.empty() ? ": " : colon_style(text, top.members.back());
        const std::string entry = json_string(change.id) + colon + value;
        const std::string indent =
            top.members.empty() ? layout.unit : indent_of_line(text, top.members.back().key_begin);
        const std::string object = layout.multiline
                                       ? fmt::format("{{{}{}{}{}{}{}}}", layout.eol, indent,
                                                     layout.unit, entry, layout.eol, indent)
                                       : fmt::format("{{{}}}", entry);
        const std::string member = json_string("done") + colon + object;
        if (top.members.empty()) return apply(text, fill_empty(text, top, member, "", layout));
        return apply(text, append_member(text, top, member, layout));
    }

    const Object entries = scanner.read_object(done->value_begin);
    if (const Member* existing = find_member(entries, change.id)) {
        return apply(text,
                     {{existing->value_begin, existing->value_end - existing->value_begin, value}});
    }
    if (entries.members.empty()) {
        const std::string entry = json_string(change.id) + colon_style(text, *done) + value;
        return apply(
            text, fill_empty(text, entries, entry, indent_of_line(text, done->key_begin), layout));
    }
    const std::string entry =
        json_string(change.id) + colon_style(text, entries.members.back()) + value;
    return apply(text, append_member(text, entries, entry, layout));
}

}  // namespace

std::string edit_done(std::string_view text, std::span<const DoneChange> changes) {
    std::string current(text);
    for (const DoneChange& change : changes) current = apply_change(current, change);
    return current;
}

}  // namespace handover
