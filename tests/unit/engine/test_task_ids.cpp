// The check of `done` against the plan's task ids: the engine's, since only the task graph
// knows which tasks a plan has.

#include <catch2/catch.hpp>
#include <string>

#include "handover/base/diagnostics.hpp"
#include "handover/engine/task_ids.hpp"
#include "handover/input/input.hpp"

using namespace handover;

namespace {

const Day k_today = *parse_iso_date("2026-11-20");

Input with_done(std::string_view done) {
    return parse_input(R"({"version": 1, "last_day": "2026-12-25", "done": {)" + std::string(done) +
                           R"(}, "clients": [{"id": "acme", "name": "Acme", "stage": "active"}]})",
                       "clients.json", k_today);
}

std::vector<Diagnostic> refusal(const Input& input, Lang lang = Lang::en) {
    try {
        task_id::require_known_done(input, "clients.json", lang);
    } catch (const InputError& e) {
        CHECK(e.file() == "clients.json");
        return e.diagnostics();
    }
    return {};
}

}  // namespace

TEST_CASE("task ids: done entries naming a task of the plan are accepted") {
    CHECK(refusal(with_done(R"("consult-manager": "2026-11-02", "acme/notify": "2026-11-19")"))
              .empty());
    CHECK(refusal(with_done("")).empty());
}

TEST_CASE("task ids: a done entry naming no task is refused with a did-you-mean") {
    const auto found = refusal(with_done(R"("consult-manger": "2026-11-02")"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "/done");
    CHECK(found[0].message ==
          "\"consult-manger\" is not a task of this plan; `handover plan clients.json` shows "
          "each task's id, `handover next clients.json` those ahead (to remove the entry: "
          "handover undo clients.json consult-manger)");
    CHECK(found[0].suggestion == "consult-manager");
    const auto client = refusal(with_done(R"("acme/notfy": "2026-11-02")"));
    REQUIRE(client.size() == 1);
    CHECK(client[0].pointer == "/done");
    CHECK(client[0].client_id == "acme");
    CHECK(client[0].suggestion == "acme/notify");
    CHECK(format_diagnostic("clients.json", client[0], Lang::en).find("~1") == std::string::npos);
}

TEST_CASE("task ids: an entry of a client no longer in the file names the undo command") {
    const auto found = refusal(with_done(R"("fuji/notify": "2026-11-02")"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "/done");
    CHECK(found[0].client_id.empty());
    CHECK(found[0].suggestion.empty());
    CHECK(found[0].message ==
          "\"fuji/notify\" is recorded as done, but the file has no client \"fuji\" any more; "
          "to remove the entry, run: handover undo clients.json fuji/notify");
    CHECK(format_diagnostic("clients.json", found[0], Lang::en) ==
          "clients.json: /done: \"fuji/notify\" is recorded as done, but the file has no client "
          "\"fuji\" any more; to remove the entry, run: handover undo clients.json fuji/notify");
    CHECK(refusal(with_done(R"("fuji/notify": "2026-11-02")"), Lang::ja)[0].message ==
          "「fuji/notify」が完了として記録されていますが、顧客「fuji」はファイルにありません。"
          "記録を削除するには次を実行してください: handover undo clients.json fuji/notify");

    // A file name the shell would split is quoted so the command can be pasted.
    const auto odd = task_id::check_done(with_done(R"("fuji/notify": "2026-11-02")"), Lang::en, 10,
                                         nullptr, "my clients's.json");
    REQUIRE(odd.size() == 1);
    CHECK(odd[0].message.ends_with("handover undo 'my clients'\\''s.json' fuji/notify"));
    // Interviews and weekly reviews belong to no client.
    const auto review = refusal(with_done(R"("interview/2026-10-01": "2026-10-01")"));
    REQUIRE(review.size() == 1);
    CHECK(review[0].message.starts_with("\"interview/2026-10-01\" is not a task of this plan"));
}

TEST_CASE("task ids: the refusal lists at most k_max_diagnostics entries, then counts the rest") {
    const auto many = [](std::size_t count) {
        std::string done;
        for (std::size_t i = 0; i < count; ++i) {
            if (i > 0) done += ", ";
            done += "\"gone-" + std::to_string(i) + "\": \"2026-11-02\"";
        }
        return with_done(done);
    };
    CHECK(refusal(many(k_max_diagnostics)).size() == k_max_diagnostics);
    const auto over = refusal(many(k_max_diagnostics + 2));
    REQUIRE(over.size() == k_max_diagnostics + 1);
    CHECK(over.back().message ==
          "2 more problems are not listed; please correct the ones above and check again");
}
