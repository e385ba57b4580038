// The GitHub-flavoured Markdown checklist: summary, tasks grouped by date, step or client,
// warnings, a Mermaid gantt chart, and on request handover documents and message drafts.
// Every task line ends with ` <!-- id: TASK-ID -->` so ticked boxes can be read back.
#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "handover/base/markdown_escape.hpp"
#include "handover/base/money.hpp"
#include "handover/engine/rules.hpp"
#include "handover/render/labels.hpp"
#include "handover/render/lookup.hpp"
#include "handover/render/plan_texts.hpp"
#include "handover/render/render.hpp"
#include "handover/render/render_letters.hpp"
#include "render_drafts.hpp"
#include "render_summary.hpp"

namespace handover {
namespace {

struct View {
    const Plan& plan;
    const Input& input;
    const RenderOptions& options;
    Lang lang;
    ClientIndex clients;
    IdleReviews idle;  ///< left out: weekly reviews of weeks with no working day left
};

const Client* input_client(const View& v, std::string_view id) {
    return v.clients.given(id);
}

std::string client_name(const View& v, std::string_view id) {
    const std::string_view name = v.clients.name(id);
    return std::string(name.empty() ? id : name);
}

/// The client column of a warning: its client, or the first ten clients of a warning about
/// several (its message and the JSON `clients` name them all).
std::string clients_cell(const View& v, const Warning& w) {
    if (!w.client.empty()) return client_name(v, w.client);
    constexpr std::size_t k_named = 10;
    const TextList ids = v.plan.clients_of(w);
    std::string cell;
    for (std::size_t i = 0; i < ids.size() && i < k_named; ++i) {
        if (!cell.empty()) cell += tr(v.lang, "plan.list_separator");
        cell += client_name(v, ids[i]);
    }
    if (ids.size() > k_named) {
        return trf(v.lang, "plan.clients_more", fmt::arg("clients", cell),
                   fmt::arg("count", ids.size() - k_named));
    }
    return cell;
}

std::string bullet(std::string_view label, std::string_view value) {
    return fmt::format("- **{}** {}\n", label, value);
}

// ---- summary ------------------------------------------------------------------------------

void render_summary(BufferedSink& out, const View& v) {
    const Plan& p = v.plan;
    out += "# " + markdown_escape(trf(v.lang, "render.title", fmt::arg("me", p.me))) + "\n\n";
    out += "- " + trf(v.lang, "render.last_day",
                      fmt::arg("date", "**" + format_date_long(v.lang, p.last_day) + "**"));
    out += '\n';
    if (p.end_date) {
        out += "- " +
               trf(v.lang, "render.end_date",
                   fmt::arg("date", format_date_long(v.lang, *p.end_date))) +
               '\n';
    }
    if (p.support_until) {
        out += "- " +
               trf(v.lang, "render.support_until", fmt::arg("me", markdown_escape(p.me)),
                   fmt::arg("date", format_date_long(v.lang, *p.support_until))) +
               '\n';
    }
    if (!p.manager.empty()) {
        out += "- " + trf(v.lang, "render.manager", fmt::arg("name", markdown_escape(p.manager))) +
               '\n';
    }
    if (!p.successor.empty()) {
        out += "- " +
               trf(v.lang, "render.successor", fmt::arg("name", markdown_escape(p.successor))) +
               '\n';
    }
    std::string counts;
    for (const std::string& part : summary_counts(p, v.lang, &v.idle)) {
        counts += (counts.empty() ? "" : std::string(tr(v.lang, "render.separator"))) + part;
    }
    out += "- " + counts + '\n';
    if (p.has_errors())
        out += "\n> **" + std::string(tr(v.lang, "render.md.not_feasible")) + "**\n";
}

// ---- task list ----------------------------------------------------------------------------

std::string task_line(const View& v, const Task& t) {
    const std::string title = task_title(v.lang, v.plan, t);
    std::vector<std::string> details;
    if (!t.client.empty() && v.options.group_by != GroupBy::client) {
        // Titles usually name the client already; repeating it only makes the line longer.
        const std::string name = client_name(v, t.client);
        if (title.find(name) == std::string::npos) details.push_back(markdown_escape(name));
    }
    if (t.method) details.push_back(std::string(label(v.lang, *t.method)));
    if (t.hours > 0) details.push_back(trf(v.lang, "render.hours", fmt::arg("hours", t.hours)));
    if (v.options.group_by != GroupBy::date) {
        details.push_back(t.date ? format_date_short(v.lang, *t.date)
                                 : std::string(tr(v.lang, "status.unscheduled")));
    }
    std::string line = t.status == TaskStatus::done ? "- [x] " : "- [ ] ";
    line += markdown_escape(title);
    if (!details.empty()) {
        line += tr(v.lang, "render.md.details_separator");
        for (std::size_t i = 0; i < details.size(); ++i) {
            if (i > 0) line += tr(v.lang, "render.separator");
            line += details[i];
        }
    }
    // Ids are [a-z0-9_/-]; the fixed shape is what the read-back matches on.
    line += fmt::format(" <!-- id: {} -->", t.id);
    if (const std::string why = v.options.with_why ? task_why(v.lang, v.plan, t) : std::string();
        !why.empty()) {
        // The reason under the task, as in the terminal: two spaces end the line with a
        // hard break (the id comment must stay last on it, and an editor that strips them
        // only joins the two lines); the indent keeps the reason inside the list item.
        line += "  \n  ↳ ";
        line += markdown_escape(why);
    }
    // The agenda of the talk with the manager, in the user's own plan only (talking_points()
    // leaves it out of the others' view): a hard break to its heading, then a list inside the
    // task's item, which a list may start without a blank line so the plan's list stays tight.
    if (t.kind == TaskKind::consult_manager && v.options.audience == Audience::self) {
        const std::vector<std::string> points = talking_points(v.lang, v.plan, t);
        if (!points.empty()) {
            line += "  \n  ";
            line += tr(v.lang, "render.agenda");
            for (const std::string& point : points) line += "\n  - " + markdown_escape(point);
        }
    }
    line += '\n';
    return line;
}

struct Group {
    std::string heading;
    std::vector<const Task*> tasks;
};

std::vector<Group> group_by_date(const View& v) {
    std::vector<Group> groups;
    std::map<Day, std::size_t> index;
    std::vector<const Task*> dated;
    Group open{std::string(tr(v.lang, "render.md.unscheduled")), {}};
    for (const Task& t : v.plan.tasks) {
        if (t.date) {
            dated.push_back(&t);
        } else {
            open.tasks.push_back(&t);
        }
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const Task* a, const Task* b) { return *a->date < *b->date; });
    for (const Task* t : dated) {
        if (index.find(*t->date) == index.end()) {
            index[*t->date] = groups.size();
            groups.push_back({format_date_long(v.lang, *t->date), {}});
        }
        groups[index[*t->date]].tasks.push_back(t);
    }
    if (!open.tasks.empty()) groups.push_back(std::move(open));
    return groups;
}

std::vector<Group> group_by_step(const View& v) {
    std::vector<Group> groups;
    for (int step = 1; step <= 6; ++step) {
        Group g{trf(v.lang, "render.md.group_step", fmt::arg("n", step),
                    fmt::arg("name", step_names(v.lang, step).name)),
                {}};
        for (const Task& t : v.plan.tasks) {
            if (std::clamp(t.step, 1, 6) == step) g.tasks.push_back(&t);
        }
        if (!g.tasks.empty()) groups.push_back(std::move(g));
    }
    return groups;
}

std::vector<Group> group_by_client(const View& v) {
    std::vector<Group> groups;
    std::map<std::string_view, std::size_t> index;  // ids of the plan's clients
    Group general{std::string(tr(v.lang, "render.md.no_client")), {}};
    for (const ClientPlan& c : v.plan.clients) {
        index[c.id] = groups.size();
        groups.push_back({markdown_escape(client_name(v, c.id)), {}});
    }
    for (const Task& t : v.plan.tasks) {
        if (t.client.empty()) {
            general.tasks.push_back(&t);
            continue;
        }
        auto it = index.find(t.client);
        if (it == index.end()) {
            it = index.emplace(t.client, groups.size()).first;
            groups.push_back({markdown_escape(client_name(v, t.client)), {}});
        }
        groups[it->second].tasks.push_back(&t);
    }
    std::erase_if(groups, [](const Group& g) { return g.tasks.empty(); });
    if (!general.tasks.empty()) groups.insert(groups.begin(), std::move(general));
    return groups;
}

void render_tasks(BufferedSink& out, const View& v) {
    out += "\n## " + std::string(tr(v.lang, "render.md.tasks")) + "\n";
    if (v.plan.tasks.empty()) {
        out += '\n' + std::string(tr(v.lang, "render.text.no_tasks")) + '\n';
        return;
    }
    const std::vector<Group> groups = v.options.group_by == GroupBy::step     ? group_by_step(v)
                                      : v.options.group_by == GroupBy::client ? group_by_client(v)
                                                                              : group_by_date(v);
    for (const Group& g : groups) {
        const auto shown = [&](const Task* t) { return !v.idle.contains(*t); };
        if (std::none_of(g.tasks.begin(), g.tasks.end(), shown)) continue;
        out += "\n### " + g.heading + "\n\n";
        for (const Task* t : g.tasks) {
            if (shown(t)) out += task_line(v, *t);
        }
    }
}

// ---- the successor's first dates -----------------------------------------------------------

/// Rule 8: in the successor's view, the clients' dates just after the last day, as a
/// checklist of their own (no task ids: they are no tasks of the user's plan).
void render_first_dates(BufferedSink& out, const View& v) {
    if (v.options.audience != Audience::successor || v.plan.successor_dates.empty()) return;
    out += "\n## " + std::string(tr(v.lang, "render.first_dates")) + "\n\n";
    out +=
        trf(v.lang, "render.first_dates_intro", fmt::arg("days", k_successor_first_days)) + "\n\n";
    for (const SuccessorDate& s : v.plan.successor_dates) {
        out += "- [ ] " +
               trf(v.lang, "render.first_date", fmt::arg("date", format_date_long(v.lang, s.date)),
                   fmt::arg("client", markdown_escape(client_name(v, s.client))),
                   fmt::arg("what", markdown_escape(s.what))) +
               std::string(tr(v.lang, "render.separator")) +
               trf(v.lang, "render.hours", fmt::arg("hours", s.hours)) + '\n';
    }
}

// ---- warnings -----------------------------------------------------------------------------

void render_warnings(BufferedSink& out, const View& v) {
    if (v.plan.warnings.empty()) return;
    out += "\n## " + std::string(tr(v.lang, "render.md.warnings")) + "\n\n";
    out += fmt::format("| {} | {} | {} | {} |\n|---|---|---|---|\n",
                       tr(v.lang, "render.md.col.severity"), tr(v.lang, "render.md.col.code"),
                       tr(v.lang, "render.md.col.client"), tr(v.lang, "render.md.col.message"));
    for (const Warning& w : v.plan.warnings) {
        const std::string severity(label(v.lang, w.severity));
        out += fmt::format("| {} | {} | {} | {} |\n",
                           w.severity == Severity::error ? "**" + severity + "**" : severity,
                           markdown_escape(to_string(w.code)), markdown_escape(clients_cell(v, w)),
                           markdown_escape(warning_message(v.lang, v.plan, w)));
    }
}

// ---- gantt --------------------------------------------------------------------------------

std::string gantt_label(const View& v, const Task& t) {
    const std::string title = task_title(v.lang, v.plan, t);
    if (t.client.empty()) return mermaid_label(title);
    const std::string name = client_name(v, t.client);
    // Titles usually name the client already; otherwise the bar would not say whose it is.
    if (title.find(name) != std::string::npos) return mermaid_label(title);
    return mermaid_label(
        trf(v.lang, "render.md.gantt_label", fmt::arg("client", name), fmt::arg("title", title)));
}

void render_gantt(BufferedSink& out, const View& v) {
    std::vector<const Task*> dated;
    for (const Task& t : v.plan.tasks) {
        if (t.date) dated.push_back(&t);
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const Task* a, const Task* b) { return *a->date < *b->date; });
    out += "\n## " + std::string(tr(v.lang, "render.md.chart")) + "\n\n";
    out += "```mermaid\ngantt\n";
    out += "    title " +
           mermaid_label(trf(v.lang, "render.md.gantt_title", fmt::arg("me", v.plan.me))) + '\n';
    out += "    dateFormat YYYY-MM-DD\n    axisFormat %m-%d\n";
    for (int step = 1; step <= 6; ++step) {
        bool opened = false;
        for (const Task* t : dated) {
            if (std::clamp(t->step, 1, 6) != step) continue;
            if (!opened) {
                out += "    section " +
                       mermaid_label(trf(v.lang, "render.md.gantt_section", fmt::arg("n", step),
                                         fmt::arg("name", step_names(v.lang, step).name))) +
                       '\n';
                opened = true;
            }
            out += fmt::format("    {} :{}{}, 1d\n", gantt_label(v, *t),
                               t->status == TaskStatus::done ? "done, " : "", format_iso(*t->date));
        }
    }
    out += "    section " + mermaid_label(tr(v.lang, "render.md.gantt_milestones")) + '\n';
    out += fmt::format("    {} :milestone, {}, 0d\n",
                       mermaid_label(tr(v.lang, "render.md.gantt_last_day")),
                       format_iso(v.plan.last_day));
    out += "```\n";
}

// ---- handover documents -------------------------------------------------------------------

/// What the documents look up about the plan's tasks: each client's briefing day and the
/// days of its events the successor attends (rule 8), found in one pass over the tasks.
struct DocTasks {
    std::unordered_map<std::string_view, Day> brief;
    std::unordered_map<std::string_view, std::vector<Day>> events;

    explicit DocTasks(const Plan& plan) {
        for (const Task& t : plan.tasks) {
            if (t.client.empty() || !t.date) continue;
            if (t.kind == TaskKind::brief) brief.emplace(t.client, *t.date);
            if (t.kind == TaskKind::event) events[t.client].push_back(*t.date);
        }
    }
    bool attended(std::string_view client, Day date) const {
        const auto it = events.find(client);
        return it != events.end() &&
               std::find(it->second.begin(), it->second.end(), date) != it->second.end();
    }
};

/// The user's email and phone for the successor's questions, as given.
std::string my_contact_details(const View& v) {
    std::string details;
    for (const std::string& part : {v.input.me_details.email, v.input.me_details.phone}) {
        if (part.empty()) continue;
        if (!details.empty()) details += tr(v.lang, "render.separator");
        details += markdown_escape(part);
    }
    return details;
}

/// Until when the successor may ask the user: `support_until` when given, else the end of
/// employment (the user offers no help beyond either).
Day questions_until(const Plan& plan) {
    if (plan.support_until) return *plan.support_until;
    return plan.end_date ? *plan.end_date : plan.last_day;
}

void render_doc(BufferedSink& out, const View& v, const DocTasks& tasks, const ClientPlan& cp) {
    const Client* c = input_client(v, cp.id);
    const std::string name = markdown_escape(client_name(v, cp.id));
    const Lang l = v.lang;
    const std::string none(tr(l, "render.doc.none"));
    const std::string successor = markdown_escape(cp.successor);
    const std::string me = markdown_escape(v.plan.me);
    const std::string me_short = markdown_escape(first_word(v.plan.me));
    std::vector<std::string> questions;

    out += "\n### " + name + "\n\n";
    out += "#### " + std::string(tr(l, "render.doc.contacts")) + "\n\n";
    if (c && !c->contact.empty()) {
        out += bullet(tr(l, "render.doc.client_contact"), markdown_escape(c->contact));
    } else {
        out += bullet(tr(l, "render.doc.client_contact"), none);
        questions.push_back(trf(l, "render.doc.q.contact", fmt::arg("client", name)));
    }
    if (c && !c->decision_maker.empty()) {
        out += bullet(tr(l, "render.doc.decision_maker"), markdown_escape(c->decision_maker));
    } else {
        out += bullet(tr(l, "render.doc.decision_maker"), none);
        questions.push_back(trf(l, "render.doc.q.decision_maker", fmt::arg("client", name)));
    }
    if (!cp.successor.empty()) {
        out += bullet(tr(l, "render.doc.successor"), successor);
    } else {
        out += bullet(tr(l, "render.doc.successor"), none);
        questions.push_back(trf(l, "render.doc.q.successor", fmt::arg("client", name)));
    }
    out += bullet(tr(l, "render.doc.takeover"),
                  trf(l, "render.doc.takeover_value",
                      fmt::arg("date", format_date_long(l, v.plan.takeover_day))));
    out += bullet(tr(l, "render.doc.until_last_day"),
                  trf(l, "render.doc.until_last_day_value", fmt::arg("me", me),
                      fmt::arg("date", format_date_long(l, v.plan.last_day))));
    const std::string details = my_contact_details(v);
    const std::string until = format_date_long(l, questions_until(v.plan));
    // After the last day only when the user can still be asked (support_until or the end
    // of employment after it).
    if (questions_until(v.plan) > v.plan.last_day) {
        out += bullet(tr(l, "render.doc.questions_to"),
                      details.empty()
                          ? trf(l, "render.doc.questions_to_value", fmt::arg("me", me),
                                fmt::arg("date", until))
                          : trf(l, "render.doc.questions_to_value_details", fmt::arg("me", me),
                                fmt::arg("details", details), fmt::arg("date", until)));
    } else if (!v.plan.manager.empty()) {
        // The user cannot be asked after the last day: the manager answers instead.
        out += bullet(tr(l, "render.doc.questions_to"),
                      trf(l, "render.doc.questions_to_manager",
                          fmt::arg("manager", markdown_escape(v.plan.manager))));
    }
    if (cp.notify_date) {
        out += bullet(tr(l, "render.doc.notify"),
                      trf(l, "render.doc.notify_value",
                          fmt::arg("date", format_date_long(l, *cp.notify_date)),
                          fmt::arg("method", label(l, cp.method))));
    }
    if (cp.introduce_date) {
        out += bullet(tr(l, "render.doc.introduce"), format_date_long(l, *cp.introduce_date));
    }
    if (cp.follow_up_date) {
        out += bullet(tr(l, "render.doc.follow_up"), format_date_long(l, *cp.follow_up_date));
    }

    // What the user wrote for the successor comes first: it is what no field holds.
    out += "\n#### " + std::string(tr(l, "render.doc.handover_notes")) + "\n\n";
    if (c && !c->handover_notes.empty()) {
        out += "- " + markdown_escape(c->handover_notes) + '\n';
    } else {
        out += "- " + none + '\n';
    }

    out += "\n#### " + std::string(tr(l, "render.doc.deal")) + "\n\n";
    out += bullet(tr(l, "render.doc.stage"), std::string(label(l, cp.stage)));
    if (cp.expected_close) {
        out += bullet(tr(l, "render.doc.expected_close"), format_date_long(l, *cp.expected_close));
    } else if (is_open_deal(cp.stage)) {
        questions.push_back(trf(l, "render.doc.q.close", fmt::arg("client", name)));
    }
    if (c && c->value > 0) {
        out += bullet(tr(l, "render.doc.value"), format_amount(l, v.plan.currency, c->value));
    }
    if (c) {
        out += bullet(tr(l, "render.doc.relationship"), std::string(label(l, c->relationship)));
    }
    if (cp.change_averse) out += "- " + std::string(tr(l, "render.doc.change_averse")) + '\n';
    const bool deal_after_last_day =
        is_open_deal(cp.stage) && (!cp.expected_close || *cp.expected_close > v.plan.last_day);
    if (deal_after_last_day) {
        out += "- " + std::string(tr(l, "render.doc.open_deal")) + '\n';
    } else if (is_open_deal(cp.stage)) {
        out += "- " + trf(l, "render.doc.open_deal_signed", fmt::arg("me", me_short)) + '\n';
    }

    out += "\n#### " + std::string(tr(l, "render.doc.history")) + "\n\n";
    if (c && !c->history.empty()) {
        for (std::string_view h : c->history) out += "- " + markdown_escape(h) + '\n';
    } else {
        out += "- " + none + '\n';
        questions.push_back(trf(l, "render.doc.q.history", fmt::arg("client", name)));
    }

    // Blanks the user fills in: what the input has no key for and the successor needs.
    out += "\n#### " + std::string(tr(l, "render.doc.contract")) + "\n\n";
    const auto brief = tasks.brief.find(cp.id);
    out += (brief != tasks.brief.end()
                ? trf(l, "render.doc.contract_intro_dated", fmt::arg("me", me_short),
                      fmt::arg("date", format_date_long(l, brief->second)))
                : trf(l, "render.doc.contract_intro", fmt::arg("me", me_short))) +
           "\n\n";
    out += fmt::format("| {} | {} |\n|---|---|\n", tr(l, "render.doc.contract.col_term"),
                       tr(l, "render.doc.contract.col_value"));
    for (const char* key : {"render.doc.contract.period", "render.doc.contract.price",
                            "render.doc.contract.payment", "render.doc.contract.support"}) {
        out += fmt::format("| {} |  |\n", tr(l, key));
    }
    out += fmt::format("| {} |  |\n",
                       trf(l, "render.doc.contract.contacts", fmt::arg("client", name)));

    // The client's dates from today: those by the last day (the successor attends the ones
    // the plan has as tasks), then those after it, which are the successor's alone.
    out += "\n#### " + std::string(tr(l, "render.doc.events")) + "\n\n";
    std::vector<const Event*> before, after;
    if (c) {
        for (const Event& e : c->next_events) {
            if (e.date < v.plan.today) continue;
            (e.date <= v.plan.last_day ? before : after).push_back(&e);
        }
    }
    const auto by_date = [](const Event* a, const Event* b) { return a->date < b->date; };
    std::stable_sort(before.begin(), before.end(), by_date);
    std::stable_sort(after.begin(), after.end(), by_date);
    if (before.empty() && after.empty()) {
        out += "- " + none + '\n';
        questions.push_back(trf(l, "render.doc.q.events", fmt::arg("client", name)));
    }
    for (const Event* e : before) {
        std::string line = format_date_long(l, e->date) +
                           std::string(tr(l, "render.md.details_separator")) +
                           markdown_escape(e->what);
        if (!cp.successor.empty() && tasks.attended(cp.id, e->date)) {
            line += trf(l, "render.doc.event_with", fmt::arg("successor", successor));
        }
        out += "- " + line + '\n';
    }
    for (const Event* e : after) {
        out += "- " + format_date_long(l, e->date) +
               std::string(tr(l, "render.md.details_separator")) + markdown_escape(e->what) +
               std::string(tr(l, "render.doc.event_after")) + '\n';
    }

    // The successor's first tasks once the client is theirs (rule 8: the dates in the days
    // just after the last day). A list, not checkboxes: every checkbox of the user's
    // checklist is a task of the plan.
    out += "\n#### " +
           trf(l, "render.doc.first_tasks",
               fmt::arg("successor", cp.successor.empty()
                                         ? std::string(tr(l, "render.doc.the_successor"))
                                         : successor)) +
           "\n\n";
    out +=
        "- " +
        trf(l, "render.doc.first_task.takeover",
            fmt::arg("date", format_date_long(l, v.plan.takeover_day)), fmt::arg("client", name)) +
        '\n';
    for (const SuccessorDate& s : v.plan.successor_dates) {
        if (std::string_view(s.client) != std::string_view(cp.id)) continue;
        out += fmt::format("- {}{}{}{}{}\n", format_date_long(l, s.date),
                           tr(l, "render.md.details_separator"), markdown_escape(s.what),
                           tr(l, "render.separator"),
                           trf(l, "render.hours", fmt::arg("hours", s.hours)));
    }
    if (deal_after_last_day) {
        out += "- " +
               (cp.expected_close ? trf(l, "render.doc.first_task.deal_dated",
                                        fmt::arg("date", format_date_long(l, *cp.expected_close)))
                                  : std::string(tr(l, "render.doc.first_task.deal"))) +
               '\n';
    }

    out += "\n#### " + std::string(tr(l, "render.doc.questions")) + "\n\n";
    questions.push_back(std::string(tr(l, "render.doc.q.issues")));
    for (const std::string& q : questions) out += "- " + q + '\n';

    // Notes are the user's private remarks: never in a plan for the manager or the successor,
    // and marked as such in the user's own copy.
    if (v.options.audience == Audience::self && c && !c->notes.empty()) {
        out += "\n#### " + std::string(tr(l, "render.doc.private_notes")) + "\n\n";
        out += "- " + markdown_escape(c->notes) + '\n';
    }
}

void render_docs(BufferedSink& out, const View& v) {
    out += "\n## " + std::string(tr(v.lang, "render.doc.heading")) + "\n\n";
    const std::string takeover = format_date_long(v.lang, v.plan.takeover_day);
    // The user's own copy holds the private notes: it says which copy to hand over.
    out += (v.options.audience == Audience::self
                ? trf(v.lang, "render.doc.intro_self", fmt::arg("date", takeover))
                : trf(v.lang, "render.doc.intro", fmt::arg("date", takeover))) +
           '\n';
    const DocTasks tasks(v.plan);
    for (const ClientPlan& cp : v.plan.clients) {
        render_doc(out, v, tasks, cp);
    }
}

void render_all_drafts(BufferedSink& out, const View& v) {
    out += "\n## " + std::string(tr(v.lang, "render.md.drafts")) + "\n";
    const DraftIndex index(v.plan, v.input);
    for (const ClientPlan& cp : v.plan.clients) {
        const std::string draft =
            render_client_draft(v.plan, index, v.lang, cp, DraftFor::markdown);
        // A fence longer than any backtick run in the draft keeps it verbatim.
        const std::string fence = code_fence_for(draft);
        out += "\n### " + markdown_escape(client_name(v, cp.id)) + "\n\n";
        out += fence + "text\n" + draft;
        if (!draft.empty() && draft.back() != '\n') out += '\n';
        out += fence + '\n';
    }
    // Rule 11: the resignation letter and the farewell messages, after the clients'; they
    // are the user's own letters, not for a plan shown to the manager or the successor.
    if (v.options.audience != Audience::self) return;
    for (const LetterDraft& letter : letter_drafts(v.plan, v.input, v.lang, LettersFor::markdown)) {
        const std::string fence = code_fence_for(letter.body);
        out += "\n### " + markdown_escape(letter.heading) + "\n\n";
        out += fence + "text\n" + letter.body;
        if (!letter.body.empty() && letter.body.back() != '\n') out += '\n';
        out += fence + '\n';
    }
}

}  // namespace

void write_markdown(const Plan& plan, const Input& input, const RenderOptions& options,
                    TextSink& sink) {
    const View v{plan, input, options, options.lang, ClientIndex(plan, input), IdleReviews(plan)};
    BufferedSink out(sink);
    render_summary(out, v);
    render_tasks(out, v);
    render_first_dates(out, v);
    render_warnings(out, v);
    render_gantt(out, v);
    if (options.with_docs) render_docs(out, v);
    if (options.with_drafts) render_all_drafts(out, v);
    out.finish();
}

std::string render_markdown(const Plan& plan, const Input& input, const RenderOptions& options) {
    return collect([&](TextSink& sink) { write_markdown(plan, input, options, sink); });
}

}  // namespace handover
