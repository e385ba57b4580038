#include "handover/engine/task_graph.hpp"

#include <map>
#include <string>
#include <vector>

#include "handover/engine/rules.hpp"
#include "handover/engine/task_ids.hpp"

namespace handover {

namespace {

/// Numbers the nodes as they are visited and hands each to the visitor.
class Visiting {
  public:
    explicit Visiting(const std::function<void(const TaskNode&)>& visit) : visit_(visit) {}

    std::uint32_t operator()(TaskNode node) {
        node.ordinal = next_++;
        visit_(node);
        return node.ordinal;
    }

  private:
    const std::function<void(const TaskNode&)>& visit_;
    std::uint32_t next_ = 0;
};

TaskNode node(std::string_view id, std::string_view kind, int step,
              std::span<const std::uint32_t> prerequisites = {}) {
    TaskNode n;
    n.id = id;
    n.kind = kind;
    n.step = step;
    n.prerequisites = prerequisites;
    return n;
}

TaskNode client_node(const std::string& id, std::string_view kind, int step, const Client& client,
                     std::span<const std::uint32_t> prerequisites) {
    TaskNode n = node(id, kind, step, prerequisites);
    n.client = &client;
    return n;
}

/// Rule 8, step 5: the client's own events that the successor joins, each a fact on its
/// date, after the talk with the manager (nobody is sent along before the manager knows).
/// An event after today and by the last day is planned when the client has much to carry
/// over (successor_joins_events()); whether it comes after the talk with the manager is the
/// scheduler's to say, as that talk may not have a date yet. An event of today or earlier is
/// history, in the plan only when recorded as done, whatever the client is now (a stage
/// changed after the signing must not make a recorded entry unknown). Events of one day
/// are numbered in input order (`-2` for the second).
void add_events(const Input& input, const Client& client, std::span<const std::uint32_t> consult,
                Visiting& add) {
    if (client.next_events.empty()) return;
    const bool joins = successor_joins_events(client, input.policy);
    std::map<Day, int> per_day;
    for (const Event& event : client.next_events) {
        const int nth = ++per_day[event.date];
        if (event.date > input.last_day) continue;
        const bool past = event.date <= input.today;
        if (!past && !joins) continue;
        const std::string id = task_id::event(client.id, event.date, nth);
        TaskNode n = client_node(id, task_id::event_kind, 5, client, consult);
        n.event = &event;
        if (past) n.presence = TaskPresence::if_done;
        add(n);
    }
}

TaskNode weekly_review_node(const std::string& id, Day monday, TaskPresence presence) {
    TaskNode n = node(id, task_id::weekly_review_kind, 6);
    n.week = monday;
    n.presence = presence;
    return n;
}

}  // namespace

void for_each_task(const Input& input, const std::function<void(const TaskNode&)>& visit) {
    Visiting add(visit);
    // Step 1 comes first; both decisions need the talk with the manager.
    const std::uint32_t consult[] = {
        add(node(task_id::consult_manager, task_id::consult_manager, 1))};
    // Rule 11: the resignation letter is handed in once the last day is agreed, and the
    // support after the handover (when the user offers any) is agreed with the manager.
    add(node(task_id::resignation_letter, task_id::resignation_letter, 1, consult));
    if (input.support_until) {
        add(node(task_id::support_agreement, task_id::support_agreement, 4, consult));
    }
    const std::uint32_t planning[] = {
        consult[0], add(node(task_id::decide_timing, task_id::decide_timing, 2, consult)),
        add(node(task_id::decide_method, task_id::decide_method, 3, consult))};

    // Per client (SPEC section 3, rules 3 and 5): the document, then the briefing that walks
    // the successor through it, before the first contact where the successor is present. A
    // joint visit is the announcement with the successor (`notify`, which then waits for the
    // briefing); otherwise the introduction follows the announcement. A change-averse
    // client also gets a follow-up after meeting the successor.
    std::vector<std::uint32_t> docs;
    docs.reserve(input.clients.size());
    for (const Client& client : input.clients) {
        // With `policy.prepare_before_notice` the document is private preparation that may
        // come before the talk with the manager (rule 4); the briefing never does.
        const std::span<const std::uint32_t> doc_after =
            input.policy.prepare_before_notice ? std::span<const std::uint32_t>() : consult;
        const std::uint32_t doc[] = {
            add(client_node(task_id::for_client(client.id, task_id::handover_doc),
                            task_id::handover_doc, 4, client, doc_after))};
        docs.push_back(doc[0]);
        const std::uint32_t brief_after[] = {consult[0], doc[0]};
        const std::uint32_t brief = add(client_node(task_id::for_client(client.id, task_id::brief),
                                                    task_id::brief, 4, client, brief_after));
        std::uint32_t met = 0;  // the contact where the client meets the successor
        if (visit_mode(input, client) == VisitMode::joint) {
            const std::uint32_t joint_after[] = {planning[0], planning[1], planning[2], brief};
            met = add(client_node(task_id::for_client(client.id, task_id::notify), task_id::notify,
                                  3, client, joint_after));
        } else {
            const std::uint32_t notify =
                add(client_node(task_id::for_client(client.id, task_id::notify), task_id::notify, 3,
                                client, planning));
            const std::uint32_t own[] = {notify, brief};
            met = add(client_node(task_id::for_client(client.id, task_id::introduce),
                                  task_id::introduce, 5, client, own));
        }
        if (client.change_averse) {
            const std::uint32_t after_met[] = {met};
            add(client_node(task_id::for_client(client.id, task_id::follow_up), task_id::follow_up,
                            5, client, after_met));
        }
        // Rule 3 holds at the client's own events too: the briefing comes first.
        const std::uint32_t event_after[] = {consult[0], brief};
        add_events(input, client, event_after, add);
    }
    const std::uint32_t shared[] = {
        add(node(task_id::share_handover, task_id::share_handover, 4, docs))};
    // Rule 11: the last look at the handover with the successor comes after it is shared;
    // the farewell messages on the last day need only the manager to know.
    add(node(task_id::final_check, task_id::final_check, 4, shared));
    add(node(task_id::farewell, task_id::farewell, 4, consult));

    // Step 6: interviews are facts from the input; one already past is history, in the
    // plan only when it was recorded as done.
    std::map<Day, int> per_day;
    for (const Interview& interview : input.job_search.interviews) {
        const std::string id = task_id::interview(interview.date, ++per_day[interview.date]);
        TaskNode n = node(id, task_id::interview_kind, 6);
        n.interview = &interview;
        if (interview.date < input.today) n.presence = TaskPresence::if_done;
        add(n);
    }
    const Day this_week = iso_week_monday(input.today);
    if (input.job_search.weekly_review) {
        for (Day monday = this_week; monday <= input.last_day; monday += date::days{7}) {
            add(weekly_review_node(task_id::weekly_review(monday), monday, TaskPresence::planned));
        }
    }
    // Weekly reviews recorded as done for weeks before today's stay in the plan as history.
    for (const auto& entry : input.done) {
        const auto monday = task_id::weekly_review_monday(entry.first);
        if (!monday || *monday >= this_week) continue;
        add(weekly_review_node(entry.first, *monday, TaskPresence::recorded_only));
    }
}

}  // namespace handover
