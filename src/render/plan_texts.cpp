#include "handover/render/plan_texts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "handover/base/money.hpp"
#include "handover/engine/fit.hpp"
#include "handover/engine/rules.hpp"
#include "handover/engine/task_ids.hpp"
#include "handover/engine/warning_merge.hpp"
#include "handover/render/labels.hpp"

namespace handover {
namespace {

const ClientPlan* client_at(const Plan& plan, std::uint32_t at) {
    return at < plan.clients.size() ? &plan.clients[at] : nullptr;
}

std::string_view client_name(const Plan& plan, std::uint32_t at) {
    const ClientPlan* client = client_at(plan, at);
    return client != nullptr ? std::string_view(client->name) : std::string_view();
}

std::string_view manager_name(Lang lang, const Plan& plan) {
    return plan.manager.empty() ? tr(lang, "plan.your_manager") : std::string_view(plan.manager);
}

/// Days as people write them. A large plan names the same few hundred days in every reason
/// and talking point, so each is formatted once per language and kept, by the thread. The
/// texts handed out stay put while one sentence is made; between sentences (new_sentence())
/// the cache is emptied once it holds more days than a plan names.
std::unordered_map<std::int64_t, std::string>& date_texts() {
    thread_local std::unordered_map<std::int64_t, std::string> texts;
    return texts;
}

void new_sentence() {
    if (date_texts().size() >= 4096) date_texts().clear();
}

const std::string& date_text(Lang lang, Day day) {
    const std::int64_t key =
        static_cast<std::int64_t>(day.time_since_epoch().count()) * 2 + (lang == Lang::ja ? 1 : 0);
    auto& texts = date_texts();
    auto found = texts.find(key);
    if (found != texts.end()) return found->second;
    return texts.emplace(key, format_date_long(lang, day)).first->second;
}

/// The notification window from `start` to `end`. A window that closed before it could
/// open (late disclosure, a late start) is named by its end only ("from the 25th to the
/// 20th" would read as a mistake), and one that ended before today by today.
std::string window_text(Lang lang, const Plan& plan, Day start, Day end) {
    if (end < plan.today) {
        return trf(lang, "plan.window_before_today",
                   fmt::arg("today", date_text(lang, plan.today)));
    }
    if (end < start) return trf(lang, "plan.window_ended", fmt::arg("end", date_text(lang, end)));
    return trf(lang, "plan.window", fmt::arg("start", date_text(lang, start)),
               fmt::arg("end", date_text(lang, end)));
}

std::string missing_text(Lang lang, int bits) {
    std::string out;
    const auto add = [&](int bit, std::string_view text) {
        if ((bits & bit) == 0) return;
        if (!out.empty()) out += tr(lang, "plan.list_separator");
        out += text;
    };
    add(missing::contact, tr(lang, "plan.missing.contact"));
    add(missing::history, tr(lang, "plan.missing.history"));
    add(missing::events, tr(lang, "plan.missing.events"));
    return out;
}

/// The first clients a sentence names before "and N more": the JSON `clients` list them all.
constexpr std::size_t k_named_clients = 10;

/// The clients of a warning about several, by name. The list follows the plan's order of
/// clients, so one walk through the plan's clients finds every name (an id it does not find,
/// in a plan read back, is named by itself).
std::string client_names(Lang lang, const Plan& plan, const Warning& w) {
    std::string list;
    std::size_t next = 0;
    const TextList ids = plan.clients_of(w);
    std::size_t named = 0;
    for (const Text& id : ids) {
        if (named == k_named_clients) break;
        if (!list.empty()) list += tr(lang, "plan.list_separator");
        ++named;
        std::size_t at = next;
        while (at < plan.clients.size() && std::string_view(plan.clients[at].id) != id) ++at;
        if (at == plan.clients.size()) {  // a list in another order (PLAN_DOES_NOT_FIT's)
            at = 0;
            while (at < next && std::string_view(plan.clients[at].id) != id) ++at;
            if (at == next) at = plan.clients.size();
        }
        if (at < plan.clients.size() && !plan.clients[at].name.empty()) {
            list += plan.clients[at].name;
            next = at + 1;
        } else {
            list += id;
        }
    }
    if (ids.size() > named) {
        return trf(lang, "plan.clients_more", fmt::arg("clients", list),
                   fmt::arg("count", ids.size() - named));
    }
    return list;
}

std::string_view kind_noun(Lang lang, TaskKind kind) {
    switch (kind) {
        case TaskKind::handover_doc:
            return tr(lang, "plan.kind.handover_doc");
        case TaskKind::brief:
            return tr(lang, "plan.kind.brief");
        case TaskKind::notify:
            return tr(lang, "plan.kind.notify");
        case TaskKind::introduce:
            return tr(lang, "plan.kind.introduce");
        case TaskKind::follow_up:
            return tr(lang, "plan.kind.follow_up");
        case TaskKind::event:
            return tr(lang, "plan.kind.event");
        default:
            return tr(lang, "plan.kind.other");
    }
}

/// A window or target that leaves no day from tomorrow on: no advice may ask to act before
/// it (what is to happen after the talk with the manager cannot happen today either).
bool is_past(const Plan& plan, Day day) {
    return day <= plan.today;
}

/// A warning about several clients (rule 10), worded with their count and names.
std::string several_message(Lang lang, const Plan& plan, const Warning& w) {
    const std::string names = client_names(lang, plan, w);
    const std::size_t count = plan.clients_of(w).size();
    const auto clients = fmt::arg("clients", names);
    const auto n = fmt::arg("count", count);
    switch (w.code) {
        case WarningCode::over_capacity:
            return trf(lang, "plan.warn.no_room_task_many", n, clients,
                       fmt::arg("kind", kind_noun(lang, static_cast<TaskKind>(w.number))));
        case WarningCode::no_time_to_notify:
            return trf(lang, "plan.warn.no_time_to_notify_many", n, clients);
        case WarningCode::notify_late: {
            const bool past = is_past(plan, w.second) || w.second < w.first;
            return trf(lang,
                       past ? "plan.warn.notify_late_past_many" : "plan.warn.notify_late_many", n,
                       clients, fmt::arg("date", date_text(lang, w.third)),
                       fmt::arg("window", window_text(lang, plan, w.first, w.second)));
        }
        case WarningCode::no_time_for_intro:
            if (w.form == WarningForm::without_notify)
                return trf(lang, "plan.warn.no_intro_without_notify_many", n, clients);
            if (w.form == WarningForm::unbriefed)
                return trf(lang, "plan.warn.intro_unbriefed_many", n, clients);
            if (w.form == WarningForm::late) {
                const bool past = is_past(plan, w.first);
                return trf(lang,
                           past ? "plan.warn.intro_late_past_many" : "plan.warn.intro_late_many", n,
                           clients, fmt::arg("date", date_text(lang, w.second)),
                           fmt::arg("deadline", date_text(lang, w.first)));
            }
            return trf(lang, "plan.warn.no_time_for_intro_many", n, clients,
                       fmt::arg("deadline", date_text(lang, w.first)));
        case WarningCode::method_too_weak:
            return trf(lang, "plan.warn.method_too_weak_many", n, clients);
        case WarningCode::close_date_passed:
            return trf(lang, "plan.warn.close_date_passed_many", n, clients);
        case WarningCode::incomplete_handover:
            return trf(lang, "plan.warn.incomplete_many", n, clients,
                       fmt::arg("missing", missing_text(lang, w.number)));
        case WarningCode::deal_closes_late:
            return trf(lang, "plan.warn.deal_closes_late_many", n, clients);
        case WarningCode::deal_after_departure:
            return trf(lang, "plan.warn.deal_after_departure_many", n, clients);
        default:
            return std::string();
    }
}

std::string hours_text(double hours) {
    return fmt::format("{:g}", hours);
}

/// PLAN_DOES_NOT_FIT: each change found that alone would make the plan fit.
std::string fit_message(Lang lang, const Plan& plan, const Warning& w) {
    std::string options;
    const auto add = [&](std::string option) {
        if (!options.empty()) options += tr(lang, "plan.fit.separator");
        options += option;
    };
    if (plan.fit) {
        const FitAdvice& fit = *plan.fit;
        if (fit.last_day) {
            add(trf(lang, "plan.fit.last_day", fmt::arg("date", date_text(lang, *fit.last_day)),
                    fmt::arg("days", fit.extra_days)));
        }
        if (fit.hours_per_day) {
            add(trf(lang, "plan.fit.hours", fmt::arg("hours", hours_text(*fit.hours_per_day)),
                    fmt::arg("now", hours_text(fit.hours_now))));
        }
        if (fit.clients > 0) {
            add(trf(lang, fit.by_email ? "plan.fit.email" : "plan.fit.manager",
                    fmt::arg("count", fit.clients),
                    fmt::arg("clients", client_names(lang, plan, w))));
        }
    }
    if (options.empty()) {
        return trf(lang, "plan.warn.does_not_fit_none", fmt::arg("days", k_fit_max_extra_days),
                   fmt::arg("hours", hours_text(k_fit_max_hours)));
    }
    return trf(lang, "plan.warn.does_not_fit", fmt::arg("options", options));
}

}  // namespace

std::string method_reason(Lang lang, const Plan& plan, const ClientPlan& client) {
    if (client.method_reason == MethodReason::high_value && plan.high_value > 0) {
        return trf(lang, "plan.method_reason.high_value_amount",
                   fmt::arg("value", format_amount(lang, plan.currency, client.value)),
                   fmt::arg("threshold", format_amount(lang, plan.currency, plan.high_value)));
    }
    return std::string(label(lang, client.method_reason));
}

std::string_view day_note_text(Lang lang, const DayNote& note) {
    const std::string& name = lang == Lang::ja ? note.name_ja : note.name;
    switch (note.kind) {
        case DayNote::Kind::day_off:
            return {};
        case DayNote::Kind::holiday:
            return name.empty() ? tr(lang, "plan.day.holiday") : std::string_view(name);
        case DayNote::Kind::blocked:
            return name.empty() ? tr(lang, "plan.day.blocked") : std::string_view(name);
    }
    return {};
}

std::string_view successor_name(Lang lang, const Plan& plan, std::uint32_t at) {
    const ClientPlan* client = client_at(plan, at);
    if (client != nullptr && !client->successor.empty()) return client->successor;
    if (client == nullptr && !plan.successor.empty()) return plan.successor;
    return tr(lang, "plan.the_successor");
}

namespace {

/// Whether the client at `at` (or the plan, for k_no_client) has a successor by name.
bool successor_named(const Plan& plan, std::uint32_t at) {
    const ClientPlan* client = client_at(plan, at);
    if (client != nullptr) return !client->successor.empty();
    return !plan.successor.empty();
}

}  // namespace

std::string task_title(Lang lang, const Plan& plan, const Task& task) {
    if (plan.worded) return task.subject.str();
    const std::string_view client = client_name(plan, task.client_at);
    switch (task.kind) {
        case TaskKind::consult_manager:
            return trf(lang, "plan.title.consult", fmt::arg("manager", manager_name(lang, plan)));
        case TaskKind::decide_timing:
            return std::string(tr(lang, "plan.title.decide_timing"));
        case TaskKind::decide_method:
            return std::string(tr(lang, "plan.title.decide_method"));
        case TaskKind::interview:
            if (task.subject.empty()) return std::string(tr(lang, "plan.title.interview_unnamed"));
            return trf(lang, "plan.title.interview", fmt::arg("company", task.subject));
        case TaskKind::handover_doc:
            return trf(lang, "plan.title.handover_doc", fmt::arg("client", client));
        case TaskKind::brief:
            return trf(lang, "plan.title.brief", fmt::arg("client", client),
                       fmt::arg("successor", successor_name(lang, plan, task.client_at)));
        case TaskKind::notify:
            if ((task.with & with_people::successor) != 0) {
                if (!successor_named(plan, task.client_at))
                    return trf(lang, "plan.title.notify_joint_unnamed", fmt::arg("client", client));
                return trf(lang, "plan.title.notify_joint", fmt::arg("client", client),
                           fmt::arg("successor", successor_name(lang, plan, task.client_at)));
            }
            return trf(lang, "plan.title.notify", fmt::arg("client", client));
        case TaskKind::event:
            return trf(lang, "plan.title.event", fmt::arg("client", client),
                       fmt::arg("what", task.subject),
                       fmt::arg("successor", successor_name(lang, plan, task.client_at)));
        case TaskKind::introduce:
            if (!successor_named(plan, task.client_at))
                return trf(lang, "plan.title.introduce_unnamed", fmt::arg("client", client));
            return trf(lang, "plan.title.introduce", fmt::arg("client", client),
                       fmt::arg("successor", successor_name(lang, plan, task.client_at)));
        case TaskKind::follow_up:
            return trf(lang, "plan.title.follow_up", fmt::arg("client", client),
                       fmt::arg("successor", successor_name(lang, plan, task.client_at)));
        case TaskKind::share_handover:
            return trf(lang, "plan.title.share",
                       fmt::arg("successor", successor_name(lang, plan, k_no_client)),
                       fmt::arg("manager", manager_name(lang, plan)));
        case TaskKind::weekly_review:
            return std::string(tr(lang, "plan.title.weekly_review"));
        case TaskKind::resignation_letter:
            return trf(lang, "plan.title.resignation_letter",
                       fmt::arg("manager", manager_name(lang, plan)));
        case TaskKind::support_agreement:
            return trf(lang, "plan.title.support_agreement",
                       fmt::arg("manager", manager_name(lang, plan)),
                       fmt::arg("successor", successor_name(lang, plan, k_no_client)),
                       fmt::arg("date", plan.support_until
                                            ? std::string_view(date_text(lang, *plan.support_until))
                                            : std::string_view()));
        case TaskKind::final_check:
            return trf(lang, "plan.title.final_check",
                       fmt::arg("successor", successor_name(lang, plan, k_no_client)));
        case TaskKind::farewell:
            return std::string(tr(lang, "plan.title.farewell"));
    }
    return task.id.str();
}

namespace {
std::string task_why_of(Lang lang, const Plan& plan, const Task& task);
}  // namespace

std::string task_why(Lang lang, const Plan& plan, const Task& task) {
    if (plan.worded) return task.note.str();
    std::string why = task_why_of(lang, plan, task);
    // A short notice shrank the default windows: the announcement says why its window is
    // short (docs/scheduling.md, "Windows for a short notice").
    if (plan.notice_available_days > 0 && task.kind == TaskKind::notify && !why.empty()) {
        why += trf(lang, "plan.why.window_shortened_suffix",
                   fmt::arg("days", plan.notice_available_days));
    }
    return why;
}

namespace {
std::string task_why_of(Lang lang, const Plan& plan, const Task& task) {
    new_sentence();
    const ClientPlan* client = client_at(plan, task.client_at);
    const auto close = [&] {
        return client != nullptr && client->expected_close
                   ? std::string_view(date_text(lang, *client->expected_close))
                   : std::string_view();
    };
    const auto window = [&] {
        return window_text(lang, plan, plan.notify_window_start, plan.notify_window_end);
    };
    const int rank = client != nullptr ? client->priority : 0;
    const std::size_t count = plan.clients.size();
    const std::string_view deadline = date_text(lang, plan.intro_deadline);
    std::string why;
    switch (task.reason) {
        case Reason::none:
            return std::string();
        case Reason::interview:
            return std::string(tr(lang, "plan.why.interview"));
        case Reason::event: {
            // Whether the client has heard the news by the event: a notification the same
            // day comes first (a day's tasks run in kind order).
            const std::string_view successor = successor_name(lang, plan, task.client_at);
            const std::string_view name = client_name(plan, task.client_at);
            const std::optional<Day> told = client != nullptr ? client->notify_date : std::nullopt;
            if (told && task.date && *told <= *task.date) {
                return trf(lang, "plan.why.event", fmt::arg("successor", successor));
            }
            if (told) {
                return trf(lang, "plan.why.event_before_news", fmt::arg("successor", successor),
                           fmt::arg("client", name), fmt::arg("date", date_text(lang, *told)));
            }
            return trf(lang, "plan.why.event_not_told", fmt::arg("successor", successor),
                       fmt::arg("client", name));
        }
        case Reason::done:
            return task.date
                       ? trf(lang, "plan.why.done", fmt::arg("date", date_text(lang, *task.date)))
                       : std::string();
        case Reason::done_implied:
            return trf(lang, "plan.why.done_implied", fmt::arg("task", task.note));
        case Reason::consult:
            return std::string(tr(lang, "plan.why.consult"));
        case Reason::consult_notice:
            // Without the private preparation before it, which the others are not told of.
            return trf(
                lang,
                plan.for_others ? "plan.why.consult_notice_shared" : "plan.why.consult_notice",
                fmt::arg("days", plan.notice_days),
                fmt::arg("date", date_text(lang, plan.last_day)));
        case Reason::decide:
            return std::string(tr(lang, "plan.why.decide"));
        case Reason::waits:
            return trf(lang, "plan.why.waits", fmt::arg("task", task.note));
        case Reason::no_room:
            return std::string(tr(lang, "plan.why.no_room"));
        case Reason::notify_no_room:
            return trf(lang, "plan.why.notify_no_room", fmt::arg("window", window()));
        case Reason::notify_window:
            why = trf(lang, "plan.why.window", fmt::arg("window", window()), fmt::arg("rank", rank),
                      fmt::arg("count", count));
            break;
        case Reason::notify_closed_before:
            why =
                trf(lang, "plan.why.closed_before", fmt::arg("close", close()),
                    fmt::arg("window", window()), fmt::arg("rank", rank), fmt::arg("count", count));
            break;
        case Reason::notify_after_close:
            why = trf(lang, "plan.why.after_close", fmt::arg("close", close()));
            break;
        case Reason::notify_closes_late:
            why = trf(lang, "plan.why.closes_late", fmt::arg("close", close()),
                      fmt::arg("window", window()));
            break;
        case Reason::notify_after_departure:
            why = trf(lang, "plan.why.after_departure", fmt::arg("close", close()),
                      fmt::arg("successor", successor_name(lang, plan, task.client_at)));
            break;
        case Reason::notify_short_notice:
            return trf(lang, "plan.why.notify_short_notice", fmt::arg("window", window()));
        case Reason::notify_late:
            return trf(lang, "plan.why.notify_late", fmt::arg("window", window()));
        case Reason::doc_record:
            return std::string(tr(lang, "plan.why.doc_record"));
        case Reason::doc:
            return trf(lang, "plan.why.doc", fmt::arg("rank", rank), fmt::arg("count", count));
        case Reason::doc_prepared:
            // The manager and the successor are not told that it was prepared before the talk.
            if (plan.for_others) {
                return trf(lang, "plan.why.doc_shared", fmt::arg("rank", rank),
                           fmt::arg("count", count));
            }
            // Outside Japan the reason is that access may end the day you resign.
            return std::string(tr(lang, plan.jurisdiction == Jurisdiction::JP
                                            ? "plan.why.doc_prepared"
                                            : "plan.why.doc_prepared_access"));
        case Reason::brief: {
            const ClientPlan* cp = client;
            const std::optional<Day> met = cp != nullptr ? cp->introduce_date : std::nullopt;
            if (!met) return std::string(tr(lang, "plan.why.brief_undated"));
            return trf(lang, "plan.why.brief", fmt::arg("date", date_text(lang, *met)));
        }
        case Reason::intro_no_room:
            return trf(lang, "plan.why.intro_no_room", fmt::arg("deadline", deadline));
        case Reason::intro:
            why = trf(lang, "plan.why.intro", fmt::arg("gap", plan.intro_gap_days),
                      fmt::arg("deadline", deadline));
            break;
        case Reason::intro_short_gap:
            return trf(lang, "plan.why.intro_short_gap", fmt::arg("gap", plan.intro_gap_days),
                       fmt::arg("deadline", deadline));
        case Reason::intro_after_close:
            return std::string(tr(lang, "plan.why.intro_after_close"));
        case Reason::intro_next_day:
            return trf(lang, "plan.why.intro_next_day", fmt::arg("deadline", deadline));
        case Reason::intro_late:
            return trf(lang, "plan.why.intro_late", fmt::arg("deadline", deadline));
        case Reason::follow_up:
            return trf(lang, "plan.why.follow_up", fmt::arg("days", k_follow_up_gap_days));
        case Reason::share:
            return std::string(tr(lang, "plan.why.share"));
        case Reason::weekly_review:
            return std::string(tr(lang, "plan.why.weekly_review"));
        case Reason::review_no_workday:
            return std::string(tr(lang, "plan.why.review_no_workday"));
        case Reason::last_day_passed:
            return std::string(tr(lang, "plan.why.last_day_passed"));
        case Reason::letter:
            // Outside Japan there is no 退職届 form: a letter (or email) to the manager.
            return std::string(tr(lang, plan.jurisdiction == Jurisdiction::JP
                                            ? "plan.why.letter"
                                            : "plan.why.letter_western"));
        case Reason::letter_notice:
            return std::string(tr(lang, "plan.why.letter_notice"));
        case Reason::support:
            return std::string(tr(lang, "plan.why.support"));
        case Reason::support_late:
            return std::string(tr(lang, "plan.why.support_late"));
        case Reason::final_check:
            return std::string(tr(lang, "plan.why.final_check"));
        case Reason::final_check_early:
            return std::string(tr(lang, "plan.why.final_check_early"));
        case Reason::farewell:
            return std::string(tr(lang, "plan.why.farewell"));
        case Reason::farewell_early:
            return std::string(tr(lang, "plan.why.farewell_early"));
    }
    if ((task.reason_adds & reason_adds::disclosed) != 0 && plan.disclose_from) {
        why += trf(lang, "plan.why.disclose_suffix",
                   fmt::arg("date", date_text(lang, *plan.disclose_from)));
    }
    if ((task.reason_adds & reason_adds::moved) != 0) {
        why +=
            trf(lang, "plan.why.moved_suffix", fmt::arg("date", date_text(lang, task.moved_from)));
    }
    return why;
}
}  // namespace

std::string_view first_word(std::string_view name) {
    const std::size_t cut = std::min(name.find(' '), name.find("\u3000"));
    return cut == 0 || cut == std::string_view::npos ? name : name.substr(0, cut);
}

std::string short_name(Lang lang, std::string_view name) {
    const bool latin = std::all_of(name.begin(), name.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (lang == Lang::ja && latin) {
        const std::size_t space = name.rfind(' ');
        return std::string(space == std::string_view::npos ? name : name.substr(space + 1));
    }
    return std::string(first_word(name));
}

Standing standing(const ClientPlan& client, std::optional<Day> told) {
    switch (client.stage) {
        case Stage::prospect:
        case Stage::proposal:
            return Standing::new_client;
        case Stage::negotiation:
        case Stage::closing:
            if (client.expected_close && told && *client.expected_close < *told)
                return Standing::signed_contract;
            return Standing::open_deal;
        case Stage::renewal:
            // A renewal signed before the client hears it is a contract the successor looks
            // after; one still to sign is a customer's renewal the successor takes through.
            if (client.expected_close && told && *client.expected_close < *told)
                return Standing::signed_contract;
            return Standing::customer;
        case Stage::active:
        case Stage::dormant:
            return Standing::customer;
    }
    return Standing::customer;
}

namespace {

/// What the briefing walks the successor through (rule 3): the handover document, the
/// handover notes, who signs, the open deal and the coming events.
std::vector<std::string> brief_points(Lang lang, const Plan& plan, const Task& task,
                                      const ClientPlan& client) {
    new_sentence();
    std::vector<std::string> points;
    const std::string_view successor = successor_name(lang, plan, task.client_at);
    const std::string_view name = client.name;
    points.push_back(trf(lang, "plan.talk.brief.document", fmt::arg("successor", successor),
                         fmt::arg("client", name)));
    points.push_back(client.has_handover_notes ? std::string(tr(lang, "plan.talk.brief.notes"))
                                               : std::string(tr(lang, "plan.talk.brief.no_notes")));
    points.push_back(client.decision_maker.empty()
                         ? trf(lang, "plan.talk.brief.no_decision_maker", fmt::arg("client", name))
                         : trf(lang, "plan.talk.brief.decision_maker",
                               fmt::arg("name", client.decision_maker.str())));
    if (is_open_deal(client.stage)) {
        points.push_back(client.expected_close
                             ? trf(lang, "plan.talk.brief.deal_dated",
                                   fmt::arg("date", date_text(lang, *client.expected_close)))
                             : std::string(tr(lang, "plan.talk.brief.deal")));
    }
    if (client.next_event) {
        points.push_back(trf(lang, "plan.talk.brief.events",
                             fmt::arg("date", date_text(lang, *client.next_event))));
    }
    return points;
}

/// Rule 11: the agenda of the talk with the manager, with the plan's own dates and names.
/// Each point is worded without a name or date the plan does not have.
std::vector<std::string> consult_points(Lang lang, const Plan& plan) {
    std::vector<std::string> points;
    const std::string_view last_day = date_text(lang, plan.last_day);
    const bool japan = plan.jurisdiction == Jurisdiction::JP;
    // Outside Japan notice is given, not proposed: the talk tells the manager the dates, and
    // the letter handed over with it is the written notice.
    if (!japan) {
        points.push_back(
            trf(lang, "plan.talk.consult.dates_notice", fmt::arg("last_day", last_day),
                fmt::arg("end", date_text(lang, plan.end_date.value_or(plan.last_day)))));
    } else if (plan.end_date && *plan.end_date != plan.last_day) {
        points.push_back(trf(lang, "plan.talk.consult.dates", fmt::arg("last_day", last_day),
                             fmt::arg("end", date_text(lang, *plan.end_date))));
    } else {
        points.push_back(trf(lang, "plan.talk.consult.dates_same", fmt::arg("last_day", last_day)));
    }
    switch (plan.jurisdiction) {
        case Jurisdiction::JP:
            points.emplace_back(tr(lang, "plan.talk.consult.rules"));
            break;
        case Jurisdiction::US:
            points.emplace_back(tr(lang, "plan.talk.consult.rules_us"));
            break;
        case Jurisdiction::GB:
            points.emplace_back(tr(lang, "plan.talk.consult.rules_gb"));
            break;
    }
    // The plan's dates of the letter, the first announcement and the first briefing: one
    // walk through the tasks.
    std::optional<Day> letter, first_notify, first_brief;
    const auto earliest = [](std::optional<Day>& seen, const Task& t) {
        if (t.date && (!seen || *t.date < *seen)) seen = t.date;
    };
    for (const Task& t : plan.tasks) {
        if (t.kind == TaskKind::resignation_letter) earliest(letter, t);
        if (t.kind == TaskKind::notify) earliest(first_notify, t);
        if (t.kind == TaskKind::brief) earliest(first_brief, t);
    }
    if (!japan) {
        points.emplace_back(tr(lang, "plan.talk.consult.letter_notice"));
    } else {
        points.push_back(letter ? trf(lang, "plan.talk.consult.letter",
                                      fmt::arg("date", date_text(lang, *letter)))
                                : std::string(tr(lang, "plan.talk.consult.letter_undated")));
    }
    if (plan.disclose_from) {
        points.push_back(trf(lang, "plan.talk.consult.disclose",
                             fmt::arg("date", date_text(lang, *plan.disclose_from))));
    } else if (first_notify) {
        points.push_back(trf(lang, "plan.talk.consult.disclose_first",
                             fmt::arg("date", date_text(lang, *first_notify))));
    } else {
        points.emplace_back(tr(lang, "plan.talk.consult.disclose_open"));
    }
    if (!plan.successor.empty()) {
        points.push_back(trf(lang, "plan.talk.consult.successor",
                             fmt::arg("successor", plan.successor),
                             fmt::arg("date", date_text(lang, plan.takeover_day))));
    } else if (first_brief) {
        points.push_back(trf(lang, "plan.talk.consult.successor_unnamed_by",
                             fmt::arg("date", date_text(lang, *first_brief))));
    } else {
        points.emplace_back(tr(lang, "plan.talk.consult.successor_unnamed"));
    }
    points.push_back(trf(lang, "plan.talk.consult.plan", fmt::arg("count", plan.clients.size())));
    if (plan.support_until) {
        points.push_back(trf(lang, "plan.talk.consult.support",
                             fmt::arg("date", date_text(lang, *plan.support_until))));
    }
    points.emplace_back(tr(lang, "plan.talk.consult.next_employer"));
    // Outside Japan the company may end the notice early (walked out, garden leave), often
    // announces the change itself, and the contract limits what may be said and taken.
    if (plan.jurisdiction == Jurisdiction::US) {
        points.emplace_back(tr(lang, "plan.talk.consult.work_notice_us"));
    } else if (plan.jurisdiction == Jurisdiction::GB) {
        points.push_back(
            trf(lang, "plan.talk.consult.garden_leave_gb", fmt::arg("last_day", last_day)));
    }
    if (plan.jurisdiction != Jurisdiction::JP) {
        points.emplace_back(tr(lang, "plan.talk.consult.announcement"));
        points.emplace_back(tr(lang, plan.jurisdiction == Jurisdiction::US
                                         ? "plan.talk.consult.restrictions_us"
                                         : "plan.talk.consult.restrictions_gb"));
        points.emplace_back(tr(lang, "plan.talk.consult.client_data"));
    }
    points.push_back(
        trf(lang, "plan.talk.consult.record", fmt::arg("manager", manager_name(lang, plan))));
    return points;
}

}  // namespace

std::vector<std::string> talking_points(Lang lang, const Plan& plan, const Task& task) {
    std::vector<std::string> points;
    // The agenda of the talk with the manager is the user's own (PTO, restrictions, whether
    // to work the notice): the manager's and the successor's views leave it out.
    if (plan.for_others && task.kind == TaskKind::consult_manager) return points;
    const ClientPlan* client = client_at(plan, task.client_at);
    if (plan.worded) {
        const auto written = plan.worded_points.find(std::string_view(task.id));
        if (written != plan.worded_points.end()) points = written->second;
        return points;
    }
    if (task.kind == TaskKind::brief && client != nullptr) {
        return brief_points(lang, plan, task, *client);
    }
    if (task.kind == TaskKind::consult_manager) {
        new_sentence();
        return consult_points(lang, plan);
    }
    if (task.kind != TaskKind::notify || client == nullptr) return points;
    new_sentence();
    const std::string_view successor = successor_name(lang, plan, task.client_at);
    const std::string_view last_day = date_text(lang, plan.last_day);
    const Day takeover_day =
        plan.takeover_day > plan.last_day ? plan.takeover_day : plan.last_day + date::days{1};
    const std::string_view takeover = date_text(lang, takeover_day);
    const Standing where = standing(*client, task.date);
    const Method method = task.method ? *task.method : client->method;
    // Thanks for what the client has given: the business, the contract just signed, or (a
    // client who has not bought) its time.
    const std::string_view thanks = where == Standing::customer          ? "plan.talk.thanks"
                                    : where == Standing::signed_contract ? "plan.talk.thanks_signed"
                                                                         : "plan.talk.thanks_new";
    points.emplace_back(tr(lang, thanks));
    points.push_back(trf(lang, "plan.talk.last_day", fmt::arg("date", last_day)));
    const bool named = !client->successor.empty();
    const auto by_method = [](Method m, std::string_view in_person, std::string_view video,
                              std::string_view phone, std::string_view email) {
        return m == Method::in_person ? in_person
               : m == Method::video   ? video
               : m == Method::phone   ? phone
                                      : email;
    };
    if (!named) {
        points.emplace_back(tr(lang, "plan.talk.successor_unnamed"));
    } else if ((task.with & with_people::successor) != 0) {
        const std::string_view here =
            by_method(method, "plan.talk.successor_here", "plan.talk.successor_video",
                      "plan.talk.successor_phone", "plan.talk.successor_cc");
        points.push_back(trf(lang, here, fmt::arg("successor", successor)));
    } else if (client->introduce_date) {
        // The joint visit is made the way the client is told (the engine's introduce task).
        const std::string_view intro = by_method(
            client->method, "plan.talk.successor_intro", "plan.talk.successor_intro_video",
            "plan.talk.successor_intro_phone", "plan.talk.successor_intro_email");
        points.push_back(trf(lang, intro, fmt::arg("successor", successor),
                             fmt::arg("date", date_text(lang, *client->introduce_date))));
    } else {
        points.push_back(trf(lang, "plan.talk.successor", fmt::arg("successor", successor)));
    }
    if (where == Standing::open_deal) {
        points.push_back(named ? trf(lang, "plan.talk.open_deal", fmt::arg("successor", successor))
                               : std::string(tr(lang, "plan.talk.open_deal_unnamed")));
    } else if (where == Standing::signed_contract) {
        points.push_back(named ? trf(lang, "plan.talk.signed", fmt::arg("successor", successor))
                               : std::string(tr(lang, "plan.talk.signed_unnamed")));
    }
    points.push_back(named ? trf(lang, "plan.talk.contact_until", fmt::arg("date", last_day),
                                 fmt::arg("takeover", takeover), fmt::arg("successor", successor))
                           : trf(lang, "plan.talk.contact_until_unnamed",
                                 fmt::arg("date", last_day), fmt::arg("takeover", takeover)));
    if (client->follow_up_date && named) {
        points.push_back(trf(lang, "plan.talk.follow_up", fmt::arg("successor", successor),
                             fmt::arg("date", date_text(lang, *client->follow_up_date))));
    }
    // The questions every client asks, and what never to do (the user's notes, not a script).
    points.emplace_back(tr(lang, "plan.talk.ask_where"));
    points.emplace_back(tr(lang, "plan.talk.ask_why"));
    points.emplace_back(tr(lang, "plan.talk.ask_changes"));
    points.emplace_back(tr(lang, "plan.talk.dont"));
    return points;
}

std::string warning_message(Lang lang, const Plan& plan, const Warning& w) {
    if (plan.worded) return w.worded.str();
    new_sentence();
    if (w.code == WarningCode::plan_does_not_fit) return fit_message(lang, plan, w);
    if (merges_by_client(w.code) && plan.clients_of(w).size() > 0) {
        return several_message(lang, plan, w);
    }
    const std::uint32_t one = w.several ? k_no_client : w.client_at;
    const std::string_view client = client_name(plan, one);
    const ClientPlan* cp = client_at(plan, one);
    const std::string_view close = cp != nullptr && cp->expected_close
                                       ? std::string_view(date_text(lang, *cp->expected_close))
                                       : std::string_view();
    switch (w.code) {
        case WarningCode::over_capacity:
            switch (w.form) {
                case WarningForm::consult:
                    return std::string(tr(lang, "plan.warn.no_room_consult"));
                case WarningForm::review:
                    return trf(lang, "plan.warn.no_room_review",
                               fmt::arg("week", task_id::week_of(w.task)));
                case WarningForm::main:
                case WarningForm::without_notify:
                case WarningForm::late:
                case WarningForm::policy:
                case WarningForm::year_end:
                case WarningForm::obon:
                case WarningForm::undated:
                case WarningForm::unbriefed:
                    break;
            }
            {
                Task task;
                task.id = w.task;
                task.kind = static_cast<TaskKind>(w.number);
                task.client_at = w.client_at;
                return trf(lang, "plan.warn.no_room_task",
                           fmt::arg("task", task_title(lang, plan, task)));
            }
        case WarningCode::no_time_to_notify:
            return trf(lang, "plan.warn.no_time_to_notify", fmt::arg("client", client));
        case WarningCode::notify_late: {
            const bool past = is_past(plan, w.second) || w.second < w.first;
            return trf(lang, past ? "plan.warn.notify_late_past" : "plan.warn.notify_late",
                       fmt::arg("client", client), fmt::arg("date", date_text(lang, w.third)),
                       fmt::arg("window", window_text(lang, plan, w.first, w.second)));
        }
        case WarningCode::no_time_for_intro:
            if (w.form == WarningForm::without_notify) {
                return trf(lang, "plan.warn.no_intro_without_notify", fmt::arg("client", client));
            }
            if (w.form == WarningForm::unbriefed)
                return trf(lang, "plan.warn.intro_unbriefed", fmt::arg("client", client));
            if (w.form == WarningForm::late) {
                const bool past = is_past(plan, w.first);
                return trf(lang, past ? "plan.warn.intro_late_past" : "plan.warn.intro_late",
                           fmt::arg("client", client), fmt::arg("date", date_text(lang, w.second)),
                           fmt::arg("deadline", date_text(lang, w.first)));
            }
            if (is_past(plan, w.first)) {
                return trf(lang, "plan.warn.no_time_for_intro_past", fmt::arg("client", client),
                           fmt::arg("deadline", date_text(lang, w.first)));
            }
            return trf(lang, "plan.warn.no_time_for_intro", fmt::arg("client", client),
                       fmt::arg("deadline", date_text(lang, w.first)));
        case WarningCode::notice_too_short: {
            const auto days = (w.second - w.first).count();
            // Each jurisdiction's own rule; no law is named outside its jurisdiction, and the
            // US (employment at will) has only the company's period (docs/jurisdictions.md).
            const bool legal = w.form != WarningForm::policy;
            std::string_view key = "plan.warn.notice_policy";
            switch (plan.jurisdiction) {
                case Jurisdiction::JP:
                    key = legal ? "plan.warn.notice_legal" : "plan.warn.notice_policy";
                    break;
                case Jurisdiction::US:
                    key = "plan.warn.notice_company";
                    break;
                case Jurisdiction::GB:
                    key = !legal                  ? "plan.warn.notice_contract"
                          : plan.northern_ireland ? "plan.warn.notice_statutory_ni"
                                                  : "plan.warn.notice_statutory_gb";
                    break;
            }
            return trf(lang, key, fmt::arg("days", days),
                       fmt::arg("told", date_text(lang, w.first)),
                       fmt::arg("end", date_text(lang, w.second)), fmt::arg("notice", w.number));
        }
        case WarningCode::no_successor: {
            const std::string list = w.several ? client_names(lang, plan, w) : std::string(client);
            const std::string_view key = w.form == WarningForm::undated ? "plan.warn.no_successor"
                                         : w.form == WarningForm::late
                                             ? "plan.warn.no_successor_passed"
                                             : "plan.warn.no_successor_by";
            return trf(lang, key, fmt::arg("clients", list),
                       fmt::arg("date", date_text(lang, w.first)),
                       fmt::arg("contact", date_text(lang, w.second)));
        }
        case WarningCode::method_too_weak:
            return trf(lang, "plan.warn.method_too_weak", fmt::arg("client", client),
                       fmt::arg("method", cp != nullptr ? label(lang, cp->method) : ""),
                       fmt::arg("wanted", label(lang, static_cast<Method>(w.number))));
        case WarningCode::close_date_passed:
            return trf(lang, "plan.warn.close_date_passed", fmt::arg("client", client),
                       fmt::arg("close", close));
        case WarningCode::incomplete_handover:
            return trf(lang, "plan.warn.incomplete", fmt::arg("client", client),
                       fmt::arg("missing", missing_text(lang, w.number)));
        case WarningCode::deal_closes_late:
            return trf(lang, "plan.warn.deal_closes_late", fmt::arg("client", client),
                       fmt::arg("close", close),
                       fmt::arg("successor", successor_name(lang, plan, one)));
        case WarningCode::deal_after_departure:
            return trf(lang, "plan.warn.deal_after_departure", fmt::arg("client", client),
                       fmt::arg("close", close),
                       fmt::arg("successor", successor_name(lang, plan, one)));
        case WarningCode::last_day_passed:
            return trf(lang, "plan.warn.last_day_passed",
                       fmt::arg("last_day", date_text(lang, w.first)), fmt::arg("count", w.number));
        case WarningCode::business_closure: {
            const std::string list = client_names(lang, plan, w);
            return trf(lang,
                       w.form == WarningForm::obon ? "plan.warn.closure_obon"
                                                   : "plan.warn.closure_year_end",
                       fmt::arg("clients", list), fmt::arg("start", date_text(lang, w.first)),
                       fmt::arg("end", date_text(lang, w.second)));
        }
        case WarningCode::disclosure_late:
            return trf(lang, "plan.warn.disclosure_late",
                       fmt::arg("date", date_text(lang, w.first)),
                       fmt::arg("wanted", date_text(lang, w.second)));
        case WarningCode::plan_does_not_fit:
            return fit_message(lang, plan, w);
        case WarningCode::support_after_end:
            return trf(lang, "plan.warn.support_after_end",
                       fmt::arg("support", date_text(lang, w.first)),
                       fmt::arg("end", date_text(lang, w.second)));
        case WarningCode::week_overloaded: {
            const auto week = std::find_if(plan.load.begin(), plan.load.end(),
                                           [&](const WeekLoad& l) { return l.monday == w.first; });
            if (week == plan.load.end()) return std::string();
            return trf(
                lang, "plan.warn.week_overloaded", fmt::arg("week", week->week),
                fmt::arg("load", fmt::format("{:g}", week->planned_hours + week->interview_hours)),
                fmt::arg("room", fmt::format("{:g}", week->available_hours)),
                fmt::arg("interviews", fmt::format("{:g}", week->interview_hours)));
        }
    }
    return std::string();
}

}  // namespace handover
