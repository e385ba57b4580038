#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "handover/base/ics_text.hpp"
#include "handover/render/render.hpp"
#include "support/export_fixture.hpp"
#include "support/text_strings.hpp"

namespace {

using handover::Audience;
using handover::Format;
using handover::GroupBy;
using handover::Plan;
using handover::RenderOptions;
using handover::export_test::read_csv;
using handover::export_test::sample_input;
using handover::export_test::sample_plan;
using handover::testing::strings;

std::string render_as(Format format, Audience audience) {
    RenderOptions options;
    options.format = format;
    options.audience = audience;
    return handover::render(sample_plan(), sample_input(), options);
}

bool is_private_id(const std::string& id) {
    return id.rfind("interview/", 0) == 0 || id.rfind("weekly-review/", 0) == 0;
}

}  // namespace

TEST_CASE("audience: option names convert both ways") {
    for (const Format format :
         {Format::text, Format::markdown, Format::json, Format::ics, Format::csv, Format::crm}) {
        CHECK(handover::format_from_string(handover::to_string(format)) == format);
    }
    for (const Audience audience : {Audience::self, Audience::manager, Audience::successor}) {
        CHECK(handover::audience_from_string(handover::to_string(audience)) == audience);
    }
    for (const GroupBy group_by : {GroupBy::date, GroupBy::step, GroupBy::client}) {
        CHECK(handover::group_by_from_string(handover::to_string(group_by)) == group_by);
    }
    CHECK(handover::to_string(Format::ics) == "ics");
    CHECK(handover::to_string(Audience::successor) == "successor");
    CHECK(handover::to_string(GroupBy::client) == "client");
}

TEST_CASE("audience: unknown option names are rejected") {
    CHECK_FALSE(handover::format_from_string("JSON"));
    CHECK_FALSE(handover::format_from_string("md"));
    CHECK_FALSE(handover::format_from_string(""));
    CHECK_FALSE(handover::audience_from_string("boss"));
    CHECK_FALSE(handover::group_by_from_string("week"));
}

TEST_CASE("audience: self sees the whole plan") {
    const Plan plan = sample_plan();
    const Plan seen = handover::for_audience(plan, Audience::self);
    CHECK_FALSE(seen.for_others);
    CHECK(handover::render_json(seen, sample_input(), {}) ==
          handover::render_json(plan, sample_input(), {}));
}

TEST_CASE("audience: manager and successor lose the job search") {
    for (const Audience audience : {Audience::manager, Audience::successor}) {
        INFO(handover::to_string(audience));
        const Plan seen = handover::for_audience(sample_plan(), audience);

        std::vector<std::string> ids;
        for (const handover::Task& task : seen.tasks) {
            ids.push_back(task.id.str());
            CHECK_FALSE(task.job_search);
        }
        CHECK(ids == std::vector<std::string>{"consult-manager", "acme/notify", "acme/follow-up"});
        CHECK(seen.load.empty());
        CHECK(seen.for_others);  // no agenda for the manager, no private preparation

        // Links to removed tasks go; links to kept ones stay.
        CHECK(strings(seen.find("acme/notify")->depends_on) ==
              std::vector<std::string>{"consult-manager"});
        CHECK(strings(seen.find("acme/follow-up")->depends_on) ==
              std::vector<std::string>{"acme/notify"});

        // The load warning and the warning about an interview go; the client warning stays.
        REQUIRE(seen.warnings.size() == 1);
        CHECK(seen.warnings[0].code == handover::WarningCode::no_time_for_intro);

        // Everything else is untouched.
        CHECK(seen.clients.size() == 1);
        CHECK(seen.me == "Yu Sato");
        CHECK(seen.last_day == sample_plan().last_day);
    }
}

TEST_CASE("audience: the JSON for manager and successor has no job search") {
    for (const Audience audience : {Audience::manager, Audience::successor}) {
        INFO(handover::to_string(audience));
        const auto doc = nlohmann::json::parse(render_as(Format::json, audience));
        CHECK(doc["load"] == nlohmann::json::array());
        CHECK(doc["tasks"].size() == 3);
        for (const auto& task : doc["tasks"]) {
            CHECK_FALSE(is_private_id(task["id"]));
            for (const auto& dependency : task["depends_on"])
                CHECK_FALSE(is_private_id(dependency));
        }
        for (const auto& warning : doc["warnings"]) CHECK(warning["code"] != "WEEK_OVERLOADED");
    }
}

TEST_CASE("audience: the CSV for manager and successor has no job search") {
    for (const Audience audience : {Audience::manager, Audience::successor}) {
        INFO(handover::to_string(audience));
        const auto table = read_csv(render_as(Format::csv, audience));
        REQUIRE(table);
        REQUIRE(table->size() == 4);
        for (const auto& row : *table) CHECK_FALSE(is_private_id(row[0]));
    }
    const auto self = read_csv(render_as(Format::csv, Audience::self));
    REQUIRE(self);
    CHECK(self->size() == 6);
}

TEST_CASE("audience: the calendar for manager and successor has no job search") {
    for (const Audience audience : {Audience::manager, Audience::successor}) {
        INFO(handover::to_string(audience));
        const std::string text = handover::ics::unfold(render_as(Format::ics, audience));
        CHECK(text.find("UID:interview-") == std::string::npos);
        CHECK(text.find("UID:weekly-review-") == std::string::npos);
        CHECK(text.find("Interview") == std::string::npos);
        CHECK(text.find("Weekly review") == std::string::npos);
        // Two tasks and the last working day, to be shared: not private.
        CHECK(handover::export_test::count(text, "BEGIN:VEVENT") == 3);
        CHECK(handover::export_test::count(text, "CLASS:PUBLIC\r\n") == 3);
        CHECK(text.find("CLASS:PRIVATE") == std::string::npos);
    }
    const std::string self = render_as(Format::ics, Audience::self);
    CHECK(self.find("UID:interview-") != std::string::npos);
}

TEST_CASE("audience: the CRM file is the same for every audience") {
    const std::string self = render_as(Format::crm, Audience::self);
    CHECK(render_as(Format::crm, Audience::manager) == self);
    CHECK(render_as(Format::crm, Audience::successor) == self);
}
