#pragma once
// Builds typed inputs for engine tests without going through JSON, so that each test
// states exactly the facts its rule needs.

#include <string>
#include <string_view>

#include "handover/base/dates.hpp"
#include "handover/input/model.hpp"

namespace handover::testing {

inline Day d(const char* iso) {
    return *parse_iso_date(iso);
}

/// Mon-Fri, 3 hours and 2 meetings a day, no holidays, default policy, no weekly review.
inline Input base_input(const char* today = "2026-11-20", const char* last_day = "2026-12-25") {
    Input in;
    in.me = "Me";
    in.manager = "Boss";
    in.successor = "Heir";
    in.today = d(today);
    in.last_day = d(last_day);
    in.job_search.weekly_review = false;
    return in;
}

inline Client& add_client(Input& in, std::string_view id, Stage stage = Stage::active) {
    Client c;
    c.id = in.unique_text(id);
    c.name = in.text("Client " + std::string(id));
    c.contact = in.text("Contact " + std::string(id));
    c.stage = stage;
    c.history = in.list({"2025-01 first order"});
    c.next_events = {Event{in.last_day + date::days{30}, "review"}};
    c.index = in.clients.size();
    in.clients.push_back(std::move(c));
    return in.clients.back();
}

}  // namespace handover::testing
