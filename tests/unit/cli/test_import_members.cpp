// Tests of src/cli/import_members.cpp: what `handover import` writes of a client, new or
// updating one already in the file.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "handover/cli/import_members.hpp"
#include "handover/input/input.hpp"

using namespace handover;

namespace {

std::string joined(const std::vector<MemberText>& members) {
    std::string out;
    for (const MemberText& m : members) out += m.key + "=" + m.json + ";";
    return out;
}

/// The first client of a file with these members.
Input file_with(const std::string& client) {
    return parse_input(
        R"({"version": 1, "me": {"name": "Me"}, "manager": {"name": "Boss"}, "today": "2026-11-20",
        "last_day": "2026-12-25", "clients": [)" +
            client + "]}",
        "clients.json");
}

}  // namespace

TEST_CASE("import members: a new client has an id, a name, a stage and what the export had") {
    ImportedClient c;
    c.id = "acme";
    c.name = "Acme \"Quoted\" Corp";
    c.value = 1200000;
    c.expected_close = *parse_iso_date("2026-12-08");
    c.history = {"2026-04 won: Support"};
    CHECK(joined(client_members(c, nullptr)) ==
          "id=\"acme\";name=\"Acme \\\"Quoted\\\" Corp\";stage=\"active\";"
          "expected_close=\"2026-12-08\";value=1200000;history=[\"2026-04 won: Support\"];");
    c.stage = Stage::closing;
    c.value = 0.5;
    c.change_averse = false;
    c.handover_notes = "line one\nline two";
    CHECK(joined(client_members(c, nullptr)) ==
          "id=\"acme\";name=\"Acme \\\"Quoted\\\" Corp\";stage=\"closing\";"
          "expected_close=\"2026-12-08\";value=0.5;change_averse=false;"
          "handover_notes=\"line one\\nline two\";history=[\"2026-04 won: Support\"];");
    // The largest amount a file takes is still written as a whole number.
    c.value = 1e15;
    CHECK(joined(client_members(c, nullptr)).find("value=1000000000000000;") != std::string::npos);
}

TEST_CASE("import members: an update sets only what differs, and adds history lines") {
    const Input input = file_with(R"({"id": "kita", "name": "北工業", "contact": "北村 様",
        "stage": "negotiation", "expected_close": "2027-01-20", "value": 8000000,
        "history": ["2026-09 見積提出", "2026-10 成立: 保守"]})");
    const Client& existing = input.clients.at(0);
    ImportedClient c;
    c.id = "c001";
    c.name = "北工業";
    c.contact = "北村 様";
    c.stage = Stage::negotiation;
    c.expected_close = *parse_iso_date("2027-01-20");
    c.value = 8000000;
    c.history = {"2026-10 成立: 保守"};
    CHECK(client_members(c, &existing).empty());
    // One more day, one more yen, one new history line: those three, the old lines kept.
    c.expected_close = *parse_iso_date("2027-01-21");
    c.value = 8000001;
    c.history = {"2026-10 成立: 保守", "2026-11 不成立: 増設"};
    CHECK(joined(client_members(c, &existing)) ==
          "expected_close=\"2027-01-21\";value=8000001;"
          "history=[\"2026-09 見積提出\", \"2026-10 成立: 保守\", \"2026-11 不成立: 増設\"];");
    // A client without a stage in the export keeps the file's; the name of a client matched
    // by name is never rewritten.
    c = {};
    c.name = "北工業 ";
    CHECK(client_members(c, &existing).empty());
    // Matched by an export id, a new name is the newer one.
    c.id = "kita";
    c.id_from_export = true;
    c.name = "北工業ホールディングス";
    CHECK(joined(client_members(c, &existing)) == "name=\"北工業ホールディングス\";");
    // A name that differs only by the mark of its legal form is the same name.
    c.name = "北工業株式会社";
    CHECK(client_members(c, &existing).empty());
}

TEST_CASE("import members: the file's notes are never replaced, only added to") {
    const Input input = file_with(R"({"id": "acme", "name": "株式会社アクメ", "stage": "closing",
        "contact": "山田 太郎 様",
        "handover_notes": "価格改定は山田部長と口頭で合意済み(書面は未取り交わし)。",
        "notes": "私的なメモ"})");
    const Client& existing = input.clients.at(0);
    ImportedClient c;
    c.name = "株式会社アクメ";
    c.handover_notes = "契約書は法務確認中";
    c.notes = "私的なメモ";
    CHECK(joined(client_members(c, &existing)) ==
          "handover_notes=\"価格改定は山田部長と口頭で合意済み(書面は未取り交わし)。\\n"
          "契約書は法務確認中\";");
    // A line the file already holds adds nothing.
    c.handover_notes = "価格改定は山田部長と口頭で合意済み(書面は未取り交わし)。";
    CHECK(client_members(c, &existing).empty());
}

TEST_CASE("import members: a contact differing only by an honorific keeps the file's form") {
    const Input input = file_with(R"({"id": "acme", "name": "Acme", "stage": "active",
        "contact": "山田 太郎 様"},
        {"id": "globex", "name": "Globex", "stage": "active", "contact": "Mr. Adams"})");
    ImportedClient c;
    c.name = "Acme";
    for (const char* same : {"山田 太郎", "山田 太郎様", "山田 太郎 さま", " 山田 太郎 "}) {
        INFO(same);
        c.contact = same;
        CHECK(client_members(c, &input.clients.at(0)).empty());
    }
    c.contact = "山田 次郎";
    CHECK(joined(client_members(c, &input.clients.at(0))) == "contact=\"山田 次郎\";");
    // The file's surname alone is the same person as the export's full name.
    const Input surname = file_with(R"({"id": "kita", "name": "北工業", "stage": "active",
        "contact": "北村 様"})");
    c.contact = "北村 一郎";
    CHECK(client_members(c, &surname.clients.at(0)).empty());
    c.contact = "北村一郎";  // no space: another name, not the surname and more
    CHECK_FALSE(client_members(c, &surname.clients.at(0)).empty());
    c.contact = "北川 一郎";
    CHECK_FALSE(client_members(c, &surname.clients.at(0)).empty());
    c.name = "Globex";
    c.contact = "Adams";
    CHECK(client_members(c, &input.clients.at(1)).empty());
    c.contact = "Dr. Adams";
    CHECK(client_members(c, &input.clients.at(1)).empty());
    c.contact = "Lee";
    CHECK(joined(client_members(c, &input.clients.at(1))) == "contact=\"Lee\";");
}
