// The letters of rule 11: the resignation letter (退職届 in the usual form, an English letter
// of resignation) and the farewell messages, checked whole against golden files in both
// languages and in their parts on each side of what changes them.
//
// To accept an intended change: HANDOVER_UPDATE_GOLDEN=1 ctest -R letters, then review
// `git diff tests/data/golden/letters.*`.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "handover/engine/scheduler.hpp"
#include "handover/render/render_letters.hpp"
#include "support/input_builder.hpp"

using namespace handover;
using handover::testing::add_client;
using handover::testing::base_input;
using handover::testing::d;

namespace {

/// Today Fri 20 Nov 2026, last day Fri 25 Dec 2026, employment to Fri 15 Jan 2027; the
/// letter on the working day after the talk (Mon 23 Nov), the successor takes over on Mon
/// 28 Dec.
Input letters_input(Lang lang) {
    Input in = base_input();
    in.end_date = d("2027-01-15");
    if (lang == Lang::ja) {
        in.me = "佐藤 優";
        in.manager = "田中 一郎";
        in.successor = "鈴木 健";
        in.me_details = {"株式会社サンプル商事", "営業部 第一課", "sato@example.co.jp",
                         "03-1234-5678"};
        in.successor_details = {"", "営業部 主任", "suzuki@example.co.jp", "03-1234-5679"};
    } else {
        in.locale = DateLocale::en_GB;  // a London office: 25 December 2026
        in.me = "Alex Morgan";
        in.manager = "Jordan Blake";
        in.successor = "Sam Lee";
        in.me_details = {"Northwind Ltd", "Account Manager", "alex.morgan@northwind.example",
                         "+44 20 7946 0000"};
        in.successor_details = {"", "Senior Account Manager", "sam.lee@northwind.example",
                                "+44 20 7946 0001"};
    }
    Client& a = add_client(in, "a");
    a.name = in.text(lang == Lang::ja ? "株式会社アクメ" : "Acme Ltd");
    Client& b = add_client(in, "b");
    b.name = in.text(lang == Lang::ja ? "みなと商事株式会社" : "Harbour Trading");
    return in;
}

bool updating() {
    const char* value = std::getenv("HANDOVER_UPDATE_GOLDEN");
    return value != nullptr && std::string(value) == "1";
}

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void check_golden(const std::string& name, const std::string& text) {
    const std::string path = std::string(HANDOVER_TEST_DATA_DIR) + "/golden/" + name;
    if (updating()) {
        std::ofstream(path, std::ios::binary) << text;
        WARN("updated " << path);
        return;
    }
    REQUIRE(std::filesystem::exists(path));
    CHECK(text == read_all(path));
}

}  // namespace

TEST_CASE("letters: golden resignation letters and farewells in both languages",
          "[render][letters]") {
    for (const Lang lang : {Lang::en, Lang::ja}) {
        const Input in = letters_input(lang);
        const Plan plan = build_plan(in);
        const std::string text = render_letters(plan, in, lang);
        check_golden(std::string("letters.") + (lang == Lang::ja ? "ja" : "en") + ".txt", text);
    }
}

TEST_CASE("letters: the 退職届 in the usual form", "[render][letters]") {
    const Input in = letters_input(Lang::ja);
    const Plan plan = build_plan(in);
    const auto letters = letter_drafts(plan, in, Lang::ja, LettersFor::terminal);
    REQUIRE(letters.size() == 3);
    const std::string& body = letters[0].body;
    // In order: the title, 私儀, the sentence with the end of employment, the submission
    // date (the task's), the department and name with the seal, the company and its
    // representative.
    const auto at = [&](std::string_view part) { return body.find(part); };
    REQUIRE(at("退職届\n") != std::string::npos);
    CHECK(at("退職届\n") < at("私儀"));
    CHECK(at("私儀") < at("一身上の都合により、令和9年1月15日をもって退職いたします。"));
    CHECK(at("退職いたします。") < at("令和8年11月23日"));
    CHECK(at("令和8年11月23日") < at("営業部 第一課　佐藤 優　㊞"));
    CHECK(at("㊞") < at("株式会社サンプル商事\n代表取締役社長"));
    CHECK(body.find("殿") != std::string::npos);
    CHECK(letters[0].heading.find("2026年11月23日") != std::string::npos);
}

TEST_CASE("letters: 和暦 dates on each side of the era's start", "[render][letters]") {
    CHECK(japanese_era_date(d("2019-04-30")) == "2019年4月30日");
    CHECK(japanese_era_date(d("2019-05-01")) == "令和元年5月1日");
    CHECK(japanese_era_date(d("2019-12-31")) == "令和元年12月31日");
    CHECK(japanese_era_date(d("2020-01-01")) == "令和2年1月1日");
    CHECK(japanese_era_date(d("2027-01-15")) == "令和9年1月15日");
}

TEST_CASE("letters: the English letter of resignation and the farewells", "[render][letters]") {
    Input in = letters_input(Lang::en);
    const Plan plan = build_plan(in);
    const auto letters = letter_drafts(plan, in, Lang::en, LettersFor::terminal);
    const std::string& letter = letters[0].body;
    CHECK(letter.find("23 November 2026\n\nDear Jordan,") != std::string::npos);
    CHECK(letter.find("my position as Account Manager at Northwind Ltd.") != std::string::npos);
    CHECK(letter.find("my last working day will be 25 December 2026") != std::string::npos);
    CHECK(letter.find("my employment will end on 15 January 2027") != std::string::npos);
    CHECK(letter.find("handed over to Sam in full") != std::string::npos);

    const std::string& clients = letters[1].body;
    // The successor takes over on the first working day after the last day, stated once.
    // In the sentence as a letter writes it: no year, as the plan is made in 2026.
    const std::string takeover = "From Monday 28 December, your account";
    REQUIRE(clients.find(takeover) != std::string::npos);
    CHECK(clients.find(takeover, clients.find(takeover) + 1) == std::string::npos);
    CHECK(clients.find("sam.lee@northwind.example") != std::string::npos);
    // No private way to stay in touch, no next employer: only the company's details.
    CHECK(clients.find("personal") == std::string::npos);
    CHECK(clients.find("next role") == std::string::npos);
    // Both clients met the successor (joint contacts in the window) before the last day.
    CHECK(clients.find("Acme Ltd, Harbour Trading") != std::string::npos);

    SECTION("an American reader gets the month first, with the comma after the year") {
        in.locale = DateLocale::en_US;
        const Plan us = build_plan(in);
        const auto us_letters = letter_drafts(us, in, Lang::en, LettersFor::terminal);
        const std::string& text = us_letters[0].body;
        CHECK(text.find("November 23, 2026\n\nDear Jordan,") != std::string::npos);
        CHECK(text.find("my last working day will be December 25, 2026;") != std::string::npos);
        CHECK(text.find("my employment will end on January 15, 2027.") != std::string::npos);
        CHECK(us_letters[1].body.find("From Monday, December 28, your account") !=
              std::string::npos);
        CHECK(us_letters[2].body.find("from Monday, December 28; please") != std::string::npos);
    }
    SECTION("without an end date after the last day, one date") {
        in.end_date.reset();
        const Plan same = build_plan(in);
        const std::string text = letter_drafts(same, in, Lang::en, LettersFor::terminal)[0].body;
        CHECK(text.find("my last working day will be 25 December 2026.") != std::string::npos);
        CHECK(text.find("paid leave") == std::string::npos);
    }
    SECTION("without names, titles or contact details, nothing is invented") {
        in.manager.clear();
        in.successor.clear();
        in.me_details = {};
        in.successor_details = {};
        const Plan bare = build_plan(in);
        for (const Lang lang : {Lang::en, Lang::ja}) {
            const std::string text = render_letters(bare, in, lang);
            CHECK(text.find("{") == std::string::npos);
            CHECK(text.find("Email:") == std::string::npos);
            CHECK(text.find("Heir") == std::string::npos);
        }
        const std::string en = render_letters(bare, in, Lang::en);
        CHECK(en.find("To whom it may concern,") != std::string::npos);
        CHECK(en.find("handed over in full to my successor") != std::string::npos);
    }
}
