// Tests of the second half of `handover import` (src/input/import_map.cpp): which field each
// column feeds, every cell read as a SPEC value, the rows of a company folded into one
// client, ids, the `--map`/`--stage` values, and docs/import.md against the tables.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "handover/base/diagnostics.hpp"
#include "handover/input/import_map.hpp"

using namespace handover;

namespace {

/// A table as read_table would give it: the header on line 1, a row per line after it.
Table make_table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
    Table table;
    table.encoding = "UTF-8";
    table.header_line = 1;
    const std::size_t width = header.size();
    table.header = std::move(header);
    std::size_t line = 2;
    for (auto& cells : rows) {
        cells.resize(width);
        table.rows.push_back({line++, std::move(cells)});
    }
    return table;
}

ImportResult map(const Table& table, const MappingOptions& options = {}, Lang lang = Lang::en) {
    return map_table(table, options, "export.csv", lang);
}

std::vector<Diagnostic> problems(const Table& table, const MappingOptions& options = {},
                                 Lang lang = Lang::en) {
    try {
        map_table(table, options, "export.csv", lang);
    } catch (const InputError& error) {
        CHECK(error.file() == "export.csv");
        return error.diagnostics();
    }
    return {};
}

/// The one client of a one-company table.
ImportedClient only_client(const Table& table, const MappingOptions& options = {},
                           Lang lang = Lang::en) {
    const auto result = map(table, options, lang);
    REQUIRE(result.clients.size() == 1);
    return result.clients.front();
}

/// One row with a stage, for the stage table; its deal is "Deal", so that a won or lost
/// one is a history line.
ImportedClient with_stage(std::string_view stage, const MappingOptions& options = {}) {
    return only_client(
        make_table({"Company", "Stage", "Deal"}, {{"Acme", std::string(stage), "Deal"}}), options);
}

std::optional<Day> date_of(std::string_view cell, DateOrder order = DateOrder::automatic) {
    MappingOptions options;
    options.date_order = order;
    const auto client = only_client(
        make_table({"Company", "Stage", "Close Date"}, {{"Acme", "proposal", std::string(cell)}}),
        options);
    return client.expected_close;
}

std::optional<double> amount_of(std::string_view cell) {
    return only_client(make_table({"Company", "Amount"}, {{"Acme", std::string(cell)}})).value;
}

Day day(std::string_view iso) {
    return *parse_iso_date(iso);
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream out;
    out << file.rdbuf();
    return out.str();
}

}  // namespace

// ---- Columns ---------------------------------------------------------------------------

TEST_CASE("import map: every header of the dictionary feeds its field") {
    REQUIRE(import_header_synonyms().size() > 80);
    for (const auto& synonym : import_header_synonyms()) {
        INFO(synonym.header);
        const bool is_name = synonym.field == ImportField::name;
        const Table table =
            is_name ? make_table({std::string(synonym.header)}, {{"Acme"}})
                    : make_table({"Company", std::string(synonym.header)}, {{"Acme", ""}});
        const auto result = map(table);
        const auto& column = result.columns.at(is_name ? 0 : 1);
        CHECK(column.field == synonym.field);
        CHECK_FALSE(column.from_option);
        CHECK(column.header == synonym.header);
    }
}

TEST_CASE("import map: no header of the dictionary stands for two fields") {
    std::map<std::string, ImportField> seen;
    for (const auto& synonym : import_header_synonyms()) {
        INFO(synonym.header);
        const auto [it, added] = seen.emplace(import_header_key(synonym.header), synonym.field);
        CHECK(it->second == synonym.field);
    }
}

TEST_CASE("import map: headers are compared without case, width, spaces, '_' or '-'") {
    CHECK(import_header_key("Close Date") == "closedate");
    CHECK(import_header_key("close_date") == "closedate");
    CHECK(import_header_key("CloseDate") == "closedate");
    CHECK(import_header_key("close-date") == "closedate");
    CHECK(import_header_key("ＣｌｏｓｅＤａｔｅ") == "closedate");
    CHECK(import_header_key("顧客ＩＤ") == "顧客id");
    const auto result = map(make_table({" COMPANY NAME ", "ｃｌｏｓｅ＿ｄａｔｅ", "STAGE"},
                                       {{"Acme", "2026-12-08", "proposal"}}));
    CHECK(result.columns[0].field == ImportField::name);
    CHECK(result.columns[0].header == "COMPANY NAME");
    CHECK(result.columns[1].field == ImportField::expected_close);
    CHECK(result.columns[2].field == ImportField::stage);
}

TEST_CASE("import map: record ids of a CRM are not client ids") {
    const auto result = map(make_table({"Opportunity ID", "Account Name", "Record ID"},
                                       {{"0061x00000AbCdE", "Acme", "123"}}));
    CHECK_FALSE(result.columns[0].field.has_value());
    CHECK_FALSE(result.columns[2].field.has_value());
    CHECK(result.clients.at(0).id.empty());
    CHECK_FALSE(result.clients.at(0).id_from_export);
}

TEST_CASE("import map: a column that matches nothing is listed without a field") {
    const auto result =
        map(make_table({"Company", "Owner", "Stage"}, {{"Acme", "Sato", "proposal"}}));
    REQUIRE(result.columns.size() == 3);
    CHECK(result.columns[1].column == 2);
    CHECK(result.columns[1].header == "Owner");
    CHECK_FALSE(result.columns[1].field.has_value());
    CHECK(result.rows == 1);
}

TEST_CASE("import map: of two columns for one field the first wins, the second is left out") {
    const auto result = map(make_table({"会社名", "Stage", "Account Name", "ステータス"},
                                       {{"Acme", "proposal", "Other", "受注"}}));
    CHECK(result.columns[0].field == ImportField::name);
    CHECK_FALSE(result.columns[2].field.has_value());
    CHECK(result.columns[1].field == ImportField::stage);
    CHECK_FALSE(result.columns[3].field.has_value());
    // Left out because an earlier column feeds the field, not because nothing matched.
    CHECK_FALSE(result.columns[0].same_as.has_value());
    CHECK_FALSE(result.columns[1].same_as.has_value());
    CHECK(result.columns[2].same_as == 1U);
    CHECK(result.columns[3].same_as == 2U);
    REQUIRE(result.clients.size() == 1);
    CHECK(result.clients[0].name == "Acme");
    CHECK(result.clients[0].stage == Stage::proposal);
}

TEST_CASE("import map: no column for the company name is an error listing the columns") {
    const auto found = problems(make_table({"Owner", "Stage"}, {{"Sato", "proposal"}}));
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "line 1");
    CHECK(found[0].message ==
          "no column looks like a company name; the columns are: \"Owner\", \"Stage\"; name it "
          "with --map \"Header=name\"");
    const auto ja = problems(make_table({"担当", "フェーズ"}, {{"佐藤", "提案"}}), {}, Lang::ja);
    REQUIRE(ja.size() == 1);
    CHECK(ja[0].pointer == "1行目");
    CHECK(ja[0].message ==
          "会社名の列が見つかりません。列名: 「担当」、「フェーズ」。--map \"列名=name\" "
          "のようにご指定ください");
}

TEST_CASE("import map: --map names the field of a column, before the dictionary") {
    MappingOptions options;
    options.map = {{"取引先名称", "name"}, {"Company", "ignore"}, {"Phase", "stage"}};
    const auto result =
        map(make_table({"Company", "取引先名称", "Phase"}, {{"Ignored Inc", "Acme", "proposal"}}),
            options);
    CHECK_FALSE(result.columns[0].field.has_value());
    CHECK(result.columns[0].from_option);
    CHECK_FALSE(result.columns[0].same_as.has_value());  // ignored, not a second name
    CHECK(result.columns[1].field == ImportField::name);
    CHECK(result.columns[1].from_option);
    CHECK(result.columns[2].field == ImportField::stage);
    REQUIRE(result.clients.size() == 1);
    CHECK(result.clients[0].name == "Acme");
    CHECK(result.clients[0].stage == Stage::proposal);

    SECTION("a --map field wins over a dictionary column of the same field") {
        MappingOptions other;
        other.map = {{"Client Ref", "name"}};
        const auto both = map(make_table({"Company", "Client Ref"}, {{"Wrong", "Right"}}), other);
        CHECK_FALSE(both.columns[0].field.has_value());
        CHECK(both.columns[0].same_as == 2U);
        CHECK_FALSE(both.columns[1].same_as.has_value());
        CHECK(both.clients.at(0).name == "Right");
    }
    SECTION("the header is found without regard to case and spaces when not exact") {
        MappingOptions other;
        other.map = {{"client ref", "name"}};
        const auto both = map(make_table({"Client Ref"}, {{"Acme"}}), other);
        CHECK(both.columns[0].field == ImportField::name);
    }
}

TEST_CASE("import map: of two --map columns for one field the first wins") {
    MappingOptions options;
    options.map = {{"B", "name"}, {"A", "name"}};
    const auto result = map(make_table({"A", "B"}, {{"first", "second"}}), options);
    CHECK(result.columns[0].field == ImportField::name);
    CHECK(result.columns[0].from_option);
    CHECK_FALSE(result.columns[1].field.has_value());
    CHECK(result.columns[1].from_option);
    CHECK(result.columns[1].same_as == 1U);
    CHECK(result.clients.at(0).name == "first");
}

TEST_CASE("import map: every column of handover notes or private notes keeps its field") {
    const auto result = map(make_table(
        {"Company", "備考", "Next Step", "社内メモ", "Private Notes", "Owner", "Customer"},
        {{"Acme", "a", "b", "c", "d", "Sato", "x"}}));
    CHECK(result.columns[1].field == ImportField::handover_notes);
    CHECK(result.columns[2].field == ImportField::handover_notes);
    CHECK(result.columns[3].field == ImportField::notes);
    CHECK(result.columns[4].field == ImportField::notes);
    for (std::size_t i = 1; i <= 4; ++i) {
        INFO(i);
        CHECK_FALSE(result.columns[i].same_as.has_value());
    }
    // Matching nothing is not the same as coming second.
    CHECK_FALSE(result.columns[5].field.has_value());
    CHECK_FALSE(result.columns[5].same_as.has_value());
    CHECK_FALSE(result.columns[6].field.has_value());
    CHECK(result.columns[6].same_as == 1U);

    MappingOptions options;
    options.map = {{"Log", "handover_notes"}, {"Next", "handover_notes"}};
    const auto mapped =
        map(make_table({"Company", "Log", "Next", "メモ"}, {{"Acme", "a", "b", "c"}}), options);
    CHECK(mapped.columns[1].field == ImportField::handover_notes);
    CHECK(mapped.columns[2].field == ImportField::handover_notes);
    CHECK(mapped.columns[3].field == ImportField::handover_notes);
    CHECK_FALSE(mapped.columns[2].same_as.has_value());
    CHECK_FALSE(mapped.columns[3].same_as.has_value());
}

TEST_CASE("import map: wrong --map and --stage entries are reported together, before the name") {
    MappingOptions options;
    options.map = {{"Firma", "nam"}};
    options.stages = {{"OK", "done"}};
    const auto found = problems(make_table({"Firma"}, {{"Acme"}}), options);
    REQUIRE(found.size() == 2);
    CHECK(found[0].message.starts_with("--map \"Firma=nam\""));
    CHECK(found[1].message.starts_with("--stage \"OK=done\""));
}

TEST_CASE("import map: a --map header the file lacks is an error with a did-you-mean") {
    MappingOptions options;
    options.map = {{"Compny", "name"}};
    const auto found = problems(make_table({"Company", "Stage"}, {{"Acme", "proposal"}}), options);
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer.empty());
    CHECK(found[0].message ==
          "--map \"Compny=name\": the file has no column \"Compny\"; its columns are: "
          "\"Company\", \"Stage\"");
    CHECK(found[0].suggestion == "Company");
}

TEST_CASE("import map: a --map field that is none is an error with a did-you-mean") {
    MappingOptions options;
    options.map = {{"Company", "nmae"}};
    const auto found = problems(make_table({"Company"}, {{"Acme"}}), options);
    REQUIRE(found.size() == 1);
    CHECK(
        found[0].message.starts_with("--map \"Company=nmae\": \"nmae\" is not a field; "
                                     "expected one of: id, name, contact,"));
    CHECK(found[0].message.ends_with("handover_notes, notes, ignore"));
    CHECK(found[0].suggestion == "name");
    const auto ja = problems(make_table({"Company"}, {{"Acme"}}), options, Lang::ja);
    REQUIRE(ja.size() == 1);
    CHECK(ja[0].message.starts_with("--map \"Company=nmae\": 「nmae」という項目はありません"));
}

TEST_CASE("import map: ImportField names go both ways") {
    for (std::size_t i = 0; i <= static_cast<std::size_t>(ImportField::notes); ++i) {
        const auto field = static_cast<ImportField>(i);
        CHECK(import_field_from_string(to_string(field)) == field);
    }
    CHECK_FALSE(import_field_from_string("ignore").has_value());
    CHECK_FALSE(import_field_from_string("Name").has_value());
}

// ---- Stages ----------------------------------------------------------------------------

TEST_CASE("import map: every word of the stage table gives its stage") {
    REQUIRE(import_stage_words().size() > 50);
    for (const auto& word : import_stage_words()) {
        INFO(word.word);
        const auto client = with_stage(word.word);
        switch (word.stage) {
            case ImportStage::won:
                CHECK(client.stage == Stage::active);
                CHECK(client.history == std::vector<std::string>{"won: Deal"});
                break;
            case ImportStage::lost:
                CHECK(client.stage == Stage::dormant);
                CHECK(client.history == std::vector<std::string>{"lost: Deal"});
                break;
            default:
                CHECK(client.stage == static_cast<Stage>(word.stage));
                CHECK(to_string(*client.stage) == to_string(word.stage));
                CHECK(client.history.empty());
        }
    }
}

TEST_CASE("import map: no stage word stands for two stages") {
    std::map<std::string, ImportStage> seen;
    for (const auto& word : import_stage_words()) {
        INFO(word.word);
        const auto [it, added] = seen.emplace(import_stage_key(word.word), word.stage);
        CHECK(it->second == word.stage);
    }
}

TEST_CASE("import map: stages are compared without case, width or spaces") {
    CHECK(with_stage("CLOSED WON").history == std::vector<std::string>{"won: Deal"});
    CHECK(with_stage("closedWon").history == std::vector<std::string>{"won: Deal"});
    CHECK(with_stage("Ｐｒｏｓｐｅｃｔｉｎｇ").stage == Stage::prospect);
    CHECK(with_stage("提案／見積").stage == Stage::proposal);
    CHECK(with_stage("Negotiation / Review").stage == Stage::negotiation);
    CHECK(import_stage_key("Decision Maker Bought-In") == "decisionmakerboughtin");
}

TEST_CASE("import map: hyphens and slashes and underscores do not count in stage words") {
    CHECK(import_stage_key("Closed - Won") == "closedwon");
    CHECK(import_stage_key("closed_won") == "closedwon");
    CHECK(import_stage_key("Closed/Won") == "closedwon");
    for (const char* word :
         {"Closed - Won", "Closed-Won", "closed_won", "Closed/Won", "CLOSED WON"}) {
        INFO(word);
        CHECK(with_stage(word).history == std::vector<std::string>{"won: Deal"});
    }
    CHECK(with_stage("Closed - Lost").history == std::vector<std::string>{"lost: Deal"});
    MappingOptions options;
    options.stages = {{"Verbal-OK", "closing"}};
    CHECK(with_stage("verbal ok", options).stage == Stage::closing);
}

TEST_CASE("import map: the words of Japanese sales lists and English CRMs give their stage") {
    CHECK(with_stage("Aヨミ").stage == Stage::closing);
    CHECK(with_stage("Ａヨミ").stage == Stage::closing);
    CHECK(with_stage("稟議中").stage == Stage::closing);
    CHECK(with_stage("Verbal Commit").stage == Stage::closing);
    CHECK(with_stage("Bヨミ").stage == Stage::negotiation);
    CHECK(with_stage("Quote Sent").stage == Stage::negotiation);
    CHECK(with_stage("Cヨミ").stage == Stage::proposal);
    CHECK(with_stage("検討中").stage == Stage::proposal);
    CHECK(with_stage("Best Case").stage == Stage::proposal);
    CHECK(with_stage("Dヨミ").stage == Stage::prospect);
    CHECK(with_stage("Discovery").stage == Stage::prospect);
    CHECK(with_stage("保留").stage == Stage::dormant);
    CHECK(with_stage("On Hold").stage == Stage::dormant);
    CHECK(with_stage("既存顧客").stage == Stage::active);
    CHECK(with_stage("契約済").history == std::vector<std::string>{"won: Deal"});
    CHECK(with_stage("Won - Signed").history == std::vector<std::string>{"won: Deal"});
    // A client who cancelled is a lost client, never a won one.
    CHECK(with_stage("解約").history == std::vector<std::string>{"lost: Deal"});
    CHECK(with_stage("Churned").history == std::vector<std::string>{"lost: Deal"});
}

TEST_CASE("import map: no two headers of the dictionary stand for different fields") {
    std::map<std::string, ImportField> seen;
    for (const auto& synonym : import_header_synonyms()) {
        INFO(synonym.header);
        const auto [it, added] = seen.emplace(import_header_key(synonym.header), synonym.field);
        CHECK(it->second == synonym.field);
    }
}

TEST_CASE("import map: the headers of Japanese lists and CRM exports feed their fields") {
    const std::pair<const char*, ImportField> cases[] = {
        {"得意先", ImportField::name},
        {"Company Name (Primary)", ImportField::name},
        {"Associated Company (Primary)", ImportField::name},
        {"お客様担当者", ImportField::contact},
        {"Contact: Full Name", ImportField::contact},
        {"キーマン", ImportField::decision_maker},
        {"ヨミ", ImportField::stage},
        {"見込度", ImportField::stage},
        {"Forecast Category", ImportField::stage},
        {"受注予定月", ImportField::expected_close},
        {"金額(税込)", ImportField::value},
        {"金額（税抜）", ImportField::value},
        {"Total Contract Value", ImportField::value},
        {"次のステップ", ImportField::handover_notes},
        {"Next Step", ImportField::handover_notes},
        {"顧客コード", ImportField::id},
        {"Client ID", ImportField::id},
    };
    for (const auto& [header, field] : cases) {
        INFO(header);
        if (field == ImportField::name) {
            CHECK(map(make_table({header}, {{"Acme"}})).columns[0].field == field);
        } else {
            CHECK(map(make_table({"Company", header}, {{"Acme", ""}})).columns[1].field == field);
        }
    }
    // Not these: a percentage or a letter, and the user's own record numbers.
    for (const char* header : {"確度", "受注確度", "ランク", "レコード番号", "営業担当"}) {
        INFO(header);
        CHECK_FALSE(map(make_table({"Company", header}, {{"Acme", ""}})).columns[1].field);
    }
}

TEST_CASE("import map: an unknown stage names its place, the known values and a near word") {
    const Table table =
        make_table({"Company", "Stage"},
                   {{"Acme", "proposal"}, {"Beta", "Prospectin"}, {"Gamma", "Prospectin"}});
    const auto found = problems(table);
    REQUIRE(found.size() == 2);  // the same value is reported once, then the summary
    CHECK(found[0].pointer == "line 3, column 2 (Stage)");
    CHECK(found[0].message ==
          "the table of stages does not know \"Prospectin\"; the stages are: prospect, proposal, "
          "negotiation, closing, active, renewal, dormant, won, lost (the --stage command below "
          "says which one it is)");
    CHECK(found[0].suggestion == "Prospecting");
    const auto ja = problems(table, {}, Lang::ja);
    REQUIRE(ja.size() == 2);
    CHECK(ja[0].pointer == "3行目 2列目 (Stage)");
    CHECK(ja[0].message ==
          "「Prospectin」は段階の対応表にありません。段階は prospect, proposal, negotiation, "
          "closing, active, renewal, dormant, won, lost のいずれかです(下記の --stage "
          "でご指定ください)");
    // No placeholder for the user to paste as it is.
    CHECK(found[0].message.find("=stage") == std::string::npos);
    CHECK(ja[0].message.find("=stage") == std::string::npos);
}

namespace {

/// The did-you-mean given for one unknown stage value.
std::string stage_suggestion(std::string_view value) {
    const auto found = problems(make_table({"Company", "Stage"}, {{"Acme", std::string(value)}}));
    REQUIRE(found.size() == 2);
    return found[0].suggestion;
}

}  // namespace

TEST_CASE("import map: a stage did-you-mean is a likely slip of the pen, never another meaning") {
    // Slips: one edit in a short word, two in a longer one, counted in characters.
    CHECK(stage_suggestion("Negotiaton") == "negotiation");
    CHECK(stage_suggestion("wom") == "won");
    CHECK(stage_suggestion("ヒアリンク") == "ヒアリング");
    CHECK(stage_suggestion("ペンデイグ") == "ペンディング");  // 5 characters, 2 edits
    CHECK(stage_suggestion("Prospectng") == "Prospecting");
    // Too far: two edits in a word of up to 4 characters (3 characters are 9 bytes).
    CHECK(stage_suggestion("トライ").empty());
    CHECK(stage_suggestion("hot").empty());
    CHECK(stage_suggestion("Hold").empty());  // two edits from On Hold
    // Three edits in a longer word.
    CHECK(stage_suggestion("Prospeccccting").empty());
    // A different kanji is a different word: 違約 (breach) and 予約 are no misspelt 成約 (won).
    CHECK(stage_suggestion("違約").empty());
    CHECK(stage_suggestion("予約").empty());
    CHECK(stage_suggestion("受注済").empty());
    // Equally near to words of different stages: none of them.
    CHECK(stage_suggestion("Eヨミ").empty());
    // A --stage right side: hot is no misspelt won.
    MappingOptions options;
    options.stages = {{"Aヨミ", "hot"}};
    const auto found = problems(make_table({"Company"}, {{"Acme"}}), options);
    REQUIRE(found.size() == 1);
    CHECK(found[0].suggestion.empty());
}

TEST_CASE("import map: every unknown stage value comes once more in one --stage command") {
    const Table ja_table = make_table({"会社名", "フェーズ"}, {{"A社", "見積提出済み"},
                                                               {"B社", "様子見"},
                                                               {"C社", "未受注"},
                                                               {"D社", "様子見"},
                                                               {"E社", "提案"}});
    const auto ja = problems(ja_table, {}, Lang::ja);
    REQUIRE(ja.size() == 4);
    CHECK(ja[3].pointer.empty());
    CHECK(ja[3].suggestion.empty());
    CHECK(
        ja[3].message ==
        "「フェーズ」の列に、対応表にない値が 3 "
        "種類あります(見積提出済み、様子見、未受注)。それぞれ"
        "の段階を --stage \"見積提出済み=negotiation,様子見=?,未受注=?\" のように指定して再実行して"
        "ください。推測した段階はご確認のうえ、? の箇所には段階をご記入ください(prospect=見込み、"
        "proposal=提案、negotiation=交渉、closing=契約直前、active=取引中、renewal=更新予定、"
        "dormant=休眠、won=受注、lost=失注)");
    const Table en_table = make_table({"Company", "Deal Stage"}, {{"Acme", "Evaluating"},
                                                                  {"Beta", "Commit - Q4"},
                                                                  {"Gamma", "Lost - No Budget"},
                                                                  {"Delta", "Negotiaton"},
                                                                  {"Eta", "Won't buy"}});
    const auto en = problems(en_table);
    REQUIRE(en.size() == 6);
    CHECK(en[5].message ==
          "The Deal Stage column has 5 values the table does not know: Evaluating, Commit - Q4, "
          "Lost - No Budget, Negotiaton, Won't buy. Say what each one means and run again with "
          "--stage \"Evaluating=?,Commit - Q4=closing,Lost - No Budget=lost,"
          "Negotiaton=negotiation,Won't buy=?\", each guess checked and each ? replaced by a "
          "stage (prospect, proposal, negotiation, closing, active, renewal, dormant, won, lost)");
    const auto one = problems(make_table({"Company", "Stage"}, {{"Acme", "Evaluating"}}));
    REQUIRE(one.size() == 2);
    CHECK(
        one[1].message.starts_with("The Stage column has 1 value the table does not know: "
                                   "Evaluating. Say what it means"));
}

TEST_CASE("import map: the --stage command comes even past the limit of problems") {
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 30; ++i) rows.push_back({fmt::format("C{}", i), fmt::format("Step {}", i)});
    const auto found = problems(make_table({"Company", "Stage"}, std::move(rows)));
    REQUIRE(found.size() == 22);  // 20 cells, the command, the count of the others
    CHECK(found[20].message.starts_with("The Stage column has 30 values"));
    CHECK(found[20].message.find("Step 19=?\"") != std::string::npos);
    CHECK(found[20].message.find("Step 20") == std::string::npos);
    CHECK(found[20].message.find("Step 19, …. Say") != std::string::npos);
    // A long value is cut short in the list, never in the command.
    const std::string long_value(60, 'x');
    const auto long_found = problems(make_table({"Company", "Stage"}, {{"Acme", long_value}}));
    REQUIRE(long_found.size() == 2);
    CHECK(long_found[1].message.find("--stage \"" + long_value + "=?\"") != std::string::npos);
    CHECK(found[21].message.find("10") != std::string::npos);
}

TEST_CASE("import map: --stage adds a stage word and overrides the table") {
    MappingOptions options;
    options.stages = {{"Verbal OK", "closing"}, {"受注", "renewal"}, {"Dead", "lost"}};
    CHECK(with_stage("verbal ok", options).stage == Stage::closing);
    CHECK(with_stage("受注", options).stage == Stage::renewal);
    CHECK(with_stage("Dead", options).history == std::vector<std::string>{"lost: Deal"});
    CHECK(import_stage_from_string("won") == ImportStage::won);
    CHECK_FALSE(import_stage_from_string("Won").has_value());
}

TEST_CASE("import map: a --stage that names no stage is an error with a did-you-mean") {
    MappingOptions options;
    options.stages = {{"Verbal OK", "closng"}};
    const auto found = problems(make_table({"Company"}, {{"Acme"}}), options);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "--stage \"Verbal OK=closng\": \"closng\" is not a stage; expected one of: prospect, "
          "proposal, negotiation, closing, active, renewal, dormant, won, lost");
    CHECK(found[0].suggestion == "closing");
}

TEST_CASE("import map: an empty stage leaves the client's stage unset") {
    const auto client = only_client(make_table({"Company", "Stage"}, {{"Acme", ""}}));
    CHECK_FALSE(client.stage.has_value());
    const auto no_column = only_client(make_table({"Company"}, {{"Acme"}}));
    CHECK_FALSE(no_column.stage.has_value());
}

// ---- Values ----------------------------------------------------------------------------

TEST_CASE("import map: every date form") {
    CHECK(date_of("2026-12-08") == day("2026-12-08"));
    CHECK(date_of("2026/12/08") == day("2026-12-08"));
    CHECK(date_of("2026/1/8") == day("2026-01-08"));
    CHECK(date_of("2026.12.08") == day("2026-12-08"));
    CHECK(date_of("2026年12月8日") == day("2026-12-08"));
    CHECK(date_of("2026-12-08 10:00") == day("2026-12-08"));
    CHECK(date_of("2026/12/08 9:30:00") == day("2026-12-08"));
    CHECK(date_of("2026/12/08(火)") == day("2026-12-08"));
    CHECK(date_of("2026-12-08T10:00:00Z") == day("2026-12-08"));
    CHECK(date_of("2026-12-08T10:00+09:00") == day("2026-12-08"));
    CHECK(date_of("２０２６／１２／０８") == day("2026-12-08"));
    CHECK(date_of("12/08/2026", DateOrder::mdy) == day("2026-12-08"));
    CHECK(date_of("08/12/2026", DateOrder::dmy) == day("2026-12-08"));
    CHECK(date_of("8.12.2026", DateOrder::dmy) == day("2026-12-08"));
    CHECK(date_of("12/12/2026") == day("2026-12-12"));  // the same either way
    CHECK(date_of("") == std::nullopt);
}

TEST_CASE("import map: the order of a column's dates is decided by one over 12") {
    const auto dates = [](std::vector<std::string> cells) {
        std::vector<std::vector<std::string>> rows;
        int n = 0;
        for (auto& cell : cells) rows.push_back({fmt::format("C{}", n++), "proposal", cell});
        std::vector<std::optional<Day>> out;
        for (const auto& client :
             map(make_table({"Company", "Stage", "Close Date"}, rows)).clients) {
            out.push_back(client.expected_close);
        }
        return out;
    };
    // The first number over 12: day first.
    CHECK(dates({"03/04/2026", "13/04/2026"}) ==
          std::vector<std::optional<Day>>{day("2026-04-03"), day("2026-04-13")});
    // The second number over 12: month first.
    CHECK(dates({"03/04/2026", "04/13/2026"}) ==
          std::vector<std::optional<Day>>{day("2026-03-04"), day("2026-04-13")});
    // 12 decides nothing.
    const Table twelve =
        make_table({"Company", "Stage", "Close Date"},
                   {{"A", "proposal", "03/04/2026"}, {"B", "proposal", "12/04/2026"}});
    const auto found = problems(twelve);
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "line 2, column 3 (Close Date)");
    CHECK(found[0].message ==
          "\"03/04/2026\" may be month/day or day/month and no date of this column tells which; "
          "name the order with --date-order mdy or --date-order dmy");
    MappingOptions mdy;
    mdy.date_order = DateOrder::mdy;
    CHECK(map(twelve, mdy).clients[1].expected_close == day("2026-12-04"));
}

TEST_CASE("import map: a column with dates in both orders is an error") {
    const auto found =
        problems(make_table({"Company", "Stage", "Close Date"}, {{"A", "proposal", "13/04/2026"},
                                                                 {"B", "proposal", "2026-01-01"},
                                                                 {"C", "proposal", "04/13/2026"}}));
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "line 4, column 3 (Close Date)");
    CHECK(found[0].message ==
          "\"04/13/2026\" and \"13/04/2026\" on line 2 put the day and the month in different "
          "orders; name the order with --date-order mdy or --date-order dmy");
}

TEST_CASE("import map: impossible, out-of-range and unreadable dates are errors at their cell") {
    const auto one = [](std::string cell, DateOrder order = DateOrder::automatic) {
        MappingOptions options;
        options.date_order = order;
        const auto found = problems(
            make_table({"Company", "Stage", "完了予定日"}, {{"Acme", "proposal", cell}}), options);
        REQUIRE(found.size() == 1);
        CHECK(found[0].pointer == "line 2, column 3 (完了予定日)");
        return found[0].message;
    };
    CHECK(one("2026-02-30") ==
          "cannot read \"2026-02-30\" as a date: no such day on the "
          "calendar; check the month and the day");
    CHECK(one("2026-13-01").starts_with("cannot read \"2026-13-01\" as a date: no such day"));
    CHECK(one("13/13/2026").starts_with("cannot read \"13/13/2026\" as a date: no such day"));
    CHECK(one("1999-12-31") ==
          "cannot take \"1999-12-31\": dates run from 2000 to 2099; check the year");
    CHECK(one("next week") ==
          "cannot read \"next week\" as a date; write it as 2026-12-08 or 12/08/2026");
    CHECK(one("2026-1x").starts_with("cannot read"));
    CHECK(one("12月8日").starts_with("cannot read"));
    CHECK(one("2026/12-08").starts_with("cannot read"));
    CHECK(one("2026-12-08 soon").starts_with("cannot read"));
    CHECK(one("26/12/08").starts_with("cannot read"));
    CHECK(one("2026-12-08Tnoon").starts_with("cannot read"));
    CHECK(one("2026-12-08T").starts_with("cannot read"));
    CHECK(one("12/08/2026", DateOrder::ymd).starts_with("cannot read"));
}

TEST_CASE("import map: every amount form") {
    CHECK(amount_of("1200000") == 1200000.0);
    CHECK(amount_of("1,200,000") == 1200000.0);
    CHECK(amount_of("¥1,200,000") == 1200000.0);
    CHECK(amount_of("￥1,200,000") == 1200000.0);
    CHECK(amount_of("1,200,000円") == 1200000.0);
    CHECK(amount_of("$410,000.00") == 410000.0);
    CHECK(amount_of("£75,000") == 75000.0);
    CHECK(amount_of("€90,000.50") == 90000.5);
    CHECK(amount_of("JPY 1,200,000") == 1200000.0);
    CHECK(amount_of("USD 410000") == 410000.0);
    CHECK(amount_of("410000 USD") == 410000.0);
    CHECK(amount_of("120万円") == 1200000.0);
    CHECK(amount_of("1.5億") == 150000000.0);
    CHECK(amount_of("1.1万") == 11000.0);
    CHECK(amount_of("0.07億円") == 7000000.0);  // exactly: 0.07 * 1e8 is 7000000.000000001
    CHECK(amount_of("1億2,000万円") == 120000000.0);
    CHECK(amount_of("１，２００，０００") == 1200000.0);
    CHECK(amount_of("0") == 0.0);
    CHECK(amount_of("") == std::nullopt);
}

TEST_CASE("import map: amounts with a unit of their own, an invoice hyphen or a tax note") {
    CHECK(amount_of("1,200千円") == 1200000.0);
    CHECK(amount_of("1200千") == 1200000.0);
    CHECK(amount_of("1.2百万") == 1200000.0);
    CHECK(amount_of("1.2百万円") == 1200000.0);
    CHECK(amount_of("1.2千万円") == 12000000.0);
    CHECK(amount_of("$1.2M") == 1200000.0);
    CHECK(amount_of("$250K") == 250000.0);
    CHECK(amount_of("1.2M") == 1200000.0);
    CHECK(amount_of("250k") == 250000.0);
    CHECK(amount_of("1.5m") == 1500000.0);
    CHECK(amount_of("¥1,200,000-") == 1200000.0);
    CHECK(amount_of("1,200,000-") == 1200000.0);
    CHECK(amount_of("1,200,000円（税抜）") == 1200000.0);
    CHECK(amount_of("1,200,000円(税込)") == 1200000.0);
    CHECK(amount_of("1,200,000円 (税別)") == 1200000.0);
    CHECK(amount_of("$500 (tax incl.)") == 500.0);
    CHECK(amount_of("$500 (Tax Excl.)") == 500.0);
    // The yen sign as Shift_JIS has it.
    CHECK(amount_of("\\1,200,000") == 1200000.0);
    CHECK(amount_of("\\1,200,000-") == 1200000.0);
    // Not amounts still.
    for (const char* cell : {"1,200千千", "M", "1.2MM", "250 KB", "\\", "1,200,000--", "(税抜)",
                             "1,200,000(税)", "¥-1,200", "1.2B"}) {
        INFO(cell);
        CHECK_FALSE(problems(make_table({"Company", "Amount"}, {{"Acme", cell}})).empty());
    }
    CHECK(problems(make_table({"Company", "Amount"}, {{"Acme", "-1,200-"}})).size() == 1);
}

TEST_CASE("import map: a unit in the value column's header multiplies its amounts") {
    const auto value = [](std::string header, std::string cell,
                          const MappingOptions& options = {}) {
        const auto result = map(make_table({"Company", header}, {{"Acme", cell}}), options);
        REQUIRE(result.clients.size() == 1);
        return result.clients[0].value;
    };
    CHECK(value("金額（千円）", "1,200") == 1200000.0);
    CHECK(value("金額(千円)", "1,200") == 1200000.0);
    CHECK(value("金額[千円]", "1.5") == 1500.0);
    CHECK(value("見込金額（万円）", "120") == 1200000.0);
    CHECK(value("金額(万円)", "120") == 1200000.0);
    CHECK(value("受注金額(百万円)", "1.2") == 1200000.0);
    CHECK(value("Amount ($K)", "250") == 250000.0);
    CHECK(value("Amount (K)", "250") == 250000.0);
    CHECK(value("Amount (in thousands)", "250") == 250000.0);
    CHECK(value("Amount (000s)", "250") == 250000.0);
    CHECK(value("Amount ($M)", "1.2") == 1200000.0);
    CHECK(value("Amount (in millions)", "1.2") == 1200000.0);
    CHECK(value("Amount (IN MILLIONS)", "$1.2") == 1200000.0);
    // A cell with its own unit keeps it; a header without a known unit multiplies nothing.
    CHECK(value("金額（千円）", "120万円") == 1200000.0);
    CHECK(value("金額(円)", "1,200") == 1200.0);
    CHECK(value("金額(税抜)", "1,200") == 1200.0);
    CHECK(value("Amount (USD)", "1,200") == 1200.0);
    CHECK(value("Amount", "1,200") == 1200.0);
    // With --map too.
    MappingOptions mapped;
    mapped.map = {{"見込（千円）", "value"}};
    CHECK(value("見込（千円）", "1,200", mapped) == 1200000.0);
}

TEST_CASE("import map: an amount's header is found without its unit in brackets") {
    for (const char* header :
         {"金額(千円)", "金額（千円）", "見込金額（千円）", "金額[万円]", "金額(税抜)",
          "金額（税込）", "Amount ($K)", "Amount (USD)", "金額(千円)(税抜)"}) {
        INFO(header);
        const auto result = map(make_table({"会社名", header}, {{"A", "1"}}));
        CHECK(result.columns[1].field == ImportField::value);
    }
    // Only for an amount: other headers in brackets stay unknown.
    for (const char* header : {"フェーズ(旧)", "Stage (old)", "(千円)", "Company (Primary)"}) {
        INFO(header);
        const auto result = map(make_table({"会社名", header}, {{"A", ""}}));
        CHECK_FALSE(result.columns[1].field.has_value());
    }
}

TEST_CASE("import map: a negative amount or one that is none is an error at its cell") {
    const auto one = [](std::string cell) {
        const auto found = problems(make_table({"Company", "金額"}, {{"Acme", cell}}));
        REQUIRE(found.size() == 1);
        CHECK(found[0].pointer == "line 2, column 2 (金額)");
        return found[0].message;
    };
    CHECK(one("-500") == "cannot take \"-500\" as an amount: it is below zero; write zero or more");
    CHECK(one("▲500").starts_with("cannot take \"▲500\" as an amount: it is below zero"));
    CHECK(one("(1,000)").starts_with("cannot take \"(1,000)\" as an amount: it is below zero"));
    CHECK(one("about 5M") ==
          "cannot read \"about 5M\" as an amount; write a number such as 3,000,000 or "
          "$3,000,000 (leave the cell empty if unknown)");
    CHECK(one("1,20").starts_with("cannot read"));
    CHECK(one("1,2345").starts_with("cannot read"));
    CHECK(one("12.").starts_with("cannot read"));
    CHECK(one("万").starts_with("cannot read"));
    CHECK(one("1-2").starts_with("cannot read"));
    // The largest amount clients.json takes, and one past it.
    CHECK(amount_of("1,000,000,000,000,000") == 1e15);
    CHECK(one("1,000,000,000,000,001") ==
          "cannot take \"1,000,000,000,000,001\" as an amount: it is larger than any contract; "
          "write at most 1,000,000,000,000,000");
    CHECK(one("99999999999999999999999").starts_with("cannot take"));
}

TEST_CASE("import map: one company's deals may not add up to more than a file takes") {
    const auto at_limit = map(make_table(
        {"Company", "Stage", "Amount"},
        {{"Acme", "proposal", "500,000,000,000,000"}, {"Acme", "closing", "500,000,000,000,000"}}));
    CHECK(at_limit.clients.at(0).value == 1e15);
    const auto found = problems(
        make_table({"Company", "Stage", "Amount"}, {{"Acme", "proposal", "600,000,000,000,000"},
                                                    {"Acme", "closing", "600,000,000,000,000"},
                                                    {"Acme", "closing", "600,000,000,000,000"}}));
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "line 3, column 3 (Amount)");
    CHECK(found[0].message.starts_with("the deals of \"Acme\" add up to more than"));
}

TEST_CASE("import map: every relationship, method and yes/no word") {
    REQUIRE(import_value_words().size() > 25);
    for (const auto& word : import_value_words()) {
        INFO(word.word);
        const std::string header(to_string(word.field));
        const auto client =
            only_client(make_table({"Company", header}, {{"Acme", std::string(word.word)}}));
        if (word.field == ImportField::relationship) {
            REQUIRE(client.relationship.has_value());
            CHECK(to_string(*client.relationship) == word.value);
        } else if (word.field == ImportField::preferred_method) {
            REQUIRE(client.preferred_method.has_value());
            CHECK(to_string(*client.preferred_method) == word.value);
        } else {
            CHECK(client.change_averse == (word.value == "true"));
        }
    }
    const auto spelled = only_client(make_table({"Company", "Preferred Method", "Relationship"},
                                                {{"Acme", "In Person", "STRONG"}}));
    CHECK(spelled.preferred_method == Method::in_person);
    CHECK(spelled.relationship == Relationship::strong);
}

TEST_CASE("import map: a relationship, method or yes/no that is none is an error") {
    const auto found = problems(make_table({"Company", "関係", "連絡方法", "Change Averse"},
                                           {{"Acme", "strng", "fax", "maybe"}}));
    REQUIRE(found.size() == 3);
    CHECK(found[0].pointer == "line 2, column 2 (関係)");
    CHECK(
        found[0].message.starts_with("cannot read \"strng\" here; write one of: strong, normal, "
                                     "weak, 強,"));
    CHECK(found[0].suggestion == "strong");
    CHECK(found[1].pointer == "line 2, column 3 (連絡方法)");
    CHECK(found[2].pointer == "line 2, column 4 (Change Averse)");
}

// ---- Grouping --------------------------------------------------------------------------

TEST_CASE("import map: rows of the same company are one client, in the order of first rows") {
    const auto result = map(make_table({"Company", "Stage"}, {{"Beta", "proposal"},
                                                              {"ACME  Inc", "prospect"},
                                                              {"ｂｅｔａ", "closing"},
                                                              {"acme inc", "negotiation"}}));
    REQUIRE(result.clients.size() == 2);
    CHECK(result.rows == 4);
    CHECK(result.clients[0].name == "Beta");
    CHECK(result.clients[0].lines == std::vector<std::size_t>{2, 4});
    CHECK(result.clients[0].stage == Stage::closing);
    CHECK(result.clients[1].name == "ACME  Inc");
    CHECK(result.clients[1].stage == Stage::negotiation);
}

TEST_CASE("import map: the most advanced open deal gives the stage and its close date") {
    const auto client = only_client(make_table({"Company", "Stage", "Close Date", "Amount"},
                                               {{"Acme", "prospect", "2026-12-01", "100"},
                                                {"Acme", "negotiation", "2027-02-01", "200"},
                                                {"Acme", "proposal", "2026-11-01", "300"},
                                                {"Acme", "negotiation", "2027-01-15", ""},
                                                {"Acme", "Closed Won", "2026-04-01", "5000"},
                                                {"Acme", "active", "", "7000"}}));
    CHECK(client.stage == Stage::negotiation);
    CHECK(client.expected_close == day("2027-01-15"));  // the one that closes first
    CHECK(client.value == 600.0);                       // open deals only
}

TEST_CASE("import map: without an open deal, account rows, then won deals, then all lost") {
    SECTION("renewal over active over dormant") {
        const auto client = only_client(make_table(
            {"Company", "Stage", "Close Date"},
            {{"Acme", "dormant", ""}, {"Acme", "更新", "2027-03-31"}, {"Acme", "active", ""}}));
        CHECK(client.stage == Stage::renewal);
        CHECK_FALSE(client.expected_close.has_value());
    }
    SECTION("active over dormant") {
        CHECK(
            only_client(make_table({"Company", "Stage"}, {{"A", "休眠"}, {"A", "取引中"}})).stage ==
            Stage::active);
    }
    SECTION("a won deal makes the client active, whatever was lost") {
        CHECK(only_client(make_table({"Company", "Stage"}, {{"A", "失注"}, {"A", "受注"}})).stage ==
              Stage::active);
    }
    SECTION("only lost deals make it dormant") {
        CHECK(only_client(make_table({"Company", "Stage"}, {{"A", "失注"}, {"A", "Closed Lost"}}))
                  .stage == Stage::dormant);
    }
    SECTION("a lost deal beside a row without a stage leaves the stage unset") {
        CHECK_FALSE(only_client(make_table({"Company", "Stage"}, {{"A", "失注"}, {"A", ""}}))
                        .stage.has_value());
    }
}

TEST_CASE("import map: a row without a stage keeps its close date when no deal is open") {
    SECTION("no stage column") {
        const auto result = map(make_table(
            {"顧客名", "受注予定日"},
            {{"A社", "2026/12/08"}, {"B社", ""}, {"C社", "2027/01/20"}, {"C社", "2026/12/20"}}));
        REQUIRE(result.clients.size() == 3);
        CHECK(result.clients[0].expected_close == day("2026-12-08"));
        CHECK_FALSE(result.clients[0].stage.has_value());
        CHECK_FALSE(result.clients[1].expected_close.has_value());
        CHECK(result.clients[2].expected_close == day("2026-12-20"));  // the earliest
    }
    SECTION("an empty stage cell, beside account, won and lost rows") {
        const auto client = only_client(make_table(
            {"Company", "Stage", "Close Date"},
            {{"A", "won", "2026-04-01"}, {"A", "", "2026-12-08"}, {"A", "lost", "2026-05-01"}}));
        CHECK(client.stage == Stage::active);
        CHECK(client.expected_close == day("2026-12-08"));
        const auto renewal =
            only_client(make_table({"Company", "Stage", "Close Date"},
                                   {{"A", "更新", "2027-03-31"}, {"A", "", "2027-01-10"}}));
        CHECK(renewal.stage == Stage::renewal);
        CHECK(renewal.expected_close == day("2027-01-10"));
    }
    SECTION("an open deal's date wins over a row without a stage") {
        const auto client =
            only_client(make_table({"Company", "Stage", "Close Date"},
                                   {{"A", "", "2026-12-01"}, {"A", "proposal", "2027-02-01"}}));
        CHECK(client.stage == Stage::proposal);
        CHECK(client.expected_close == day("2027-02-01"));
    }
}

TEST_CASE("import map: without a stage column, one notice says every client is an account") {
    const auto en = map(make_table({"Company", "Close Date"}, {{"A", "2026-12-08"}, {"B", ""}}));
    CHECK(en.notices == std::vector<std::string>{
                            "The file has no stage column: every client is written as an "
                            "existing account (active); if the list holds deals, name its stage "
                            "column with --map \"Column=stage\""});
    const auto ja = map(make_table({"顧客名"}, {{"A社"}}), {}, Lang::ja);
    CHECK(ja.notices ==
          std::vector<std::string>{"フェーズの列がないため、すべての顧客を既存の取引先 (active) "
                                   "として書き込みます。商談の一覧であれば、--map \"列名=stage\" "
                                   "でフェーズの列をご指定ください"});
    // With a stage column, even an empty one, or without rows: no notice.
    CHECK(map(make_table({"Company", "Stage"}, {{"A", ""}})).notices.empty());
    CHECK(map(make_table({"Company"}, {})).notices.empty());
}

TEST_CASE("import map: a close date column of which no date was used gets a notice") {
    const auto unused =
        map(make_table({"Company", "Stage", "Close Date"},
                       {{"A", "won", "2026-04-01"}, {"B", "active", "2026-05-01"}}));
    CHECK_FALSE(unused.clients[0].expected_close.has_value());
    CHECK(unused.notices ==
          std::vector<std::string>{"No date of column 3 (Close Date) was used: a close date is "
                                   "taken only from an open deal (prospect to closing), or from a "
                                   "row without a stage of a client with no open deal"});
    const auto ja =
        map(make_table({"会社名", "フェーズ", "受注予定日"}, {{"A", "失注", "2026/4/1"}}), {},
            Lang::ja);
    CHECK(ja.notices ==
          std::vector<std::string>{
              "3列目 (受注予定日) の日付はどれも使われていません。完了予定日は、進行中の商談 "
              "(prospect〜closing) "
              "の行か、進行中の商談がない顧客のフェーズが空の行からのみ取り込みます"});
    // One date used is enough; a column without any date says nothing.
    CHECK(map(make_table({"Company", "Stage", "Close Date"},
                         {{"A", "won", "2026-04-01"}, {"B", "proposal", "2026-05-01"}}))
              .notices.empty());
    CHECK(map(make_table({"Company", "Stage", "Close Date"}, {{"A", "won", ""}})).notices.empty());
}

TEST_CASE("import map: value is the open deals' sum, else won and account rows', never lost") {
    const auto value = [](std::vector<std::vector<std::string>> rows) {
        return only_client(make_table({"Company", "Stage", "Amount"}, std::move(rows))).value;
    };
    CHECK(value({{"A", "proposal", "100"}, {"A", "won", "1000"}, {"A", "closing", "20"}}) == 120.0);
    CHECK(
        value(
            {{"A", "won", "1000"}, {"A", "lost", "50"}, {"A", "active", "300"}, {"A", "", "7"}}) ==
        1307.0);
    CHECK(value({{"A", "lost", "50"}}) == std::nullopt);
    CHECK(value({{"A", "proposal", ""}, {"A", "won", "1000"}}) == std::nullopt);
    CHECK(value({{"A", "won", ""}}) == std::nullopt);
}

TEST_CASE("import map: won and lost deals are history lines, oldest first") {
    const Table table = make_table({"Company", "Stage", "Close Date", "Deal Name"},
                                   {{"Acme", "Closed Won", "2026-04-10", "Support"},
                                    {"Acme", "Closed Lost", "2025-11-02", "Pilot"},
                                    {"Acme", "won", "", "Training"},
                                    {"Acme", "lost", "2026-01-20", ""},
                                    {"Acme", "proposal", "2026-12-01", "Renewal"}});
    CHECK(only_client(table).history ==
          std::vector<std::string>{"2025-11 lost: Pilot", "2026-01 lost", "2026-04 won: Support",
                                   "won: Training"});
    CHECK(only_client(table, {}, Lang::ja).history ==
          std::vector<std::string>{"2025-11 失注: Pilot", "2026-01 失注", "2026-04 受注: Support",
                                   "受注: Training"});
}

TEST_CASE("import map: a won or lost row with neither a date nor a deal name is no history") {
    const auto client = only_client(
        make_table({"会社名", "フェーズ", "完了予定日", "商談名"},
                   {{"青葉システム", "受注", "", ""}, {"青葉システム", "失注", "", ""}}),
        {}, Lang::ja);
    CHECK(client.history.empty());
    CHECK(client.stage == Stage::active);  // the won deal still counts
    const auto dated = only_client(make_table({"Company", "Stage", "Close Date"},
                                              {{"A", "won", "2026-04-01"}, {"A", "lost", ""}}));
    CHECK(dated.history == std::vector<std::string>{"2026-04 won"});
    const auto named = only_client(
        make_table({"Company", "Stage", "Deal"}, {{"A", "lost", "Pilot"}, {"A", "won", ""}}));
    CHECK(named.history == std::vector<std::string>{"lost: Pilot"});
    CHECK(named.stage == Stage::active);
}

TEST_CASE("import map: texts take the first value, handover notes every distinct one") {
    const auto client =
        only_client(make_table({"Company", "Contact", "宛名", "決裁者", "後任", "社内メモ", "備考",
                                "関係", "連絡方法", "担当変更に慎重"},
                               {{"Acme", "", "", "", "", "", "Likes golf", "", "", ""},
                                {"Acme", "Sato", "佐藤様", "Tanaka", "Suzuki", "private",
                                 "Prefers mornings", "weak", "電話", "no"},
                                {"Acme", "Ito", "伊藤様", "Kato", "Yamada", "other", "Likes golf",
                                 "strong", "メール", "yes"}}));
    CHECK(client.contact == "Sato");
    CHECK(client.salutation == "佐藤様");
    CHECK(client.decision_maker == "Tanaka");
    CHECK(client.successor == "Suzuki");
    CHECK(client.notes == "private");
    CHECK(client.handover_notes == "Likes golf\nPrefers mornings");
    CHECK(client.relationship == Relationship::weak);
    CHECK(client.preferred_method == Method::phone);
    CHECK(client.change_averse == false);
    const auto bare = only_client(make_table({"Company", "Contact"}, {{"Acme", ""}}));
    CHECK_FALSE(bare.contact.has_value());
    CHECK_FALSE(bare.handover_notes.has_value());
    CHECK_FALSE(bare.value.has_value());
    CHECK_FALSE(bare.change_averse.has_value());
}

TEST_CASE("import map: several columns feed the notes, each cell a line with its header") {
    const Table table = make_table(
        {"顧客名", "次回アクション", "備考", "社内メモ", "対応内容", "非公開メモ", "フェーズ"},
        {{"A社", "12/10 訪問", "価格は口頭合意", "", "見積送付済", "要注意", "提案中"},
         {"A社", "", "価格は口頭合意", "", "", "", "提案中"},
         {"B社", "", "紹介案件", "値引き不可", "", "", "既存"}});
    MappingOptions options;
    options.map = {{"次回アクション", "handover_notes"}, {"対応内容", "handover_notes"}};
    const auto result = map(table, options);
    // The dictionary's 備考 still feeds the notes beside the two --map columns.
    CHECK(result.columns[1].field == ImportField::handover_notes);
    CHECK(result.columns[1].from_option);
    CHECK(result.columns[2].field == ImportField::handover_notes);
    CHECK_FALSE(result.columns[2].from_option);
    CHECK(result.columns[3].field == ImportField::notes);
    CHECK(result.columns[4].field == ImportField::handover_notes);
    CHECK(result.columns[5].field == ImportField::notes);
    REQUIRE(result.clients.size() == 2);
    CHECK(result.clients[0].handover_notes ==
          "次回アクション: 12/10 訪問\n備考: 価格は口頭合意\n対応内容: 見積送付済");
    CHECK(result.clients[0].notes == "非公開メモ: 要注意");
    CHECK(result.clients[1].handover_notes == "備考: 紹介案件");
    CHECK(result.clients[1].notes == "社内メモ: 値引き不可");
    // One column: just the value.
    const auto one =
        only_client(make_table({"Company", "Notes", "Stage"}, {{"A", "Call first", "won"}}));
    CHECK(one.handover_notes == "Call first");
    // Two dictionary columns without --map.
    const auto two = only_client(make_table({"Company", "Notes", "Description", "Stage"},
                                            {{"A", "Call first", "Big deal", ""}}));
    CHECK(two.handover_notes == "Notes: Call first\nDescription: Big deal");
}

TEST_CASE("import map: a note of a won or lost deal names the deal and its outcome") {
    const Table table =
        make_table({"Account Name", "Opportunity Name", "Stage", "Description"},
                   {{"Acme Corp.", "New platform", "Discovery", "Demo next week"},
                    {"Acme Corp.", "Support add-on", "Closed Lost", "Lost to competitor"},
                    {"Acme Corp.", "Pilot", "Closed Won", "Happy with pilot"},
                    {"Beta", "Renewal", "Closed Lost", "Budget cut"}});
    MappingOptions options;
    options.stages = {{"Discovery", "prospect"}};
    const auto en = map(table, options);
    REQUIRE(en.clients.size() == 2);
    CHECK(
        en.clients[0].handover_notes ==
        "Demo next week\nSupport add-on (lost): Lost to competitor\nPilot (won): Happy with pilot");
    // A company of one row: its note is about the company.
    CHECK(en.clients[1].handover_notes == "Budget cut");
    const Table ja_table =
        make_table({"会社名", "商談名", "フェーズ", "備考", "社内メモ"},
                   {{"西日本テクノ", "保守契約", "失注", "競合に負け", "価格負け"},
                    {"西日本テクノ", "新規導入", "提案中", "来月デモ", ""}});
    const auto ja = map(ja_table, {}, Lang::ja);
    CHECK(ja.clients[0].handover_notes == "保守契約(失注): 競合に負け\n来月デモ");
    CHECK(ja.clients[0].notes == "保守契約(失注): 価格負け");
    // Without a deal name column: just the outcome.
    const auto bare = only_client(make_table({"Company", "Stage", "Notes"},
                                             {{"A", "won", "Signed"}, {"A", "proposal", "Next"}}));
    CHECK(bare.handover_notes == "won: Signed\nNext");
    // A won or lost row with an empty deal name cell: the outcome too.
    const auto empty_deal =
        only_client(make_table({"会社名", "商談名", "フェーズ", "備考"},
                               {{"A", "", "受注", "初回"}, {"A", "保守", "提案", "次"}}),
                    {}, Lang::ja);
    CHECK(empty_deal.handover_notes == "受注: 初回\n次");
}
TEST_CASE("import map: a contact cell gives the first person, without an e-mail address") {
    const auto contact = [](std::string cell) {
        return only_client(make_table({"Company", "Associated Contact"}, {{"Harbor", cell}}))
            .contact;
    };
    CHECK(contact("Ann Park (ann@harbor.com)") == "Ann Park");
    CHECK(contact("Ann Park <ann@harbor.com>") == "Ann Park");
    CHECK(contact("Ann Park<ann@harbor.com>") == "Ann Park");
    CHECK(contact("山田 太郎（yamada@example.co.jp）") == "山田 太郎");
    CHECK(contact("Ann Park; Bob Lee") == "Ann Park");
    CHECK(contact("Ann Park (ann@harbor.com); Bob Lee (bob@harbor.com)") == "Ann Park");
    CHECK(contact("山田 太郎；佐藤 花子") == "山田 太郎");
    CHECK(contact("; Bob Lee") == "Bob Lee");
    // Parentheses without an address, or an address alone, stay as they are.
    CHECK(contact("Ann Park (CFO)") == "Ann Park (CFO)");
    CHECK(contact("山田 太郎 (部長)") == "山田 太郎 (部長)");
    CHECK(contact("ann@harbor.com") == "ann@harbor.com");
    CHECK(contact("<ann@harbor.com>") == "<ann@harbor.com>");
    CHECK(contact("Ann Park") == "Ann Park");
    CHECK(contact(";") == std::nullopt);
    // The first row with a person gives it.
    CHECK(only_client(make_table({"Company", "Contact"}, {{"A", ";"}, {"A", "Bob Lee <b@x.io>"}}))
              .contact == "Bob Lee");
}

TEST_CASE("import map: a header without rows gives no clients, but needs a name column") {
    const auto result = map(make_table({"Company", "Stage"}, {}));
    CHECK(result.rows == 0);
    CHECK(result.clients.empty());
    CHECK(result.columns.size() == 2);
    CHECK(problems(make_table({"Stage"}, {})).size() == 1);
}

TEST_CASE("import map: a row with data but without a company name is an error at its cell") {
    const auto found =
        problems(make_table({"Stage", "Company"}, {{"proposal", "Acme"}, {"won", ""}}));
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "line 3, column 2 (Company)");
    CHECK(found[0].message ==
          "no company name: if this is another deal of the company above, fill in its name; if "
          "the row is not needed, delete it");
    const auto ja =
        problems(make_table({"No", "顧客名", "金額"}, {{"1", "", "100"}}), {}, Lang::ja);
    REQUIRE(ja.size() == 1);
    CHECK(ja[0].pointer == "2行目 2列目 (顧客名)");
    CHECK(ja[0].message ==
          "会社名が空です。上の行と同じ会社の商談であれば会社名をご入力ください。"
          "不要な行であれば削除してください");
}

TEST_CASE("import map: rows with nothing in a mapped column are skipped with one notice") {
    std::vector<std::vector<std::string>> rows{{"1", "A社", "提案中", "備考あり"},
                                               {"2", "B社", "", ""}};
    for (int no = 3; no <= 40; ++no) rows.push_back({std::to_string(no), "", "", ""});
    rows.push_back({"41", "", "", "", "note"});  // a cell past the header is not read
    const Table table = make_table({"No", "顧客名", "フェーズ", "備考"}, rows);
    const auto result = map(table);
    REQUIRE(result.clients.size() == 2);
    CHECK(result.rows == 41);
    CHECK(result.notices ==
          std::vector<std::string>{"Skipped 39 rows with no company or deal data (lines 4–42)"});
    CHECK(map(table, {}, Lang::ja).notices ==
          std::vector<std::string>{"会社名や商談の内容が空の 39 行(4〜42行目)は読み飛ばしました"});
    // One row; rows apart are listed apart.
    CHECK(map(make_table({"No", "Company", "Stage"},
                         {{"1", "A", "won"}, {"2", "", ""}, {"3", "B", "won"}}))
              .notices ==
          std::vector<std::string>{"Skipped 1 row with no company or deal data (line 3)"});
    CHECK(map(make_table({"No", "Company", "Stage"}, {{"1", "", ""},
                                                      {"2", "", ""},
                                                      {"3", "B", "won"},
                                                      {"4", "", ""},
                                                      {"5", "C", "won"},
                                                      {"6", "", ""},
                                                      {"7", "", ""}}))
              .notices ==
          std::vector<std::string>{"Skipped 5 rows with no company or deal data (lines 2–3, 5, "
                                   "7–8)"});
    // A column left out with --map "=ignore" is not read either.
    MappingOptions ignore;
    ignore.map = {{"Notes", "ignore"}};
    CHECK(map(make_table({"Company", "Stage", "Notes"}, {{"A", "won", ""}, {"", "", "x"}}), ignore)
              .notices ==
          std::vector<std::string>{"Skipped 1 row with no company or deal data (line 3)"});
    // Only one mapped cell with text makes a row an error, not a skipped one.
    CHECK(problems(make_table({"No", "Company", "Stage"}, {{"1", "", "won"}})).size() == 1);
}

TEST_CASE("import map: totals and note rows are left out, never made clients") {
    const auto result =
        map(make_table({"会社名", "フェーズ", "金額"}, {{"A社", "提案中", "100"},
                                                        {"小計", "", "100"},
                                                        {"B社", "受注", "260万"},
                                                        {"合計", "", "360万"},
                                                        {"※金額は税抜", "", ""},
                                                        {"注）税込の行あり", "", ""},
                                                        {"＊見込み", "", ""}}));
    REQUIRE(result.clients.size() == 2);
    CHECK(result.clients[0].name == "A社");
    CHECK(result.clients[1].name == "B社");
    CHECK(result.notices == std::vector<std::string>{"Left out 2 totals rows, on lines 3, 5",
                                                     "Left out 3 note rows, on lines 6–8"});
    for (const char* word :
         {"合計", "小計", "総計", "計", "合計金額", "Total", "TOTAL", "Grand Total", "grand_total",
          "Subtotal", "Sub-Total", "Sum", "ＴＯＴＡＬ"}) {
        INFO(word);
        const auto one =
            map(make_table({"Company", "Stage"}, {{"Acme", "won"}, {word, ""}}), {}, Lang::en);
        CHECK(one.clients.size() == 1);
        CHECK(one.notices == std::vector<std::string>{"Left out the totals row on line 3"});
    }
    for (const char* word : {"※税抜", "注)税抜", "注）税抜", "* estimate", "＊概算"}) {
        INFO(word);
        const auto one =
            map(make_table({"Company", "Stage"}, {{"Acme", "won"}, {word, ""}}), {}, Lang::ja);
        CHECK(one.clients.size() == 1);
        CHECK(one.notices ==
              std::vector<std::string>{"3行目の注記の行は顧客として取り込みませんでした"});
    }
    CHECK(map(make_table({"Company", "Stage"}, {{"Acme", "won"}, {"合計", ""}}), {}, Lang::ja)
              .notices ==
          std::vector<std::string>{"3行目の合計の行は顧客として取り込みませんでした"});
    CHECK(
        map(make_table({"Company", "Stage"}, {{"合計", ""}, {"小計", ""}}), {}, Lang::ja).notices ==
        std::vector<std::string>{"合計の行 2 行(2〜3行目)は顧客として取り込みませんでした"});
    // Names that only contain such a word, or a mark not at the start, are clients.
    const auto kept = map(make_table({"Company", "Stage"}, {{"合計商事", ""},
                                                            {"Total Solutions", ""},
                                                            {"計画研究所", ""},
                                                            {"注文住宅センター", ""},
                                                            {"Acme*", ""},
                                                            {"Summit", ""}}));
    CHECK(kept.clients.size() == 6);
    CHECK(kept.notices.empty());
}

TEST_CASE("import map: many problems are cut short with a count") {
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 25; ++i) rows.push_back({"Acme", "lots"});
    const auto found = problems(make_table({"Company", "Amount"}, rows));
    REQUIRE(found.size() == 21);
    CHECK(found.back().pointer.empty());
    CHECK(found.back().message.starts_with("5 more problems"));
}

// ---- Ids -------------------------------------------------------------------------------

TEST_CASE("import map: an id column gives the id, the same in every row of a company") {
    const auto result =
        map(make_table({"ID", "Company"}, {{"acme", "Acme"}, {"", "Acme"}, {"b-2", "Beta"}}));
    REQUIRE(result.clients.size() == 2);
    CHECK(result.clients[0].id == "acme");
    CHECK(result.clients[0].id_from_export);
    CHECK(result.clients[1].id == "b-2");

    const auto conflict =
        problems(make_table({"id", "Company"}, {{"acme", "Acme"}, {"acme2", "ACME"}}));
    REQUIRE(conflict.size() == 1);
    CHECK(conflict[0].pointer == "line 3, column 1 (id)");
    CHECK(conflict[0].message ==
          "\"Acme\" has the id \"acme2\" here but \"acme\" on line 2; give one company one id");
}

TEST_CASE("import map: an id must be a client id, and one company's alone") {
    const auto invalid = problems(make_table({"顧客ID", "Company"}, {{"Acme Corp", "Acme"}}));
    REQUIRE(invalid.size() == 1);
    CHECK(invalid[0].pointer == "line 2, column 1 (顧客ID)");
    CHECK(invalid[0].message ==
          "cannot use \"Acme Corp\" as an id: write 1 to 64 characters from a-z, 0-9, '_' and '-', "
          "without "
          "\"--\"");
    const auto shared = problems(make_table({"id", "Company"}, {{"x", "Acme"}, {"x", "Beta"}}));
    REQUIRE(shared.size() == 1);
    CHECK(shared[0].pointer == "line 3, column 1 (id)");
    CHECK(shared[0].message ==
          "the id \"x\" of \"Beta\" is also the id of \"Acme\" on line 2; give each company its "
          "own");
}

TEST_CASE("import map: new clients get ids from their names, unique and stable") {
    auto result = map(make_table({"Company"}, {{"ACME Co., Ltd."},
                                               {"株式会社ＡＢＣ"},
                                               {"Acme 東京"},
                                               {"山田商事"},
                                               {"The Very Long Company Name Of Many Words KK"},
                                               {"Corp"},
                                               {"東京物産"}}));
    const std::vector<ExistingClient> existing{{"c007", "Old", 0}, {"abc", "Other ABC", 1}};
    const auto first = match_and_assign_ids(result.clients, existing);
    CHECK(first == std::vector<std::optional<std::size_t>>(7));
    std::vector<std::string> ids;
    for (const auto& client : result.clients) ids.push_back(client.id);
    CHECK(ids == std::vector<std::string>{"acme", "abc-2", "acme-2", "c008",
                                          "the-very-long-company-na", "corp", "c009"});
    auto again = map(make_table({"Company"}, {{"ACME Co., Ltd."},
                                              {"株式会社ＡＢＣ"},
                                              {"Acme 東京"},
                                              {"山田商事"},
                                              {"The Very Long Company Name Of Many Words KK"},
                                              {"Corp"},
                                              {"東京物産"}}));
    match_and_assign_ids(again.clients, existing);
    for (std::size_t i = 0; i < ids.size(); ++i) CHECK(again.clients[i].id == ids[i]);
}

TEST_CASE("import map: accented Latin letters keep their letter in the id") {
    auto result = map(make_table(
        {"Company"},
        {{"Café Rouge Ltd"}, {"Brontë & Søns"}, {"Straße Œuvre GmbH"}, {"Ærø × Ñandú"}}));
    match_and_assign_ids(result.clients, {});
    std::vector<std::string> ids;
    for (const auto& client : result.clients) ids.push_back(client.id);
    CHECK(ids ==
          std::vector<std::string>{"cafe-rouge", "bronte-sons", "strasse-oeuvre", "aero-nandu"});
}

TEST_CASE("import map: many names with one id count on") {
    std::vector<std::vector<std::string>> rows;
    const char* kanji[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    for (int i = 0; i < 5'000; ++i) {
        std::string branch = "Acme 支店";
        for (char digit : std::to_string(i)) branch += kanji[digit - '0'];
        rows.push_back({branch});
    }
    auto result = map(make_table({"Company"}, rows));
    match_and_assign_ids(result.clients, std::vector<ExistingClient>{{"acme-3", "Other", 0}});
    CHECK(result.clients[0].id == "acme");
    CHECK(result.clients[1].id == "acme-2");
    CHECK(result.clients[2].id == "acme-4");
    CHECK(result.clients[4'999].id == "acme-5001");
}

TEST_CASE("import map: ids count on from the highest cNNN in use, export ids included") {
    auto result = map(make_table({"id", "Company"}, {{"c012", "日本商事"}, {"", "大阪物産"}}));
    const auto matches =
        match_and_assign_ids(result.clients, std::vector<ExistingClient>{{"c003", "x", 0}});
    CHECK(matches == std::vector<std::optional<std::size_t>>(2));
    CHECK(result.clients[0].id == "c012");
    CHECK(result.clients[1].id == "c013");
    auto fresh = map(make_table({"Company"}, {{"日本商事"}}));
    match_and_assign_ids(fresh.clients, {});
    CHECK(fresh.clients[0].id == "c001");
}

TEST_CASE("import map: imported clients match existing ones by id, then by name") {
    auto result = map(
        make_table({"id", "Company"}, {{"", "ＡＣＭＥ  Inc"}, {"b", "Renamed Beta"}, {"", "New"}}));
    const std::vector<ExistingClient> existing{
        {"beta", "Beta", 0}, {"acme", "acme inc", 1}, {"b", "Old B", 2}};
    const auto matches = match_and_assign_ids(result.clients, existing);
    CHECK(matches == std::vector<std::optional<std::size_t>>{1, 2, std::nullopt});
    CHECK(result.clients[0].id == "acme");
    CHECK(result.clients[1].id == "b");
    CHECK(result.clients[2].id == "new");
}

TEST_CASE("import map: an existing client is updated by one imported client only") {
    auto result = map(make_table({"id", "Company"}, {{"acme", "Acme Japan"}, {"", "Acme"}}));
    const std::vector<ExistingClient> existing{{"acme", "Acme", 4}};
    const auto matches = match_and_assign_ids(result.clients, existing);
    CHECK(matches == std::vector<std::optional<std::size_t>>{0, std::nullopt});
    CHECK(result.clients[0].id == "acme");
    CHECK(result.clients[1].id == "acme-2");
}

TEST_CASE("import map: name keys fold case, width and runs of spaces") {
    CHECK(import_name_key("  ACME   Inc ") == "acme");
    CHECK(import_name_key("  ACME   Ink ") == "acme ink");
    CHECK(import_name_key("ＡＣＭＥ　Ｉｎｋ") == "acme ink");
    CHECK(import_name_key("株式会社１２３") == "123");
    CHECK(import_name_key("Acme\tInc") == "acme");
    CHECK(import_name_key("Acme\tInk") == "acme ink");
}

TEST_CASE("import map: name keys leave out the marks of a legal form") {
    for (const char* name : {"北工業株式会社", "株式会社北工業", "北工業(株)", "北工業（株）",
                             "(株)北工業", "北工業㈱", "北工業 株式会社", "株式会社　北工業"}) {
        INFO(name);
        CHECK(import_name_key(name) == "北工業");
    }
    for (const char* name :
         {"南商店有限会社", "南商店(有)", "南商店（有）", "南商店㈲", "有限会社南商店"}) {
        INFO(name);
        CHECK(import_name_key(name) == "南商店");
    }
    for (const char* name : {"西企画合同会社", "西企画(同)", "西企画（同）", "合同会社 西企画"}) {
        INFO(name);
        CHECK(import_name_key(name) == "西企画");
    }
    for (const char* name :
         {"Acme", "Acme Inc", "Acme Inc.", "Acme, Inc.", "ACME LTD", "Acme Ltd.", "Acme Co., Ltd.",
          "Acme Co.,Ltd.", "Acme LLC", "Acme Corp", "Acme Corp.", "Acme Corporation", "Acme Co",
          "Acme KK", "Acme GmbH", "Acme plc", "Acme Limited", "ＡＣＭＥ　Ｉｎｃ．"}) {
        INFO(name);
        CHECK(import_name_key(name) == "acme");
    }
    // Only whole words at the end: inside a word, or before other words, they stay.
    CHECK(import_name_key("Acmeinc") == "acmeinc");
    CHECK(import_name_key("Disco") == "disco");
    CHECK(import_name_key("Inc Partners") == "inc partners");
    CHECK(import_name_key("Acme Company") == "acme company");
    CHECK(import_name_key("株式会社北工業東京支店") == "北工業東京支店");
    CHECK(import_name_key("北工業(株式)") == "北工業(株式)");
    // A name that is nothing but a legal form keeps it.
    CHECK(import_name_key("株式会社") == "株式会社");
    CHECK(import_name_key("Limited") == "limited");
    CHECK(import_name_key("Co., Ltd.") == "co., ltd.");
    // Line breaks inside a name are a space.
    CHECK(import_name_key("Acme\nHoldings") == "acme holdings");
    CHECK(import_name_key("Acme\r\n  Holdings\nLtd") == "acme holdings");
}

TEST_CASE("import map: rows of one company with different legal-form marks are one client") {
    const auto result = map(make_table({"会社名", "フェーズ"}, {{"北工業株式会社", "提案中"},
                                                                {"北工業(株)", "商談中"},
                                                                {"Acme\nHoldings", "won"},
                                                                {"Acme Holdings Inc.", "won"},
                                                                {"南工業(株)", "提案"}}));
    REQUIRE(result.clients.size() == 3);
    CHECK(result.clients[0].name == "北工業株式会社");
    CHECK(result.clients[0].lines == std::vector<std::size_t>{2, 3});
    CHECK(result.clients[0].stage == Stage::negotiation);
    CHECK(result.clients[1].lines == std::vector<std::size_t>{4, 5});
    CHECK(result.clients[2].name == "南工業(株)");
}

TEST_CASE("import map: an existing client matches whatever its legal-form mark") {
    auto result = map(make_table({"会社名"}, {{"北工業(株)"}, {"Harbor Co., Ltd."}, {"北工業"}}));
    const std::vector<ExistingClient> existing{{"kita", "北工業株式会社", 0},
                                               {"harbor", "Harbor", 1}};
    const auto matches = match_and_assign_ids(result.clients, existing);
    // The third is the same company as the first, and is one client with it.
    REQUIRE(result.clients.size() == 2);
    CHECK(matches == std::vector<std::optional<std::size_t>>{0, 1});
    CHECK(result.clients[0].id == "kita");
    CHECK(result.clients[1].id == "harbor");
}

// ---- --map and --stage values ----------------------------------------------------------

TEST_CASE("import map: --map and --stage values are pairs split at the first '='") {
    using Pairs = std::vector<std::pair<std::string, std::string>>;
    CHECK(parse_assignments("取引先名称=name, Phase = stage", "--map", Lang::en) ==
          Pairs{{"取引先名称", "name"}, {"Phase", "stage"}});
    CHECK(parse_assignments("a=b=c", "--map", Lang::en) == Pairs{{"a", "b=c"}});
    const auto message = [](std::string_view text, Lang lang = Lang::en) {
        try {
            parse_assignments(text, "--stage", lang);
        } catch (const UsageError& error) {
            return std::string(error.what());
        }
        return std::string("no error");
    };
    const std::string expects =
        "--stage expects \"Value=stage\" pairs such as --stage \"Hot=closing\", separated by "
        "commas; found ";
    CHECK(message("Verbal OK") == expects + "\"Verbal OK\"");
    CHECK(message("a=b,,c=d") == expects + "\"\"");
    CHECK(message("a=b,") == expects + "\"\"");
    CHECK(message("=won") == expects + "\"=won\"");
    CHECK(message("x=") == expects + "\"x=\"");
    CHECK(message("") == expects + "\"\"");
    CHECK(message("\x1b[2Jx") == expects + "\"\\u001B[2Jx\"");
    CHECK(message("x", Lang::ja) ==
          "--stage には \"値=段階\"(例: --stage \"Aヨミ=closing\")をカンマ区切りでご指定ください。"
          "ご指定の値: 「x」");
    const auto map_message = [](std::string_view text, Lang lang) {
        try {
            parse_assignments(text, "--map", lang);
        } catch (const UsageError& error) {
            return std::string(error.what());
        }
        return std::string("no error");
    };
    CHECK(map_message("顧客名", Lang::en) ==
          "--map expects \"Header=field\" pairs such as --map \"Firm=name\", separated by commas; "
          "found \"顧客名\"");
    CHECK(map_message("顧客名", Lang::ja) ==
          "--map には \"見出し=項目\"(例: --map \"得意先=name\")をカンマ区切りでご指定ください。"
          "ご指定の値: 「顧客名」");
}

TEST_CASE(
    "import map: value errors say what cannot be read and how to write it, in Japanese "
    "too") {
    const auto ja = [](std::vector<std::string> header, std::vector<std::string> row) {
        const auto found = problems(make_table(std::move(header), {std::move(row)}), {}, Lang::ja);
        REQUIRE(found.size() == 1);
        return found[0].message;
    };
    CHECK(ja({"会社名", "フェーズ", "完了予定日"}, {"A社", "提案", "12月8日頃"}) ==
          "「12月8日頃」を日付として読み取れません。2026/12/08 のように西暦でご入力ください");
    CHECK(ja({"会社名", "金額"}, {"A社", "約120万"}) ==
          "「約120万」を金額として読み取れません。1,200,000 や 120万円 "
          "のように数字でご入力ください(未定の場合は空欄にしてください)");
    CHECK(ja({"会社名", "金額"}, {"A社", "-5"}) ==
          "「-5」は負の金額のため取り込めません。0 以上の金額をご入力ください");
    CHECK(ja({"会社名", "関係"}, {"A社", "微妙"})
              .starts_with("「微妙」は読み取れません。次のいずれかでご入力ください: strong"));
    CHECK(ja({"会社名", "フェーズ", "完了予定日"}, {"A社", "提案", "2026-02-30"}) ==
          "「2026-02-30」は暦にない日付のため読み取れません。月と日をご確認ください");
    // No message blames the user for what the spreadsheet holds.
    for (const auto& key : {"import.map.date_format", "import.map.amount", "import.map.choice",
                            "import.map.amount_negative", "import.map.date_unreal"}) {
        INFO(key);
        CHECK(std::string(tr(Lang::ja, key)).find("指定されています") == std::string::npos);
        CHECK(std::string(tr(Lang::ja, key)).find("指定してください") == std::string::npos);
        CHECK(std::string(tr(Lang::ja, key)).find("入力してください") == std::string::npos);
    }
}

// ---- docs/import.md --------------------------------------------------------------------

TEST_CASE("import map: docs/import.md lists every header, stage word and value word") {
    const std::string docs =
        read_text(std::filesystem::path(HANDOVER_SOURCE_DIR) / "docs" / "import.md");
    REQUIRE(!docs.empty());
    for (const auto& synonym : import_header_synonyms()) {
        INFO(synonym.header);
        CHECK(docs.find("`" + std::string(synonym.header) + "`") != std::string::npos);
    }
    for (const auto& word : import_stage_words()) {
        INFO(word.word);
        CHECK(docs.find("`" + std::string(word.word) + "`") != std::string::npos);
    }
    for (const auto& word : import_value_words()) {
        INFO(word.word);
        CHECK(docs.find("`" + std::string(word.word) + "`") != std::string::npos);
    }
    // Each word sits in the row of its own field or stage: "| `name` | `会社名`, ... |".
    std::istringstream lines(docs);
    std::map<std::string, std::string> row_of;  // `word` -> the first cell of its row
    for (std::string line; std::getline(lines, line);) {
        if (!line.starts_with("| `")) continue;
        const std::size_t end = line.find(" |", 2);
        const std::string head = line.substr(2, end - 2);
        std::size_t at = end;
        while ((at = line.find('`', at)) != std::string::npos) {
            const std::size_t close = line.find('`', at + 1);
            if (close == std::string::npos) break;
            row_of.emplace(line.substr(at, close - at + 1) + "@" + head.substr(1, head.size() - 2),
                           head);
            at = close + 1;
        }
    }
    for (const auto& synonym : import_header_synonyms()) {
        INFO(synonym.header);
        CHECK(row_of.contains("`" + std::string(synonym.header) + "`@" +
                              std::string(to_string(synonym.field))));
    }
    for (const auto& word : import_stage_words()) {
        INFO(word.word);
        CHECK(row_of.contains("`" + std::string(word.word) + "`@" +
                              std::string(to_string(word.stage))));
    }
}

// ---- Speed -----------------------------------------------------------------------------

namespace {

Table big_table(std::size_t rows) {
    std::vector<std::vector<std::string>> cells;
    const char* stages[] = {"Prospecting", "Closed Won", "商談中", "Closed Lost", "取引中"};
    for (std::size_t i = 0; i < rows; ++i) {
        cells.push_back(
            {fmt::format("Company {}", i / 3), stages[i % 5],
             fmt::format("2026/{}/{}", 1 + i % 12, 1 + i % 28),
             i % 2 ? fmt::format("¥{}", (100 + i) * 1000) : fmt::format("{}万円", 100 + i),
             fmt::format("Deal {}", i), "Sato"});
    }
    return make_table(
        {"Account Name", "Stage", "Close Date", "Amount", "Opportunity Name", "Contact"},
        std::move(cells));
}

}  // namespace

TEST_CASE("import map: 10,000 rows map into clients") {
    auto result = map(big_table(10'000));
    CHECK(result.rows == 10'000);
    REQUIRE(result.clients.size() == 3334);
    match_and_assign_ids(result.clients, {});
    CHECK(result.clients[0].id == "company-0");
    CHECK(result.clients[3333].id == "company-3333");
}

// Not run by ctest: prints how long 10,000 rows take (`handover_unit_tests "[.speed]"`).
TEST_CASE("import map: time to map 10,000 rows", "[.speed]") {
    const Table table = big_table(10'000);
    const auto start = std::chrono::steady_clock::now();
    auto result = map(table);
    match_and_assign_ids(result.clients, {});
    const auto elapsed = std::chrono::steady_clock::now() - start;
    std::cout << "map_table + match_and_assign_ids, 10,000 rows: "
              << std::chrono::duration<double, std::milli>(elapsed).count() << " ms\n";
    CHECK(result.clients.size() == 3334);
}

TEST_CASE("import map: Japanese era dates and a month alone") {
    // 令和 began in 2019 (元年), 平成 in 1989.
    CHECK(date_of("令和8年12月8日") == day("2026-12-08"));
    CHECK(date_of("令和元年5月1日") == day("2019-05-01"));
    CHECK(date_of("R8.12.8") == day("2026-12-08"));
    CHECK(date_of("r8/12/8") == day("2026-12-08"));
    CHECK(date_of("平成30年4月1日") == day("2018-04-01"));
    CHECK(date_of("H30/4/1") == day("2018-04-01"));
    // A month alone is its last day: a 受注予定月 is "by the end of December".
    CHECK(date_of("2026年12月") == day("2026-12-31"));
    CHECK(date_of("2026年12月末") == day("2026-12-31"));
    CHECK(date_of("2027/2") == day("2027-02-28"));
    CHECK(date_of("2028-02") == day("2028-02-29"));
    CHECK(date_of("令和9年2月") == day("2027-02-28"));
    // Not a month: 13, or a month with a stray letter.
    CHECK_FALSE(
        problems(make_table({"Company", "Stage", "Close Date"}, {{"Acme", "proposal", "2026/13"}}))
            .empty());
    CHECK_FALSE(
        problems(make_table({"Company", "Stage", "Close Date"}, {{"Acme", "proposal", "2026/1x"}}))
            .empty());
}

TEST_CASE("import map: a cell that says it is not known yet is an empty cell") {
    for (const char* unknown : {"未定", "TBD", "tbc", "N/A", "-", "ー", "不明"}) {
        INFO(unknown);
        CHECK_FALSE(date_of(unknown).has_value());
        CHECK_FALSE(amount_of(unknown).has_value());
    }
    // A word that merely contains one is still an error.
    CHECK_FALSE(problems(make_table({"Company", "Amount"}, {{"Acme", "未定の見込み"}})).empty());
}

TEST_CASE("import map: amounts in two currencies are told, one currency is not") {
    const auto currency_notices = [](const ImportResult& result) {
        std::vector<std::string> out;
        for (const auto& notice : result.notices) {
            if (notice.find("currency") != std::string::npos) out.push_back(notice);
        }
        return out;
    };
    const auto mixed = map(make_table({"Company", "Amount"}, {{"Acme", "$410,000"},
                                                              {"Beta", "410000"},
                                                              {"Café Rouge", "£75,000"},
                                                              {"Delta", "USD 5,000"}}));
    const auto told = currency_notices(mixed);
    REQUIRE(told.size() == 1);
    CHECK(told[0].starts_with(
        "The amounts are in more than one currency (USD from line 2, GBP from line 4)"));
    const auto one = map(make_table(
        {"Company", "Amount"}, {{"Acme", "$410,000"}, {"Beta", "410000"}, {"Delta", "USD 5"}}));
    CHECK(currency_notices(one).empty());
    const auto yen = map(make_table(
        {"会社名", "金額"}, {{"A社", "¥1,200,000"}, {"B社", "120万円"}, {"C社", "JPY 300"}}));
    CHECK(currency_notices(yen).empty());
}

TEST_CASE("import map: the rows of one kintone record count its deal once") {
    // Record 101 has two rows of its activity table; its fields repeat on the second.
    const auto result = map(
        make_table({"レコードの開始行", "レコード番号", "顧客名", "ステータス", "金額", "対応内容"},
                   {{"*", "101", "株式会社山田製作所", "見積提出済", "1,200,000", "初回訪問"},
                    {"", "101", "株式会社山田製作所", "見積提出済", "1,200,000", "見積提出"},
                    {"*", "102", "株式会社山田製作所", "受注", "300,000", ""},
                    {"*", "103", "北光物産", "失注", "500,000", ""}}));
    REQUIRE(result.clients.size() == 2);
    const ImportedClient& yamada = result.clients[0];
    CHECK(yamada.stage == Stage::negotiation);
    CHECK(yamada.value == 1200000.0);  // not 2,400,000
    CHECK(yamada.lines.size() == 3);
    // Without the column, the same rows are two deals.
    const auto plain = map(make_table({"顧客名", "ステータス", "金額"},
                                      {{"株式会社山田製作所", "見積提出済", "1,200,000"},
                                       {"株式会社山田製作所", "見積提出済", "1,200,000"}}));
    CHECK(plain.clients.at(0).value == 2400000.0);
    // A lost record with one row stays dormant.
    CHECK(result.clients[1].stage == Stage::dormant);
}

TEST_CASE("import map: a totals row with its label outside the company column is left out") {
    const auto result = map(make_table({"商談 所有者", "取引先名", "金額"},
                                       {{"佐藤", "A社", "100"}, {"合計", "", "100"}}));
    REQUIRE(result.clients.size() == 1);
    // A row with no company and no totals word is still an error.
    CHECK_FALSE(problems(make_table({"商談 所有者", "取引先名", "金額"},
                                    {{"佐藤", "A社", "100"}, {"佐藤", "", "100"}}))
                    .empty());
}
