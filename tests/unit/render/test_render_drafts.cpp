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
using fixture::ymd;

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

std::size_t count(std::string_view text, std::string_view part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string_view::npos;
         at = text.find(part, at + part.size())) {
        ++n;
    }
    return n;
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

/// A date as the drafts write it in a sentence: the sample plan's today is in 2026, its
/// locale the default en-US.
std::string prose(Lang lang, Day day) {
    return format_date_prose(lang, DateLocale::en_US, day, 2026);
}

/// The sample with the day the successor takes over, as the engine sets it: the first
/// working day after the last day (Fri 25 Dec 2026).
fixture::Sample sample(Lang lang) {
    auto s = sample_plan(lang);
    s.plan.takeover_day = ymd(2026, 12, 28);
    return s;
}

/// The sample with the user's and the default successor's contact details, and 鈴木 健 as
/// the default successor (acme's).
fixture::Sample detailed(Lang lang) {
    auto s = sample(lang);
    s.input.me_details = {"Northwind Trading", "Account Executive", "yu.sato@northwind.example",
                          "+81 3 1234 5678"};
    s.input.successor = "鈴木 健";
    s.input.successor_details = {"", "Senior Account Manager", "ken.suzuki@northwind.example",
                                 "+81 3 1234 5679"};
    return s;
}

std::string draft(const fixture::Sample& s, Lang lang, std::string_view id) {
    return render_drafts(s.plan, s.input, lang, std::string(id));
}

Task& task(fixture::Sample& s, std::string_view id) {
    for (Task& t : s.plan.tasks) {
        if (t.id == id) return t;
    }
    FAIL("no task " << id);
    throw;
}

/// The drafts of one client, one per `=== … ===` heading.
std::vector<std::string> drafts_of(const std::string& text) {
    std::vector<std::string> out;
    for (const std::string& line : lines_of(text)) {
        if (line.starts_with("=== ")) out.emplace_back();
        if (!out.empty()) out.back() += line + '\n';
    }
    return out;
}

/// yamada (email, no successor) told by email with a successor named and in copy.
fixture::Sample yamada_joint_email(Lang lang) {
    auto s = detailed(lang);
    s.plan.clients[2].successor = "鈴木 健";
    task(s, "yamada/notify").with = with_people::successor;
    std::erase_if(s.plan.tasks, [](const Task& t) { return t.id == "yamada/introduce"; });
    return s;
}

}  // namespace

TEST_CASE("render_drafts: an email has a subject, a greeting, the facts and a signature") {
    const auto s = sample(Lang::en);
    const std::string out = draft(s, Lang::en, "yamada");
    const std::string expected =
        "=== 山田商店 — announcement: email, Thu 10 Dec 2026 ===\n"
        "\n"
        "Subject: Your contact is changing\n"
        "\n"
        "Dear 山田商店 team,\n"
        "\n"
        "I hope you are well; it has been a while.\n"
        "\n"
        "I am writing to let you know that I am leaving, and my last day will be Friday, "
        "December 25.\n"
        "\n"
        "Thank you for your trust and for the business we have done together; it has been a real "
        "pleasure working with you.\n"
        "\n"
        "From Monday, December 28, a colleague will look after you; we will let you know who as "
        "soon "
        "as it is decided.\n"
        "\n"
        "Should you need anything from us in future, we will be glad to help.\n"
        "\n"
        "Until my last day, I remain your contact, so please do not hesitate to get in touch.\n"
        "\n"
        "I wish you and your team every success.\n"
        "\n"
        "Kind regards,\n"
        "\n"
        "佐藤 優\n";
    CHECK(out == expected);
}

TEST_CASE("render_drafts: an email with the successor in copy, the company and every detail") {
    const auto s = yamada_joint_email(Lang::en);
    const std::string out = draft(s, Lang::en, "yamada");
    const std::string expected =
        "=== 山田商店 — announcement and introduction of the successor: email, Thu 10 Dec 2026 "
        "===\n"
        "\n"
        "Subject: Your new contact at Northwind Trading\n"
        "Cc: 鈴木 健 <ken.suzuki@northwind.example>\n"
        "\n"
        "Dear 山田商店 team,\n"
        "\n"
        "I hope you are well; it has been a while.\n"
        "\n"
        "I am writing to let you know that I am leaving Northwind Trading. My last day will be "
        "Friday, December 25.\n"
        "\n"
        "Thank you for your trust and for the business we have done together; it has been a real "
        "pleasure working with you.\n"
        "\n"
        "From Monday, December 28, my colleague 鈴木 健 (Senior Account Manager) will look after "
        "you; "
        "I have copied 鈴木 on this email.\n"
        "\n"
        "You can reach 鈴木 at ken.suzuki@northwind.example or +81 3 1234 5679.\n"
        "\n"
        "Should you need anything from us in future, 鈴木 will be glad to help.\n"
        "\n"
        "Until my last day, I remain your contact, so please do not hesitate to get in touch.\n"
        "\n"
        "I wish you and your team every success, and I know 鈴木 will look after you well.\n"
        "\n"
        "Kind regards,\n"
        "\n"
        "佐藤 優\n"
        "Account Executive\n"
        "Northwind Trading\n"
        "yu.sato@northwind.example\n"
        "+81 3 1234 5678\n";
    CHECK(out == expected);
}

TEST_CASE("render_drafts: an email copies the successor exactly when they take part") {
    auto s = yamada_joint_email(Lang::ja);
    CHECK(contains(draft(s, Lang::ja, "yamada"), "\nCC:鈴木 健 <ken.suzuki@northwind.example>\n"));
    // Without an address the line still names whom to copy.
    s.input.successor_details.email.clear();
    CHECK(contains(draft(s, Lang::en, "yamada"), "\nCc: 鈴木 健\n"));
    // An announcement from you alone copies nobody.
    task(s, "yamada/notify").with = 0;
    const std::string alone = draft(s, Lang::en, "yamada");
    CHECK_FALSE(contains(drafts_of(alone).front(), "Cc:"));
}

TEST_CASE("render_drafts: a Japanese email follows business-letter custom") {
    const auto s = yamada_joint_email(Lang::ja);
    const std::string out = draft(s, Lang::ja, "yamada");
    const std::string expected =
        "=== 山田商店 — 退職のご報告と後任のご紹介(メール、2026年12月10日(木)) ===\n"
        "\n"
        "件名:【Northwind Trading】退職のご挨拶と後任のご紹介\n"
        "CC:鈴木 健 <ken.suzuki@northwind.example>\n"
        "\n"
        "山田商店\n"
        "ご担当者様\n"
        "\n"
        "大変ご無沙汰しております。Northwind Tradingの佐藤でございます。\n"
        "\n"
        "私事で恐縮ではございますが、このたび退職することとなり、2026年12月25日(金)が最終出社日"
        "となります。\n"
        "\n"
        "これまで格別のお引き立てを賜り、心より御礼申し上げます。\n"
        "\n"
        "2026年12月28日(月)より、後任の鈴木 健(Senior Account "
        "Manager)が貴社を担当させていただきます。本メールには鈴木もCCで入っております。\n"
        "\n"
        "鈴木の連絡先は、メール ken.suzuki@northwind.example、電話 +81 3 1234 "
        "5679でございます。\n"
        "\n"
        "今後ご用命の際は、鈴木までお気軽にお申し付けください。\n"
        "\n"
        "最終出社日までは引き続き私がご対応いたしますので、何なりとお申し付けください。\n"
        "\n"
        "今後とも、後任の鈴木ともども何卒よろしくお願い申し上げます。\n"
        "\n"
        "末筆ながら、貴社のますますのご発展を心よりお祈り申し上げます。\n"
        "\n"
        "Northwind Trading\n"
        "Account Executive 佐藤 優\n"
        "メール:yu.sato@northwind.example\n"
        "電話:+81 3 1234 5678\n";
    CHECK(out == expected);
}

TEST_CASE("render_drafts: the greeting uses the salutation, else the contact's name") {
    auto s = sample(Lang::en);
    task(s, "globex/notify").method = Method::email;
    const auto greeting = [&](Lang lang, std::string_view contact, std::string_view salutation) {
        s.input.clients[1].contact = s.input.text(contact);
        s.input.clients[1].salutation = s.input.text(salutation);
        const auto lines = lines_of(drafts_of(draft(s, lang, "globex")).front());
        REQUIRE(lines.size() > 5);
        return lang == Lang::ja ? lines[4] + "\n" + lines[5] : lines[4];
    };
    CHECK(greeting(Lang::en, "Ms. Jane Smith", "") == "Dear Ms Smith,");
    CHECK(greeting(Lang::en, "Eleanor Finch", "") == "Dear Eleanor,");
    CHECK(greeting(Lang::en, "Pepper", "") == "Dear Pepper,");
    CHECK(greeting(Lang::en, "Mrs Eleanor Finch", "Dear Eleanor,") == "Dear Eleanor,");
    CHECK(greeting(Lang::en, "Mrs Eleanor Finch", "dear Eleanor") == "dear Eleanor,");
    CHECK(greeting(Lang::en, "Mrs Eleanor Finch", "Eleanor Finch") == "Dear Eleanor Finch,");
    CHECK(greeting(Lang::en, "", "") == "Dear Globex Corporation team,");
    // Japanese: the company, then the person with 様 once.
    CHECK(greeting(Lang::ja, "山田 太郎 様", "") == "Globex Corporation\n山田 太郎 様");
    CHECK(greeting(Lang::ja, "山田 太郎様", "") == "Globex Corporation\n山田 太郎 様");
    CHECK(greeting(Lang::ja, "山田 太郎", "") == "Globex Corporation\n山田 太郎 様");
    CHECK(greeting(Lang::ja, "山田 太郎 様", "山田様") == "Globex Corporation\n山田様");
    CHECK(greeting(Lang::ja, "", "") == "Globex Corporation\nご担当者様");
    // 様 takes the place of an English title rather than following it.
    CHECK(greeting(Lang::ja, "Ms Davis", "") == "Globex Corporation\nDavis 様");
    CHECK(greeting(Lang::ja, "Mrs Eleanor Finch, Managing Partner", "") ==
          "Globex Corporation\nEleanor Finch 様");

    SECTION("a title or honorific in the contact takes no second honorific") {
        CHECK(greeting(Lang::ja, "岡田部長", "") == "Globex Corporation\n岡田部長");
        CHECK(greeting(Lang::ja, "岡田部長 様", "") == "Globex Corporation\n岡田部長");
        for (const char* title : {"部長", "課長", "次長", "社長", "専務", "常務", "取締役", "室長",
                                  "所長", "係長", "主任"}) {
            INFO(title);
            CHECK(greeting(Lang::ja, std::string("岡田") + title, "") ==
                  std::string("Globex Corporation\n岡田") + title);
            CHECK(greeting(Lang::en, std::string("岡田") + title, "") ==
                  std::string("Dear 岡田") + title + ",");
        }
        // A name alone, or with 様/殿/さん: 様 once.
        CHECK(greeting(Lang::ja, "岡田", "") == "Globex Corporation\n岡田 様");
        CHECK(greeting(Lang::ja, "岡田さん", "") == "Globex Corporation\n岡田 様");
        CHECK(greeting(Lang::ja, "岡田殿", "") == "Globex Corporation\n岡田 様");
        // English drafts keep a Japanese contact as written, adding 様 to a name alone.
        CHECK(greeting(Lang::en, "岡田部長 様", "") == "Dear 岡田部長,");
        CHECK(greeting(Lang::en, "山田 様", "") == "Dear 山田様,");
        CHECK(greeting(Lang::en, "山田様", "") == "Dear 山田様,");
        CHECK(greeting(Lang::en, "山田さん", "") == "Dear 山田さん,");
        CHECK(greeting(Lang::en, "中村", "") == "Dear 中村様,");
        CHECK(greeting(Lang::en, "山田 太郎", "") == "Dear 山田 太郎様,");
    }
    SECTION("a salutation is used only in its own language") {
        CHECK(greeting(Lang::ja, "山田 太郎", "Dear Ana,") == "Globex Corporation\n山田 太郎 様");
        CHECK(greeting(Lang::ja, "山田 太郎", "Hi Ana") == "Globex Corporation\n山田 太郎 様");
        CHECK(greeting(Lang::ja, "山田 太郎", "Eleanor") == "Globex Corporation\n山田 太郎 様");
        CHECK(greeting(Lang::en, "Eleanor Finch", "山田様") == "Dear Eleanor,");
        CHECK(greeting(Lang::en, "", "山田様") == "Dear Globex Corporation team,");
        CHECK(greeting(Lang::ja, "Eleanor Finch", "山田様") == "Globex Corporation\n山田様");
        CHECK(greeting(Lang::en, "Eleanor Finch", "Eleanor") == "Dear Eleanor,");
        CHECK(greeting(Lang::en, "Eleanor Finch", "Eleanor,") == "Dear Eleanor,");
        CHECK(greeting(Lang::en, "Eleanor Finch", "Hi Ellie") == "Hi Ellie,");
        CHECK(greeting(Lang::en, "Eleanor Finch", "Hello Ellie,") == "Hello Ellie,");
        CHECK(greeting(Lang::en, "Eleanor Finch", "Dear Ana") == "Dear Ana,");
        // A name that merely starts like a greeting word is a name.
        CHECK(greeting(Lang::en, "Eleanor Finch", "Hilda") == "Dear Hilda,");
        CHECK(greeting(Lang::en, "Eleanor Finch", "Dearbhla,") == "Dear Dearbhla,");
    }
    SECTION("an English title greets with title and surname, else the first name") {
        CHECK(greeting(Lang::en, "Mrs Eleanor Finch, Managing Partner", "") == "Dear Mrs Finch,");
        CHECK(greeting(Lang::en, "Dr. Raj Patel", "") == "Dear Dr Patel,");
        CHECK(greeting(Lang::en, "Mr. Tom Baker, Head of Procurement", "") == "Dear Mr Baker,");
        CHECK(greeting(Lang::en, "Dr. Ashford", "") == "Dear Dr Ashford,");
        CHECK(greeting(Lang::en, "Miss Ada Lovelace", "") == "Dear Miss Lovelace,");
        CHECK(greeting(Lang::en, "Prof Alan Turing", "") == "Dear Prof Turing,");
        CHECK(greeting(Lang::en, "Ms Davis", "") == "Dear Ms Davis,");
        CHECK(greeting(Lang::en, "Pepper P.", "") == "Dear Pepper,");
        CHECK(greeting(Lang::en, "J. Smith", "") == "Dear J. Smith,");
        CHECK(greeting(Lang::en, "Eleanor Finch, Managing Partner", "") == "Dear Eleanor,");
        // A first name that looks like a title without being one stays a first name.
        CHECK(greeting(Lang::en, "Drew Barry", "") == "Dear Drew,");
    }
    SECTION("a department is greeted as a team") {
        CHECK(greeting(Lang::ja, "購買部", "") == "Globex Corporation\n購買部 御中");
        CHECK(greeting(Lang::ja, "購買部 様", "") == "Globex Corporation\n購買部 御中");
        CHECK(greeting(Lang::ja, "購買部 御中", "") == "Globex Corporation\n購買部 御中");
        CHECK(greeting(Lang::en, "購買部 御中", "") == "Dear 購買部 team,");
        for (const char* unit : {"営業部", "総務課", "企画室", "庶務係", "調達部門",
                                 "カスタマーセンター", "導入チーム"}) {
            INFO(unit);
            CHECK(greeting(Lang::ja, unit, "") ==
                  std::string("Globex Corporation\n") + unit + " 御中");
            CHECK(greeting(Lang::en, unit, "") == std::string("Dear ") + unit + " team,");
        }
        // ご担当者 names an unknown person: 様, as for no contact at all.
        CHECK(greeting(Lang::ja, "購買部ご担当者", "") == "Globex Corporation\n購買部ご担当者様");
        CHECK(greeting(Lang::en, "購買部ご担当者", "") == "Dear 購買部 team,");
        CHECK(greeting(Lang::en, "Sales Department", "") == "Dear Sales team,");
        CHECK(greeting(Lang::en, "Purchasing Team", "") == "Dear Purchasing team,");
        CHECK(greeting(Lang::en, "Sales Dept.", "") == "Dear Sales team,");
        CHECK(greeting(Lang::en, "Help Desk", "") == "Dear Help Desk team,");
        CHECK(greeting(Lang::en, "Sales Office", "") == "Dear Sales Office team,");
        CHECK(greeting(Lang::ja, "Sales Department", "") ==
              "Globex Corporation\nSales Department 御中");
        // A person whose name ends like a department is a person.
        CHECK(greeting(Lang::en, "Tom Teamster", "") == "Dear Tom,");
        CHECK(greeting(Lang::ja, "阿部", "") == "Globex Corporation\n阿部 様");
        CHECK(greeting(Lang::ja, "服部 様", "") == "Globex Corporation\n服部 様");
        CHECK(greeting(Lang::en, "小室", "") == "Dear 小室様,");
    }
}

TEST_CASE("render_drafts: a talk's title names the contact as the letter does") {
    auto s = sample(Lang::en);
    const auto title = [&](Lang lang, std::string_view contact) {
        s.input.clients[0].contact = s.input.text(contact);
        return lines_of(drafts_of(draft(s, lang, "acme")).front())[2];
    };
    CHECK(title(Lang::ja, "岡田部長 様") == "株式会社アクメ 岡田部長との面談でお伝えすること");
    CHECK(title(Lang::ja, "岡田 様") == "株式会社アクメ 岡田 様との面談でお伝えすること");
    CHECK(title(Lang::ja, "購買部") == "株式会社アクメ 購買部 御中との面談でお伝えすること");
    CHECK(title(Lang::en, "岡田部長 様") ==
          "Talking points for the meeting with 岡田部長 (株式会社アクメ)");
    CHECK(title(Lang::en, "中村") == "Talking points for the meeting with 中村様 (株式会社アクメ)");
    CHECK(title(Lang::en, "購買部") ==
          "Talking points for the meeting with 購買部 (株式会社アクメ)");
    CHECK(title(Lang::en, "Sales Department, 3rd floor") ==
          "Talking points for the meeting with Sales Department (株式会社アクメ)");
    CHECK(title(Lang::en, "Dr. Raj Patel, CTO") ==
          "Talking points for the meeting with Dr. Raj Patel (株式会社アクメ)");
}

TEST_CASE("render_drafts: the successor by full name once, then by the short name") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto s = detailed(lang);
        for (const std::string& one : drafts_of(draft(s, lang, "acme"))) {
            INFO(one);
            CHECK(count(one, "鈴木 健") <= 1);
        }
        // The Cc line addresses the copy; the letter itself names them in full once.
        const auto j = yamada_joint_email(lang);
        std::string letter;
        for (const std::string& line : lines_of(draft(j, lang, "yamada"))) {
            if (!line.starts_with("Cc:") && !line.starts_with("CC:")) letter += line + '\n';
        }
        CHECK(count(letter, "鈴木 健") == 1);
    }
    // "Sam Lee" is Sam after the first mention.
    auto s = sample(Lang::en);
    s.plan.clients[1].successor = "Sam Lee";
    const std::string globex = drafts_of(draft(s, Lang::en, "globex")).front();
    CHECK(count(globex, "Sam Lee") == 1);
    CHECK(contains(globex, "I would like to introduce Sam to you on a video call"));
    // In Japanese, a Western name is shortened to the family name.
    auto ja = sample(Lang::ja);
    ja.plan.clients[1].successor = "Sam Lee";
    const std::string globex_ja = drafts_of(draft(ja, Lang::ja, "globex")).front();
    CHECK(count(globex_ja, "Sam Lee") == 1);
    CHECK(contains(globex_ja, "オンラインにてLeeをご紹介させていただきたい"));
}

TEST_CASE("render_drafts: the takeover day once, after the last day, and no support promised") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto s = detailed(lang);
        const std::string takeover = prose(lang, s.plan.takeover_day);
        const std::string support = prose(lang, *s.plan.support_until);
        const std::string all = render_drafts(s.plan, s.input, lang, std::nullopt);
        for (const std::string& one : drafts_of(all)) {
            INFO(one);
            CHECK(count(one, takeover) == 1);
            CHECK_FALSE(contains(one, support));
        }
        CHECK_FALSE(contains(all, "through the company"));
        CHECK_FALSE(contains(all, "会社を通じて"));
    }
}

TEST_CASE("render_drafts: each contact gets its draft: announcement, joint visit, follow-up") {
    const auto s = sample(Lang::en);
    const std::vector<std::string> acme = drafts_of(draft(s, Lang::en, "acme"));
    REQUIRE(acme.size() == 3);
    CHECK(
        acme[0].starts_with("=== 株式会社アクメ — announcement: in person, Fri 11 Dec 2026 ===\n"));
    CHECK(acme[1].starts_with(
        "=== 株式会社アクメ — introduction of the successor: in person, Mon 14 Dec 2026 ===\n"));
    CHECK(acme[2].starts_with(
        "=== 株式会社アクメ — follow-up with the successor: in person, Thu 17 Dec 2026 ===\n"));
    // The announcement proposes the visit; the visit introduces the successor who is there.
    CHECK(contains(acme[0], "I would like to bring 鈴木 to meet you on Monday, December 14;"));
    CHECK(contains(acme[1], "Let me introduce my colleague 鈴木 健, who is here with me today"));
    CHECK(contains(acme[1], "(Let 鈴木 introduce themselves.)"));
    CHECK_FALSE(contains(acme[1], "I would like to bring"));
    CHECK(contains(acme[2], "since I introduced 鈴木"));
    // The change-averse client hears of the follow-up, the way it will be made.
    CHECK(contains(acme[0], "On Thursday, December 17, 鈴木 and I will also come by together"));

    const auto ja = sample(Lang::ja);
    const std::vector<std::string> acme_ja = drafts_of(draft(ja, Lang::ja, "acme"));
    REQUIRE(acme_ja.size() == 3);
    CHECK(contains(acme_ja[0], "2026年12月14日(月)に鈴木とともにご挨拶に伺いたいと存じますが"));
    CHECK(contains(acme_ja[1], "本日は、後任の鈴木 健を連れてまいりました。"));
    CHECK(contains(acme_ja[2], "鈴木をご紹介して以降"));
    // A talk closes by commending the successor once one is named.
    CHECK(contains(acme_ja[1], "今後とも鈴木ともども、どうぞよろしくお願いいたします。"));
    CHECK(contains(acme[1], "I know you will be in good hands with 鈴木."));
    // yamada has no successor: nothing to introduce, nobody to follow up with.
    CHECK(drafts_of(draft(s, Lang::en, "yamada")).size() == 1);
}

TEST_CASE("render_drafts: a contact with the successor present asks for no second meeting") {
    for (const Method method : {Method::in_person, Method::video, Method::phone}) {
        auto s = sample(Lang::en);
        Task& notify = task(s, "acme/notify");
        notify.with = with_people::successor;
        notify.method = method;
        const auto drafts = drafts_of(draft(s, Lang::en, "acme"));
        INFO(drafts.front());
        CHECK(contains(drafts.front(), "announcement and introduction of the successor"));
        CHECK_FALSE(contains(drafts.front(), "I would like to"));
        CHECK(contains(drafts.front(), "rom Monday, December 28, 鈴木 will look after you."));
        // Told together: no separate introduction draft.
        CHECK_FALSE(contains(draft(s, Lang::en, "acme"), "— introduction of the successor"));
    }
    auto phone = sample(Lang::en);
    task(phone, "acme/notify").with = with_people::successor;
    task(phone, "acme/notify").method = Method::phone;
    // The client hears first that the successor is on the line.
    CHECK(contains(draft(phone, Lang::en, "acme"),
                   "1. Hello, this is 佐藤 優; my colleague 鈴木 健 is on the line with me."));
    auto video = sample(Lang::ja);
    task(video, "acme/notify").with = with_people::successor;
    task(video, "acme/notify").method = Method::video;
    CHECK(contains(draft(video, Lang::ja, "acme"), "本日は、後任の鈴木 健も同席しております。"));
}

TEST_CASE("render_drafts: no draft for a call, video or email speaks of a visit") {
    // Every draft whose contact is not in person, in both languages, with the successor
    // present or not, introduced by the same method or not.
    const char* const visit_words[] = {"伺", "訪問", "visit", "come by", "stop by", "bring"};
    for (Lang lang : {Lang::en, Lang::ja}) {
        for (const Method method : {Method::video, Method::phone, Method::email}) {
            for (const bool joint : {false, true}) {
                auto s = detailed(lang);
                for (Task& t : s.plan.tasks) {
                    if (t.kind == TaskKind::notify || t.kind == TaskKind::introduce ||
                        t.kind == TaskKind::follow_up) {
                        t.method = method;
                        if (t.kind == TaskKind::notify && joint) t.with = with_people::successor;
                    }
                }
                for (ClientPlan& cp : s.plan.clients) cp.method = method;
                const std::string all = lower(render_drafts(s.plan, s.input, lang, std::nullopt));
                INFO(to_string(method) << (joint ? " joint\n" : "\n") << all);
                for (const char* word : visit_words) CHECK_FALSE(contains(all, word));
            }
        }
    }
}

TEST_CASE("render_drafts: an email introduction offers no date for a meeting") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        auto s = sample(lang);
        task(s, "globex/notify").method = Method::email;
        task(s, "globex/introduce").method = Method::email;
        const auto drafts = drafts_of(draft(s, lang, "globex"));
        REQUIRE(drafts.size() == 2);
        for (const std::string& one : drafts) {
            INFO(one);
            CHECK_FALSE(contains(one, "another time suits you"));
            CHECK_FALSE(contains(one, "ご都合"));
        }
        CHECK(contains(drafts[0],
                       lang == Lang::en
                           ? "I will introduce John to you properly in a separate email "
                             "shortly."
                           : "後任につきましては、あらためてDoeを交えてご連絡させていただき"
                             "ます。"));
        CHECK(contains(drafts[1], lang == Lang::en ? "Subject: Introducing your new contact"
                                                   : "件名:後任担当者のご紹介"));
    }
}

TEST_CASE("render_drafts: meetings and calls get talking points and notes for the user") {
    const auto s = sample(Lang::en);
    const std::string acme = drafts_of(draft(s, Lang::en, "acme")).front();
    CHECK(
        acme.starts_with("=== 株式会社アクメ — announcement: in person, Fri 11 Dec 2026 ===\n\n"
                         "Talking points for the meeting with 山田 太郎様 (株式会社アクメ)\n\n"
                         "1. Thank you for making time to see me today.\n"
                         "2. Thank you again for signing the contract with us.\n"
                         "3. I wanted to tell you myself: I am leaving, and my last day will be "
                         "Friday, December 25.\n"));
    CHECK_FALSE(contains(acme, "Subject:"));
    CHECK(contains(acme, "\nIf they ask (for you, not to read out):\n- Where are you going?"));
    CHECK(contains(acme, "- Why are you leaving?"));
    CHECK(contains(acme, "- What changes for us?"));
    CHECK(contains(acme,
                   "- Do not ask the client to follow you anywhere, and say nothing "
                   "critical of the company"));
    const std::string globex = draft(s, Lang::en, "globex");
    CHECK(has_line(globex,
                   "Talking points for the video call with Ms. Jane Smith (Globex "
                   "Corporation)"));

    auto phone = sample(Lang::en);
    task(phone, "globex/notify").method = Method::phone;
    CHECK(has_line(draft(phone, Lang::en, "globex"),
                   "1. Hello, this is 佐藤 優. Do you have a few minutes?"));
    auto company = detailed(Lang::en);
    task(company, "globex/notify").method = Method::phone;
    CHECK(has_line(draft(company, Lang::en, "globex"),
                   "1. Hello, this is 佐藤 優 from Northwind Trading. Do you have a few minutes?"));

    const auto ja = detailed(Lang::ja);
    const std::string acme_ja = draft(ja, Lang::ja, "acme");
    CHECK(has_line(acme_ja, "株式会社アクメ 山田 太郎 様との面談でお伝えすること"));
    CHECK(has_line(acme_ja, "1. 本日はお忙しいところお時間をいただき、ありがとうございます。"));
    // Spoken Japanese: 御社, the name without a title in parentheses that cannot be read out.
    CHECK(contains(acme_ja, "後任の鈴木 健が御社を担当させていただきます"));
    CHECK_FALSE(contains(acme_ja, "(Senior Account Manager)"));
    // The email gives the title.
    auto by_email = detailed(Lang::ja);
    task(by_email, "acme/notify").method = Method::email;
    CHECK(contains(draft(by_email, Lang::ja, "acme"), "鈴木 健(Senior Account Manager)"));
    CHECK_FALSE(contains(acme_ja, "貴社"));
    CHECK(contains(acme_ja, "聞かれたときは(ご自身用のメモ。読み上げません):"));
}

TEST_CASE("render_drafts: the method follows the notify task") {
    auto s = sample(Lang::en);
    task(s, "globex/notify").method = Method::email;  // planned as video
    const std::string out = draft(s, Lang::en, "globex");
    // Told first, introduced in an email of its own: the first one is about leaving.
    CHECK(has_line(out, "Subject: Leaving my role"));
    CHECK(has_line(out, "Dear Ms Smith,"));
}

TEST_CASE("render_drafts: thanks by stage: a contract just signed, a prospect, a customer") {
    auto s = sample(Lang::en);
    // acme closes on Thu 10 Dec and hears on Fri 11 Dec: thanked for the contract.
    const std::string signed_ = drafts_of(draft(s, Lang::en, "acme")).front();
    CHECK(contains(signed_, "Thank you again for signing the contract with us"));
    CHECK(contains(signed_, "鈴木 knows the new contract in detail"));
    CHECK_FALSE(contains(signed_, "proposal"));
    CHECK_FALSE(contains(signed_, "business we have done together"));
    // Told on the day of the close, the deal is still open.
    task(s, "acme/notify").date = ymd(2026, 12, 10);
    const std::string open = drafts_of(draft(s, Lang::en, "acme")).front();
    CHECK(contains(open, "鈴木 knows where we stand with the current proposal"));
    CHECK(contains(open, "Thank you for the time you have given me"));
    CHECK_FALSE(contains(open, "signing"));
    // A prospect is not thanked for years of business.
    s.plan.clients[1].stage = Stage::prospect;
    const std::string prospect = draft(s, Lang::en, "globex");
    CHECK(contains(prospect, "Thank you for the time you have given me"));
    CHECK(contains(prospect,
                   "John has everything we have discussed, so you will not need to repeat "
                   "anything."));
    CHECK_FALSE(contains(prospect, "business we have done"));
    CHECK_FALSE(contains(prospect, "years"));
    s.plan.clients[1].stage = Stage::renewal;
    CHECK(contains(draft(s, Lang::en, "globex"), "business we have done together"));

    const auto ja = sample(Lang::ja);
    const std::string signed_ja = drafts_of(draft(ja, Lang::ja, "acme")).front();
    CHECK(contains(signed_ja, "このたびはご契約を賜り、誠にありがとうございました。"));
    CHECK_FALSE(contains(signed_ja, "現在ご検討いただいている"));
}

TEST_CASE("render_drafts: one thank-you for the business per announcement") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto s = detailed(lang);
        for (const ClientPlan& cp : s.plan.clients) {
            const std::string one = drafts_of(draft(s, lang, cp.id)).front();
            INFO(one);
            std::size_t thanks = 0;
            for (std::string_view key :
                 {"render.drafts.thanks.customer", "render.drafts.thanks.new",
                  "render.drafts.thanks.signed"}) {
                thanks += count(one, tr(lang, key));
            }
            CHECK(thanks == 1);
            if (lang == Lang::en) CHECK(count(lower(one), "thank") <= 2);  // and the opening
        }
    }
}

TEST_CASE("render_drafts: nothing private, in both languages") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto s = detailed(lang);
        const std::string out = lower(render_drafts(s.plan, s.input, lang, std::nullopt));
        for (const char* word : {"reason", "理由", "new company", "転職先", "new employer",
                                 "next employer", "転職", "new job", "paid leave", "有給"}) {
            CHECK_FALSE(contains(out, word));
        }
        // The legal end date is private; only the last working day is told.
        CHECK_FALSE(contains(out, lower(prose(lang, *s.plan.end_date))));
        CHECK_FALSE(contains(out, "決裁者は部長"));  // notes stay out
        CHECK_FALSE(contains(out, "foo inc"));       // the interview's company stays out
    }
}

TEST_CASE("render_drafts: no successor named: no name, no dated meeting") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        auto s = sample(lang);
        s.plan.clients[0].successor = Text{};
        const std::string out = draft(s, lang, "acme");
        INFO(out);
        CHECK(drafts_of(out).size() == 1);  // nobody to introduce or follow up with
        CHECK(contains(out, tr(lang, "render.drafts.talk.closing")));
        CHECK_FALSE(contains(out, "鈴木"));
        CHECK_FALSE(contains(out, prose(lang, ymd(2026, 12, 14))));
        CHECK_FALSE(contains(out, prose(lang, ymd(2026, 12, 17))));
        CHECK(contains(out, lang == Lang::en ? "we will let you know who as soon as it is decided"
                                             : "決まり次第、弊社よりあらためてご連絡申し上げます"));
        CHECK(contains(out, lang == Lang::en ? "I will hand it over in full before I leave"
                                             : "退職までに確実に引き継ぎ"));
    }
}

TEST_CASE("render_drafts: a plan read back adds its own talking points, nothing private") {
    const auto s = sample(Lang::en);
    const std::string out = drafts_of(draft(s, Lang::en, "acme")).front();
    CHECK(contains(out, "\nPoints from the plan:\n- Confirm the signed contract first.\n"));
    const auto ja = sample(Lang::ja);
    CHECK(contains(draft(ja, Lang::ja, "acme"),
                   "\n計画からの要点:\n・まず契約締結のお礼を申し上げる。\n"));
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto l = sample(lang);
        const auto& points = l.plan.worded_points.at("acme/notify");
        REQUIRE(points.size() == 2);
        const std::string one = draft(l, lang, "acme");
        CHECK_FALSE(contains(one, points[1]));
        CHECK(contains(one, points[0]));
    }
}

TEST_CASE("render_drafts: an email carries no notes or plan points after the signature") {
    auto s = sample(Lang::en);
    task(s, "globex/notify").method = Method::email;  // globex/notify has a talking point
    const std::string out = drafts_of(draft(s, Lang::en, "globex")).front();
    CHECK(out.ends_with("Kind regards,\n\n佐藤 優\n\n"));
    CHECK_FALSE(contains(out, "Mention the January renewal."));
    CHECK_FALSE(contains(out, "If they ask"));
}

TEST_CASE("render_drafts: the draft stands on its own without a notify task") {
    auto s = sample(Lang::en);
    std::erase_if(s.plan.tasks, [](const Task& t) { return t.kind == TaskKind::notify; });
    const std::string out = draft(s, Lang::en, "globex");
    CHECK(out.starts_with("=== Globex Corporation — announcement: video call ===\n"));
    CHECK(contains(out, "Friday, December 25"));
    CHECK(contains(out, "John Doe"));
}

TEST_CASE("render_drafts: one client or all of them") {
    const auto s = sample(Lang::en);
    const std::string all = render_drafts(s.plan, s.input, Lang::en, std::nullopt);
    CHECK(all == draft(s, Lang::en, "acme") + "\n" + draft(s, Lang::en, "globex") + "\n" +
                     draft(s, Lang::en, "yamada"));
    CHECK(render_drafts(s.plan, s.input, Lang::en, std::string("nobody")).empty());
}

TEST_CASE("render_drafts: names with line breaks stay on one line") {
    auto s = sample(Lang::en);
    s.plan.clients[1].name = "Globex\nCorporation";
    s.input.clients[1].contact = "Ms.\r\nJane Smith";
    s.input.me_details.company = "North\nwind";
    const std::string out = draft(s, Lang::en, "globex");
    CHECK(has_line(out,
                   "Talking points for the video call with Ms. Jane Smith (Globex Corporation)"));
    CHECK(
        out.starts_with("=== Globex Corporation — announcement: video call, Wed 9 Dec 2026 ===\n"));
    CHECK(contains(out, "I am leaving North wind,"));
}

TEST_CASE(
    "render_drafts: a renewal, a dormant account and a decided proposal have their own line") {
    auto s = yamada_joint_email(Lang::en);  // dormant, told by email on Thu 10 Dec 2026
    ClientPlan& yamada = s.plan.clients[2];
    REQUIRE(yamada.id == "yamada");
    const auto out = [&](Lang lang) { return draft(s, lang, "yamada"); };
    // Dormant: nothing is running, so nothing "stays as it is"; a greeting after a while.
    CHECK(contains(out(Lang::en), "I hope you are well; it has been a while."));
    CHECK(contains(out(Lang::en), "Should you need anything from us in future, 鈴木 will be glad"));
    CHECK(contains(out(Lang::ja), "大変ご無沙汰しております。"));
    CHECK_FALSE(contains(out(Lang::ja), "ご契約内容やサービスに変更はございません"));
    // A renewal is still open: the successor takes it through.
    yamada.stage = Stage::renewal;
    CHECK(contains(out(Lang::en), "鈴木 has the details of your upcoming renewal"));
    CHECK(contains(out(Lang::ja), "ご契約の更新につきましては、鈴木が内容を把握したうえで"));
    CHECK_FALSE(contains(out(Lang::en), "it has been a while"));
    CHECK_FALSE(contains(out(Lang::en), "stay as they are"));
    // Signed on the day it hears the news: still to come. Signed the day before: the
    // successor looks after the renewed contract, and nothing is "taken through".
    yamada.expected_close = ymd(2026, 12, 10);
    CHECK(contains(out(Lang::en), "鈴木 has the details of your upcoming renewal"));
    yamada.expected_close = ymd(2026, 12, 9);
    CHECK_FALSE(contains(out(Lang::en), "upcoming renewal"));
    CHECK(contains(out(Lang::en), "鈴木 knows the new contract in detail"));
    CHECK(contains(out(Lang::en), "Thank you again for signing the contract with us."));
    CHECK_FALSE(contains(out(Lang::ja), "ご契約の更新につきましては"));
    CHECK(contains(out(Lang::ja), "ご契約後のご対応につきましても、鈴木が内容を把握したうえで"));
    yamada.expected_close.reset();
    // A proposal decided the day before it hears the news is thanked for considering it; one
    // whose decision falls on that day is not decided yet.
    yamada.stage = Stage::proposal;
    yamada.expected_close = ymd(2026, 12, 9);
    CHECK(contains(out(Lang::en), "Thank you for taking the time to consider our proposal."));
    CHECK(contains(out(Lang::ja), "先日はご検討いただき、誠にありがとうございました。"));
    yamada.expected_close = ymd(2026, 12, 10);
    CHECK_FALSE(contains(out(Lang::en), "consider our proposal"));
    CHECK(contains(out(Lang::en), "Thank you for the time you have given me"));
}

TEST_CASE("render_drafts: an announcement that promises an introduction leaves it the details") {
    auto s = detailed(Lang::en);
    // globex: told first by email, introduced later in a message of its own.
    task(s, "globex/notify").method = Method::email;
    task(s, "globex/introduce").method = Method::email;
    s.input.successor = "John Doe";
    const auto drafts = drafts_of(draft(s, Lang::en, "globex"));
    REQUIRE(drafts.size() == 2);
    CHECK(contains(drafts[0], "Subject: Leaving my role at Northwind Trading"));
    CHECK_FALSE(contains(drafts[0], "You can reach"));
    CHECK_FALSE(contains(drafts[0], "Cc:"));
    CHECK(contains(drafts[1], "You can reach John at ken.suzuki@northwind.example"));
    CHECK(contains(drafts[1], "Cc: John Doe <ken.suzuki@northwind.example>"));
}
