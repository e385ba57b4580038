// One element of `clients` at a time: the parser hands each over as soon as it is complete.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "handover/input/schema.hpp"
#include "input_reading.hpp"

namespace handover::input_detail {
namespace {

constexpr std::string_view k_client_keys[] = {
    "id",           "name",          "contact",          "stage",     "expected_close", "value",
    "relationship", "change_averse", "preferred_method", "successor", "notes",          "history",
    "next_events"};
constexpr std::string_view k_event_keys[] = {"date", "what"};

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
    if (const json* id = field(value, "id");
        id && id->is_string() && is_client_id(id->get_ref<const std::string&>())) {
        set_client(id->get<std::string>());
    }
    if (!object(value, at, k_client_keys)) return;
    // Names, contacts, successors, history lines and events recur across clients: each is
    // kept once. Ids and notes are one per client and are not looked up.
    if (const json* id = required(value, at, "id")) {
        if (auto id_text = text(*id, at / "id")) {
            client.id = pool_->store(*id_text);
            if (!is_client_id(client.id)) {
                report(at / "id",
                       trf(lang_, "input.client_id.invalid", fmt::arg("id", shown(client.id)),
                           fmt::arg("max", k_max_client_id)),
                       client_id_suggestion(client.id));
            } else if (auto [it, fresh] = first_index_.emplace(client.id, index); !fresh) {
                report(at / "id", trf(lang_, "input.client_id.duplicate", fmt::arg("id", client.id),
                                      fmt::arg("index", it->second)));
            }
        }
    }
    if (const json* name_value = required(value, at, "name")) {
        client.name = pool_->intern(name(*name_value, at / "name").value_or(""));
    }
    if (const json* contact = field(value, "contact")) {
        client.contact = pool_->intern(text(*contact, at / "contact").value_or(""));
    }
    if (const json* stage = required(value, at, "stage")) {
        if (auto i = choice(*stage, at / "stage", k_stage_names)) {
            client.stage = static_cast<Stage>(*i);
        }
    }
    client.expected_close = optional_date(value, at, "expected_close");
    if (const json* amount = field(value, "value")) {
        client.value = number(*amount, at / "value", 0, k_max_amount).value_or(0);
    }
    if (const json* relationship = field(value, "relationship")) {
        if (auto i = choice(*relationship, at / "relationship", k_relationship_names)) {
            client.relationship = static_cast<Relationship>(*i);
        }
    }
    if (const json* averse = field(value, "change_averse")) {
        client.change_averse = boolean(*averse, at / "change_averse").value_or(false);
    }
    if (const json* method = field(value, "preferred_method")) {
        if (auto i = choice(*method, at / "preferred_method", k_method_names)) {
            client.preferred_method = static_cast<Method>(*i);
        }
    }
    if (const json* successor = field(value, "successor")) {
        client.successor = pool_->intern(text(*successor, at / "successor").value_or(""));
    }
    if (const json* notes = field(value, "notes")) {
        client.notes = pool_->store(text(*notes, at / "notes").value_or(""));
    }
    if (const json* history = field(value, "history")) {
        lines_.clear();
        array(*history, at / "history", [&](const json& item, const Pointer& item_at, std::size_t) {
            if (auto line = text(item, item_at)) lines_.push_back(pool_->intern(*line));
        });
        client.history = pool_->store_list(lines_);
    }
    if (const json* events = field(value, "next_events")) {
        if (events->is_array()) client.next_events.reserve(events->size());
        array(*events, at / "next_events",
              [&](const json& item, const Pointer& item_at, std::size_t) {
                  if (!object(item, item_at, k_event_keys)) return;
                  const auto day = required_date(item, item_at, "date");
                  std::optional<std::string_view> what;
                  if (const json* what_value = required(item, item_at, "what")) {
                      what = text(*what_value, item_at / "what");
                  }
                  if (day && what) client.next_events.push_back({*day, pool_->intern(*what)});
              });
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
