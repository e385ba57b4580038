// Rule 10 on the real binary: one warning per cause listing its clients, and what would
// make an infeasible plan fit, in text and JSON.
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

const std::string k_many = e2e::data_file("e2e/many-clients-two-weeks.json");
const std::string k_infeasible = e2e::data_file("e2e/infeasible.json");

}  // namespace

TEST_CASE("warnings: 45 clients with two weeks' notice give one warning per cause (JSON)") {
    const auto run =
        e2e::run_handover({"plan", k_many, "--today", "2026-12-11", "--format", "json"});
    CHECK(run.exit_code == 1);
    const auto plan = nlohmann::json::parse(run.out);
    const auto& warnings = plan.at("warnings");
    CHECK(warnings.size() <= 12);
    std::size_t listed = 0;
    std::map<std::string, int> per_code;
    for (const auto& w : warnings) {
        per_code[w.at("code").get<std::string>()] += 1;
        if (w.at("clients").size() > 1) {
            CHECK(w.at("client").is_null());
            listed += w.at("clients").size();
        }
    }
    CHECK(per_code["NO_TIME_TO_NOTIFY"] == 1);
    // Two weeks' notice shrinks the default window to the notice (Mon 14 to Fri 18 Dec,
    // docs/scheduling.md): the clients told after it are one NOTIFY_LATE that lists them,
    // not one per client, and NOTICE_TOO_SHORT names the short notice once.
    CHECK(per_code["NOTIFY_LATE"] == 1);
    CHECK(per_code["NOTICE_TOO_SHORT"] == 1);
    CHECK(per_code["PLAN_DOES_NOT_FIT"] == 1);
    CHECK(listed >= 45);
    CHECK(warnings.at(0).at("code") == "PLAN_DOES_NOT_FIT");
    CHECK(warnings.at(0).at("severity") == "error");
    CHECK(warnings.at(0).contains("fit"));
    // Nothing asks to free time earlier for a window that ended before today.
    CHECK(run.out.find("earlier") == std::string::npos);
}

TEST_CASE("warnings: a warning about several clients names them in the terminal, both languages") {
    const auto en = e2e::run_handover({"plan", k_many, "--today", "2026-12-11", "--lang", "en"});
    CHECK_THAT(en.out, Catch::Contains("22 clients cannot be told before the last day: Client 16"));
    CHECK_THAT(en.out, Catch::Contains("and 12 more"));
    const auto ja = e2e::run_handover({"plan", k_many, "--today", "2026-12-11", "--lang", "ja"});
    CHECK_THAT(ja.out, Catch::Contains("22社のお客様へ最終出社日までにご報告できません"));
    const auto md =
        e2e::run_handover({"plan", k_many, "--today", "2026-12-11", "--format", "markdown"});
    CHECK_THAT(md.out,
               Catch::Contains("| **error** | NO\\_TIME\\_TO\\_NOTIFY | Client 16, Client 17"));
}

TEST_CASE("warnings: what would fit, on the real binary (text and JSON)") {
    const auto text = e2e::run_handover({"plan", k_infeasible, "--today", "2026-11-20"});
    CHECK(text.exit_code == 1);
    CHECK_THAT(text.out, Catch::Contains("The plan doesn't fit before your last day."));
    CHECK_THAT(text.out, Catch::Contains("[PLAN_DOES_NOT_FIT]"));
    const auto json =
        e2e::run_handover({"plan", k_infeasible, "--today", "2026-11-20", "--format", "json"});
    const auto plan = nlohmann::json::parse(json.out);
    const auto& first = plan.at("warnings").at(0);
    CHECK(first.at("code") == "PLAN_DOES_NOT_FIT");
    // A later last day also widens the windows the short notice shrank: Tue 15 Dec fits.
    CHECK(first.at("fit").at("last_day") == "2026-12-15");
    CHECK(first.at("fit").at("extra_working_days") == 12);
    CHECK(first.at("message").get<std::string>().find(
              "moving your last day to Tue 15 Dec 2026 (12 working days later)") !=
          std::string::npos);
    const auto check = e2e::run_handover({"check", k_infeasible, "--today", "2026-11-20"});
    CHECK_THAT(check.out, Catch::Contains("PLAN_DOES_NOT_FIT"));
}

TEST_CASE("warnings: diff tells a warning about several clients by its clients, not its words") {
    e2e::TempDir dir;
    std::string renamed = e2e::read_file(k_many);
    const std::string from = "\"Client 02\"";
    renamed.replace(renamed.find(from), from.size(), "\"Client Two\"");
    const std::string changed = dir.file("renamed.json");
    e2e::write_file(changed, renamed);
    // The same causes and clients: a new name in the sentence is no new warning.
    const auto same = e2e::run_handover({"diff", k_many, changed, "--today", "2026-12-11"});
    CHECK_THAT(same.out, Catch::Contains("c02  name Client 02 -> Client Two"));
    CHECK_THAT(same.out, !Catch::Contains("New warnings"));
    // The same file: no difference at all.
    const auto again = e2e::run_handover({"diff", k_many, k_many, "--today", "2026-12-11"});
    CHECK_THAT(again.out, Catch::Contains("No differences"));
}
