// The starter file of `handover init`. Its comments are the field descriptions of the
// schema (one text for the editor's hover and the file), its values the model's defaults.
#include "handover/cli/starter.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "handover/base/json_writer.hpp"
#include "handover/calendar/closures.hpp"
#include "handover/calendar/holidays.hpp"
#include "handover/input/model.hpp"
#include "handover/input/schema.hpp"
#include "handover/render/labels.hpp"

namespace handover {
namespace {

using json = nlohmann::ordered_json;  // fields in the order a reader expects

/// A value on one line, spaced as people write JSON by hand; whole numbers without ".0".
std::string inline_json(const json& value) {
    if (value.is_number_float() && value.get<double>() == std::floor(value.get<double>()) &&
        std::abs(value.get<double>()) < 1e15) {
        return fmt::format("{:.0f}", value.get<double>());
    }
    if (value.is_object() && !value.empty()) {
        std::string out = "{ ";
        for (const auto& [key, item] : value.items()) {
            if (out.size() > 2) out += ", ";
            out += json_string(key) + ": " + inline_json(item);
        }
        return out + " }";
    }
    if (value.is_array()) {
        std::string out = "[";
        for (const auto& item : value) {
            if (out.size() > 1) out += ", ";
            out += inline_json(item);
        }
        return out + "]";
    }
    if (value.is_string()) return json_string(value.get_ref<const std::string&>());
    if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
    if (value.is_number_unsigned()) return fmt::format("{}", value.get<unsigned long long>());
    if (value.is_number_integer()) return fmt::format("{}", value.get<long long>());
    if (value.is_number_float()) return json_number(value.get<double>());
    if (value.is_object()) return "{}";
    return "null";
}

/// Writes JSONC line by line, so that every field can carry its comment.
class JsoncWriter {
  public:
    explicit JsoncWriter(Lang lang) : lang_(lang) {}

    void comment(std::string_view text) { line("// " + std::string(text)); }

    /// The description of a field, as the schema gives it.
    void describe(std::string_view field) { comment(description(field)); }

    void open(std::string_view text) {
        line(text);
        ++depth_;
    }
    void close(std::string_view text) {
        --depth_;
        line(text);
    }

    /// `"key": value` after the field's description; `last` leaves out the comma.
    void field(std::string_view path, std::string_view key, const json& value, bool last = false) {
        describe(path);
        member(key, value, last);
    }

    /// `"key": value` on one line, or a long array one element a line.
    void member(std::string_view key, const json& value, bool last = false) {
        const std::string name = json_string(key) + ": ";
        const std::string comma = last ? "" : ",";
        std::string one_line = name + inline_json(value) + comma;
        if (!value.is_array() || one_line.size() + static_cast<std::size_t>(depth_) * 2 <= 100) {
            line(one_line);
            return;
        }
        open(name + "[");
        for (std::size_t i = 0; i < value.size(); ++i) {
            line(inline_json(value[i]) + (i + 1 < value.size() ? "," : ""));
        }
        close("]" + comma);
    }

    /// `"key": value` with the value already written as JSON on one line.
    void raw_member(std::string_view key, std::string_view json_text, bool last = false) {
        line(json_string(key) + ": " + std::string(json_text) + (last ? "" : ","));
    }

    /// An optional field, commented out with an example value: removing the `// ` of one
    /// line turns it on.
    void optional_field(std::string_view path, std::string_view key, const json& value) {
        comment(trf(lang_, "input.starter.optional", fmt::arg("description", description(path))));
        comment(json_string(key) + ": " + inline_json(value) + ",");
    }

    std::string text() && { return std::move(out_); }

  private:
    std::string description(std::string_view field) const {
        return std::string(field_description(lang_, field));
    }

    void line(std::string_view text) {
        out_.append(static_cast<std::size_t>(depth_) * 2, ' ');
        out_.append(text);
        out_ += '\n';
    }

    Lang lang_;
    int depth_ = 0;
    std::string out_;
};

/// What a starter for one jurisdiction holds where the jurisdictions differ.
struct JurisdictionStarter {
    std::vector<HolidayCalendar> calendars;
    /// Japan's year-end break, which most Japanese companies keep (SPEC rule 7).
    bool year_end = false;
    int notice_days = 30;
    /// Calendar days from today to the example's last day: room to prepare, then the notice.
    int last_day_after = 42;
    /// Calendar days from the deal's signature to the last day: early in the notification
    /// window, so the client can be told right after it.
    int close_before = 25;
    /// The catalogue keys of the example clients' names, contacts and the note naming one.
    struct Names {
        std::string_view deal_name, deal_contact, deal_salutation, deal_decision_maker, deal_notes,
            averse_name, averse_contact, quiet_name;
    } names;
    double deal_value = 0;
    double averse_value = 0;
    /// The ids of the change-averse and the quiet client, from their names.
    std::string_view averse_id, quiet_id;
};

JurisdictionStarter starter_for(Jurisdiction jurisdiction) {
    switch (jurisdiction) {
        case Jurisdiction::US:
            // Two weeks' notice is the custom; a week or two to prepare comes before it.
            return {{HolidayCalendar::US},
                    false,
                    14,
                    28,
                    21,
                    {"input.starter.us.deal.name", "input.starter.us.deal.contact",
                     "input.starter.us.deal.salutation", "input.starter.us.deal.decision_maker",
                     "input.starter.us.deal.notes", "input.starter.us.averse.name",
                     "input.starter.us.averse.contact", "input.starter.us.quiet.name"},
                    410'000,
                    60'000,
                    "lakeside",
                    "summit"};
        case Jurisdiction::GB:
            // A month's notice is common in UK contracts.
            return {{HolidayCalendar::GB_EAW},
                    false,
                    30,
                    42,
                    25,
                    {"input.starter.gb.deal.name", "input.starter.gb.deal.contact",
                     "input.starter.gb.deal.salutation", "input.starter.gb.deal.decision_maker",
                     "input.starter.gb.deal.notes", "input.starter.gb.averse.name",
                     "input.starter.gb.averse.contact", "input.starter.gb.quiet.name"},
                    310'000,
                    45'000,
                    "pennine",
                    "harbour"};
        case Jurisdiction::JP:
            break;
    }
    return {
        {HolidayCalendar::JP},
        true,
        Policy{}.notice_days,
        42,
        25,
        {"input.starter.deal.name", "input.starter.deal.contact", "input.starter.deal.salutation",
         "input.starter.deal.decision_maker", "input.starter.deal.notes",
         "input.starter.averse.name", "input.starter.averse.contact", "input.starter.quiet.name"},
        12'000'000,
        5'000'000,
        "kita",
        "minami"};
}

/// A day the office is open on or before `day`: not a weekend, not a public holiday of the
/// starter's calendars and, in Japan, not in the year-end or Obon break that most Japanese
/// companies keep, so that the example's last day and appointments look like real ones.
Day working_day_on_or_before(Day day, const JurisdictionStarter& starter) {
    const auto closed = [&](Day candidate) {
        const date::year_month_day ymd{candidate};
        if (weekday_index(candidate) >= 5) return true;
        if (starter.year_end && closure_period(candidate)) return true;  // year-end, Obon
        if (!in_supported_range(candidate)) return false;
        for (HolidayCalendar calendar : starter.calendars) {
            const auto holidays = public_holidays(calendar, static_cast<int>(ymd.year()));
            if (std::any_of(holidays.begin(), holidays.end(),
                            [&](const Holiday& holiday) { return holiday.date == candidate; })) {
                return true;
            }
        }
        return false;
    };
    while (closed(day)) day -= date::days{1};
    return day;
}

void write_examples(JsoncWriter& out, Lang lang, const JurisdictionStarter& starter,
                    const std::string& close);
void write_imported(JsoncWriter& out, const std::vector<std::vector<MemberText>>& clients,
                    const std::string& source, Lang lang);

}  // namespace

Jurisdiction default_jurisdiction(Lang lang) {
    return lang == Lang::ja ? Jurisdiction::JP : Jurisdiction::US;
}

std::vector<HolidayCalendar> starter_calendars(Jurisdiction jurisdiction) {
    return starter_for(jurisdiction).calendars;
}

std::string starter_file(Lang lang, Day today, const StarterFill& fill) {
    // Dates stay inside the supported years even on a machine whose clock is far off.
    const Day first{date::year{k_min_year} / 1 / 1};
    const Day last{date::year{k_max_year} / 12 / 31};
    const auto iso = [&](Day day) { return format_iso(std::clamp(day, first, last)); };
    const auto text = [&](std::string_view key) { return std::string(tr(lang, key)); };
    const auto days = [](int n) { return date::days{n}; };

    const Jurisdiction jurisdiction = fill.jurisdiction.value_or(default_jurisdiction(lang));
    const Currency currency = fill.currency.value_or(default_currency(jurisdiction));
    const JurisdictionStarter starter = starter_for(jurisdiction);
    const auto working_day = [&](Day day) { return working_day_on_or_before(day, starter); };

    // Room to prepare and the usual notice period, with time for every step.
    const Day last_day =
        fill.last_day.value_or(std::max(today, working_day(today + days(starter.last_day_after))));
    // The deal closes early in the notification window, so it can be told right after.
    const Day close = working_day(last_day - days(starter.close_before));

    const Policy policy;
    const CalendarConfig calendar;
    const JobSearch job_search;
    json workdays = json::array();
    for (std::size_t i = 0; i < k_weekday_names.size(); ++i) {
        if (calendar.workdays[i]) workdays.push_back(k_weekday_names[i]);
    }

    JsoncWriter out(lang);
    out.comment(text("input.starter.title"));
    out.comment(text("input.starter.syntax"));
    out.open("{");
    out.field("version", "version", k_format_version);
    out.field("jurisdiction", "jurisdiction", std::string(to_string(jurisdiction)));
    out.field("currency", "currency", std::string(to_string(currency)));
    if (jurisdiction != Jurisdiction::JP) {
        out.field("locale", "locale", std::string(to_string(default_locale(jurisdiction))));
    }
    out.describe("me");
    out.open("\"me\": {");
    const auto name_or = [&](const std::string& given, std::string_view placeholder) {
        return given.empty() ? text(placeholder) : given;
    };
    // An imported file is someone's real plan from its first run: the example contact
    // details, time off and interview of the starter would reach the plan and the drafts
    // unnoticed, so there they are comments to turn on, not values.
    const bool imported = fill.clients.has_value();
    const auto detail = [&](std::string_view path, std::string_view key, std::string_view example,
                            bool last_member) {
        if (imported) {
            out.optional_field(path, key, text(example));
        } else {
            out.field(path, key, text(example), last_member);
        }
    };
    // The commented lines come before the last member, so that each one, turned on, is
    // followed by a member and its comma is in place (JSON has no trailing comma).
    if (imported) {
        detail("me.company", "company", "input.starter.me.company", false);
        detail("me.title", "title", "input.starter.me.title", false);
        detail("me.email", "email", "input.starter.me.email", false);
        detail("me.phone", "phone", "input.starter.me.phone", false);
    }
    out.field("me.name", "name", name_or(fill.me, "input.starter.me"), imported);
    if (!imported) {
        detail("me.company", "company", "input.starter.me.company", false);
        detail("me.title", "title", "input.starter.me.title", false);
        detail("me.email", "email", "input.starter.me.email", false);
        detail("me.phone", "phone", "input.starter.me.phone", true);
    }
    out.close("},");
    out.describe("manager");
    out.open("\"manager\": {");
    out.optional_field("manager.disclose_from", "disclose_from", iso(working_day(today + days(7))));
    if (imported) detail("manager.title", "title", "input.starter.manager.title", false);
    out.field("manager.name", "name", name_or(fill.manager, "input.starter.manager"), imported);
    if (!imported) detail("manager.title", "title", "input.starter.manager.title", true);
    out.close("},");
    out.describe("successor");
    out.open("\"successor\": {");
    if (imported) {
        detail("successor.title", "title", "input.starter.successor.title", false);
        detail("successor.email", "email", "input.starter.successor.email", false);
    }
    out.field("successor.name", "name", name_or(fill.successor, "input.starter.successor"),
              imported);
    if (!imported) {
        detail("successor.title", "title", "input.starter.successor.title", false);
        detail("successor.email", "email", "input.starter.successor.email", true);
    }
    out.close("},");
    out.optional_field("today", "today", iso(today));
    out.field("last_day", "last_day", iso(last_day));
    out.field("end_date", "end_date", iso(last_day + days(14)));
    // Support ends with employment: after it, the company no longer stands behind what you say
    // (SUPPORT_AFTER_END, SPEC section 3 rule 11).
    out.field("support_until", "support_until", iso(last_day + days(14)));

    out.describe("calendar");
    out.open("\"calendar\": {");
    out.field("calendar.workdays", "workdays", workdays);
    // Public holidays, and in Japan the year-end break most companies keep (SPEC rule 7).
    json holidays = json::array();
    for (HolidayCalendar public_calendar : starter.calendars) {
        holidays.push_back(std::string(to_string(public_calendar)));
    }
    if (starter.year_end) holidays.push_back("JP-year-end");
    out.describe("calendar.holidays");
    if (jurisdiction == Jurisdiction::GB) out.comment(text("input.starter.holidays_gb"));
    out.member("holidays", holidays);
    out.field("calendar.blocked", "blocked",
              imported ? json::array()
                       : json::array({{{"date", iso(working_day(today + days(20)))},
                                       {"hours", 4},
                                       {"reason", text("input.starter.blocked_reason")}}}));
    out.field("calendar.hours_per_day", "hours_per_day", calendar.hours_per_day);
    out.field("calendar.max_meetings_per_day", "max_meetings_per_day",
              calendar.max_meetings_per_day, true);
    out.close("},");

    out.describe("policy");
    out.open("\"policy\": {");
    if (jurisdiction == Jurisdiction::JP) {
        out.field("policy.notice_days", "notice_days", starter.notice_days);
        out.field("policy.notify_earliest_days", "notify_earliest_days",
                  policy.notify_earliest_days);
        out.field("policy.notify_latest_days", "notify_latest_days", policy.notify_latest_days);
    } else {
        out.describe("policy.notice_days");
        out.comment(text(jurisdiction == Jurisdiction::US ? "input.starter.notice_us"
                                                          : "input.starter.notice_gb"));
        out.member("notice_days", starter.notice_days);
        // Left out, the notification windows fit the notice actually given; a value written
        // here is kept as it is, however short the notice.
        out.comment(text("input.starter.windows_scaled"));
        out.optional_field("policy.notify_earliest_days", "notify_earliest_days",
                           starter.notice_days);
        out.optional_field("policy.notify_latest_days", "notify_latest_days", 5);
        out.optional_field("policy.intro_buffer_days", "intro_buffer_days", 2);
    }
    if (jurisdiction == Jurisdiction::JP) {
        out.field("policy.intro_buffer_days", "intro_buffer_days", policy.intro_buffer_days);
    }
    if (default_prepare_before_notice(jurisdiction)) {
        out.field("policy.prepare_before_notice", "prepare_before_notice", true);
    }
    out.field("policy.high_value", "high_value", default_high_value(currency), true);
    out.close("},");

    out.describe("job_search");
    out.open("\"job_search\": {");
    out.field("job_search.interviews", "interviews",
              imported ? json::array()
                       : json::array({{{"date", iso(working_day(today + days(9)))},
                                       {"hours", 3},
                                       {"company", text("input.starter.company")}}}));
    out.field("job_search.weekly_review", "weekly_review", job_search.weekly_review, true);
    out.close("},");

    out.describe("clients");
    if (fill.clients) {
        write_imported(out, *fill.clients, fill.source, lang);
    } else {
        write_examples(out, lang, starter, iso(close));
    }

    out.field("done", "done", json::object(), true);
    out.close("}");
    return std::move(out).text();
}

namespace {

/// The starter's three example clients: a deal about to close, a client who dislikes a
/// change of rep, and a quiet account.
void write_examples(JsoncWriter& out, Lang lang, const JurisdictionStarter& starter,
                    const std::string& close) {
    const auto text = [&](std::string_view key) { return std::string(tr(lang, key)); };
    // The names, contacts and the note that mentions one are the jurisdiction's.
    const JurisdictionStarter::Names& names = starter.names;
    out.comment(text("input.starter.clients"));
    out.open("\"clients\": [");
    // The first client explains every field; the others show only what differs.
    out.comment(text("input.starter.client_deal"));
    out.open("{");
    out.field("clients.id", "id", "acme");
    out.field("clients.name", "name", text(names.deal_name));
    out.field("clients.contact", "contact", text(names.deal_contact));
    out.field("clients.salutation", "salutation", text(names.deal_salutation));
    out.field("clients.decision_maker", "decision_maker", text(names.deal_decision_maker));
    out.field("clients.stage", "stage", to_string(Stage::closing));
    out.field("clients.expected_close", "expected_close", close);
    out.field("clients.value", "value", starter.deal_value);
    out.field("clients.relationship", "relationship", to_string(Relationship::strong));
    out.field("clients.change_averse", "change_averse", false);
    out.field("clients.preferred_method", "preferred_method", to_string(Method::in_person));
    out.field("clients.travel_hours", "travel_hours", 0.5);
    out.optional_field("clients.successor", "successor", text("input.starter.successor"));
    out.field("clients.handover_notes", "handover_notes",
              text("input.starter.deal.handover_notes"));
    out.field("clients.notes", "notes", text(names.deal_notes));
    out.field(
        "clients.history", "history",
        json::array({text("input.starter.deal.history1"), text("input.starter.deal.history2")}));
    out.field("clients.next_events", "next_events",
              json::array({{{"date", close}, {"what", text("input.starter.deal.event")}}}), true);
    out.close("},");

    out.comment(text("input.starter.client_averse"));
    out.open("{");
    out.member("id", std::string(starter.averse_id));
    out.member("name", text(names.averse_name));
    out.member("contact", text(names.averse_contact));
    out.member("stage", to_string(Stage::active));
    out.member("value", starter.averse_value);
    out.member("relationship", to_string(Relationship::strong));
    out.member("change_averse", true);
    out.member("handover_notes", text("input.starter.averse.handover_notes"), true);
    out.close("},");

    out.comment(text("input.starter.client_quiet"));
    out.open("{");
    out.member("id", std::string(starter.quiet_id));
    out.member("name", text(names.quiet_name));
    out.member("stage", to_string(Stage::dormant));
    out.member("relationship", to_string(Relationship::weak));
    out.member("preferred_method", to_string(Method::email), true);
    out.close("}");
    out.close("],");
}

/// Clients read from an export: each member on its own line, without the field comments
/// of the examples (the first comment says where to read about them).
void write_imported(JsoncWriter& out, const std::vector<std::vector<MemberText>>& clients,
                    const std::string& source, Lang lang) {
    out.comment(trf(lang, "input.starter.imported", fmt::arg("source", source),
                    fmt::arg("count", clients.size())));
    out.comment(std::string(tr(lang, "input.starter.imported_fields")));
    out.open("\"clients\": [");
    for (std::size_t i = 0; i < clients.size(); ++i) {
        out.open("{");
        const auto& members = clients[i];
        for (std::size_t m = 0; m < members.size(); ++m) {
            out.raw_member(members[m].key, members[m].json, m + 1 == members.size());
        }
        out.close(i + 1 == clients.size() ? "}" : "},");
    }
    out.close("],");
}

}  // namespace

}  // namespace handover
