// The bundled examples of the planning rules version 2, planned by the real binary and
// read as the plan a seasoned salesperson would follow: every date below was checked by
// hand against docs/scheduling.md.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "run_binary.hpp"

namespace {

nlohmann::json plan_of(const std::string& example) {
    const auto run =
        e2e::run_handover({"plan", e2e::source_file("examples/" + example), "--format", "json"});
    INFO(run.err);
    REQUIRE((run.exit_code == 0 || run.exit_code == 1));
    return nlohmann::json::parse(run.out);
}

const nlohmann::json& task(const nlohmann::json& plan, const std::string& id) {
    for (const auto& t : plan.at("tasks")) {
        if (t.at("id") == id) return t;
    }
    FAIL("no task " << id);
    throw std::logic_error("unreachable");
}

int count_code(const nlohmann::json& plan, const std::string& code) {
    int n = 0;
    for (const auto& w : plan.at("warnings")) n += w.at("code") == code ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("examples v2: two weeks' notice with a signing a week before the last day") {
    const auto plan = plan_of("ja-two-weeks-signature.json");
    // The ¥15M deal signs on Fri 5 Mar: told on Mon 8 Mar, not before, and the joint visit
    // still fits before the last day (Fri 12 Mar), three working days later.
    const auto& notify = task(plan, "daiichi/notify");
    CHECK(notify.at("date") == "2027-03-08");
    CHECK(notify.at("rule") == "after-close");
    CHECK(task(plan, "daiichi/introduce").at("date") == "2027-03-11");
    // The successor comes to the signing as a colleague, briefed on Mon 1 Mar.
    CHECK(task(plan, "daiichi/event/2027-03-05").at("with") ==
          nlohmann::json::array({"successor"}));
    CHECK(task(plan, "daiichi/brief").at("date") == "2027-03-01");
    // The ordinary clients hear it with the successor in one call or video meeting, spread
    // over the window the two weeks' notice leaves (Mon 1 to Fri 5 Mar, the defaults shrunk
    // in proportion): Tue 2 Mar, the first day after the briefings, and Wed 3 Mar.
    CHECK(task(plan, "aozora/notify").at("date") == "2027-03-02");
    CHECK(task(plan, "minami/notify").at("with") == nlohmann::json::array({"successor"}));
    CHECK(task(plan, "minami/notify").at("date") == "2027-03-03");
    CHECK(task(plan, "minami/notify").at("rule") == "window");
    // Short notice is one warning, not an error per client.
    CHECK(count_code(plan, "NOTIFY_LATE") == 0);
    CHECK(count_code(plan, "NOTICE_TOO_SHORT") == 1);
    CHECK(count_code(plan, "DEAL_CLOSES_LATE") == 0);
}

TEST_CASE("examples v2: a handover across the year-end break") {
    const auto plan = plan_of("ja-year-end.json");
    // Nothing client-facing from 29 Dec to 3 Jan, and no note about it: the preset closes them.
    for (const auto& t : plan.at("tasks")) {
        if (t.at("date").is_null() || t.at("client").is_null()) continue;
        const std::string date = t.at("date");
        INFO(t.at("id"));
        CHECK_FALSE((date >= "2026-12-29" && date <= "2027-01-03"));
    }
    CHECK(count_code(plan, "BUSINESS_CLOSURE") == 0);
    // The strong, high-value client hears it from the user on Thu 24 Dec and meets the
    // successor after the break, on Wed 6 Jan.
    CHECK(task(plan, "sanwa/notify").at("date") == "2026-12-24");
    CHECK(task(plan, "sanwa/introduce").at("date") == "2027-01-06");
    CHECK(task(plan, "sanwa/event/2027-01-14").at("date") == "2027-01-14");
}

TEST_CASE("examples v2: no successor named yet") {
    const auto plan = plan_of("en-no-successor.json");
    REQUIRE(count_code(plan, "NO_SUCCESSOR") == 1);
    for (const auto& w : plan.at("warnings")) {
        if (w.at("code") != "NO_SUCCESSOR") continue;
        CHECK(w.at("clients").size() == 3);
        CHECK(w.at("severity") == "warning");
        CHECK(w.at("message").get<std::string>().find("name one by Tue 2 Mar 2027") !=
              std::string::npos);
    }
    CHECK(task(plan, "contoso/notify").at("title") ==
          "Tell Contoso Ltd you are leaving and introduce your successor (once named)");
    // The proposal's decision on Fri 19 Mar comes first: told on Tue 23 Mar, after the
    // window's end, because the decision wins over the window.
    CHECK(task(plan, "fabrikam/notify").at("date") == "2027-03-23");
    CHECK(task(plan, "fabrikam/notify").at("rule") == "after-close");
}
