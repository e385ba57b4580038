#pragma once
// A realistic plan and input built by hand, so renderer tests do not depend on the engine.
//
// 佐藤 優 leaves on Fri 2026-12-25 (today: Mon 2026-11-30); end of employment 2027-01-15,
// reachable until 2027-01-31. Three clients: 株式会社アクメ (`acme`, closing deal,
// change-averse, in person, successor 鈴木 健), Globex Corporation (`globex`, video, successor
// John Doe) and 山田商店 (`yamada`, email, no contact, no history, no events, no successor, its
// introduction unscheduled). One done task (consult-manager), an interview and weekly reviews,
// warnings of each severity, and closed days: paid leave on 12-04, a company holiday on 12-18.

#include <optional>

#include "handover/base/text_pool.hpp"
#include "handover/engine/plan.hpp"
#include "handover/input/model.hpp"
#include "handover/render/render.hpp"

namespace handover {

/// `options` for rendering in `lang` (found by argument-dependent lookup).
inline RenderOptions with_lang(RenderOptions options, Lang lang) {
    options.lang = lang;
    return options;
}

}  // namespace handover

namespace handover::fixture {

struct Sample {
    Input input;
    Plan plan;
    Lang lang = Lang::en;  ///< the language of the plan's texts
};

/// The sample in the given language (titles, reasons and warnings are localized).
Sample sample_plan(Lang lang = Lang::en);

/// A day from its parts, for readable test data.
Day ymd(int year, unsigned month, unsigned day);

/// A minimal task with the fields renderers read most. Its kind is a part of `id`, so the
/// texts must outlive the task: literals, or texts of the plan the task goes into.
Task make_task(Text id, int step, Text title, std::optional<Day> date, double hours = 1,
               std::optional<Text> client = std::nullopt,
               std::optional<Method> method = std::nullopt);

}  // namespace handover::fixture
