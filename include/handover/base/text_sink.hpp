#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace handover {

/// Where a renderer writes its text, piece by piece and in order. Large plans are written
/// in chunks so that the whole output never has to exist in memory at once.
class TextSink {
  public:
    TextSink() = default;
    TextSink(const TextSink&) = delete;
    TextSink& operator=(const TextSink&) = delete;
    virtual ~TextSink() = default;

    /// Appends `text`; throws OutputError when it cannot be written.
    virtual void write(std::string_view text) = 0;
};

/// Renderers hand their text on in pieces of about this size.
inline constexpr std::size_t k_chunk_bytes = std::size_t{1} << 20;

/// Hands `buffer` to `sink` and empties it once it holds a chunk or more. Renderers call it
/// between records, so the text of a large plan (many times the size of its input) never
/// exists whole in memory.
inline void spill(std::string& buffer, TextSink& sink) {
    if (buffer.size() < k_chunk_bytes) return;
    sink.write(buffer);
    buffer.clear();
}

/// Collects everything into one string (tests, and callers that need the text).
class StringSink final : public TextSink {
  public:
    explicit StringSink(std::string& out) : out_(out) {}
    void write(std::string_view text) override { out_.append(text); }

  private:
    std::string& out_;
};

/// Everything `write(TextSink&)` writes, as one string: the one-string form of a streaming
/// writer, for tests and for callers that need the whole text.
template <typename Write>
std::string collect(Write&& write) {
    std::string out;
    StringSink sink(out);
    write(static_cast<TextSink&>(sink));
    return out;
}

}  // namespace handover
