#include "support/sample_plan.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace handover::fixture {
namespace {

// Both languages side by side, like the catalogue, so the sample reads in either. Both are
// string literals, so the chosen one is static text.
struct Both {
    const char* en;
    const char* ja;
    Text in(Lang lang) const { return Text::of_static(lang == Lang::ja ? ja : en); }
};

Input make_input() {
    Input in;
    in.me = "佐藤 優";
    in.manager = "田中 部長";
    in.end_date = ymd(2027, 1, 15);
    in.support_until = ymd(2027, 1, 31);
    in.today = ymd(2026, 11, 30);
    in.today_in_file = true;
    in.last_day = ymd(2026, 12, 25);
    in.calendar.holidays = {NamedHoliday{ymd(2026, 12, 18), ""}};
    in.calendar.blocked = {{ymd(2026, 12, 4), std::nullopt, "paid leave"}};
    in.job_search.interviews = {{ymd(2026, 12, 3), 3, "Foo Inc."}};

    Client acme;
    acme.id = "acme";
    acme.name = "株式会社アクメ";
    acme.contact = "山田 太郎 様";
    acme.stage = Stage::closing;
    acme.expected_close = ymd(2026, 12, 10);
    acme.value = 12'000'000;
    acme.relationship = Relationship::strong;
    acme.change_averse = true;
    acme.preferred_method = Method::in_person;
    acme.successor = "鈴木 健";
    acme.notes = "決裁者は部長。値引きの話は禁物。";
    acme.history = in.list({"2025-04 first order", "2026-06 renewal at a 5% discount"});
    acme.next_events = {{ymd(2026, 12, 15), "QBR"}};
    acme.index = 0;

    Client globex;
    globex.id = "globex";
    globex.name = "Globex Corporation";
    globex.contact = "Ms. Jane Smith";
    globex.stage = Stage::active;
    globex.value = 3'000'000;
    globex.relationship = Relationship::normal;
    globex.successor = "John Doe";
    globex.notes = "Prefers calls after 3 pm.";
    globex.history = in.list({"2024-10 pilot project"});
    globex.next_events = {{ymd(2027, 1, 20), "Annual contract renewal"}};
    globex.index = 1;

    Client yamada;
    yamada.id = "yamada";
    yamada.name = "山田商店";
    yamada.stage = Stage::dormant;
    yamada.relationship = Relationship::weak;
    yamada.index = 2;

    in.clients = {acme, globex, yamada};
    in.done = {{"consult-manager", ymd(2026, 11, 30)}};
    return in;
}

Task dated(Text id, int step, Both title, Day date, double hours, std::optional<Text> client,
           std::optional<Method> method, Both why, Lang lang) {
    Task t = make_task(id, step, title.in(lang), date, hours, client, method);
    t.note = why.in(lang);
    t.rule = Rule::window;
    t.meeting = method == Method::in_person || method == Method::video;
    return t;
}

using Points = std::map<std::string, std::vector<std::string>, std::less<>>;

/// The tasks, and the talking points of the notifications as `points` by task id.
std::vector<Task> make_tasks(Lang l, Points& points) {
    const Both after_manager{"after the manager has been told", "上司への報告の後"};
    std::vector<Task> tasks;
    auto add = [&](Task t) -> Task& { return tasks.emplace_back(std::move(t)); };

    Task& consult = add(dated("consult-manager", 1, {"Consult the manager", "上司に相談する"},
                              ymd(2026, 11, 30), 1, std::nullopt, Method::in_person,
                              {"the manager hears it first", "最初に上司へ伝える"}, l));
    consult.status = TaskStatus::done;
    add(dated("decide-timing", 2, {"Decide when to tell each client", "お伝えする時期を決める"},
              ymd(2026, 12, 1), 1, std::nullopt, std::nullopt, after_manager, l));
    add(dated("decide-method", 3,
              {"Decide how, then tell clients each client", "お伝えする方法を決める"},
              ymd(2026, 12, 1), 0.5, std::nullopt, std::nullopt, after_manager, l));
    Task& review = add(dated("weekly-review/2026-W49", 6, {"Weekly review", "週次の振り返り"},
                             ymd(2026, 12, 1), 0.5, std::nullopt, std::nullopt,
                             {"one review a week", "毎週の振り返り"}, l));
    review.job_search = true;
    add(dated(
        "acme/handover-doc", 4,
        {"Write the handover document for 株式会社アクメ", "株式会社アクメの引き継ぎ資料を作る"},
        ymd(2026, 12, 2), 2, "acme", std::nullopt, {"before the introduction", "ご紹介の前に"}, l));
    Task& interview = add(dated(
        "interview/2026-12-03", 6, {"Interview: Foo Inc.", "面接: Foo Inc."}, ymd(2026, 12, 3), 3,
        std::nullopt, std::nullopt, {"from the job search", "転職活動の予定"}, l));
    interview.job_search = true;
    add(dated("globex/handover-doc", 4,
              {"Write the handover document for Globex Corporation",
               "Globex Corporationの引き継ぎ資料を作る"},
              ymd(2026, 12, 8), 1.5, "globex", std::nullopt,
              {"before the introduction", "ご紹介の前に"}, l));
    Task& review50 = add(dated("weekly-review/2026-W50", 6, {"Weekly review", "週次の振り返り"},
                               ymd(2026, 12, 8), 0.5, std::nullopt, std::nullopt,
                               {"one review a week", "毎週の振り返り"}, l));
    review50.job_search = true;
    Task& gnotify = add(dated(
        "globex/notify", 3,
        {"Tell Globex Corporation about your departure", "Globex Corporationに退職をお伝えする"},
        ymd(2026, 12, 9), 1, "globex", Method::video,
        {"inside the notification window", "お伝えする期間内"}, l));
    points[gnotify.id.str()] = {
        Both{"Mention the January renewal.", "1月の契約更新に触れる。"}.in(l).str()};
    add(dated("yamada/notify", 3,
              {"Tell 山田商店 about your departure", "山田商店に退職をお伝えする"},
              ymd(2026, 12, 10), 0.25, "yamada", Method::email,
              {"inside the notification window", "お伝えする期間内"}, l));
    Task& anotify =
        add(dated("acme/notify", 3,
                  {"Tell 株式会社アクメ about your departure", "株式会社アクメに退職をお伝えする"},
                  ymd(2026, 12, 11), 1.5, "acme", Method::in_person,
                  {"the first working day after the deal closes", "成約日の翌営業日"}, l));
    points[anotify.id.str()] = {
        Both{"Confirm the signed contract first.", "まず契約締結のお礼を申し上げる。"}.in(l).str(),
        // The engine's reminder names the private topics; a draft must leave it out.
        Both{"Keep to the facts: no reasons for leaving and nothing about your next employer.",
             "事実のみをお伝えし、退職理由や転職先には触れない。"}
            .in(l)
            .str()};
    add(dated("yamada/handover-doc", 4,
              {"Write the handover document for 山田商店", "山田商店の引き継ぎ資料を作る"},
              ymd(2026, 12, 11), 1, "yamada", std::nullopt,
              {"before the introduction", "ご紹介の前に"}, l));
    add(dated("acme/introduce", 5,
              {"Introduce the successor to 株式会社アクメ", "株式会社アクメに後任をご紹介する"},
              ymd(2026, 12, 14), 1.5, "acme", Method::in_person,
              {"a working day after the notification", "ご報告の翌営業日以降"}, l));
    add(dated(
        "globex/introduce", 5,
        {"Introduce the successor to Globex Corporation", "Globex Corporationに後任をご紹介する"},
        ymd(2026, 12, 15), 1, "globex", Method::video,
        {"a working day after the notification", "ご報告の翌営業日以降"}, l));
    add(dated("share-handover", 4,
              {"Share the handover documents with the successors and the manager",
               "引き継ぎ資料を後任と上司に共有する"},
              ymd(2026, 12, 16), 1, std::nullopt, std::nullopt,
              {"after every handover document", "すべての引き継ぎ資料の後"}, l));
    add(dated("acme/follow-up", 5,
              {"Follow up with 株式会社アクメ together with the successor",
               "後任と一緒に株式会社アクメをフォローする"},
              ymd(2026, 12, 17), 1, "acme", Method::in_person,
              {"change-averse client: a second visit", "担当変更を好まれないお客様への再訪"}, l));

    Task open =
        make_task("yamada/introduce", 5,
                  Both{"Introduce the successor to 山田商店", "山田商店に後任をご紹介する"}.in(l),
                  std::nullopt, 0.25, "yamada", Method::email);
    open.status = TaskStatus::unscheduled;
    open.note =
        Both{"no successor named: nobody to introduce", "後任が未定のため、ご紹介できません"}.in(l);
    open.rule = Rule::no_room;
    tasks.push_back(std::move(open));
    return tasks;
}

std::vector<ClientPlan> make_client_plans() {
    ClientPlan acme;
    acme.id = "acme";
    acme.name = "株式会社アクメ";
    acme.stage = Stage::closing;
    acme.method = Method::in_person;
    acme.method_reason = MethodReason::change_averse;
    acme.successor = "鈴木 健";
    acme.priority = 1;
    acme.expected_close = ymd(2026, 12, 10);
    acme.notify_date = ymd(2026, 12, 11);
    acme.introduce_date = ymd(2026, 12, 14);
    acme.change_averse = true;

    ClientPlan globex;
    globex.id = "globex";
    globex.name = "Globex Corporation";
    globex.stage = Stage::active;
    globex.method = Method::video;
    globex.method_reason = MethodReason::normal;
    globex.successor = "John Doe";
    globex.priority = 2;
    globex.notify_date = ymd(2026, 12, 9);
    globex.introduce_date = ymd(2026, 12, 15);

    ClientPlan yamada;
    yamada.id = "yamada";
    yamada.name = "山田商店";
    yamada.stage = Stage::dormant;
    yamada.method = Method::email;
    yamada.method_reason = MethodReason::weak;
    yamada.priority = 3;
    yamada.notify_date = ymd(2026, 12, 10);
    return {acme, globex, yamada};
}

std::vector<Warning> make_warnings(Lang l) {
    return {
        worded_warning(
            WarningCode::no_time_for_intro, Severity::error, "yamada", "yamada/introduce",
            Both{"山田商店 cannot be introduced before the last day: ask the manager to name a "
                 "successor.",
                 "山田商店に最終出社日までに後任をご紹介できません。上司に後任を決めていただいて"
                 "ください。"}
                .in(l)),
        worded_warning(
            WarningCode::week_overloaded, Severity::warning, Text(), Text(),
            Both{"Week 2026-W49 needs 9.5 h but has 8 h: move the interview or ask for time.",
                 "2026-W49は9.5時間必要ですが8時間しかありません。面接をずらすか時間を確保して"
                 "ください。"}
                .in(l)),
        worded_warning(
            WarningCode::deal_closes_late, Severity::info, "acme", "acme/notify",
            Both{"株式会社アクメ is told right after the expected close on Thu 10 Dec 2026.",
                 "株式会社アクメには成約見込み日(2026年12月10日)の直後にお伝えします。"}
                .in(l)),
    };
}

}  // namespace

Day ymd(int year, unsigned month, unsigned day) {
    return Day{date::year{year} / date::month{month} / date::day{day}};
}

Task make_task(Text id, int step, Text title, std::optional<Day> date, double hours,
               std::optional<Text> client, std::optional<Method> method) {
    Task t;
    // The kind is the last part of a client's task id, the first of an interview's or a
    // weekly review's, and the whole of a plan-wide task's.
    const std::string_view whole = id;
    const auto slash = whole.find('/');
    auto kind =
        task_kind_from_string(whole.substr(slash == std::string_view::npos ? 0 : slash + 1));
    if (!kind) kind = task_kind_from_string(whole.substr(0, slash));
    t.kind = kind.value();
    t.id = id;
    t.step = step;
    t.subject = title;
    t.client = client.value_or(Text());
    t.date = date;
    t.hours = hours;
    t.method = method;
    t.status = date ? TaskStatus::todo : TaskStatus::unscheduled;
    return t;
}

Sample sample_plan(Lang lang) {
    Sample s;
    s.input = make_input();
    Plan& p = s.plan;
    p.worded = true;  // made by hand: its tasks and warnings carry their words
    s.lang = lang;
    p.today = s.input.today;
    p.last_day = s.input.last_day;
    p.end_date = s.input.end_date;
    p.support_until = s.input.support_until;
    p.me = s.input.me;
    p.manager = s.input.manager;
    p.tasks = make_tasks(lang, p.worded_points);
    p.clients = make_client_plans();
    p.warnings = make_warnings(lang);
    p.load = {
        {"2026-W49", ymd(2026, 11, 30), 5, 9, 3, 1, 1},
        {"2026-W50", ymd(2026, 12, 7), 7.25, 15, 0, 0, 3},
        {"2026-W51", ymd(2026, 12, 14), 4.5, 12, 0, 0, 3},
        {"2026-W52", ymd(2026, 12, 21), 0, 15, 0, 0, 0},
    };
    // As the engine writes them: every closed day from today to the last day, in order.
    for (Day d = p.today; d <= p.last_day; d += date::days{1}) {
        if (d == ymd(2026, 12, 4)) {
            p.day_notes.push_back({d, DayNote::Kind::blocked, "paid leave", "有給休暇", true});
        } else if (d == ymd(2026, 12, 18)) {
            p.day_notes.push_back(
                {d, DayNote::Kind::holiday, "Company foundation day", "創立記念日", true});
        } else if (weekday_index(d) >= 5) {
            p.day_notes.push_back({d, DayNote::Kind::day_off, {}, {}, true});
        }
    }
    return s;
}

}  // namespace handover::fixture
