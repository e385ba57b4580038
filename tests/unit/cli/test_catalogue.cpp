// The message catalogue against itself and against the code that reads it: every text in
// both languages with the same parameters, no key twice, every key the sources name present,
// no key put together at run time, and a text for every value of every closed set.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/i18n.hpp"
#include "handover/engine/plan.hpp"
#include "handover/engine/rules.hpp"
#include "handover/input/model.hpp"
#include "handover/render/labels.hpp"

namespace {

using handover::Lang;

/// The `{name}` and `{name:spec}` parameters of a text, by name.
std::set<std::string> placeholders(std::string_view text) {
    std::set<std::string> names;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{') continue;
        if (i + 1 < text.size() && text[i + 1] == '{') {
            ++i;
            continue;
        }
        const std::size_t close = text.find('}', i);
        if (close == std::string_view::npos) break;
        const std::string_view inside = text.substr(i + 1, close - i - 1);
        names.emplace(inside.substr(0, inside.find(':')));
        i = close;
    }
    return names;
}

bool in_catalogue(std::string_view key) {
    const auto all = handover::all_messages();
    return std::any_of(all.begin(), all.end(),
                       [&](const handover::Message& m) { return m.key == key; });
}

/// The first segments of the catalogue's keys (`render`, `method`, ...): a literal that
/// starts with one of them and a dot is taken for a key.
std::set<std::string> key_areas() {
    std::set<std::string> areas;
    for (const auto& m : handover::all_messages()) {
        areas.emplace(m.key.substr(0, m.key.find('.')));
    }
    return areas;
}

struct Literal {
    std::string text;  ///< the source spelling between the quotes
    std::size_t offset;
};

/// One source file with its comments blanked out (so that an example in a comment is not
/// taken for a call) and its string literals listed.
struct Source {
    std::string path;
    std::string code;
    std::vector<Literal> literals;

    std::size_t line_of(std::size_t offset) const {
        return 1 + static_cast<std::size_t>(std::count(
                       code.begin(), code.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    }
};

Source read_source(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    Source s{path.string(), text.str(), {}};
    std::string& c = s.code;
    for (std::size_t i = 0; i < c.size();) {
        if (c.compare(i, 2, "//") == 0) {
            while (i < c.size() && c[i] != '\n') c[i++] = ' ';
        } else if (c.compare(i, 2, "/*") == 0) {
            const std::size_t end = std::min(c.find("*/", i + 2) + 2, c.size());
            for (; i < end; ++i) {
                if (c[i] != '\n') c[i] = ' ';
            }
        } else if (c.compare(i, 2, "R\"") == 0) {
            const std::size_t open = c.find('(', i);
            const std::string close = ")" + c.substr(i + 2, open - i - 2) + "\"";
            const std::size_t end = c.find(close, open);
            s.literals.push_back({c.substr(open + 1, end - open - 1), i});
            i = end + close.size();
        } else if (c[i] == '"' || c[i] == '\'') {
            const char quote = c[i];
            const std::size_t start = i++;
            while (i < c.size() && c[i] != quote) i += c[i] == '\\' ? 2 : 1;
            if (quote == '"') s.literals.push_back({c.substr(start + 1, i - start - 1), start});
            ++i;
        } else {
            ++i;
        }
    }
    return s;
}

/// Every C++ file of the program, the catalogue tables themselves left out.
std::vector<Source> program_sources() {
    std::vector<Source> sources;
    for (const char* dir : {"src", "include"}) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(
                 std::filesystem::path(HANDOVER_SOURCE_DIR) / dir)) {
            const auto& path = entry.path();
            if (path.extension() != ".cpp" && path.extension() != ".hpp") continue;
            if (path.filename().string().starts_with("messages_")) continue;
            sources.push_back(read_source(path));
        }
    }
    return sources;
}

/// The key argument of a `tr(lang, ...)` or `trf(lang, ...)` call: a literal, a choice
/// between literals, or a name that carries a key handed in (a parameter, a loop over
/// literals). Anything else puts the key together at run time.
const std::regex k_call(R"re(\btrf?\(\s*[A-Za-z_][A-Za-z0-9_.]*\s*,\s*)re");
const std::regex k_literal_key(R"re(^"([^"\\]*)"\s*[,)])re");
const std::regex k_choice_key(R"re(^[^",;?]*\?\s*"([^"\\]*)"\s*:\s*"([^"\\]*)"\s*[,)])re");
const std::regex k_name_key(R"re(^[A-Za-z_][A-Za-z0-9_.]*\s*[,)])re");

struct KeyUse {
    std::string where;
    std::string key;
};

struct CallScan {
    std::vector<KeyUse> literal_keys;
    std::vector<std::string> built_keys;  ///< where a key is computed in the call
    std::size_t calls = 0;
};

CallScan scan_calls(const std::vector<Source>& sources) {
    CallScan scan;
    for (const Source& s : sources) {
        for (auto it = std::sregex_iterator(s.code.begin(), s.code.end(), k_call);
             it != std::sregex_iterator(); ++it) {
            ++scan.calls;
            const std::size_t at = static_cast<std::size_t>(it->position() + it->length());
            const std::string rest = s.code.substr(at, 200);
            const std::string where = s.path + ":" + std::to_string(s.line_of(at));
            std::smatch m;
            if (std::regex_search(rest, m, k_literal_key)) {
                scan.literal_keys.push_back({where, m[1]});
            } else if (std::regex_search(rest, m, k_choice_key)) {
                scan.literal_keys.push_back({where, m[1]});
                scan.literal_keys.push_back({where, m[2]});
            } else if (!std::regex_search(rest, k_name_key)) {
                scan.built_keys.push_back(where + ": " + rest.substr(0, rest.find('\n')));
            }
        }
    }
    return scan;
}

}  // namespace

TEST_CASE("catalogue: every key has an English and a Japanese text") {
    const auto all = handover::all_messages();
    REQUIRE(all.size() > 500);
    // Every text has both languages; none is empty.
    for (const auto& m : all) {
        INFO(m.key);
        CHECK(!m.key.empty());
        CHECK(!m.en.empty());
        CHECK(!m.ja.empty());
    }
}

TEST_CASE("catalogue: both languages of a text take the same parameters") {
    CHECK(placeholders("{a} and {b:g} but not {{c}}") == std::set<std::string>{"a", "b"});
    // A Japanese business letter addresses the company and the person and names the writer
    // in its greeting, where an English one does neither; only these texts differ.
    struct Difference {
        std::string_view key;
        std::set<std::string> en;
        std::set<std::string> ja;
    };
    const Difference differences[] = {
        {"render.drafts.email.greeting", {}, {"me"}},
        {"render.drafts.email.greeting_dormant", {}, {"me"}},
        {"render.drafts.email.salutation", {"contact"}, {"client", "contact"}},
        {"render.drafts.no_contact", {"client"}, {}},
        // An English announcement says which company the user leaves; a Japanese one has
        // named it in its greeting (「株式会社○○の佐藤でございます」) or says 弊社.
        {"render.drafts.email.leaving", {"company", "last_day"}, {"last_day"}},
        {"render.drafts.talk.leaving", {"company", "last_day"}, {"last_day"}},
        {"render.drafts.again.leaving", {"company", "last_day"}, {"last_day"}},
        {"letters.farewell.clients.opening", {"company"}, {"company", "family"}},
        {"letters.farewell.colleagues.opening", {"company"}, {"family"}},
        {"letters.farewell.colleagues.opening_title", {"title", "company"}, {"title", "family"}},
    };
    for (const auto& m : handover::all_messages()) {
        INFO(m.key << "\n  en: " << m.en << "\n  ja: " << m.ja);
        const auto* difference = std::find_if(std::begin(differences), std::end(differences),
                                              [&](const Difference& d) { return d.key == m.key; });
        if (difference != std::end(differences)) {
            CHECK(placeholders(m.en) == difference->en);
            CHECK(placeholders(m.ja) == difference->ja);
        } else {
            CHECK(placeholders(m.en) == placeholders(m.ja));
        }
    }
}

TEST_CASE("catalogue: no key appears twice") {
    std::vector<std::string_view> keys;
    for (const auto& m : handover::all_messages()) keys.push_back(m.key);
    std::sort(keys.begin(), keys.end());
    const auto twice = std::adjacent_find(keys.begin(), keys.end());
    INFO((twice == keys.end() ? std::string_view() : *twice));
    CHECK(twice == keys.end());
}

TEST_CASE("catalogue: every key the sources pass to tr and trf is in it") {
    const CallScan scan = scan_calls(program_sources());
    REQUIRE(scan.calls > 300);  // the scan finds the calls at all
    REQUIRE(scan.literal_keys.size() > 250);
    for (const KeyUse& use : scan.literal_keys) {
        INFO(use.where << ": " << use.key);
        CHECK(in_catalogue(use.key));
    }
}

TEST_CASE("catalogue: no call puts its key together at run time") {
    const CallScan scan = scan_calls(program_sources());
    for (const std::string& call : scan.built_keys) {
        INFO(call);
        CHECK(false);
    }
    CHECK(scan.built_keys.empty());
}

TEST_CASE("catalogue: every literal in the sources that names a key names one it has") {
    // Keys reach tr() through helpers too (`text(ctx, "cli.opt.help")`), so every literal
    // shaped like a key is checked, and none may be the start of a key to be completed
    // (`"method."`, `"stage.{}"`).
    const std::set<std::string> areas = key_areas();
    const std::regex key_shape(R"re(^([a-z]+)\.[A-Za-z0-9_.$]*$)re");
    const std::regex fragment_shape(
        R"re(^([a-z]+)\.([A-Za-z0-9_.$]*\.)?(\{\})?$|^([a-z]+)\.[A-Za-z0-9_.$]*\{)re");
    std::size_t keys = 0;
    for (const Source& s : program_sources()) {
        for (const Literal& literal : s.literals) {
            INFO(s.path << ":" << s.line_of(literal.offset) << ": \"" << literal.text << '"');
            std::smatch m;
            if (std::regex_match(literal.text, m, fragment_shape)) {
                const std::string area = m[1].matched ? m[1].str() : m[4].str();
                CHECK(!areas.contains(area));
            } else if (std::regex_match(literal.text, m, key_shape) && areas.contains(m[1])) {
                ++keys;
                CHECK(in_catalogue(literal.text));
            }
        }
    }
    CHECK(keys > 400);
}

TEST_CASE("catalogue: every value of every closed set has a text in both languages") {
    using namespace handover;
    for (const Lang lang : {Lang::en, Lang::ja}) {
        INFO(to_string(lang));
        for (const Severity s : {Severity::info, Severity::warning, Severity::error}) {
            CHECK(!label(lang, s).empty());
        }
        for (const auto name : k_method_names) {
            INFO(name);
            const Method method = *method_from_string(name);
            CHECK(!label(lang, method).empty());
            if (method == Method::email) {
                CHECK_THROWS_AS(talk_texts(lang, method), std::logic_error);
            } else {
                CHECK(!talk_texts(lang, method).title.empty());
                CHECK(!talk_texts(lang, method).opening.empty());
            }
        }
        for (const auto name : k_stage_names) {
            INFO(name);
            CHECK(!label(lang, *stage_from_string(name)).empty());
        }
        for (const auto name : k_relationship_names) {
            INFO(name);
            CHECK(!label(lang, *relationship_from_string(name)).empty());
        }
        for (const MethodReason reason :
             {MethodReason::preferred, MethodReason::change_averse, MethodReason::strong,
              MethodReason::high_value, MethodReason::open_deal, MethodReason::weak,
              MethodReason::dormant, MethodReason::prospect, MethodReason::renewal,
              MethodReason::normal}) {
            INFO(static_cast<int>(reason));
            CHECK(!label(lang, reason).empty());
        }
        std::set<std::string_view> names;
        std::set<std::string_view> categories;
        for (int step = 1; step <= 6; ++step) {
            names.insert(step_names(lang, step).name);
            categories.insert(step_names(lang, step).category);
        }
        CHECK(names.size() == 6);  // six texts, none empty
        CHECK(!names.contains(""));
        CHECK(categories.size() == 6);
        CHECK(!categories.contains(""));
        CHECK(step_names(lang, 0).name == step_names(lang, 1).name);
        CHECK(step_names(lang, 7).category == step_names(lang, 6).category);
        // Every field the catalogue describes can be asked for by its path.
        constexpr std::string_view prefix = "input.field.";
        for (const auto& m : all_messages()) {
            if (!m.key.starts_with(prefix)) continue;
            INFO(m.key);
            CHECK(field_description(lang, m.key.substr(prefix.size())) ==
                  (lang == Lang::ja ? m.ja : m.en));
        }
        CHECK_THROWS_AS(field_description(lang, "no.such.field"), std::logic_error);
    }
}

TEST_CASE("catalogue: a warning on one line of a list") {
    using namespace handover;
    Warning w;
    w.code = WarningCode::no_successor;
    w.severity = Severity::error;
    Plan plan;
    plan.worded = true;
    w.worded = Text::of_static("line one\nline two");
    CHECK(warning_line(Lang::en, plan, w, "  ! ") ==
          "  ! [error] NO_SUCCESSOR: line one line two\n");
    w.client = Text::of_static("acme");
    CHECK(warning_line(Lang::en, plan, w, "  ", false) ==
          "  NO_SUCCESSOR acme: line one line two\n");
}
