// `--format ics`: one all-day event per dated task, for import into a calendar app.
#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "handover/base/ics_text.hpp"
#include "handover/base/money.hpp"
#include "handover/render/labels.hpp"
#include "handover/render/lookup.hpp"
#include "handover/render/plan_texts.hpp"
#include "handover/render/render.hpp"
#include "handover/version.hpp"

namespace handover {
namespace {

std::string ics_date(Day day) {
    const date::year_month_day ymd{day};
    return fmt::format("{:04}{:02}{:02}", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

// The UID must stay the same when the user exports again after a change, so that the
// calendar updates the event instead of adding a second one; hence a hash of what
// identifies the task across runs, never a counter or the clock.
std::string uid_for(const Plan& plan, const Task& task) {
    std::string local;
    local.reserve(task.id.size());
    for (const char c : task.id) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        local += keep ? c : '-';
    }
    // The person and the task identify an event; the last day does not, because moving it
    // must update every event rather than duplicate them. The unit separator keeps
    // `a`+`bc` and `ab`+`c` apart.
    const std::string identity = fmt::format("{}\x1f{}", plan.me, task.id);
    return fmt::format("{}-{:016x}@handover", local, ics::fnv1a64(identity));
}

std::string summary_for(Lang lang, const Plan& plan, const ClientIndex& clients, const Task& task) {
    std::string summary = task_title(lang, plan, task);
    if (!task.client.empty()) {
        const std::string_view name = clients.name(task.client);
        // Titles often name the client already; saying it twice only adds noise.
        if (!name.empty() && summary.find(name) == std::string::npos) {
            summary = trf(lang, "export.ics.summary_client", fmt::arg("title", summary),
                          fmt::arg("client", name));
        }
    }
    if (task.status == TaskStatus::done) {
        summary = trf(lang, "export.ics.summary_done", fmt::arg("summary", summary));
    }
    return summary;
}

std::string description_for(Lang lang, const Plan& plan, const Task& task) {
    // The id first: it is what `handover done` and `handover undo` take.
    std::string text = trf(lang, "export.ics.task_id", fmt::arg("id", task.id));
    text += '\n';
    text += trf(lang, "export.ics.why", fmt::arg("why", task_why(lang, plan, task)));
    if (task.method) {
        text += '\n';
        text += trf(lang, "export.ics.method", fmt::arg("method", label(lang, *task.method)));
    }
    if (task.client_at < plan.clients.size() && plan.clients[task.client_at].value > 0) {
        text += '\n';
        text += trf(lang, "export.ics.value",
                    fmt::arg("value", format_amount(lang, plan.currency,
                                                    plan.clients[task.client_at].value)));
    }
    text += '\n';
    text += trf(lang, "export.ics.hours", fmt::arg("hours", task.hours));
    const std::vector<std::string> points = talking_points(lang, plan, task);
    if (!points.empty()) {
        text += '\n';
        text += tr(lang, "export.ics.talking_points");
        for (const std::string& point : points) {
            text += '\n';
            text += trf(lang, "export.ics.point", fmt::arg("point", point));
        }
    }
    return text;
}

// A calendar app keeps the event with the higher SEQUENCE when it sees the same UID twice.
// The export keeps no history, so the number comes from what it knows: the days from
// 1970-01-01 to the plan's today plus those to the event's day. A task that slips to a later
// day, or any export made on a later day, gets a higher number (docs/exports.md).
long sequence_for(const Plan& plan, Day day) {
    const long value = static_cast<long>(plan.today.time_since_epoch().count()) +
                       static_cast<long>(day.time_since_epoch().count());
    return std::max(0L, value);
}

/// A meeting with a client, in person or by video, or the client's own event (which takes
/// a meeting slot): it deserves a reminder the day before.
bool client_meeting(const Task& task) {
    if (task.client.empty()) return false;
    if (task.kind == TaskKind::event) return true;
    return task.method && (*task.method == Method::in_person || *task.method == Method::video);
}

/// The working day before `day`, by the plan's closed days (weekends, holidays, days off).
Day working_day_before(const Plan& plan, Day day) {
    Day before = day - date::days{1};
    // day_notes are sorted by date; a closed day is skipped, an open or reduced one is not.
    const auto closed = [&](Day d) {
        const auto it =
            std::lower_bound(plan.day_notes.begin(), plan.day_notes.end(), d,
                             [](const DayNote& note, Day value) { return note.date < value; });
        for (auto at = it; at != plan.day_notes.end() && at->date == d; ++at) {
            if (at->closed) return true;
        }
        return false;
    };
    // A year of closed days in a row means the notes say nothing useful: stop there.
    for (int guard = 0; guard < 366 && closed(before); ++guard) before -= date::days{1};
    return before;
}

/// TRIGGER for a reminder at 09:00 on `reminder_day`, relative to the all-day event's start
/// (its midnight): `-PT15H` for the day before, `-P2DT15H` for three days before.
std::string trigger_before(Day event_day, Day reminder_day) {
    const long days = (event_day - reminder_day).count();
    if (days <= 1) return "-PT15H";
    return fmt::format("-P{}DT15H", days - 1);
}

void begin_event(std::string& out, const Plan& plan, const std::string& uid, Day day,
                 const RenderOptions& options) {
    out += ics::content_line("BEGIN", "VEVENT");
    out += ics::content_line("UID", uid);
    // The plan's today, not the clock: the same input must give the same bytes.
    out += ics::content_line("DTSTAMP", ics_date(plan.today) + "T000000Z");
    out += ics::content_line("DTSTART;VALUE=DATE", ics_date(day));
    out += ics::content_line("DTEND;VALUE=DATE", ics_date(day + date::days{1}));
    out += ics::content_line("SEQUENCE", std::to_string(sequence_for(plan, day)));
    // The user's own plan tells of a resignation and interviews: private in a shared
    // calendar. The manager's and the successor's plans are meant to be shared.
    out += ics::content_line("CLASS", options.audience == Audience::self ? "PRIVATE" : "PUBLIC");
}

std::string event(const RenderOptions& options, const Plan& plan, const ClientIndex& clients,
                  const Task& task, Day day) {
    const Lang lang = options.lang;
    std::string out;
    begin_event(out, plan, uid_for(plan, task), day, options);
    const std::string summary = summary_for(lang, plan, clients, task);
    out += ics::content_line("SUMMARY", ics::escape_text(summary));
    out += ics::content_line("DESCRIPTION", ics::escape_text(description_for(lang, plan, task)));
    out += ics::content_line("CATEGORIES", ics::escape_text(step_names(lang, task.step).category));
    out += ics::content_line("STATUS", "CONFIRMED");
    // A reminder, not an appointment: the day stays free in the user's calendar.
    out += ics::content_line("TRANSP", "TRANSPARENT");
    out += ics::content_line("X-HANDOVER-TASK", ics::escape_text(task.id));
    if (task.status == TaskStatus::todo && client_meeting(task)) {
        const Day reminder = working_day_before(plan, day);
        out += ics::content_line("BEGIN", "VALARM");
        out += ics::content_line("ACTION", "DISPLAY");
        out += ics::content_line("TRIGGER", trigger_before(day, reminder));
        out += ics::content_line(
            "DESCRIPTION",
            ics::escape_text(trf(lang, "export.ics.reminder", fmt::arg("summary", summary))));
        out += ics::content_line("END", "VALARM");
    }
    out += ics::content_line("END", "VEVENT");
    return out;
}

/// The last working day as an event of its own: every other date of the plan leads to it.
std::string last_day_event(const RenderOptions& options, const Plan& plan) {
    const Lang lang = options.lang;
    std::string out;
    const std::string identity = fmt::format("{}\x1f{}", plan.me, "last-day");
    begin_event(out, plan, fmt::format("last-day-{:016x}@handover", ics::fnv1a64(identity)),
                plan.last_day, options);
    out += ics::content_line("SUMMARY", ics::escape_text(tr(lang, "export.ics.last_day")));
    out += ics::content_line("DESCRIPTION",
                             ics::escape_text(tr(lang, "export.ics.last_day_description")));
    out += ics::content_line("STATUS", "CONFIRMED");
    out += ics::content_line("TRANSP", "TRANSPARENT");
    out += ics::content_line("END", "VEVENT");
    return out;
}

}  // namespace

// Input supplies client names only; the private notes it holds are never read here.
void write_ics(const Plan& plan, const Input& input, const RenderOptions& options, TextSink& sink) {
    const Lang lang = options.lang;
    BufferedSink out(sink);
    out += ics::content_line("BEGIN", "VCALENDAR");
    out += ics::content_line("VERSION", "2.0");
    out += ics::content_line("PRODID", fmt::format("-//handover//handover {}//EN", k_version));
    out += ics::content_line("CALSCALE", "GREGORIAN");
    out += ics::content_line("METHOD", "PUBLISH");
    out += ics::content_line("X-WR-CALNAME", ics::escape_text(trf(lang, "export.ics.calendar_name",
                                                                  fmt::arg("me", plan.me))));
    const ClientIndex clients(plan, input);
    for (const Task& task : plan.tasks) {
        // Unscheduled tasks have no day to show; the text and JSON outputs list them.
        if (task.date) out += event(options, plan, clients, task, *task.date);
    }
    out += last_day_event(options, plan);
    out += ics::content_line("END", "VCALENDAR");
    out.finish();
}

std::string render_ics(const Plan& plan, const Input& input, const RenderOptions& options) {
    return collect([&](TextSink& sink) { write_ics(plan, input, options, sink); });
}

}  // namespace handover
