#pragma once
// Text that a plan holds: each distinct string stored once, and referred to by a handle the
// size of a string_view.
//
// A plan holds several short texts per task (ids, titles, reasons, talking points, warning
// messages). As separate std::strings they took several times what the plan needs: most of
// them repeat ("no room before the last day", the same talking point for every client) and
// each std::string carries its own allocation. A pool stores each distinct text once in
// large blocks; a `Text` is a view of it.
//
// The input holds one for the same reason. Many of its texts (most of them Japanese) are
// too long to sit inside a std::string, so each was an allocation of its own, while names,
// contacts, history lines and events recur from client to client; in a pool the text is a
// small part of the typed input, most of which is the Client records themselves.
// (The figures are in docs/benchmarks.md.)

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
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

/// A list of Texts kept in a TextPool (a task's dependencies, its talking points). It reads
/// like any span; the pool stores lists in large blocks, so a task does not carry a vector
/// and its allocation of its own, and lists that recur (every client's notification waits
/// for the same three planning tasks) are stored once.
using TextList = std::span<const Text>;

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

    /// The same list for the same texts in the same order: repeated lists are stored once.
    /// The texts themselves must outlive the pool (literals, this pool's texts).
    TextList intern_list(std::span<const Text> items);
    TextList intern_list(std::initializer_list<Text> items) {
        return intern_list(std::span<const Text>(items.begin(), items.size()));
    }
    /// A copy of the list without looking for an earlier one, for lists known to be unique.
    TextList store_list(std::span<const Text> items);

    /// Room in the index for about `count` distinct interned texts, so that it is not
    /// rebuilt while it grows.
    void reserve(std::size_t count);

    /// Bytes of text held, for benchmarks and tests.
    std::size_t bytes() const { return bytes_; }
    /// Texts held in lists, for benchmarks and tests.
    std::size_t list_items() const { return list_items_; }

  private:
    /// Items in large blocks that never move, so views of them stay valid.
    template <typename T, std::size_t BlockItems>
    class Blocks {
      public:
        /// Room for `count` items.
        T* take(std::size_t count) {
            if (count > BlockItems) {
                // A long note or the list of every document: a block of its own, and the
                // current block stays in use for what follows.
                blocks_.push_back(std::make_unique_for_overwrite<T[]>(count));
                return blocks_.back().get();
            }
            if (count > left_) {
                blocks_.push_back(std::make_unique_for_overwrite<T[]>(BlockItems));
                next_ = blocks_.back().get();
                left_ = BlockItems;
            }
            T* at = next_;
            next_ += count;
            left_ -= count;
            return at;
        }

      private:
        std::vector<std::unique_ptr<T[]>> blocks_;
        T* next_ = nullptr;     ///< the first free item of the last block
        std::size_t left_ = 0;  ///< free items from next_ to the end of the last block
    };

    /// One entry of an open-addressing index: a view of stored text (or of a stored list)
    /// and its hash, 16 bytes. A node-based set took several times that per entry, plus an
    /// allocation each.
    struct Slot {
        const void* data = nullptr;  ///< null: empty slot
        std::uint32_t size = 0;
        std::uint32_t hash = 0;
    };
    /// The slot for `hash` where `same(slot)` holds, or the empty slot where it would go.
    template <typename Same>
    Slot& probe(std::vector<Slot>& slots, std::uint32_t hash, Same&& same);
    static void grow(std::vector<Slot>& slots);

    Blocks<char, 256 * 1024> chars_;
    std::size_t bytes_ = 0;
    std::vector<Slot> texts_;  ///< index of interned texts; size a power of two
    std::size_t text_count_ = 0;

    Blocks<Text, 4096> list_items_in_;
    std::size_t list_items_ = 0;
    std::vector<Slot> lists_;  ///< index of interned lists; size a power of two
    std::size_t list_count_ = 0;
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
