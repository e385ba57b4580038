#include "synthetic_input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <string_view>

#include "handover/calendar/holidays_jp.hpp"
#include "handover/engine/rules.hpp"
#include "rng.hpp"

namespace handover::bench {
namespace {

template <typename T, std::size_t N>
const T& pick(Rng& rng, const std::array<T, N>& items) {
    return items[rng.below(N)];
}

// Company stems with the romaji used in ids, so ids stay [a-z0-9_-].
struct Stem {
    std::string_view ja;
    std::string_view slug;
};
constexpr std::array<Stem, 16> k_ja_stems{{{"さくら", "sakura"},
                                           {"富士", "fuji"},
                                           {"東海", "tokai"},
                                           {"みなと", "minato"},
                                           {"青葉", "aoba"},
                                           {"北斗", "hokuto"},
                                           {"大和", "yamato"},
                                           {"光洋", "koyo"},
                                           {"日の出", "hinode"},
                                           {"若葉", "wakaba"},
                                           {"朝日", "asahi"},
                                           {"緑川", "midorikawa"},
                                           {"白山", "hakusan"},
                                           {"双葉", "futaba"},
                                           {"明星", "myojo"},
                                           {"松風", "matsukaze"}}};
constexpr std::array<std::string_view, 8> k_ja_suffixes{
    "商事", "物産", "工業", "製作所", "システム", "ホールディングス", "電機", "食品"};
constexpr std::array<std::string_view, 16> k_en_stems{
    "Northwind", "Contoso", "Fabrikam", "Globex",    "Initech", "Umbrella", "Vandelay", "Tyrell",
    "Wayne",     "Acme",    "Hooli",    "Cyberdyne", "Wonka",   "Stark",    "Aperture", "Soylent"};
constexpr std::array<std::string_view, 8> k_en_suffixes{
    "Trading", "Logistics", "Systems", "Foods", "Industries", "Health", "Partners", "Labs"};
constexpr std::array<std::string_view, 10> k_ja_surnames{"山田", "佐藤", "鈴木", "高橋", "田中",
                                                         "伊藤", "渡辺", "中村", "小林", "加藤"};
constexpr std::array<std::string_view, 8> k_ja_given{"太郎", "花子", "健", "美咲",
                                                     "翔",   "陽子", "誠", "由美"};
constexpr std::array<std::string_view, 8> k_en_first{"Alex",   "Sam",   "Jordan", "Taylor",
                                                     "Morgan", "Casey", "Riley",  "Jamie"};
constexpr std::array<std::string_view, 8> k_en_last{"Smith", "Chen", "Garcia", "Patel",
                                                    "Kim",   "Ito",  "Rossi",  "Novak"};
constexpr std::array<std::string_view, 6> k_ja_history{"初回受注", "追加発注", "契約更新",
                                                       "価格改定", "障害対応", "新部署導入"};
constexpr std::array<std::string_view, 6> k_en_history{
    "first order",    "expansion",          "renewal",
    "price revision", "support escalation", "new department"};
constexpr std::array<std::string_view, 5> k_ja_events{"定例会", "契約更新", "価格交渉", "現地訪問",
                                                      "導入説明会"};
constexpr std::array<std::string_view, 5> k_en_events{"QBR", "Contract renewal", "Pricing call",
                                                      "Site visit", "Steering committee"};
constexpr std::array<std::string_view, 4> k_ja_notes{"午前中の連絡を好まれる", "決裁者は部長",
                                                     "価格改定に敏感", "担当変更は事前相談が必要"};
constexpr std::array<std::string_view, 4> k_en_notes{"Prefers morning calls", "The CFO signs off",
                                                     "Sensitive about price changes",
                                                     "Wants notice before any change of contact"};
constexpr std::array<std::string_view, 3> k_other_successors{"高橋 彩", "伊藤 翼", "Jordan Lee"};
constexpr std::array<std::string_view, 6> k_companies{"Northwind",      "Fabrikam",   "Contoso",
                                                      "株式会社みらい", "青葉テック", "Hooli"};

constexpr std::array<Stage, 7> k_stages{Stage::prospect, Stage::proposal, Stage::negotiation,
                                        Stage::closing,  Stage::active,   Stage::renewal,
                                        Stage::dormant};
constexpr std::array<Relationship, 3> k_relationships{Relationship::strong, Relationship::normal,
                                                      Relationship::weak};
constexpr std::array<Method, 4> k_methods{Method::in_person, Method::video, Method::phone,
                                          Method::email};

// The share of the calendar's room the estimated work may take: the rest absorbs what the
// estimate leaves out (blocked days, meeting slots lost to rounding, pinned deal dates).
constexpr double k_target_utilisation = 0.8;
// last_day must stay within 10 years of today and notify_earliest_days within 3650.
constexpr int k_max_horizon_days = 3580;
// Room the engine needs at the end: notify_latest_days + intro_buffer_days.
constexpr int k_tail_days = 15;

// Dates that depend on the horizon are drawn as fractions first and resolved once the
// last day is known, so the random stream does not depend on the sizing.
enum class CloseKind { none, inside, near_end, after_departure, passed };
struct Pending {
    CloseKind close = CloseKind::none;
    double close_fraction = 0;
    int close_offset = 0;
    std::vector<double> event_fractions;
};

Client make_client(const Input& in, Rng& rng, std::size_t index, Pending& pending) {
    Client c;
    c.index = index;
    const bool japanese = rng.chance(0.6);
    if (japanese) {
        const Stem& stem = pick(rng, k_ja_stems);
        const std::string_view suffix = pick(rng, k_ja_suffixes);
        c.name = in.text(rng.chance(0.7) ? fmt::format("株式会社{}{}", stem.ja, suffix)
                                         : fmt::format("{}{}株式会社", stem.ja, suffix));
        c.id = in.unique_text(fmt::format("{}-{:06}", stem.slug, index + 1));
        c.contact =
            in.text(fmt::format("{} {} 様", pick(rng, k_ja_surnames), pick(rng, k_ja_given)));
    } else {
        const std::string_view stem = pick(rng, k_en_stems);
        c.name = in.text(fmt::format("{} {} {}", stem, pick(rng, k_en_suffixes),
                                     rng.chance(0.5) ? "Inc." : "Ltd."));
        std::string slug(stem);
        std::transform(slug.begin(), slug.end(), slug.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        c.id = in.unique_text(fmt::format("{}-{:06}", slug, index + 1));
        c.contact = in.text(fmt::format("{} {}", pick(rng, k_en_first), pick(rng, k_en_last)));
    }

    c.stage = k_stages[rng.weighted({0.10, 0.15, 0.12, 0.08, 0.35, 0.12, 0.08})];
    c.relationship = k_relationships[rng.weighted({0.2, 0.6, 0.2})];
    c.change_averse = rng.chance(0.15);
    // Log-uniform from 100 thousand to 50 million yen: a quarter are high-value (10M).
    const double exponent = 5 + rng.unit() * 2.7;
    const double scale = c.stage == Stage::prospect ? 0.5 : 1.0;
    c.value = std::round(std::pow(10.0, exponent) * scale / 1000) * 1000;
    if (rng.chance(0.25)) c.preferred_method = k_methods[rng.weighted({0.3, 0.3, 0.25, 0.15})];
    if (rng.chance(0.2)) c.successor = Text::of_static(pick(rng, k_other_successors));
    if (rng.chance(0.3))
        c.notes = Text::of_static(japanese ? pick(rng, k_ja_notes) : pick(rng, k_en_notes));

    const int history = rng.between(0, 4);
    std::vector<Text> lines;
    for (int h = 0; h < history; ++h) {
        lines.push_back(
            in.text(fmt::format("{}-{:02} {}", rng.between(2015, 2026), rng.between(1, 12),
                                japanese ? pick(rng, k_ja_history) : pick(rng, k_en_history))));
    }
    c.history = in.list(lines);

    const bool open = is_open_deal(c.stage);
    if ((open && rng.chance(0.95)) || (c.stage == Stage::proposal && rng.chance(0.5))) {
        constexpr std::array<CloseKind, 4> kinds{CloseKind::inside, CloseKind::near_end,
                                                 CloseKind::after_departure, CloseKind::passed};
        pending.close = kinds[rng.weighted({0.70, 0.10, 0.15, 0.05})];
        pending.close_fraction = rng.unit();
        pending.close_offset = rng.between(1, 120);
    }
    const int events = rng.between(0, 2);
    for (int e = 0; e < events; ++e) {
        pending.event_fractions.push_back(rng.unit());
        c.next_events.push_back(
            {Day{}, Text::of_static(japanese ? pick(rng, k_ja_events) : pick(rng, k_en_events))});
    }
    return c;
}

struct Workload {
    double hours = 0;
    int meetings = 0;
};

// Mirrors the task graph of src/engine/scheduler.cpp through the core's own rules, so the
// estimate follows the engine when its durations change.
Workload estimate(const Input& input) {
    Workload w;
    w.hours = k_consult_hours + k_decide_timing_hours + k_decide_method_hours + k_share_hours;
    for (const Client& c : input.clients) {
        const Method method = choose_method(c, input.policy).method;
        w.hours += 2 * contact_hours(method) + handover_doc_hours(c, input.policy);
        if (c.change_averse) w.hours += k_follow_up_hours;
        if (is_meeting(method)) w.meetings += 2;
    }
    return w;
}

std::set<Day> national_holidays(int first_year, int last_year) {
    std::set<Day> days;
    for (int y = first_year; y <= last_year; ++y) {
        for (const Holiday& h : japanese_holidays(y)) days.insert(h.date);
    }
    return days;
}

// Year-end and Obon closures, as many Japanese companies have.
std::vector<Day> company_holidays(Day first, Day last) {
    std::vector<Day> days;
    const int first_year = static_cast<int>(date::year_month_day{first}.year());
    const int last_year = static_cast<int>(date::year_month_day{last}.year());
    for (int y = first_year; y <= last_year; ++y) {
        const date::year year{y};
        for (const auto& md :
             {date::January / 2, date::January / 3, date::August / 13, date::August / 14,
              date::August / 15, date::December / 29, date::December / 30, date::December / 31}) {
            const Day d{year / md};
            if (d >= first && d <= last) days.push_back(d);
        }
    }
    return days;
}

double round_quarter(double x) {
    return std::round(x * 4) / 4;
}

}  // namespace

SyntheticInput make_synthetic_input(const SyntheticOptions& options) {
    Rng rng(options.seed);
    SyntheticInput out;
    Input& in = out.input;
    const Day today{k_bench_today};
    in.me = "佐藤 優";
    in.manager = "田中 部長";
    in.successor = "鈴木 健";
    in.today = today;
    in.today_in_file = true;
    in.done["consult-manager"] = today - date::days{7};
    in.disclose_from = today + date::days{7};
    in.calendar.calendars = {HolidayCalendar::JP};

    std::vector<Pending> pending(options.clients);
    in.clients.reserve(options.clients);
    for (std::size_t i = 0; i < options.clients; ++i) {
        in.clients.push_back(make_client(in, rng, i, pending[i]));
    }

    // One person's 3 hours a day up to about 120 clients, then a team's worth of room,
    // within the schema's limits (24 hours, 100 meetings).
    const double n = static_cast<double>(options.clients);
    in.calendar.hours_per_day = std::clamp(round_quarter(n / 40), 3.0, 24.0);
    const Workload work = estimate(in);
    const double meetings_per_hour = work.meetings / std::max(1.0, work.hours);
    in.calendar.max_meetings_per_day = std::clamp(
        static_cast<int>(std::ceil(1.25 * meetings_per_hour * in.calendar.hours_per_day)), 2, 100);
    // Weekly reviews take half an hour a week: a tenth of an hour a working day.
    const double daily_room = in.calendar.hours_per_day - 0.1;
    const double days_by_hours = work.hours / daily_room;
    const double days_by_meetings =
        static_cast<double>(work.meetings) / in.calendar.max_meetings_per_day;
    const int needed =
        std::max(30, static_cast<int>(std::ceil(std::max(days_by_hours, days_by_meetings) /
                                                k_target_utilisation)) +
                         k_tail_days);

    const int today_year = static_cast<int>(date::year_month_day{today}.year());
    const std::set<Day> national = national_holidays(today_year, today_year + 11);
    const std::vector<Day> company =
        company_holidays(today, today + date::days{k_max_horizon_days});
    const std::set<Day> company_set(company.begin(), company.end());
    auto open = [&](Day d) {
        return weekday_index(d) < 5 && !national.contains(d) && !company_set.contains(d);
    };
    Day last = today;
    int open_days = 0;
    for (Day d = today; d <= today + date::days{k_max_horizon_days}; d += date::days{1}) {
        if (!open(d)) continue;
        last = d;
        if (++open_days == needed) break;
    }
    in.last_day = last;
    in.end_date = last + date::days{14};  // paid leave after the last office day
    in.support_until = *in.end_date + date::days{30};
    for (Day d : company_holidays(today, last)) in.calendar.holidays.push_back({d, ""});
    const int horizon = static_cast<int>((last - today).count());

    in.policy.notify_earliest_days = std::max(30, horizon - 7);
    in.policy.notify_latest_days = 10;
    in.policy.intro_buffer_days = 5;

    // About one day in twenty is blocked: a day of leave, or an afternoon of training.
    double blocked_hours = 0;
    int gap = rng.between(15, 25);
    for (Day d = today; d <= last; d += date::days{1}) {
        if (!open(d) || --gap > 0) continue;
        gap = rng.between(15, 25);
        if (rng.chance(0.4)) {
            in.calendar.blocked.push_back({d, std::nullopt, "有給休暇"});
            blocked_hours += in.calendar.hours_per_day;
        } else {
            const double hours = std::min(in.calendar.hours_per_day, rng.between(1, 2) * 1.0);
            in.calendar.blocked.push_back({d, hours, rng.chance(0.5) ? "研修" : "Team offsite"});
            blocked_hours += hours;
        }
    }
    // Interviews in the first three months, about one every eight working days.
    double interview_hours = 0;
    gap = rng.between(4, 8);
    for (Day d = today + date::days{1}; d <= std::min(last, today + date::days{90});
         d += date::days{1}) {
        if (!open(d) || --gap > 0) continue;
        gap = rng.between(6, 10);
        const double hours = std::array{1.0, 1.5, 2.0, 3.0}[rng.below(4)];
        in.job_search.interviews.push_back({d, hours, std::string(pick(rng, k_companies))});
        interview_hours += hours;
    }

    for (std::size_t i = 0; i < in.clients.size(); ++i) {
        Client& c = in.clients[i];
        const Pending& p = pending[i];
        const auto fraction_of = [&](double f) {
            return today + date::days{static_cast<int>(f * (horizon - 1)) + 1};
        };
        switch (p.close) {
            case CloseKind::none:
                break;
            case CloseKind::inside:
                c.expected_close = fraction_of(p.close_fraction);
                break;
            case CloseKind::near_end:
                c.expected_close = last - date::days{static_cast<int>(p.close_fraction * 14)};
                break;
            case CloseKind::after_departure:
                c.expected_close = last + date::days{p.close_offset};
                break;
            case CloseKind::passed:
                c.expected_close = today - date::days{p.close_offset / 2 + 1};
                break;
        }
        for (std::size_t e = 0; e < c.next_events.size(); ++e) {
            c.next_events[e].date =
                today + date::days{static_cast<int>(p.event_fractions[e] * (horizon + 60))};
        }
    }

    const double room =
        open_days * in.calendar.hours_per_day - blocked_hours - interview_hours - 0.1 * open_days;
    const double meeting_room = static_cast<double>(open_days) * in.calendar.max_meetings_per_day;
    out.sizing.work_hours = work.hours + 0.1 * open_days;
    out.sizing.meetings = work.meetings;
    out.sizing.open_days = open_days;
    out.sizing.coverage = std::min({1.0, room / out.sizing.work_hours,
                                    work.meetings == 0 ? 1.0 : meeting_room / work.meetings});
    return out;
}

}  // namespace handover::bench
