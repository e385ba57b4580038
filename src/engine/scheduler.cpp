// The scheduling engine: deadline-driven list scheduling over a day-granular calendar.
// docs/scheduling.md explains the order of placement and why; the rules themselves are
// in rules.cpp, the per-day bookkeeping in capacity.cpp.
#include "handover/engine/scheduler.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <unordered_map>

#include "handover/calendar/calendar.hpp"
#include "handover/calendar/closures.hpp"
#include "handover/engine/capacity.hpp"
#include "handover/engine/fit.hpp"
#include "handover/engine/rules.hpp"
#include "handover/engine/task_graph.hpp"
#include "handover/engine/task_ids.hpp"
#include "handover/engine/warning_merge.hpp"
#include "handover/input/model_labels.hpp"

namespace handover {
namespace {

constexpr int k_unplaced = -1;

/// The task indices that belong to one client.
struct ClientTasks {
    std::size_t doc = 0;
    std::size_t brief = 0;
    std::size_t notify = 0;
    std::optional<std::size_t> introduce;  ///< none: a joint visit (`notify` with the successor)
    std::optional<std::size_t> follow_up;
    /// The client's events that the successor joins (rule 8), in input order: only those
    /// that are tasks of the plan once place_events() has run.
    std::vector<std::size_t> events;
    MethodChoice method;
    VisitMode mode = VisitMode::separate;
    int rank = 0;  ///< 1-based priority
    /// The contact where the client meets the successor: the introduction, or the joint visit.
    std::size_t met() const { return introduce ? *introduce : notify; }
};

/// Reorders `items` so that items[k] becomes the old items[order[k]], in place: following
/// each cycle of the permutation moves every element once and needs no second vector
/// (a copy of the tasks would briefly double the plan's largest part). `order` is used up.
/// Positions are 32-bit: the input's size limit keeps a plan far below four billion tasks,
/// and the order then takes half the memory of 64-bit positions.
template <typename T>
void apply_order(std::vector<T>& items, std::vector<std::uint32_t>& order) {
    for (std::uint32_t start = 0; start < order.size(); ++start) {
        if (order[start] == start) continue;
        T held = std::move(items[start]);
        std::uint32_t at = start;
        while (order[at] != start) {
            const std::uint32_t from = order[at];
            items[at] = std::move(items[from]);
            order[at] = at;
            at = from;
        }
        items[at] = std::move(held);
        order[at] = at;
    }
}

class Scheduler {
  public:
    explicit Scheduler(const Input& input)
        : in_(input),
          calendar_(input, input.today, input.last_day),
          ledger_(calendar_),
          last_(calendar_.size() - 1),
          policy_(input.policy) {}

    Plan run();

  private:
    // --- building the task graph -------------------------------------------------------
    std::size_t add_task(const TaskNode& node, Text client, double hours,
                         std::optional<Method> method, TextList depends_on);
    void create_tasks();
    /// Whether a node of the task graph becomes a task of this plan.
    bool in_plan(const TaskNode& node) const;
    void apply_done();

    // --- placement, in the order described in docs/scheduling.md ------------------------
    void place_planning_tasks();
    void place_events();
    /// Each client in turn, its internal work first (rules 2-6).
    void place_clients();
    void place_preparation(std::size_t client_index);
    void place_notification(std::size_t client_index);
    void place_introduction(std::size_t client_index);
    void place_follow_up(std::size_t client_index);
    /// The day in [from, to] with room and the least client-facing work, the earliest of
    /// equals (rule 6), or -1.
    int find_least_busy(int from, int to, int minutes, bool meeting);
    void place_share_handover();
    /// Rule 11: the resignation letter and the support agreement, once the manager knows.
    void place_after_consult();
    /// Rule 11: the farewell messages, on the last day.
    void place_farewell();
    /// Rule 11: the final check with the successor, after the last meeting with a client.
    void place_final_check();
    void place_weekly_reviews();
    void close_after_last_day(Plan& plan) const;

    // --- helpers ------------------------------------------------------------------------
    Task& task(std::size_t i) { return tasks_[i]; }
    bool is_done(std::size_t i) const { return tasks_[i].status == TaskStatus::done; }
    bool is_dated(std::size_t i) const { return tasks_[i].date.has_value(); }
    int index_of(std::size_t i) const { return calendar_.index_of(*tasks_[i].date); }
    int minutes(std::size_t i) const { return CapacityLedger::to_minutes(tasks_[i].hours); }
    void place(std::size_t i, int day, Rule rule, Reason reason);
    /// Client-facing work: meets the client (rules 6 and 7).
    static bool faces_client(TaskKind kind) {
        return kind == TaskKind::notify || kind == TaskKind::introduce ||
               kind == TaskKind::follow_up || kind == TaskKind::event;
    }
    /// `waits_for`: the id of the task it waits for (Reason::waits).
    void leave_unscheduled(std::size_t i, Rule rule, Reason reason, Text waits_for = {});
    /// The first day client-facing work may happen (`manager.disclose_from`), else 0.
    int disclose_index() const {
        return in_.disclose_from ? std::max(0, calendar_.index_of(*in_.disclose_from)) : 0;
    }
    /// The first working day strictly after a dated task (today at the earliest).
    int next_working_day_after(std::size_t i) const;
    const Client& client_of(std::size_t client_index) const { return in_.clients[client_index]; }
    /// A warning about the client at `client_index` (k_no_client: none) and the task
    /// `task_id`; the caller sets the values its sentence names.
    Warning& warn(WarningCode code, Severity severity, std::uint32_t client_index, Text task_id,
                  WarningForm form = WarningForm::main);
    /// OVER_CAPACITY for task `i`, whose title the message quotes.
    void warn_no_room(std::size_t i, Severity severity);
    /// Text kept in the plan's pool (see text_pool.hpp); catalogue texts need no copy.
    Text text(std::string_view value) { return pool_->intern(value); }
    Text client_id(const Client& client) const {
        return client_ids_[static_cast<std::size_t>(&client - in_.clients.data())];
    }

    // --- after placement ----------------------------------------------------------------
    void check_notice_period();
    void check_support_period();
    void check_clients();
    void check_successors();
    void check_business_closures();
    void build_load();
    void build_day_notes(Plan& plan) const;
    void build_client_plans(Plan& plan) const;
    void build_successor_dates(Plan& plan) const;
    void sort_tasks();

    const Input& in_;
    std::shared_ptr<TextPool> pool_ = std::make_shared<TextPool>();
    std::vector<Text> client_ids_;  ///< the ids of in_.clients, in the pool
    WorkCalendar calendar_;
    CapacityLedger ledger_;
    int last_;  ///< index of the last day
    /// The policy the windows are taken from: the input's, its default windows shrunk for
    /// a short notice (scaled_windows(), rules.hpp) once the talk with the manager is placed.
    Policy policy_;
    int notice_available_ = 0;  ///< calendar days from the talk with the manager to the last day

    std::vector<Task> tasks_;
    /// Tasks of the graph that turned out not to be in the plan (an event on or before the
    /// talk with the manager): taken out when the tasks are sorted.
    std::vector<std::size_t> left_out_;
    std::vector<ClientTasks> client_tasks_;
    std::vector<std::size_t> priority_order_;  ///< client indices, highest priority first
    std::size_t consult_ = 0, decide_timing_ = 0, decide_method_ = 0, share_ = 0;
    std::size_t letter_ = 0, final_check_ = 0, farewell_ = 0;
    std::optional<std::size_t> support_;  ///< only with `support_until`
    std::vector<Warning> warnings_;
    std::vector<TextList> warning_clients_;  ///< Plan::warning_clients
    std::vector<WeekLoad> load_;
    std::vector<int> facing_minutes_;  ///< client-facing minutes placed on each day
    int release_ = 0;                  ///< the first day any client may hear the news
    int short_notice_release_ = 0;     ///< the same without the manager's disclosure date
    /// Rule 4 gives way to telling every client: the minutes left on the days clients can
    /// be told ([release_, last contact day]) and the minutes the announcements not yet
    /// placed need. Internal work takes from those days only what the announcements spare.
    long long contact_room_ = 0;
    long long announcements_due_ = 0;
    int last_contact_ = -1;
    Day window_start_{}, window_end_{};  ///< the notification window (Plan::notify_window_*)
    Day intro_deadline_{};               ///< the last day for introductions (Plan::intro_deadline)
};

// ---------------------------------------------------------------------------------------
// Task graph

std::size_t Scheduler::add_task(const TaskNode& node, Text client, double hours,
                                std::optional<Method> method, TextList depends_on) {
    Task t;
    t.id = pool_->store(node.id);  // ids are unique: no need to look for an earlier copy
    t.step = node.step;
    t.kind = *task_kind_from_string(node.kind);  // one of the task_id constants
    t.client = client;
    if (node.client) t.client_at = static_cast<std::uint32_t>(node.client - in_.clients.data());
    t.hours = hours;
    t.method = method;
    t.meeting = method && is_meeting(*method);
    t.depends_on = depends_on;
    tasks_.push_back(std::move(t));
    return tasks_.size() - 1;
}

void Scheduler::create_tasks() {
    // Which tasks there are, and what each waits for, is the task graph's (task_graph.hpp);
    // here each gets its hours, method and title.
    // About one distinct text per client at scale (a reason naming its task); most titles,
    // warnings and talking points recur.
    pool_->reserve(in_.clients.size() + 256);
    client_ids_.reserve(in_.clients.size());
    // Warnings come at about three per client when little fits; growing the vector would
    // briefly hold it twice.
    warnings_.reserve(3 * in_.clients.size() + 16);
    for (const Client& client : in_.clients) client_ids_.push_back(pool_->store(client.id));
    // One allocation for the whole graph: growing it would move every task several times.
    const auto weeks =
        static_cast<std::size_t>(std::max<long>(0, (in_.last_day - in_.today).count() / 7 + 2));
    const auto follow_ups = static_cast<std::size_t>(std::count_if(
        in_.clients.begin(), in_.clients.end(), [](const Client& c) { return c.change_averse; }));
    std::size_t events = 0;
    for (const Client& client : in_.clients) events += client.next_events.size();
    tasks_.reserve(8 + 4 * in_.clients.size() + follow_ups + events +
                   in_.job_search.interviews.size() + weeks + in_.done.size());

    // Priority decides who is told first and so who gets the most time with the successor.
    priority_order_.resize(in_.clients.size());
    std::iota(priority_order_.begin(), priority_order_.end(), std::size_t{0});
    std::vector<PriorityKey> keys;
    keys.reserve(in_.clients.size());
    for (const auto& client : in_.clients) keys.push_back(priority_key(client, in_.policy));
    std::sort(priority_order_.begin(), priority_order_.end(),
              [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });

    client_tasks_.resize(in_.clients.size());
    for (std::size_t rank = 0; rank < priority_order_.size(); ++rank) {
        client_tasks_[priority_order_[rank]].rank = static_cast<int>(rank) + 1;
    }

    // The graph's nodes in order; a node that is not in the plan has no task.
    constexpr auto k_no_task = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> task_of_node;
    task_of_node.reserve(tasks_.capacity());
    std::vector<Text> prerequisites;
    for_each_task(in_, [&](const TaskNode& node) {
        if (!in_plan(node)) {
            task_of_node.push_back(k_no_task);
            return;
        }
        // A list that names only plan-wide tasks recurs (every notification waits for the
        // same planning tasks), so the pool keeps it once; one that names a client's own
        // tasks is unique, so it is not looked up.
        prerequisites.clear();
        bool own = false;
        for (const std::uint32_t n : node.prerequisites) {
            const Task& before = tasks_[task_of_node[n]];
            prerequisites.push_back(before.id);
            own = own || !before.client.empty();
        }
        const TextList depends_on = prerequisites.empty() ? TextList()
                                    : own                 ? pool_->store_list(prerequisites)
                                                          : pool_->intern_list(prerequisites);
        const Text client = node.client ? client_id(*node.client) : Text();
        ClientTasks* ct =
            node.client ? &client_tasks_[static_cast<std::size_t>(node.client - in_.clients.data())]
                        : nullptr;
        const std::string_view kind = node.kind;
        std::size_t i = 0;
        if (kind == task_id::consult_manager) {
            i = consult_ = add_task(node, client, k_consult_hours, std::nullopt, depends_on);
        } else if (kind == task_id::decide_timing) {
            i = decide_timing_ =
                add_task(node, client, k_decide_timing_hours, std::nullopt, depends_on);
        } else if (kind == task_id::decide_method) {
            i = decide_method_ =
                add_task(node, client, k_decide_method_hours, std::nullopt, depends_on);
        } else if (kind == task_id::handover_doc) {
            // A client's document is its first task: its method and visits are chosen here.
            ct->method = choose_method(*node.client, in_.policy);
            ct->mode = visit_mode(in_, *node.client);
            i = ct->doc = add_task(node, client, handover_doc_hours(*node.client, in_.policy),
                                   std::nullopt, depends_on);
        } else if (kind == task_id::brief) {
            i = ct->brief = add_task(node, client, brief_hours(*node.client, in_.policy),
                                     std::nullopt, depends_on);
            task(i).with = with_people::successor;
        } else if (kind == task_id::notify) {
            const Method method = ct->method.method;
            i = ct->notify =
                add_task(node, client, visit_hours(method, *node.client), method, depends_on);
            if (ct->mode == VisitMode::joint) task(i).with = with_people::successor;
        } else if (kind == task_id::introduce) {
            const Method method = ct->method.method;
            i = add_task(node, client, visit_hours(method, *node.client), method, depends_on);
            ct->introduce = i;
            task(i).with = with_people::successor;
        } else if (kind == task_id::follow_up) {
            i = add_task(node, client, k_follow_up_hours, Method::phone, depends_on);
            ct->follow_up = i;
            task(i).with = with_people::successor;
        } else if (kind == task_id::event_kind) {
            // The client's own date (rule 8): a fact, with the successor, in a meeting slot.
            const Event& event = *node.event;
            i = add_task(node, client, event.hours, std::nullopt, depends_on);
            Task& t = task(i);
            t.date = event.date;
            t.subject = text(event.what);
            t.with = with_people::successor;
            t.meeting = true;
            ct->events.push_back(i);
        } else if (kind == task_id::share_handover) {
            i = share_ = add_task(node, client, k_share_hours, std::nullopt, depends_on);
        } else if (kind == task_id::resignation_letter) {
            i = letter_ =
                add_task(node, client, k_resignation_letter_hours, std::nullopt, depends_on);
        } else if (kind == task_id::support_agreement) {
            i = add_task(node, client, k_support_agreement_hours, std::nullopt, depends_on);
            support_ = i;
            task(i).with = with_people::manager;
        } else if (kind == task_id::final_check) {
            i = final_check_ =
                add_task(node, client, k_final_check_hours, std::nullopt, depends_on);
            task(i).with = with_people::successor;
        } else if (kind == task_id::farewell) {
            i = farewell_ = add_task(node, client, k_farewell_hours, std::nullopt, depends_on);
        } else if (kind == task_id::interview_kind) {
            // Interviews are facts from the input; they take hours out of their day.
            const Interview& interview = *node.interview;
            i = add_task(node, client, interview.hours, std::nullopt, depends_on);
            Task& t = task(i);
            t.job_search = true;
            t.date = interview.date;
            t.subject = text(interview.company);
            t.rule = Rule::interview;
            t.reason = Reason::interview;
        } else {
            i = add_task(node, client, k_weekly_review_hours, std::nullopt, depends_on);
            task(i).job_search = true;
        }
        task_of_node.push_back(static_cast<std::uint32_t>(i));
    });
}

bool Scheduler::in_plan(const TaskNode& node) const {
    switch (node.presence) {
        case TaskPresence::if_done:  // an interview before today: history, nothing left to do
            return in_.done.contains(node.id);
        case TaskPresence::planned:  // an empty calendar has no week to review
            return node.kind != task_id::weekly_review_kind || last_ >= 0;
        case TaskPresence::recorded_only:
            return true;
    }
    return true;
}

void Scheduler::apply_done() {
    // A done task keeps its date. What it depends on must have happened too, so a task
    // that is not recorded but is needed by a done one is treated as done on the same day
    // (tasks are created before their dependents, so one backward pass suffices).
    if (in_.done.empty()) return;
    // The index of every task is only needed once a done task has prerequisites; a file
    // that records only the talk with the manager (the usual first entry) skips it.
    std::unordered_map<std::string_view, std::size_t> by_id;
    for (std::size_t i = tasks_.size(); i-- > 0;) {
        Task& t = tasks_[i];
        if (auto it = in_.done.find(t.id); it != in_.done.end()) {
            t.status = TaskStatus::done;
            t.date = it->second;
            t.rule = Rule::done;
            t.reason = Reason::done;
        }
        if (t.status != TaskStatus::done || t.depends_on.empty()) continue;
        if (by_id.empty()) {
            by_id.reserve(tasks_.size());
            for (std::size_t j = 0; j < tasks_.size(); ++j) by_id.emplace(tasks_[j].id, j);
        }
        for (const auto& dependency : t.depends_on) {
            auto found = by_id.find(dependency);
            if (found == by_id.end()) continue;
            Task& d = tasks_[found->second];
            if (d.status == TaskStatus::done || in_.done.count(d.id)) continue;
            d.status = TaskStatus::done;
            d.date = t.date;
            d.rule = Rule::done_implied;
            d.reason = Reason::done_implied;
            d.note = t.id;
        }
    }
    // Work done today has used part of today's room.
    for (const auto& t : tasks_) {
        if (t.status != TaskStatus::done || !t.date || *t.date != in_.today) continue;
        if (t.kind == TaskKind::interview) continue;  // already out of the calendar
        ledger_.take_unchecked(0, CapacityLedger::to_minutes(t.hours), t.meeting);
    }
}

// ---------------------------------------------------------------------------------------
// Placement

void Scheduler::place(std::size_t i, int day, Rule rule, Reason reason) {
    Task& t = task(i);
    ledger_.take(day, minutes(i), t.meeting);
    if (faces_client(t.kind)) facing_minutes_[static_cast<std::size_t>(day)] += minutes(i);
    if (day >= release_ && day <= last_contact_) contact_room_ -= minutes(i);
    t.date = calendar_.day(day);
    t.status = TaskStatus::todo;
    t.rule = rule;
    t.reason = reason;
    t.reason_adds = 0;
}

void Scheduler::leave_unscheduled(std::size_t i, Rule rule, Reason reason, Text waits_for) {
    Task& t = task(i);
    t.date.reset();
    t.status = TaskStatus::unscheduled;
    t.rule = rule;
    t.reason = reason;
    t.reason_adds = 0;
    t.note = waits_for;
}

int Scheduler::next_working_day_after(std::size_t i) const {
    return calendar_.next_open(std::max(0, index_of(i) + 1));
}

Warning& Scheduler::warn(WarningCode code, Severity severity, std::uint32_t client_index,
                         Text task_id, WarningForm form) {
    Warning& w = warnings_.emplace_back();
    w.code = code;
    w.severity = severity;
    w.form = form;
    w.client_at = client_index;
    if (client_index != k_no_client) w.client = client_ids_[client_index];
    w.task = task_id;
    return w;
}

void Scheduler::warn_no_room(std::size_t i, Severity severity) {
    const Task& t = task(i);
    Warning& w = warn(WarningCode::over_capacity, severity, t.client_at, t.id);
    w.number = static_cast<std::int32_t>(t.kind);
}

void Scheduler::place_planning_tasks() {
    // Step 1: the manager hears first, before anything client-facing.
    if (!is_done(consult_)) {
        // Where notice is given the day one tells the manager and the handover documents are
        // prepared privately first (US, GB: prepare_before_notice), the talk is the last day
        // that still gives the company's notice before the last working day; the days before it
        // are for the preparation.
        // In Japan the manager is consulted as early as possible, whatever is prepared.
        int day = -1;
        Reason reason = Reason::consult;
        if (in_.jurisdiction != Jurisdiction::JP && in_.policy.prepare_before_notice) {
            // Counted back from the last working day, not from a later end of employment:
            // paid leave after it adds to the notice but gives the handover no working day.
            // Holidays inside the notice (Christmas, Easter) take working days from the
            // handover, so the notice also keeps the working days it holds in an ordinary
            // stretch: five in seven (ten for two weeks).
            const int working_days = (in_.policy.notice_days * 5 + 6) / 7;
            const int notice_day =
                std::min(calendar_.index_of(in_.last_day - date::days{in_.policy.notice_days}),
                         calendar_.open_day_before(calendar_.index_of(in_.last_day), working_days));
            if (notice_day > 0) {
                day =
                    ledger_.find_backward(0, std::min(notice_day, last_), minutes(consult_), false);
                if (day > 0) reason = Reason::consult_notice;
            }
        }
        if (reason == Reason::consult)
            day = ledger_.find_forward(0, last_, minutes(consult_), false);
        if (day >= 0) {
            place(consult_, day, Rule::manager_first, reason);
        } else {
            leave_unscheduled(consult_, Rule::no_room, Reason::no_room);
            warn(WarningCode::over_capacity, Severity::error, k_no_client, task(consult_).id,
                 WarningForm::consult);
        }
    }
    // Steps 2 and 3 start once the manager knows (the same day is fine).
    for (std::size_t i : {decide_timing_, decide_method_}) {
        if (is_done(i)) continue;
        if (!is_dated(consult_)) {
            leave_unscheduled(i, Rule::waits, Reason::waits, task(consult_).id);
            continue;
        }
        const int from = std::max(0, index_of(consult_));
        const int day = ledger_.find_forward(from, last_, minutes(i), false);
        if (day >= 0) {
            place(i, day, Rule::after_manager, Reason::decide);
        } else {
            leave_unscheduled(i, Rule::no_room, Reason::no_room);
            warn_no_room(i, Severity::warning);
        }
    }
}

void Scheduler::place_after_consult() {
    // Rule 11. In Japan the resignation letter is the company's form, handed in once the last day
    // is agreed: the manager usually confirms the dates with HR or their own manager first, so the
    // first working day after the talk with room (the talk's own day keeps its room for the talk
    // and the two decisions), else the talk's day itself when no later day has room. The support
    // after the handover (when the user offers any) is agreed with the manager, who has had the
    // same day to check what the company allows, before any client hears of it (the announcements
    // mention it): placed before the clients, it takes the first room from the day after the talk;
    // check_support_period() notes when that still came after the first announcement. Both come
    // after the two decisions, which set the day clients can first be told.
    std::size_t ids[2] = {letter_, letter_};
    std::size_t count = 1;
    if (support_) ids[count++] = *support_;
    for (std::size_t n = 0; n < count; ++n) {
        const std::size_t i = ids[n];
        if (is_done(i)) continue;
        if (!is_dated(consult_)) {
            leave_unscheduled(i, Rule::waits, Reason::waits, task(consult_).id);
            continue;
        }
        const int talk = std::max(0, index_of(consult_));
        const bool letter = i == letter_;
        // Outside Japan the letter is the written notice itself: it goes to the manager at
        // the talk or straight after it, and its date starts the notice period.
        const bool notice_letter = letter && in_.jurisdiction != Jurisdiction::JP;
        int day = notice_letter ? ledger_.find_forward(talk, talk, minutes(i), false)
                                : ledger_.find_forward(next_working_day_after(consult_), last_,
                                                       minutes(i), false);
        if (day < 0 && notice_letter) {
            day = ledger_.find_forward(talk, last_, minutes(i), false);
        } else if (day < 0) {
            day = ledger_.find_forward(talk, talk, minutes(i), false);
        }
        if (day < 0) {
            leave_unscheduled(i, Rule::no_room, Reason::no_room);
            warn_no_room(i, Severity::warning);
            continue;
        }
        place(i, day, letter ? Rule::letter : Rule::support,
              notice_letter ? Reason::letter_notice : (letter ? Reason::letter : Reason::support));
    }
}

void Scheduler::place_farewell() {
    // Rule 11: the farewell messages go out on the last day, to the clients already handed
    // over and to colleagues. Placed before the clients so that the last day keeps room for
    // them; a last day without room (closed or full) gets them on the latest day before it
    // with room, and the `why` says so.
    const std::size_t i = farewell_;
    if (is_done(i)) return;
    if (!is_dated(consult_)) {
        leave_unscheduled(i, Rule::waits, Reason::waits, task(consult_).id);
        return;
    }
    const int from = std::max(0, index_of(consult_));
    if (last_ >= from && ledger_.fits(last_, minutes(i), false)) {
        place(i, last_, Rule::last_day, Reason::farewell);
        return;
    }
    const int day = ledger_.find_backward(from, last_ - 1, minutes(i), false);
    if (day < 0) {
        leave_unscheduled(i, Rule::no_room, Reason::no_room);
        warn_no_room(i, Severity::warning);
        return;
    }
    place(i, day, Rule::last_day, Reason::farewell_early);
}

void Scheduler::place_final_check() {
    // Rule 11: a last look at every client's handover with the successor, on a working day
    // shortly before the last day (k_final_check_days_before working days before it, so the
    // day after is left to act on what it finds), after the documents are shared and after
    // the last meeting with the successor at a client (introduction, joint visit, follow-up,
    // event), so that it looks back on all of them. Strictly before the last day. When no day
    // after that last meeting has room, the latest day before it with room, and the `why`
    // says it comes before some of them.
    const std::size_t i = final_check_;
    if (is_done(i)) return;
    if (!is_dated(share_)) {
        leave_unscheduled(i, Rule::waits, Reason::waits, task(share_).id);
        return;
    }
    int after = std::max(0, index_of(share_));
    int last_meeting = -1;
    for (const ClientTasks& ct : client_tasks_) {
        const auto seen = [&](std::size_t t) {
            if (is_dated(t) && (task(t).with & with_people::successor) != 0)
                last_meeting = std::max(last_meeting, index_of(t));
        };
        seen(ct.met());
        if (ct.follow_up) seen(*ct.follow_up);
        for (std::size_t e : ct.events) seen(e);
    }
    if (last_meeting >= 0) after = std::max(after, last_meeting + 1);
    const int latest = std::min(last_ - 1, calendar_.open_day_before(last_, 1));
    const int target = std::max(after, calendar_.open_day_before(last_, k_final_check_days_before));
    int day =
        latest >= 0 ? ledger_.find_forward(std::max(0, target), latest, minutes(i), false) : -1;
    if (day < 0 && latest >= 0)
        day = ledger_.find_backward(std::max(0, index_of(share_)),
                                    std::min(latest, std::max(0, target) - 1), minutes(i), false);
    if (day < 0) {
        leave_unscheduled(i, Rule::no_room, Reason::no_room);
        warn_no_room(i, Severity::warning);
        return;
    }
    // The same day as the last meeting still comes after it: a day's tasks run in kind order.
    place(i, day, Rule::final_check,
          day < last_meeting ? Reason::final_check_early : Reason::final_check);
}

void Scheduler::place_events() {
    // Rule 8: a client's own event is a fact on its date; the plan does not move it. The
    // successor comes along once the manager knows: an event on or before the day of that
    // talk is no task of the plan (the user goes alone, as always; the handover document
    // lists it with the client's upcoming events). Its hours are taken from the day without
    // a fit check: the event happens whatever else the day holds, and what is placed after
    // it finds the day that much fuller.
    const bool told = is_dated(consult_);
    facing_minutes_.assign(static_cast<std::size_t>(std::max(0, last_ + 1)), 0);
    for (ClientTasks& ct : client_tasks_) {
        std::erase_if(ct.events, [&](std::size_t i) {
            if (is_done(i)) return false;
            Task& t = task(i);
            if (!told) {
                leave_unscheduled(i, Rule::waits, Reason::waits, task(consult_).id);
                return false;
            }
            if (*t.date <= *task(consult_).date) {
                t.date.reset();
                left_out_.push_back(i);
                return true;
            }
            const int day = calendar_.index_of(*t.date);
            ledger_.take_unchecked(day, minutes(i), t.meeting);
            facing_minutes_[static_cast<std::size_t>(day)] += minutes(i);
            t.status = TaskStatus::todo;
            t.rule = Rule::client_event;
            t.reason = Reason::event;
            return false;
        });
    }
}

void Scheduler::place_clients() {
    // The windows fit the notice actually given: from the talk with the manager (done or
    // planned, else today) to the last day.
    const Day told = is_dated(consult_) ? *task(consult_).date : in_.today;
    notice_available_ = static_cast<int>((in_.last_day - told).count());
    policy_ = scaled_windows(in_.policy, notice_available_);
    const int deadline = introduction_deadline(calendar_, policy_, last_);
    intro_deadline_ = deadline >= 0 ? calendar_.day(deadline) : in_.today;
    // Client-facing work comes on a later working day than the talk with the manager,
    // after both decisions, and not before the manager allows it.
    if (is_dated(consult_) && is_dated(decide_timing_) && is_dated(decide_method_)) {
        release_ = next_working_day_after(consult_);
        release_ = std::max(release_, next_working_day_after(decide_timing_));
        release_ = std::max(release_, next_working_day_after(decide_method_));
        short_notice_release_ = release_;
        release_ = std::max(release_, disclose_index());
        const NotifyWindow window = notification_window(calendar_, policy_, last_, release_);
        // (The calendar starts today: day -1 is before today.)
        window_start_ = calendar_.day(window.start);
        window_end_ = calendar_.day(window.end);
    }
    last_contact_ = last_contact_day(calendar_, last_);
    for (int d = std::max(0, release_); d <= last_contact_; ++d)
        contact_room_ += ledger_.minutes_left(d);
    for (const ClientTasks& ct : client_tasks_) {
        if (!is_done(ct.notify)) announcements_due_ += minutes(ct.notify);
    }
    // Deals pin their announcement to a date set outside the plan (the decision), so they
    // come first; everyone else follows in priority order. Each client's internal work is
    // placed before its contacts, so the most important client is prepared first (rule 4).
    std::vector<std::size_t> pinned, flexible;
    for (std::size_t c : priority_order_) {
        const auto close = pending_close(client_of(c));
        const bool pinned_deal = close && *close <= in_.last_day && *close >= in_.today;
        (pinned_deal ? pinned : flexible).push_back(c);
    }
    std::stable_sort(pinned.begin(), pinned.end(), [&](std::size_t a, std::size_t b) {
        return *client_of(a).expected_close < *client_of(b).expected_close;
    });
    for (const auto* group : {&pinned, &flexible}) {
        for (std::size_t c : *group) {
            place_preparation(c);
            place_notification(c);
            if (!is_done(client_tasks_[c].notify))
                announcements_due_ -= minutes(client_tasks_[c].notify);
            place_introduction(c);
            place_follow_up(c);
        }
    }
}

void Scheduler::place_preparation(std::size_t c) {
    // Rule 4: internal work as early as it may be done. The document needs the manager to
    // know (or is private preparation with `prepare_before_notice`); the briefing needs the
    // document and the manager (who names the successor).
    const ClientTasks& ct = client_tasks_[c];
    const std::size_t doc = ct.doc;
    const std::size_t brief = ct.brief;
    const bool met_done = is_done(ct.met());
    // The client's own events are fixed: the briefing (and so the document) comes before
    // the first one the successor attends when there is room, else as early as there is.
    int before = last_;
    for (std::size_t e : ct.events) {
        if (is_dated(e) && !is_done(e)) before = std::min(before, index_of(e) - 1);
    }
    // A day on which clients can be told is taken only when the announcements still to
    // place keep their minutes (this client's own included): otherwise a day outside that
    // range (the talk's own day, the last day), else none.
    const auto spare = [&](int day, std::size_t i) {
        return day < release_ || day > last_contact_ ||
               contact_room_ - minutes(i) >= announcements_due_;
    };
    const auto find_early = [&](int from, std::size_t i) {
        int day = ledger_.find_forward(from, before, minutes(i), false);
        if (day < 0) day = ledger_.find_forward(from, last_, minutes(i), false);
        if (day >= 0 && !spare(day, i)) {
            // Only the days outside the range remain: before the release, or the last day.
            day = ledger_.find_forward(from, std::min(last_, release_ - 1), minutes(i), false);
            if (day < 0 && last_contact_ < last_)
                day = ledger_.find_forward(std::max(from, last_contact_ + 1), last_, minutes(i),
                                           false);
        }
        return day;
    };
    if (!is_done(doc)) {
        int from = k_unplaced;
        if (in_.policy.prepare_before_notice) {
            from = 0;
        } else if (is_dated(consult_)) {
            from = std::max(0, index_of(consult_));
        }
        const int day = from == k_unplaced ? -1 : find_early(from, doc);
        if (from == k_unplaced) {
            leave_unscheduled(doc, Rule::waits, Reason::waits, task(consult_).id);
        } else if (day < 0) {
            leave_unscheduled(doc, Rule::no_room, Reason::no_room);
            warn_no_room(doc, Severity::warning);
        } else if (met_done) {
            place(doc, day, Rule::record, Reason::doc_record);
        } else {
            const bool before_consult = !is_dated(consult_) || day < index_of(consult_);
            place(doc, day, before_consult ? Rule::prepared : Rule::early,
                  before_consult ? Reason::doc_prepared : Reason::doc);
        }
    }
    if (is_done(brief)) return;
    if (!is_dated(doc) || !is_dated(consult_)) {
        leave_unscheduled(brief, Rule::waits, Reason::waits,
                          task(is_dated(consult_) ? doc : consult_).id);
        return;
    }
    const int from = std::max({0, index_of(doc), index_of(consult_)});
    const int day = find_early(from, brief);
    if (day < 0) {
        leave_unscheduled(brief, Rule::no_room, Reason::no_room);
        warn_no_room(brief, Severity::warning);
        return;
    }
    place(brief, day, Rule::before_contact, Reason::brief);
}

int Scheduler::find_least_busy(int from, int to, int need, bool meeting) {
    // From the first day with room (the ledger's skip pointers find it), every day of the
    // next two months is looked at with the ledger's O(1) fit test. A window is weeks long
    // (30 days by default), so that is all of it; in a window of years the quietest of the
    // next two months wins, which keeps one announcement O(1) however long the window is.
    constexpr int k_spread_days = 62;
    const int first = ledger_.find_forward(from, to, need, meeting);
    if (first < 0) return -1;
    int best = first;
    int best_load = facing_minutes_[static_cast<std::size_t>(first)];
    const int last = std::min(to, first + k_spread_days);
    for (int d = first + 1; d <= last && best_load > 0; ++d) {
        const int load = facing_minutes_[static_cast<std::size_t>(d)];
        if (load >= best_load || !ledger_.fits(d, need, meeting)) continue;
        best = d;
        best_load = load;
    }
    return best;
}

void Scheduler::place_notification(std::size_t c) {
    const Client& client = client_of(c);
    const ClientTasks& ct = client_tasks_[c];
    const std::size_t i = ct.notify;
    if (is_done(i)) return;
    for (std::size_t dependency : {consult_, decide_timing_, decide_method_}) {
        if (!is_dated(dependency)) {
            leave_unscheduled(i, Rule::waits, Reason::waits, task(dependency).id);
            warn(WarningCode::no_time_to_notify, Severity::error, static_cast<std::uint32_t>(c),
                 task(i).id);
            return;
        }
    }
    int release = release_;
    bool unbriefed = false;
    if (ct.mode == VisitMode::joint) {
        if (is_dated(ct.brief)) {
            // Rule 3: the successor comes prepared, so the joint visit follows the briefing.
            release = std::max(release, next_working_day_after(ct.brief));
        } else {
            // No room to brief the successor: rule 3 wins over rule 5, and the client still
            // hears the news, from the user alone (a warning says the introduction is owed).
            task(i).with = 0;
            unbriefed = true;
        }
    }
    const NotifyWindow window = notification_window(calendar_, policy_, last_, release_);
    const NotifyTarget target =
        notification_target(client, calendar_, policy_, window, release, ct.mode, in_.last_day);
    const int need = minutes(i);
    const bool meeting = task(i).meeting;
    const int last_notify = ct.mode == VisitMode::joint ? last_contact_day(calendar_, last_)
                                                        : calendar_.open_day_before(last_, 2);

    TimingRule rule_used = target.rule;
    int day = -1;
    switch (target.rule) {
        case TimingRule::window:
        case TimingRule::closed_before:
            day = find_least_busy(target.from, target.to, need, meeting);
            break;
        case TimingRule::after_departure:
            day = ledger_.find_forward(target.from, target.to, need, meeting);
            break;
        case TimingRule::after_close:
            day = ledger_.find_forward(target.from, target.to, need, meeting);
            if (day < 0) rule_used = TimingRule::closes_late;  // no room after the close
            break;
        case TimingRule::closes_late:
            break;
    }
    if (rule_used == TimingRule::closes_late) {
        // Before the decision, as late in the window as there is room.
        const int close = calendar_.index_of(*pending_close(client));
        const int to = std::min(window.end, calendar_.prev_open(close - 1));
        day = ledger_.find_backward(release, to, need, meeting);
    }
    bool late = false;
    if (day < 0) {
        // Nothing inside the window: as early as possible after it, still leaving a
        // working day for the introduction before the last day.
        const int from = std::max(window.end + 1, release);
        day = ledger_.find_forward(from, last_notify, need, meeting);
        late = day >= 0;
    }
    if (day < 0 && ct.mode == VisitMode::joint && !unbriefed) {
        // The briefing came too late for a joint visit: rather than leave the client
        // without the news, tell them alone from the first day clients may hear it.
        task(i).with = 0;
        unbriefed = true;
        release = release_;
        const NotifyTarget alone =
            notification_target(client, calendar_, policy_, window, release, ct.mode, in_.last_day);
        rule_used = alone.rule;
        day = ledger_.find_forward(alone.from, alone.to, need, meeting);
        if (day < 0) {
            day =
                ledger_.find_forward(std::max(window.end + 1, release), last_notify, need, meeting);
            late = day >= 0;
        }
    }
    if (day < 0) {
        leave_unscheduled(i, Rule::no_room, Reason::notify_no_room);
        warn(WarningCode::no_time_to_notify, Severity::error, static_cast<std::uint32_t>(c),
             task(i).id);
        return;
    }

    Rule rule = Rule::window;
    Reason reason = Reason::notify_window;
    switch (rule_used) {
        case TimingRule::after_close:
            rule = Rule::after_close;
            reason = Reason::notify_after_close;
            break;
        case TimingRule::closes_late:
            rule = Rule::deal_closes_late;
            reason = Reason::notify_closes_late;
            warn(WarningCode::deal_closes_late, Severity::warning, static_cast<std::uint32_t>(c),
                 task(i).id);
            break;
        case TimingRule::after_departure:
            rule = Rule::deal_after_departure;
            reason = Reason::notify_after_departure;
            warn(WarningCode::deal_after_departure, Severity::warning,
                 static_cast<std::uint32_t>(c), task(i).id);
            break;
        case TimingRule::closed_before:
            rule = Rule::window;
            reason = Reason::notify_closed_before;
            break;
        case TimingRule::window:
            rule = Rule::window;
            reason = Reason::notify_window;
            break;
    }
    std::uint8_t adds = 0;
    if (in_.disclose_from && release == calendar_.index_of(*in_.disclose_from) && day == release) {
        adds |= reason_adds::disclosed;
    }
    if (late && window.end < short_notice_release_) {
        // The window was over before any client could hear the news, whatever the manager
        // allows (short notice): the first possible days are the best there are, and
        // NOTICE_TOO_SHORT names the one cause instead of an error per client (rule 6). A
        // window closed only by `disclose_from` stays an error: DISCLOSURE_LATE says what to
        // ask the manager for.
        rule = Rule::late;
        reason = Reason::notify_short_notice;
        adds = 0;
    } else if (late) {
        rule = Rule::late;
        reason = Reason::notify_late;
        adds = 0;
        Warning& w = warn(WarningCode::notify_late, Severity::error, static_cast<std::uint32_t>(c),
                          task(i).id);
        w.first = calendar_.day(window.start);
        w.second = calendar_.day(window.end);
        w.third = calendar_.day(day);
    } else if ((rule_used == TimingRule::after_close || rule_used == TimingRule::after_departure) &&
               day > target.from) {
        adds |= reason_adds::moved;
    }
    place(i, day, rule, reason);
    task(i).reason_adds = adds;
    if ((adds & reason_adds::moved) != 0) task(i).moved_from = calendar_.day(target.from);
    if (unbriefed) {
        warn(WarningCode::no_time_for_intro, Severity::error, static_cast<std::uint32_t>(c),
             task(i).id, WarningForm::unbriefed);
    }
}

void Scheduler::place_introduction(std::size_t c) {
    const ClientTasks& ct = client_tasks_[c];
    if (!ct.introduce || is_done(*ct.introduce)) return;
    const std::size_t intro = *ct.introduce;
    // An announcement that waited for a close (rule 2) moves the introduction's deadline to
    // the working day before the last day: the close wins over the buffer.
    const bool close_won = task(ct.notify).rule == Rule::after_close && !is_done(ct.notify);
    const int deadline = close_won ? std::max(introduction_deadline(calendar_, policy_, last_),
                                              last_contact_day(calendar_, last_))
                                   : introduction_deadline(calendar_, policy_, last_);
    const bool meeting = task(intro).meeting;
    for (std::size_t before : {ct.notify, ct.brief}) {
        if (is_dated(before)) continue;
        leave_unscheduled(intro, Rule::waits, Reason::waits, task(before).id);
        warn(WarningCode::no_time_for_intro, Severity::error, static_cast<std::uint32_t>(c),
             task(intro).id, WarningForm::without_notify);
        return;
    }
    // Rule 5: `intro_gap_days` working days after the client has heard it from the user,
    // fewer when the deadline forces it, the very next day only when nothing else fits;
    // never before the briefing (rule 3) or before the manager allows client contact.
    const int notified = std::max(0, index_of(ct.notify));
    const int lo = std::max(
        {next_working_day_after(ct.notify), next_working_day_after(ct.brief), disclose_index()});
    const int gap = std::max(1, in_.policy.intro_gap_days);
    const int ideal = calendar_.open_day_after(notified, gap);
    const int need = minutes(intro);
    Reason reason = Reason::intro;
    int day = ledger_.find_forward(std::max(ideal, lo), deadline, need, meeting);
    if (day < 0 && gap > 1) {
        const int second = calendar_.open_day_after(notified, 2);
        day = ledger_.find_backward(std::max(second, lo), std::min(ideal - 1, deadline), need,
                                    meeting);
        reason = Reason::intro_short_gap;
    }
    if (day < 0) {
        day = ledger_.find_forward(lo, std::min(calendar_.open_day_after(notified, 1), deadline),
                                   need, meeting);
        reason = Reason::intro_next_day;
    }
    const Day deadline_day = deadline >= 0 ? calendar_.day(deadline) : in_.today;
    bool late = false;
    if (day < 0) {
        day = ledger_.find_forward(std::max(lo, deadline + 1), last_, need, meeting);
        late = day >= 0;
    }
    if (day < 0) {
        leave_unscheduled(intro, Rule::no_room, Reason::intro_no_room);
        warn(WarningCode::no_time_for_intro, Severity::error, static_cast<std::uint32_t>(c),
             task(intro).id)
            .first = deadline_day;
        return;
    }
    Rule rule = Rule::intro_after_notify;
    if (late) {
        rule = Rule::late;
        reason = Reason::intro_late;
        Warning& w = warn(WarningCode::no_time_for_intro, Severity::error,
                          static_cast<std::uint32_t>(c), task(intro).id, WarningForm::late);
        w.first = deadline_day;
        w.second = calendar_.day(day);
    }
    if (close_won && reason != Reason::intro) reason = Reason::intro_after_close;
    place(intro, day, rule, reason);
    if (reason == Reason::intro && day > std::max(ideal, lo)) {
        task(intro).reason_adds = reason_adds::moved;
        task(intro).moved_from = calendar_.day(std::max(ideal, lo));
    }
}

void Scheduler::place_follow_up(std::size_t c) {
    const ClientTasks& ct = client_tasks_[c];
    if (!ct.follow_up || is_done(*ct.follow_up)) return;
    const std::size_t i = *ct.follow_up;
    const std::size_t met = ct.met();
    if (!is_dated(met)) {
        leave_unscheduled(i, Rule::waits, Reason::waits, task(met).id);
        return;
    }
    // A few working days after the client has met the successor, so they can say how it
    // goes; strictly before the last day.
    const int met_day = index_of(met);
    const int release = std::max(next_working_day_after(met), disclose_index());
    const int latest = calendar_.open_day_before(last_, 1);
    const int ideal = std::min(calendar_.open_day_after(met_day, k_follow_up_gap_days), latest);
    int day = ledger_.find_forward(std::max(ideal, release), latest, minutes(i), false);
    if (day < 0)
        day = ledger_.find_backward(release, std::max(ideal, release) - 1, minutes(i), false);
    if (day < 0) {
        leave_unscheduled(i, Rule::no_room, Reason::no_room);
        warn_no_room(i, Severity::warning);
        return;
    }
    place(i, day, Rule::follow_up, Reason::follow_up);
}

void Scheduler::place_share_handover() {
    if (is_done(share_)) return;
    if (!is_dated(consult_)) {
        leave_unscheduled(share_, Rule::waits, Reason::waits, task(consult_).id);
        return;
    }
    // After the last document is written (the same day is fine: it is shared once done).
    int release = std::max(0, index_of(consult_));
    for (const auto& ct : client_tasks_) {
        if (is_dated(ct.doc)) release = std::max(release, index_of(ct.doc));
    }
    const int day = ledger_.find_forward(release, last_, minutes(share_), false);
    if (day < 0) {
        leave_unscheduled(share_, Rule::no_room, Reason::no_room);
        warn_no_room(share_, Severity::warning);
        return;
    }
    place(share_, day, Rule::after_docs, Reason::share);
}

void Scheduler::place_weekly_reviews() {
    for (std::size_t i = 0; i < tasks_.size(); ++i) {
        if (tasks_[i].kind != TaskKind::weekly_review || is_done(i)) continue;
        const Day monday = *task_id::weekly_review_monday(tasks_[i].id);
        const int from = std::max(0, calendar_.index_of(monday));
        const int to = std::min(last_, calendar_.index_of(monday + date::days{6}));
        // The end of the week looks back on it; earlier in the week when Friday is full.
        const int day = ledger_.find_backward(from, to, minutes(i), false);
        if (day >= 0) {
            place(i, day, Rule::weekly, Reason::weekly_review);
            continue;
        }
        bool any_open = false;
        for (int d = from; d <= to && !any_open; ++d) any_open = calendar_.is_open(d);
        leave_unscheduled(i, Rule::no_room, Reason::no_room);
        if (any_open) {
            warn(WarningCode::over_capacity, Severity::info, k_no_client, tasks_[i].id,
                 WarningForm::review);
        } else {
            tasks_[i].reason = Reason::review_no_workday;
        }
    }
}

// ---------------------------------------------------------------------------------------
// After placement

void Scheduler::check_notice_period() {
    // Notice counts to the legal end of employment (paid leave after the last office day
    // still counts), from the day the manager is told. Each jurisdiction has its own rule
    // (docs/jurisdictions.md); no law is named outside its own.
    const Day told = is_dated(consult_) ? *task(consult_).date : in_.today;
    const Day end = in_.end_date.value_or(in_.last_day);
    const auto days = (end - told).count();
    const std::optional<int> statutory = statutory_notice_days(in_.jurisdiction);
    if (statutory && days < *statutory) {
        Warning& w =
            warn(WarningCode::notice_too_short, Severity::warning, k_no_client, task(consult_).id);
        w.first = told;
        w.second = end;
        w.number = *statutory;
    } else if (days < in_.policy.notice_days) {
        Warning& w = warn(WarningCode::notice_too_short, Severity::warning, k_no_client,
                          task(consult_).id, WarningForm::policy);
        w.first = told;
        w.second = end;
        w.number = in_.policy.notice_days;
    }
}

void Scheduler::check_support_period() {
    // Rule 11: support the user offers after the end of employment is the user's own, not
    // the company's: it needs the manager's explicit agreement (and perhaps a contract).
    if (!in_.support_until) return;
    const Day end = in_.end_date.value_or(in_.last_day);
    if (*in_.support_until > end) {
        Warning& w = warn(WarningCode::support_after_end, Severity::warning, k_no_client,
                          support_ ? task(*support_).id : Text());
        w.first = *in_.support_until;
        w.second = end;
    }
    // The agreement was meant to come before the first announcement (the drafts mention the
    // support): say so when no earlier day had room.
    if (!support_ || !is_dated(*support_) || is_done(*support_)) return;
    for (const ClientTasks& ct : client_tasks_) {
        if (is_dated(ct.notify) && *task(ct.notify).date < *task(*support_).date) {
            task(*support_).reason = Reason::support_late;
            return;
        }
    }
}

void Scheduler::check_business_closures() {
    // Rule 7: a client contact on a day most Japanese companies are closed reaches nobody.
    // A calendar with the closure's preset keeps those days free; without it, one note per
    // closure names every client with a contact planned in it, in input order. The closures
    // are Japanese customs: a plan under another jurisdiction gets no such note.
    if (in_.jurisdiction != Jurisdiction::JP) return;
    struct Found {
        ClosurePeriod period;
        std::vector<char> client;  ///< by client index: a contact falls in the period
    };
    std::vector<Found> found;  // in the order the periods are first met; a plan has few
    for (const Task& t : tasks_) {
        if (t.status != TaskStatus::todo || !t.date || t.client_at == k_no_client) continue;
        // A client's own event is on the day the client chose (rule 8).
        if (!faces_client(t.kind) || t.kind == TaskKind::event) continue;
        const auto period = closure_period(*t.date);
        if (!period || closes(in_.calendar, period->closure)) continue;
        auto at = std::find_if(found.begin(), found.end(),
                               [&](const Found& f) { return f.period.first == period->first; });
        if (at == found.end()) {
            found.push_back(Found{*period, std::vector<char>(in_.clients.size(), 0)});
            at = found.end() - 1;
        }
        at->client[t.client_at] = 1;
    }
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.period.first < b.period.first; });
    for (const Found& f : found) {
        std::vector<Text> ids;
        for (std::size_t c = 0; c < f.client.size(); ++c) {
            if (f.client[c] != 0) ids.push_back(client_ids_[c]);
        }
        Warning& w = warn(WarningCode::business_closure, Severity::info, k_no_client, Text());
        w.form = f.period.closure == Closure::obon ? WarningForm::obon : WarningForm::year_end;
        w.first = f.period.first;
        w.second = f.period.last;
        w.several = true;
        w.client_at = static_cast<std::uint32_t>(warning_clients_.size());
        warning_clients_.push_back(pool_->intern_list(ids));
    }
}

void Scheduler::check_clients() {
    for (std::size_t c = 0; c < in_.clients.size(); ++c) {
        const Client& client = client_of(c);
        const ClientTasks& ct = client_tasks_[c];
        if (ct.method.too_weak) {
            warn(WarningCode::method_too_weak, Severity::warning, static_cast<std::uint32_t>(c),
                 task(ct.notify).id)
                .number = static_cast<std::int32_t>(ct.method.wanted);
        }
        if (is_open_deal(client.stage) && client.expected_close &&
            *client.expected_close < in_.today) {
            warn(WarningCode::close_date_passed, Severity::info, static_cast<std::uint32_t>(c),
                 Text());
        }
        int lacking = 0;
        if (client.contact.empty()) lacking |= missing::contact;
        if (client.history.empty()) lacking |= missing::history;
        if (client.next_events.empty()) lacking |= missing::events;
        if (lacking != 0) {
            warn(WarningCode::incomplete_handover, Severity::info, static_cast<std::uint32_t>(c),
                 task(ct.doc).id)
                .number = lacking;
        }
    }
}

void Scheduler::check_successors() {
    // Rule 9: one warning for every client without a named successor, with the day a
    // successor must be named by: the first planned briefing, or the working day before the
    // first planned contact with them if that is earlier (the briefing comes before it).
    std::vector<Text> ids;
    std::uint32_t first_client = k_no_client;  // the client, when there is only one
    int first_contact = std::numeric_limits<int>::max();
    int first_brief = std::numeric_limits<int>::max();
    for (std::size_t c = 0; c < in_.clients.size(); ++c) {
        if (!successor_of(in_, client_of(c)).empty()) continue;
        if (ids.empty()) first_client = static_cast<std::uint32_t>(c);
        ids.push_back(client_ids_[c]);
        const ClientTasks& ct = client_tasks_[c];
        const std::size_t met = ct.met();
        if (is_dated(met) && !is_done(met)) first_contact = std::min(first_contact, index_of(met));
        // The plan briefs the successor early (rule 4): the name is needed by that day.
        if (is_dated(ct.brief) && !is_done(ct.brief))
            first_brief = std::min(first_brief, index_of(ct.brief));
    }
    if (ids.empty()) return;
    const bool dated = first_contact != std::numeric_limits<int>::max();
    const int name_by = dated ? std::min(first_brief, calendar_.prev_open(first_contact - 1)) : -1;
    // No working day from today to the contact's eve: the day to name one has passed.
    const bool passed = dated && name_by < 0;
    const std::uint32_t single = ids.size() == 1 ? first_client : k_no_client;
    Warning& w = warn(WarningCode::no_successor, passed ? Severity::error : Severity::warning,
                      single, Text(), dated ? WarningForm::main : WarningForm::undated);
    if (dated) {
        w.first = passed ? in_.today : calendar_.day(name_by);
        w.second = calendar_.day(first_contact);
        if (passed) w.form = WarningForm::late;
    }
    if (ids.size() > 1) {
        w.several = true;
        w.client_at = static_cast<std::uint32_t>(warning_clients_.size());
        warning_clients_.push_back(pool_->intern_list(ids));
    }
}

void Scheduler::build_load() {
    if (last_ < 0) return;
    std::map<Day, WeekLoad> weeks;
    for (Day monday = iso_week_monday(in_.today); monday <= in_.last_day; monday += date::days{7}) {
        WeekLoad& w = weeks[monday];
        w.week = iso_week_id(monday);
        w.monday = monday;
    }
    for (int d = 0; d <= last_; ++d) {
        auto it = weeks.find(iso_week_monday(calendar_.day(d)));
        if (it != weeks.end() && calendar_.is_open(d))
            it->second.available_hours += calendar_.hours_before_interviews(d);
    }
    for (const auto& t : tasks_) {
        if (!t.date) continue;
        auto it = weeks.find(iso_week_monday(*t.date));
        if (it == weeks.end()) continue;
        if (t.kind == TaskKind::interview) {
            it->second.interview_hours += t.hours;
            it->second.interviews += 1;
        } else if (*t.date >= in_.today) {
            it->second.planned_hours += t.hours;
            if (t.meeting) it->second.meetings += 1;
        }
    }
    for (auto& [monday, w] : weeks) {
        const double load = w.planned_hours + w.interview_hours;
        if (w.interviews > 0 && load > w.available_hours + 1e-9) {
            warn(WarningCode::week_overloaded, Severity::warning, k_no_client, Text()).first =
                monday;
        }
        load_.push_back(w);
    }
}

void Scheduler::build_client_plans(Plan& plan) const {
    plan.clients.reserve(in_.clients.size());
    for (std::size_t c = 0; c < in_.clients.size(); ++c) {
        const Client& client = client_of(c);
        const ClientTasks& ct = client_tasks_[c];
        ClientPlan cp;
        cp.id = client_id(client);
        cp.name = pool_->intern(client.name);
        cp.stage = client.stage;
        cp.method = ct.method.method;
        cp.method_reason = ct.method.reason;
        cp.successor = pool_->intern(successor_of(in_, client));
        cp.priority = ct.rank;
        cp.expected_close = client.expected_close;
        cp.notify_date = tasks_[ct.notify].date;
        const Task& met = tasks_[ct.met()];
        if (met.with & with_people::successor) cp.introduce_date = met.date;
        if (ct.follow_up) cp.follow_up_date = tasks_[*ct.follow_up].date;
        cp.change_averse = client.change_averse;
        cp.value = client.value;
        cp.decision_maker = pool_->intern(client.decision_maker);
        cp.has_handover_notes = !client.handover_notes.empty();
        for (const Event& e : client.next_events) {
            if (e.date >= in_.today && (!cp.next_event || e.date < *cp.next_event))
                cp.next_event = e.date;
        }
        plan.clients.push_back(std::move(cp));
    }
}

void Scheduler::build_successor_dates(Plan& plan) const {
    // Rule 8: every client's events in the days after the last day are the successor's first
    // dates, by date and then in input order.
    const Day until = in_.last_day + date::days{k_successor_first_days};
    for (std::size_t c = 0; c < in_.clients.size(); ++c) {
        for (const Event& event : in_.clients[c].next_events) {
            if (event.date <= in_.last_day || event.date > until) continue;
            plan.successor_dates.push_back(SuccessorDate{event.date, pool_->intern(event.what),
                                                         event.hours, static_cast<std::uint32_t>(c),
                                                         client_ids_[c]});
        }
    }
    std::stable_sort(
        plan.successor_dates.begin(), plan.successor_dates.end(),
        [](const SuccessorDate& a, const SuccessorDate& b) { return a.date < b.date; });
}

void Scheduler::build_day_notes(Plan& plan) const {
    // Every closed day gets a note (the timeline marks them), and so does every day with a
    // holiday or blocked time (the text view names them).
    for (int d = 0; d <= last_; ++d) {
        const Day day = calendar_.day(d);
        if (calendar_.is_holiday(d) || calendar_.is_blocked(d)) {
            const DayNote::Kind kind =
                calendar_.is_holiday(d) ? DayNote::Kind::holiday : DayNote::Kind::blocked;
            plan.day_notes.push_back(DayNote{day, kind, calendar_.note(d, false),
                                             calendar_.note(d, true), !calendar_.is_open(d)});
        } else if (!in_.calendar.workdays[weekday_index(day)]) {
            plan.day_notes.push_back(DayNote{day, DayNote::Kind::day_off, {}, {}, true});
        }
    }
}

void Scheduler::sort_tasks() {
    std::vector<int> client_rank(tasks_.size(), 0);
    for (const auto& ct : client_tasks_) {
        for (std::size_t i : {ct.doc, ct.brief, ct.notify}) client_rank[i] = ct.rank;
        if (ct.introduce) client_rank[*ct.introduce] = ct.rank;
        if (ct.follow_up) client_rank[*ct.follow_up] = ct.rank;
        for (std::size_t i : ct.events) client_rank[i] = ct.rank;
    }
    // Dated tasks by day, then in the order a person works through a day; unscheduled last.
    // The keys are computed once (comparing kinds by name inside the sort was a large share
    // of all the work) and packed into one number, most significant first:
    // unscheduled (1 bit), day (32 bits), kind (4 bits), client priority (27 bits). The
    // input's size limit keeps priorities far below 2^27; the task index breaks ties.
    struct Key {
        std::uint64_t packed;
        std::uint32_t index;
        bool operator<(const Key& other) const {
            return packed != other.packed ? packed < other.packed : index < other.index;
        }
    };
    std::vector<Key> keys;
    keys.reserve(tasks_.size());
    std::vector<char> left_out(left_out_.empty() ? 0 : tasks_.size(), 0);
    for (std::size_t i : left_out_) left_out[i] = 1;
    for (std::size_t i = 0; i < tasks_.size(); ++i) {
        if (!left_out.empty() && left_out[i] != 0) continue;
        const Task& t = tasks_[i];
        const auto day = static_cast<std::uint64_t>(
            static_cast<std::int64_t>(t.date.value_or(Day{}).time_since_epoch().count()) +
            (std::int64_t{1} << 31));
        const std::uint64_t packed = (std::uint64_t{!t.date.has_value()} << 63) | (day << 31) |
                                     (static_cast<std::uint64_t>(t.kind) << 27) |
                                     static_cast<std::uint64_t>(client_rank[i]);
        keys.push_back(Key{packed, static_cast<std::uint32_t>(i)});
    }
    // The ranks were the last use of the per-client bookkeeping: it goes before the sort's
    // own vectors grow, as this is the plan's peak of memory.
    client_rank = {};
    client_tasks_ = {};
    priority_order_ = {};
    std::sort(keys.begin(), keys.end());
    std::vector<std::uint32_t> order;
    order.reserve(tasks_.size());
    for (const Key& key : keys) order.push_back(key.index);
    keys = {};
    // What is not in the plan goes last, to be cut off.
    for (std::size_t i = 0; i < left_out.size(); ++i) {
        if (left_out[i] != 0) order.push_back(static_cast<std::uint32_t>(i));
    }
    apply_order(tasks_, order);
    tasks_.resize(tasks_.size() - left_out_.size());
}

Plan Scheduler::run() {
    create_tasks();
    apply_done();
    place_planning_tasks();
    place_after_consult();
    place_events();
    place_farewell();
    place_clients();
    place_share_handover();
    place_final_check();
    place_weekly_reviews();
    check_notice_period();
    check_support_period();
    check_clients();
    check_successors();
    check_business_closures();
    build_load();

    Plan plan;
    plan.pool = pool_;
    plan.today = in_.today;
    plan.last_day = in_.last_day;
    plan.end_date = in_.end_date;
    plan.support_until = in_.support_until;
    plan.disclose_from = in_.disclose_from;
    plan.takeover_day = takeover_day(in_);
    plan.me = in_.me;
    plan.manager = in_.manager;
    plan.successor = in_.successor;
    plan.jurisdiction = in_.jurisdiction;
    plan.northern_ireland = northern_ireland(in_);
    plan.currency = in_.currency;
    plan.locale = in_.locale;
    plan.high_value = in_.policy.high_value;
    plan.notice_days = in_.policy.notice_days;
    plan.intro_buffer_days = policy_.intro_buffer_days;
    if (windows_scaled(in_.policy, policy_)) plan.notice_available_days = notice_available_;
    plan.intro_gap_days = in_.policy.intro_gap_days;
    plan.notify_window_start = window_start_;
    plan.notify_window_end = window_end_;
    plan.intro_deadline = intro_deadline_;
    build_client_plans(plan);
    build_successor_dates(plan);
    build_day_notes(plan);
    sort_tasks();
    plan.tasks = std::move(tasks_);
    plan.load = std::move(load_);
    merge_warnings(warnings_, warning_clients_, *pool_);  // rule 10: one per cause
    // Warnings: errors first, then by the order they were raised (which follows the plan).
    // Three severities: one stable pass per severity instead of a sort.
    std::vector<std::uint32_t> order;
    order.reserve(warnings_.size());
    for (Severity severity : {Severity::error, Severity::warning, Severity::info}) {
        for (std::uint32_t i = 0; i < warnings_.size(); ++i) {
            if (warnings_[i].severity == severity) order.push_back(i);
        }
    }
    apply_order(warnings_, order);
    plan.warnings = std::move(warnings_);
    plan.warning_clients = std::move(warning_clients_);
    if (in_.today > in_.last_day) close_after_last_day(plan);
    return plan;
}

/// After the last day nothing new is planned: what was not done stays undated with one
/// reason, and one error says so in place of the warnings of a plan that can no longer be
/// carried out (those would each ask for something no longer possible). Done tasks keep
/// their dates, so `plan`, `next`, `check` and `diff` still show what was done and what not.
void Scheduler::close_after_last_day(Plan& plan) const {
    int open = 0;
    for (Task& t : plan.tasks) {
        if (t.status == TaskStatus::done) continue;
        ++open;
        t.date.reset();
        t.status = TaskStatus::unscheduled;
        t.rule = Rule::no_room;
        t.reason = Reason::last_day_passed;
        t.reason_adds = 0;
    }
    Warning passed;
    passed.code = WarningCode::last_day_passed;
    passed.severity = open > 0 ? Severity::error : Severity::info;
    passed.number = open;
    passed.first = in_.last_day;
    plan.warnings = {passed};
    plan.warning_clients.clear();
    plan.load.clear();
}

}  // namespace

Plan build_plan(const Input& input) {
    Plan plan = Scheduler(input).run();
    add_fit_advice(input, plan, [](const Input& changed) { return Scheduler(changed).run(); });
    return plan;
}

}  // namespace handover
