// `--format ics`: one all-day event per dated task, for import into a calendar app.
#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "handover/base/ics_text.hpp"
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
    std::string text = trf(lang, "export.ics.why", fmt::arg("why", task_why(lang, plan, task)));
    if (task.method) {
        text += '\n';
        text += trf(lang, "export.ics.method", fmt::arg("method", label(lang, *task.method)));
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

std::string event(Lang lang, const Plan& plan, const ClientIndex& clients, const Task& task,
                  Day day) {
    std::string out = ics::content_line("BEGIN", "VEVENT");
    out += ics::content_line("UID", uid_for(plan, task));
    // The plan's today, not the clock: the same input must give the same bytes.
    out += ics::content_line("DTSTAMP", ics_date(plan.today) + "T000000Z");
    out += ics::content_line("DTSTART;VALUE=DATE", ics_date(day));
    out += ics::content_line("DTEND;VALUE=DATE", ics_date(day + date::days{1}));
    out += ics::content_line("SUMMARY", ics::escape_text(summary_for(lang, plan, clients, task)));
    out += ics::content_line("DESCRIPTION", ics::escape_text(description_for(lang, plan, task)));
    out += ics::content_line("CATEGORIES", ics::escape_text(step_names(lang, task.step).category));
    out += ics::content_line("STATUS", "CONFIRMED");
    // A reminder, not an appointment: the day stays free in the user's calendar.
    out += ics::content_line("TRANSP", "TRANSPARENT");
    out += ics::content_line("END", "VEVENT");
    return out;
}

}  // namespace

// Input supplies client names only; the private notes it holds are never read here.
void write_ics(const Plan& plan, const Input& input, Lang lang, TextSink& sink) {
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
        if (task.date) out += event(lang, plan, clients, task, *task.date);
    }
    out += ics::content_line("END", "VCALENDAR");
    out.finish();
}

std::string render_ics(const Plan& plan, const Input& input, const RenderOptions& options) {
    return collect([&](TextSink& sink) { write_ics(plan, input, options.lang, sink); });
}

}  // namespace handover
