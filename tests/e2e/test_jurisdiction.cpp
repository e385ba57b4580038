// Jurisdictions on the real binary: a US two weeks' notice over Thanksgiving plans without
// an error, with shortened windows said in the announcements' reasons, the US cautions on
// the manager's agenda and no Japanese law anywhere; a GB file too short for the statutory
// week names the Employment Rights Act, or in Northern Ireland its own Order.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

std::string two_weeks(const char* jurisdiction, const char* today, const char* last_day,
                      const char* end) {
    return std::string(R"({"version": 1, "jurisdiction": ")") + jurisdiction + R"(", "today": ")" +
           today + R"(", "last_day": ")" + last_day + R"(", "end_date": ")" + end + R"(",
  "me": {"name": "Alex"}, "manager": {"name": "Priya"}, "successor": {"name": "Jordan"},
  "calendar": {"holidays": ["2026-11-26"], "hours_per_day": 6, "max_meetings_per_day": 3},
  "policy": {"notice_days": 14},
  "clients": [
    {"id": "a", "name": "Acme", "contact": "Ann", "stage": "active", "history": ["x"], "change_averse": true},
    {"id": "b", "name": "Bolt", "contact": "Bob", "stage": "active", "history": ["x"]},
    {"id": "c", "name": "Cove", "contact": "Cy", "stage": "active", "history": ["x"]},
    {"id": "d", "name": "Dune", "contact": "Di", "stage": "active", "history": ["x"]}]})";
}

}  // namespace

TEST_CASE("jurisdiction: a US two weeks' notice over Thanksgiving, on the real binary") {
    e2e::TempDir dir;
    const std::string file = dir.file("us.json");
    e2e::write_file(file, two_weeks("US", "2026-11-16", "2026-11-27", "2026-11-30"));
    for (const char* lang : {"en", "ja"}) {
        INFO(lang);
        const auto run = e2e::run_handover({"plan", file, "--format", "json", "--lang", lang});
        CHECK(run.exit_code == 0);
        for (const char* law : {"627", "Civil Code", "民法", "Employment Rights Act", "雇用権利法"})
            CHECK(run.out.find(law) == std::string::npos);
        const auto plan = nlohmann::json::parse(run.out);
        for (const auto& w : plan.at("warnings")) CHECK(w.at("severity") != "error");
        for (const auto& t : plan.at("tasks")) {
            if (!t.at("date").is_null()) CHECK(t.at("date") != "2026-11-26");
        }
    }
    const auto en = e2e::run_handover({"plan", file, "--format", "json", "--lang", "en"});
    CHECK_THAT(en.out, Catch::Contains("only 11 calendar days remain from telling your manager"));
    CHECK_THAT(en.out, Catch::Contains("work your notice at all"));
    CHECK_THAT(en.out, Catch::Contains("non-solicitation and confidentiality agreements"));
    CHECK(en.out.find("garden leave") == std::string::npos);
}

TEST_CASE("jurisdiction: GB notice under the statutory week names the Act, JP the Civil Code") {
    e2e::TempDir dir;
    const std::string gb = dir.file("gb.json");
    // Told Mon 16 Nov, employment ends Sun 22 Nov: six days.
    e2e::write_file(gb, two_weeks("GB", "2026-11-16", "2026-11-20", "2026-11-22"));
    const auto run = e2e::run_handover({"plan", gb, "--lang", "en"});
    CHECK_THAT(run.out, Catch::Contains("Employment Rights Act 1996, s.86"));
    CHECK(run.out.find("Civil Code") == std::string::npos);
    CHECK_THAT(run.out, Catch::Contains("NOTICE_TOO_SHORT"));
    const std::string jp = dir.file("jp.json");
    e2e::write_file(jp, two_weeks("JP", "2026-11-16", "2026-11-20", "2026-11-22"));
    const auto jp_run = e2e::run_handover({"plan", jp, "--lang", "en"});
    CHECK_THAT(jp_run.out, Catch::Contains("Civil Code (art. 627)"));
    CHECK(jp_run.out.find("Employment Rights Act") == std::string::npos);
}

TEST_CASE(
    "jurisdiction: GB notice with Northern Ireland's holidays names its Order, both "
    "languages") {
    e2e::TempDir dir;
    std::string text = two_weeks("GB", "2026-11-16", "2026-11-20", "2026-11-22");
    const std::string days = R"("holidays": ["2026-11-26"])";
    text.replace(text.find(days), days.size(), R"("holidays": ["GB-NIR"])");
    const std::string file = dir.file("ni.json");
    e2e::write_file(file, text);
    const auto en = e2e::run_handover({"plan", file, "--lang", "en"});
    CHECK_THAT(en.out,
               Catch::Contains("Employment Rights (Northern Ireland) Order 1996, art. 118"));
    CHECK(en.out.find("Employment Rights Act") == std::string::npos);
    const auto ja = e2e::run_handover({"plan", file, "--lang", "ja"});
    CHECK_THAT(ja.out, Catch::Contains("雇用権利(北アイルランド)令第118条"));
    CHECK(ja.out.find("雇用権利法") == std::string::npos);
}
