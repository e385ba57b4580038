// Jurisdiction rules of the engine: the notice each jurisdiction's law asks for (and no law
// named outside it), the default windows shrunk for a short notice, and the cautions of the
// talk with the manager outside Japan. docs/jurisdictions.md and docs/scheduling.md.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "handover/engine/rules.hpp"
#include "handover/engine/scheduler.hpp"
#include "handover/render/plan_texts.hpp"
#include "support/input_builder.hpp"
#include "support/plan_lookup.hpp"

using namespace handover;
using handover::testing::add_client;
using handover::testing::base_input;
using handover::testing::d;
using handover::testing::task;

namespace {

/// The NOTICE_TOO_SHORT warning of a plan whose talk with the manager is today, Fri 20 Nov
/// 2026, and whose employment ends `days` calendar days later; none when it has none.
std::optional<Warning> notice_warning(Jurisdiction jurisdiction, int days, int policy_days,
                                      Plan& plan, std::vector<HolidayCalendar> calendars = {}) {
    Input in = base_input("2026-11-20", "2026-12-25");
    in.jurisdiction = jurisdiction;
    in.calendar.calendars = std::move(calendars);
    in.policy.notice_days = policy_days;
    in.end_date = in.today + date::days{days};
    in.last_day = std::min(in.last_day, *in.end_date);
    plan = build_plan(in);
    for (const Warning& w : plan.warnings) {
        if (w.code == WarningCode::notice_too_short) return w;
    }
    return std::nullopt;
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

/// Every law's name and citation, in both languages.
void check_cites_only(Jurisdiction jurisdiction, const std::string& text) {
    INFO(text);
    if (jurisdiction != Jurisdiction::JP) {
        CHECK_FALSE(contains(text, "627"));
        CHECK_FALSE(contains(text, "Civil Code"));
        CHECK_FALSE(contains(text, "民法"));
    }
    if (jurisdiction != Jurisdiction::GB) {
        CHECK_FALSE(contains(text, "Employment Rights Act"));
        CHECK_FALSE(contains(text, "雇用権利法"));
        CHECK_FALSE(contains(text, "s.86"));
        CHECK_FALSE(contains(text, "Northern Ireland"));
        CHECK_FALSE(contains(text, "北アイルランド"));
    }
}

}  // namespace

TEST_CASE("jurisdiction: JP notice, the Civil Code's 14 days and then the company's period",
          "[scheduler][jurisdiction]") {
    Plan plan;
    // 13 / 14 / 15 days against the law, the company asking for 20.
    auto w = notice_warning(Jurisdiction::JP, 13, 20, plan);
    REQUIRE(w);
    CHECK(w->form == WarningForm::main);
    CHECK(contains(warning_message(Lang::en, plan, *w), "Civil Code (art. 627)"));
    CHECK(contains(warning_message(Lang::ja, plan, *w), "民法627条"));
    for (const int days : {14, 15, 19}) {
        w = notice_warning(Jurisdiction::JP, days, 20, plan);
        REQUIRE(w);
        CHECK(w->form == WarningForm::policy);
        CHECK(w->number == 20);
        check_cites_only(Jurisdiction::JP, warning_message(Lang::en, plan, *w));
        CHECK(contains(warning_message(Lang::ja, plan, *w), "就業規則"));
    }
    CHECK_FALSE(notice_warning(Jurisdiction::JP, 20, 20, plan));
    CHECK_FALSE(notice_warning(Jurisdiction::JP, 21, 20, plan));
    // A company period shorter than the law's: the law still holds.
    REQUIRE(notice_warning(Jurisdiction::JP, 13, 7, plan));
    CHECK_FALSE(notice_warning(Jurisdiction::JP, 14, 7, plan));
}

TEST_CASE("jurisdiction: US notice, at will: only the company's period, no law",
          "[scheduler][jurisdiction]") {
    Plan plan;
    for (const int days : {3, 6, 7, 13}) {
        auto w = notice_warning(Jurisdiction::US, days, 14, plan);
        REQUIRE(w);
        CHECK(w->form == WarningForm::policy);
        CHECK(w->number == 14);
        for (const Lang lang : {Lang::en, Lang::ja}) {
            const std::string text = warning_message(lang, plan, *w);
            check_cites_only(Jurisdiction::US, text);
            CHECK_FALSE(contains(text, "就業規則"));
        }
        CHECK(contains(warning_message(Lang::en, plan, *w),
                       "less than the 14 days' notice your company expects"));
        CHECK(contains(warning_message(Lang::ja, plan, *w), "会社が求める予告期間(14日)"));
    }
    CHECK_FALSE(notice_warning(Jurisdiction::US, 14, 14, plan));
    CHECK_FALSE(notice_warning(Jurisdiction::US, 15, 14, plan));
    // No statutory minimum: two days' notice where the company asks for none is no warning.
    CHECK_FALSE(notice_warning(Jurisdiction::US, 2, 0, plan));
}

TEST_CASE("jurisdiction: GB notice, the statutory week and then the contractual period",
          "[scheduler][jurisdiction]") {
    Plan plan;
    auto w = notice_warning(Jurisdiction::GB, 6, 30, plan);
    REQUIRE(w);
    CHECK(w->form == WarningForm::main);
    CHECK(w->number == 7);
    CHECK(contains(warning_message(Lang::en, plan, *w), "Employment Rights Act 1996, s.86"));
    CHECK(contains(warning_message(Lang::ja, plan, *w), "雇用権利法第86条"));
    for (const Lang lang : {Lang::en, Lang::ja})
        check_cites_only(Jurisdiction::GB, warning_message(lang, plan, *w));
    for (const int days : {7, 8, 29}) {
        w = notice_warning(Jurisdiction::GB, days, 30, plan);
        REQUIRE(w);
        CHECK(w->form == WarningForm::policy);
        CHECK(w->number == 30);
        CHECK(contains(warning_message(Lang::en, plan, *w),
                       "less than the 30 days' notice in your contract"));
        CHECK(contains(warning_message(Lang::ja, plan, *w), "雇用契約上の予告期間(30日)"));
        for (const Lang lang : {Lang::en, Lang::ja}) {
            const std::string text = warning_message(lang, plan, *w);
            check_cites_only(Jurisdiction::GB, text);
            CHECK_FALSE(contains(text, "Employment Rights Act"));
        }
    }
    CHECK_FALSE(notice_warning(Jurisdiction::GB, 30, 30, plan));
    CHECK_FALSE(notice_warning(Jurisdiction::GB, 31, 30, plan));
    // A contract shorter than the statutory week: the week still holds.
    REQUIRE(notice_warning(Jurisdiction::GB, 6, 3, plan));
    CHECK_FALSE(notice_warning(Jurisdiction::GB, 7, 3, plan));
}

TEST_CASE("jurisdiction: GB notice with Northern Ireland's holidays alone names its own Order",
          "[scheduler][jurisdiction]") {
    using HC = HolidayCalendar;
    const auto cites = [](const std::vector<HC>& calendars, int days) {
        Plan plan;
        const auto w = notice_warning(Jurisdiction::GB, days, 30, plan, calendars);
        REQUIRE(w);
        return std::pair{warning_message(Lang::en, plan, *w), warning_message(Lang::ja, plan, *w)};
    };
    // Six days: under the statutory week.
    auto [en, ja] = cites({HC::GB_NIR}, 6);
    CHECK(contains(en, "Employment Rights (Northern Ireland) Order 1996, art. 118"));
    CHECK(contains(ja, "雇用権利(北アイルランド)令第118条"));
    CHECK_FALSE(contains(en, "Employment Rights Act"));
    CHECK_FALSE(contains(ja, "雇用権利法"));
    // Great Britain's holidays, or Northern Ireland's beside another part's: the Act.
    for (const std::vector<HC>& calendars : {std::vector<HC>{},
                                             {HC::GB_EAW},
                                             {HC::GB_SCT},
                                             {HC::GB_NIR, HC::GB_EAW},
                                             {HC::GB_SCT, HC::GB_NIR}}) {
        std::tie(en, ja) = cites(calendars, 6);
        CHECK(contains(en, "Employment Rights Act 1996, s.86"));
        CHECK_FALSE(contains(en, "Northern Ireland"));
        CHECK_FALSE(contains(ja, "北アイルランド"));
    }
    // Seven days meet the week: the contract's period, no statute, in Northern Ireland too.
    std::tie(en, ja) = cites({HC::GB_NIR}, 7);
    CHECK(contains(en, "less than the 30 days' notice in your contract"));
    CHECK_FALSE(contains(en, "Order 1996"));
    // Northern Ireland's holidays outside a GB plan change nothing.
    Input in = base_input("2026-11-20", "2026-12-25");
    in.calendar.calendars = {HC::GB_NIR};
    for (const Jurisdiction j : {Jurisdiction::JP, Jurisdiction::US}) {
        in.jurisdiction = j;
        CHECK_FALSE(northern_ireland(in));
    }
    in.jurisdiction = Jurisdiction::GB;
    CHECK(northern_ireland(in));
}

TEST_CASE("jurisdiction: the statutory notice of each", "[rules][jurisdiction]") {
    CHECK(statutory_notice_days(Jurisdiction::JP) == 14);
    CHECK(statutory_notice_days(Jurisdiction::GB) == 7);
    CHECK_FALSE(statutory_notice_days(Jurisdiction::US));
}

TEST_CASE("short notice: the default windows shrink in proportion", "[rules][jurisdiction]") {
    const Policy defaults;
    // On each side of the threshold: a month or more keeps the defaults.
    for (const int days : {30, 31, 60}) {
        const Policy p = scaled_windows(defaults, days);
        CHECK(p.notify_earliest_days == 30);
        CHECK(p.notify_latest_days == 10);
        CHECK(p.intro_buffer_days == 5);
        CHECK_FALSE(windows_scaled(defaults, p));
    }
    Policy p = scaled_windows(defaults, 29);  // 10*29/30 = 9.67, 5*29/30 = 4.83
    CHECK(p.notify_earliest_days == 29);
    CHECK(p.notify_latest_days == 10);
    CHECK(p.intro_buffer_days == 5);
    CHECK(windows_scaled(defaults, p));
    p = scaled_windows(defaults, 11);  // two weeks' notice told on a Monday: 11 days
    CHECK(p.notify_earliest_days == 11);
    CHECK(p.notify_latest_days == 4);  // 3.67
    CHECK(p.intro_buffer_days == 2);   // 1.83
    p = scaled_windows(defaults, 3);   // the floors
    CHECK(p.notify_earliest_days == k_min_notify_earliest_days);
    CHECK(p.notify_latest_days == k_min_notify_latest_days);
    CHECK(p.intro_buffer_days == k_min_intro_buffer_days);
    p = scaled_windows(defaults, -5);  // told after the last day: still the floors
    CHECK(p.notify_latest_days == k_min_notify_latest_days);
    // Halves round up: 10*9/30 = 3, 10*12/30 = 4, 5*9/30 = 1.5 -> 2.
    CHECK(scaled_windows(defaults, 9).intro_buffer_days == 2);
    CHECK(scaled_windows(defaults, 8).intro_buffer_days == 1);
    // A value the file gives is kept as it is.
    Policy given = defaults;
    given.given.notify_latest_days = true;
    given.notify_latest_days = 12;
    p = scaled_windows(given, 11);
    CHECK(p.notify_latest_days == 12);
    CHECK(p.notify_earliest_days == 11);
    CHECK(p.intro_buffer_days == 2);
}

TEST_CASE("short notice: scaled windows stay between their floors and the values, monotone",
          "[rules][jurisdiction][property]") {
    std::mt19937 random(20261116);  // fixed seed: the same cases every run
    std::uniform_int_distribution<int> value(0, 90), days(-10, 120), coin(0, 1);
    for (int round = 0; round < 5000; ++round) {
        Policy p;
        p.notify_earliest_days = value(random);
        p.notify_latest_days = value(random) / 3;
        p.intro_buffer_days = value(random) / 6;
        p.given.notify_earliest_days = coin(random) == 1;
        p.given.notify_latest_days = coin(random) == 1;
        p.given.intro_buffer_days = coin(random) == 1;
        const int available = days(random);
        const Policy s = scaled_windows(p, available);
        const Policy more = scaled_windows(p, available + 1);
        INFO("round " << round << " available " << available);
        const auto check = [&](int original, int scaled, int next, bool given, int floor) {
            CHECK(scaled <= original);
            CHECK(scaled >= std::min(original, floor));
            CHECK(scaled <= next);  // monotone in the days available
            if (given || available >= k_reference_notice_days) CHECK(scaled == original);
        };
        check(p.notify_earliest_days, s.notify_earliest_days, more.notify_earliest_days,
              p.given.notify_earliest_days, k_min_notify_earliest_days);
        check(p.notify_latest_days, s.notify_latest_days, more.notify_latest_days,
              p.given.notify_latest_days, k_min_notify_latest_days);
        check(p.intro_buffer_days, s.intro_buffer_days, more.intro_buffer_days,
              p.given.intro_buffer_days, k_min_intro_buffer_days);
        CHECK(s.notice_days == p.notice_days);
        CHECK(s.high_value == p.high_value);
    }
}

namespace {

/// A US account executive: tells the manager on Mon 16 Nov 2026, last day Fri 27 Nov, with
/// Thanksgiving (Thu 26 Nov) a holiday and eight clients.
Input two_weeks_us() {
    Input in = base_input("2026-11-16", "2026-11-27");
    in.jurisdiction = Jurisdiction::US;
    in.policy.notice_days = 14;
    in.end_date = d("2026-11-30");
    in.calendar.holidays.push_back(NamedHoliday{d("2026-11-26"), "Thanksgiving Day"});
    in.calendar.hours_per_day = 6;
    in.calendar.max_meetings_per_day = 3;
    for (const char* id : {"a", "b", "c", "d", "e", "f", "g", "h"}) add_client(in, id);
    // Three high-value clients and a change-averse one: an announcement and a separate
    // introduction each.
    for (const std::size_t i : {0, 1, 7}) in.clients[i].value = in.policy.high_value;
    in.clients[3].change_averse = true;
    return in;
}

int errors(const Plan& plan) {
    return static_cast<int>(
        std::count_if(plan.warnings.begin(), plan.warnings.end(),
                      [](const Warning& w) { return w.severity == Severity::error; }));
}

}  // namespace

TEST_CASE("short notice: a feasible two-week plan has no window error",
          "[scheduler][jurisdiction]") {
    const Input in = two_weeks_us();
    const Plan plan = build_plan(in);
    for (const Warning& w : plan.warnings) {
        INFO(warning_message(Lang::en, plan, w));
        CHECK(w.severity != Severity::error);
    }
    CHECK(plan.notice_available_days == 11);
    CHECK(plan.intro_buffer_days == 2);
    for (const Task& t : plan.tasks) {
        if (t.date) CHECK(*t.date != d("2026-11-26"));  // nothing on Thanksgiving
    }
    // The announcement says why its window is short, in both languages.
    const Task& notify = task(plan, "a/notify");
    CHECK(contains(task_why(Lang::en, plan, notify), "only 11 calendar days remain"));
    CHECK(contains(task_why(Lang::ja, plan, notify), "11日しかないため"));

    SECTION("the same windows given in the file are kept, and do not fit") {
        Input fixed = in;
        fixed.policy.given.notify_latest_days = true;
        fixed.policy.given.notify_earliest_days = true;
        fixed.policy.given.intro_buffer_days = true;
        const Plan unscaled = build_plan(fixed);
        CHECK(unscaled.notice_available_days == 0);
        CHECK(unscaled.intro_buffer_days == 5);
        CHECK(errors(unscaled) > 0);
        CHECK_FALSE(contains(task_why(Lang::en, unscaled, task(unscaled, "a/notify")),
                             "calendar days remain"));
    }
}

TEST_CASE("short notice: a month's notice keeps the default windows", "[scheduler][jurisdiction]") {
    // Told Fri 20 Nov, last day Sun 20 Dec: 30 days, the threshold itself.
    Input in = base_input("2026-11-20", "2026-12-20");
    add_client(in, "a");
    Plan plan = build_plan(in);
    CHECK(plan.notice_available_days == 0);
    CHECK(plan.intro_buffer_days == 5);
    // A day less: shortened.
    in.last_day = d("2026-12-19");
    plan = build_plan(in);
    CHECK(plan.notice_available_days == 29);
}

namespace {

std::vector<std::string> agenda(Jurisdiction jurisdiction, Lang lang) {
    Input in = base_input();
    in.jurisdiction = jurisdiction;
    add_client(in, "a");
    const Plan plan = build_plan(in);
    return talking_points(lang, plan, task(plan, "consult-manager"));
}

bool any_has(const std::vector<std::string>& points, std::string_view part) {
    return std::any_of(points.begin(), points.end(),
                       [&](const std::string& p) { return contains(p, part); });
}

}  // namespace

TEST_CASE("jurisdiction: the cautions of the talk with the manager", "[render][jurisdiction]") {
    const auto jp = agenda(Jurisdiction::JP, Lang::en);
    const auto us = agenda(Jurisdiction::US, Lang::en);
    const auto gb = agenda(Jurisdiction::GB, Lang::en);
    for (const auto* points : {&us, &gb}) {
        CHECK(any_has(*points, "announce your departure to clients"));
        CHECK(any_has(*points, "non-solicitation"));
        CHECK(any_has(*points, "take no client data"));
        CHECK_FALSE(any_has(*points, "company's rules"));
    }
    CHECK(any_has(us, "work your notice at all"));
    CHECK(any_has(us, "non-compete"));
    CHECK(any_has(us, "paid time off"));
    CHECK_FALSE(any_has(us, "garden leave"));
    CHECK(any_has(gb, "garden leave"));
    CHECK(any_has(gb, "non-dealing"));
    CHECK(any_has(gb, "untaken holiday"));
    CHECK_FALSE(any_has(gb, "work your notice at all"));
    // Japan's agenda as it was: none of them.
    CHECK(any_has(jp, "company's rules"));
    for (const char* part : {"announce your departure", "non-solicitation", "client data",
                             "garden leave", "work your notice"}) {
        CHECK_FALSE(any_has(jp, part));
    }
    CHECK(jp.size() + 4 == us.size());
    CHECK(jp.size() + 4 == gb.size());
    // Japanese, the same points.
    const auto gb_ja = agenda(Jurisdiction::GB, Lang::ja);
    CHECK(any_has(gb_ja, "ガーデンリーブ"));
    CHECK(any_has(gb_ja, "持ち出さない"));
    CHECK_FALSE(any_has(agenda(Jurisdiction::JP, Lang::ja), "ガーデンリーブ"));
    for (const Jurisdiction j : {Jurisdiction::JP, Jurisdiction::US, Jurisdiction::GB}) {
        for (const Lang lang : {Lang::en, Lang::ja}) {
            for (const std::string& point : agenda(j, lang)) check_cites_only(j, point);
        }
    }
}

TEST_CASE("jurisdiction: documents prepared before the talk say why outside Japan",
          "[render][jurisdiction]") {
    for (const Jurisdiction j : {Jurisdiction::JP, Jurisdiction::US, Jurisdiction::GB}) {
        Input in = base_input();
        in.jurisdiction = j;
        in.policy.prepare_before_notice = true;
        add_client(in, "a");
        Plan plan = build_plan(in);
        CHECK(task(plan, "a/handover-doc").depends_on.empty());
        // Worded as a document written before the talk (Reason::doc_prepared).
        Task doc = task(plan, "a/handover-doc");
        doc.reason = Reason::doc_prepared;
        const std::string en = task_why(Lang::en, plan, doc);
        const std::string ja = task_why(Lang::ja, plan, doc);
        INFO(en);
        CHECK(contains(en, "private"));
        CHECK(contains(en, "access may end") == (j != Jurisdiction::JP));
        CHECK(contains(ja, "アクセスが停止") == (j != Jurisdiction::JP));
    }
}

TEST_CASE("jurisdiction: with private preparation the manager is told when the notice is due",
          "[scheduler][jurisdiction]") {
    // Today Thu 12 Nov 2026, last day Fri 4 Dec: 14 days' notice is due on Fri 20 Nov.
    Input in = base_input("2026-11-12", "2026-12-04");
    in.jurisdiction = Jurisdiction::US;
    in.policy.prepare_before_notice = true;
    in.policy.notice_days = 14;
    add_client(in, "a");
    const auto consult_day = [](const Input& input) {
        const Plan plan = build_plan(input);
        const Task& consult = task(plan, "consult-manager");
        REQUIRE(consult.date);
        return std::pair{*consult.date, consult.reason};
    };
    SECTION("the last day that gives the notice, the preparation before it") {
        const Plan plan = build_plan(in);
        const Task& consult = task(plan, "consult-manager");
        CHECK(*consult.date == d("2026-11-20"));
        CHECK(consult.reason == Reason::consult_notice);
        CHECK(*task(plan, "a/handover-doc").date < d("2026-11-20"));
        CHECK(contains(task_why(Lang::en, plan, consult), "14 days' notice"));
        CHECK(contains(task_why(Lang::ja, plan, consult), "14日間の予告期間"));
    }
    SECTION("a notice day on a weekend moves to the working day before it") {
        in.policy.notice_days = 12;  // due Sun 22 Nov
        CHECK(consult_day(in).first == d("2026-11-20"));
    }
    SECTION("a notice due tomorrow is given tomorrow, one due today today") {
        in.policy.notice_days = 21;  // due Fri 13 Nov
        CHECK(consult_day(in) == std::pair{d("2026-11-13"), Reason::consult_notice});
        in.policy.notice_days = 22;  // due today
        CHECK(consult_day(in) == std::pair{d("2026-11-12"), Reason::consult});
        in.policy.notice_days = 30;  // already overdue
        CHECK(consult_day(in) == std::pair{d("2026-11-12"), Reason::consult});
    }
    SECTION("without private preparation, or in Japan, the manager hears first thing") {
        Input unprepared = in;
        unprepared.policy.prepare_before_notice = false;
        CHECK(consult_day(unprepared) == std::pair{d("2026-11-12"), Reason::consult});
        Input japan = in;
        japan.jurisdiction = Jurisdiction::JP;
        CHECK(consult_day(japan) == std::pair{d("2026-11-12"), Reason::consult});
    }
}

TEST_CASE("jurisdiction: holidays inside the notice bring the talk forward",
          "[scheduler][jurisdiction]") {
    // Last day Mon 4 Jan 2027, 14 days' notice: due Mon 21 Dec by the calendar, but
    // Christmas Day and New Year's Day leave only 8 working days after it, so the talk comes
    // 10 working days before the last day.
    Input in = base_input("2026-12-07", "2027-01-04");
    in.jurisdiction = Jurisdiction::US;
    in.calendar.calendars = {HolidayCalendar::US};
    in.policy.prepare_before_notice = true;
    in.policy.notice_days = 14;
    add_client(in, "a");
    Plan plan = build_plan(in);
    CHECK(format_iso(*task(plan, "consult-manager").date) == "2026-12-17");
    // Without the holidays the calendar day decides: Mon 21 Dec leaves 10 working days.
    in.calendar.calendars.clear();
    plan = build_plan(in);
    CHECK(format_iso(*task(plan, "consult-manager").date) == "2026-12-21");
}

TEST_CASE("jurisdiction: outside Japan the resignation letter is the notice, given at the talk",
          "[scheduler][jurisdiction]") {
    Input in = base_input("2026-11-20", "2026-12-18");
    add_client(in, "a");
    SECTION("JP: the company's form, the first working day after the talk") {
        const Plan plan = build_plan(in);
        CHECK(*task(plan, "resignation-letter").date == d("2026-11-23"));
        CHECK(task(plan, "resignation-letter").reason == Reason::letter);
    }
    for (const Jurisdiction j : {Jurisdiction::US, Jurisdiction::GB}) {
        in.jurisdiction = j;
        const Plan plan = build_plan(in);
        const Task& letter = task(plan, "resignation-letter");
        CHECK(*letter.date == *task(plan, "consult-manager").date);
        CHECK(letter.reason == Reason::letter_notice);
        CHECK(contains(task_why(Lang::en, plan, letter), "starts your notice period"));
    }
}

TEST_CASE("jurisdiction: outside Japan the agenda gives notice instead of proposing dates",
          "[render][jurisdiction]") {
    for (const Jurisdiction j : {Jurisdiction::JP, Jurisdiction::US, Jurisdiction::GB}) {
        for (const Lang lang : {Lang::en, Lang::ja}) {
            const auto points = agenda(j, lang);
            const bool japan = j == Jurisdiction::JP;
            INFO(static_cast<int>(j) << " " << to_string(lang));
            CHECK(any_has(points, lang == Lang::en ? "Propose" : "案をご相談する") == japan);
            CHECK(any_has(points, lang == Lang::en ? "its date starts your notice"
                                                   : "その日付から予告期間が始まる") == !japan);
            CHECK(any_has(points, lang == Lang::en ? "Ask which form" : "退職届の様式") == japan);
        }
    }
}
