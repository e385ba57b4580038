// Tests of src/input/model.cpp: the names of the enumerations and the questions the planner
// asks of a client.
#include <catch2/catch.hpp>

#include "handover/input/model.hpp"

using namespace handover;

TEST_CASE("model: a pending close is a proposal, negotiation, closing or renewal with a date") {
    const Day close = *parse_iso_date("2026-12-10");
    for (const Stage stage :
         {Stage::proposal, Stage::negotiation, Stage::closing, Stage::renewal}) {
        INFO(to_string(stage));
        Client client;
        client.stage = stage;
        CHECK_FALSE(has_pending_close(client));
        client.expected_close = close;
        CHECK(has_pending_close(client));
    }
    // The other stages have no decision ahead, whatever date they carry.
    for (const Stage stage : {Stage::prospect, Stage::active, Stage::dormant}) {
        INFO(to_string(stage));
        Client client;
        client.stage = stage;
        client.expected_close = close;
        CHECK_FALSE(has_pending_close(client));
    }
}

TEST_CASE("model: the introduction policies have their JSON names") {
    CHECK(to_string(IntroductionPolicy::automatic) == "auto");
    CHECK(to_string(IntroductionPolicy::joint) == "joint");
    CHECK(to_string(IntroductionPolicy::separate) == "separate");
}
