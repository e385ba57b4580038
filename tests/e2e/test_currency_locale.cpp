// Amounts with their currency and letter dates by locale, on the real binary: the input's
// `currency` reaches every format that names a client's value, and its `locale` orders the
// dates inside the sentences of the drafts and letters.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

/// en-team.json with `extra` members added at the top level (before `today`), and
/// `today` replaced when `today` is given.
std::string team_with(const e2e::TempDir& dir, const std::string& extra,
                      const std::string& today = "") {
    std::string text = e2e::read_file(e2e::source_file("examples/en-team.json"));
    const std::string key = "\"today\": \"2027-01-18\"";
    const auto at = text.find(key);
    REQUIRE(at != std::string::npos);
    const std::string day = today.empty() ? std::string("2027-01-18") : today;
    text.replace(at, key.size(), extra + " \"today\": \"" + day + "\"");
    // The example states its own currency (dollars); a currency given here replaces it.
    const std::string own_currency = "\"currency\": \"USD\",";
    if (extra.find("\"currency\"") != std::string::npos) {
        const auto own = text.find(own_currency);
        REQUIRE(own != std::string::npos);
        text.erase(own, own_currency.size());
    }
    // The talk with the manager is recorded on its day; it cannot be after an earlier today.
    const std::string done = "\"consult-manager\": \"2027-01-15\"";
    const auto done_at = text.find(done);
    REQUIRE(done_at != std::string::npos);
    if (!today.empty()) text.replace(done_at, done.size(), "\"consult-manager\": \"" + day + "\"");
    const std::string file = dir.file("team.json");
    e2e::write_file(file, text);
    return file;
}

e2e::RunResult plan(const std::string& file, std::vector<std::string> args) {
    args.insert(args.begin(), {"plan", file});
    return e2e::run_handover(args);
}

}  // namespace

TEST_CASE("currency: every format that names a value prints it with the input's currency") {
    e2e::TempDir dir;
    const std::string file = team_with(dir, "\"currency\": \"USD\",");

    const auto md = plan(file, {"--format", "markdown", "--with-docs"});
    CHECK(md.exit_code <= 1);
    CHECK_THAT(md.out, Catch::Contains("$240,000"));
    CHECK_THAT(md.out, Catch::Contains("$150,000"));
    CHECK(md.out.find("240000") == std::string::npos);
    CHECK(md.out.find("¥") == std::string::npos);

    const auto ja = plan(file, {"--format", "markdown", "--with-docs", "--lang", "ja"});
    CHECK_THAT(ja.out, Catch::Contains("240,000米ドル"));

    const auto json = plan(file, {"--format", "json"});
    CHECK_THAT(json.out, Catch::Contains("\"currency\": \"USD\""));
    CHECK_THAT(json.out, Catch::Contains("\"value\": 240000"));
    // Umbrella Health (150,000, neither strong nor change-averse) is high value at 100,000.
    CHECK_THAT(json.out, Catch::Contains("high-value account ($150,000 ≥ $100,000): in person"));

    const auto csv = plan(file, {"--format", "csv"});
    CHECK_THAT(csv.out, Catch::StartsWith(
                            "id,step,kind,title,client,client_name,date,hours,method,status,why,"
                            "value,currency\r\n"));
    CHECK_THAT(csv.out, Catch::Contains(",240000,USD\r\n"));
    const auto crm = plan(file, {"--format", "crm"});
    CHECK_THAT(crm.out, Catch::Contains(",value,currency\r\n"));
    CHECK_THAT(crm.out, Catch::Contains(",150000,USD\r\n"));

    const auto ics = plan(file, {"--format", "ics"});
    CHECK_THAT(ics.out, Catch::Contains("Value: $240\\,000"));
}

TEST_CASE("currency: pounds in English and Japanese, and a plan JSON that reads back") {
    e2e::TempDir dir;
    const std::string file = team_with(dir, "\"currency\": \"GBP\",");
    const auto md = plan(file, {"--format", "markdown", "--with-docs"});
    CHECK_THAT(md.out, Catch::Contains("£240,000"));
    const auto ja = plan(file, {"--format", "markdown", "--with-docs", "--lang", "ja"});
    CHECK_THAT(ja.out, Catch::Contains("240,000ポンド"));
    // `diff` reads the plan JSON that names its currency.
    const auto json = plan(file, {"--format", "json", "-o", dir.file("plan.json")});
    REQUIRE(json.exit_code <= 1);
    const auto diff = e2e::run_handover({"diff", "--against", dir.file("plan.json"), file});
    CHECK(diff.err.find("currency") == std::string::npos);
    CHECK(diff.exit_code <= 1);
}

TEST_CASE("date locale: drafts write dates as a letter does, in the input's locale") {
    e2e::TempDir dir;
    // en-team's last day is Friday 26 February 2027, the takeover Monday 1 March 2027.
    const auto us = e2e::run_handover({"drafts", team_with(dir, "\"locale\": \"en-US\",")});
    CHECK(us.exit_code <= 1);
    CHECK_THAT(us.out, Catch::Contains("my last day will be Friday, February 26."));
    CHECK_THAT(us.out, Catch::Contains("From Monday, March 1, "));
    CHECK(us.out.find("Fri 26 Feb 2027.") == std::string::npos);

    const auto gb = e2e::run_handover({"drafts", team_with(dir, "\"locale\": \"en-GB\",")});
    CHECK_THAT(gb.out, Catch::Contains("my last day will be Friday 26 February."));
    CHECK_THAT(gb.out, Catch::Contains("From Monday 1 March, "));

    // Planned in the year before: the dates of the next year name it.
    const auto before =
        e2e::run_handover({"drafts", team_with(dir, "\"locale\": \"en-US\",", "2026-12-14")});
    CHECK_THAT(before.out, Catch::Contains("Friday, February 26, 2027"));
    const auto before_gb =
        e2e::run_handover({"drafts", team_with(dir, "\"locale\": \"en-GB\",", "2026-12-14")});
    CHECK_THAT(before_gb.out, Catch::Contains("Friday 26 February 2027"));
}

TEST_CASE("date locale: the resignation letter dates in the reader's order") {
    e2e::TempDir dir;
    const auto us = e2e::run_handover({"drafts", team_with(dir, "\"locale\": \"en-US\",")});
    CHECK_THAT(us.out, Catch::Contains("February 26, 2027"));
    const auto gb = e2e::run_handover({"drafts", team_with(dir, "\"locale\": \"en-GB\",")});
    CHECK_THAT(gb.out, Catch::Contains("26 February 2027"));
    CHECK(gb.out.find("February 26, 2027") == std::string::npos);
}
