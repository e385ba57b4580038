#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "handover/base/ics_text.hpp"
#include "handover/render/render.hpp"
#include "handover/version.hpp"
#include "support/export_fixture.hpp"

namespace {

using handover::Plan;
using handover::RenderOptions;
using handover::export_test::count;
using handover::export_test::crlf_lines;
using handover::export_test::make_day;
using handover::export_test::sample_input;
using handover::export_test::sample_plan;
using handover::export_test::valid_utf8;

std::string ics_of(const Plan& plan, handover::Lang lang = handover::Lang::en) {
    RenderOptions options;
    options.lang = lang;
    return handover::render_ics(plan, sample_input(), options);
}

// Logical content lines, after unfolding.
std::vector<std::string> logical_lines(const std::string& text) {
    auto lines = crlf_lines(handover::ics::unfold(text));
    REQUIRE(lines);
    return *lines;
}

std::vector<std::string> values_of(const std::string& text, const std::string& name) {
    std::vector<std::string> values;
    for (const std::string& line : logical_lines(text)) {
        if (line.rfind(name + ":", 0) == 0) values.push_back(line.substr(name.size() + 1));
    }
    return values;
}

// The one event whose UID starts with the sanitized task id, as logical lines.
std::vector<std::string> event_of(const std::string& text, const std::string& uid_prefix) {
    std::vector<std::string> event;
    bool inside = false;
    for (const std::string& line : logical_lines(text)) {
        if (line == "BEGIN:VEVENT") {
            event = {line};
            inside = true;
        } else if (inside) {
            event.push_back(line);
            if (line == "END:VEVENT") {
                inside = false;
                for (const std::string& l : event) {
                    if (l.rfind("UID:" + uid_prefix + "-", 0) == 0) return event;
                }
            }
        }
    }
    return {};
}

std::string property(const std::vector<std::string>& event, const std::string& name) {
    for (const std::string& line : event) {
        if (line.rfind(name + ":", 0) == 0) return line.substr(name.size() + 1);
    }
    return "<missing " + name + ">";
}

void check_physical_lines(const std::string& text) {
    const auto lines = crlf_lines(text);
    REQUIRE(lines);
    for (std::size_t i = 0; i < lines->size(); ++i) {
        const std::string& line = (*lines)[i];
        INFO("physical line " << i << ": " << line);
        CHECK(line.size() <= handover::ics::k_max_line_octets);
        const bool continuation = !line.empty() && line.front() == ' ';
        CHECK(valid_utf8(continuation ? line.substr(1) : line));
    }
}

Plan japanese_plan() {
    Plan plan = sample_plan();
    plan.me = "佐藤 優";
    plan.clients[0].name = "株式会社アクメ";
    handover::Task& notify = plan.tasks[3];
    notify.subject = "株式会社アクメ様へご報告";
    notify.note = "契約締結の翌営業日に、対面で退職のご報告をいたします。";
    plan.worded_points["acme/notify"] = {
        "これまでのお取引への感謝を、最初にしっかりとお伝えいたします。",
        "最終出社日は十二月二十五日で、以降は鈴木が担当いたします、よろしくお願いいたします。",
    };
    return plan;
}

}  // namespace

TEST_CASE("render_ics: a calendar with the required properties and CRLF line ends") {
    const std::string text = ics_of(sample_plan());
    REQUIRE(crlf_lines(text));
    const auto lines = logical_lines(text);
    REQUIRE(lines.size() > 7);
    CHECK(lines[0] == "BEGIN:VCALENDAR");
    CHECK(lines[1] == "VERSION:2.0");
    CHECK(lines[2] == std::string("PRODID:-//handover//handover ") + handover::k_version + "//EN");
    CHECK(lines[3] == "CALSCALE:GREGORIAN");
    CHECK(lines[4] == "METHOD:PUBLISH");
    CHECK(lines[5] == "X-WR-CALNAME:Handover plan: Yu Sato");
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(text.substr(text.size() - 2) == "\r\n");
}

TEST_CASE("render_ics: one event per dated task and none for unscheduled ones") {
    const Plan plan = sample_plan();
    const std::string text = ics_of(plan);
    // Four dated tasks and the last working day.
    CHECK(count(text, "BEGIN:VEVENT\r\n") == 5);
    CHECK(count(text, "END:VEVENT\r\n") == 5);
    CHECK(event_of(text, "acme-follow-up").empty());
    for (const char* id :
         {"consult-manager", "interview-2026-12-03", "weekly-review-2026-W49", "acme-notify"}) {
        INFO(id);
        CHECK_FALSE(event_of(text, id).empty());
    }

    Plan empty = plan;
    empty.tasks.clear();
    CHECK(count(ics_of(empty), "BEGIN:VEVENT") == 1);
}

TEST_CASE("render_ics: all-day dates, the next day as end, today as the stamp") {
    Plan plan = sample_plan();
    plan.tasks[3].date = make_day(2026, 12, 31);
    const auto event = event_of(ics_of(plan), "acme-notify");
    CHECK(property(event, "DTSTART;VALUE=DATE") == "20261231");
    CHECK(property(event, "DTEND;VALUE=DATE") == "20270101");
    CHECK(property(event, "DTSTAMP") == "20261130T000000Z");
    CHECK(property(event, "STATUS") == "CONFIRMED");
}

TEST_CASE("render_ics: the stamp follows the plan's today, never the clock") {
    Plan plan = sample_plan();
    plan.today = make_day(2026, 12, 2);
    for (const std::string& stamp : values_of(ics_of(plan), "DTSTAMP")) {
        CHECK(stamp == "20261202T000000Z");
    }
}

TEST_CASE("render_ics: the summary names the client once and marks done tasks") {
    const std::string text = ics_of(sample_plan());
    CHECK(property(event_of(text, "consult-manager"), "SUMMARY") == "✓ Consult your manager");
    CHECK(property(event_of(text, "acme-notify"), "SUMMARY") == "Tell ACME Corp");

    Plan plan = sample_plan();
    plan.tasks[3].subject = "Tell the client";
    CHECK(property(event_of(ics_of(plan), "acme-notify"), "SUMMARY") ==
          "Tell the client (ACME Corp)");
}

TEST_CASE("render_ics: the client name comes from the input when the plan lacks it") {
    Plan plan = sample_plan();
    plan.clients.clear();
    plan.tasks[3].subject = "Tell the client";
    CHECK(property(event_of(ics_of(plan), "acme-notify"), "SUMMARY") ==
          "Tell the client (ACME Corp)");
}

TEST_CASE("render_ics: the description holds why, method, hours and talking points") {
    const auto event = event_of(ics_of(sample_plan()), "acme-notify");
    CHECK(property(event, "DESCRIPTION") ==
          "Task: acme/notify\\nWhy: The first working day after the deal closes.\\n"
          "Method: in person\\n"
          "Time needed: 1.5 h\\nTalking points:\\n- My last day is 25 Dec.\\n"
          "- Takeshi Suzuki takes over.");
    CHECK(property(event, "CATEGORIES") == "Step 3: Notify");
}

TEST_CASE("render_ics: the description names the client's value with its currency") {
    Plan plan = sample_plan();
    plan.currency = handover::Currency::GBP;
    plan.clients[0].value = 75'000;
    plan.tasks[3].client_at = 0;
    const auto event = event_of(ics_of(plan), "acme-notify");
    CHECK(property(event, "DESCRIPTION") ==
          "Task: acme/notify\\nWhy: The first working day after the deal closes.\\n"
          "Method: in person\\nValue: £75\\,000\\n"
          "Time needed: 1.5 h\\nTalking points:\\n- My last day is 25 Dec.\\n"
          "- Takeshi Suzuki takes over.");
    // No value, no line; a task of no client has none either.
    plan.clients[0].value = 0;
    CHECK(property(event_of(ics_of(plan), "acme-notify"), "DESCRIPTION").find("Value") ==
          std::string::npos);
}

TEST_CASE("render_ics: Japanese plans use Japanese labels and step names") {
    const std::string text = ics_of(japanese_plan(), handover::Lang::ja);
    const auto event = event_of(text, "acme-notify");
    CHECK(property(event, "CATEGORIES") == "ステップ3: お客様へのご報告");
    CHECK(property(event, "SUMMARY") == "株式会社アクメ様へご報告");
    CHECK(property(event, "DESCRIPTION")
              .rfind("タスクID: acme/notify\\n理由: 契約締結の翌営業日に、", 0) == 0);
    CHECK(event_of(text, "acme-follow-up").empty());
    CHECK(values_of(text, "X-WR-CALNAME") == std::vector<std::string>{"引き継ぎ計画（佐藤 優）"});
}

TEST_CASE("render_ics: long Japanese lines fold at 75 octets without breaking characters") {
    const Plan plan = japanese_plan();
    const std::string text = ics_of(plan, handover::Lang::ja);
    check_physical_lines(text);
    CHECK(text.find("\r\n ") != std::string::npos);  // something was folded

    // Unfolding and unescaping gives back the original talking points.
    const std::string description = property(event_of(text, "acme-notify"), "DESCRIPTION");
    for (const std::string& point : plan.worded_points.at("acme/notify")) {
        CHECK(description.find(handover::ics::escape_text(point)) != std::string::npos);
    }
}

TEST_CASE("render_ics: hostile text stays inside one escaped property") {
    Plan plan = sample_plan();
    const std::string evil = "Evil\r\nBEGIN:VEVENT\r\nSUMMARY:pwned;x,y\\";
    plan.clients[0].name = plan.text(evil);
    plan.tasks[3].subject = "Tell the client";
    plan.tasks[3].note = plan.text(evil);
    plan.me = evil;
    const std::string text = ics_of(plan);

    check_physical_lines(text);
    CHECK(count(text, "\r\nBEGIN:VEVENT\r\n") == 5);
    std::size_t begins = 0;
    for (const std::string& line : logical_lines(text)) {
        if (line == "BEGIN:VEVENT") ++begins;
        CHECK(line.rfind("SUMMARY:pwned", 0) != 0);
    }
    CHECK(begins == 5);
    CHECK(property(event_of(text, "acme-notify"), "SUMMARY") ==
          "Tell the client (Evil\\nBEGIN:VEVENT\\nSUMMARY:pwned\\;x\\,y\\\\)");
}

TEST_CASE("render_ics: UIDs are stable across renders and moves") {
    const std::vector<std::string> first = values_of(ics_of(sample_plan()), "UID");
    CHECK(first == values_of(ics_of(sample_plan()), "UID"));

    Plan moved = sample_plan();
    moved.tasks[3].date = make_day(2026, 12, 14);
    moved.tasks[3].subject = "Visit ACME Corp";
    moved.today = make_day(2026, 12, 1);
    CHECK(values_of(ics_of(moved), "UID") == first);
}

TEST_CASE("render_ics: UIDs differ between plans and between tasks") {
    const std::vector<std::string> first = values_of(ics_of(sample_plan()), "UID");
    CHECK(std::set<std::string>(first.begin(), first.end()).size() == first.size());

    Plan someone_else = sample_plan();
    someone_else.me = "Hana Ito";
    const std::vector<std::string> other = values_of(ics_of(someone_else), "UID");
    REQUIRE(other.size() == first.size());
    for (std::size_t i = 0; i < first.size(); ++i) CHECK(other[i] != first[i]);

    // Moving the last day updates the same events instead of duplicating them.
    Plan later = sample_plan();
    later.last_day = make_day(2027, 1, 29);
    CHECK(values_of(ics_of(later), "UID")[0] == first[0]);
}

TEST_CASE("render_ics: UIDs are the sanitized task id, a 64-bit hash and the domain") {
    const std::regex shape("[A-Za-z0-9._-]+-[0-9a-f]{16}@handover");
    const std::vector<std::string> uids = values_of(ics_of(sample_plan()), "UID");
    REQUIRE_FALSE(uids.empty());
    for (const std::string& uid : uids) CHECK(std::regex_match(uid, shape));
    CHECK(uids[3].rfind("acme-notify-", 0) == 0);
}

TEST_CASE("render_ics: the input's private notes never appear") {
    CHECK(ics_of(sample_plan()).find("PRIVATE-NOTE") == std::string::npos);
}

namespace {

// The first interpreter that has the icalendar module: `python3` on PATH may be a private
// build without Debian's python3-icalendar, so /usr/bin/python3 is tried as well.
std::string python_with_icalendar() {
    for (const char* python : {"python3", "/usr/bin/python3"}) {
        const std::string probe = std::string(python) + " -c 'import icalendar' >/dev/null 2>&1";
        if (std::system(probe.c_str()) == 0) return python;
    }
    return std::string();
}

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

constexpr const char* k_reader_script = R"py(
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for ev in cal.walk('VEVENT'):
    events.append({'uid': str(ev['UID']), 'summary': str(ev['SUMMARY']),
                   'description': str(ev['DESCRIPTION']),
                   'start': ev.decoded('DTSTART').isoformat(),
                   'end': ev.decoded('DTEND').isoformat(),
                   'class': str(ev['CLASS']), 'sequence': int(ev['SEQUENCE']),
                   'alarms': [str(a.decoded('TRIGGER')) for a in ev.walk('VALARM')]})
json.dump({'prodid': str(cal['PRODID']), 'events': events}, open(sys.argv[2], 'w'))
)py";

}  // namespace

TEST_CASE("render_ics: python's icalendar reads the file back (optional)") {
    const std::string python = python_with_icalendar();
    if (python.empty()) {
        WARN("python3 with the icalendar module is not installed; skipping the reader check");
        return;
    }
    Plan plan = japanese_plan();
    const std::string evil = "Evil\r\nBEGIN:VEVENT\r\nSUMMARY:pwned;x,y\\";
    plan.tasks[0].subject = plan.text(evil);
    const std::string base = "/tmp/handover-test-ics-" + std::to_string(getpid());
    {
        std::ofstream(base + ".ics", std::ios::binary) << ics_of(plan, handover::Lang::ja);
        std::ofstream(base + ".py") << k_reader_script;
    }
    const std::string command =
        python + " " + base + ".py " + base + ".ics " + base + ".json 2>" + base + ".err";
    const int status = std::system(command.c_str());
    INFO(read_all(base + ".err"));
    REQUIRE(status == 0);
    const auto doc = nlohmann::json::parse(read_all(base + ".json"));
    for (const char* suffix : {".ics", ".py", ".json", ".err"}) {
        std::remove((base + suffix).c_str());
    }

    CHECK(doc["prodid"] == std::string("-//handover//handover ") + handover::k_version + "//EN");
    const auto& events = doc["events"];
    REQUIRE(events.size() == 5);
    CHECK(events[0]["summary"] == "✓ Evil\nBEGIN:VEVENT\nSUMMARY:pwned;x,y\\");
    CHECK(events[3]["summary"] == "株式会社アクメ様へご報告");
    CHECK(events[3]["start"] == "2026-12-11");
    CHECK(events[3]["end"] == "2026-12-12");
    CHECK(events[3]["class"] == "PRIVATE");
    CHECK(events[3]["sequence"] > 0);
    CHECK(events[3]["alarms"] == nlohmann::json::array({"-1 day, 9:00:00"}));
    CHECK(events[4]["summary"] == "最終出社日");
    const std::string description = events[3]["description"];
    for (const std::string& point : plan.worded_points.at("acme/notify")) {
        CHECK(description.find(point) != std::string::npos);
    }
}

namespace {

std::string ics_for(const Plan& plan, handover::Audience audience) {
    RenderOptions options;
    options.audience = audience;
    options.format = handover::Format::ics;
    return handover::render(plan, sample_input(), options);
}

std::vector<std::vector<std::string>> events_of(const std::string& text) {
    std::vector<std::vector<std::string>> events;
    for (const std::string& line : logical_lines(text)) {
        if (line == "BEGIN:VEVENT") events.emplace_back();
        if (!events.empty()) events.back().push_back(line);
    }
    return events;
}

long sequence_of(const Plan& plan, const std::string& uid_prefix) {
    return std::stol(property(event_of(ics_of(plan), uid_prefix), "SEQUENCE"));
}

handover::DayNote closed_day(handover::Day day) {
    handover::DayNote note;
    note.date = day;
    note.kind = handover::DayNote::Kind::day_off;
    note.closed = true;
    return note;
}

std::vector<std::string> alarm_of(const std::vector<std::string>& event) {
    std::vector<std::string> alarm;
    bool inside = false;
    for (const std::string& line : event) {
        if (line == "BEGIN:VALARM") inside = true;
        if (inside) alarm.push_back(line);
        if (line == "END:VALARM") inside = false;
    }
    return alarm;
}

}  // namespace

TEST_CASE("render_ics: the user's own plan is private, the shared plans are not") {
    const std::string own = ics_of(sample_plan());
    const auto own_events = events_of(own);
    REQUIRE(own_events.size() == 5);
    for (const auto& event : own_events) CHECK(property(event, "CLASS") == "PRIVATE");

    for (const auto audience : {handover::Audience::manager, handover::Audience::successor}) {
        const auto events = events_of(ics_for(sample_plan(), audience));
        REQUIRE(events.size() == 3);  // the job search is left out
        for (const auto& event : events) CHECK(property(event, "CLASS") == "PUBLIC");
    }
    CHECK(events_of(ics_for(sample_plan(), handover::Audience::self)).size() == 5);
}

TEST_CASE("render_ics: every task's event names its task id") {
    const std::string text = ics_of(sample_plan());
    CHECK(property(event_of(text, "acme-notify"), "X-HANDOVER-TASK") == "acme/notify");
    CHECK(property(event_of(text, "weekly-review-2026-W49"), "X-HANDOVER-TASK") ==
          "weekly-review/2026-W49");
    CHECK(property(event_of(text, "interview-2026-12-03"), "DESCRIPTION")
              .rfind("Task: interview/2026-12-03\\n", 0) == 0);
    // The last working day is no task: `handover done` has nothing to tick there.
    CHECK(property(event_of(text, "last-day"), "X-HANDOVER-TASK") == "<missing X-HANDOVER-TASK>");
}

TEST_CASE("render_ics: SEQUENCE grows when a task moves later or the plan is made later") {
    const Plan plan = sample_plan();
    const long before = sequence_of(plan, "acme-notify");
    CHECK(before == sequence_of(plan, "acme-notify"));  // deterministic

    Plan slipped = plan;
    slipped.tasks[3].date = make_day(2026, 12, 14);
    CHECK(sequence_of(slipped, "acme-notify") > before);

    // Made again three days later, with the task moved a day earlier.
    Plan replanned = plan;
    replanned.today = make_day(2026, 12, 3);
    replanned.tasks[3].date = make_day(2026, 12, 10);
    CHECK(sequence_of(replanned, "acme-notify") > before);

    // Untouched tasks keep their number within one day's exports.
    CHECK(sequence_of(slipped, "consult-manager") == sequence_of(plan, "consult-manager"));
}

TEST_CASE("render_ics: the last working day is an all-day event of its own") {
    const auto event = event_of(ics_of(sample_plan()), "last-day");
    REQUIRE_FALSE(event.empty());
    CHECK(property(event, "DTSTART;VALUE=DATE") == "20261225");
    CHECK(property(event, "DTEND;VALUE=DATE") == "20261226");
    CHECK(property(event, "SUMMARY") == "Last working day");
    CHECK(property(event, "CLASS") == "PRIVATE");
    CHECK(property(event_of(ics_of(sample_plan(), handover::Lang::ja), "last-day"), "SUMMARY") ==
          "最終出社日");
}

TEST_CASE("render_ics: a reminder the working day before each client meeting") {
    // Friday 11 Dec: the reminder is on Thursday at 09:00, 15 hours before the event.
    const auto friday = alarm_of(event_of(ics_of(sample_plan()), "acme-notify"));
    CHECK(friday == std::vector<std::string>{"BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15H",
                                             "DESCRIPTION:Next working day: Tell ACME Corp",
                                             "END:VALARM"});

    // Monday 14 Dec after a closed weekend: on Friday 11 Dec.
    Plan monday = sample_plan();
    monday.tasks[3].date = make_day(2026, 12, 14);
    monday.day_notes = {closed_day(make_day(2026, 12, 12)), closed_day(make_day(2026, 12, 13))};
    CHECK(property(alarm_of(event_of(ics_of(monday), "acme-notify")), "TRIGGER") == "-P2DT15H");
    // With an open Sunday (a note that only reduces the day), the Sunday it is.
    monday.day_notes[1].closed = false;
    CHECK(property(alarm_of(event_of(ics_of(monday), "acme-notify")), "TRIGGER") == "-PT15H");

    // By video too; not by phone or email, not for done tasks, not for the user's own tasks.
    Plan video = sample_plan();
    video.tasks[3].method = handover::Method::video;
    CHECK_FALSE(alarm_of(event_of(ics_of(video), "acme-notify")).empty());
    for (const auto method : {handover::Method::phone, handover::Method::email}) {
        Plan call = sample_plan();
        call.tasks[3].method = method;
        CHECK(alarm_of(event_of(ics_of(call), "acme-notify")).empty());
    }
    // A client's own event with the successor has no method but is a meeting all the same.
    Plan event = sample_plan();
    event.tasks[3].kind = handover::TaskKind::event;
    event.tasks[3].method.reset();
    CHECK(property(alarm_of(event_of(ics_of(event), "acme-notify")), "TRIGGER") == "-PT15H");
    Plan done = sample_plan();
    done.tasks[3].status = handover::TaskStatus::done;
    CHECK(alarm_of(event_of(ics_of(done), "acme-notify")).empty());
    CHECK(alarm_of(event_of(ics_of(sample_plan()), "consult-manager")).empty());
}
