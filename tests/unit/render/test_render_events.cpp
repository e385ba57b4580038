// Rule 8 in the views: client events as tasks with the successor, and the successor's first
// dates after the last day, in the handover document and in the successor's checklist only.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "handover/engine/scheduler.hpp"
#include "handover/render/render.hpp"
#include "support/input_builder.hpp"

namespace {

using namespace handover;
using handover::testing::add_client;
using handover::testing::base_input;
using handover::testing::d;

/// Last day Fri 25 Dec 2026: acme (a deal) has an event before it and two after it, one
/// beyond the 30 days; beta (an ordinary client) one after it; gamma none.
Input events_input() {
    Input in = base_input();
    Client& acme = add_client(in, "acme", Stage::closing);
    acme.next_events = {Event{d("2026-12-15"), "Kick-off", 1},
                        Event{d("2027-01-12"), "Steering *committee*", 2},
                        Event{d("2027-02-01"), "Renewal", 1}};
    add_client(in, "beta", Stage::active).next_events = {
        Event{d("2026-12-28"), "Year-end call", 1}};
    add_client(in, "gamma", Stage::active).next_events.clear();
    return in;
}

std::string render_as(const Input& in, Format format, Audience audience, Lang lang = Lang::en,
                      bool with_docs = false) {
    RenderOptions options;
    options.format = format;
    options.audience = audience;
    options.lang = lang;
    options.with_docs = with_docs;
    options.terminal_width = 100;
    return render(build_plan(in), in, options);
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

/// The lines from `heading` to the blank line after its list.
std::vector<std::string> section(const std::string& text, const std::string& heading) {
    const auto lines = lines_of(text);
    std::vector<std::string> out;
    bool inside = false, items = false;
    for (const std::string& line : lines) {
        if (line == heading) inside = true;
        if (!inside) continue;
        if (line.empty() && items) break;
        items = items || line.starts_with("- ") || line.find("[ ] ") != std::string::npos;
        out.push_back(line);
    }
    return out;
}

}  // namespace

TEST_CASE("render events: the successor's view ends with their first dates as a checklist",
          "[events]") {
    const Input in = events_input();
    const std::string md = render_as(in, Format::markdown, Audience::successor);
    CHECK(section(md, "## The successor's first appointments") ==
          std::vector<std::string>{
              "## The successor's first appointments", "",
              "Client appointments in the 30 days after the last day: the first things the "
              "successor handles.",
              "", "- [ ] Mon 28 Dec 2026 — Client beta: Year-end call · 1h",
              "- [ ] Tue 12 Jan 2027 — Client acme: Steering \\*committee\\* · 2h"});
    // Before the warnings, after the tasks.
    CHECK(md.find("## The successor's first appointments") > md.find("## Tasks"));
    CHECK(md.find("Renewal") == std::string::npos);

    const std::string ja = render_as(in, Format::markdown, Audience::successor, Lang::ja);
    CHECK(ja.find("## 後任者が最初に対応するご予定") != std::string::npos);
    CHECK(ja.find("- [ ] 2026年12月28日(月) — Client beta「Year-end call」 / 1時間") !=
          std::string::npos);

    const std::string text = render_as(in, Format::text, Audience::successor);
    const auto block = section(text, "The successor's first appointments");
    CHECK(block == std::vector<std::string>{
                       "The successor's first appointments",
                       "  Client appointments in the 30 days after the last day: the "
                       "first things the successor handles.",
                       "    [ ] Mon 28 Dec 2026 — Client beta: Year-end call · 1h",
                       "    [ ] Tue 12 Jan 2027 — Client acme: Steering *committee* · 2h"});

    // Not in the user's own view, nor the manager's.
    for (const Audience audience : {Audience::self, Audience::manager}) {
        for (const Format format : {Format::markdown, Format::text}) {
            CHECK(render_as(in, format, audience).find("The successor's first appointments") ==
                  std::string::npos);
        }
    }
    // Without such dates, no section.
    Input none = base_input();
    add_client(none, "acme", Stage::closing).next_events.clear();
    CHECK(render_as(none, Format::markdown, Audience::successor)
              .find("The successor's first appointments") == std::string::npos);
}

TEST_CASE("render events: each handover document lists the client's first dates", "[events]") {
    const Input in = events_input();
    for (const Audience audience : {Audience::self, Audience::successor}) {
        const std::string md = render_as(in, Format::markdown, audience, Lang::en, true);
        const auto acme = md.find("### Client acme");
        const auto beta = md.find("### Client beta");
        const auto gamma = md.find("### Client gamma");
        REQUIRE(acme != std::string::npos);
        REQUIRE(beta != std::string::npos);
        REQUIRE(gamma != std::string::npos);
        const std::string acme_doc = md.substr(acme, beta - acme);
        CHECK(section(acme_doc, "#### The successor's first appointments") ==
              std::vector<std::string>{"#### The successor's first appointments", "",
                                       "- Tue 12 Jan 2027 — Steering \\*committee\\* · 2h"});
        // Every event stays in the upcoming events, those before the last day too.
        CHECK(acme_doc.find("- Tue 15 Dec 2026 — Kick-off") != std::string::npos);
        CHECK(acme_doc.find("- Mon 1 Feb 2027 — Renewal") != std::string::npos);
        CHECK(md.substr(beta, gamma - beta).find("- Mon 28 Dec 2026 — Year-end call · 1h") !=
              std::string::npos);
        CHECK(md.substr(gamma).find("The successor's first appointments") == std::string::npos);
    }
    const std::string ja = render_as(in, Format::markdown, Audience::self, Lang::ja, true);
    CHECK(ja.find("#### 後任者が最初に対応するご予定") != std::string::npos);
}

TEST_CASE("render events: an event task in the checklist and the calendar", "[events]") {
    const Input in = events_input();
    const std::string md = render_as(in, Format::markdown, Audience::self);
    CHECK(md.find(
              "- [ ] Client acme: Kick-off (with Heir) — 1h <!-- id: acme/event/2026-12-15 -->") !=
          std::string::npos);
    const std::string ja = render_as(in, Format::markdown, Audience::self, Lang::ja);
    CHECK(ja.find(
              "- [ ] Client acme: Kick-off(Heir同席) — 1時間 <!-- id: acme/event/2026-12-15 -->") !=
          std::string::npos);
    // A shared plan keeps the event: the successor is there.
    CHECK(render_as(in, Format::markdown, Audience::successor).find("acme/event/2026-12-15") !=
          std::string::npos);
    const std::string ics = render_as(in, Format::ics, Audience::self);
    const auto event = ics.find("X-HANDOVER-TASK:acme/event/2026-12-15");
    REQUIRE(event != std::string::npos);
    CHECK(ics.substr(event, ics.find("END:VEVENT", event) - event).find("BEGIN:VALARM") !=
          std::string::npos);
}

TEST_CASE("render events: text from the input reaches no terminal raw", "[events]") {
    Input in = base_input();
    add_client(in, "acme", Stage::closing).next_events = {
        Event{d("2026-12-15"), "Kick\x1b[31moff", 1}, Event{d("2027-01-12"), "Ste\x1b]0;x\aer", 1}};
    const std::string text = render_as(in, Format::text, Audience::successor);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\a') == std::string::npos);
}
