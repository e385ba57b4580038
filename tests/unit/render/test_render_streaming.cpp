// Every output format is handed to its sink a chunk at a time, so a large plan is never
// held whole as text (a 100,000-client plan is 140 to 330 MB of it, depending on the
// format): the pieces join to exactly what the one-string renderer gives, and no piece
// is much larger than a chunk.
#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/text_sink.hpp"
#include "handover/render/render.hpp"
#include "support/every_format.hpp"
#include "support/sample_plan.hpp"

namespace {

using handover::Format;
using handover::RenderOptions;

/// Keeps every piece it is handed, to see how the renderer splits its output.
class Pieces final : public handover::TextSink {
  public:
    void write(std::string_view text) override { pieces.emplace_back(text); }
    std::vector<std::string> pieces;
};

/// The sample plan with its tasks and warnings, and separately its clients, repeated until
/// there are at least as many as asked for: enough for several megabytes of output.
handover::fixture::Sample large_sample(std::size_t tasks, std::size_t clients) {
    handover::fixture::Sample s = handover::fixture::sample_plan();
    const auto one_tasks = s.plan.tasks;
    const auto one_warnings = s.plan.warnings;
    const auto one_clients = s.plan.clients;
    while (s.plan.tasks.size() < tasks) {
        s.plan.tasks.insert(s.plan.tasks.end(), one_tasks.begin(), one_tasks.end());
        s.plan.warnings.insert(s.plan.warnings.end(), one_warnings.begin(), one_warnings.end());
    }
    while (s.plan.clients.size() < clients) {
        s.plan.clients.insert(s.plan.clients.end(), one_clients.begin(), one_clients.end());
    }
    return s;
}

/// What the string-returning renderer of the format gives.
std::string whole(const handover::fixture::Sample& s, const RenderOptions& options) {
    switch (options.format) {
        case Format::text:
            return handover::render_text(s.plan, s.input, with_lang(options, s.lang));
        case Format::markdown:
            return handover::render_markdown(s.plan, s.input, with_lang(options, s.lang));
        case Format::json:
            return handover::render_json(s.plan, s.input, with_lang(options, s.lang));
        case Format::ics:
            return handover::render_ics(s.plan, s.input, with_lang(options, s.lang));
        case Format::csv:
            return handover::render_csv(s.plan, s.input, with_lang(options, s.lang));
        case Format::crm:
            return handover::render_crm(s.plan, s.input, with_lang(options, s.lang));
    }
    return {};
}

}  // namespace

TEST_CASE("render streaming: every format reaches its sink in chunks that join to the whole") {
    const handover::fixture::Sample s = large_sample(30'000, 15'000);
    // The CRM hand-off has a short row per client and nothing per task.
    const handover::fixture::Sample many_clients = large_sample(0, 200'000);
    // Largest single record any format writes in one go here (a task with its reason, a
    // client's document outline with its drafts): a piece may pass a chunk by that much.
    constexpr std::size_t k_record_room = 64 * 1024;
    for (const RenderOptions& options : handover::testing::every_format_in_full()) {
        INFO("format " << handover::to_string(options.format));
        const handover::fixture::Sample& sample = options.format == Format::crm ? many_clients : s;
        Pieces sink;
        handover::render_to(sample.plan, sample.input, with_lang(options, sample.lang), sink);
        std::string joined;
        for (const std::string& piece : sink.pieces) joined += piece;
        CHECK(joined == whole(sample, options));
        REQUIRE(joined.size() > 3 * handover::k_chunk_bytes);
        CHECK(sink.pieces.size() > 2);
        for (std::size_t i = 0; i < sink.pieces.size(); ++i) {
            CHECK(sink.pieces[i].size() <= handover::k_chunk_bytes + k_record_room);
        }
    }
}
