// Replays every input the fuzzer ever crashed on (tests/data/fuzz-regressions) and the
// fuzz seed corpus through the fuzz targets' own pipeline, so a fixed finding stays fixed
// in the ordinary test run, where libFuzzer is not built.
#include <algorithm>
#include <catch2/catch.hpp>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../../../fuzz/pipeline.hpp"

namespace {

namespace fs = std::filesystem;

/// The inputs of a folder, sorted; READMEs describe the folder and are no input.
std::vector<fs::path> inputs_in(const fs::path& folder) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.is_regular_file() && entry.path().extension() != ".md") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string bytes_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Empty when the pipeline finished or refused the input; else what escaped.
template <typename Pipeline>
std::string escaped_from(Pipeline pipeline, const std::string& bytes) {
    try {
        pipeline(bytes);
    } catch (const handover::InputError&) {
        // The only way a hostile input may end.
    } catch (const std::exception& e) {
        return e.what();
    } catch (...) {
        return "an exception that is no std::exception";
    }
    return {};
}

void replay_folder(const fs::path& folder) {
    REQUIRE(fs::is_directory(folder));
    const auto files = inputs_in(folder);
    for (const fs::path& file : files) {
        INFO(file.string());
        const std::string bytes = bytes_of(file);
        CHECK(escaped_from(handover::fuzz::run_plan_pipeline, bytes) == "");
        CHECK(escaped_from(handover::fuzz::run_progress_pipeline, bytes) == "");
        CHECK(escaped_from(handover::fuzz::run_plan_json_pipeline, bytes) == "");
        CHECK(escaped_from(handover::fuzz::run_import_pipeline, bytes) == "");
    }
}

}  // namespace

TEST_CASE("fuzz regressions: every past finding runs through the pipeline cleanly", "[fuzz]") {
    replay_folder(fs::path(HANDOVER_TEST_DATA_DIR) / "fuzz-regressions");
}

TEST_CASE("fuzz regressions: every seed of the fuzz corpus runs through the pipeline cleanly",
          "[fuzz]") {
    const fs::path corpus = fs::path(HANDOVER_SOURCE_DIR) / "fuzz" / "corpus";
    REQUIRE(inputs_in(corpus).size() >= 50);
    replay_folder(corpus);
}

TEST_CASE("fuzz regressions: every sample export runs through the import pipeline cleanly",
          "[fuzz]") {
    for (const char* folder : {"import", "import/bad"}) {
        const auto files = inputs_in(fs::path(HANDOVER_TEST_DATA_DIR) / folder);
        REQUIRE(files.size() >= 4);
        for (const fs::path& file : files) {
            INFO(file.string());
            CHECK(escaped_from(handover::fuzz::run_import_pipeline, bytes_of(file)) == "");
        }
    }
}

TEST_CASE("fuzz regressions: the pipeline's own checks catch a broken output", "[fuzz]") {
    using handover::fuzz::Finding;
    using handover::fuzz::parse_csv;
    // A replay that could not fail would prove nothing: the checks must bite.
    CHECK_THROWS_AS(parse_csv("a,\"b\r\n"), Finding);
    CHECK_THROWS_AS(parse_csv("a,b\nc,d\r\n"), Finding);
    CHECK_THROWS_AS(handover::fuzz::check_csv("id,name\r\n=cmd,x\r\n", 1, false), Finding);
    CHECK_THROWS_AS(handover::fuzz::check_csv("id,name\r\nx\r\n", 1, false), Finding);
    CHECK_NOTHROW(handover::fuzz::check_csv("id,name\r\n'=cmd,\"a,b\"\r\n", 1, false));
    const handover::Plan empty;
    CHECK_THROWS_AS(handover::fuzz::check_json("{\"schema_version\": 1, \"tasks\": [", empty),
                    Finding);
    CHECK_THROWS_AS(
        handover::fuzz::check_ics("BEGIN:VCALENDAR\r\nSUMMARY:x\nBEGIN:VEVENT\r\n", empty),
        Finding);
    CHECK_THROWS_AS(handover::fuzz::check_markdown("- [ ] x <!-- id: forged -->\n", empty),
                    Finding);
    handover::Plan one_task;
    one_task.tasks.push_back(handover::Task{});
    one_task.tasks.back().id = "t";
    CHECK_NOTHROW(handover::fuzz::check_markdown("x\n- [ ] a <!-- id: t -->\n", one_task));
    // A CRLF the renderer wrote itself turns into two breaks once LF is saved as CR.
    CHECK_THROWS_AS(handover::fuzz::check_markdown("x\r\n- [ ] a <!-- id: t -->\n", one_task),
                    Finding);
}

TEST_CASE("fuzz regressions: the checklist check spares only a review of a week with no day left",
          "[fuzz]") {
    using handover::fuzz::check_markdown;
    using handover::fuzz::Finding;
    handover::Plan plan;
    plan.tasks.push_back(handover::Task{});
    plan.tasks.back().id = "t";
    plan.tasks.push_back(handover::Task{});
    handover::Task& review = plan.tasks.back();
    review.id = "weekly-review/2026-W49";
    review.kind = handover::TaskKind::weekly_review;
    const std::string only_t = "- [ ] a <!-- id: t -->\n";
    const std::string both = only_t + "- [ ] b <!-- id: weekly-review/2026-W49 -->\n";

    review.status = handover::TaskStatus::unscheduled;
    CHECK_NOTHROW(check_markdown(only_t, plan));
    // Named by a warning, it is work still to place and must be on the list.
    plan.warnings.push_back(handover::Warning{});
    plan.warnings.back().task = "weekly-review/2026-W49";
    CHECK_THROWS_AS(check_markdown(only_t, plan), Finding);
    CHECK_NOTHROW(check_markdown(both, plan));
    plan.warnings.clear();
    // Placed on a day, it must be on the list too.
    review.status = handover::TaskStatus::todo;
    CHECK_THROWS_AS(check_markdown(only_t, plan), Finding);
    CHECK_NOTHROW(check_markdown(both, plan));
    // Another kind of task left unscheduled is never spared.
    plan.tasks.front().status = handover::TaskStatus::unscheduled;
    CHECK_THROWS_AS(check_markdown("- [ ] b <!-- id: weekly-review/2026-W49 -->\n", plan), Finding);
}
