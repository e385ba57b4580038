#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "handover/render/render.hpp"
#include "support/export_fixture.hpp"

namespace {

using handover::Plan;
using handover::RenderOptions;
using handover::export_test::make_day;
using handover::export_test::read_csv;
using handover::export_test::sample_input;
using handover::export_test::sample_plan;
using Table = std::vector<std::vector<std::string>>;

std::string csv_of(const Plan& plan, bool excel = false, handover::Lang lang = handover::Lang::en) {
    RenderOptions options;
    options.lang = lang;
    options.format = handover::Format::csv;
    options.excel = excel;
    return handover::render_csv(plan, sample_input(), options);
}

std::string crm_of(const Plan& plan, bool excel = false, handover::Lang lang = handover::Lang::en) {
    RenderOptions options;
    options.lang = lang;
    options.format = handover::Format::crm;
    options.excel = excel;
    return handover::render_crm(plan, sample_input(), options);
}

Table table_of(const std::string& text) {
    const auto table = read_csv(text);
    REQUIRE(table);
    return *table;
}

}  // namespace

TEST_CASE("render_csv: the sample plan renders exactly as expected") {
    CHECK(csv_of(sample_plan()) ==
          "id,step,kind,title,client,client_name,date,hours,method,status,why,value,currency\r\n"
          "consult-manager,1,consult-manager,Consult your manager,,,2026-11-30,1,in_person,"
          "done,Your manager hears it first.,,\r\n"
          "interview/2026-12-03,6,interview,Interview: Foo Inc.,,,2026-12-03,3,,todo,"
          "From your job search.,,\r\n"
          "weekly-review/2026-W49,6,weekly-review,Weekly review,,,2026-12-04,0.5,,todo,"
          "Once a week.,,\r\n"
          "acme/notify,3,notify,Tell ACME Corp,acme,ACME Corp,2026-12-11,1.5,in_person,todo,"
          "The first working day after the deal closes.,,\r\n"
          "acme/follow-up,5,follow-up,Follow up,acme,ACME Corp,,1,,unscheduled,"
          "No room before the last day.,,\r\n");
}

TEST_CASE("render_csv: one row per task, every row as wide as the header") {
    const Plan plan = sample_plan();
    const Table table = table_of(csv_of(plan));
    REQUIRE(table.size() == plan.tasks.size() + 1);
    for (const auto& row : table) CHECK(row.size() == 13);
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) CHECK(table[i + 1][0] == plan.tasks[i].id);
}

TEST_CASE("render_csv: the header and values are machine names in every language") {
    Plan plan = sample_plan();
    for (const auto lang : {handover::Lang::en, handover::Lang::ja}) {
        const Table table = table_of(csv_of(plan, false, lang));
        CHECK(table[0] == std::vector<std::string>{"id", "step", "kind", "title", "client",
                                                   "client_name", "date", "hours", "method",
                                                   "status", "why", "value", "currency"});
        CHECK(table[1][8] == "in_person");
        CHECK(table[1][9] == "done");
        CHECK(table[2][9] == "todo");
        CHECK(table[5][9] == "unscheduled");
    }
}

TEST_CASE("render_csv: --excel is a spreadsheet for people in the chosen language") {
    const std::string ja = csv_of(sample_plan(), true, handover::Lang::ja);
    REQUIRE(ja.rfind("\xEF\xBB\xBF", 0) == 0);
    const Table table = table_of(ja.substr(3));
    CHECK(table[0] == std::vector<std::string>{"タスクID", "ステップ", "種類", "タスク", "顧客ID",
                                               "顧客名", "予定日", "所要時間", "方法", "状態",
                                               "理由", "金額", "通貨"});
    CHECK(table[1][8] == "対面");
    CHECK(table[1][9] == "完了");
    CHECK(table[2][8].empty());
    CHECK(table[2][9] == "未着手");
    CHECK(table[5][9] == "日程未定");
    // Ids stay as they are: they are what `handover done` takes.
    CHECK(table[4][0] == "acme/notify");

    const Table en = table_of(csv_of(sample_plan(), true).substr(3));
    CHECK(en[0] == std::vector<std::string>{"Task ID", "Step", "Kind", "Title", "Client ID",
                                            "Client", "Date", "Hours", "Method", "Status", "Why",
                                            "Value", "Currency"});
    CHECK(en[1][8] == "in person");
    CHECK(en[2][9] == "to do");
}

TEST_CASE("render_csv: awkward text reads back unchanged through an RFC 4180 reader") {
    Plan plan = sample_plan();
    plan.tasks[3].subject = "Tell \"ACME\", then lunch";
    plan.tasks[3].note = "line one\r\nline two\nline three";
    plan.clients[0].name = "株式会社アクメ, 本社";
    const Table table = table_of(csv_of(plan));
    REQUIRE(table.size() == 6);
    CHECK(table[4][3] == "Tell \"ACME\", then lunch");
    CHECK(table[4][5] == "株式会社アクメ, 本社");
    CHECK(table[4][10] == "line one\r\nline two\nline three");
}

TEST_CASE("render_csv: cells that look like formulas are neutralised") {
    Plan plan = sample_plan();
    plan.clients[0].name = "=cmd|' /C calc'!A0";
    plan.tasks[0].subject = "+1";
    plan.tasks[1].subject = "-2";
    plan.tasks[2].subject = "@SUM(A1:A9)";
    plan.tasks[3].note = "\t=1";
    const Table table = table_of(csv_of(plan));
    CHECK(table[1][3] == "'+1");
    CHECK(table[2][3] == "'-2");
    CHECK(table[3][3] == "'@SUM(A1:A9)");
    CHECK(table[4][5] == "'=cmd|' /C calc'!A0");
    CHECK(table[4][10] == "'\t=1");
    // Numbers are written as numbers, untouched.
    CHECK(table[4][7] == "1.5");
}

TEST_CASE("render_csv: --excel starts with a UTF-8 byte order mark and ends lines in CRLF") {
    const std::string plain = csv_of(sample_plan());
    const std::string excel = csv_of(sample_plan(), true);
    CHECK(plain.rfind("\xEF\xBB\xBF", 0) == std::string::npos);
    REQUIRE(excel.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(excel.ends_with("\r\n"));
    CHECK(handover::export_test::count(excel, "\r\n") == handover::export_test::count(excel, "\n"));
}

TEST_CASE("render_csv: the input's private notes never appear") {
    CHECK(csv_of(sample_plan()).find("PRIVATE-NOTE") == std::string::npos);
    CHECK(crm_of(sample_plan()).find("PRIVATE-NOTE") == std::string::npos);
}

TEST_CASE("render_csv: crm lists one owner change per client") {
    CHECK(crm_of(sample_plan()) ==
          "client_id,client_name,from_owner,to_owner,effective_date,stage,open_deal,"
          "expected_close,value,currency\r\n"
          "acme,ACME Corp,Yu Sato,Takeshi Suzuki,2026-12-28,closing,yes,2026-12-10,,\r\n");
}

TEST_CASE("render_csv: crm takes effect on the takeover day the drafts promise, for every client") {
    Plan plan = sample_plan();
    plan.clients[0].introduce_date = make_day(2026, 12, 16);
    handover::ClientPlan beta;
    beta.id = "beta";
    beta.name = "Beta Ltd";
    beta.stage = handover::Stage::active;
    beta.successor = "Mika Mori";
    plan.clients.push_back(beta);
    const Table table = table_of(crm_of(plan));
    REQUIRE(table.size() == 3);
    CHECK(table[1] == std::vector<std::string>{"acme", "ACME Corp", "Yu Sato", "Takeshi Suzuki",
                                               "2026-12-28", "closing", "yes", "2026-12-10", "",
                                               ""});
    CHECK(table[2] == std::vector<std::string>{"beta", "Beta Ltd", "Yu Sato", "Mika Mori",
                                               "2026-12-28", "active", "no", "", "", ""});
}

TEST_CASE("render_csv: crm open deals are negotiation and closing") {
    Plan plan = sample_plan();
    using handover::Stage;
    for (const auto& [stage, open] :
         {std::pair{Stage::prospect, false}, std::pair{Stage::proposal, false},
          std::pair{Stage::negotiation, true}, std::pair{Stage::closing, true},
          std::pair{Stage::active, false}, std::pair{Stage::renewal, false},
          std::pair{Stage::dormant, false}}) {
        plan.clients[0].stage = stage;
        CHECK(table_of(crm_of(plan))[1][6] == (open ? "yes" : "no"));
    }
}

TEST_CASE("render_csv: crm in Japanese localizes the header and yes/no") {
    Plan plan = sample_plan();
    const Table table = table_of(crm_of(plan, false, handover::Lang::ja));
    CHECK(table[0] == std::vector<std::string>{"顧客ID", "顧客名", "現担当者", "新担当者", "変更日",
                                               "商談段階", "進行中の商談", "契約予定日", "金額",
                                               "通貨"});
    CHECK(table[1][6] == "あり");
    plan.clients[0].stage = handover::Stage::dormant;
    CHECK(table_of(crm_of(plan, false, handover::Lang::ja))[1][6] == "なし");
}

TEST_CASE("render_csv: crm neutralises formulas and honours --excel") {
    Plan plan = sample_plan();
    plan.clients[0].name = "=HYPERLINK(\"http://evil\")";
    plan.me = "@me";
    const std::string text = crm_of(plan, true);
    REQUIRE(text.rfind("\xEF\xBB\xBF", 0) == 0);
    const Table table = table_of(text.substr(3));
    CHECK(table[1][1] == "'=HYPERLINK(\"http://evil\")");
    CHECK(table[1][2] == "'@me");
}

TEST_CASE("render_csv: client values are plain numbers a spreadsheet sums, beside their currency") {
    Plan plan = sample_plan();
    plan.currency = handover::Currency::USD;
    plan.clients[0].value = 1250.5;
    for (handover::Task& task : plan.tasks) {
        if (task.client.str() == "acme") task.client_at = 0;
    }
    const Table tasks = table_of(csv_of(plan));
    REQUIRE(tasks.size() == 6);
    CHECK(tasks[0][11] == "value");
    CHECK(tasks[0][12] == "currency");
    CHECK(tasks[1][11].empty());  // consult-manager: no client, no value
    CHECK(tasks[1][12].empty());
    CHECK(tasks[4][0] == "acme/notify");
    CHECK(tasks[4][11] == "1250.50");
    CHECK(tasks[4][12] == "USD");
    const Table crm = table_of(crm_of(plan));
    CHECK(crm[1][8] == "1250.50");
    CHECK(crm[1][9] == "USD");
    // A large round value: no separators, no exponent, no cents.
    plan.currency = handover::Currency::JPY;
    plan.clients[0].value = 18'500'000;
    CHECK(table_of(crm_of(plan))[1][8] == "18500000");
    CHECK(table_of(crm_of(plan))[1][9] == "JPY");
    CHECK(table_of(csv_of(plan))[4][11] == "18500000");
    // The spreadsheet for people names the columns in its language, the values stay plain.
    const Table excel = table_of(csv_of(plan, true, handover::Lang::ja).substr(3));
    CHECK(excel[0][11] == "金額");
    CHECK(excel[0][12] == "通貨");
    CHECK(excel[4][11] == "18500000");
    // No value: both cells empty.
    plan.clients[0].value = 0;
    CHECK(table_of(crm_of(plan))[1][8].empty());
    CHECK(table_of(crm_of(plan))[1][9].empty());
    CHECK(table_of(csv_of(plan))[4][12].empty());
}
