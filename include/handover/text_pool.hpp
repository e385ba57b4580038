#pragma once
// Text that a plan holds: each distinct string stored once, and referred to by a handle the
// size of a string_view.
//
// A plan of 100,000 clients holds about two million short texts (ids, titles, reasons,
// talking points, warning messages). As separate std::strings they took 300 MB, three
// times what the plan needs: most of them repeat ("no room before the last day", the same
// talking point for every client) and each std::string carries its own allocation. A pool
// stores each distinct text once in large blocks; a `Text` is a view of it.
//
// The input holds one for the same reason. The benchmark's 100,000 clients took 62 MB as
// std::strings for 11 MB of text: 380,000 of their 800,000 texts (most of them Japanese)
// were too long to sit inside a std::string, so each was an allocation of its own. Names,
// contacts, history lines and events recur from client to client; in a pool the text
// takes 2 MB, and the typed input 27 MB, most of it the Client records themselves.

#include <fmt/format.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace handover {

/// A view of text that outlives it: a string literal, a catalogue entry, or text stored in
/// a TextPool that the owner (a Plan, an Input) keeps alive. It reads like a std::string_view; it
/// cannot be made from a std::string, so no Text can point into a temporary.
class Text : public std::string_view {
  public:
    constexpr Text() = default;
    /// String literals live as long as the program.
    template <std::size_t N>
    constexpr Text(const char (&literal)[N])  // NOLINT(google-explicit-constructor)
        : std::string_view(literal, N - 1) {}
    Text(const std::string&) = delete;
    Text(std::string&&) = delete;

    /// Text with static storage that is not a literal (the message catalogue's entries).
    static constexpr Text of_static(std::string_view text) { return Text(text); }

    std::string str() const { return std::string(*this); }

  private:
    friend class TextPool;
    constexpr explicit Text(std::string_view text) : std::string_view(text) {}
};

/// Owns the text behind Texts. Texts stay valid as long as the pool does; the pool only
/// grows. Not thread-safe (an input is read, and a plan built, by one thread).
class TextPool {
  public:
    TextPool() = default;
    TextPool(const TextPool&) = delete;
    TextPool& operator=(const TextPool&) = delete;

    /// The same Text for the same characters: repeated texts are stored once.
    Text intern(std::string_view text);
    /// A copy without looking for an earlier one, for text known to be unique (task ids,
    /// client ids, notes): it costs no entry in the index.
    Text store(std::string_view text);

    /// Room in the index for about `count` distinct interned texts, so that it is not
    /// rebuilt while it grows.
    void reserve(std::size_t count) { index_.reserve(count); }

    /// Bytes of text held, for benchmarks and tests.
    std::size_t bytes() const { return bytes_; }

  private:
    static constexpr std::size_t k_block_bytes = 256 * 1024;

    std::vector<std::unique_ptr<char[]>> blocks_;
    char* next_ = nullptr;  ///< the first free byte of the last block
    std::size_t left_ = 0;  ///< free bytes from next_ to the end of the last block
    std::size_t bytes_ = 0;
    std::unordered_set<std::string_view> index_;  ///< views of interned texts
};

}  // namespace handover

template <>
struct std::hash<handover::Text> : std::hash<std::string_view> {};

template <>
struct fmt::formatter<handover::Text> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(const handover::Text& text, FormatContext& ctx) const {
        return fmt::formatter<std::string_view>::format(std::string_view(text), ctx);
    }
};
