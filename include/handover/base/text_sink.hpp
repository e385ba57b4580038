#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

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

/// A renderer's output on its way to a TextSink: everything appended collects in a buffer
/// that hands itself on to the sink once it holds a chunk, so the text of a large plan (many
/// times the size of its input) never exists whole in memory and no renderer flushes by hand.
/// Output that is split differently reaches the sink as the same bytes.
///
/// finish() hands on the rest and must end every successful write. The destructor never
/// writes: a writer left unfinished by an exception drops what it still holds instead of
/// throwing from a destructor, and the run fails with that exception anyway.
class BufferedSink {
  public:
    explicit BufferedSink(TextSink& sink) : sink_(sink) {
        // Room for a chunk and the record that passes it, so the buffer never grows.
        buffer_.reserve(k_chunk_bytes + (k_chunk_bytes >> 2));
    }
    BufferedSink(const BufferedSink&) = delete;
    BufferedSink& operator=(const BufferedSink&) = delete;
    ~BufferedSink() = default;

    BufferedSink& operator+=(std::string_view text) {
        buffer_.append(text);
        return flushed_when_full();
    }
    BufferedSink& operator+=(char c) {
        buffer_ += c;
        return flushed_when_full();
    }
    /// `count` copies of `c` (padding).
    void append(std::size_t count, char c) {
        buffer_.append(count, c);
        flushed_when_full();
    }
    /// fmt::format() appended without a temporary string.
    template <typename... Args>
    void format(fmt::format_string<Args...> text, Args&&... args) {
        fmt::format_to(std::back_inserter(buffer_), text, std::forward<Args>(args)...);
        flushed_when_full();
    }
    /// Lets `append(std::string&)` add to the buffer directly (an escaper that writes in
    /// several pieces), then hands the buffer on when it is full.
    template <typename Append>
    void append_with(Append&& append) {
        append(buffer_);
        flushed_when_full();
    }

    /// Hands on what is left. Call it once, after the last append.
    void finish() {
        if (!buffer_.empty()) sink_.write(buffer_);
        buffer_.clear();
    }

  private:
    BufferedSink& flushed_when_full() {
        if (buffer_.size() >= k_chunk_bytes) [[unlikely]]
            hand_on();
        return *this;
    }
    /// Out of line, so that every append stays small enough to inline.
    [[gnu::noinline]] void hand_on() {
        sink_.write(buffer_);
        buffer_.clear();
    }

    TextSink& sink_;
    std::string buffer_;
};

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
