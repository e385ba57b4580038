// Real consumers read what handover writes: a GFM renderer (cmark-gfm), an iCalendar
// parser (python3-icalendar) and Python's csv module. scripts/test installs them; they
// are part of the suite, not optional.
#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

struct Shell {
    int status;
    std::string out;
};

/// Runs a shell command and captures its standard output.
Shell shell(const std::string& command) {
    Shell result{-1, {}};
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return result;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
    result.status = ::pclose(pipe);
    return result;
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t found = 0;
    for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1))
        ++found;
    return found;
}

nlohmann::json plan_json(const std::string& example, const std::string& lang) {
    const auto result = e2e::run_handover(
        {"plan", e2e::source_file("examples/" + example), "--format", "json", "--lang", lang});
    REQUIRE(result.exit_code <= 1);
    return nlohmann::json::parse(result.out);
}

// Debian's interpreter has python3-icalendar; a python3 earlier on PATH may not.
const char* k_python = "/usr/bin/python3";

}  // namespace

TEST_CASE("consumers: cmark-gfm renders every task as a checkbox item") {
    for (const std::string example : {"ja-closing-deal.json", "en-team.json"}) {
        for (const std::string lang : {"en", "ja"}) {
            e2e::TempDir dir;
            const auto md = e2e::run_handover({"plan", e2e::source_file("examples/" + example),
                                               "--format", "markdown", "--with-docs", "--audience",
                                               "self", "--lang", lang, "-o", dir.file("plan.md")});
            REQUIRE(md.exit_code <= 1);
            const Shell html =
                shell("cmark-gfm --extension tasklist --extension table " + dir.file("plan.md"));
            INFO(example << " " << lang);
            REQUIRE(html.status == 0);
            const auto tasks = plan_json(example, lang)["tasks"];
            CHECK(count(html.out, "<input type=\"checkbox\"") == tasks.size());
            std::size_t done = 0;
            for (const auto& t : tasks) done += t["status"] == "done" ? 1 : 0;
            CHECK(count(html.out, "checked=\"\"") == done);
        }
    }
}

TEST_CASE("consumers: python's icalendar finds one event per dated task") {
    for (const std::string example : {"ja-closing-deal.json", "en-team.json"}) {
        e2e::TempDir dir;
        const auto ics =
            e2e::run_handover({"plan", e2e::source_file("examples/" + example), "--format", "ics",
                               "--lang", "ja", "-o", dir.file("plan.ics")});
        REQUIRE(ics.exit_code <= 1);
        const std::string script =
            "import sys, icalendar\n"
            "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
            "events = [e for e in cal.walk('VEVENT')]\n"
            "uids = set(str(e['UID']) for e in events)\n"
            "assert len(uids) == len(events)\n"
            "assert all(str(e['CLASS']) == 'PRIVATE' for e in events)\n"
            "alarms = [a for e in events for a in e.walk('VALARM')]\n"
            "assert alarms and all(str(a['ACTION']) == 'DISPLAY' for a in alarms)\n"
            "assert all(a.decoded('TRIGGER').total_seconds() < 0 for a in alarms)\n"
            "print(len(events))\n";
        e2e::write_file(dir.file("check.py"), script);
        const Shell out =
            shell(std::string(k_python) + " " + dir.file("check.py") + " " + dir.file("plan.ics"));
        INFO(example << ": " << out.out);
        REQUIRE(out.status == 0);
        const nlohmann::json plan = plan_json(example, "ja");
        std::size_t dated = 0;
        for (const auto& t : plan["tasks"]) dated += t["date"].is_null() ? 0 : 1;
        CHECK(std::stoul(out.out) == dated + 1);  // and the last working day
    }
}

TEST_CASE("consumers: python's csv module reads the rows back") {
    for (const std::string example : {"ja-closing-deal.json", "en-team.json"}) {
        e2e::TempDir dir;
        const auto csv =
            e2e::run_handover({"plan", e2e::source_file("examples/" + example), "--format", "csv",
                               "--excel", "--lang", "ja", "-o", dir.file("plan.csv")});
        REQUIRE(csv.exit_code <= 1);
        // Every row has the header's width; the ids column matches the plan's task ids.
        const std::string script =
            "import csv, json, sys\n"
            "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))\n"
            "width = len(rows[0])\n"
            "assert all(len(r) == width for r in rows), 'ragged rows'\n"
            "print(json.dumps([r[0] for r in rows[1:]]))\n";
        e2e::write_file(dir.file("check.py"), script);
        const Shell out =
            shell(std::string(k_python) + " " + dir.file("check.py") + " " + dir.file("plan.csv"));
        INFO(example << ": " << out.out);
        REQUIRE(out.status == 0);
        const nlohmann::json plan = plan_json(example, "ja");
        std::vector<std::string> ids;
        for (const auto& t : plan["tasks"]) ids.push_back(t["id"]);
        CHECK(nlohmann::json::parse(out.out).get<std::vector<std::string>>() == ids);
    }
}
