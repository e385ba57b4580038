// BufferedSink hands its text on by itself once it holds a chunk, and the rest on finish().
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "handover/base/text_sink.hpp"

namespace {

using handover::BufferedSink;
using handover::k_chunk_bytes;

class Pieces final : public handover::TextSink {
  public:
    void write(std::string_view text) override { pieces.emplace_back(text); }
    std::vector<std::string> pieces;
};

}  // namespace

TEST_CASE("BufferedSink: one byte short of a chunk stays in the buffer") {
    Pieces sink;
    BufferedSink out(sink);
    out += std::string(k_chunk_bytes - 1, 'a');
    CHECK(sink.pieces.empty());
    out.finish();
    REQUIRE(sink.pieces.size() == 1);
    CHECK(sink.pieces[0].size() == k_chunk_bytes - 1);
}

TEST_CASE("BufferedSink: a full chunk is handed on at once, the rest on finish()") {
    Pieces sink;
    BufferedSink out(sink);
    out += std::string(k_chunk_bytes - 1, 'a');
    out += 'b';
    REQUIRE(sink.pieces.size() == 1);
    CHECK(sink.pieces[0].size() == k_chunk_bytes);
    CHECK(sink.pieces[0].back() == 'b');
    out += "cd";
    out.format("{}-{}", 1, "x");
    CHECK(sink.pieces.size() == 1);
    out.finish();
    REQUIRE(sink.pieces.size() == 2);
    CHECK(sink.pieces[1] == "cd1-x");
}

TEST_CASE("BufferedSink: an append that passes the chunk goes on whole") {
    Pieces sink;
    BufferedSink out(sink);
    out += std::string(k_chunk_bytes - 2, 'a');
    out.append(5, ' ');
    REQUIRE(sink.pieces.size() == 1);
    CHECK(sink.pieces[0].size() == k_chunk_bytes + 3);
    out.append_with([](std::string& buffer) { buffer += "tail"; });
    out.finish();
    REQUIRE(sink.pieces.size() == 2);
    CHECK(sink.pieces[1] == "tail");
}

TEST_CASE("BufferedSink: nothing written, nothing handed on; unfinished text is dropped") {
    Pieces sink;
    {
        BufferedSink out(sink);
        out.finish();
    }
    CHECK(sink.pieces.empty());
    {
        BufferedSink out(sink);
        out += "never finished";
    }
    CHECK(sink.pieces.empty());
    static_assert(std::is_nothrow_destructible_v<BufferedSink>);
}
