// Every file in tests/data/bad is refused with exit code 2 and the message its README
// promises. The README is the list: a fixture without a row there fails, and so does a
// row without a fixture.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

struct Expectation {
    std::string pointer;  ///< empty when the README says (file) or several
    std::vector<std::string> key_words;
};

/// The text between each pair of backticks.
std::vector<std::string> quoted(const std::string& cell) {
    std::vector<std::string> items;
    std::size_t pos = 0;
    while (true) {
        const auto open = cell.find('`', pos);
        if (open == std::string::npos) break;
        const auto close = cell.find('`', open + 1);
        if (close == std::string::npos) break;
        items.push_back(cell.substr(open + 1, close - open - 1));
        pos = close + 1;
    }
    return items;
}

std::vector<std::string> cells(const std::string& row) {
    std::vector<std::string> result;
    std::stringstream in(row);
    std::string cell;
    std::getline(in, cell, '|');  // before the first bar
    while (std::getline(in, cell, '|')) result.push_back(cell);
    return result;
}

/// Rows of the README table `| file | pointer | key words | schema |`, by file name.
std::map<std::string, Expectation> readme_table() {
    std::map<std::string, Expectation> table;
    std::stringstream in(e2e::read_file(e2e::data_file("bad/README.md")));
    std::string line;
    while (std::getline(in, line)) {
        if (!line.starts_with("| `")) continue;
        const auto columns = cells(line);
        if (columns.size() < 3) continue;
        const auto names = quoted(columns[0]);
        if (names.empty()) continue;
        Expectation expectation;
        const auto pointers = quoted(columns[1]);
        if (!pointers.empty()) {
            expectation.pointer = pointers.front();
            // A pointer cut short with an ellipsis (a very deep one) is checked as a prefix.
            const std::string ellipsis = "…";
            if (expectation.pointer.ends_with(ellipsis)) {
                expectation.pointer.resize(expectation.pointer.size() - ellipsis.size());
            }
        }
        expectation.key_words = quoted(columns[2]);
        table[names.front()] = expectation;
    }
    return table;
}

std::string name_of(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

}  // namespace

TEST_CASE("bad inputs: the README lists exactly the files in tests/data/bad") {
    const auto table = readme_table();
    const auto files = e2e::json_files_in(e2e::data_file("bad"));
    REQUIRE_FALSE(files.empty());
    for (const auto& file : files) {
        INFO(file);
        CHECK(table.contains(name_of(file)));
    }
    for (const auto& [name, expectation] : table) {
        INFO(name);
        CHECK(std::filesystem::exists(e2e::data_file("bad/" + name)));
        CHECK_FALSE(expectation.key_words.empty());
    }
}

TEST_CASE("bad inputs: each is refused with exit code 2 and the promised message") {
    const auto table = readme_table();
    for (const auto& file : e2e::json_files_in(e2e::data_file("bad"))) {
        const auto row = table.find(name_of(file));
        if (row == table.end()) continue;  // reported by the test above
        const auto result =
            e2e::run_handover({"check", file, "--today", e2e::k_today, "--lang", "en"});
        INFO(file << "\nstderr:\n" << result.err);
        CHECK(result.exit_code == 2);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Catch::StartsWith(file + ": "));
        CHECK_THAT(result.err, !Catch::Contains("internal error"));
        if (!row->second.pointer.empty()) {
            CHECK_THAT(result.err, Catch::Contains(file + ": " + row->second.pointer));
        }
        for (const auto& word : row->second.key_words)
            CHECK_THAT(result.err, Catch::Contains(word));
    }
}

TEST_CASE("bad inputs: every problem is reported at once, each on its own line") {
    const std::string file = e2e::data_file("bad/multiple-problems.json");
    const auto result = e2e::run_handover({"check", file, "--today", e2e::k_today});
    CHECK(result.exit_code == 2);
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 6);
}

TEST_CASE("bad inputs: the messages are in Japanese with --lang ja") {
    const std::string file = e2e::data_file("bad/bad-stage.json");
    const auto result = e2e::run_handover({"check", file, "--today", e2e::k_today, "--lang", "ja"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("(顧客 \"acme\")"));
    CHECK_THAT(result.err, Catch::Contains("「closing」の誤りではありませんか?"));
}

TEST_CASE("bad inputs: plan and drafts refuse them the same way, writing nothing") {
    e2e::TempDir dir;
    const std::string file = e2e::data_file("bad/unknown-key.json");
    const std::string out = dir.file("plan.md");
    const auto plan = e2e::run_handover({"plan", file, "--today", e2e::k_today, "-o", out});
    CHECK(plan.exit_code == 2);
    CHECK_THAT(plan.err, Catch::Contains("did you mean \"relationship\"?"));
    CHECK_FALSE(std::filesystem::exists(out));
    const auto drafts = e2e::run_handover({"drafts", file, "--today", e2e::k_today});
    CHECK(drafts.exit_code == 2);
    CHECK(drafts.out.empty());
}

TEST_CASE("bad inputs: a missing file is an input error") {
    const auto result = e2e::run_handover({"check", "/nonexistent/clients.json"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("/nonexistent/clients.json"));
}
