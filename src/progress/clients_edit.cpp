// Edits the top-level `clients` array with the scanner of jsonc_scan.hpp: every change is
// a splice at a byte offset (a value replaced, members or clients inserted), so the rest
// of the file is copied through as the user wrote it.
#include "handover/progress/clients_edit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "handover/base/json_writer.hpp"  // json_string(), the one JSON string escaper
#include "handover/progress/done_edit.hpp"
#include "jsonc_scan.hpp"

namespace handover {
namespace {

using namespace jsonc;  // NOLINT(google-build-using-namespace): this file's vocabulary

constexpr std::string_view k_subject = "clients";

/// The members to set on each client, by index: several updates of one client are one,
/// and a key set twice keeps its last value (in the place of its first).
std::map<std::size_t, std::vector<MemberText>> merge_updates(
    std::span<const ClientUpdate> updates) {
    std::map<std::size_t, std::vector<MemberText>> merged;
    for (const ClientUpdate& update : updates) {
        std::vector<MemberText>& members = merged[update.index];
        for (const MemberText& m : update.members) {
            const auto same = std::find_if(members.begin(), members.end(),
                                           [&](const MemberText& o) { return o.key == m.key; });
            if (same == members.end()) {
                members.push_back(m);
            } else {
                same->json = m.json;
            }
        }
    }
    return merged;
}

std::vector<std::string> member_texts(std::span<const MemberText> members, std::string_view colon) {
    std::vector<std::string> out;
    out.reserve(members.size());
    for (const MemberText& m : members) {
        out.push_back(json_string(m.key) + std::string(colon) + m.json);
    }
    return out;
}

bool only_spaces(std::string_view text) {
    return std::all_of(text.begin(), text.end(), is_space);
}

/// Sets `members` on the client object that starts at `begin`.
std::vector<Splice> update_client(const Scanner& scanner, std::size_t begin,
                                  std::span<const MemberText> members, const Layout& layout) {
    const std::string_view text = scanner.text();
    if (scanner.at(begin) != '{') scanner.fail(begin, "a client object");
    const Object client = scanner.read_object(begin);
    const std::string colon =
        client.members.empty() ? std::string(": ") : colon_style(text, client.members.back());
    std::vector<Splice> splices;
    std::vector<MemberText> missing;
    for (const MemberText& m : members) {
        if (const Member* existing = find_member(client, m.key)) {
            splices.push_back(
                {existing->value_begin, existing->value_end - existing->value_begin, m.json});
        } else {
            missing.push_back(m);
        }
    }
    if (missing.empty()) return splices;
    const std::vector<std::string> appended = member_texts(missing, colon);
    std::vector<Splice> more =
        client.members.empty()
            ? fill_empty(text, client, appended, indent_of_line(text, client.open), layout)
            : append_members(text, client, appended, layout);
    splices.insert(splices.end(), std::make_move_iterator(more.begin()),
                   std::make_move_iterator(more.end()));
    return splices;
}

/// How a new client object is written: like the last one in the array, or, without one,
/// one member per line at `brace_indent`.
struct ClientStyle {
    bool multiline = true;
    std::string colon = ": ";
    std::string brace_indent;   ///< before `}` (multi-line)
    std::string member_indent;  ///< before each member (multi-line)
    std::string open_pad;       ///< after `{` (inline)
    std::string separator = ", ";
    std::string close_pad;  ///< before `}` (inline)
};

ClientStyle one_per_line(const std::string& brace_indent, std::string colon, const Layout& layout) {
    ClientStyle style;
    style.colon = std::move(colon);
    style.brace_indent = brace_indent;
    style.member_indent = brace_indent + layout.unit;
    return style;
}

ClientStyle style_of(const Scanner& scanner, const Element& last, const Layout& layout) {
    const std::string_view text = scanner.text();
    if (scanner.at(last.begin) != '{') scanner.fail(last.begin, "a client object");
    const Object client = scanner.read_object(last.begin);
    ClientStyle style = one_per_line(indent_of_line(text, last.begin), ": ", layout);
    if (!client.members.empty()) style.colon = colon_style(text, client.members.back());
    style.multiline =
        text.substr(last.begin, last.end - last.begin).find('\n') != std::string_view::npos;
    if (style.multiline) {
        for (const Member& m : client.members) {
            if (opens_line(text, m.key_begin)) {
                style.member_indent = indent_of_line(text, m.key_begin);
                break;
            }
        }
        if (starts_line(text, client.close)) {
            style.brace_indent = indent_of_line(text, client.close);
        }
        return style;
    }
    if (client.members.empty()) {
        const std::string_view inside =
            text.substr(client.open + 1, client.close - client.open - 1);
        style.open_pad = style.close_pad = only_spaces(inside) && !inside.empty() ? " " : "";
        return style;
    }
    const std::string_view open_pad =
        text.substr(client.open + 1, client.members.front().key_begin - client.open - 1);
    if (only_spaces(open_pad)) style.open_pad = open_pad;
    const std::string_view close_pad = text.substr(client.members.back().value_end,
                                                   client.close - client.members.back().value_end);
    if (only_spaces(close_pad)) style.close_pad = close_pad;
    if (client.members.size() >= 2 && client.members.front().comma) {
        const std::size_t comma = *client.members.front().comma;
        const std::string_view gap =
            text.substr(comma + 1, client.members[1].key_begin - comma - 1);
        if (only_spaces(gap)) style.separator = fmt::format(",{}", gap);
    }
    return style;
}

std::string client_text(std::span<const MemberText> members, const ClientStyle& style,
                        const Layout& layout) {
    const std::vector<std::string> texts = member_texts(members, style.colon);
    if (texts.empty()) return "{}";
    if (!style.multiline) {
        return fmt::format("{{{}{}{}}}", style.open_pad, join(texts, style.separator),
                           style.close_pad);
    }
    return fmt::format("{{{}{}{}{}{}}}", layout.eol, style.member_indent,
                       join(texts, fmt::format(",{}{}", layout.eol, style.member_indent)),
                       layout.eol, style.brace_indent);
}

std::vector<std::string> client_texts(std::span<const std::vector<MemberText>> added,
                                      const ClientStyle& style, const Layout& layout) {
    std::vector<std::string> out;
    out.reserve(added.size());
    for (const std::vector<MemberText>& members : added) {
        out.push_back(client_text(members, style, layout));
    }
    return out;
}

/// Appends the new clients after the last element of a non-empty array.
std::vector<Splice> append_clients(const Scanner& scanner, const Array& array,
                                   std::span<const std::vector<MemberText>> added,
                                   const Layout& layout) {
    const std::string_view text = scanner.text();
    const Element& last = array.elements.back();
    const ClientStyle style = style_of(scanner, last, layout);
    const std::vector<std::string> clients = client_texts(added, style, layout);
    if (opens_line(text, last.begin)) {
        const std::string indent = indent_of_line(text, last.begin);
        const std::string joined = join(clients, fmt::format(",{}{}", layout.eol, indent));
        // A comment after the last client stays on its line; the comma goes before it.
        const std::size_t next_line = end_of_quiet_line(text, last.end);
        if (next_line != std::string_view::npos) {
            return {{last.end, 0, ","},
                    {next_line, 0, fmt::format("{}{}{}", indent, joined, layout.eol)}};
        }
        return {{last.end, 0, fmt::format(",{}{}{}", layout.eol, indent, joined)}};
    }
    // On the line of the previous element or of `[`: the same gap as after the previous
    // comma (`[{...}, {...}]`, `[{...},{...}]`), a space after the only element.
    std::string spacing = " ";
    if (array.elements.size() >= 2) {
        const Element& previous = array.elements[array.elements.size() - 2];
        if (previous.comma) {
            const std::string_view gap =
                text.substr(*previous.comma + 1, last.begin - *previous.comma - 1);
            if (only_spaces(gap)) spacing = gap;
        }
    }
    return {
        {last.end, 0, fmt::format(",{}{}", spacing, join(clients, fmt::format(",{}", spacing)))}};
}

/// The new clients as the content of an empty array, one member per line. `indent` is
/// the indentation of the line that holds the `clients` key, `colon` how it is followed.
std::vector<Splice> fill_clients(std::string_view text, const Array& array,
                                 std::span<const std::vector<MemberText>> added,
                                 const std::string& indent, const std::string& colon,
                                 const Layout& layout) {
    const std::string inner = indent + layout.unit;
    const std::vector<std::string> clients =
        client_texts(added, one_per_line(inner, colon, layout), layout);
    const std::string_view inside = text.substr(array.open + 1, array.close - array.open - 1);
    if (inside.find('\n') == std::string_view::npos &&
        !std::all_of(inside.begin(), inside.end(), is_blank)) {
        // `[ /* none yet */ ]`: the comment stays on the line of `[`, the clients go below.
        std::size_t gap = array.close;
        while (is_blank(text[gap - 1])) --gap;
        return {{gap, array.close - gap,
                 fmt::format("{}{}{}{}{}", layout.eol, inner,
                             join(clients, fmt::format(",{}{}", layout.eol, inner)), layout.eol,
                             indent)}};
    }
    Object bounds;  // fill_empty needs only where the brackets are
    bounds.open = array.open;
    bounds.close = array.close;
    Layout over_lines = layout;
    over_lines.multiline = true;
    return fill_empty(text, bounds, clients, indent, over_lines);
}

/// A `clients` member holding the new clients, added as the last top-level member.
std::vector<Splice> add_clients_member(std::string_view text, const Object& top,
                                       std::span<const std::vector<MemberText>> added,
                                       const Layout& layout) {
    const std::string colon =
        top.members.empty() ? std::string(": ") : colon_style(text, top.members.back());
    const std::string indent =
        top.members.empty() ? layout.unit : indent_of_line(text, top.members.back().key_begin);
    const std::string element_indent = indent + layout.unit;
    const std::vector<std::string> clients =
        client_texts(added, one_per_line(element_indent, colon, layout), layout);
    const std::string array = fmt::format(
        "[{}{}{}{}{}]", layout.eol, element_indent,
        join(clients, fmt::format(",{}{}", layout.eol, element_indent)), layout.eol, indent);
    const std::string member = json_string("clients") + colon + array;
    Layout over_lines = layout;
    over_lines.multiline = true;
    if (top.members.empty()) return fill_empty(text, top, member, "", over_lines);
    return append_member(text, top, member, layout);
}

}  // namespace

std::string edit_clients(std::string_view text, const ClientsEdit& edit) {
    const Scanner scanner(text, k_subject);
    const Object top = scanner.top_level();
    const Layout layout = layout_of(text, top);
    const Member* clients = find_member(top, "clients");
    const auto updates = merge_updates(edit.updates);

    if (clients == nullptr) {
        if (!updates.empty()) {
            throw DoneEditError(
                fmt::format("cannot edit clients: no client at index {} (the file has none)",
                            updates.begin()->first));
        }
        if (edit.added.empty()) return std::string(text);
        return apply(text, add_clients_member(text, top, edit.added, layout));
    }

    const Array array = scanner.read_array(clients->value_begin);
    std::vector<Splice> splices;
    for (const auto& [index, members] : updates) {
        if (index >= array.elements.size()) {
            throw DoneEditError(
                fmt::format("cannot edit clients: no client at index {} (the file has {})", index,
                            array.elements.size()));
        }
        std::vector<Splice> more =
            update_client(scanner, array.elements[index].begin, members, layout);
        splices.insert(splices.end(), std::make_move_iterator(more.begin()),
                       std::make_move_iterator(more.end()));
    }
    if (!edit.added.empty()) {
        std::vector<Splice> more =
            array.elements.empty()
                ? fill_clients(text, array, edit.added, indent_of_line(text, clients->key_begin),
                               colon_style(text, *clients), layout)
                : append_clients(scanner, array, edit.added, layout);
        splices.insert(splices.end(), std::make_move_iterator(more.begin()),
                       std::make_move_iterator(more.end()));
    }
    return apply(text, std::move(splices));
}

}  // namespace handover
