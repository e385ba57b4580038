// The letters of rule 11: the resignation letter (退職届 in the usual form, an English letter
// of resignation) and the farewell messages, checked whole against golden files in both
// languages and in their parts on each side of what changes them.
//
// To accept an intended change: HANDOVER_UPDATE_GOLDEN=1 ctest -R letters, then review
// `git diff tests/data/golden/letters.*`.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "handover/engine/scheduler.hpp"
#include "handover/render/plan_texts.hpp"
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

namespace {
/// The letters' input with the names of a UK office, whatever language they are written in.
Input western_names(Input in) {
    in.me = "Alex Morgan";
    in.manager = "Jordan Blake";
    in.successor = "Sam Lee";
    in.me_details = {"Northwind Ltd", "Account Manager", "alex.morgan@northwind.example",
                     "+44 20 7946 0000"};
    in.successor_details = {"", "Senior Account Manager", "sam.lee@northwind.example",
                            "+44 20 7946 0001"};
    return in;
}
}  // namespace

TEST_CASE("letters: outside Japan the Japanese resignation letter is a letter, not a 退職届",
          "[render][letters]") {
    for (const Jurisdiction where : {Jurisdiction::US, Jurisdiction::GB}) {
        Input in = western_names(letters_input(Lang::ja));
        in.jurisdiction = where;
        const Plan plan = build_plan(in);
        REQUIRE(plan.jurisdiction == where);
        const auto letters = letter_drafts(plan, in, Lang::ja, LettersFor::terminal);
        const std::string& body = letters[0].body;
        // None of the Japanese form: no 私儀, no era, no seal, no representative director,
        // no note about white stationery.
        for (const std::string_view part : {"私儀", "令和", "㊞", "代表取締役", "殿", "白い便箋"}) {
            CHECK(body.find(part) == std::string::npos);
        }
        CHECK(body.find("米国・英国の会社では、上司宛てのレター(またはメール)") !=
              std::string::npos);
        // The western letter in Japanese, with western-calendar dates and family names.
        CHECK(body.find("Blake様") != std::string::npos);
        CHECK(body.find("Northwind LtdにおけるAccount Managerの職を退きたく") != std::string::npos);
        CHECK(body.find("最終出社日は2026年12月25日とし") != std::string::npos);
        CHECK(body.find("お届けいたします。ご相談のとおり") != std::string::npos);
        CHECK(body.find("2027年1月15日付で退職いたします。") != std::string::npos);
        CHECK(body.find("すべてのお客様をLeeへ") != std::string::npos);
        // Its step says a letter, not the company's 退職届.
        const auto letter_task =
            std::find_if(plan.tasks.begin(), plan.tasks.end(),
                         [](const Task& t) { return t.kind == TaskKind::resignation_letter; });
        REQUIRE(letter_task != plan.tasks.end());
        const std::string why = task_why(Lang::ja, plan, *letter_task);
        CHECK(why.find("書面による退職の通知") != std::string::npos);
        CHECK(why.find("退職届") == std::string::npos);
        CHECK(task_why(Lang::en, plan, *letter_task).find("your written notice") !=
              std::string::npos);
    }
    SECTION("in Japan the 退職届 and its step keep the usual form") {
        Input in = western_names(letters_input(Lang::ja));
        REQUIRE(in.jurisdiction == Jurisdiction::JP);
        const Plan plan = build_plan(in);
        const std::string body = letter_drafts(plan, in, Lang::ja, LettersFor::terminal)[0].body;
        CHECK(body.find("私儀") != std::string::npos);
        CHECK(body.find("白い便箋") != std::string::npos);
        CHECK(body.find("令和9年1月15日") != std::string::npos);
        for (const Task& t : plan.tasks) {
            if (t.kind == TaskKind::resignation_letter)
                CHECK(task_why(Lang::ja, plan, t).find("会社所定の退職届") != std::string::npos);
        }
    }
    SECTION("without a submission date, a blank western date") {
        Input in = western_names(letters_input(Lang::ja));
        in.jurisdiction = Jurisdiction::US;
        Plan plan = build_plan(in);
        std::erase_if(plan.tasks,
                      [](const Task& t) { return t.kind == TaskKind::resignation_letter; });
        const std::string body = letter_drafts(plan, in, Lang::ja, LettersFor::terminal)[0].body;
        CHECK(body.find("　　　　年　　月　　日") != std::string::npos);
        CHECK(body.find("令和") == std::string::npos);
    }
    SECTION("the English letter is the same western letter in Japan and outside it") {
        Input in = letters_input(Lang::en);
        for (const Jurisdiction where : {Jurisdiction::JP, Jurisdiction::GB}) {
            in.jurisdiction = where;
            const Plan plan = build_plan(in);
            const std::string body =
                letter_drafts(plan, in, Lang::en, LettersFor::terminal)[0].body;
            CHECK(body.find("Dear Jordan,") != std::string::npos);
            CHECK(body.find("Use the company's own form if it has one.") != std::string::npos);
        }
    }
}

TEST_CASE("letters: Japanese farewells name people by family name, as the drafts do",
          "[render][letters]") {
    Input in = western_names(letters_input(Lang::ja));
    const Plan plan = build_plan(in);
    const auto letters = letter_drafts(plan, in, Lang::ja, LettersFor::terminal);
    const std::string& clients = letters[1].body;
    CHECK(clients.find("Northwind LtdのMorganでございます") != std::string::npos);
    CHECK(clients.find("これまでの経緯はすべてLeeに引き継いで") != std::string::npos);
    CHECK(clients.find("Alexでございます") == std::string::npos);
    const std::string& colleagues = letters[2].body;
    CHECK(colleagues.find("Account ManagerのMorganです") != std::string::npos);
    CHECK(colleagues.find("今後はLeeさんへ") != std::string::npos);
    SECTION("a Japanese name gives its family name, as before") {
        const Input ja = letters_input(Lang::ja);
        const Plan jp = build_plan(ja);
        const auto ja_letters = letter_drafts(jp, ja, Lang::ja, LettersFor::terminal);
        CHECK(ja_letters[1].body.find("株式会社サンプル商事の佐藤でございます") !=
              std::string::npos);
        CHECK(ja_letters[1].body.find("すべて鈴木に引き継いで") != std::string::npos);
    }
    SECTION("English farewells keep the first name") {
        const auto en = letter_drafts(plan, in, Lang::en, LettersFor::terminal);
        CHECK(en[1].body.find("Sam knows your business") != std::string::npos);
        CHECK(short_name(Lang::en, "Sam Lee") == "Sam");
        CHECK(short_name(Lang::ja, "Sam Lee") == "Lee");
        CHECK(short_name(Lang::ja, "鈴木 健") == "鈴木");
        CHECK(short_name(Lang::en, "鈴木 健") == "鈴木");
    }
}
