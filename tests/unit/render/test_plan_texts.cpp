#include <algorithm>
#include <catch2/catch.hpp>

#include "handover/render/plan_texts.hpp"

using namespace handover;

namespace {

Day ymd(int year, unsigned month, unsigned day) {
    return Day{date::year{year} / date::month{month} / date::day{day}};
}

/// A plan made by the engine's rules of wording (not read back), with one client.
Plan small_plan() {
    Plan plan;
    plan.today = ymd(2026, 11, 30);
    plan.last_day = ymd(2026, 12, 25);
    plan.manager = "Ken Tanaka";
    ClientPlan client;
    client.id = "acme";
    client.name = "ACME Corp";
    client.successor = "Hana Mori";
    client.expected_close = ymd(2026, 12, 10);
    client.priority = 1;
    plan.clients = {client};
    plan.intro_buffer_days = 3;
    plan.notify_window_start = ymd(2026, 12, 1);
    plan.notify_window_end = ymd(2026, 12, 11);
    plan.intro_deadline = ymd(2026, 12, 22);
    WeekLoad week;
    week.week = "2026-W49";
    week.monday = ymd(2026, 11, 30);
    week.planned_hours = 9;
    week.available_hours = 8;
    week.interview_hours = 2;
    plan.load = {week};
    return plan;
}

}  // namespace

TEST_CASE("plan_texts: every kind of task has a title in both languages") {
    const Plan plan = small_plan();
    for (const TaskKind kind : k_task_kinds) {
        Task task;
        task.id = "acme/notify";
        task.kind = kind;
        task.client = "acme";
        task.client_at = 0;
        for (const Lang lang : {Lang::en, Lang::ja}) {
            INFO(to_string(kind) << " " << to_string(lang));
            CHECK(!task_title(lang, plan, task).empty());
        }
    }
    Task notify;
    notify.kind = TaskKind::notify;
    notify.client_at = 0;
    CHECK(task_title(Lang::en, plan, notify) == "Tell ACME Corp you are leaving");
    Task share;
    share.kind = TaskKind::share_handover;
    CHECK(task_title(Lang::en, plan, share) ==
          "Go through the handover documents with your successor (once named) and Ken Tanaka");
    // A joint visit names the successor it introduces; with none named, it invents no name.
    notify.with = with_people::successor;
    CHECK(task_title(Lang::en, plan, notify) ==
          "Tell ACME Corp you are leaving and introduce Hana Mori");
    Plan unnamed = small_plan();
    unnamed.clients[0].successor = {};
    CHECK(task_title(Lang::en, unnamed, notify) ==
          "Tell ACME Corp you are leaving and introduce your successor (once named)");
    CHECK(task_title(Lang::ja, unnamed, notify) ==
          "ACME Corpへ退職のご報告をし、後任者をご紹介する(後任者は未定)");
    Task intro;
    intro.kind = TaskKind::introduce;
    intro.client_at = 0;
    CHECK(task_title(Lang::en, unnamed, intro) ==
          "Introduce your successor (once named) to ACME Corp");
    CHECK(task_title(Lang::ja, unnamed, intro) == "ACME Corpへ後任者をご紹介する(後任者は未定)");
}

TEST_CASE("plan_texts: every warning code, in every form, has a message in both languages") {
    const Plan plan = small_plan();
    for (const WarningCode code : k_warning_codes) {
        for (const WarningForm form :
             {WarningForm::main, WarningForm::consult, WarningForm::review,
              WarningForm::without_notify, WarningForm::late, WarningForm::policy,
              WarningForm::undated, WarningForm::unbriefed}) {
            Warning w;
            w.code = code;
            w.form = form;
            w.client = "acme";
            w.client_at = 0;
            w.task = "weekly-review/2026-W49";
            w.number = code == WarningCode::incomplete_handover ? missing::contact : 0;
            w.first = ymd(2026, 11, 30);
            w.second = ymd(2026, 12, 4);
            w.third = ymd(2026, 12, 8);
            for (const Lang lang : {Lang::en, Lang::ja}) {
                INFO(to_string(code)
                     << " form " << static_cast<int>(form) << " " << to_string(lang));
                CHECK(!warning_message(lang, plan, w).empty());
            }
        }
    }
}

TEST_CASE("plan_texts: a plan read back says what its file says") {
    Plan plan = small_plan();
    plan.worded = true;
    Task task;
    task.kind = TaskKind::notify;
    task.client_at = 0;
    task.subject = "Call them";
    CHECK(task_title(Lang::ja, plan, task) == "Call them");
    const Warning w =
        worded_warning(WarningCode::no_successor, Severity::warning, "acme", Text(), "As written");
    CHECK(warning_message(Lang::ja, plan, w) == "As written");
}

TEST_CASE("plan_texts: every reason has a sentence in both languages") {
    const Plan plan = small_plan();
    for (const Reason reason : k_reasons) {
        Task task;
        task.kind = TaskKind::notify;
        task.client_at = 0;
        task.date = ymd(2026, 12, 11);
        task.reason = reason;
        task.note = "acme/handover-doc";
        for (const Lang lang : {Lang::en, Lang::ja}) {
            INFO(static_cast<int>(reason) << " " << to_string(lang));
            CHECK(task_why(lang, plan, task).empty() == (reason == Reason::none));
        }
    }
}

TEST_CASE("plan_texts: a reason names the values of its rule") {
    Plan plan = small_plan();
    Task notify;
    notify.kind = TaskKind::notify;
    notify.client_at = 0;
    notify.date = ymd(2026, 12, 1);
    notify.reason = Reason::notify_window;
    CHECK(task_why(Lang::en, plan, notify) ==
          "The least busy day of the notification window (Tue 1 Dec 2026 to Fri 11 Dec 2026), so "
          "that no week is crammed; priority 1 of 1.");
    notify.reason = Reason::notify_after_close;
    CHECK(task_why(Lang::en, plan, notify).find("expected signing on Thu 10 Dec 2026") !=
          std::string::npos);
    notify.reason = Reason::notify_after_departure;
    CHECK(task_why(Lang::en, plan, notify).find("Hana Mori") != std::string::npos);

    Task waits;
    waits.reason = Reason::waits;
    waits.note = "consult-manager";
    CHECK(task_why(Lang::en, plan, waits) == "Waits for consult-manager, which has no date yet.");

    Task intro;
    intro.kind = TaskKind::introduce;
    intro.client_at = 0;
    intro.reason = Reason::intro;
    plan.intro_gap_days = 5;
    CHECK(task_why(Lang::ja, plan, intro).find("5営業日空けてから") != std::string::npos);
    CHECK(task_why(Lang::ja, plan, intro).find("期限: 2026年12月22日(火)") != std::string::npos);
    intro.reason = Reason::intro_short_gap;
    CHECK(task_why(Lang::en, plan, intro) ==
          "Step 5: fewer than 5 working days after the announcement, because the introduction has "
          "to be done by Tue 22 Dec 2026.");
    intro.reason = Reason::intro_next_day;
    CHECK(task_why(Lang::en, plan, intro).find("no later day by Tue 22 Dec 2026") !=
          std::string::npos);
}

TEST_CASE("plan_texts: the window is named by its end once it closed, and by today before") {
    Plan plan = small_plan();
    Task notify;
    notify.kind = TaskKind::notify;
    notify.client_at = 0;
    notify.reason = Reason::notify_no_room;
    // End on the start: an open window of one day.
    plan.notify_window_start = ymd(2026, 12, 4);
    plan.notify_window_end = ymd(2026, 12, 4);
    CHECK(task_why(Lang::en, plan, notify).find("Fri 4 Dec 2026 to Fri 4 Dec 2026") !=
          std::string::npos);
    // End a day before the start: closed before it opened.
    plan.notify_window_end = ymd(2026, 12, 3);
    CHECK(task_why(Lang::en, plan, notify).find("which ended on Thu 3 Dec 2026") !=
          std::string::npos);
    // End on today: still named by its days.
    plan.notify_window_start = ymd(2026, 11, 30);
    plan.notify_window_end = ymd(2026, 11, 30);
    CHECK(task_why(Lang::en, plan, notify).find("Mon 30 Nov 2026 to Mon 30 Nov 2026") !=
          std::string::npos);
    // End the day before today: ended before today.
    plan.notify_window_end = ymd(2026, 11, 29);
    CHECK(task_why(Lang::en, plan, notify).find("which ended before Mon 30 Nov 2026") !=
          std::string::npos);
}

TEST_CASE("plan_texts: what a reason adds: the manager's date, the day that had no room") {
    Plan plan = small_plan();
    plan.disclose_from = ymd(2026, 12, 2);
    Task notify;
    notify.kind = TaskKind::notify;
    notify.client_at = 0;
    notify.reason = Reason::notify_window;
    const std::string plain = task_why(Lang::en, plan, notify);
    notify.reason_adds = reason_adds::disclosed;
    CHECK(task_why(Lang::en, plan, notify) == plain +
                                                  " Not before Wed 2 Dec 2026, the date you agreed "
                                                  "with your manager for telling clients.");
    notify.reason_adds = reason_adds::disclosed | reason_adds::moved;
    notify.moved_from = ymd(2026, 12, 3);
    CHECK(task_why(Lang::en, plan, notify) ==
          plain +
              " Not before Wed 2 Dec 2026, the date you agreed with your manager for telling "
              "clients. Thu 3 Dec 2026 was full, "
              "so the next free day.");
    CHECK(task_why(Lang::ja, plan, notify)
              .ends_with("2026年12月3日(木)は空きがないため、次に空いている日にしています。"));
}

TEST_CASE("plan_texts: talking points follow the client's dates and deal") {
    Plan plan = small_plan();
    Task notify;
    notify.kind = TaskKind::notify;
    notify.client_at = 0;
    auto has = [&](Lang lang, std::string_view text) {
        const std::vector<std::string> points = talking_points(lang, plan, notify);
        return std::any_of(points.begin(), points.end(),
                           [&](const std::string& p) { return p.find(text) != std::string::npos; });
    };
    CHECK(has(Lang::en, "Fri 25 Dec 2026"));
    CHECK(has(Lang::en, "offer to introduce them"));  // no introduction date yet
    CHECK_FALSE(has(Lang::en, "open deal"));          // an active account
    CHECK_FALSE(has(Lang::en, "follow-up"));
    plan.clients[0].introduce_date = ymd(2026, 12, 14);
    plan.clients[0].follow_up_date = ymd(2026, 12, 17);
    plan.clients[0].stage = Stage::negotiation;
    plan.clients[0].method = Method::in_person;
    plan.support_until = ymd(2027, 1, 31);
    CHECK(has(Lang::en, "together on Mon 14 Dec 2026"));
    CHECK(has(Lang::en, "open deal"));
    CHECK(has(Lang::en, "check-in together with Hana Mori on Thu 17 Dec 2026"));
    // support_until is the user's offer to the successor: never promised to a client.
    CHECK_FALSE(has(Lang::ja, "2027年1月31日(日)"));
    CHECK_FALSE(has(Lang::en, "Sun 31 Jan 2027"));
    Task intro = notify;
    intro.kind = TaskKind::introduce;
    CHECK(talking_points(Lang::en, plan, intro).empty());
    plan.worded = true;
    plan.worded_points["acme/notify"] = {"As written"};
    notify.id = "acme/notify";
    CHECK(talking_points(Lang::en, plan, notify) == std::vector<std::string>{"As written"});
}

TEST_CASE("plan_texts: a note about several clients names each, in the plan's order") {
    Plan plan = small_plan();
    ClientPlan other;
    other.id = "beta";
    other.name = "Beta KK";
    plan.clients.push_back(other);
    plan.warning_clients = {plan.list({"acme", "beta"}), plan.list({"beta", "ghost"})};
    Warning w;
    w.code = WarningCode::business_closure;
    w.severity = Severity::info;
    w.form = WarningForm::year_end;
    w.first = ymd(2026, 12, 29);
    w.second = ymd(2027, 1, 3);
    w.several = true;
    w.client_at = 0;
    CHECK(warning_message(Lang::en, plan, w)
              .starts_with("Contacts with ACME Corp, Beta KK fall in "
                           "the year-end break (Tue 29 Dec 2026 to "
                           "Sun 3 Jan 2027)"));
    CHECK(warning_message(Lang::ja, plan, w).starts_with("ACME Corp、Beta KKへのご連絡"));
    // An id the plan does not know (a plan read back) is named by itself.
    w.client_at = 1;
    w.form = WarningForm::obon;
    CHECK(warning_message(Lang::en, plan, w)
              .starts_with("Contacts with Beta KK, ghost fall in "
                           "the Obon break"));
}

TEST_CASE("plan_texts: a client is thanked for what it has given, on each side of its close") {
    Plan plan = small_plan();  // expected close Thu 10 Dec 2026
    plan.clients[0].stage = Stage::closing;
    Task notify;
    notify.kind = TaskKind::notify;
    notify.client_at = 0;
    const auto first = [&](Lang lang) { return talking_points(lang, plan, notify).front(); };
    notify.date = ymd(2026, 12, 11);  // the day after the close: the contract is signed
    CHECK(first(Lang::en) == "Thank them for the contract they have just signed.");
    CHECK(first(Lang::ja) == "このたびのご契約への御礼を申し上げる。");
    CHECK(standing(plan.clients[0], notify.date) == Standing::signed_contract);
    notify.date = ymd(2026, 12, 10);  // on the day of the close: still open
    CHECK(standing(plan.clients[0], notify.date) == Standing::open_deal);
    CHECK(first(Lang::en).starts_with("Thank them for their time and interest"));
    notify.date.reset();
    CHECK(standing(plan.clients[0], notify.date) == Standing::open_deal);
    plan.clients[0].stage = Stage::prospect;
    notify.date = ymd(2026, 12, 11);
    CHECK(standing(plan.clients[0], notify.date) == Standing::new_client);
    CHECK(first(Lang::en).starts_with("Thank them for their time and interest"));
    // A renewal signed the day before is a contract the successor looks after; on its
    // signing day, or without a signing day, it is a customer's renewal still to come.
    plan.clients[0].stage = Stage::renewal;
    CHECK(standing(plan.clients[0], notify.date) == Standing::signed_contract);
    CHECK(first(Lang::en) == "Thank them for the contract they have just signed.");
    notify.date = ymd(2026, 12, 10);
    CHECK(standing(plan.clients[0], notify.date) == Standing::customer);
    CHECK(first(Lang::en) == "Thank them for their business and trust so far.");
    plan.clients[0].expected_close.reset();
    notify.date = ymd(2026, 12, 11);
    CHECK(standing(plan.clients[0], notify.date) == Standing::customer);
    plan.clients[0].stage = Stage::active;
    plan.clients[0].expected_close = ymd(2026, 12, 10);
    CHECK(standing(plan.clients[0], notify.date) == Standing::customer);
}

TEST_CASE("plan_texts: how the successor is met follows the method; the common questions") {
    Plan plan = small_plan();
    plan.takeover_day = ymd(2026, 12, 28);
    Task notify;
    notify.kind = TaskKind::notify;
    notify.client_at = 0;
    const auto has = [&](Lang lang, std::string_view text) {
        const std::vector<std::string> points = talking_points(lang, plan, notify);
        return std::any_of(points.begin(), points.end(),
                           [&](const std::string& p) { return p.find(text) != std::string::npos; });
    };
    notify.with = with_people::successor;
    notify.method = Method::in_person;
    CHECK(has(Lang::en, "Introduce Hana Mori, who is with you today"));
    notify.method = Method::video;
    CHECK(has(Lang::en, "who joins the video call"));
    notify.method = Method::phone;
    CHECK(has(Lang::en, "who joins the call"));
    CHECK_FALSE(has(Lang::ja, "伺"));
    notify.method = Method::email;
    CHECK(has(Lang::en, "Copy Hana Mori on the email"));
    CHECK(has(Lang::ja, "CCに入れ"));
    CHECK_FALSE(has(Lang::ja, "伺"));
    notify.with = 0;
    plan.clients[0].introduce_date = ymd(2026, 12, 14);
    plan.clients[0].method = Method::phone;
    CHECK(has(Lang::en, "propose calling together on Mon 14 Dec 2026"));
    CHECK_FALSE(has(Lang::ja, "伺"));
    plan.clients[0].method = Method::in_person;
    CHECK(has(Lang::ja, "2026年12月14日(月)に一緒にご挨拶に伺いたい"));
    // The day the successor takes over, after the last day.
    CHECK(has(Lang::en,
              "Until Fri 25 Dec 2026 you remain their contact; from Mon 28 Dec 2026, "
              "Hana Mori."));
    for (const Lang lang : {Lang::en, Lang::ja}) {
        const std::vector<std::string> points = talking_points(lang, plan, notify);
        REQUIRE(points.size() >= 4);
        CHECK(points[points.size() - 4] == tr(lang, "plan.talk.ask_where"));
        CHECK(points[points.size() - 3] == tr(lang, "plan.talk.ask_why"));
        CHECK(points[points.size() - 2] == tr(lang, "plan.talk.ask_changes"));
        CHECK(points.back() == tr(lang, "plan.talk.dont"));
    }
}

TEST_CASE("plan_texts: the briefing's points say what the walk-through covers") {
    Plan plan = small_plan();
    plan.clients[0].stage = Stage::active;
    plan.clients[0].expected_close.reset();
    Task brief;
    brief.kind = TaskKind::brief;
    brief.client_at = 0;
    const auto points = [&](Lang lang) { return talking_points(lang, plan, brief); };
    // Nothing given: the document, and what is missing said out loud.
    CHECK(points(Lang::en) ==
          std::vector<std::string>{
              "Go through the handover document for ACME Corp with Hana Mori, contract terms "
              "included.",
              "There are no handover notes yet: tell what the document does not say (promises, "
              "sensitivities, open issues).",
              "Say who decides and signs at ACME Corp; it is not written down yet."});
    // Everything given: notes, decision maker, the open deal and its date, the next event.
    plan.clients[0].has_handover_notes = true;
    plan.clients[0].decision_maker = "Mr Yamada";
    plan.clients[0].stage = Stage::negotiation;
    plan.clients[0].expected_close = ymd(2026, 12, 10);
    plan.clients[0].next_event = ymd(2026, 12, 15);
    CHECK(points(Lang::en) ==
          std::vector<std::string>{
              "Go through the handover document for ACME Corp with Hana Mori, contract terms "
              "included.",
              "Walk through the handover notes point by point.",
              "Who decides and signs: Mr Yamada.",
              "The open deal: where it stands and what is left before the signing expected on "
              "Thu 10 Dec 2026.",
              "The coming events with the client, the first on Tue 15 Dec 2026."});
    CHECK(points(Lang::ja) ==
          std::vector<std::string>{
              "ACME Corpの引き継ぎ資料を、契約条件も含めてHana Moriと一緒に確認する。",
              "引き継ぎ事項を一つずつ説明する。", "決裁者がMr Yamadaであることを伝える。",
              "進行中の案件: 現在の状況と、2026年12月10日(木)のご契約予定までに残っている作業。",
              "お客様との今後のご予定(2026年12月15日(火)から)。"});
    // An open deal without a date.
    plan.clients[0].expected_close.reset();
    CHECK(points(Lang::en)[3] == "The open deal: where it stands and what is left to do.");
}

TEST_CASE("plan_texts: a person is named after the first mention by the name's first part") {
    CHECK(first_word("鈴木 健") == "鈴木");
    CHECK(first_word("鈴木\u3000健") == "鈴木");
    CHECK(first_word("Sam Lee") == "Sam");
    CHECK(first_word("Madonna") == "Madonna");
    CHECK(first_word(" leading") == " leading");
}

TEST_CASE("plan_texts: a high-value client's reason names its value and the threshold") {
    Plan plan = small_plan();
    plan.currency = Currency::USD;
    plan.high_value = 100'000;
    ClientPlan& client = plan.clients.front();
    client.method_reason = MethodReason::high_value;
    client.value = 410'000;
    CHECK(method_reason(Lang::en, plan, client) ==
          "high-value account ($410,000 ≥ $100,000): in person");
    CHECK(method_reason(Lang::ja, plan, client) ==
          "重要顧客(410,000米ドル、基準額100,000米ドル以上)のため対面");
    // Exactly at the threshold is high value too (rules: value >= high_value).
    client.value = 100'000;
    CHECK(method_reason(Lang::en, plan, client) ==
          "high-value account ($100,000 ≥ $100,000): in person");
    plan.currency = Currency::JPY;
    plan.high_value = 10'000'000;
    client.value = 18'500'000;
    CHECK(method_reason(Lang::en, plan, client) ==
          "high-value account (¥18,500,000 ≥ ¥10,000,000): in person");
    // Other reasons name no amount.
    client.method_reason = MethodReason::open_deal;
    CHECK(method_reason(Lang::en, plan, client) == "open deal: in person");
    // A plan with no threshold (read back from a file) keeps the short phrase.
    client.method_reason = MethodReason::high_value;
    plan.high_value = 0;
    CHECK(method_reason(Lang::en, plan, client) == "high-value account: in person");
}

TEST_CASE("plan_texts: the others' view has no agenda for the manager and no private preparation") {
    Plan plan = small_plan();
    plan.jurisdiction = Jurisdiction::US;
    plan.notice_days = 14;
    Task consult;
    consult.id = "consult-manager";
    consult.kind = TaskKind::consult_manager;
    consult.date = ymd(2026, 12, 4);
    consult.reason = Reason::consult_notice;
    Task doc;
    doc.id = "acme/handover-doc";
    doc.kind = TaskKind::handover_doc;
    doc.client_at = 0;
    doc.date = ymd(2026, 12, 1);
    doc.reason = Reason::doc_prepared;
    for (const Lang lang : {Lang::en, Lang::ja}) {
        INFO(to_string(lang));
        const std::string_view secret = lang == Lang::en ? "privately" : "上司への相談前";
        const std::string_view prepared = lang == Lang::en ? "privately" : "誰にも知らせずに";
        plan.for_others = false;
        CHECK_FALSE(talking_points(lang, plan, consult).empty());
        CHECK(task_why(lang, plan, doc).find(secret) != std::string::npos);
        CHECK(task_why(lang, plan, consult).find(prepared) != std::string::npos);
        plan.for_others = true;
        CHECK(talking_points(lang, plan, consult).empty());
        const std::string why = task_why(lang, plan, doc);
        CHECK(why.find(secret) == std::string::npos);
        CHECK(why.find(lang == Lang::en ? "priority 1 of 1" : "1件中1番目") != std::string::npos);
        CHECK(task_why(lang, plan, consult).find(prepared) == std::string::npos);
        CHECK_FALSE(task_why(lang, plan, consult).empty());
    }
    // A plan read back keeps its notifications' points, but not the agenda, for the others.
    plan.worded = true;
    plan.worded_points["consult-manager"] = {"Ask about PTO"};
    plan.for_others = false;
    CHECK(talking_points(Lang::en, plan, consult) == std::vector<std::string>{"Ask about PTO"});
    plan.for_others = true;
    CHECK(talking_points(Lang::en, plan, consult).empty());
}
