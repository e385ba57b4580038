// The members `handover import` writes for a client: the same text for a new file's
// starter and for `--into`'s edits.
#include "handover/cli/import_members.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

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
    text_member("contact", c.contact, existing ? std::string_view(existing->contact) : "");
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
    text_member("handover_notes", c.handover_notes,
                existing ? std::string_view(existing->handover_notes) : "");
    text_member("notes", c.notes, existing ? std::string_view(existing->notes) : "");
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
