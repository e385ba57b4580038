// Diffing two plans built by hand, and reading plans back from their JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "handover/base/diagnostics.hpp"
#include "handover/engine/scheduler.hpp"
#include "handover/input/input.hpp"
#include "handover/progress/plan_diff.hpp"
#include "handover/render/render.hpp"
#include "support/sample_plan.hpp"

namespace {

using namespace handover;

Day d(const char* iso) {
    return *parse_iso_date(iso);
}

// A task for `plan`, its texts kept in the plan's pool.
Task task(const Plan& plan, std::string_view id, std::optional<Day> date,
          std::string_view why = "rule", TaskStatus status = TaskStatus::todo) {
    Task t;
    const auto slash = id.rfind('/');
    t.kind =
        task_kind_from_string(slash == std::string_view::npos ? id : id.substr(slash + 1)).value();
    if (slash != std::string_view::npos) t.client = plan.text(id.substr(0, slash));
    t.id = plan.unique_text(id);
    t.subject = plan.text("Title of " + t.id.str());
    t.date = date;
    t.status = date ? status : TaskStatus::unscheduled;
    t.note = plan.text(why);
    return t;
}

// A warning for `plan`, its texts kept in the plan's pool.
Warning warning(const Plan& plan, std::string_view code, Severity severity,
                std::optional<std::string_view> client, std::optional<std::string_view> task_id,
                std::string_view message) {
    const auto text = [&](std::optional<std::string_view> s) { return s ? plan.text(*s) : Text(); };
    return worded_warning(warning_code_from_string(code).value(), severity, text(client),
                          text(task_id), plan.text(message));
}

Plan base_plan() {
    Plan p;
    p.worded = true;  // made by hand: its tasks and warnings carry their words
    p.today = d("2026-11-30");
    p.last_day = d("2026-12-25");
    p.tasks = {task(p, "consult-manager", d("2026-11-30")),
               task(p, "acme/notify", d("2026-12-04"), "window"),
               task(p, "acme/introduce", d("2026-12-08"), "after notify"),
               task(p, "beta/notify", d("2026-12-07"))};
    p.warnings = {warning(p, "OVER_CAPACITY", Severity::info, Text(), Text(), "week 49"),
                  warning(p, "METHOD_TOO_WEAK", Severity::warning, "beta", "beta/notify", "weak")};
    return p;
}

}  // namespace

TEST_CASE("plan_diff: the same plan has no differences") {
    const Plan p = base_plan();
    const PlanDiff diff = diff_plans(p, p, Lang::en);
    CHECK(diff.empty());
    CHECK(render_diff_text(diff, Lang::en, "old.json", "new.json") ==
          "Changes from old.json to new.json\nNo differences: both give the same plan.\n");
}

TEST_CASE("plan_diff: moved, appeared and disappeared tasks, with the new reason") {
    const Plan old_plan = base_plan();
    Plan new_plan = base_plan();
    new_plan.tasks = {
        task(new_plan, "consult-manager", d("2026-11-27"), "done", TaskStatus::done),
        task(new_plan, "beta/notify", d("2026-12-07")),
        task(new_plan, "acme/notify", d("2026-12-11"), "after the close on Thu 10 Dec"),
        task(new_plan, "gamma/notify", d("2026-12-09"), "window"),
        task(new_plan, "acme/introduce", std::nullopt, "no room")};
    const PlanDiff diff = diff_plans(old_plan, new_plan, Lang::en);

    REQUIRE(diff.moved.size() == 3);
    CHECK(diff.moved[0].id == "consult-manager");
    CHECK(diff.moved[0].old_status == TaskStatus::todo);
    CHECK(diff.moved[0].new_status == TaskStatus::done);
    CHECK(diff.moved[1].id == "acme/notify");
    CHECK(diff.moved[1].old_date == d("2026-12-04"));
    CHECK(diff.moved[1].new_date == d("2026-12-11"));
    CHECK(diff.moved[1].why == "after the close on Thu 10 Dec");
    CHECK(diff.moved[1].client == "acme");
    CHECK(diff.moved[2].id == "acme/introduce");  // unscheduled comes last
    CHECK(!diff.moved[2].new_date);
    REQUIRE(diff.appeared.size() == 1);
    CHECK(diff.appeared[0].id == "gamma/notify");
    CHECK(!diff.appeared[0].old_status);
    CHECK(diff.disappeared.empty());

    const PlanDiff back = diff_plans(new_plan, old_plan, Lang::en);
    REQUIRE(back.disappeared.size() == 1);
    CHECK(back.disappeared[0].id == "gamma/notify");
    CHECK(back.disappeared[0].why.empty());
    CHECK(!back.disappeared[0].new_status);

    CHECK(render_diff_text(diff, Lang::en, "a.json", "b.json") ==
          "Changes from a.json to b.json\n"
          "\n"
          "Moved (3):\n"
          "  consult-manager  Mon 11-30 -> done Fri 11-27\n"
          "      Title of consult-manager\n"
          "      why: done\n"
          "  acme/notify  Fri 12-04 -> Fri 12-11\n"
          "      Title of acme/notify\n"
          "      why: after the close on Thu 10 Dec\n"
          "  acme/introduce  Tue 12-08 -> unscheduled\n"
          "      Title of acme/introduce\n"
          "      why: no room\n"
          "\n"
          "New in the plan (1):\n"
          "  gamma/notify  Wed 12-09\n"
          "      Title of gamma/notify\n"
          "      why: window\n");
    CHECK(render_diff_text(back, Lang::en, "b.json", "a.json")
              .find("No longer in the plan (1):\n  gamma/notify  was Wed 12-09\n") !=
          std::string::npos);
}

TEST_CASE("plan_diff: warnings are matched by code, client and task, not wording") {
    const Plan old_plan = base_plan();
    Plan new_plan = base_plan();
    new_plan.warnings = {
        warning(new_plan, "NOTIFY_LATE", Severity::error, "acme", "acme/notify", "late now"),
        warning(new_plan, "OVER_CAPACITY", Severity::info, Text(), Text(), "week 50"),
        warning(new_plan, "METHOD_TOO_WEAK", Severity::warning, "beta", "beta/notify",
                "weak, said otherwise")};
    const PlanDiff diff = diff_plans(old_plan, new_plan, Lang::en);
    REQUIRE(diff.warnings_appeared.size() == 2);
    CHECK(diff.warnings_appeared[0].code == WarningCode::notify_late);
    CHECK(diff.warnings_appeared[1].worded == "week 50");
    REQUIRE(diff.warnings_disappeared.size() == 1);
    CHECK(diff.warnings_disappeared[0].worded == "week 49");
    const std::string text = render_diff_text(diff, Lang::en, "a", "b");
    CHECK(text.find("New warnings (2):\n  + [error] NOTIFY_LATE acme: late now\n  + [info] "
                    "OVER_CAPACITY: week 50\n") != std::string::npos);
    CHECK(text.find("Warnings no longer raised (1):\n  - [info] OVER_CAPACITY: week 49\n") !=
          std::string::npos);
}

TEST_CASE("plan_diff: a new last day is the first line of the diff") {
    const Plan old_plan = base_plan();
    Plan new_plan = base_plan();
    new_plan.last_day = d("2026-12-18");
    const PlanDiff diff = diff_plans(old_plan, new_plan, Lang::en);
    CHECK(!diff.empty());
    CHECK(render_diff_text(diff, Lang::en, "a", "b")
              .starts_with("Changes from a to b\nLast day: Fri 25 Dec 2026 -> Fri 18 Dec 2026\n"));
    CHECK(render_diff_text(diff, Lang::ja, "a", "b")
              .starts_with(
                  "a から b への変更\n最終出社日: 2026年12月25日(金) → 2026年12月18日(金)\n"));
}

TEST_CASE("plan_diff: the JSON rendering") {
    const Plan old_plan = base_plan();
    Plan new_plan = base_plan();
    new_plan.tasks[1].date = d("2026-12-09");
    new_plan.tasks[1].note = "moved";
    new_plan.warnings.pop_back();
    const auto json =
        nlohmann::json::parse(render_diff_json(diff_plans(old_plan, new_plan, Lang::en)));
    CHECK(json["schema_version"] == 1);
    CHECK(json["old"]["last_day"] == "2026-12-25");
    CHECK(json["new"]["today"] == "2026-11-30");
    REQUIRE(json["moved"].size() == 1);
    CHECK(json["moved"][0] == nlohmann::json{{"id", "acme/notify"},
                                             {"title", "Title of acme/notify"},
                                             {"client", "acme"},
                                             {"old_date", "2026-12-04"},
                                             {"new_date", "2026-12-09"},
                                             {"old_status", "todo"},
                                             {"new_status", "todo"},
                                             {"why", "moved"}});
    CHECK(json["appeared"].empty());
    CHECK(json["disappeared"].empty());
    CHECK(json["warnings_appeared"].empty());
    REQUIRE(json["warnings_disappeared"].size() == 1);
    CHECK(json["warnings_disappeared"][0]["code"] == "METHOD_TOO_WEAK");
    CHECK(json["warnings_disappeared"][0]["task"] == "beta/notify");
}

TEST_CASE("plan_diff: a plan read back from --format json diffs as unchanged") {
    for (const Lang lang : {Lang::en, Lang::ja}) {
        const auto sample = fixture::sample_plan(lang);
        const std::string json =
            render_json(sample.plan, sample.input, with_lang(RenderOptions{}, sample.lang));
        const Plan back = plan_from_json(json, "plan.json", lang);
        CHECK(back.today == sample.plan.today);
        CHECK(back.last_day == sample.plan.last_day);
        REQUIRE(back.tasks.size() == sample.plan.tasks.size());
        CHECK(back.warnings.size() == sample.plan.warnings.size());
        for (std::size_t i = 0; i < back.tasks.size(); ++i) {
            CHECK(back.tasks[i].id == sample.plan.tasks[i].id);
            CHECK(back.tasks[i].date == sample.plan.tasks[i].date);
            CHECK(back.tasks[i].status == sample.plan.tasks[i].status);
            CHECK(back.tasks[i].subject == sample.plan.tasks[i].subject);
            CHECK(back.tasks[i].note == sample.plan.tasks[i].note);
            CHECK(back.tasks[i].method == sample.plan.tasks[i].method);
        }
        // The talking points are read back too: nothing the file says is lost.
        CHECK(back.worded_points == sample.plan.worded_points);
        CHECK(diff_plans(back, sample.plan, Lang::en).empty());
    }
}

namespace {

// Week 2026-W49 holds a three-hour interview and has 2.5 h for the handover: a plan-wide
// WEEK_OVERLOADED, which only its wording tells apart from another week's. The plan keeps
// texts of its input, which therefore stays with it.
struct Planned {
    Input input;
    Plan plan;
};

Planned overloaded_plan(const char* interview_day) {
    const std::string text = std::string(R"({"version": 1, "me": {"name": "Alex"},
        "manager": {"name": "Jordan"}, "successor": {"name": "Sam"},
        "last_day": "2026-12-25", "calendar": {"hours_per_day": 0.5},
        "job_search": {"interviews": [{"date": ")") +
                             interview_day + R"(", "hours": 3}]},
        "clients": [{"id": "acme", "name": "Acme", "stage": "active"}]})";
    Planned out;
    out.input = parse_input(text, "clients.json", d("2026-11-20"));
    out.plan = build_plan(out.input);
    return out;
}

Plan read_back(const Planned& planned, Lang written_in) {
    return plan_from_json(
        render_json(planned.plan, planned.input, with_lang(RenderOptions{}, written_in)),
        "plan.json", Lang::en);
}

std::size_t plan_wide(const Plan& plan, WarningCode code) {
    return static_cast<std::size_t>(std::count_if(
        plan.warnings.begin(), plan.warnings.end(),
        [&](const Warning& w) { return w.code == code && w.client.empty() && w.task.empty(); }));
}

}  // namespace

TEST_CASE("plan_diff: a plan-wide warning read back in one language matches it in the other") {
    const Planned planned = overloaded_plan("2026-12-03");
    const Plan& plan = planned.plan;
    REQUIRE(plan_wide(plan, WarningCode::week_overloaded) == 1);
    for (const Lang written : {Lang::en, Lang::ja}) {
        const Plan back = read_back(planned, written);
        CHECK(back.worded_lang == written);
        for (const Lang shown : {Lang::en, Lang::ja}) {
            // Either side may be the one read back: `diff old.json clients.json` and
            // `next --against old.json` compare both ways round.
            CHECK(diff_plans(back, plan, shown).empty());
            CHECK(diff_plans(plan, back, shown).empty());
        }
    }
}

TEST_CASE("plan_diff: a plan-wide warning about another week still differs across languages") {
    const Plan back = read_back(overloaded_plan("2026-12-03"), Lang::en);
    const Planned planned = overloaded_plan("2026-12-10");
    const Plan& later = planned.plan;
    REQUIRE(plan_wide(later, WarningCode::week_overloaded) == 1);
    const PlanDiff diff = diff_plans(back, later, Lang::ja);
    REQUIRE(diff.warnings_appeared.size() == 1);
    REQUIRE(diff.warnings_disappeared.size() == 1);
    // Each is shown in the words of its own side: the new one in the diff's language.
    CHECK(std::string_view(diff.warnings_appeared[0].worded).find("2026-W50の週") !=
          std::string_view::npos);
    CHECK(std::string_view(diff.warnings_disappeared[0].worded).starts_with("Week 2026-W49"));
}

namespace {

/// A plan leaving on 8 January with the year-end break open: the contacts of the clients
/// `ids` fall in it, so one BUSINESS_CLOSURE note lists them (and no `client`).
Planned closure_plan(const std::vector<std::string>& ids) {
    std::string clients;
    for (const std::string& id : ids) {
        if (!clients.empty()) clients += ",";
        clients += R"({"id": ")" + id + R"(", "name": ")" + id + R"(", "stage": "active"})";
    }
    const std::string text = R"({"version": 1, "me": {"name": "Alex"},
        "manager": {"name": "Jordan"}, "successor": {"name": "Sam"},
        "last_day": "2027-01-08", "calendar": {"holidays": ["JP"]},
        "done": {"consult-manager": "2026-12-21"}, "clients": [)" +
                             clients + "]}";
    Planned out;
    out.input = parse_input(text, "clients.json", d("2026-12-28"));
    out.plan = build_plan(out.input);
    return out;
}

const Warning* closure_note(const Plan& plan) {
    for (const Warning& w : plan.warnings) {
        if (w.code == WarningCode::business_closure) return &w;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("plan_diff: a note listing a single client reads back as the same note") {
    const Planned one = closure_plan({"acme"});
    const Warning* fresh = closure_note(one.plan);
    REQUIRE(fresh != nullptr);
    REQUIRE(fresh->client.empty());
    REQUIRE(one.plan.clients_of(*fresh).size() == 1);
    for (const Lang written : {Lang::en, Lang::ja}) {
        const Plan back = read_back(one, written);
        const Warning* read = closure_note(back);
        REQUIRE(read != nullptr);
        CHECK(read->several);
        CHECK(read->client.empty());
        CHECK(back.clients_of(*read).size() == 1);
        for (const Lang shown : {Lang::en, Lang::ja}) {
            CHECK(diff_plans(back, one.plan, shown).empty());
            CHECK(diff_plans(one.plan, back, shown).empty());
        }
    }
    // The same note about two clients is another note.
    const Planned two = closure_plan({"acme", "bolt"});
    REQUIRE(closure_note(two.plan) != nullptr);
    REQUIRE(two.plan.clients_of(*closure_note(two.plan)).size() == 2);
    const PlanDiff diff = diff_plans(read_back(one, Lang::en), two.plan, Lang::en);
    const auto closures = [](const std::vector<Warning>& warnings) {
        return std::count_if(warnings.begin(), warnings.end(), [](const Warning& w) {
            return w.code == WarningCode::business_closure;
        });
    };
    CHECK(closures(diff.warnings_appeared) == 1);
    CHECK(closures(diff.warnings_disappeared) == 1);
}

TEST_CASE("plan_diff: a warning about one client by its client reads back as about that client") {
    const std::string text = R"({"schema_version": 2, "today": "2026-11-30",
        "last_day": "2026-12-25", "tasks": [], "warnings": [
        {"code": "METHOD_TOO_WEAK", "severity": "warning", "client": "beta",
         "clients": ["beta"], "task": null, "message": "weak"},
        {"code": "BUSINESS_CLOSURE", "severity": "info", "client": null,
         "clients": [], "task": null, "message": "none listed"}]})";
    const Plan back = plan_from_json(text, "old.json", Lang::en);
    REQUIRE(back.warnings.size() == 2);
    CHECK_FALSE(back.warnings[0].several);
    CHECK(back.warnings[0].client == "beta");
    // An empty list names nobody: a plan-wide note, told apart by its words.
    CHECK_FALSE(back.warnings[1].several);
    CHECK(back.clients_of(back.warnings[1]).empty());
}

TEST_CASE("plan_diff: an earlier plan in a language this version does not write is refused") {
    const std::string text = R"({"schema_version": 2, "today": "2026-11-30",
        "last_day": "2026-12-25", "lang": "fr", "tasks": [], "warnings": []})";
    for (const Lang lang : {Lang::en, Lang::ja}) {
        try {
            plan_from_json(text, "old.json", lang);
            FAIL("the plan was read");
        } catch (const InputError& e) {
            CHECK(e.describe(lang) ==
                  (lang == Lang::en ? "old.json: /lang: expected en or ja\n"
                                    : "old.json: /lang: en、ja のいずれかである必要があります\n"));
        }
    }
    // Without `lang` the texts are taken for English, as the plans of earlier versions were.
    const std::string old = R"({"schema_version": 1, "today": "2026-11-30",
        "last_day": "2026-12-25", "tasks": [], "warnings": []})";
    CHECK(plan_from_json(old, "old.json", Lang::ja).worded_lang == Lang::en);
}

TEST_CASE("plan_diff: a file that is no plan JSON is an input error naming the place") {
    const auto message = [](std::string_view text) {
        try {
            plan_from_json(text, "old.json", Lang::en);
        } catch (const InputError& e) {
            return e.describe(Lang::en);
        }
        return std::string("no error");
    };
    CHECK(message("{\"schema_version\": 1,") ==
          "old.json: not a plan written by --format json: the JSON is broken near byte 22\n");
    CHECK(message("[]") == "old.json: expected an object\n");
    CHECK(message("{\"schema_version\": 3}") ==
          "old.json: /schema_version: schema_version 3 is not one this version reads (expected 1 "
          "or 2)\n");
    CHECK(
        message("{\"schema_version\": 1, \"today\": \"2026-11-30\", \"last_day\": \"2026-12-25\", "
                "\"tasks\": [{\"id\": \"a\", \"date\": \"tomorrow\", \"status\": \"later\"}], "
                "\"warnings\": {}}") ==
        "old.json: /tasks/0/date: expected a date as YYYY-MM-DD or null\n"
        "old.json: /tasks/0/status: expected one of todo, done, unscheduled\n"
        "old.json: /warnings: expected an array\n");
    CHECK(message("{\"schema_version\": 1, \"tasks\": [], \"warnings\": []}") ==
          "old.json: missing key \"today\"\nold.json: missing key \"last_day\"\n");
}

namespace {

ClientPlan client(const Plan& plan, std::string_view id, Stage stage, std::optional<Day> close) {
    ClientPlan c;
    c.id = plan.text(id);
    c.name = plan.text("Client " + std::string(id));
    c.stage = stage;
    c.method = Method::video;
    c.successor = plan.text("Ken");
    c.expected_close = close;
    return c;
}

Plan plan_with_clients() {
    Plan p;
    p.today = d("2026-11-30");
    p.last_day = d("2027-02-26");
    p.clients = {client(p, "kita", Stage::negotiation, d("2026-12-15")),
                 client(p, "fuji", Stage::active, std::nullopt),
                 client(p, "minato", Stage::renewal, std::nullopt)};
    return p;
}

}  // namespace

TEST_CASE("plan_diff: the clients whose input changed come first, field by field") {
    const Plan old_plan = plan_with_clients();
    Plan new_plan = plan_with_clients();
    new_plan.clients[0].expected_close = d("2027-01-20");
    new_plan.clients[2].stage = Stage::active;
    new_plan.clients[2].method = Method::phone;
    new_plan.clients.erase(new_plan.clients.begin() + 1);
    new_plan.clients.push_back(client(new_plan, "sora", Stage::prospect, std::nullopt));
    new_plan.tasks = {task(new_plan, "consult-manager", d("2026-12-01"))};
    Plan with_task = old_plan;
    with_task.tasks = {task(with_task, "consult-manager", d("2026-11-30"))};

    const PlanDiff diff = diff_plans(with_task, new_plan, Lang::en);
    REQUIRE(diff.clients.size() == 4);
    CHECK(diff.clients[0].id == "kita");
    REQUIRE(diff.clients[0].fields.size() == 1);
    CHECK(diff.clients[0].fields[0].field == "expected_close");
    CHECK(diff.clients[0].fields[0].old_value == "2026-12-15");
    CHECK(diff.clients[0].fields[0].new_value == "2027-01-20");
    CHECK(diff.clients[1].id == "minato");
    CHECK(diff.clients[2].kind == ClientChange::Kind::added);
    CHECK(diff.clients[3].kind == ClientChange::Kind::removed);

    const std::string text = render_diff_text(diff, Lang::en, "old.json", "new.json");
    const std::string expected_clients =
        "Changed in the input (4):\n"
        "  kita  expected_close Tue 12-15 -> Wed 01-20\n"
        "  minato  stage renewal -> active\n"
        "          method video -> phone\n"
        "  sora  new client\n"
        "  fuji  client removed\n";
    CHECK(text.find(expected_clients) != std::string::npos);
    CHECK(text.find(expected_clients) < text.find("Moved (1):"));
    CHECK_THAT(render_diff_text(diff, Lang::ja, "old.json", "new.json"),
               Catch::Contains("  kita  expected_close 12/15(火) → 1/20(水)\n"));

    const auto json = nlohmann::json::parse(render_diff_json(diff));
    CHECK(json["clients"][0] ==
          nlohmann::json{
              {"client", "kita"},
              {"change", "changed"},
              {"fields",
               {{{"field", "expected_close"}, {"old", "2026-12-15"}, {"new", "2027-01-20"}}}}});
    CHECK(json["clients"][3] == nlohmann::json{{"client", "fuji"},
                                               {"change", "removed"},
                                               {"fields", nlohmann::json::array()}});
    // A task of no client has a null client, as in the plan's JSON.
    REQUIRE(json["moved"].size() == 1);
    CHECK(json["moved"][0]["client"].is_null());

    // An expected close taken out is shown as none, and null in the JSON.
    Plan cleared = plan_with_clients();
    cleared.clients[0].expected_close.reset();
    const PlanDiff none = diff_plans(plan_with_clients(), cleared, Lang::en);
    CHECK_THAT(render_diff_text(none, Lang::en, "a", "b"),
               Catch::Contains("  kita  expected_close Tue 12-15 -> none\n"));
    CHECK(
        nlohmann::json::parse(render_diff_json(none))["clients"][0]["fields"][0]["new"].is_null());
}
