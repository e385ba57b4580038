#include "tj3/tjp_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "handover/base/dates.hpp"
#include "handover/calendar/holidays.hpp"
#include "handover/engine/rules.hpp"

namespace handover::bench {
namespace {

// TaskJuggler strings are double-quoted; the generated names never need escapes, but a
// stray quote must not end the string early.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char ch : text) out += ch == '"' ? '\'' : ch;
    return out + "\"";
}

// TaskJuggler ids allow [A-Za-z0-9_] only; client ids may contain '-', so use the index.
std::string task_id(const Client& c) {
    return fmt::format("c{:06}", c.index + 1);
}

// Maps handover's priority order (change-averse, strong, high value, open deal) onto
// TaskJuggler's 1..1000 so both tools hand out early days in a similar order.
int tj_priority(const Client& c, const Policy& policy) {
    if (c.change_averse) return 900;
    if (c.relationship == Relationship::strong) return 800;
    if (is_high_value(c, policy)) return 700;
    if (is_open_deal(c.stage)) return 600;
    return 500;
}

void write_header(std::string& out, const Input& in) {
    out += fmt::format("project handover {} {} - {} {{\n", quoted("Handover of " + in.me),
                       format_iso(in.today), format_iso(in.last_day + date::days{1}));
    out += "  timezone \"UTC\"\n  timingresolution 15min\n  dailyworkinghours 24\n";
    // The daily limit on the resource stands for hours_per_day; working hours only say
    // which days are open.
    std::string on, off;
    for (std::size_t d = 0; d < 7; ++d) {
        std::string& list = in.calendar.workdays[d] ? on : off;
        if (!list.empty()) list += ", ";
        list += k_weekday_names[d];
    }
    if (!on.empty()) out += fmt::format("  workinghours {} 0:00 - 24:00\n", on);
    if (!off.empty()) out += fmt::format("  workinghours {} off\n", off);
    out += fmt::format("  now {}\n}}\n\n", format_iso(in.today));
}

void write_holidays(std::string& out, const Input& in) {
    std::map<Day, std::string> holidays;
    const int first = static_cast<int>(date::year_month_day{in.today}.year());
    const int last = static_cast<int>(date::year_month_day{in.last_day}.year());
    for (HolidayCalendar calendar : in.calendar.calendars) {
        for (int y = first; y <= last; ++y) {
            for (const Holiday& h : public_holidays(calendar, y))
                holidays.emplace(h.date, h.name_en);
        }
    }
    for (const NamedHoliday& h : in.calendar.holidays) {
        holidays.emplace(h.date, h.name.empty() ? "Company holiday" : h.name);
    }
    for (const auto& [day, name] : holidays) {
        if (day < in.today || day > in.last_day) continue;
        out += fmt::format("leaves holiday {} {}\n", quoted(name), format_iso(day));
    }
    out += "\n";
}

void write_resource(std::string& out, const Input& in) {
    // Hours each day loses to blocked time and interviews, as in WorkCalendar.
    std::map<Day, double> taken;
    std::vector<Day> leave;
    for (const BlockedTime& b : in.calendar.blocked) {
        if (b.hours) {
            taken[b.date] += *b.hours;
        } else {
            leave.push_back(b.date);
        }
    }
    for (const Interview& i : in.job_search.interviews) taken[i.date] += i.hours;

    const double hours = in.calendar.hours_per_day;
    out += fmt::format("resource me {} {{\n  limits {{\n    dailymax {}h\n", quoted(in.me), hours);
    for (const auto& [day, h] : taken) {
        // TaskJuggler counts in 15-minute slots and refuses a zero limit: a day with less
        // than a slot left becomes a day of leave.
        const double room = std::floor((hours - h) * 4) / 4;
        if (room < 0.25) {
            leave.push_back(day);
            continue;
        }
        out += fmt::format("    dailymax {}h {{ start {} end {} }}\n", room, format_iso(day),
                           format_iso(day + date::days{1}));
    }
    out += "  }\n";
    std::sort(leave.begin(), leave.end());
    for (Day d : leave) out += fmt::format("  leaves annual {}\n", format_iso(d));
    out += "}\n\n";
}

void write_tasks(std::string& out, const Input& in) {
    out += fmt::format(
        "task decide_timing \"Decide when to tell each client\" {{ effort {}h allocate me }}\n",
        k_decide_timing_hours);
    out += fmt::format(
        "task decide_method \"Decide how to tell each client\" {{ effort {}h allocate me }}\n",
        k_decide_method_hours);
    std::string docs;
    for (const Client& c : in.clients) {
        const std::string id = task_id(c);
        const double contact = contact_hours(choose_method(c, in.policy).method);
        out += fmt::format("task {} {} {{\n  priority {}\n", id, quoted(c.name),
                           tj_priority(c, in.policy));
        out += fmt::format("  task doc \"Handover document\" {{ effort {}h allocate me }}\n",
                           handover_doc_hours(c, in.policy));
        out += fmt::format(
            "  task notify \"Notify\" {{ effort {}h allocate me depends !!decide_timing, "
            "!!decide_method }}\n",
            contact);
        // The introduction comes at least one working day after the notification.
        out += fmt::format(
            "  task introduce \"Introduce the successor\" {{ effort {}h allocate me depends "
            "!doc, !notify {{ gaplength 1d }} }}\n",
            contact);
        if (c.change_averse) {
            out += fmt::format(
                "  task follow_up \"Follow-up\" {{ effort {}h allocate me depends !introduce }}\n",
                k_follow_up_hours);
        }
        out += "}\n";
        docs += docs.empty() ? "" : ", ";
        docs += id + ".doc";
    }
    out += fmt::format(
        "task share_handover \"Share the handover documents\" {{ effort {}h "
        "allocate me",
        k_share_hours);
    if (!docs.empty()) out += " depends " + docs;
    out += " }\n";
}

}  // namespace

std::string to_tjp(const Input& in) {
    std::string out;
    write_header(out, in);
    write_holidays(out, in);
    write_resource(out, in);
    write_tasks(out, in);
    return out;
}

}  // namespace handover::bench
