#include "handover/engine/task_ids.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "handover/base/suggest.hpp"
#include "handover/engine/task_graph.hpp"
#include "handover/input/input.hpp"

namespace handover::task_id {

std::string for_client(std::string_view client_id, std::string_view kind) {
    std::string id;
    id.reserve(client_id.size() + 1 + kind.size());
    id.append(client_id).append("/").append(kind);
    return id;
}

std::string event(std::string_view client_id, Day date, int nth_on_day) {
    if (nth_on_day <= 1) return fmt::format("{}/{}/{}", client_id, event_kind, format_iso(date));
    return fmt::format("{}/{}/{}-{}", client_id, event_kind, format_iso(date), nth_on_day);
}

std::string interview(Day date, int nth_on_day) {
    if (nth_on_day <= 1) return fmt::format("{}/{}", interview_kind, format_iso(date));
    return fmt::format("{}/{}-{}", interview_kind, format_iso(date), nth_on_day);
}

std::string weekly_review(Day monday) {
    return fmt::format("{}/{}", weekly_review_kind, iso_week_id(monday));
}

bool is_weekly_review(std::string_view id) {
    return weekly_review_monday(id).has_value();
}

std::string week_of(std::string_view id) {
    const auto slash = id.find('/');
    return slash == std::string_view::npos ? std::string() : std::string(id.substr(slash + 1));
}

std::optional<Day> weekly_review_monday(std::string_view id) {
    const std::string prefix = fmt::format("{}/", weekly_review_kind);
    if (!id.starts_with(prefix)) return std::nullopt;
    const std::string_view week = id.substr(prefix.size());
    // YYYY-Www
    if (week.size() != 8 || week[4] != '-' || week[5] != 'W') return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 6u, 7u}) {
        if (week[i] < '0' || week[i] > '9') return std::nullopt;
    }
    const int year =
        (week[0] - '0') * 1000 + (week[1] - '0') * 100 + (week[2] - '0') * 10 + (week[3] - '0');
    const int number = (week[6] - '0') * 10 + (week[7] - '0');
    if (year < k_min_year || year > k_max_year) return std::nullopt;
    return iso_week_start(year, static_cast<unsigned>(number));
}

namespace {

/// Calls `each(id)` for every task id of the graph that may be recorded as done, so that a
/// caller that only looks ids up need not hold them all (three or four per client).
/// Weekly reviews of past weeks are left out: they are known by their week (is_known).
template <typename Each>
void for_each_known_id(const Input& input, Each each) {
    for_each_task(input, [&](const TaskNode& node) {
        if (node.presence != TaskPresence::recorded_only) each(node.id, node);
    });
}

/// `text` as one word for a POSIX shell: as it is when it is only safe characters, else in
/// single quotes, so a command quoted in a message can be pasted as it stands.
std::string shell_word(std::string_view text) {
    const bool safe = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_' || c == '.' || c == '/' || c == ',' || c == ':' || c == '+' ||
               c == '@' || c == '=';
    });
    if (safe) return std::string(text);
    std::string out = "'";
    for (const char c : text) {
        if (c == '\'') {
            out += "'\\''";
        } else {
            out += c;
        }
    }
    out += '\'';
    return out;
}

}  // namespace

std::vector<std::string> known_ids(const Input& input) {
    // The plan-wide tasks first, then each client's, then the job search's: the order in
    // which a did-you-mean suggestion prefers among equally close ids.
    std::vector<std::string> ids, later;
    for_each_known_id(input, [&](std::string_view id, const TaskNode& node) {
        const bool plan_wide = node.client == nullptr && node.step < 6;
        (plan_wide ? ids : later).emplace_back(id);
    });
    ids.insert(ids.end(), std::make_move_iterator(later.begin()),
               std::make_move_iterator(later.end()));
    return ids;
}

bool is_known(const Input& input, std::string_view id) {
    if (auto monday = weekly_review_monday(id)) {
        return input.job_search.weekly_review && *monday <= input.last_day;
    }
    const auto ids = known_ids(input);
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::vector<std::string_view> stale_done(const Input& input) {
    std::vector<std::string_view> stale;
    if (input.done.empty()) return stale;
    // Each id of the plan is looked up in `done` in turn: a list of them all, sorted, grows
    // with every client, and is only needed for suggestions.
    std::set<std::string_view> named;
    for_each_known_id(input, [&](std::string_view id, const TaskNode&) {
        if (const auto it = input.done.find(id); it != input.done.end()) named.insert(it->first);
    });
    for (const auto& [id, day] : input.done) {
        if (auto monday = weekly_review_monday(id)) {
            if (input.job_search.weekly_review && *monday <= input.last_day) continue;
        } else if (named.contains(id)) {
            continue;
        }
        stale.push_back(id);
    }
    return stale;
}

std::vector<Diagnostic> check_done(const Input& input, Lang lang, std::size_t max,
                                   std::size_t* more, std::string_view file) {
    std::vector<Diagnostic> out;
    std::vector<std::string> ids;
    std::vector<std::string_view> candidates;
    for (const std::string_view id : stale_done(input)) {
        if (out.size() == max) {
            if (more) ++*more;
            continue;
        }
        if (ids.empty()) {
            ids = known_ids(input);
            candidates.assign(ids.begin(), ids.end());
        }
        Diagnostic d;
        // The entry's key is named in the message as written, not JSON-pointer escaped
        // (`fuji~1notify`): it is what the user types to `handover undo`.
        d.pointer = "/done";
        const std::string command =
            fmt::format("handover undo {} {}", shell_word(file), shell_word(id));
        const auto slash = id.find('/');
        const std::string_view owner =
            slash == std::string::npos ? std::string_view() : std::string_view(id).substr(0, slash);
        const bool client_task =
            !owner.empty() && owner != weekly_review_kind && owner != interview_kind;
        if (client_task && std::none_of(input.clients.begin(), input.clients.end(),
                                        [&](const Client& c) { return c.id == owner; })) {
            // The client was taken out of the file: no other id is what the user meant.
            d.message = trf(lang, "engine.diag.done_removed_client", fmt::arg("id", id),
                            fmt::arg("client", owner), fmt::arg("command", command));
            out.push_back(std::move(d));
            continue;
        }
        if (client_task) d.client_id = std::string(owner);
        d.message = trf(lang, "engine.diag.unknown_task", fmt::arg("id", id),
                        fmt::arg("file", shell_word(file)), fmt::arg("command", command));
        d.suggestion = did_you_mean(id, candidates);
        out.push_back(std::move(d));
    }
    return out;
}

void require_known_done(const Input& input, const std::string& file, Lang lang) {
    std::size_t more = 0;
    std::vector<Diagnostic> unknown =
        check_done(input, lang, k_max_diagnostics, &more, file == "<stdin>" ? "FILE" : file);
    if (!unknown.empty()) refuse_input(file, std::move(unknown), more, lang);
}

}  // namespace handover::task_id
