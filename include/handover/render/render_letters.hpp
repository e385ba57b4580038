#pragma once
// The letters of rule 11 (SPEC section 3): the resignation letter (退職届 in Japanese, a
// letter of resignation to the manager in English) and the farewell messages of the last
// day, to the clients already handed over and to colleagues. They are drafts the user
// copies; `handover drafts` prints them after the client drafts, and the Markdown view's
// drafts section (`--with-drafts`) ends with them.

#include <string>
#include <vector>

#include "handover/base/i18n.hpp"
#include "handover/engine/plan.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// One letter: its heading (what it is, when it goes out) and the text to copy.
struct LetterDraft {
    std::string heading;
    std::string body;
};

/// Where the letters are read: text from the input is escaped for a terminal, or folded to
/// one line for a Markdown code fence.
enum class LettersFor { markdown, terminal };

/// The resignation letter, the farewell to clients and the farewell to colleagues, in
/// that order.
std::vector<LetterDraft> letter_drafts(const Plan& plan, const Input& input, Lang lang,
                                       LettersFor target);

/// The letters as `handover drafts` prints them: each under `=== heading ===`.
std::string render_letters(const Plan& plan, const Input& input, Lang lang);

/// A date as it is written on a Japanese official document: 令和8年12月25日 (令和元年 for
/// 2019), in the western calendar before 1 May 2019.
std::string japanese_era_date(Day day);

}  // namespace handover
