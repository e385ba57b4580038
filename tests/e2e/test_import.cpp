// `handover import` on the real binary: the sample exports of tests/data/import (a
// Salesforce report in Shift_JIS, a HubSpot deals export, an Excel list with a BOM, Excel's
// UTF-16 "Unicode text") each become a file that `check` accepts and that plans; `--into`
// changes only the fields it sets; every bad export is refused with its line and column,
// and nothing is written.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

std::string sample(const char* name) {
    return e2e::data_file(std::string("import/") + name);
}

/// Imports `export_file` into a new file in `dir` and returns its text; the import, the
/// check and a JSON plan of the result must all succeed.
std::string import_and_plan(const e2e::TempDir& dir, const std::string& export_file,
                            std::vector<std::string> extra = {}) {
    const std::string out = dir.file("clients.json");
    std::vector<std::string> args{"import", export_file, "-o", out, "--today", e2e::k_today};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto run = e2e::run_handover(args);
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.err.empty());
    const auto check = e2e::run_handover({"check", out, "--today", e2e::k_today});
    INFO(check.out << check.err);
    CHECK(check.exit_code == 0);
    const auto plan = e2e::run_handover({"plan", out, "--format", "json", "--today", e2e::k_today});
    CHECK(plan.exit_code == 0);
    return e2e::read_file(out);
}

bool has(const std::string& text, const std::string& needle) {
    return text.find(needle) != std::string::npos;
}

/// The text of the client object whose `"name"` is `name`: from its name to the next
/// client's id (or the end of the array).
std::string client_block(const std::string& text, const std::string& name) {
    const auto at = text.find("\"name\": \"" + name + "\"");
    if (at == std::string::npos) return {};
    const auto next = text.find("\"id\": ", at);
    return text.substr(at, next == std::string::npos ? std::string::npos : next - at);
}

}  // namespace

TEST_CASE("import: a Salesforce report in Shift_JIS with Japanese headers and its footer") {
    e2e::TempDir dir;
    const std::string text =
        import_and_plan(dir, sample("salesforce-ja-sjis.csv"), {"--lang", "ja"});
    // The most advanced open deal gives the stage and close date; the won deal is history.
    const std::string yamada = client_block(text, "株式会社山田製作所");
    CHECK(has(yamada, "\"stage\": \"negotiation\""));
    CHECK(has(yamada, "\"expected_close\": \"2026-12-18\""));
    CHECK(has(yamada, "\"value\": 4800000"));
    CHECK(has(yamada, "\"contact\": \"山田 一郎\""));
    CHECK(has(yamada, "2026-04 受注: 保守契約 2026年度"));
    const std::string hokko = client_block(text, "北光物産株式会社");
    CHECK(has(hokko, "\"stage\": \"proposal\""));
    CHECK(has(hokko, "\"value\": 2400000"));
    CHECK(has(hokko, "2026-06 失注: 研修パッケージ"));
    // Nothing but a lost deal: a dormant client.
    CHECK(has(client_block(text, "南星ロジスティクス株式会社"), "\"stage\": \"dormant\""));
    CHECK(has(client_block(text, "有限会社東和精機"), "\"stage\": \"prospect\""));
    // No amount: no value written.
    CHECK_FALSE(has(client_block(text, "西日本テクノ株式会社"), "\"value\""));
    // Names without Latin letters get numbered ids, in the order of the export.
    CHECK(has(text, "\"id\": \"c001\""));
    CHECK(has(text, "\"id\": \"c005\""));
    // The report footer is no client; the starter's comments are in Japanese.
    CHECK_FALSE(has(text, "機密情報"));
    CHECK_FALSE(has(text, "Copyright"));
    CHECK(has(text, "// "));
}

TEST_CASE("import: the report names the encoding, the unused columns and the footer") {
    const auto run = e2e::run_handover({"import", sample("salesforce-ja-sjis.csv"), "--dry-run",
                                        "--lang", "ja", "--today", e2e::k_today});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "Shift_JIS"));
    CHECK(has(run.out, "商談 所有者"));
    CHECK(has(run.out, "確度 (%)"));
    CHECK(has(run.out, "次のステップ"));
    CHECK(has(run.out, "フッター"));
    CHECK(has(run.out, "取引先名 → name"));
    CHECK(has(run.out, "フェーズ → stage"));
}

TEST_CASE("import: a HubSpot deals export in English") {
    e2e::TempDir dir;
    const std::string text = import_and_plan(dir, sample("hubspot-deals.csv"), {"--lang", "en"});
    const std::string harbor = client_block(text, "Harbor Freightways");
    CHECK(has(harbor, "\"stage\": \"closing\""));
    CHECK(has(harbor, "\"expected_close\": \"2026-12-11\""));
    CHECK(has(harbor, "\"value\": 410000"));
    CHECK(has(harbor, "2026-03 won: Telematics support 2026"));
    const std::string summit = client_block(text, "Summit Builders, Inc.");
    CHECK(has(summit, "\"stage\": \"negotiation\""));
    CHECK(has(summit, "\"value\": 95500"));
    CHECK(has(text, "\"id\": \"summit-builders\""));
    CHECK(has(text, "\"id\": \"harbor-freightways\""));
    CHECK(has(client_block(text, "Northwind Grocers"), "\"contact\": \"Chen, David\""));
    CHECK(has(client_block(text, "Pinecrest Dairy"), "\"stage\": \"dormant\""));
    CHECK(has(client_block(text, "Bayside Clinics"), "\"stage\": \"prospect\""));
}

TEST_CASE("import: a hand-kept Excel list with a BOM, 円 and 万円, 年月日 dates and a formula") {
    e2e::TempDir dir;
    const std::string text = import_and_plan(dir, sample("excel-list-bom.csv"), {"--lang", "ja"});
    const std::string aoba = client_block(text, "株式会社青葉システム");
    CHECK(has(aoba, "\"stage\": \"closing\""));
    CHECK(has(aoba, "\"expected_close\": \"2026-12-08\""));
    CHECK(has(aoba, "\"value\": 1200000"));  // the open deal only
    CHECK(has(aoba, "\"relationship\": \"strong\""));
    CHECK(has(aoba, "年末の稼働前に契約予定。\\n決裁は青木部長"));
    const std::string marunouchi = client_block(text, "丸の内商事株式会社");
    CHECK(has(marunouchi, "\"stage\": \"renewal\""));
    CHECK(has(marunouchi, "\"value\": 1200000"));
    // A formula is text, as written.
    CHECK(has(marunouchi, "=HYPERLINK(\\\"https://crm.example.co.jp/deal/881\\\""));
    const std::string sakura = client_block(text, "さくら食品株式会社");
    CHECK(has(sakura, "\"stage\": \"dormant\""));
    CHECK(has(sakura, "\"relationship\": \"weak\""));
    const std::string midori = client_block(text, "株式会社ミドリ建設");
    CHECK(has(midori, "\"stage\": \"negotiation\""));
    CHECK(has(midori, "\"expected_close\": \"2027-01-15\""));
    CHECK(has(midori, "\"value\": 2500000"));
}

TEST_CASE("import: Excel's Unicode text, UTF-16 and tab-separated, with US dates") {
    e2e::TempDir dir;
    const std::string text =
        import_and_plan(dir, sample("unicode-text-utf16.txt"), {"--lang", "en"});
    const std::string greenleaf = client_block(text, "Greenleaf Outfitters");
    CHECK(has(greenleaf, "\"stage\": \"negotiation\""));
    CHECK(has(greenleaf, "\"expected_close\": \"2026-12-18\""));
    CHECK(has(greenleaf, "\"value\": 210000"));
    // 12/18/2026 elsewhere in the column decides that 01/08/2027 is 8 January.
    CHECK(has(client_block(text, "Lakeview Dental Group"), "\"expected_close\": \"2027-01-08\""));
    CHECK(has(client_block(text, "Orchard Street Bakery"), "\"stage\": \"dormant\""));
    // Told the other order, the same column cannot be read: 18 is no month.
    const auto dmy = e2e::run_handover({"import", sample("unicode-text-utf16.txt"), "--dry-run",
                                        "--date-order", "dmy", "--today", e2e::k_today});
    CHECK(dmy.exit_code == 2);
}

TEST_CASE("import: the same export gives the same file, ids included") {
    e2e::TempDir dir;
    std::string first;
    for (const char* name : {"a.json", "b.json"}) {
        const auto run = e2e::run_handover(
            {"import", sample("hubspot-deals.csv"), "-o", dir.file(name), "--today", e2e::k_today});
        REQUIRE(run.exit_code == 0);
    }
    CHECK(e2e::read_file(dir.file("a.json")) == e2e::read_file(dir.file("b.json")));
}

TEST_CASE("import: standard input in, standard output out, the report on standard error") {
    e2e::RunOptions options;
    options.stdin_text = e2e::read_file(sample("hubspot-deals.csv"));
    const auto run =
        e2e::run_handover({"import", "-", "-o", "-", "--today", e2e::k_today}, options);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "\"name\": \"Harbor Freightways\""));
    CHECK_FALSE(has(run.out, "Wrote"));
    CHECK(has(run.err, "Deal owner"));  // the unused columns are still told
}

TEST_CASE("import: names, last day and refusals of a new file") {
    e2e::TempDir dir;
    const std::string out = dir.file("clients.json");
    const auto run =
        e2e::run_handover({"import", sample("hubspot-deals.csv"), "-o", out, "--today",
                           e2e::k_today, "--last-day", "2026-12-24", "--me", "Jordan Lee",
                           "--manager", "Pat Morgan", "--successor", "Sam Rivera"});
    REQUIRE(run.exit_code == 0);
    const std::string text = e2e::read_file(out);
    CHECK(has(text, "\"name\": \"Jordan Lee\""));
    CHECK(has(text, "\"name\": \"Pat Morgan\""));
    CHECK(has(text, "\"name\": \"Sam Rivera\""));
    CHECK(has(text, "\"last_day\": \"2026-12-24\""));

    // An existing file is kept unless --force.
    const auto again = e2e::run_handover(
        {"import", sample("excel-list-bom.csv"), "-o", out, "--today", e2e::k_today});
    CHECK(again.exit_code == 2);
    CHECK(e2e::read_file(out) == text);
    const auto forced = e2e::run_handover(
        {"import", sample("excel-list-bom.csv"), "-o", out, "--force", "--today", e2e::k_today});
    CHECK(forced.exit_code == 0);
    CHECK(has(e2e::read_file(out), "株式会社青葉システム"));

    // A last day before today, or not a date.
    for (const char* day : {"2026-11-19", "2026-13-01"}) {
        const auto bad =
            e2e::run_handover({"import", sample("hubspot-deals.csv"), "-o", dir.file("other.json"),
                               "--today", e2e::k_today, "--last-day", day});
        CHECK(bad.exit_code == 2);
        CHECK_FALSE(std::filesystem::exists(dir.file("other.json")));
    }
    // The last day may be today.
    const auto today = e2e::run_handover({"import", sample("hubspot-deals.csv"), "-o", "-",
                                          "--today", e2e::k_today, "--last-day", e2e::k_today});
    CHECK(today.exit_code == 0);
    // Written as the export writes its dates.
    const auto slashes = e2e::run_handover({"import", sample("hubspot-deals.csv"), "-o", "-",
                                            "--today", e2e::k_today, "--last-day", "2026/12/4"});
    CHECK(slashes.exit_code == 0);
    CHECK(has(slashes.out, "\"last_day\": \"2026-12-04\""));
}

TEST_CASE("import --into: new clients added, changed fields set, every other byte kept") {
    e2e::TempDir dir;
    const std::string file = e2e::copy_of_example(dir);
    const std::string original = e2e::read_file(file);
    const std::string export_file = dir.file("crm.csv");
    e2e::write_file(export_file,
                    "取引先名,フェーズ,完了予定日,金額\n"
                    "北工業株式会社,交渉/レビュー,2027/01/27,\"9,000,000\"\n"
                    "みなと商事,更新,,3000000\n"
                    "株式会社ニューポート,提案中,2027/02/10,2000000\n");

    // A dry run changes nothing and says what it would do.
    const auto dry = e2e::run_handover(
        {"import", export_file, "--into", file, "--dry-run", "--today", e2e::k_today});
    INFO(dry.out << dry.err);
    REQUIRE(dry.exit_code == 0);
    CHECK(e2e::read_file(file) == original);
    CHECK(has(dry.out, "c001"));
    CHECK(has(dry.out, "kita"));
    CHECK(
        has(dry.out, "expected_close \"2027-01-20\" -> \"2027-01-27\", value 8000000 -> 9000000"));

    const auto run =
        e2e::run_handover({"import", export_file, "--into", file, "--today", e2e::k_today});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    const std::string edited = e2e::read_file(file);

    // The expected text: the two values replaced where they stand, the new client after
    // the last one, and nothing else.
    std::string expected = original;
    const auto replace = [&](const std::string& from, const std::string& to) {
        const auto at = expected.find(from);
        REQUIRE(at != std::string::npos);
        REQUIRE(expected.find(from, at + 1) == std::string::npos);
        expected.replace(at, from.size(), to);
    };
    replace("\"expected_close\": \"2027-01-20\"", "\"expected_close\": \"2027-01-27\"");
    replace("\"value\": 8000000", "\"value\": 9000000");
    const std::string last = "\"relationship\": \"weak\", \"value\": 0\n    }";
    const auto tail = expected.find(last);
    REQUIRE(tail != std::string::npos);
    const std::string head = expected.substr(0, tail + last.size());
    const std::string rest = expected.substr(tail + last.size());
    REQUIRE(edited.size() > expected.size());
    CHECK(edited.substr(0, head.size()) == head);
    CHECK(edited.substr(edited.size() - rest.size()) == rest);
    const std::string added = edited.substr(head.size(), edited.size() - head.size() - rest.size());
    CHECK(has(added, "\"id\": \"c001\""));
    CHECK(has(added, "\"name\": \"株式会社ニューポート\""));
    CHECK(has(added, "\"stage\": \"proposal\""));
    CHECK(has(added, "\"expected_close\": \"2027-02-10\""));

    const auto check = e2e::run_handover({"check", file, "--today", e2e::k_today});
    CHECK(check.exit_code == 0);

    // The same export again: nothing to change, not a byte written.
    const auto again =
        e2e::run_handover({"import", export_file, "--into", file, "--today", e2e::k_today});
    CHECK(again.exit_code == 0);
    CHECK(e2e::read_file(file) == edited);
}

TEST_CASE("import --into: refusals") {
    e2e::TempDir dir;
    const std::string file = e2e::copy_of_example(dir);
    const std::string original = e2e::read_file(file);
    const std::string csv = sample("hubspot-deals.csv");
    const std::vector<std::vector<std::string>> refused{
        {"import", csv, "--into", file, "-o", dir.file("x.json")},
        {"import", csv, "--into", file, "--me", "Someone"},
        {"import", csv, "--into", file, "--last-day", "2026-12-24"},
        {"import", csv, "--into", "-"},
        {"import", csv, "--into", dir.file("missing.json")},
        {"import", file, "--into", file},
    };
    for (const auto& args : refused) {
        const auto run = e2e::run_handover(args);
        INFO(args.back() << ": " << run.err);
        CHECK(run.exit_code == 2);
        CHECK(e2e::read_file(file) == original);
    }
    CHECK_FALSE(std::filesystem::exists(dir.file("x.json")));
}

TEST_CASE("import: --map and --stage") {
    e2e::TempDir dir;
    const std::string export_file = dir.file("list.csv");
    e2e::write_file(export_file,
                    "Firm,Temperature,Owner\n"
                    "Acme Corp.,Hot,Jordan\n"
                    "Blue Harbor LLC,Warm,Jordan\n");
    // Without help, no column is a company name.
    const auto refused = e2e::run_handover({"import", export_file, "-o", dir.file("a.json")});
    CHECK(refused.exit_code == 2);
    CHECK(has(refused.err, "--map"));
    CHECK_FALSE(std::filesystem::exists(dir.file("a.json")));
    const auto run =
        e2e::run_handover({"import", export_file, "-o", dir.file("a.json"), "--map",
                           "Firm=name,Temperature=stage", "--map", "Owner=ignore", "--stage",
                           "Hot=closing", "--stage", "Warm=proposal", "--today", e2e::k_today});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const std::string text = e2e::read_file(dir.file("a.json"));
    CHECK(has(client_block(text, "Acme Corp."), "\"stage\": \"closing\""));
    CHECK(has(client_block(text, "Blue Harbor LLC"), "\"stage\": \"proposal\""));
    CHECK(has(text, "\"id\": \"acme\""));
    CHECK(has(text, "\"id\": \"blue-harbor\""));
    // A field or stage that does not exist is refused with a did-you-mean.
    const auto typo = e2e::run_handover(
        {"import", export_file, "--dry-run", "--map", "Firm=nmae,Temperature=stage"});
    CHECK(typo.exit_code == 2);
    CHECK(has(typo.err, "name"));
    const auto bad_stage =
        e2e::run_handover({"import", export_file, "--dry-run", "--map",
                           "Firm=name,Temperature=stage", "--stage", "Hot=clossing"});
    CHECK(bad_stage.exit_code == 2);
    CHECK(has(bad_stage.err, "closing"));
}

TEST_CASE("import: every bad export exits 2 with its line, and writes nothing") {
    struct Case {
        const char* file;
        std::vector<std::string> extra;
        const char* place;  ///< what the message must name
    };
    const std::vector<Case> cases{
        {"unterminated-quote.csv", {}, "line 3"},
        {"too-many-cells.csv", {}, "line 3, column 3"},
        {"impossible-date.csv", {}, "line 3, column 3"},
        {"no-company-column.csv", {}, "Owner"},
        {"empty.csv", {}, "empty"},
        {"unknown-stage.csv", {}, "line 3, column 2"},
        {"ambiguous-date.csv", {}, "--date-order"},
        {"not-an-amount.csv", {}, "line 2, column 3"},
        {"undecodable.csv", {"--encoding", "UTF-8"}, "line 3"},
        {"too-many-cells.csv", {"--encoding", "KLINGON-8"}, "KLINGON-8"},
    };
    e2e::TempDir dir;
    for (const Case& c : cases) {
        const std::string out = dir.file("clients.json");
        std::vector<std::string> args{"import", e2e::data_file(std::string("import/bad/") + c.file),
                                      "-o",     out,
                                      "--lang", "en"};
        args.insert(args.end(), c.extra.begin(), c.extra.end());
        const auto run = e2e::run_handover(args);
        INFO(c.file << ": " << run.err);
        CHECK(run.exit_code == 2);
        CHECK(has(run.err, c.file));
        CHECK(has(run.err, c.place));
        CHECK(run.out.empty());
        CHECK_FALSE(std::filesystem::exists(out));
    }
    // The unknown stage comes with the known values and a did-you-mean.
    const auto stage =
        e2e::run_handover({"import", e2e::data_file("import/bad/unknown-stage.csv"), "--dry-run"});
    CHECK(has(stage.err, "negotiation"));
    // ... and ends with a --stage command ready to run, with no placeholder in it.
    CHECK(has(stage.err, "--stage \"Negociation=negotiation\""));
    CHECK_FALSE(has(stage.err, "=stage\""));
}

TEST_CASE("import: text from the export reaches the terminal escaped") {
    e2e::TempDir dir;
    const std::string export_file = dir.file("hostile.csv");
    e2e::write_file(export_file,
                    "Company,Stage,Owner\x1b[31m\n"
                    "Evil\xe2\x80\xae Corp,active,x\n"
                    "Bad\x1b]0;title\x07 Ltd,Negotiaton\x1b[2J,x\n");
    const auto run = e2e::run_handover({"import", export_file, "--dry-run"});
    CHECK(run.exit_code == 2);  // the misspelt stage
    CHECK_FALSE(e2e::has_escape(run.out));
    CHECK_FALSE(e2e::has_escape(run.err));
    CHECK_FALSE(has(run.err, "\xe2\x80\xae"));
}

TEST_CASE("import: the report tells a title above the header, a doubled column and a totals row") {
    e2e::TempDir dir;
    const std::string export_file = dir.file("sheet.csv");
    e2e::write_file(export_file,
                    "Client list (November),,,\n"
                    ",,,\n"
                    "Company,Contact,Contact,Amount\n"
                    "Acme,Ann Park,Bob Lee,100\n"
                    "Total,,,100\n");
    const auto run = e2e::run_handover({"import", export_file, "--dry-run", "--lang", "en"});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "The header is on line 3"));
    CHECK(has(run.out, "(line 1)"));
    CHECK(has(run.out, "column 3 Contact (column 2 is used)"));
    CHECK(has(run.out, "totals row on line 5"));
    CHECK(has(run.out, "+ acme  Acme: active, 100 (rows: 1)"));
    CHECK(has(run.out, "Dry run: 1 client would go into clients.json"));
    CHECK_FALSE(has(run.out, "total  Total"));
}

TEST_CASE("import: deals of several owners and amounts in several currencies are told") {
    e2e::TempDir dir;
    const std::string export_file = dir.file("team.csv");
    e2e::write_file(export_file,
                    "Deal owner,Company,Stage,Amount Currency,Amount\n"
                    "Jordan Lee,Acme,proposal,USD,1000\n"
                    "Morgan Smith,Globex,proposal,USD,2000\n"
                    "Jordan Lee,Initech,proposal,GBP,3000\n");
    const auto run = e2e::run_handover({"import", export_file, "--dry-run", "--lang", "en"});
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "The Deal owner column names 2 owners (Jordan Lee, Morgan Smith)"));
    CHECK(has(run.out, "The Amount Currency column names 2 currencies (USD, GBP)"));
    // One owner and one currency: nothing to tell.
    e2e::write_file(export_file,
                    "Deal owner,Company,Stage,Amount Currency,Amount\n"
                    "Jordan Lee,Acme,proposal,USD,1000\n"
                    "Jordan Lee,Globex,proposal,USD,2000\n");
    const auto one = e2e::run_handover({"import", export_file, "--dry-run", "--lang", "en"});
    CHECK_FALSE(has(one.out, "owners ("));
    CHECK_FALSE(has(one.out, "currencies ("));
}

TEST_CASE("import --jurisdiction: the new file follows it, or the amounts' currency") {
    e2e::TempDir dir;
    const std::string pounds = dir.file("pounds.csv");
    e2e::write_file(pounds,
                    "Company,Stage,Amount\n"
                    "Pennine Engineering plc,active,\"£120,000\"\n"
                    "Harbour Retail Ltd,active,\"£8,500\"\n");
    const std::string plain = dir.file("plain.csv");
    e2e::write_file(plain, "Company,Stage,Amount\nAcme Inc.,active,120000\n");

    // Pounds and no --jurisdiction: a UK file, and the report says why.
    const std::string text = import_and_plan(dir, pounds, {"--lang", "en"});
    CHECK(has(text, "\"jurisdiction\": \"GB\""));
    CHECK(has(text, "\"currency\": \"GBP\""));
    CHECK(has(text, "\"holidays\": [\"GB-EAW\"]"));
    CHECK(has(text, "\"high_value\": 75000"));
    const auto told = e2e::run_handover({"import", pounds, "--dry-run", "--lang", "en"});
    CHECK(has(told.out, "The amounts are in GBP: the new file is set up for GB with currency GBP"));

    // --jurisdiction wins over the sign; the pounds stay pounds.
    const auto us = e2e::run_handover({"import", pounds, "-o", "-", "--jurisdiction", "US",
                                       "--lang", "en", "--today", e2e::k_today});
    REQUIRE(us.exit_code == 0);
    CHECK(has(us.out, "\"jurisdiction\": \"US\""));
    CHECK(has(us.out, "\"currency\": \"GBP\""));
    CHECK(has(us.out, "\"holidays\": [\"US\"]"));
    CHECK(has(us.err, "keeps currency GBP rather than US's USD"));

    // No sign: the jurisdiction given, else the language's.
    const auto gb = e2e::run_handover({"import", plain, "-o", "-", "--jurisdiction", "GB", "--lang",
                                       "ja", "--today", e2e::k_today});
    REQUIRE(gb.exit_code == 0);
    CHECK(has(gb.out, "\"jurisdiction\": \"GB\""));
    CHECK(has(gb.out, "\"currency\": \"GBP\""));
    CHECK_FALSE(has(gb.err, "GBP"));
    const auto ja =
        e2e::run_handover({"import", plain, "-o", "-", "--lang", "ja", "--today", e2e::k_today});
    CHECK(has(ja.out, "\"jurisdiction\": \"JP\""));
    CHECK(has(ja.out, "\"currency\": \"JPY\""));
    const auto en =
        e2e::run_handover({"import", plain, "-o", "-", "--lang", "en", "--today", e2e::k_today});
    CHECK(has(en.out, "\"jurisdiction\": \"US\""));
    CHECK(has(en.out, "\"currency\": \"USD\""));

    // Euros set the currency only.
    const std::string euros = dir.file("euros.csv");
    e2e::write_file(euros, "Company,Stage,Amount\nAcme GmbH,active,\"€95,000\"\n");
    const auto eur =
        e2e::run_handover({"import", euros, "-o", "-", "--lang", "en", "--today", e2e::k_today});
    REQUIRE(eur.exit_code == 0);
    CHECK(has(eur.out, "\"jurisdiction\": \"US\""));
    CHECK(has(eur.out, "\"currency\": \"EUR\""));
    CHECK(has(eur.out, "\"high_value\": 90000"));

    // An existing file already says where it is.
    const std::string existing = dir.file("clients.json");
    const auto into = e2e::run_handover(
        {"import", plain, "--into", existing, "--jurisdiction", "GB", "--today", e2e::k_today});
    CHECK(into.exit_code == 2);
    CHECK(has(into.err, "--jurisdiction"));
}
