// One element of `clients` at a time: the parser hands each over as soon as it is complete.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "handover/input/schema.hpp"
#include "input_reading.hpp"

namespace handover::input_detail {
namespace {

using input_fields::k_client;
using input_fields::k_event;

// The fields of a client, as the field table declares them.
constexpr const Field& k_id = k_client["id"];
constexpr const Field& k_name = k_client["name"];
constexpr const Field& k_contact = k_client["contact"];
constexpr const Field& k_stage = k_client["stage"];
constexpr const Field& k_expected_close = k_client["expected_close"];
constexpr const Field& k_value = k_client["value"];
constexpr const Field& k_relationship = k_client["relationship"];
constexpr const Field& k_change_averse = k_client["change_averse"];
constexpr const Field& k_preferred_method = k_client["preferred_method"];
constexpr const Field& k_successor = k_client["successor"];
constexpr const Field& k_notes = k_client["notes"];
constexpr const Field& k_history = k_client["history"];
constexpr const Field& k_next_events = k_client["next_events"];
constexpr const Field& k_event_date = k_event["date"];
constexpr const Field& k_event_what = k_event["what"];
constexpr const Field& k_event_hours = k_event["hours"];
constexpr const Field& k_travel_hours = k_client["travel_hours"];
constexpr const Field& k_handover_notes = k_client["handover_notes"];
constexpr const Field& k_decision_maker = k_client["decision_maker"];
constexpr const Field& k_salutation = k_client["salutation"];

/// The id a user probably meant: "Acme Corp" -> "acme-corp". Empty when nothing is left.
std::string client_id_suggestion(std::string_view id) {
    std::string out;
    for (char c : id) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == ' ' || c == '.') c = '-';
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') out += c;
    }
    return is_client_id(out) ? out : std::string();
}

}  // namespace

void ClientReader::restart() {
    chunks_.clear();
    count_ = 0;
    first_index_.clear();
    pool_ = std::make_shared<TextPool>();
    clear_diagnostics();
}

void ClientReader::read(const json& value, std::size_t index) {
    const Pointer document;
    const Pointer clients = document / "clients";
    read_client(value, clients / index, index);
    set_client({});
}

void ClientReader::read_client(const json& value, const Pointer& at, std::size_t index) {
    Client client;
    client.index = index;
    // The id comes first so that every other diagnostic of this client can name it.
    if (const json* id = field(value, k_id.key);
        id && id->is_string() && is_client_id(id->get_ref<const std::string&>())) {
        set_client(id->get<std::string>());
    }
    if (!object(value, at, k_client)) return;
    // Names, contacts, successors, history lines and events recur across clients: each is
    // kept once. Ids and notes are one per client and are not looked up.
    if (const json* id = member(value, at, k_id)) {
        if (auto id_text = text(*id, at / k_id.key)) {
            client.id = pool_->store(*id_text);
            if (!is_client_id(client.id)) {
                report(at / k_id.key,
                       trf(lang_, "input.client_id.invalid", fmt::arg("id", shown(client.id)),
                           fmt::arg("max", k_max_client_id)),
                       client_id_suggestion(client.id));
            } else if (auto [it, fresh] = first_index_.emplace(client.id, index); !fresh) {
                report(at / k_id.key,
                       trf(lang_, "input.client_id.duplicate", fmt::arg("id", client.id),
                           fmt::arg("index", it->second)));
            }
        }
    }
    if (const json* name_value = member(value, at, k_name)) {
        client.name = pool_->intern(name(*name_value, at / k_name.key).value_or(""));
    }
    if (const json* contact = member(value, at, k_contact)) {
        client.contact = pool_->intern(text(*contact, at / k_contact.key).value_or(""));
    }
    if (const json* stage = member(value, at, k_stage)) {
        if (auto i = choice(*stage, at / k_stage.key, k_stage)) {
            client.stage = static_cast<Stage>(*i);
        }
    }
    client.expected_close = date_member(value, at, k_expected_close);
    if (const json* amount = member(value, at, k_value)) {
        client.value = number(*amount, at / k_value.key, k_value).value_or(0);
    }
    if (const json* relationship = member(value, at, k_relationship)) {
        if (auto i = choice(*relationship, at / k_relationship.key, k_relationship)) {
            client.relationship = static_cast<Relationship>(*i);
        }
    }
    if (const json* averse = member(value, at, k_change_averse)) {
        client.change_averse = boolean(*averse, at / k_change_averse.key).value_or(false);
    }
    if (const json* method = member(value, at, k_preferred_method)) {
        if (auto i = choice(*method, at / k_preferred_method.key, k_preferred_method)) {
            client.preferred_method = static_cast<Method>(*i);
        }
    }
    if (const json* successor = member(value, at, k_successor)) {
        client.successor = pool_->intern(text(*successor, at / k_successor.key).value_or(""));
    }
    if (const json* notes = member(value, at, k_notes)) {
        client.notes = pool_->store(text(*notes, at / k_notes.key).value_or(""));
    }
    if (const json* notes = member(value, at, k_handover_notes)) {
        client.handover_notes = pool_->store(text(*notes, at / k_handover_notes.key).value_or(""));
    }
    if (const json* decider = member(value, at, k_decision_maker)) {
        client.decision_maker =
            pool_->intern(text(*decider, at / k_decision_maker.key).value_or(""));
    }
    if (const json* salutation = member(value, at, k_salutation)) {
        client.salutation = pool_->intern(text(*salutation, at / k_salutation.key).value_or(""));
    }
    if (const json* history = member(value, at, k_history)) {
        lines_.clear();
        array(*history, at / k_history.key,
              [&](const json& item, const Pointer& item_at, std::size_t) {
                  if (auto line = text(item, item_at)) lines_.push_back(pool_->intern(*line));
              });
        client.history = pool_->store_list(lines_);
    }
    if (const json* events = member(value, at, k_next_events)) {
        if (events->is_array()) client.next_events.reserve(events->size());
        array(*events, at / k_next_events.key,
              [&](const json& item, const Pointer& item_at, std::size_t) {
                  if (!object(item, item_at, k_event)) return;
                  const auto day = date_member(item, item_at, k_event_date);
                  std::optional<std::string_view> what;
                  if (const json* what_value = member(item, item_at, k_event_what)) {
                      what = text(*what_value, item_at / k_event_what.key);
                  }
                  double hours = Event{}.hours;
                  if (const json* hours_value = member(item, item_at, k_event_hours)) {
                      hours = number(*hours_value, item_at / k_event_hours.key, k_event_hours)
                                  .value_or(hours);
                  }
                  if (day && what) {
                      client.next_events.push_back({*day, pool_->intern(*what), hours});
                  }
              });
    }
    if (const json* travel = member(value, at, k_travel_hours)) {
        client.travel_hours = number(*travel, at / k_travel_hours.key, k_travel_hours).value_or(0);
    }
    // A file with a problem is refused, and its clients are never used: from the first one
    // on they are not kept (a file of many empty clients would take far more memory than its
    // own size).
    if (!diagnostics().empty() || dropped() > 0) {
        chunks_ = {};
        count_ = 0;
        return;
    }
    if (chunks_.empty() || chunks_.back().size() == chunks_.back().capacity()) {
        // Each chunk as large as all before it, up to 4,096 clients: a small file gets
        // small ones.
        chunks_.emplace_back().reserve(std::clamp<std::size_t>(count_, 16, 4096));
    }
    chunks_.back().push_back(std::move(client));
    ++count_;
}

std::vector<Client> ClientReader::take_clients() {
    std::vector<Client> clients;
    clients.reserve(count_);
    for (std::vector<Client>& chunk : chunks_) {
        std::move(chunk.begin(), chunk.end(), std::back_inserter(clients));
        chunk = {};
    }
    chunks_.clear();
    count_ = 0;
    return clients;
}

}  // namespace handover::input_detail
