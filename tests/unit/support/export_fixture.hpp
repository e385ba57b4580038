#pragma once
// A small hand-made plan and input for the export tests (JSON, iCalendar, CSV, audience),
// plus the readers those tests use to check the output the way a consumer would.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "handover/base/text_pool.hpp"
#include "handover/engine/plan.hpp"
#include "handover/input/model.hpp"

namespace handover::export_test {

inline Day make_day(int year, unsigned month, unsigned day) {
    return Day{date::year{year} / date::month{month} / date::day{day}};
}

inline Task make_task(Text id, int step, TaskKind kind, Text title) {
    Task task;
    task.id = id;
    task.step = step;
    task.kind = kind;
    task.subject = title;
    return task;
}

/// Five tasks: a done one, a client notification with talking points, two private job-search
/// tasks the notification depends on, and an unscheduled follow-up; one client, three
/// warnings (one about the weekly load, one about an interview), one week of load.
inline Plan sample_plan() {
    Plan plan;
    plan.worded = true;  // made by hand: its tasks and warnings carry their words
    plan.today = make_day(2026, 11, 30);
    plan.last_day = make_day(2026, 12, 25);
    plan.end_date = make_day(2027, 1, 15);
    plan.disclose_from = make_day(2026, 12, 1);
    plan.takeover_day = make_day(2026, 12, 28);
    plan.me = "Yu Sato";
    plan.manager = "Ken Tanaka";
    plan.successor = "Takeshi Suzuki";

    Task consult =
        make_task("consult-manager", 1, TaskKind::consult_manager, "Consult your manager");
    consult.date = make_day(2026, 11, 30);
    consult.hours = 1;
    consult.method = Method::in_person;
    consult.status = TaskStatus::done;
    consult.rule = Rule::manager_first;
    consult.note = "Your manager hears it first.";
    consult.meeting = true;

    Task interview =
        make_task("interview/2026-12-03", 6, TaskKind::interview, "Interview: Foo Inc.");
    interview.date = make_day(2026, 12, 3);
    interview.hours = 3;
    interview.rule = Rule::interview;
    interview.note = "From your job search.";
    interview.job_search = true;

    Task review = make_task("weekly-review/2026-W49", 6, TaskKind::weekly_review, "Weekly review");
    review.date = make_day(2026, 12, 4);
    review.hours = 0.5;
    review.rule = Rule::weekly;
    review.note = "Once a week.";
    review.job_search = true;

    Task notify = make_task("acme/notify", 3, TaskKind::notify, "Tell ACME Corp");
    notify.client = "acme";
    notify.date = make_day(2026, 12, 11);
    notify.hours = 1.5;
    notify.method = Method::in_person;
    notify.depends_on = plan.list({"consult-manager", "weekly-review/2026-W49"});
    notify.rule = Rule::after_close;
    notify.note = "The first working day after the deal closes.";
    plan.worded_points["acme/notify"] = {"My last day is 25 Dec.", "Takeshi Suzuki takes over."};
    notify.meeting = true;

    Task follow_up = make_task("acme/follow-up", 5, TaskKind::follow_up, "Follow up");
    follow_up.client = "acme";
    follow_up.hours = 1;
    follow_up.depends_on = plan.list({"acme/notify", "interview/2026-12-03"});
    follow_up.status = TaskStatus::unscheduled;
    follow_up.rule = Rule::no_room;
    follow_up.note = "No room before the last day.";

    plan.tasks = {consult, interview, review, notify, follow_up};

    ClientPlan acme;
    acme.id = "acme";
    acme.name = "ACME Corp";
    acme.stage = Stage::closing;
    acme.method = Method::in_person;
    acme.method_reason = MethodReason::change_averse;
    acme.successor = "Takeshi Suzuki";
    acme.priority = 1;
    acme.expected_close = make_day(2026, 12, 10);
    acme.notify_date = make_day(2026, 12, 11);
    acme.change_averse = true;
    plan.clients = {acme};

    plan.warnings = {
        worded_warning(WarningCode::week_overloaded, Severity::warning, Text(), Text(),
                       "Too much."),
        worded_warning(WarningCode::over_capacity, Severity::info, Text(),
                       Text("interview/2026-12-03"), "Clash."),
        worded_warning(WarningCode::no_time_for_intro, Severity::error, Text("acme"),
                       Text("acme/follow-up"), "No room."),
    };

    WeekLoad week;
    week.week = "2026-W49";
    week.monday = make_day(2026, 11, 30);
    week.planned_hours = 4.5;
    week.available_hours = 12;
    week.interview_hours = 3;
    week.interviews = 1;
    week.meetings = 2;
    plan.load = {week};
    return plan;
}

/// The input behind sample_plan(), with a private note that no export may show.
inline Input sample_input() {
    Input input;
    input.me = "Yu Sato";
    input.manager = "Ken Tanaka";
    input.successor = "Takeshi Suzuki";
    input.today = make_day(2026, 11, 30);
    input.last_day = make_day(2026, 12, 25);
    Client acme;
    acme.id = "acme";
    acme.name = "ACME Corp";
    acme.stage = Stage::closing;
    acme.notes = "PRIVATE-NOTE: may follow me to the new company";
    input.clients = {acme};
    return input;
}

/// A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes). Returns
/// nothing when the text is not well-formed, so a test can tell "parsed differently" from
/// "not CSV at all".
inline std::optional<std::vector<std::vector<std::string>>> read_csv(std::string_view text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '"') {
            ++i;
            for (;;) {
                if (i >= text.size()) return std::nullopt;
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                if (text[i] == '"') return std::nullopt;
                field += text[i++];
            }
        }
        if (i < text.size() && text[i] == ',') {
            row.push_back(std::move(field));
            field.clear();
            ++i;
            continue;
        }
        if (text.substr(i, 2) != "\r\n") return std::nullopt;
        row.push_back(std::move(field));
        field.clear();
        rows.push_back(std::move(row));
        row.clear();
        i += 2;
    }
    return rows;
}

/// Physical lines of a CRLF text; nothing when a bare CR or LF appears.
inline std::optional<std::vector<std::string>> crlf_lines(std::string_view text) {
    std::vector<std::string> lines;
    while (!text.empty()) {
        const std::size_t end = text.find("\r\n");
        if (end == std::string_view::npos) return std::nullopt;
        const std::string_view line = text.substr(0, end);
        if (line.find_first_of("\r\n") != std::string_view::npos) return std::nullopt;
        lines.emplace_back(line);
        text.remove_prefix(end + 2);
    }
    return lines;
}

/// True when `text` is well-formed UTF-8 (no truncated or stray multi-byte sequences).
inline bool valid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        if (lead < 0x80U) {
            length = 1;
        } else if ((lead & 0xE0U) == 0xC0U) {
            length = 2;
        } else if ((lead & 0xF0U) == 0xE0U) {
            length = 3;
        } else if ((lead & 0xF8U) == 0xF0U) {
            length = 4;
        } else {
            return false;
        }
        if (i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0U) != 0x80U) return false;
        }
        i += length;
    }
    return true;
}

inline std::size_t count(std::string_view text, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t pos = text.find(needle); pos != std::string_view::npos;
         pos = text.find(needle, pos + needle.size())) {
        ++n;
    }
    return n;
}

}  // namespace handover::export_test
