// The members `handover import` writes for a client: the same text for a new file's
// starter and for `--into`'s edits.
#include "handover/cli/import_members.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>
#include <tuple>

#include "handover/base/json_writer.hpp"

namespace handover {
namespace {

/// A number as a person writes it in clients.json: `1200000`, not `1200000.0`.
std::string plain_number(double value) {
    if (value == std::floor(value) && std::abs(value) <= 1e15) return fmt::format("{:.0f}", value);
    return json_number(value);
}

std::string json_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (const std::string& item : items) {
        if (out.size() > 1) out += ", ";
        out += json_string(item);
    }
    return out + "]";
}

/// A contact's name without the honorific a user adds by hand to what the CRM holds
/// (「山田 太郎 様」 for "山田 太郎", "Mr. Adams" for "Adams"), for comparing the two.
std::string_view bare_contact(std::string_view contact) {
    const auto trim = [](std::string_view text) {
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
        while (text.starts_with("\u3000")) text.remove_prefix(3);
        while (text.ends_with("\u3000")) text.remove_suffix(3);
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
            text.remove_prefix(1);
        return text;
    };
    contact = trim(contact);
    for (std::string_view suffix : {"様", "さま", "殿", "御中", "さん"}) {
        if (contact.ends_with(suffix) && contact.size() > suffix.size()) {
            contact = trim(contact.substr(0, contact.size() - suffix.size()));
            break;
        }
    }
    for (std::string_view prefix : {"Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr "}) {
        if (contact.starts_with(prefix) && contact.size() > prefix.size()) {
            contact = trim(contact.substr(prefix.size()));
            break;
        }
    }
    return contact;
}

/// Whether the export's contact is the person the file names: the same name without an
/// honorific, or the file's surname alone where the export has the full name (「北村 様」
/// for "北村 一郎", "Mr. Adams" for "John Adams" is not: a given name comes first).
bool same_person(std::string_view imported, std::string_view current) {
    const std::string_view a = bare_contact(imported);
    const std::string_view b = bare_contact(current);
    if (a == b) return true;
    for (std::string_view space : {" ", "\u3000"}) {
        if (!b.empty() && a.size() > b.size() + space.size() && a.starts_with(b) &&
            a.substr(b.size()).starts_with(space)) {
            return true;
        }
    }
    return false;
}

/// A note of the file with the export's lines it does not hold yet added after it: the
/// file's notes are the user's own words (an oral agreement, what the successor must not
/// miss) and a CRM's description never replaces them. Empty: nothing to add.
std::optional<std::string> merged_note(std::string_view current, const std::string& imported) {
    if (current.empty()) return imported == current ? std::nullopt : std::optional(imported);
    std::string out(current);
    bool added = false;
    std::size_t pos = 0;
    while (pos <= imported.size()) {
        const std::size_t end = std::min(imported.find('\n', pos), imported.size());
        const std::string_view line = std::string_view(imported).substr(pos, end - pos);
        pos = end + 1;
        if (line.empty() || current.find(line) != std::string_view::npos) continue;
        if (out.find(line) != std::string::npos) continue;
        out += '\n';
        out += line;
        added = true;
    }
    return added ? std::optional(std::move(out)) : std::nullopt;
}

}  // namespace

std::vector<MemberText> client_members(const ImportedClient& c, const Client* existing) {
    std::vector<MemberText> out;
    const auto text_member = [&](std::string_view key, const std::optional<std::string>& value,
                                 std::string_view current) {
        if (value && (existing == nullptr || *value != current)) {
            out.push_back({std::string(key), json_string(*value)});
        }
    };
    if (existing == nullptr) {
        out.push_back({"id", json_string(c.id)});
        out.push_back({"name", json_string(c.name)});
    } else if (c.id_from_export && import_name_key(c.name) != import_name_key(existing->name)) {
        // Matched by its id: the export's name is the newer one.
        out.push_back({"name", json_string(c.name)});
    }
    if (c.contact && existing != nullptr && same_person(*c.contact, existing->contact)) {
        // The same person; the file's form (with its 様 or Mr.) is the one the drafts use.
    } else {
        text_member("contact", c.contact, existing ? std::string_view(existing->contact) : "");
    }
    text_member("salutation", c.salutation, existing ? std::string_view(existing->salutation) : "");
    text_member("decision_maker", c.decision_maker,
                existing ? std::string_view(existing->decision_maker) : "");
    if (c.stage && (existing == nullptr || *c.stage != existing->stage)) {
        out.push_back({"stage", json_string(to_string(*c.stage))});
    } else if (!c.stage && existing == nullptr) {
        // Every client has a stage. An export that gives none (no stage column, an empty
        // cell) is a list of customers: an existing account, the model's own default.
        out.push_back({"stage", json_string(to_string(Client{}.stage))});
    }
    if (c.expected_close && (existing == nullptr || existing->expected_close != c.expected_close)) {
        out.push_back({"expected_close", json_string(format_iso(*c.expected_close))});
    }
    if (c.value && (existing == nullptr || *c.value != existing->value)) {
        out.push_back({"value", plain_number(*c.value)});
    }
    if (c.relationship && (existing == nullptr || *c.relationship != existing->relationship)) {
        out.push_back({"relationship", json_string(to_string(*c.relationship))});
    }
    if (c.change_averse && (existing == nullptr || *c.change_averse != existing->change_averse)) {
        out.push_back({"change_averse", *c.change_averse ? "true" : "false"});
    }
    if (c.preferred_method &&
        (existing == nullptr || existing->preferred_method != c.preferred_method)) {
        out.push_back({"preferred_method", json_string(to_string(*c.preferred_method))});
    }
    text_member("successor", c.successor, existing ? std::string_view(existing->successor) : "");
    for (const auto& [key, value, current] :
         {std::tuple{"handover_notes", &c.handover_notes,
                     existing ? std::string_view(existing->handover_notes) : ""},
          std::tuple{"notes", &c.notes, existing ? std::string_view(existing->notes) : ""}}) {
        if (!*value) continue;
        if (existing == nullptr) {
            out.push_back({key, json_string(**value)});
        } else if (const auto merged = merged_note(current, **value)) {
            out.push_back({key, json_string(*merged)});
        }
    }
    if (!c.history.empty()) {
        if (existing == nullptr) {
            out.push_back({"history", json_list(c.history)});
        } else {
            std::vector<std::string> merged(existing->history.begin(), existing->history.end());
            const std::size_t before = merged.size();
            for (const std::string& line : c.history) {
                if (std::find(merged.begin(), merged.end(), line) == merged.end()) {
                    merged.push_back(line);
                }
            }
            if (merged.size() != before) out.push_back({"history", json_list(merged)});
        }
    }
    return out;
}

}  // namespace handover
