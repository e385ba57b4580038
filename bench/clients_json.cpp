#include "clients_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "handover/base/dates.hpp"

namespace handover::bench {
namespace {

using ordered_json = nlohmann::ordered_json;

// Whole numbers print as integers (24, not 24.0), as a person would write them.
ordered_json number(double x) {
    if (std::trunc(x) == x && std::abs(x) < 9e15) return static_cast<std::int64_t>(x);
    return x;
}

ordered_json calendar_json(const CalendarConfig& calendar) {
    ordered_json workdays = ordered_json::array();
    for (std::size_t d = 0; d < calendar.workdays.size(); ++d) {
        if (calendar.workdays[d]) workdays.push_back(k_weekday_names[d]);
    }
    ordered_json holidays = ordered_json::array();
    for (HolidayCalendar c : calendar.calendars) holidays.push_back(to_string(c));
    for (const NamedHoliday& h : calendar.holidays) {
        if (h.name.empty()) {
            holidays.push_back(format_iso(h.date));
        } else {
            holidays.push_back(ordered_json{{"date", format_iso(h.date)}, {"name", h.name}});
        }
    }
    ordered_json blocked = ordered_json::array();
    for (const BlockedTime& b : calendar.blocked) {
        ordered_json entry{{"date", format_iso(b.date)}};
        if (b.hours) entry["hours"] = number(*b.hours);
        entry["reason"] = b.reason;
        blocked.push_back(std::move(entry));
    }
    return {{"workdays", workdays},
            {"holidays", holidays},
            {"blocked", blocked},
            {"hours_per_day", number(calendar.hours_per_day)},
            {"max_meetings_per_day", calendar.max_meetings_per_day}};
}

ordered_json client_json(const Client& c) {
    ordered_json j{{"id", c.id}, {"name", c.name}};
    if (!c.contact.empty()) j["contact"] = c.contact;
    j["stage"] = to_string(c.stage);
    if (c.expected_close) j["expected_close"] = format_iso(*c.expected_close);
    j["value"] = number(c.value);
    j["relationship"] = to_string(c.relationship);
    if (c.change_averse) j["change_averse"] = true;
    if (c.preferred_method) j["preferred_method"] = to_string(*c.preferred_method);
    if (!c.successor.empty()) j["successor"] = c.successor;
    if (!c.notes.empty()) j["notes"] = c.notes;
    j["history"] = c.history;
    ordered_json events = ordered_json::array();
    for (const Event& e : c.next_events) {
        events.push_back({{"date", format_iso(e.date)}, {"what", e.what}});
    }
    j["next_events"] = std::move(events);
    return j;
}

// Each top-level member on its own line, compact inside, so the header stays readable.
void member(std::string& out, std::string_view key, const ordered_json& value) {
    out += "  ";
    out += ordered_json(key).dump();
    out += ": ";
    out += value.dump();
    out += ",\n";
}

}  // namespace

std::string to_clients_json(const Input& in) {
    std::string out = "{\n";
    member(out, "version", in.version);
    member(out, "me", {{"name", in.me}});
    ordered_json manager{{"name", in.manager}};
    if (in.disclose_from) manager["disclose_from"] = format_iso(*in.disclose_from);
    member(out, "manager", manager);
    member(out, "successor", {{"name", in.successor}});
    member(out, "today", format_iso(in.today));
    member(out, "last_day", format_iso(in.last_day));
    if (in.end_date) member(out, "end_date", format_iso(*in.end_date));
    if (in.support_until) member(out, "support_until", format_iso(*in.support_until));
    member(out, "calendar", calendar_json(in.calendar));
    member(out, "policy",
           {{"notice_days", in.policy.notice_days},
            {"notify_earliest_days", in.policy.notify_earliest_days},
            {"notify_latest_days", in.policy.notify_latest_days},
            {"intro_buffer_days", in.policy.intro_buffer_days},
            {"high_value", number(in.policy.high_value)}});
    ordered_json interviews = ordered_json::array();
    for (const Interview& i : in.job_search.interviews) {
        interviews.push_back(
            {{"date", format_iso(i.date)}, {"hours", number(i.hours)}, {"company", i.company}});
    }
    member(out, "job_search",
           {{"interviews", interviews}, {"weekly_review", in.job_search.weekly_review}});
    ordered_json done = ordered_json::object();
    for (const auto& [task, day] : in.done) done[task] = format_iso(day);
    member(out, "done", done);

    out += "  \"clients\": [";
    for (std::size_t i = 0; i < in.clients.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        out += client_json(in.clients[i]).dump();
    }
    out += "\n  ]\n}\n";
    return out;
}

}  // namespace handover::bench
