// Tests of the clients array as parse_input reads it: one client at a time while the text is
// parsed (src/input/input_clients.cpp, input_dom.cpp), with the same results as reading a
// DOM of the whole file: diagnostics in the order of the format, the last of duplicate keys
// winning, and syntax errors naming the client they stop in.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "handover/base/diagnostics.hpp"
#include "handover/input/input.hpp"

using namespace handover;

namespace {

const Day k_today = *parse_iso_date("2026-11-20");

std::vector<Diagnostic> problems(std::string_view text) {
    try {
        parse_input(text, "clients.json", k_today, Lang::en);
    } catch (const InputError& error) {
        return error.diagnostics();
    }
    return {};
}

std::vector<std::string> pointers(const std::vector<Diagnostic>& found) {
    std::vector<std::string> out;
    for (const auto& diagnostic : found) out.push_back(diagnostic.pointer);
    return out;
}

std::string client(std::string_view id, std::string_view stage = "active") {
    return R"({"id": ")" + std::string(id) + R"(", "name": "N", "stage": ")" + std::string(stage) +
           "\"}";
}

}  // namespace

TEST_CASE("input clients: problems follow the order of the format, not of the text") {
    // `clients` comes first in the text but is checked after `policy`, and before the
    // checks against the last day and `done`.
    const auto found = problems(R"({"clients": [)" + client("acme", "clsing") +
                                R"(], "done": {"a b": "2026-11-01"}, "policy": {"notice_days": -1},
        "last_day": "2040-01-01", "version": 1, "zzz": 1})");
    CHECK(pointers(found) == std::vector<std::string>{"/zzz", "/policy/notice_days",
                                                      "/clients/0/stage", "/last_day",
                                                      "/done/a b"});
    CHECK(found[2].client_id == "acme");
    CHECK(found[2].suggestion == "closing");
}

TEST_CASE("input clients: a second clients key replaces the first") {
    const std::string head = R"({"version": 1, "last_day": "2026-12-25", )";
    // The first array's problems are gone with it: only the duplicate key and the second
    // array's problems are left.
    const auto replaced = problems(head + R"("clients": [)" + client("Bad") + R"(], "clients": [)" +
                                   client("b", "clsing") + "]}");
    CHECK(pointers(replaced) == std::vector<std::string>{"/clients", "/clients/0/stage"});
    CHECK(replaced[0].message ==
          "the key \"clients\" appears more than once in this object; keep only one");
    // Ids are compared within the array that stays.
    CHECK(pointers(problems(head + R"("clients": [)" + client("a") + R"(], "clients": [)" +
                            client("a") + "]}")) == std::vector<std::string>{"/clients"});
    // Whatever the last value is, it is the one checked.
    const auto not_array =
        problems(head + R"("clients": [)" + client("Bad") + R"(], "clients": {"a": 1}})");
    CHECK(pointers(not_array) == std::vector<std::string>{"/clients", "/clients"});
    CHECK(not_array[1].message == "expected an array, found an object");
    const auto array_last =
        problems(head + R"("clients": 3, "clients": [)" + client("a") + ", " + client("a") + "]}");
    CHECK(pointers(array_last) == std::vector<std::string>{"/clients", "/clients/1/id"});
}

TEST_CASE("input clients: another version drops the problems of clients read before it") {
    const auto found = problems(R"({"clients": [)" + client("Bad", "x") +
                                R"(], "last_day": "2026-12-25", "version": 2})");
    CHECK(pointers(found) == std::vector<std::string>{"/version"});
}

TEST_CASE("input clients: a syntax error names the client and the element it stops in") {
    const std::string head = R"({"version": 1, "clients": [)" + client("a") + ", " + client("b");
    const auto in_client = problems(head + R"(, {"id": "c", "name": tru, "stage": "active"}]})");
    REQUIRE(in_client.size() == 1);
    CHECK(in_client[0].pointer == "/clients/2/name");
    CHECK(in_client[0].client_id == "c");
    CHECK(in_client[0].message ==
          "invalid JSON at line 1, column 138: unexpected text 'tru'; strings need double quotes, "
          "and only true, false and null may be written without them");
    const auto between = problems(head + ", ");
    REQUIRE(between.size() == 1);
    CHECK(between[0].pointer == "/clients/2");
    CHECK(between[0].client_id.empty());
    // Problems of the clients read before the error are not reported: the file cannot be
    // read at all.
    const auto after_bad_client =
        problems(R"({"version": 1, "clients": [)" + client("Bad") + ", ]");
    CHECK(pointers(after_bad_client) == std::vector<std::string>{"/clients/1"});
}

TEST_CASE("input clients: every client keeps its place, however many there are") {
    std::string text = R"({"version": 1, "last_day": "2026-12-25", "clients": [)";
    for (int i = 0; i < 1000; ++i) {
        if (i > 0) text += ",";
        text += i % 7 == 0 ? "\n" : "";
        text += client("c" + std::to_string(i));
    }
    text += "]}";
    const Input input = parse_input(text, "clients.json", k_today);
    REQUIRE(input.clients.size() == 1000);
    for (std::size_t i = 0; i < input.clients.size(); ++i) {
        CHECK(input.clients[i].index == i);
        CHECK(input.clients[i].id == "c" + std::to_string(i));
    }
    // Read in chunks, the clients end in a vector without room to spare.
    CHECK(input.clients.capacity() == input.clients.size());
    // A duplicate id far down the array names the first one's index.
    text.insert(text.size() - 2, ", " + client("c3"));
    const auto found = problems(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "/clients/1000/id");
    CHECK(found[0].message ==
          "the id \"c3\" is already used by the client at /clients/3; ids must be unique");
}

TEST_CASE("input clients: elements that are not objects are reported where they stand") {
    const auto found = problems(R"({"version": 1, "last_day": "2026-12-25", "clients": [1, )" +
                                client("a") + R"(, null, ["x"], )" + client("a") + "]}");
    CHECK(pointers(found) ==
          std::vector<std::string>{"/clients/0", "/clients/2", "/clients/3", "/clients/4/id"});
    CHECK(found[0].message == "expected an object, found a number");
    CHECK(found[3].message ==
          "the id \"a\" is already used by the client at /clients/1; ids must be unique");
    // Only the top-level array holds clients.
    const auto nested = problems(
        R"({"version": 1, "last_day": "2026-12-25", "clients": [], "x": {"clients": [1]}})");
    CHECK(pointers(nested) == std::vector<std::string>{"/x"});
}

TEST_CASE("input clients: texts live in the input's pool, a repeated one once") {
    const std::string same = R"("name": "Same Co", "stage": "active", "contact": "Ms. Sato",
        "history": ["2025-01 first order"], "notes": "call after 3 pm",
        "next_events": [{"date": "2027-01-10", "what": "QBR"}]})";
    Input copy;
    {
        std::string text = R"({"version": 1, "last_day": "2026-12-25", "clients": [{"id": "a", )" +
                           same + R"(, {"id": "b", )" + same + "]}";
        const Input input = parse_input(text, "clients.json", k_today);
        copy = input;
        // Nothing points into the text or the input that was read from it.
        text.assign(text.size(), 'x');
    }
    const Client& a = copy.clients[0];
    const Client& b = copy.clients[1];
    CHECK(b.id == "b");
    CHECK(b.name == "Same Co");
    CHECK(b.contact == "Ms. Sato");
    CHECK(b.notes == "call after 3 pm");
    REQUIRE(b.history.size() == 1);
    CHECK(b.history[0] == "2025-01 first order");
    REQUIRE(b.next_events.size() == 1);
    CHECK(b.next_events[0].what == "QBR");
    CHECK(a.name.data() == b.name.data());
    CHECK(a.contact.data() == b.contact.data());
    CHECK(a.history[0].data() == b.history[0].data());
    CHECK(a.next_events[0].what.data() == b.next_events[0].what.data());
}
