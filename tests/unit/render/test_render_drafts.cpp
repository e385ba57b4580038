#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "handover/render/render.hpp"
#include "support/sample_plan.hpp"

namespace {

using namespace handover;
using fixture::sample_plan;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

bool has_line(const std::string& text, const std::string& wanted) {
    const auto lines = lines_of(text);
    return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string draft(const fixture::Sample& s, Lang lang, std::string_view id) {
    return render_drafts(s.plan, s.input, lang, std::string(id));
}

}  // namespace

TEST_CASE("render_drafts: an email has a subject, a salutation, the facts and a signature") {
    const auto s = sample_plan(Lang::en);
    const std::string out = draft(s, Lang::en, "yamada");
    const std::string expected =
        "=== 山田商店: email, Thu 10 Dec 2026 ===\n"
        "\n"
        "Subject: A change of your contact person\n"
        "\n"
        "Dear 山田商店 team,\n"
        "\n"
        "I hope you are well, and thank you, as always, for your support.\n"
        "\n"
        "I would like to let you know personally that I will be leaving the company. My last "
        "working day will be Fri 25 Dec 2026.\n"
        "\n"
        "Thank you very much for the trust you have placed in me and for all your support over "
        "the years.\n"
        "\n"
        "My manager will confirm who will look after your account and let you know shortly.\n"
        "\n"
        "I will be in touch shortly to arrange a time to introduce the colleague taking over "
        "from me.\n"
        "\n"
        "Until Fri 25 Dec 2026, please continue to contact me as usual; from then on, please "
        "contact the colleague taking over from me. Until Sun 31 Jan 2027, I can still be "
        "reached through the company should any questions arise.\n"
        "\n"
        "Thank you again. I wish you and your team every continued success.\n"
        "\n"
        "Kind regards,\n"
        "佐藤 優\n";
    CHECK(out == expected);
}

TEST_CASE("render_drafts: a Japanese email follows business-letter custom") {
    const auto s = sample_plan(Lang::ja);
    const std::string out = draft(s, Lang::ja, "yamada");
    CHECK(has_line(out, "=== 山田商店(メール、2026年12月10日(木)) ==="));
    CHECK(has_line(out, "件名:担当者変更のご挨拶"));
    CHECK(contains(out, "\n山田商店\nご担当者様\n\n"));
    CHECK(has_line(out, "いつも大変お世話になっております。佐藤 優でございます。"));
    CHECK(has_line(out, "後任の担当者につきましては、上司より改めてご連絡申し上げます。"));
    CHECK(out.ends_with("何卒よろしくお願い申し上げます。\n\n佐藤 優\n"));
}

TEST_CASE("render_drafts: meetings and calls get talking points") {
    const auto s = sample_plan(Lang::en);
    const std::string acme = draft(s, Lang::en, "acme");
    CHECK(
        acme.starts_with("=== 株式会社アクメ: in person, Fri 11 Dec 2026 ===\n\n"
                         "Talking points for the meeting with 山田 太郎 様 (株式会社アクメ)\n\n"
                         "1. Thank you very much for making time to meet me today.\n"));
    CHECK_FALSE(contains(acme, "Subject:"));
    const std::string globex = draft(s, Lang::en, "globex");
    CHECK(has_line(globex,
                   "Talking points for the video call with Ms. Jane Smith (Globex Corporation)"));

    auto phone = s;
    phone.plan.tasks[8].method = Method::phone;  // globex/notify
    REQUIRE(phone.plan.tasks[8].id == "globex/notify");
    const std::string call = draft(phone, Lang::en, "globex");
    CHECK(has_line(call, "1. Hello, this is 佐藤 優. Thank you for taking my call."));

    const auto ja = sample_plan(Lang::ja);
    const std::string acme_ja = draft(ja, Lang::ja, "acme");
    CHECK(has_line(acme_ja, "株式会社アクメ 山田 太郎 様との面談でお伝えすること"));
    CHECK(has_line(acme_ja,
                   "1. 本日はお忙しいところお時間をいただき、誠にありがとうございます。"
                   "いつも大変お世話になっております。"));
}

TEST_CASE("render_drafts: the method follows the notify task") {
    auto s = sample_plan(Lang::en);
    s.plan.tasks[8].method = Method::email;  // globex/notify, planned as video
    const std::string out = draft(s, Lang::en, "globex");
    CHECK(has_line(out, "Subject: A change of your contact person"));
    CHECK(has_line(out, "Dear Ms. Jane Smith,"));
}

TEST_CASE("render_drafts: the last day, successor and introduction date, in both languages") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto s = sample_plan(lang);
        const std::string last_day = format_date_long(lang, s.plan.last_day);
        for (const ClientPlan& cp : s.plan.clients) {
            const std::string out = draft(s, lang, cp.id);
            CHECK(contains(out, last_day));
            if (cp.method == Method::email) CHECK(contains(out, s.plan.me));  // the signature
            if (!cp.successor.empty()) CHECK(contains(out, cp.successor));
            if (cp.introduce_date) CHECK(contains(out, format_date_long(lang, *cp.introduce_date)));
        }
    }
}

TEST_CASE("render_drafts: nothing private, in both languages") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto s = sample_plan(lang);
        const std::string out = lower(render_drafts(s.plan, s.input, lang, std::nullopt));
        for (const char* word : {"reason", "理由", "new company", "転職先", "new employer",
                                 "next employer", "転職", "new job", "paid leave", "有給"}) {
            CHECK_FALSE(contains(out, word));
        }
        // The legal end date is private; only the last working day is told.
        CHECK_FALSE(contains(out, lower(format_date_long(lang, *s.plan.end_date))));
        CHECK_FALSE(contains(out, "決裁者は部長"));  // notes stay out
        CHECK_FALSE(contains(out, "foo inc"));       // the interview's company stays out
    }
}

TEST_CASE("render_drafts: an open deal is carried through by the successor") {
    const auto s = sample_plan(Lang::en);
    const std::string deal =
        "The deal we are currently working on together will be carried through to completion "
        "by 鈴木 健, and until my last day I will keep giving it my full attention.";
    CHECK(contains(draft(s, Lang::en, "acme"), deal));                // closing
    CHECK_FALSE(contains(draft(s, Lang::en, "globex"), "The deal"));  // active account
    const auto ja = sample_plan(Lang::ja);
    CHECK(contains(draft(ja, Lang::ja, "acme"),
                   "現在ご検討いただいている案件につきましては、鈴木 "
                   "健が責任を持って最後までご対応いたします。"));
}

TEST_CASE("render_drafts: a change-averse client hears of a joint follow-up") {
    const auto s = sample_plan(Lang::en);
    CHECK(contains(draft(s, Lang::en, "acme"),
                   "鈴木 健 and I will also check in with you together on Thu 17 Dec 2026."));
    CHECK_FALSE(contains(draft(s, Lang::en, "globex"), "check in with you"));
    const auto ja = sample_plan(Lang::ja);
    CHECK(contains(draft(ja, Lang::ja, "acme"),
                   "2026年12月17日(木)に鈴木 健とともにご様子を伺わせていただきます。"));
}

TEST_CASE("render_drafts: who to contact meanwhile, and support after the last day") {
    auto s = sample_plan(Lang::en);
    const std::string with_support = draft(s, Lang::en, "globex");
    CHECK(contains(with_support,
                   "Until Fri 25 Dec 2026, please continue to contact me as usual; "
                   "from then on, please contact John Doe. Until Sun 31 Jan 2027, I "
                   "can still be reached through the company"));
    s.plan.support_until.reset();
    const std::string without = draft(s, Lang::en, "globex");
    CHECK(contains(without, "from then on, please contact John Doe.\n"));
    CHECK_FALSE(contains(without, "reached through the company"));
}

TEST_CASE("render_drafts: no successor named means the manager will confirm one") {
    auto s = sample_plan(Lang::en);
    s.plan.clients[0].successor = Text{};
    const std::string out = draft(s, Lang::en, "acme");
    CHECK(contains(out, "My manager will confirm who will look after your account"));
    // No date for a meeting with somebody not yet named (rule 9).
    CHECK(contains(out,
                   "I will be in touch shortly to arrange a time to introduce the colleague "
                   "taking over from me."));
    CHECK_FALSE(contains(out, "Mon 14 Dec 2026"));
    CHECK_FALSE(contains(out, "鈴木 健"));
}

TEST_CASE("render_drafts: a joint visit introduces the successor who is there") {
    auto s = sample_plan(Lang::en);
    Task* notify = nullptr;
    for (Task& t : s.plan.tasks) {
        if (t.id == "acme/notify") notify = &t;
    }
    REQUIRE(notify != nullptr);
    notify->with = with_people::successor;
    const std::string out = draft(s, Lang::en, "acme");
    // No second meeting is asked for: the successor is in the room, on the call or in copy.
    CHECK_FALSE(contains(out, "I would like to introduce"));
    const bool here = contains(out, "who is here with me today") ||
                      contains(out, "who is on the call with us") ||
                      contains(out, "whom I have copied on this email");
    CHECK(here);
    const auto ja = [&] {
        auto j = sample_plan(Lang::ja);
        for (Task& t : j.plan.tasks) {
            if (t.id == "acme/notify") t.with = with_people::successor;
        }
        return draft(j, Lang::ja, "acme");
    }();
    CHECK_FALSE(contains(ja, "ご紹介させていただきたく存じます"));
    CHECK((contains(ja, "同席しております") || contains(ja, "CCに入っております")));
}

TEST_CASE("render_drafts: the engine's talking points are added") {
    const auto s = sample_plan(Lang::en);
    const std::string out = draft(s, Lang::en, "acme");
    CHECK(contains(out,
                   "\n(Keep to the facts above; nothing more needs to be said.)\n\n"
                   "Points from the plan:\n- Confirm the signed contract first.\n"));
    const auto ja = sample_plan(Lang::ja);
    CHECK(contains(draft(ja, Lang::ja, "acme"),
                   "\n計画からの要点:\n・まず契約締結のお礼を申し上げる。\n"));
}

TEST_CASE("render_drafts: a plan point naming a private topic is left out") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto s = sample_plan(lang);
        REQUIRE(s.plan.tasks[10].id == "acme/notify");
        const auto& points = s.plan.worded_points.at("acme/notify");
        REQUIRE(points.size() == 2);
        const std::string out = draft(s, lang, "acme");
        CHECK_FALSE(contains(out, points[1]));
        CHECK(contains(out, points[0]));
    }
}

TEST_CASE("render_drafts: an email carries no plan points after the signature") {
    auto s = sample_plan(Lang::en);
    s.plan.tasks[8].method = Method::email;  // globex/notify has a talking point
    const std::string out = draft(s, Lang::en, "globex");
    CHECK(out.ends_with("Kind regards,\n佐藤 優\n"));
    CHECK_FALSE(contains(out, "Mention the January renewal."));
}

TEST_CASE("render_drafts: the draft stands on its own without a notify task") {
    auto s = sample_plan(Lang::en);
    std::erase_if(s.plan.tasks, [](const Task& t) { return t.kind == TaskKind::notify; });
    const std::string out = draft(s, Lang::en, "globex");
    CHECK(out.starts_with("=== Globex Corporation: video call ===\n"));
    CHECK(contains(out, "Fri 25 Dec 2026"));
    CHECK(contains(out, "John Doe"));
}

TEST_CASE("render_drafts: one client or all of them") {
    const auto s = sample_plan(Lang::en);
    const std::string all = render_drafts(s.plan, s.input, Lang::en, std::nullopt);
    CHECK(all == draft(s, Lang::en, "acme") + "\n" + draft(s, Lang::en, "globex") + "\n" +
                     draft(s, Lang::en, "yamada"));
    CHECK(render_drafts(s.plan, s.input, Lang::en, std::string("nobody")).empty());
}

TEST_CASE("render_drafts: names with line breaks stay on one line") {
    auto s = sample_plan(Lang::en);
    s.plan.clients[1].name = "Globex\nCorporation";
    s.input.clients[1].contact = "Ms.\r\nJane Smith";
    const std::string out = draft(s, Lang::en, "globex");
    CHECK(has_line(out,
                   "Talking points for the video call with Ms. Jane Smith (Globex Corporation)"));
    CHECK(out.starts_with("=== Globex Corporation: video call, Wed 9 Dec 2026 ===\n"));
}
