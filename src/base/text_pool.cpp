#include "handover/base/text_pool.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#include <limits>

namespace handover {

namespace {

// Grow past 70% full: linear probing stays short, the index stays small.
constexpr std::size_t k_max_load_percent = 70;
constexpr std::size_t k_min_slots = 64;
constexpr std::size_t k_max_entry = std::numeric_limits<std::uint32_t>::max();

std::uint32_t hash_of(std::string_view text) {
    return static_cast<std::uint32_t>(std::hash<std::string_view>{}(text));
}

std::uint32_t hash_of(std::span<const Text> items) {
    std::size_t h = items.size();
    for (const Text& item : items) {
        // boost::hash_combine's mixing: order matters, so {a, b} and {b, a} differ.
        h ^= std::hash<std::string_view>{}(item) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    }
    return static_cast<std::uint32_t>(h);
}

bool needs_room(std::size_t entries, std::size_t slots) {
    return (entries + 1) * 100 > slots * k_max_load_percent;
}

}  // namespace

template <typename Same>
TextPool::Slot& TextPool::probe(std::vector<Slot>& slots, std::uint32_t hash, Same&& same) {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot& slot = slots[i];
        if (slot.data == nullptr || (slot.hash == hash && same(slot))) return slot;
    }
}

void TextPool::grow(std::vector<Slot>& slots) {
    std::vector<Slot> bigger(std::max(k_min_slots, 2 * slots.size()));
    const std::size_t mask = bigger.size() - 1;
    for (const Slot& slot : slots) {
        if (slot.data == nullptr) continue;
        std::size_t i = slot.hash & mask;
        while (bigger[i].data != nullptr) i = (i + 1) & mask;
        bigger[i] = slot;
    }
    slots.swap(bigger);
}

void TextPool::reserve(std::size_t count) {
    const std::size_t wanted = std::bit_ceil(count * 100 / k_max_load_percent + 1);
    while (texts_.size() < wanted) grow(texts_);
}

Text TextPool::intern(std::string_view text) {
    if (text.empty()) return {};
    if (text.size() > k_max_entry) return store(text);
    if (needs_room(text_count_, texts_.size())) grow(texts_);
    const std::uint32_t hash = hash_of(text);
    Slot& slot = probe(texts_, hash, [&](const Slot& s) {
        return s.size == text.size() && std::memcmp(s.data, text.data(), text.size()) == 0;
    });
    if (slot.data != nullptr) {
        return Text(std::string_view(static_cast<const char*>(slot.data), slot.size));
    }
    const Text stored = store(text);
    slot = Slot{stored.data(), static_cast<std::uint32_t>(stored.size()), hash};
    ++text_count_;
    return stored;
}

Text TextPool::store(std::string_view text) {
    if (text.empty()) return {};
    char* at = chars_.take(text.size());
    std::memcpy(at, text.data(), text.size());
    bytes_ += text.size();
    return Text(std::string_view(at, text.size()));
}

TextList TextPool::intern_list(std::span<const Text> items) {
    if (items.empty()) return {};
    if (items.size() > k_max_entry) return store_list(items);
    if (needs_room(list_count_, lists_.size())) grow(lists_);
    const std::uint32_t hash = hash_of(items);
    Slot& slot = probe(lists_, hash, [&](const Slot& s) {
        const TextList known(static_cast<const Text*>(s.data), s.size);
        return std::equal(known.begin(), known.end(), items.begin(), items.end());
    });
    if (slot.data != nullptr) return TextList(static_cast<const Text*>(slot.data), slot.size);
    const TextList stored = store_list(items);
    slot = Slot{stored.data(), static_cast<std::uint32_t>(stored.size()), hash};
    ++list_count_;
    return stored;
}

TextList TextPool::store_list(std::span<const Text> items) {
    if (items.empty()) return {};
    Text* at = list_items_in_.take(items.size());
    std::copy(items.begin(), items.end(), at);
    list_items_ += items.size();
    return TextList(at, items.size());
}

}  // namespace handover
