#include <catch2/catch.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "handover/calendar/holidays_jp.hpp"

namespace {

using handover::Day;
using handover::Holiday;
using handover::japanese_holidays;

Day make_day(int year, unsigned month, unsigned day) {
    return Day{date::year{year} / date::month{month} / date::day{day}};
}

// One line per holiday, e.g. `2019-05-01 即位の日`, so a mismatch prints both lists readably.
std::string line(Day day, const std::string& name_ja) {
    std::ostringstream out;
    out << date::year_month_day{day} << ' ' << name_ja;
    return out.str();
}

std::vector<std::string> lines(const std::vector<Holiday>& holidays) {
    std::vector<std::string> result;
    for (const Holiday& holiday : holidays) result.push_back(line(holiday.date, holiday.name_ja));
    return result;
}

struct Fact {
    unsigned month;
    unsigned day;
    const char* name_ja;
};

std::vector<std::string> lines(int year, const std::vector<Fact>& facts) {
    std::vector<std::string> result;
    for (const Fact& fact : facts) {
        result.push_back(line(make_day(year, fact.month, fact.day), fact.name_ja));
    }
    return result;
}

const Holiday* find(const std::vector<Holiday>& holidays, Day day) {
    for (const Holiday& holiday : holidays) {
        if (holiday.date == day) return &holiday;
    }
    return nullptr;
}

unsigned equinox_day(int year, unsigned month) {
    for (const Holiday& holiday : japanese_holidays(year)) {
        const date::year_month_day ymd{holiday.date};
        const bool equinox = holiday.name_ja == "春分の日" || holiday.name_ja == "秋分の日";
        if (equinox && ymd.month() == date::month{month}) return static_cast<unsigned>(ymd.day());
    }
    return 0;
}

}  // namespace

// The full lists below are the Cabinet Office's published lists (内閣府「国民の祝日について」),
// with the 休日 entries named by their legal kind: 振替休日, 国民の休日, and for 2019 the
// two days the special law deemed national holidays.

TEST_CASE("holidays_jp: 2006 keeps the old Greenery Day and the May 4 citizens' holiday") {
    const std::vector<Fact> facts{
        {1, 1, "元日"},          {1, 2, "振替休日"},   {1, 9, "成人の日"},
        {2, 11, "建国記念の日"}, {3, 21, "春分の日"},  {4, 29, "みどりの日"},
        {5, 3, "憲法記念日"},    {5, 4, "国民の休日"}, {5, 5, "こどもの日"},
        {7, 17, "海の日"},       {9, 18, "敬老の日"},  {9, 23, "秋分の日"},
        {10, 9, "体育の日"},     {11, 3, "文化の日"},  {11, 23, "勤労感謝の日"},
        {12, 23, "天皇誕生日"},
    };
    CHECK(lines(japanese_holidays(2006)) == lines(2006, facts));
}

TEST_CASE("holidays_jp: 2002 uses the fixed Marine Day and Respect for the Aged Day") {
    // Sep 15 and Nov 3 fall on Sundays, each followed by a Monday substitute; May 4 is a
    // Saturday and still a citizens' holiday.
    const std::vector<Fact> facts{
        {1, 1, "元日"},       {1, 14, "成人の日"},      {2, 11, "建国記念の日"},
        {3, 21, "春分の日"},  {4, 29, "みどりの日"},    {5, 3, "憲法記念日"},
        {5, 4, "国民の休日"}, {5, 5, "こどもの日"},     {5, 6, "振替休日"},
        {7, 20, "海の日"},    {9, 15, "敬老の日"},      {9, 16, "振替休日"},
        {9, 23, "秋分の日"},  {10, 14, "体育の日"},     {11, 3, "文化の日"},
        {11, 4, "振替休日"},  {11, 23, "勤労感謝の日"}, {12, 23, "天皇誕生日"},
    };
    CHECK(lines(japanese_holidays(2002)) == lines(2002, facts));
}

TEST_CASE("holidays_jp: 2009 has the first Silver Week") {
    const std::vector<Fact> facts{
        {1, 1, "元日"},           {1, 12, "成人の日"},    {2, 11, "建国記念の日"},
        {3, 20, "春分の日"},      {4, 29, "昭和の日"},    {5, 3, "憲法記念日"},
        {5, 4, "みどりの日"},     {5, 5, "こどもの日"},   {5, 6, "振替休日"},
        {7, 20, "海の日"},        {9, 21, "敬老の日"},    {9, 22, "国民の休日"},
        {9, 23, "秋分の日"},      {10, 12, "体育の日"},   {11, 3, "文化の日"},
        {11, 23, "勤労感謝の日"}, {12, 23, "天皇誕生日"},
    };
    CHECK(lines(japanese_holidays(2009)) == lines(2009, facts));
}

TEST_CASE("holidays_jp: 2015 has a Silver Week and no Mountain Day yet") {
    const std::vector<Fact> facts{
        {1, 1, "元日"},           {1, 12, "成人の日"},    {2, 11, "建国記念の日"},
        {3, 21, "春分の日"},      {4, 29, "昭和の日"},    {5, 3, "憲法記念日"},
        {5, 4, "みどりの日"},     {5, 5, "こどもの日"},   {5, 6, "振替休日"},
        {7, 20, "海の日"},        {9, 21, "敬老の日"},    {9, 22, "国民の休日"},
        {9, 23, "秋分の日"},      {10, 12, "体育の日"},   {11, 3, "文化の日"},
        {11, 23, "勤労感謝の日"}, {12, 23, "天皇誕生日"},
    };
    CHECK(lines(japanese_holidays(2015)) == lines(2015, facts));
}

TEST_CASE("holidays_jp: 2019 has the accession, its citizens' holidays and no Emperor's Birthday") {
    const std::vector<Fact> facts{
        {1, 1, "元日"},
        {1, 14, "成人の日"},
        {2, 11, "建国記念の日"},
        {3, 21, "春分の日"},
        {4, 29, "昭和の日"},
        {4, 30, "国民の休日"},
        {5, 1, "即位の日"},
        {5, 2, "国民の休日"},
        {5, 3, "憲法記念日"},
        {5, 4, "みどりの日"},
        {5, 5, "こどもの日"},
        {5, 6, "振替休日"},
        {7, 15, "海の日"},
        {8, 11, "山の日"},
        {8, 12, "振替休日"},
        {9, 16, "敬老の日"},
        {9, 23, "秋分の日"},
        {10, 14, "体育の日"},
        {10, 22, "即位礼正殿の儀"},
        {11, 3, "文化の日"},
        {11, 4, "振替休日"},
        {11, 23, "勤労感謝の日"},
    };
    CHECK(lines(japanese_holidays(2019)) == lines(2019, facts));
}

TEST_CASE("holidays_jp: 2020 follows the Olympic moves and the new Emperor's Birthday") {
    const std::vector<Fact> facts{
        {1, 1, "元日"},          {1, 13, "成人の日"},  {2, 11, "建国記念の日"},
        {2, 23, "天皇誕生日"},   {2, 24, "振替休日"},  {3, 20, "春分の日"},
        {4, 29, "昭和の日"},     {5, 3, "憲法記念日"}, {5, 4, "みどりの日"},
        {5, 5, "こどもの日"},    {5, 6, "振替休日"},   {7, 23, "海の日"},
        {7, 24, "スポーツの日"}, {8, 10, "山の日"},    {9, 21, "敬老の日"},
        {9, 22, "秋分の日"},     {11, 3, "文化の日"},  {11, 23, "勤労感謝の日"},
    };
    CHECK(lines(japanese_holidays(2020)) == lines(2020, facts));
}

TEST_CASE("holidays_jp: 2021 follows the postponed Olympic moves") {
    const std::vector<Fact> facts{
        {1, 1, "元日"},        {1, 11, "成人の日"},      {2, 11, "建国記念の日"},
        {2, 23, "天皇誕生日"}, {3, 20, "春分の日"},      {4, 29, "昭和の日"},
        {5, 3, "憲法記念日"},  {5, 4, "みどりの日"},     {5, 5, "こどもの日"},
        {7, 22, "海の日"},     {7, 23, "スポーツの日"},  {8, 8, "山の日"},
        {8, 9, "振替休日"},    {9, 20, "敬老の日"},      {9, 23, "秋分の日"},
        {11, 3, "文化の日"},   {11, 23, "勤労感謝の日"},
    };
    CHECK(lines(japanese_holidays(2021)) == lines(2021, facts));
}

TEST_CASE("holidays_jp: 2023 starts with a substitute for New Year's Day") {
    const std::vector<Fact> facts{
        {1, 1, "元日"},          {1, 2, "振替休日"},       {1, 9, "成人の日"},
        {2, 11, "建国記念の日"}, {2, 23, "天皇誕生日"},    {3, 21, "春分の日"},
        {4, 29, "昭和の日"},     {5, 3, "憲法記念日"},     {5, 4, "みどりの日"},
        {5, 5, "こどもの日"},    {7, 17, "海の日"},        {8, 11, "山の日"},
        {9, 18, "敬老の日"},     {9, 23, "秋分の日"},      {10, 9, "スポーツの日"},
        {11, 3, "文化の日"},     {11, 23, "勤労感謝の日"},
    };
    CHECK(lines(japanese_holidays(2023)) == lines(2023, facts));
}

TEST_CASE("holidays_jp: 2024 has five substitute holidays") {
    const std::vector<Fact> facts{
        {1, 1, "元日"},       {1, 8, "成人の日"},    {2, 11, "建国記念の日"},
        {2, 12, "振替休日"},  {2, 23, "天皇誕生日"}, {3, 20, "春分の日"},
        {4, 29, "昭和の日"},  {5, 3, "憲法記念日"},  {5, 4, "みどりの日"},
        {5, 5, "こどもの日"}, {5, 6, "振替休日"},    {7, 15, "海の日"},
        {8, 11, "山の日"},    {8, 12, "振替休日"},   {9, 16, "敬老の日"},
        {9, 22, "秋分の日"},  {9, 23, "振替休日"},   {10, 14, "スポーツの日"},
        {11, 3, "文化の日"},  {11, 4, "振替休日"},   {11, 23, "勤労感謝の日"},
    };
    CHECK(lines(japanese_holidays(2024)) == lines(2024, facts));
}

TEST_CASE("holidays_jp: 2025 moves the Sunday May 4 and Nov 23 to the next free day") {
    const std::vector<Fact> facts{
        {1, 1, "元日"},           {1, 13, "成人の日"},  {2, 11, "建国記念の日"},
        {2, 23, "天皇誕生日"},    {2, 24, "振替休日"},  {3, 20, "春分の日"},
        {4, 29, "昭和の日"},      {5, 3, "憲法記念日"}, {5, 4, "みどりの日"},
        {5, 5, "こどもの日"},     {5, 6, "振替休日"},   {7, 21, "海の日"},
        {8, 11, "山の日"},        {9, 15, "敬老の日"},  {9, 23, "秋分の日"},
        {10, 13, "スポーツの日"}, {11, 3, "文化の日"},  {11, 23, "勤労感謝の日"},
        {11, 24, "振替休日"},
    };
    CHECK(lines(japanese_holidays(2025)) == lines(2025, facts));
}

TEST_CASE("holidays_jp: 2026 has a May 6 substitute and a Sep 22 citizens' holiday") {
    const std::vector<Fact> facts{
        {1, 1, "元日"},           {1, 12, "成人の日"},   {2, 11, "建国記念の日"},
        {2, 23, "天皇誕生日"},    {3, 20, "春分の日"},   {4, 29, "昭和の日"},
        {5, 3, "憲法記念日"},     {5, 4, "みどりの日"},  {5, 5, "こどもの日"},
        {5, 6, "振替休日"},       {7, 20, "海の日"},     {8, 11, "山の日"},
        {9, 21, "敬老の日"},      {9, 22, "国民の休日"}, {9, 23, "秋分の日"},
        {10, 12, "スポーツの日"}, {11, 3, "文化の日"},   {11, 23, "勤労感謝の日"},
    };
    CHECK(lines(japanese_holidays(2026)) == lines(2026, facts));
}

TEST_CASE("holidays_jp: the equinoxes follow the astronomical approximation") {
    // Vernal and autumnal equinox days as announced (or, for far years, as predicted by the
    // National Astronomical Observatory); 2012 and 2044 are the near-boundary Sep 22 cases,
    // 2092 and 2096 the rare Mar 19 ones.
    CHECK(equinox_day(2000, 3) == 20);
    CHECK(equinox_day(2000, 9) == 23);
    CHECK(equinox_day(2006, 3) == 21);
    CHECK(equinox_day(2012, 3) == 20);
    CHECK(equinox_day(2012, 9) == 22);
    CHECK(equinox_day(2019, 3) == 21);
    CHECK(equinox_day(2019, 9) == 23);
    CHECK(equinox_day(2020, 9) == 22);
    CHECK(equinox_day(2023, 3) == 21);
    CHECK(equinox_day(2024, 3) == 20);
    CHECK(equinox_day(2024, 9) == 22);
    CHECK(equinox_day(2025, 9) == 23);
    CHECK(equinox_day(2044, 9) == 22);
    CHECK(equinox_day(2092, 3) == 19);
    CHECK(equinox_day(2096, 3) == 19);
    CHECK(equinox_day(2099, 3) == 20);
    CHECK(equinox_day(2099, 9) == 23);
}

TEST_CASE("holidays_jp: holidays move and are renamed in the years the law changed") {
    SECTION("Emperor's Birthday: Dec 23 until 2018, none in 2019, Feb 23 from 2020") {
        const auto y2018 = japanese_holidays(2018);
        const auto y2019 = japanese_holidays(2019);
        const auto y2020 = japanese_holidays(2020);
        REQUIRE(find(y2018, make_day(2018, 12, 23)) != nullptr);
        CHECK(find(y2018, make_day(2018, 12, 23))->name_ja == "天皇誕生日");
        CHECK(find(y2018, make_day(2018, 2, 23)) == nullptr);
        CHECK(find(y2019, make_day(2019, 2, 23)) == nullptr);
        CHECK(find(y2019, make_day(2019, 12, 23)) == nullptr);
        REQUIRE(find(y2020, make_day(2020, 2, 23)) != nullptr);
        CHECK(find(y2020, make_day(2020, 2, 23))->name_ja == "天皇誕生日");
        CHECK(find(y2020, make_day(2020, 12, 23)) == nullptr);
    }
    SECTION("Apr 29 becomes Showa Day in 2007 and Greenery Day moves to May 4") {
        const auto y2007 = japanese_holidays(2007);
        REQUIRE(find(y2007, make_day(2007, 4, 29)) != nullptr);
        CHECK(find(y2007, make_day(2007, 4, 29))->name_ja == "昭和の日");
        REQUIRE(find(y2007, make_day(2007, 5, 4)) != nullptr);
        CHECK(find(y2007, make_day(2007, 5, 4))->name_ja == "みどりの日");
    }
    SECTION("Marine Day and Respect for the Aged Day become Happy Mondays in 2003") {
        CHECK(find(japanese_holidays(2002), make_day(2002, 7, 20))->name_ja == "海の日");
        CHECK(find(japanese_holidays(2003), make_day(2003, 7, 21))->name_ja == "海の日");
        CHECK(find(japanese_holidays(2003), make_day(2003, 9, 15))->name_ja == "敬老の日");
        CHECK(find(japanese_holidays(2004), make_day(2004, 9, 20))->name_ja == "敬老の日");
    }
    SECTION("Mountain Day starts in 2016, Sports Day replaces Health and Sports Day in 2020") {
        CHECK(find(japanese_holidays(2015), make_day(2015, 8, 11)) == nullptr);
        REQUIRE(find(japanese_holidays(2016), make_day(2016, 8, 11)) != nullptr);
        CHECK(find(japanese_holidays(2016), make_day(2016, 8, 11))->name_en == "Mountain Day");
        CHECK(find(japanese_holidays(2019), make_day(2019, 10, 14))->name_ja == "体育の日");
        CHECK(find(japanese_holidays(2022), make_day(2022, 10, 10))->name_ja == "スポーツの日");
    }
}

TEST_CASE("holidays_jp: substitute and citizens' holidays have English names") {
    const auto y2019 = japanese_holidays(2019);
    REQUIRE(find(y2019, make_day(2019, 5, 6)) != nullptr);
    CHECK(find(y2019, make_day(2019, 5, 6))->name_en == "Substitute Holiday");
    REQUIRE(find(y2019, make_day(2019, 4, 30)) != nullptr);
    CHECK(find(y2019, make_day(2019, 4, 30))->name_en == "Citizens' Holiday");
    CHECK(find(y2019, make_day(2019, 1, 1))->name_en == "New Year's Day");
    CHECK(find(y2019, make_day(2019, 1, 14))->name_en == "Coming of Age Day");
}

TEST_CASE("holidays_jp: years outside 2000..2099 throw") {
    CHECK_THROWS_AS(japanese_holidays(1999), std::out_of_range);
    CHECK_THROWS_AS(japanese_holidays(2100), std::out_of_range);
    CHECK_THROWS_AS(japanese_holidays(0), std::out_of_range);
    CHECK_NOTHROW(japanese_holidays(2000));
    CHECK_NOTHROW(japanese_holidays(2099));
}

TEST_CASE("holidays_jp: every year's list is sorted, unique, inside the year and named") {
    for (int year = handover::k_min_year; year <= handover::k_max_year; ++year) {
        INFO("year " << year);
        const auto holidays = japanese_holidays(year);
        bool ordered = true;
        bool in_year = true;
        bool named = true;
        bool weekday_rules = true;
        for (std::size_t i = 0; i < holidays.size(); ++i) {
            const Holiday& holiday = holidays[i];
            if (i > 0 && !(holidays[i - 1].date < holiday.date)) ordered = false;
            if (date::year_month_day{holiday.date}.year() != date::year{year}) in_year = false;
            if (holiday.name_ja.empty() || holiday.name_en.empty()) named = false;
            // A substitute or citizens' holiday exists only to add a day off: never a Sunday.
            const bool extra = holiday.name_ja == "振替休日" || holiday.name_ja == "国民の休日";
            if (extra && date::weekday{holiday.date} == date::Sunday) weekday_rules = false;
        }
        CHECK(ordered);
        CHECK(in_year);
        CHECK(named);
        CHECK(weekday_rules);

        // The count of 国民の祝日 proper follows the law's history: 14 until 2006, 昭和の日 adds
        // one from 2007, 山の日 one from 2016; 2019 has no Emperor's Birthday but two
        // enthronement days.
        std::size_t national = 0;
        for (const Holiday& holiday : holidays) {
            if (holiday.name_ja != "振替休日" && holiday.name_ja != "国民の休日") ++national;
        }
        const std::size_t expected = year < 2007 ? 14 : year < 2016 ? 15 : year == 2019 ? 17 : 16;
        CHECK(national == expected);
    }
}
