// The terminal view: header, week timeline, tasks by week and day, unscheduled tasks,
// warnings. Columns are measured in display columns so Japanese names line up.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "handover/base/terminal_text.hpp"
#include "handover/base/text_table.hpp"
#include "handover/base/text_width.hpp"
#include "handover/engine/rules.hpp"
#include "handover/render/labels.hpp"
#include "handover/render/lookup.hpp"
#include "handover/render/plan_texts.hpp"
#include "handover/render/render.hpp"
#include "render_summary.hpp"

namespace handover {
namespace {

constexpr std::size_t k_max_client_width = 24;
constexpr std::size_t k_min_title_width = 16;
constexpr std::string_view k_indent = "    ";

// ANSI SGR codes; each painted piece is reset on the same line so pagers stay sane.
constexpr std::string_view k_red = "31";
constexpr std::string_view k_yellow = "33";
constexpr std::string_view k_dim = "2";
constexpr std::string_view k_bold = "1";

struct Style {
    bool color = false;
    std::string paint(std::string_view text, std::string_view sgr) const {
        if (!color || text.empty()) return std::string(text);
        return fmt::format("\x1b[{}m{}\x1b[0m", sgr, text);
    }
};

/// What the timeline shows of a day's tasks.
struct DayTasks {
    bool meeting = false;
    bool interview = false;
};

struct View {
    const Plan& plan;
    const Input& input;
    const RenderOptions& options;
    Lang lang;
    Style style;
    std::size_t width;
    ClientIndex clients;
    std::map<Day, DayTasks> days;         ///< every day with a task, for the timeline
    std::map<Day, const DayNote*> notes;  ///< the first note of each day
};

std::map<Day, DayTasks> tasks_by_day(const Plan& plan) {
    std::map<Day, DayTasks> days;
    for (const Task& t : plan.tasks) {
        if (!t.date) continue;
        DayTasks& day = days[*t.date];
        day.meeting = day.meeting || t.meeting;
        day.interview = day.interview || t.kind == TaskKind::interview;
    }
    return days;
}

std::map<Day, const DayNote*> notes_by_day(const Plan& plan) {
    std::map<Day, const DayNote*> notes;
    for (const DayNote& n : plan.day_notes) notes.emplace(n.date, &n);
    return notes;
}

std::string client_name(const View& v, Text id) {
    if (id.empty()) return {};
    const std::string_view name = v.clients.name(id);
    return terminal_line(name.empty() ? std::string_view(id) : name);
}

/// The method column of a task: empty for a task that is not a contact.
std::string method_cell(Lang lang, const std::optional<Method>& method) {
    return method ? std::string(label(lang, *method)) : std::string();
}

std::string_view status_mark(TaskStatus status) {
    switch (status) {
        case TaskStatus::done:
            return "[x]";
        case TaskStatus::unscheduled:
            return "[!]";
        case TaskStatus::todo:
            return "[ ]";
    }
    return "[ ]";
}

template <typename Out>
void add_wrapped(Out& out, std::string_view text, std::size_t width, std::string_view indent,
                 const Style& style, std::string_view sgr) {
    for (const std::string& line : wrap_to_width(terminal_line(text), width)) {
        out += indent;
        out += sgr.empty() ? line : style.paint(line, sgr);
        out += '\n';
    }
}

// Parts on one line while they fit; a new line starts between parts, not inside one.
template <typename Out>
void add_joined(Out& out, const std::vector<std::string>& parts, std::string_view sep,
                std::size_t width) {
    std::string line;
    const auto flush = [&] {
        if (display_width(line) <= width) {
            out += line + '\n';
        } else {
            add_wrapped(out, line, width, "", Style{}, "");
        }
        line.clear();
    };
    for (const std::string& raw : parts) {
        const std::string part = terminal_line(raw);
        if (!line.empty() &&
            display_width(line) + display_width(sep) + display_width(part) > width) {
            flush();
        }
        line += (line.empty() ? "" : std::string(sep)) + part;
    }
    if (!line.empty()) flush();
}

// ---- header -------------------------------------------------------------------------------

void render_header(BufferedSink& out, const View& v) {
    const Plan& p = v.plan;
    out += v.style.paint(terminal_line(trf(v.lang, "render.title", fmt::arg("me", p.me))), k_bold);
    out += '\n';
    std::vector<std::string> dates{
        trf(v.lang, "render.last_day", fmt::arg("date", format_date_long(v.lang, p.last_day)))};
    if (p.end_date) {
        dates.push_back(trf(v.lang, "render.end_date",
                            fmt::arg("date", format_date_long(v.lang, *p.end_date))));
    }
    if (p.support_until) {
        dates.push_back(trf(v.lang, "render.support_until", fmt::arg("me", terminal_line(p.me)),
                            fmt::arg("date", format_date_long(v.lang, *p.support_until))));
    }
    std::vector<std::string> people;
    if (!p.manager.empty())
        people.push_back(trf(v.lang, "render.manager", fmt::arg("name", p.manager)));
    if (!p.successor.empty()) {
        people.push_back(trf(v.lang, "render.successor", fmt::arg("name", p.successor)));
    }
    for (const auto& group : {dates, people, summary_counts(p, v.lang)}) {
        add_joined(out, group, tr(v.lang, "render.separator"), v.width);
    }
}

// ---- timeline -----------------------------------------------------------------------------

/// Closed days are the plan's to say (its day notes), not worked out again here.
bool is_closed(const View& v, Day day) {
    const auto note = v.notes.find(day);
    return note != v.notes.end() && note->second->closed;
}

std::string_view day_symbol(const View& v, Day day) {
    if (const auto tasks = v.days.find(day); tasks != v.days.end()) {
        if (tasks->second.interview) return "I";
        if (tasks->second.meeting) return "M";
        return "x";
    }
    if (day < v.plan.today || day > v.plan.last_day) return " ";
    if (is_closed(v, day)) return "H";
    return "·";
}

void render_timeline(BufferedSink& out, const View& v) {
    const Plan& p = v.plan;
    const Day first = iso_week_monday(p.today);
    const Day last = iso_week_monday(std::max(p.today, p.last_day));
    out += '\n';
    out += v.style.paint(tr(v.lang, "render.text.timeline"), k_bold);
    out += '\n';
    std::vector<std::string> legend;
    for (const auto& [symbol, key] : {std::pair{"M", "render.timeline.meeting"},
                                      {"I", "render.timeline.interview"},
                                      {"H", "render.timeline.closed"},
                                      {"x", "render.timeline.tasks"},
                                      {"·", "render.timeline.free"}}) {
        legend.push_back(fmt::format("{} {}", symbol, tr(v.lang, key)));
    }
    std::string lines;
    add_joined(lines, legend, "   ", v.width - 2);
    for (std::size_t start = 0; start < lines.size();) {
        const std::size_t end = lines.find('\n', start);
        out += "  " + v.style.paint(lines.substr(start, end - start), k_dim) + '\n';
        start = end + 1;
    }

    TableColumn cell;  // one column per weekday, each as wide as the widest name
    cell.measure("x");
    for (unsigned i = 0; i < 7; ++i) cell.measure(weekday_name(v.lang, first + date::days{i}));
    TableColumn week;
    week.measure(iso_week_id(first));
    std::string head = "  " + week.cell("");
    for (unsigned i = 0; i < 7; ++i)
        head += ' ' + cell.cell(weekday_name(v.lang, first + date::days{i}));
    out += head + '\n';

    for (Day monday = first; monday <= last; monday += date::days{7}) {
        std::string row = "  " + week.cell(iso_week_id(monday));
        for (unsigned i = 0; i < 7; ++i) {
            const Day day = monday + date::days{i};
            const std::string_view symbol = day_symbol(v, day);
            const std::string padded = cell.cell(symbol);
            row += ' ';
            // The last day is painted, and its padding left plain after it.
            row += day == p.last_day ? v.style.paint(symbol, k_bold) + padded.substr(symbol.size())
                                     : padded;
        }
        const auto load = std::find_if(p.load.begin(), p.load.end(),
                                       [&](const WeekLoad& w) { return w.monday == monday; });
        if (load != p.load.end()) {
            row +=
                "  " + trf(v.lang, "render.timeline.load", fmt::arg("planned", load->planned_hours),
                           fmt::arg("available", load->available_hours));
        }
        if (iso_week_monday(p.last_day) == monday) {
            row += "  " + trf(v.lang, "render.timeline.last_day",
                              fmt::arg("date", format_date_short(v.lang, p.last_day)));
        }
        while (!row.empty() && row.back() == ' ') row.pop_back();
        out += row + '\n';
    }
}

// ---- task lines ---------------------------------------------------------------------------

struct Columns {
    TableColumn client{Align::left, k_max_client_width};
    TableColumn title;  ///< the room the other columns leave
    TableColumn method;
    TableColumn hours{Align::right};
};

std::string hours_text(Lang lang, double hours) {
    return trf(lang, "render.hours", fmt::arg("hours", hours));
}

/// Hashes and compares texts by where they are stored: the plan keeps each text in place
/// while it is rendered, and a text that recurs is one stored text (see text_pool.hpp), so
/// this tells recurring texts apart without reading them.
struct Storage {
    std::size_t operator()(std::string_view text) const {
        return std::hash<const void*>{}(text.data()) ^ text.size();
    }
    bool operator()(std::string_view a, std::string_view b) const {
        return a.data() == b.data() && a.size() == b.size();
    }
};

Columns measure(const View& v) {
    Columns c;
    std::size_t longest_title = 0;
    // Each distinct value once: tasks share their clients, titles, methods and durations.
    std::unordered_set<std::string_view, Storage, Storage> clients;
    std::set<std::pair<int, double>> tails;
    for (const Task& t : v.plan.tasks) {
        if (clients.insert(t.client).second) c.client.measure(client_name(v, t.client));
        if (tails.insert({t.method ? static_cast<int>(*t.method) : -1, t.hours}).second) {
            c.method.measure(method_cell(v.lang, t.method));
            c.hours.measure(hours_text(v.lang, t.hours));
        }
    }
    // indent, mark, step, then two spaces between each column
    const std::size_t fixed = k_indent.size() + 3 + 1 + 1 + 2 + c.client.width() + 2 + 2 +
                              c.method.width() + 2 + c.hours.width();
    const std::size_t room =
        v.width > fixed + k_min_title_width ? v.width - fixed : k_min_title_width;
    // The title column is as wide as the longest title up to the room left: once one title
    // fills the room the rest cannot widen it, so a large plan words only its first few.
    for (const Task& t : v.plan.tasks) {
        if (longest_title >= room) break;
        longest_title =
            std::max(longest_title, display_width(terminal_line(task_title(v.lang, v.plan, t))));
    }
    c.title.set_width(std::max<std::size_t>(1, std::min(longest_title, room)));
    return c;
}

/// Cells that recur from task to task, laid out once: one client cell per client for its
/// three or four tasks, titles that quote the same names, four methods and a handful of
/// durations. Keyed by where the plan stores the texts, which it keeps in place while it
/// is rendered.
class Cells {
  public:
    Cells(const View& v, const Columns& c) : v_(v), c_(c) {}

    const std::string& client(Text id) {
        auto [it, added] = clients_.try_emplace(id);
        if (added) it->second = c_.client.cell(client_name(v_, id));
        return it->second;
    }
    /// The task's title wrapped to the column. A title is made of the task's kind and the
    /// names it quotes (the client's, the successor's, an interview's company), all stored
    /// once each in the plan's pool, so tasks whose kind and names are stored in the same
    /// places share one title: it is worded and wrapped once.
    const std::vector<std::string>& title(const Task& t) {
        TitleKey key{t.kind, t.subject, {}, {}};
        if (const ClientPlan* client = client_of(t)) {
            key.name = client->name;
            key.successor = client->successor;
        }
        auto [it, added] = titles_.try_emplace(key);
        if (added) {
            it->second =
                wrap_to_width(terminal_line(task_title(v_.lang, v_.plan, t)), c_.title.width());
            if (it->second.empty()) it->second.emplace_back();
        }
        return it->second;
    }
    /// The method and duration columns of a task's first line, with the gap before them.
    const std::string& tail(const std::optional<Method>& method, double hours) {
        auto [it, added] = tails_.try_emplace({method ? static_cast<int>(*method) : -1, hours});
        if (added) {
            it->second = "  " + c_.method.cell(method_cell(v_.lang, method)) + "  " +
                         c_.hours.cell(hours_text(v_.lang, hours));
        }
        return it->second;
    }

  private:
    struct TitleKey {
        TaskKind kind;
        std::string_view subject, name, successor;
    };
    struct TitleStorage {
        std::size_t operator()(const TitleKey& k) const {
            const Storage at;
            return at(k.subject) ^ (at(k.name) * 31) ^ (at(k.successor) * 131) ^
                   static_cast<std::size_t>(k.kind);
        }
        bool operator()(const TitleKey& a, const TitleKey& b) const {
            const Storage same;
            return a.kind == b.kind && same(a.subject, b.subject) && same(a.name, b.name) &&
                   same(a.successor, b.successor);
        }
    };

    const ClientPlan* client_of(const Task& t) const {
        return t.client_at < v_.plan.clients.size() ? &v_.plan.clients[t.client_at] : nullptr;
    }

    const View& v_;
    const Columns& c_;
    std::unordered_map<std::string_view, std::string, Storage, Storage> clients_;
    std::unordered_map<TitleKey, std::vector<std::string>, TitleStorage, TitleStorage> titles_;
    std::map<std::pair<int, double>, std::string> tails_;
};

/// Ids the engine makes are printable ASCII; only one read back from a file may need escaping.
bool plain_id(std::string_view id) {
    return std::all_of(id.begin(), id.end(), [](char ch) { return ch > ' ' && ch < '\x7f'; });
}

void render_task(BufferedSink& out, const View& v, const Columns& c, Cells& cells, const Task& t) {
    const std::vector<std::string>& title = cells.title(t);
    const std::string prefix =
        fmt::format("{} {}  {}  ", status_mark(t.status), t.step, cells.client(t.client));
    std::string first = prefix + c.title.cell(title.front()) + cells.tail(t.method, t.hours);
    while (!first.empty() && first.back() == ' ') first.pop_back();

    std::string_view sgr;
    if (t.status == TaskStatus::done) sgr = k_dim;
    if (t.status == TaskStatus::unscheduled) sgr = k_yellow;
    out += std::string(k_indent) + (sgr.empty() ? first : v.style.paint(first, sgr)) + '\n';

    const std::string hang = std::string(k_indent) + std::string(display_width(prefix), ' ');
    for (std::size_t i = 1; i < title.size(); ++i) {
        out += hang + (sgr.empty() ? title[i] : v.style.paint(title[i], sgr)) + '\n';
    }
    // The id is what `handover done` takes; on a line of its own under the title, written
    // as `handover next` writes it, so no column is taken from the title at 80 columns.
    out += hang;
    out += '[';
    if (plain_id(t.id)) {
        out += t.id;
    } else {
        out += terminal_line(t.id);
    }
    out += "]\n";
    const std::string why = v.options.with_why ? task_why(v.lang, v.plan, t) : std::string();
    if (!why.empty()) {
        const std::size_t used = display_width(hang) + 2;  // the arrow and its space
        const std::size_t room = std::max(c.title.width(), v.width > used ? v.width - used : 0);
        bool lead = true;
        for (const std::string& line : wrap_to_width(terminal_line(why), room)) {
            out += hang + v.style.paint((lead ? "↳ " : "  ") + line, k_dim) + '\n';
            lead = false;
        }
    }
    // The agenda of the talk with the manager, in the user's own plan only (the others' view
    // has none: talking_points() leaves it out for them).
    if (t.kind == TaskKind::consult_manager && v.options.audience == Audience::self) {
        const std::vector<std::string> points = talking_points(v.lang, v.plan, t);
        if (points.empty()) return;
        const std::size_t used = display_width(hang) + 4;  // the bullet's indent, dash and space
        const std::size_t room = std::max(c.title.width(), v.width > used ? v.width - used : 0);
        out += hang + std::string(tr(v.lang, "render.agenda")) + '\n';
        for (const std::string& point : points) {
            bool lead = true;
            for (const std::string& line : wrap_to_width(terminal_line(point), room)) {
                out += hang + (lead ? "  - " : "    ") + line + '\n';
                lead = false;
            }
        }
    }
}

const DayNote* note_for(const View& v, Day day) {
    const auto note = v.notes.find(day);
    return note == v.notes.end() ? nullptr : note->second;
}

void render_dated(BufferedSink& out, const View& v, const Columns& c, Cells& cells) {
    std::vector<const Task*> dated;
    for (const Task& t : v.plan.tasks) {
        if (t.date) dated.push_back(&t);
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const Task* a, const Task* b) { return *a->date < *b->date; });
    std::optional<Day> week;
    std::optional<Day> day;
    for (const Task* t : dated) {
        const Day monday = iso_week_monday(*t->date);
        if (week != monday) {
            week = monday;
            out += '\n';
            const std::string heading =
                trf(v.lang, "render.text.week", fmt::arg("week", iso_week_id(monday)),
                    fmt::arg("from", format_date_short(v.lang, monday)),
                    fmt::arg("to", format_date_short(v.lang, monday + date::days{6})));
            out += v.style.paint(heading, k_bold) + '\n';
        }
        if (day != t->date) {
            day = t->date;
            std::string heading = "  " + format_date_long(v.lang, *day);
            // Blocked-time reasons can be private; only the user's own view names them.
            const DayNote* note = note_for(v, *day);
            const std::string_view what = note ? day_note_text(v.lang, *note) : "";
            if (!what.empty() && v.options.audience == Audience::self) {
                heading += tr(v.lang, "render.separator");
                heading += terminal_line(what);
            }
            out += heading + '\n';
        }
        render_task(out, v, c, cells, *t);
    }
}

void render_unscheduled(BufferedSink& out, const View& v, const Columns& c, Cells& cells) {
    std::vector<const Task*> open;
    for (const Task& t : v.plan.tasks) {
        if (!t.date) open.push_back(&t);
    }
    if (open.empty()) return;
    out += '\n';
    out += v.style.paint(trf(v.lang, "render.text.unscheduled", fmt::arg("count", open.size())),
                         k_bold);
    out += '\n';
    for (const Task* t : open) {
        render_task(out, v, c, cells, *t);
    }
}

// ---- the successor's first dates -----------------------------------------------------------

/// Rule 8: in the successor's view, the clients' dates just after the last day, as a
/// checklist of their own.
void render_first_dates(BufferedSink& out, const View& v) {
    if (v.options.audience != Audience::successor || v.plan.successor_dates.empty()) return;
    out += '\n';
    out += v.style.paint(tr(v.lang, "render.first_dates"), k_bold);
    out += '\n';
    add_wrapped(out,
                trf(v.lang, "render.first_dates_intro", fmt::arg("days", k_successor_first_days)),
                v.width - 2, "  ", v.style, k_dim);
    const std::string hang = std::string(k_indent) + "    ";
    for (const SuccessorDate& s : v.plan.successor_dates) {
        const std::string item =
            trf(v.lang, "render.first_date", fmt::arg("date", format_date_long(v.lang, s.date)),
                fmt::arg("client", client_name(v, s.client)), fmt::arg("what", s.what)) +
            std::string(tr(v.lang, "render.separator")) + hours_text(v.lang, s.hours);
        bool lead = true;
        for (const std::string& line :
             wrap_to_width(terminal_line(item), v.width - display_width(hang))) {
            out += (lead ? std::string(k_indent) + "[ ] " : hang) + line + '\n';
            lead = false;
        }
    }
}

// ---- warnings -----------------------------------------------------------------------------

void render_warnings(BufferedSink& out, const View& v) {
    if (v.plan.warnings.empty()) return;
    std::vector<const Warning*> sorted;
    for (const Warning& w : v.plan.warnings) sorted.push_back(&w);
    // The worst first: an error means the plan cannot work as it stands.
    std::stable_sort(sorted.begin(), sorted.end(), [](const Warning* a, const Warning* b) {
        return static_cast<int>(a->severity) > static_cast<int>(b->severity);
    });
    TableColumn label;
    for (Severity s : {Severity::info, Severity::warning, Severity::error}) {
        label.measure(handover::label(v.lang, s));
    }
    out += '\n';
    out += v.style.paint(trf(v.lang, "render.text.warnings", fmt::arg("count", sorted.size())),
                         k_bold);
    out += '\n';
    const std::size_t indent = 2 + label.width() + 2;
    const std::size_t room =
        v.width > indent + k_min_title_width ? v.width - indent : k_min_title_width;
    std::map<Severity, std::string> labels;  // the same three for every warning
    for (Severity s : {Severity::info, Severity::warning, Severity::error}) {
        labels[s] = label.cell(handover::label(v.lang, s));
    }
    // Many warnings share their message and code (one per client that cannot be placed):
    // each distinct pair is wrapped once.
    using Key = std::pair<std::string, WarningCode>;
    std::map<Key, std::vector<std::string>> wrapped;
    for (const Warning* w : sorted) {
        const std::string_view sgr = w->severity == Severity::error     ? k_red
                                     : w->severity == Severity::warning ? k_yellow
                                                                        : k_dim;
        auto [it, added] = wrapped.try_emplace(Key{warning_message(v.lang, v.plan, *w), w->code});
        if (added) {
            it->second = wrap_to_width(
                fmt::format("{} [{}]", terminal_line(it->first.first), to_string(w->code)), room);
        }
        const std::vector<std::string>& lines = it->second;
        const std::string& severity = labels[w->severity];
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::string line =
                (i == 0 ? "  " + severity + "  " : std::string(indent, ' ')) + lines[i];
            out += v.style.paint(line, sgr) + '\n';
        }
    }
}

}  // namespace

void write_text(const Plan& plan, const Input& input, const RenderOptions& options,
                TextSink& sink) {
    const View v{plan,
                 input,
                 options,
                 options.lang,
                 Style{options.color},
                 static_cast<std::size_t>(std::max(options.terminal_width, 40)),
                 ClientIndex(plan, input),
                 tasks_by_day(plan),
                 notes_by_day(plan)};
    BufferedSink out(sink);
    render_header(out, v);
    render_timeline(out, v);
    if (plan.tasks.empty()) {
        out += '\n';
        out += tr(v.lang, "render.text.no_tasks");
        out += '\n';
    } else {
        const Columns c = measure(v);
        Cells cells(v, c);  // shared: unscheduled tasks repeat the dated ones' cells
        render_dated(out, v, c, cells);
        render_unscheduled(out, v, c, cells);
    }
    render_first_dates(out, v);
    render_warnings(out, v);
    out.finish();
}

std::string render_text(const Plan& plan, const Input& input, const RenderOptions& options) {
    return collect([&](TextSink& sink) { write_text(plan, input, options, sink); });
}

}  // namespace handover
