// The pool behind a plan's texts: what is stored once, what is stored whole, and how long a
// Text stays valid.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "handover/base/text_pool.hpp"
#include "handover/engine/plan.hpp"
#include "handover/input/model.hpp"

namespace {

using handover::Plan;
using handover::Text;
using handover::TextList;
using handover::TextPool;

// A Text can only come from storage that outlives it: never from a std::string.
static_assert(!std::is_constructible_v<Text, std::string>);
static_assert(!std::is_constructible_v<Text, std::string&&>);
static_assert(!std::is_constructible_v<Text, const std::string&>);
static_assert(!std::is_constructible_v<Text, std::string&>);
// Nor from a bare view, which may point into a temporary: only of_static() or a pool.
static_assert(!std::is_constructible_v<Text, std::string_view>);
// String literals are fine.
static_assert(std::is_constructible_v<Text, const char (&)[4]>);
static_assert(Text("abc").size() == 3);
static_assert(Text::of_static(std::string_view("abcd")).size() == 4);

constexpr std::size_t k_block_bytes = 256 * 1024;

}  // namespace

TEST_CASE("text_pool: interning gives the same text for the same characters") {
    TextPool pool;
    std::string first = "no room before the last day";
    const std::string second = first;  // the same characters in another buffer
    const Text a = pool.intern(first);
    const Text b = pool.intern(second);
    CHECK(a == "no room before the last day");
    CHECK(a.data() == b.data());
    CHECK(a.size() == b.size());
    // The pool keeps its own copy, not a view of the caller's string.
    CHECK(a.data() != first.data());
    first.assign(first.size(), '#');
    CHECK(a == "no room before the last day");
    CHECK(pool.bytes() == a.size());

    const Text other = pool.intern("no room before the first day");
    CHECK(other == "no room before the first day");
    CHECK(other.data() != a.data());
    // A prefix of an interned text is a text of its own.
    const Text prefix = pool.intern("no room");
    CHECK(prefix == "no room");
    CHECK(prefix.data() != a.data());
    CHECK(pool.intern("no room").data() == prefix.data());
    CHECK(pool.bytes() == a.size() + other.size() + prefix.size());
}

TEST_CASE("text_pool: store keeps every copy, without looking for an earlier one") {
    TextPool pool;
    const Text a = pool.store("acme/notify");
    const Text b = pool.store("acme/notify");
    CHECK(a == "acme/notify");
    CHECK(b == "acme/notify");
    CHECK(a.data() != b.data());
    CHECK(pool.bytes() == 2 * a.size());
    // Stored text is not indexed: interning the same characters makes one more copy, which
    // later interning then finds.
    const Text c = pool.intern("acme/notify");
    CHECK(c == "acme/notify");
    CHECK(c.data() != a.data());
    CHECK(c.data() != b.data());
    CHECK(pool.intern("acme/notify").data() == c.data());
    CHECK(pool.bytes() == 3 * a.size());
}

TEST_CASE("text_pool: a text longer than a block is kept whole") {
    TextPool pool;
    const Text before = pool.intern("before");
    std::string long_text;
    long_text.reserve(k_block_bytes + 12'345);
    for (std::size_t i = 0; long_text.size() < k_block_bytes + 12'345; ++i) {
        long_text += static_cast<char>('a' + static_cast<char>(i % 26));
    }
    const Text stored = pool.store(long_text);
    CHECK(stored.size() == long_text.size());
    CHECK(stored == long_text);
    const Text interned = pool.intern(long_text);
    CHECK(interned.size() == long_text.size());
    CHECK(interned == long_text);
    CHECK(pool.intern(long_text).data() == interned.data());
    // Short texts before and after it are untouched.
    const Text after = pool.intern("after");
    CHECK(before == "before");
    CHECK(after == "after");
    CHECK(stored == long_text);
    CHECK(pool.bytes() == before.size() + 2 * long_text.size() + after.size());

    // Exactly a block, and a block plus one byte.
    const std::string one_block(k_block_bytes, 'x');
    const std::string block_and_one(k_block_bytes + 1, 'y');
    const Text x = pool.intern(one_block);
    const Text y = pool.intern(block_and_one);
    CHECK(x == one_block);
    CHECK(y == block_and_one);
    CHECK(interned == long_text);
}

TEST_CASE("text_pool: the empty text") {
    TextPool pool;
    const Text interned = pool.intern("");
    const Text stored = pool.store(std::string_view());
    CHECK(interned.empty());
    CHECK(stored.empty());
    CHECK(interned == "");
    CHECK(interned == Text());
    CHECK(pool.bytes() == 0);
    // Empty text does not disturb what follows.
    const Text a = pool.intern("a");
    CHECK(a == "a");
    CHECK(pool.intern("").empty());
    CHECK(pool.bytes() == 1);
    CHECK(Text().empty());
}

TEST_CASE("text_pool: texts stay valid and in place while the pool grows") {
    TextPool pool;
    std::vector<Text> early;
    std::vector<const char*> where;
    for (int i = 0; i < 100; ++i) {
        std::string text = "early text " + std::to_string(i);
        early.push_back(pool.intern(text));
        where.push_back(early.back().data());
        text.assign(text.size(), '?');  // the caller's buffer is reused; the pool's copy is not
    }
    // Many more texts than one block holds (several megabytes in all), interned and stored,
    // with a few long ones among them.
    for (int i = 0; i < 200'000; ++i) {
        const std::string text = "later text number " + std::to_string(i);
        (void)pool.intern(text);
        if (i % 3 == 0) (void)pool.store(text);
        if (i % 50'000 == 0) (void)pool.store(std::string(k_block_bytes + 7, 'L'));
    }
    CHECK(pool.bytes() > 10 * k_block_bytes);
    for (std::size_t i = 0; i < early.size(); ++i) {
        INFO("early text " << i);
        CHECK(early[i] == "early text " + std::to_string(i));
        CHECK(early[i].data() == where[i]);
        // Interning again still finds the first copy.
        CHECK(pool.intern("early text " + std::to_string(i)).data() == where[i]);
    }
    // Interned later texts are still found once.
    const Text again = pool.intern("later text number 123456");
    CHECK(again == "later text number 123456");
    CHECK(pool.intern(std::string("later text number 123456")).data() == again.data());
}

TEST_CASE("text_pool: a copy of a plan shares its pool, which lives as long as any copy") {
    std::optional<Plan> original(std::in_place);
    REQUIRE(original->pool != nullptr);
    const Text id = original->unique_text(std::string("acme/notify"));
    const Text title = original->text(std::string("Tell ACME Corp"));

    const Plan copy = *original;
    CHECK(copy.pool == original->pool);
    CHECK(copy.text("Tell ACME Corp").data() == title.data());
    CHECK(original->text("Tell ACME Corp").data() == title.data());

    // Text added through either copy lands in the one pool.
    const Text added = copy.text("added through the copy");
    CHECK(original->text("added through the copy").data() == added.data());

    // The original goes; its texts stay valid through the copy.
    original.reset();
    CHECK(copy.pool.use_count() == 1);
    CHECK(id == "acme/notify");
    CHECK(title == "Tell ACME Corp");
    CHECK(added == "added through the copy");

    // A new plan gets a pool of its own.
    const Plan fresh;
    REQUIRE(fresh.pool != nullptr);
    CHECK(fresh.pool != copy.pool);
    CHECK(fresh.text("Tell ACME Corp").data() != title.data());
}

TEST_CASE("text_pool: every interned text is found again after the index has grown") {
    TextPool pool;
    pool.reserve(10);  // far too small: the index must grow many times on the way
    std::vector<Text> first;
    for (int i = 0; i < 50'000; ++i) first.push_back(pool.intern("text " + std::to_string(i)));
    const std::size_t bytes = pool.bytes();
    for (int i = 0; i < 50'000; ++i) {
        const Text again = pool.intern("text " + std::to_string(i));
        if (again.data() != first[static_cast<std::size_t>(i)].data()) {
            FAIL("text " << i << " was stored twice");
        }
    }
    CHECK(pool.bytes() == bytes);  // nothing stored twice

    // Reserving room for more than is held keeps what is held.
    pool.reserve(200'000);
    CHECK(pool.intern("text 49999").data() == first.back().data());
    CHECK(pool.intern("text 0").data() == first.front().data());
}

TEST_CASE("text_pool: lists recur once, in order, and stay valid while the pool grows") {
    TextPool pool;
    const Text a = pool.intern("consult-manager");
    const Text b = pool.intern("decide-timing");
    const TextList ab = pool.intern_list({a, b});
    REQUIRE(ab.size() == 2);
    CHECK(ab[0] == "consult-manager");
    CHECK(ab[1] == "decide-timing");
    // The same texts in the same order: the same list, even from other views of them.
    CHECK(pool.intern_list({Text("consult-manager"), Text("decide-timing")}).data() == ab.data());
    // Order matters, and so does length.
    const TextList ba = pool.intern_list({b, a});
    CHECK(ba.data() != ab.data());
    CHECK(ba[0] == "decide-timing");
    CHECK(pool.intern_list({a}).data() != ab.data());
    CHECK(pool.intern_list({a, b, a}).size() == 3);
    // Stored lists are copies that interning does not find.
    const TextList stored = pool.store_list(ab);
    CHECK(stored.data() != ab.data());
    CHECK(std::equal(stored.begin(), stored.end(), ab.begin(), ab.end()));
    // The empty list.
    CHECK(pool.intern_list(std::span<const Text>()).empty());
    CHECK(pool.store_list(std::span<const Text>()).empty());

    // Many lists, and one longer than a block, later: the first lists stay where they were.
    std::vector<Text> long_list;
    for (int i = 0; i < 10'000; ++i) long_list.push_back(pool.intern("doc " + std::to_string(i)));
    const TextList whole = pool.store_list(long_list);
    REQUIRE(whole.size() == long_list.size());
    CHECK(whole.back() == "doc 9999");
    for (std::size_t i = 0; i + 1 < long_list.size(); ++i) {
        (void)pool.intern_list({long_list[i], long_list[i + 1]});
    }
    CHECK(pool.intern_list({a, b}).data() == ab.data());
    CHECK(ab[1] == "decide-timing");
    CHECK(whole.front() == "doc 0");
    CHECK(pool.intern_list({long_list[5], long_list[6]})[1] == "doc 6");
}

TEST_CASE("text_pool: plan and input records stay small, as the memory figures assume") {
    // docs/benchmarks.md, "Memory at 100,000 clients": 315,000 tasks, 256,000 warnings and
    // 100,000 clients. A field that grows one of these records grows the peak by megabytes;
    // these bounds make that a decision rather than an accident (x86-64 and AArch64 Linux).
    STATIC_REQUIRE(sizeof(handover::Task) <= 160);
    STATIC_REQUIRE(sizeof(handover::Warning) <= 72);
    // Client: 168 bytes until the salutation, decision maker and handover notes joined it
    // (three texts, 4.8 MB at 100,000 clients).
    STATIC_REQUIRE(sizeof(handover::Client) <= 216);
    STATIC_REQUIRE(sizeof(TextList) == 16);
}
