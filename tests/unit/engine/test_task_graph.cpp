// The task graph is written once (task_graph.hpp) and read by two users: the scheduler,
// which makes the plan's tasks, and task_ids, which knows what `done` may name. These
// tests hold the two to each other, and both to the README's list of task ids.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "handover/engine/scheduler.hpp"
#include "handover/engine/task_graph.hpp"
#include "handover/engine/task_ids.hpp"
#include "handover/input/input.hpp"
#include "support/input_builder.hpp"
#include "support/input_generator.hpp"

using namespace handover;
using handover::testing::d;
using handover::testing::Generator;

namespace {

std::set<std::string> plan_ids(const Input& in) {
    const Plan plan = build_plan(in);
    std::set<std::string> ids;
    for (const Task& t : plan.tasks) {
        INFO(std::string_view(t.id));
        REQUIRE(ids.emplace(t.id).second);  // no id twice
    }
    return ids;
}

bool is_past_interview(const Input& in, const std::string& id) {
    for (const auto& interview : in.job_search.interviews) {
        const std::string day = format_iso(interview.date);
        if (interview.date < in.today && id.starts_with("interview/" + day)) return true;
    }
    return false;
}

/// A client event (`<client>/event/YYYY-MM-DD`) that is known but not planned: one of today
/// or earlier (history, planned only when recorded as done), or one on or before the day of
/// the talk with the manager, when the successor cannot come along yet.
bool is_event_left_out(const Input& in, const Plan& plan, const std::string& id) {
    const auto at = id.find("/event/");
    if (at == std::string::npos) return false;
    const auto day = parse_iso_date(id.substr(at + 7, 10));
    REQUIRE(day.has_value());
    if (*day <= in.today) return true;
    const Task* consult = plan.find("consult-manager");
    return consult != nullptr && consult->date && *day <= *consult->date;
}

/// The scheduler's plan has exactly the tasks task_ids knows, apart from the kinds of
/// history: an interview or client event before today is known but planned only when
/// recorded as done, and a weekly review of a week before today's is planned only from its
/// `done` entry; and apart from client events the successor cannot join yet.
void check_agreement(const Input& in) {
    const std::set<std::string> planned = plan_ids(in);
    const Plan plan = build_plan(in);
    const std::vector<std::string> known_list = task_id::known_ids(in);
    const std::set<std::string> known(known_list.begin(), known_list.end());
    REQUIRE(known.size() == known_list.size());

    for (const auto& id : known) {
        INFO("known: " << id);
        if (planned.contains(id)) continue;
        CHECK((is_past_interview(in, id) || is_event_left_out(in, plan, id)));
        CHECK_FALSE(in.done.contains(id));
    }
    for (const auto& id : planned) {
        INFO("planned: " << id);
        CHECK(task_id::is_known(in, id));
        if (known.contains(id)) continue;
        const auto monday = task_id::weekly_review_monday(id);
        REQUIRE(monday.has_value());
        CHECK(*monday < iso_week_monday(in.today));
        CHECK(in.done.contains(id));
    }
    // Every done entry names a task, so none is reported.
    CHECK(task_id::check_done(in, Lang::en).empty());

    // The graph itself: ordinals count up, prerequisites come earlier.
    std::uint32_t next = 0;
    for_each_task(in, [&](const TaskNode& node) {
        INFO(node.id);
        CHECK(node.ordinal == next++);
        for (const std::uint32_t p : node.prerequisites) CHECK(p < node.ordinal);
        // The kind is the id's part after the client, up to a date or week.
        std::string_view kind = node.id;
        if (node.client) kind = kind.substr(kind.find('/') + 1);
        kind = kind.substr(0, kind.find('/'));
        CHECK(node.kind == kind);
    });
}

/// Generated inputs with history added: interviews before today, some recorded as done,
/// and weekly reviews of earlier weeks recorded as done.
Input with_history(Generator& gen, Input in) {
    for (int i = gen.pick(0, 3); i > 0; --i) {
        const Day day = in.today - date::days{gen.pick(1, 30)};
        in.job_search.interviews.push_back(Interview{day, 1.0, "Past Co"});
    }
    for (const auto& id : task_id::known_ids(in)) {
        if (id.starts_with("interview/") && gen.chance(50)) in.done[id] = in.today;
    }
    if (in.job_search.weekly_review) {
        for (int i = gen.pick(0, 3); i > 0; --i) {
            const Day monday = iso_week_monday(in.today) - date::days{7 * gen.pick(1, 10)};
            in.done[task_id::weekly_review(monday)] = monday;
        }
    }
    return in;
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream out;
    out << file.rdbuf();
    return out.str();
}

/// The ids in the first column of the README's "### Task ids" table.
std::vector<std::string> readme_id_forms() {
    std::istringstream readme(read_text(std::filesystem::path(HANDOVER_SOURCE_DIR) / "README.md"));
    std::vector<std::string> forms;
    std::string line;
    bool inside = false;
    while (std::getline(readme, line)) {
        if (line.starts_with("#")) {
            if (inside) break;
            inside = line == "### Task ids";
            continue;
        }
        if (!inside || !line.starts_with("| `")) continue;
        const auto end = line.find('`', 3);
        forms.push_back(line.substr(3, end - 3));
    }
    return forms;
}

}  // namespace

TEST_CASE("task graph: the plan's ids are the ids done accepts, for every sample file",
          "[task_graph]") {
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    for (const auto& folder :
         {fs::path(HANDOVER_SOURCE_DIR) / "examples", fs::path(HANDOVER_TEST_DATA_DIR) / "good"}) {
        for (const auto& entry : fs::directory_iterator(folder)) {
            if (entry.path().extension() == ".json") files.push_back(entry.path());
        }
    }
    REQUIRE(files.size() >= 8);
    for (const auto& file : files) {
        INFO(file.string());
        check_agreement(load_input(file.string()));
    }
}

TEST_CASE("task graph: the plan's ids are the ids done accepts, for generated inputs",
          "[task_graph][property]") {
    for (unsigned seed = 1; seed <= 300; ++seed) {
        INFO("seed " << seed);
        Generator gen(seed);
        const Input in = gen.input();
        check_agreement(in);
        check_agreement(with_history(gen, in));
    }
}

TEST_CASE("task graph: every id form the README lists is planned and accepted by done",
          "[task_graph]") {
    Input in = testing::base_input("2026-11-20", "2026-12-25");
    in.job_search.weekly_review = true;
    auto& acme = testing::add_client(in, "acme", Stage::active);
    acme.change_averse = true;
    acme.relationship = Relationship::strong;  // the successor joins its events
    acme.next_events.push_back(Event{d("2026-12-03"), "Review", 1});
    testing::add_client(in, "beta", Stage::active)
        .next_events.push_back(Event{d("2026-12-03"), "Ordinary visit", 1});
    in.job_search.interviews.push_back(Interview{d("2026-12-03"), 2.0, "Foo"});
    in.job_search.interviews.push_back(Interview{d("2026-12-03"), 1.0, "Bar"});
    in.support_until = d("2026-12-31");  // `support-agreement` only with support offered

    const std::vector<std::string> forms = readme_id_forms();
    REQUIRE(forms.size() >= 10);
    const std::set<std::string> planned = plan_ids(in);
    std::set<std::string> covered;
    for (const std::string& form : forms) {
        INFO("README form: " << form);
        std::string id = form;
        if (id.starts_with("<client>/")) id.replace(0, 8, "acme");
        if (const auto at = id.find("YYYY-MM-DD"); at != std::string::npos) {
            id.replace(at, 10, "2026-12-03");
        }
        if (const auto at = id.find("YYYY-Www"); at != std::string::npos) {
            id.replace(at, 8, iso_week_id(in.today));
        }
        INFO("id: " << id);
        REQUIRE(id.find_first_of("<>") == std::string::npos);
        REQUIRE(id.find("YYYY") == std::string::npos);
        CHECK(planned.contains(id));
        CHECK(task_id::is_known(in, id));
        Input recorded = in;
        recorded.done[id] = in.today;
        CHECK(task_id::check_done(recorded, Lang::en).empty());
        covered.insert(id);
    }
    CHECK(covered.size() == forms.size());

    // The README's note on a second interview the same day.
    CHECK(planned.contains("interview/2026-12-03-2"));
    // Ids for tasks the input does not call for are neither planned nor accepted.
    for (const std::string id : {"beta/follow-up", "interview/2026-12-04", "nobody/notify",
                                 "beta/event/2026-12-03", "acme/event/2026-12-03-2"}) {
        INFO(id);
        CHECK_FALSE(planned.contains(id));
        CHECK_FALSE(task_id::is_known(in, id));
        Input recorded = in;
        recorded.done[id] = in.today;
        CHECK(task_id::check_done(recorded, Lang::en).size() == 1);
    }
}
